"""Rebuild lexicons/area_codes.tsv, the telephone area codes of China's landlines (区号).

Source: the geocoding data shipped in the `phonenumbers` package on PyPI (Google's
libphonenumber, Apache License 2.0): its Chinese descriptions of the prefixes 86 + an
area code without its 0 (86577 → 浙江省温州市). Only those descriptions are needed, so
the wheel is fetched with pip and its data read as text; phonenumbers itself is never
imported or installed.

One line per area code (with its 0: 0577) and the places it serves as the data names
them (0898: 海南省海口市、三亚市); govextract places a body only in what they share.

    python scripts/build_area_codes.py            # newest phonenumbers on PyPI
    python scripts/build_area_codes.py --wheel X  # a wheel already on disk
"""
import ast
import pathlib
import re
import zipfile

from wheel_source import wheel_from_command_line

OUT = pathlib.Path(__file__).resolve().parent.parent / "lexicons" / "area_codes.tsv"
# 86, then an area code of two digits (10, 20-29) or three: longer keys are number blocks.
ENTRY = re.compile(r"'86(\d{2,3})':\{'en': [^{}]*?'zh': u?\('((?:[^'\\]|\\.)*)'\)\}")


def read_codes(wheel):
    """{area code with its 0: places as printed}."""
    out = {}
    with zipfile.ZipFile(wheel) as whl:
        for name in whl.namelist():
            if not re.fullmatch(r"phonenumbers/geodata/data\d+\.py", name):
                continue
            for code, zh in ENTRY.findall(whl.read(name).decode("utf-8")):
                places = ast.literal_eval(f"'{zh}'")
                out["0" + code] = places
    return out


def main():
    with wheel_from_command_line("phonenumbers", __doc__.splitlines()[0]) as wheel:
        version = wheel.name.split("-")[1]
        codes = read_codes(wheel)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# area code\tplaces  (built by scripts/build_area_codes.py from phonenumbers {version}'s "
                 f"geocoding data, Apache License 2.0)\n")
        for code, places in sorted(codes.items()):
            fh.write(f"{code}\t{places}\n")
    print(f"{len(codes)} area codes written to {OUT}")


if __name__ == "__main__":
    main()
