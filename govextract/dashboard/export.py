"""The dashboard as one self-contained HTML file, to send to a colleague.

Every page (overview, each agency, each report) is a section of one document,
shown when the address names it (`#agency-…`); styles, the chart library and
the data are inlined, so the file opens with no server and no network. Page
images need the original files, so only the server shows them.
"""
from __future__ import annotations

import hashlib
import urllib.parse

import jinja2

from . import pages
from .queries import PAGE_SIZE, Archive, to_csv

_PACKAGE = "govextract.dashboard"


def _anchor(kind: str, *parts) -> str:
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:12]
    return f"{kind}-{digest}"


class ExportLinks:
    """Links between pages as anchors inside the one file."""

    single_file = True
    home = "#overview"

    @staticmethod
    def agency(row) -> str:
        return "#" + _anchor("agency", *(row.get(k) for k in ("agency", "province", "city", "county")))

    @staticmethod
    def report(source) -> str:
        return "#" + _anchor("report", source)

    @classmethod
    def report_of_row(cls, row) -> str:
        return cls.report(row["source"])

    @staticmethod
    def csv(result) -> str:
        return "data:text/csv;charset=utf-8," + urllib.parse.quote("\ufeff" + to_csv(result))

    @staticmethod
    def page_image(source, page):
        return None


def export_html(out_dir: str, path: str) -> dict:
    """Write the whole dashboard of `out_dir` to `path`; returns what it holds."""
    archive = Archive(out_dir)
    env = jinja2.Environment(loader=jinja2.PackageLoader(_PACKAGE), autoescape=True)
    pages.configure(env, ExportLinks)
    agencies = []
    page = 1
    while True:
        batch = archive.run("agencies", q="", page=page).dicts()
        agencies += batch
        if len(batch) < PAGE_SIZE:
            break
        page += 1
    sections = [("overview", "overview", pages.overview(archive))]
    sources = []
    for row in agencies:
        who = {k: row[k] for k in ("agency", "province", "city", "county")}
        found = pages.agency(archive, who)
        sections.append((ExportLinks.agency(row)[1:], "agency", found))
        sources += [r["source"] for r in found["years"].dicts()]
    for source in sources:
        sections.append((ExportLinks.report(source)[1:], "report", pages.report(archive, source)))
    rendered = [(anchor, env.get_template(view + ".html").render(**context)) for anchor, view, context in sections]
    html = env.get_template("export.html").render(
        sections=rendered, css=_static("dashboard.css"), js=_static("dashboard.js"),
        chart_js=_static("chart.umd.min.js"))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return {"agencies": len(agencies), "reports": len(sources), "bytes": len(html.encode())}


def _static(name: str) -> str:
    from importlib import resources
    return resources.files(_PACKAGE).joinpath("static", name).read_text(encoding="utf-8")
