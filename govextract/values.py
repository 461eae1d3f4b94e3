"""Reading numbers as reports print them.

Table cells hold `0`, `22（其中修订16件）`, `251000元`, `-3`, `5949.088667`, or
nothing at all (blank, `/`, `—`), and blank must stay distinct from zero.
Narrative numbers add Chinese numerals (十二件) and 万 (1.2万条).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional, Union

import regex

from . import lexicon

Number = Union[int, float]

BLANKS = frozenset(lexicon.load_json("marks.json")["blank_cells"])

_SPACE = regex.compile(r"\s+")
_ARABIC = regex.compile(r"[\d,，.]+")
_NUMERALS = lexicon.load_json("numerals.json")
_CELL = regex.compile(_NUMERALS["cell"])


@dataclass(frozen=True)
class CellValue:
    value: Optional[Number]
    raw: str
    unit: Optional[str] = None
    note: Optional[str] = None


# No count or amount in a report runs longer; a longer run of digits is a typo or
# junk, and Python refuses to turn one of over 4,300 digits into an int at all.
MAX_DIGITS = 20


def to_number(digits: str) -> Optional[Number]:
    """The number a run of digits prints, or None if it is too long to be one."""
    digits = digits.replace(",", "").replace("，", "")
    if len(digits.partition(".")[0]) > MAX_DIGITS:
        return None
    if "." in digits:
        return float(digits)
    return int(digits)


@lru_cache(maxsize=8192)
def parse_cell(text: str) -> Optional[CellValue]:
    """A value cell's number, or None if the cell is a label.

    Blank-like cells give a CellValue whose value is None, and so does a run
    of digits too long to be a count (kept as printed in `raw`). Tables repeat
    the same few strings (0, 1, /), so answers are remembered; CellValue is frozen.
    """
    raw = text
    text = _SPACE.sub("", text)
    if text in BLANKS:
        return CellValue(None, raw)
    m = _CELL.match(text)
    if not m:
        return None
    value = to_number(m["num"])
    if value is not None and m["minus"]:
        value = -value
    note = m["note"][1:-1] if m["note"] else None
    return CellValue(value, raw, m["unit"], note)


_DIGITS, _SMALL, _LARGE = _NUMERALS["digits"], _NUMERALS["small"], _NUMERALS["large"]


def chinese_to_int(text: str) -> Optional[int]:
    """十二 → 12, 一百零五 → 105, 三万 → 30000; None if not a numeral."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (digit if digit is not None else 1) * _SMALL[ch]
            digit = None
        elif ch in _LARGE:
            section += digit or 0
            total += section * _LARGE[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def quantity(num: str, multiplier: Optional[str] = None) -> Optional[Number]:
    """The value of a narrative number such as `1.2` + `万`, or `十二`."""
    if _ARABIC.fullmatch(num):
        value = to_number(num)
    else:
        value = chinese_to_int(num)
    if multiplier and value is not None:
        # in decimal: 813.93万 is 8139300 items, where binary floats make it 8139299.999999999
        factor = _LARGE.get(multiplier) or _SMALL[multiplier]   # 3千余条: 千 after digits
        value = Decimal(num.replace(",", "").replace("，", "")) * factor if isinstance(value, float) \
            else value * factor
        value = int(value) if value == int(value) else float(value)
    return value
