"""Which county a township lies in when its report never says.

A town's or street's report often names only itself (西柳镇人民政府…, 安镇街道…, 我镇…),
and the page around it may be silent too. The township gazetteer
(`lexicons/townships.tsv`, built by scripts/build_townships.py from the National
Bureau of Statistics' division codes that the jionlp package ships) says which
county holds a township of that name. Its answer is taken only when one township in
the country bears the name, or one inside the province or city that the text or the
page already established; otherwise the place stays as it was: a wrong county is
worse than none. The cue words are in `lexicons/meta.json` (`township`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import lexicon


def _lex() -> dict:
    return lexicon.load_json("meta.json")["township"]


@lru_cache(maxsize=None)
def _rows() -> tuple:
    """The gazetteer's rows: (county code, province, city, county, townships separated by spaces)."""
    with lexicon.path("townships.tsv").open(encoding="utf-8") as fh:
        return tuple(tuple(line.rstrip("\n").split("\t")) for line in fh if not line.startswith("#"))


@lru_cache(maxsize=None)
def _gazetteer() -> dict:
    """{township name: [(province, city or None, county or None), …]}. A county of None
    is a development zone's township (the record has no county for a zone)."""
    out: dict = {}
    kind = lexicon.compiled(_lex()["kind"])
    for _, province, city, county, towns in _rows():
        where = (province, city or None, county or None)
        for town in towns.split(" "):
            # A kind's word alone (街道: rows of the source whose stem was lost) names no township;
            # read as one, it would be the end of every street office's name.
            if not kind.fullmatch(town):
                out.setdefault(town, []).append(where)
    # 兴发苗族彝族回族乡 is called 兴发乡 too, where no township is named 兴发乡 or, of the other
    # kind, 兴发镇: a name the report may print for one of those is not this one's.
    ethnic, other = lexicon.compiled(_lex()["ethnic_kind"]), _lex()["other_kind"]
    short: dict = {}
    for town, places in out.items():
        m = ethnic.search(town)
        if m and m.start() >= 2:
            stem = town[: m.start()]
            if stem + m["kind"] not in out and stem + other.get(m["kind"], m["kind"]) not in out:
                short.setdefault(stem + m["kind"], []).extend(places)
    out.update(short)
    return out


@lru_cache(maxsize=None)
def current_counties() -> dict:
    """{division-table code: the county's name now}, for counties renamed since the division table
    was compiled (奉化市 → 奉化区, 2016): the gazetteer is newer. A renamed county keeps its code
    or takes a new one in the same city with the same stem; only one such is taken."""
    suffix = lexicon.compiled(_lex()["county_suffix"])
    table = {code[:6]: name for code, (name, level, _) in lexicon.divisions().items() if level == "county"}
    now, renamed = {}, {}
    for code, _, _, county, _ in _rows():
        if county:
            now[code] = county
            if code not in table:
                renamed.setdefault((code[:4], suffix.sub("", county)), []).append(county)
    out = {}
    for code, name in table.items():
        later = [now[code]] if code in now else renamed.get((code[:4], suffix.sub("", name)), [])
        if len(later) == 1 and later[0] != name:
            out[code + "000000"] = later[0]
    return out


@lru_cache(maxsize=None)
def current_cities() -> dict:
    """{division-table code: the city it lies in now}, for counties moved to another city since the
    division table was compiled (公主岭市, under 四平市 in the table, under 长春市 since 2020)."""
    divisions = lexicon.divisions()
    out = {}
    for code, _, city, county, _ in _rows():
        full = code + "000000"
        parent = divisions.get(full, (None, None, None))[2]
        if county and parent and divisions[parent][1] == "city" and city \
                and _city_stem(divisions[parent][0]) != _city_stem(city):
            out[full] = city
    return out


