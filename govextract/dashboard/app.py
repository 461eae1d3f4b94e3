"""The local dashboard server: Flask routes over one batch output folder.

Flask because it is small, long maintained, and its Jinja2 templates escape
by default: every agency name, sentence and warning shown comes from scraped
documents and must never be read as markup.
"""
from __future__ import annotations

import io
import os
from functools import lru_cache
from urllib.parse import urlencode

from flask import Flask, Response, abort, render_template, request, send_file, url_for

from . import pages
from .queries import QUERIES, Archive, to_csv


class ServerLinks:
    """Links between pages as URLs (the export writes them as in-page anchors)."""

    single_file = False
    home = "/"

    @staticmethod
    def agency(row) -> str:
        return url_for("agency", **{k: row.get(k) or "" for k in ("agency", "province", "city", "county")})

    @staticmethod
    def report(source) -> str:
        return url_for("report", source=source)

    @classmethod
    def report_of_row(cls, row) -> str:
        return cls.report(row["source"])

    @staticmethod
    def csv(result) -> str:
        return url_for("csv_download", name=result.name, **result.params)

    @staticmethod
    def page_image(source, page) -> str:
        return url_for("page_image", source=source, page=page)


def create_app(out_dir: str) -> Flask:
    """The app for batch outputs in `out_dir`."""
    archive = Archive(out_dir)
    app = Flask(__name__)
    pages.configure(app.jinja_env, ServerLinks)

    @app.template_global()
    def pager_query(page: int) -> str:
        return urlencode({**request.args.to_dict(), "page": page})

    def who() -> dict:
        return {k: request.args.get(k) or None for k in ("agency", "province", "city", "county")}

    @app.get("/")
    def overview():
        return render_template("page.html", view="overview",
                               **pages.overview(archive, request.args.get("page", 1, type=int)))

    @app.get("/search")
    def search():
        return render_template("page.html", view="search",
                               **pages.search(archive, request.args.get("q", "").strip(),
                                              request.args.get("page", 1, type=int)))

    @app.get("/agency")
    def agency():
        return render_template("page.html", view="agency", **pages.agency(archive, who()))

    @app.get("/report")
    def report():
        found = pages.report(archive, request.args.get("source", ""))
        return render_template("page.html", view="report", **found), (404 if found["missing"] else 200)

    @app.get("/csv/<name>")
    def csv_download(name):
        if name not in QUERIES:
            abort(404)
        params = request.args.to_dict()
        if name.startswith("agency_"):
            params.update(who())
        body = "\ufeff" + to_csv(archive.run(name, **params))      # the BOM lets Excel read the Chinese
        return Response(body, mimetype="text/csv",
                        headers={"Content-Disposition": f"attachment; filename={name}.csv"})

    @app.get("/page.png")
    def page_image():
        data = _source_bytes(request.args.get("source", ""))
        if data is None:
            abort(404, "the source file is not where the batch read it")
        png = _render_page(data, request.args.get("page", 1, type=int))
        if png is None:
            abort(404, "no such page")
        return send_file(io.BytesIO(png), mimetype="image/png")

    return app


@lru_cache(maxsize=4)
def _source_bytes(source: str):
    """The bytes of an input named as the batch named it (an absolute path, or
    path!member), found again through the batch's own way of walking inputs."""
    from ..bulk import inputs
    path = source.split("!", 1)[0]
    if not os.path.isfile(path):
        return None
    for item in inputs.walk([path]):
        if item.name == source and item.load is not None:
            return item.load()
    return None


@lru_cache(maxsize=16)
def _render_page(data: bytes, page: int):
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    if not 1 <= page <= len(pdf):
        return None
    image = pdf[page - 1].render(scale=pages.PAGE_SCALE).to_pil()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def serve(out_dir: str, host: str = "127.0.0.1", port: int = 8050):
    """Serve the dashboard until interrupted (local use: the Werkzeug server)."""
    from werkzeug.serving import run_simple
    run_simple(host, port, create_app(out_dir), threaded=True)
