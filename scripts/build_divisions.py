"""Rebuild lexicons/divisions.tsv, the administrative-division lexicon.

Source: the adcode table shipped in the `cpca` package on PyPI
(cpca/resources/adcodes.csv, compiled from the National Bureau of Statistics
division codes). We only need its names and codes, so the wheel is fetched
with pip and read as a zip; cpca itself (and its pandas dependency) is never
imported or installed.

    python scripts/build_divisions.py            # newest cpca on PyPI
    python scripts/build_divisions.py --wheel X  # a wheel already on disk
"""
import csv
import io
import pathlib
import zipfile

from wheel_source import wheel_from_command_line

OUT = pathlib.Path(__file__).resolve().parent.parent / "lexicons" / "divisions.tsv"

# Divisions that reports name as their own level although the code table files
# them elsewhere: 平潭综合实验区 is administered by 福建省 at prefecture level.
EXTRA = [("350100900000", "平潭综合实验区", "city", "350000000000")]


# Rows that only group counties (the 市辖区 of 北京市 and the like); a county
# under one hangs directly from its province.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def level_of(code):
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "city"
    return "county"


def parent_of(code, level, known):
    if level == "province":
        return ""
    if level == "city":
        return code[:2] + "0" * 10
    city = code[:4] + "0" * 8
    # County-level units directly under a province (省直辖县级) have no city row.
    return city if city in known else code[:2] + "0" * 10


def main():
    with wheel_from_command_line("cpca", __doc__.splitlines()[0]) as wheel:
        with zipfile.ZipFile(wheel) as zf:
            text = zf.read("cpca/resources/adcodes.csv").decode("utf-8")
    rows = {r["adcode"]: r["name"] for r in csv.DictReader(io.StringIO(text))
            if r["name"] not in PLACEHOLDERS}
    out = []
    for code, name in sorted(rows.items()):
        level = level_of(code)
        out.append((code, name, level, parent_of(code, level, rows)))
    out.extend(EXTRA)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# code\tname\tlevel\tparent  (built by scripts/build_divisions.py from cpca's adcodes.csv)\n")
        for row in sorted(out):
            fh.write("\t".join(row) + "\n")
    print(f"{len(out)} divisions written to {OUT}")


if __name__ == "__main__":
    main()