def name_in(agency: Optional[str], year: Optional[int] = None) -> Optional[str]:
    """The township an agency's name stands for (平塘县大塘镇人民政府 → 大塘镇, 安镇街道办事处
    → 安镇街道, X办事处 → X街道): the longest name the gazetteer knows that ends the
    agency's name once its government's words are taken off. `year`: the report's, when known."""
    if not agency:
        return None
    stem = lexicon.compiled(_lex()["government"]).sub("", agency)
    towns = _gazetteer()
    tries = [stem]
    named_kind = lexicon.compiled(_lex()["kind"]).search(stem)
    if stem != agency and not named_kind:
        tries += [stem + kind for kind in _lex()["office_of"]]
    if not named_kind:
        # 沌口街: a street office naming itself in short is its gazetteer name's 沌口街道.
        tries += [stem[: -len(short)] + full for short, full in _lex()["short_kind"].items() if stem.endswith(short)]
    # 黄垓乡 since made 黄垓镇, or 色威乡 made 色威镇 since the gazetteer: tried only after the printed kind
    # A 镇 the gazetteer knows as a 乡 was raised after it: only a later report can print it so.
    later = year is None or year > _lex()["gazetteer_year"]
    tries += [text[: -len(old)] + new for text in list(tries) for old, new in _lex()["other_kind"].items()
              if text.endswith(old) and (later or _lex()["raised_kind"].get(new) != old)]
    for text in tries:
        for start in range(len(text) - 1):
            if text[start:] in towns:
                return text[start:]
    return None


def locate(agency: Optional[str], place: dict, named: tuple = (), year: Optional[int] = None) -> Optional[tuple]:
    """(town, place) for a township agency whose county `place` lacks: `place` made
    complete from the one township of that name inside it, or the one among those in
    a county the text names (`named`: division names it prints; 铁东区 alone is Anshan's
    or Siping's, and only Anshan's holds a 和平街道; `year`: the report's). None when the agency is no
    township, `place` already has a county, or the name is not one township's."""
    if place.get("county") or not lexicon.compiled(_lex()["agency"]).search(agency or ""):
        return None
    town = name_in(agency, year)
    # 新峪泉镇 is no 峪泉镇: what stands before the township's name must be divisions, not its own words.
    if not town or not _placing(agency[: agency.rfind(town[:-1])]):
        return None
    fits = {w for w in _gazetteer()[town] if _inside(w, place)}
    # A county the agency's name gives before the township (朝阳区双井街道, where 朝阳区 alone
    # is Beijing's or Changchun's) picks among the readings, and rules out the others.
    prefix = agency[: agency.rfind(town[:-1])]   # the printed kind may be an older one (乡 of 黄垓镇)
    in_prefix = {w for w in fits if w[2] and w[2] in prefix}
    printed = {w for w in fits if w[2] in named}
    if in_prefix:
        fits = in_prefix
    elif lexicon.compiled(_lex()["county_end"]).search(prefix):
        return None
    elif len(fits) > 1 and printed:
        fits = printed
    if len(fits) != 1:
        return None
    province, city, county = fits.pop()
    found = {"province": place.get("province") or province, "city": place.get("city") or city, "county": county}
    # A zone's township (no county) may add nothing to what the text said.
    return None if found == {**place, "county": None} else (town, found)


def _placing(prefix: str) -> bool:
    """Whether `prefix` is empty or ends with a division's name, in full or without its level's
    word (平塘县, 平塘; a zone's 开发区): the divisions a township's name may open with."""
    return not prefix or bool(lexicon.compiled(_lex()["county_end"]).search(prefix)) \
        or prefix[-1] in _lex()["division_end"] \
        or any(prefix[-k:] in _division_words() for k in range(2, min(len(prefix), 12) + 1))


@lru_cache(maxsize=None)
def _division_words() -> frozenset:
    """Every division's name and its name without its level's word (嘉祥县, 嘉祥)."""
    suffix = lexicon.compiled(_lex()["county_suffix"])
    names = {name for name, _, _ in lexicon.divisions().values()}
    return frozenset(names | {suffix.sub("", n) for n in names if len(suffix.sub("", n)) >= 2})


def _inside(where: tuple, place: dict) -> bool:
    province, city, _ = where
    if place.get("province") and place["province"] != province:
        return False
    return not place.get("city") or _city_stem(place["city"]) == _city_stem(city or "")


def _city_stem(name: str) -> str:
    # The division table and the gazetteer are of different years: 海东地区 is now 海东市.
    return lexicon.compiled(_lex()["city_suffix"]).sub("", name)
