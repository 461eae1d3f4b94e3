"""Rebuild lexicons/townships.tsv, the township gazetteer (乡、镇、街道、苏木 by county).

Source: the location dictionary shipped in the `jionlp` package on PyPI
(jionlp/dictionary/china_location.zip, Apache License 2.0, compiled from the
National Bureau of Statistics' 统计用区划代码 down to township level). Only its
names are needed, so the wheel is fetched with pip and read as a zip; jionlp
itself is never imported or installed.

One line per county-level unit: its code (the gazetteer's six digits), province,
city (empty for a municipality's districts and for counties a province
administers directly), county (empty for a development zone, which is no county)
and the township-level names under it, space-separated.

    python scripts/build_townships.py            # newest jionlp on PyPI
    python scripts/build_townships.py --wheel X  # a wheel already on disk
"""
import io
import pathlib
import re
import zipfile

from wheel_source import wheel_from_command_line

OUT = pathlib.Path(__file__).resolve().parent.parent / "lexicons" / "townships.tsv"
MEMBER = "jionlp/dictionary/china_location.zip"

# The township-level units a report speaks for; farms, parks and zones listed beside
# them are left out (their names are not a government's).
TOWNSHIP = re.compile(r"(?:镇|乡|街道|苏木)$")
# The city rows that only group counties a province administers directly, and the county rows
# that only group the townships of a city without counties.
DIRECT = re.compile(r"直辖")
# Development zones and the like take county codes 71-79 (and a few others, known by
# name: 成都高新技术产业开发区); the record has no county for them. 园区 and 新区 are not
# enough: 绿园区 and 浦东新区 are districts.
ZONE = re.compile(r"(?:开发区|管委会|管理委员会|行政委员会|示范区|风景名胜区|产业园|工业区|食品区|实验区|合作区|试验区)$")


def read_tree(text):
    """(code, province, city, county, [townships]) for each county-level row of the
    gazetteer's tab-indented tree (depth 0 province, 1 city, 2 county, 3 township)."""
    out, province, city, county = [], None, None, None
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if not parts[0]:
            continue
        if depth == 0:
            province = parts
        elif depth == 1:
            city = parts
        elif depth == 2:
            # Rows without a code (Taiwan's) have no townships listed under them.
            county = [parts[0], parts[1], []] if len(parts) > 1 else None
            if county:
                municipality = city[1] == province[1]
                city_name = "" if municipality or DIRECT.search(city[0]) else city[0]
                zone = 71 <= int(county[1][4:6]) <= 79 or ZONE.search(county[0])
                # A city without counties (中山市, 东莞市) groups its townships under a row named
                # 市直辖行政区划: no county, as a zone's townships have none.
                out.append((county[1], province[0], city_name,
                            "" if zone or DIRECT.search(county[0]) else county[0], county[2]))
        elif depth == 3 and county and TOWNSHIP.search(parts[0]):
            county[2].append(parts[0])
    return out


def main():
    with wheel_from_command_line("jionlp", __doc__.splitlines()[0]) as wheel:
        version = wheel.name.split("-")[1]
        with zipfile.ZipFile(wheel) as outer:
            with zipfile.ZipFile(io.BytesIO(outer.read(MEMBER))) as inner:
                text = inner.read(inner.namelist()[0]).decode("utf-8")
    rows = [r for r in read_tree(text) if r[4]]
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# code\tprovince\tcity\tcounty\ttownships  (built by scripts/build_townships.py from "
                 f"jionlp {version}'s china_location.zip, Apache License 2.0; names from the National "
                 f"Bureau of Statistics' division codes)\n")
        for code, province, city, county, towns in sorted(rows):
            fh.write("\t".join((code, province, city, county, " ".join(sorted(set(towns))))) + "\n")
    print(f"{sum(len(set(r[4])) for r in rows)} townships in {len(rows)} counties written to {OUT}")


if __name__ == "__main__":
    main()
