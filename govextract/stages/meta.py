"""Who published the report, for which year, and where the body sits.

The agency and year come from the title (`2019年上海市人民政府办公厅政府信息公开
工作年度报告`, `淮安市人民政府2024年…`, or the agency on the line above). The
province/city/county are found by matching division names from
`lexicons/divisions.tsv` in the agency's name, then in the contact block and
text, keeping only names whose parents agree with each other.
"""
from __future__ import annotations

import itertools
from collections import Counter
from functools import lru_cache
from typing import Optional

import regex

from .. import lexicon
from .sections import Layout

_YEAR_TITLE = regex.compile(r"(?P<year>(?:19|20)\d{2})\s*年度?")
_DISCLOSURE = regex.compile(r"政府信息公开|政务公开|信息公开")
_PERIOD_YEAR = regex.compile(r"统计期限自?\s*((?:19|20)\d{2})\s*年")
_ANY_YEAR = regex.compile(r"((?:19|20)\d{2})年")
_ORG_END = regex.compile(r"(?:局|厅|委|委员会|政府|办公室|办|院|署|会|中心|部|处|街道|镇|乡|区|县|市|省|所|站|队|馆|司|集团|管委会|实验区|新区|开发区)$")
_PREFIXES = regex.compile(r"^(?:标题|题目|名称)\s*[:：]\s*")


def agency_and_year(layout: Layout) -> tuple[Optional[str], Optional[int]]:
    title = layout.title
    if not title:
        return None, _year_from_text(layout)
    title = _PREFIXES.sub("", title).strip()
    m = _YEAR_TITLE.search(title)
    year = int(m["year"]) if m else _year_from_text(layout)
    agency = None
    if m:
        wrapping = lexicon.compiled(lexicon.load_json("meta.json")["title_wrapping"])
        # 某某局政府信息公开工作年度报告（2023年）: the agency ends where the report's name begins.
        before = _DISCLOSURE.split(title[: m.start()])[0]
        before = wrapping.sub("", before.strip()).strip(" 《“（(")
        after = _DISCLOSURE.split(title[m.end():])[0].strip()
        agency = before or after or None
    if not agency:
        idx = next((i for i, p in enumerate(layout.preamble) if p.source == layout.title_source), None)
        if idx:
            prev = layout.preamble[idx - 1].text.strip()
            if len(prev) <= 40 and _ORG_END.search(prev):
                agency = prev
    return agency, year


def _year_from_text(layout: Layout) -> Optional[int]:
    text = "\n".join(p.text for p in layout.paragraphs[:40])
    m = _PERIOD_YEAR.search(text) or _ANY_YEAR.search(text)
    return int(m[1]) if m else None


@lru_cache(maxsize=None)
def _division_index():
    divs = lexicon.divisions()
    by_name: dict = {}
    for code, (name, level, parent) in divs.items():
        by_name.setdefault(name, []).append(code)
    lengths = sorted({len(n) for n in by_name}, reverse=True)
    endings = {n[-1] for n in by_name}
    return divs, by_name, lengths, endings


def _names_in(text: str) -> list:
    """Division names in `text`, leftmost-longest, without overlaps.

    Names are looked up only where a name's last character (市, 区, 县 …)
    stands, which is far cheaper than one regular expression of 3,000 names.
    """
    _, by_name, lengths, endings = _division_index()
    found = []
    for end, ch in enumerate(text, start=1):
        if ch in endings:
            for n in lengths:
                if n <= end and text[end - n:end] in by_name:
                    found.append((end - n, -n, text[end - n:end]))
    found.sort()
    out, reach = [], 0
    for start, neg_len, name in found:
        if start >= reach:
            out.append(name)
            reach = start - neg_len
    return out


def _chain(code: str) -> list:
    divs = lexicon.divisions()
    out = []
    while code:
        out.append(code)
        code = divs[code][2]
    return out


def region(agency: Optional[str], text: str) -> dict:
    """province/city/county of the agency; None where a level does not apply."""
    divs, by_name, _, _ = _division_index()
    context = Counter()
    # Names near the top (title, preamble) and the bottom (contact block) tell where the agency is.
    # An ambiguous name (朝阳区: Beijing or Changchun) lends each reading an equal share.
    for name in _names_in(text[:1500] + "\n" + text[-1500:]):
        for code in by_name[name]:
            for anc in _chain(code):
                context[anc] += 1 / len(by_name[name])
    best = None
    in_agency = _names_in(agency or "")
    national = (agency and not in_agency
                and lexicon.compiled(lexicon.load_json("meta.json")["national_agency"]).search(agency))
    # The text's start is searched only when the agency's own name does not settle it.
    for found in itertools.chain((in_agency,), map(_names_in, () if national else (text[:1500],))):
        if found:
            best = _resolve(found, by_name, context)
            if best:
                break
    out = {"province": None, "city": None, "county": None}
    if best:
        for code in _chain(best):
            name, level, _ = divs[code]
            out[level] = name
    return out


def _resolve(names: list, by_name: dict, context: Counter) -> Optional[str]:
    """The deepest division among `names` whose ancestors agree with the others."""
    candidates = [c for n in names for c in by_name[n]]
    named = set(candidates)
    scored = []
    for code in candidates:
        chain = _chain(code)
        support = sum(1 for anc in chain[1:] if anc in named)
        unique = len(by_name[lexicon.divisions()[code][0]]) == 1
        if support or unique or len(chain) == 1:
            scored.append((support, len(chain), context[code], code))
    if not scored:
        # An ambiguous name alone (朝阳区): take the reading the text supports most.
        scored = [(sum(context[a] for a in _chain(c)), len(_chain(c)), 0, c) for c in candidates]
    return max(scored)[3] if scored else None


def contact(text: str) -> Optional[dict]:
    """The contact block's address, postcode, phone and email, where the report gives them
    (near its start, or at its end)."""
    where = text[:3000] + "\n" + text[-1500:]
    found = {}
    for field, pattern in lexicon.load_json("meta.json")["contact"].items():
        m = lexicon.compiled(pattern).search(where)
        if m:
            found[field] = m[1].strip()
    return found or None
