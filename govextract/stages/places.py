"""Where a body sits: the province, city and county of a report, from the division names of
`lexicons/divisions.tsv` in the agency's name, then in the text with its contact addresses left out,
keeping only names whose parents agree with each other; also a zone's host, a short name's division,
a county renamed or moved since the table, the telephone area codes and the sites a text names. The
division-name index (`names_in`, `_stems`, `lies_in`, …) is shared with meta.py, which reads the
agency's name by it. All cue words and patterns are in `lexicons/meta.json`."""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache
from typing import Optional

import regex

from .. import lexicon
from . import townships

_HAN = regex.compile(r"\p{Han}")


def _lex() -> dict:
    return lexicon.load_json("meta.json")


def _re(name: str):
    return lexicon.compiled(_lex()[name])


def region(agency: Optional[str], text: str, page: list = (), named: Optional[tuple] = None) -> dict:
    """province/city/county of the agency; None where a level does not apply.

    The agency's own name decides. Failing that, the page the report was published on
    decides (`page`: tiers of names from `page_context.owners`, strongest first: a
    township's report on its county's site), made more precise by places inside it that
    the text names; then the places the text names near its start, but not a contact
    address: a city bureau housed in a district is not that district's. An address is
    the last resort, and then a district it names is not taken for the county. An agency's
    own name that several places bear and nothing else settles is read inside the division
    its telephone's area code gives.
    `named` is `places_named(text)`, where the caller has read it already.
    """
    divs, by_name, _, _ = division_index()
    ends = text[:1500] + "\n" + text[-1500:]
    context = Counter()
    page_names = [_places_in(tier) for tier in page]
    named = places_named(text) if named is None else named
    # Names near the top (title, preamble) and the bottom (contact block) tell where the agency is,
    # and so does the page around it. An ambiguous name (朝阳区: Beijing or Changchun) lends each
    # reading an equal share.
    in_agency = [_autonomous_printed(n, named) for n in names_in(agency or "")] \
        + _branch_of(agency) + _county_after_city(agency)
    # A zone named after another place's division (奉化经济开发区滨海新区管委会) calls itself by that
    # name alone in its text too (滨海新区的建设进度): those mentions are the zone's, not Tianjin's.
    zone = _re("zone").search(agency or "")
    zone_words = set(names_in(agency[zone.end():])) - set(in_agency) if zone else set()
    for name in [*named, *(n for tier in page_names for n in tier)]:
        if name in zone_words:
            continue
        for code in by_name[name]:
            for anc in _chain(code):
                context[anc] += 1 / len(by_name[name])
    best = None
    national = agency and not in_agency and _re("national_agency").search(agency)
    addresses = " ".join(m[0] for m in _re("address").finditer(ends))
    # A town or street office is housed in its own district, unlike a city body.
    local = bool(_re("local_body").search(agency or ""))
    housed = [n for n in names_in(addresses) if local or not (
        _re("seat_district").search(n) and all(divs[c][1] == "county" for c in by_name[n]))]
    # The text's start is searched only when the agency's own name does not settle it.
    word_like = set(_lex()["word_like_division"])
    # Nor does a neighbour in a town's geographic description (东邻X镇，北靠Y县) place the body.
    in_text = [n for n in names_in(_re("neighbour").sub("", _re("address").sub("", text[:1500]))) if n not in word_like and n not in zone_words]
    # The portal a report says it is published on, by its division's short name (在昭化门户网公开).
    in_text += [_stems()[m["stem"]] for m in _re("portal_named").finditer(text[:1500]) if m["stem"] in _stems()]
    # …and the local media it is published in, by the same short name (在凌源融媒体发布).
    in_text += [name for word in _lex()["local_media"] for name in stems_before(word, text[:1500])]
    # …then the bodies it names by their province's short name (广西住房和城乡建设信息中心), read only
    # when nothing it names in full places it. The telephone's area code is read only when nothing
    # before it placed the body.
    by_province = ([_stems()[m["stem"]] for m in _province_body().finditer(text[:1500])] for _ in ".")
    later = () if national else itertools.chain((*page_names, in_text), by_province, (housed,),
                                                (_dialled(ends) for _ in "."))
    hosts = zone_hosts(agency) or ([] if in_agency else _host_printed_before(agency, text))
    # A zone's short name can also be another place's (曲江新区 is Xi'an's, 曲江区 Shaoguan's):
    # the places the text names must not contradict it.
    if context and not any(context[a] for n in hosts for c in by_name[n] for a in _chain(c)):
        hosts = []
    for found in itertools.chain((in_agency, hosts), later):
        if found:
            best = _resolve(found, by_name, context)
            if best or found is in_agency:
                break
    if in_agency and not best:
        # The agency's own name is several places' (城中区: Xining's and Liuzhou's) and nothing the
        # text or the page names settles it: the area code its telephone is dialled in may (0971-…),
        # where it holds one of that name's readings.
        found = _dialled(ends)
        dialled = _resolve(found, by_name, context) if found else None
        readings = [c for n in in_agency for c in by_name[n]]
        best = (dialled and _reading_within(dialled, readings)) or _reading_by_short_name(readings, text)
    if best and any(found is tier for tier in page_names) and _re("local_body").search(agency or ""):
        # A county's site places its township; a city's site leaves a township's county to the
        # text (not a city bureau's: the districts its report names are not its own).
        found, best = _within(best, found + in_text, by_name, context)
    if zone and best and divs[best][1] == "province":
        # A zone its name places in a province only (X省Y农高区管委会) lies where its text prints
        # a division inside that province right before the zone's own name (地址：X省Z市Y农高区…).
        deeper = _division_before_zone(agency, text, divs[best][0])
        if deeper:
            found = [deeper]
            best = _resolve(found, by_name, context) or best
    if zone and best and divs[best][1] == "city" and found is hosts:
        # A zone named after its host city (南通X开发区) that a county runs publishes on that county's
        # portal (在如东县人民政府门户网站发布): the one government's site inside the city it names.
        city = divs[best][0]
        sited = {place for place, rest in sites_named(text[:3000])
                 if place != city and _re("site_rest").fullmatch(rest) and lies_in(place, city)}
        if len(sited) == 1:
            found = [sited.pop()]
            best = _resolve(found, by_name, context) or best
    out = {"province": None, "city": None, "county": None}
    if best:
        short = _short_forms()
        # Names printed, not those a zone's short host name (奉化) stood for.
        as_found = {c: n for n in found if n not in short and (n in text or n in (agency or "")) for c in by_name[n]}
        for code in _chain(best):
            name, level, _ = divs[code]
            # A county the text does not print by a name of its own is given by its name now (奉化区).
            out[level] = as_found.get(code) or townships.current_counties().get(code, name)
        # A county since moved to another city (公主岭市) lies in that city now when the text does
        # not print the one it lay in.
        county = _chain(best)[-3] if len(_chain(best)) >= 3 else None
        moved = townships.current_cities().get(county)
        if moved and divs[divs[county][2]][0] not in text:
            out["city"] = moved
    return out


def places_named(text: str) -> tuple:
    """The division names a text prints near its start and its end, contact address
    included (a township is housed in its own county), however many places bear them."""
    return tuple(names_in(text[:1500] + "\n" + text[-1500:]))


@lru_cache(maxsize=None)
def division_index():
    divs = lexicon.divisions()
    by_name: dict = {}
    for code, (name, level, parent) in divs.items():
        by_name.setdefault(name, []).append(code)
    # Counties renamed since the table was compiled mostly keep their stem (兴仁县 → 兴仁市,
    # 吴江市 → 吴江区, 赣县 → 赣县区): a newer name reaches the same code.
    renames = _lex()["renamed_county"]
    for code, (name, level, parent) in divs.items():
        for ending, newer in renames.items() if level == "county" else ():
            if name.endswith(ending):
                for alias in (name[:-len(ending)] + e for e in newer):
                    # A one-character stem (魏县 → 魏市) would name nothing real.
                    if alias not in by_name and len(alias) > 2:
                        by_name[alias] = [code]
    for newer, code in _lex()["renamed_division"].items():
        # A new name may also be an older place's elsewhere (龙华区: Haikou's, and Shenzhen's since 2017).
        by_name.setdefault(newer, [])
        if code not in by_name[newer]:
            by_name[newer].append(code)
    for short, code in _short_forms().items():
        by_name.setdefault(short, [code])
    # …and an old report prints the name a county had before it became a district (永定县, now 永定区:
    # Fujian's and Hunan's), where no name above is so spelt.
    older: dict = {}
    # …and a prefecture made a city since (吐鲁番地区, now 吐鲁番市), or one renamed outright (襄樊市).
    for code, (name, level, parent) in divs.items():
        for ending, before in _lex()["older_city"].items() if level == "city" else ():
            for alias in (name[:-len(ending)] + e for e in before) if name.endswith(ending) else ():
                older.setdefault(alias, []).append(code)
    for name, code in _lex()["older_division"].items():
        older.setdefault(name, []).append(code)
    for code, (name, level, parent) in divs.items():
        for ending, before in _lex()["older_county"].items() if level == "county" else ():
            for alias in (name[:-len(ending)] + e for e in before) if name.endswith(ending) else ():
                # 新城区 was never 新城市: X城市 is the word city (推进新城市建设), no county's old name.
                if len(alias) > 2 and not alias.endswith(_lex()["older_county_not"]):
                    older.setdefault(alias, []).append(code)
    for alias, codes in older.items():
        by_name.setdefault(alias, codes)
    # The name lengths to try where each name's last two characters (山区, 阳市 …) stand, longest first.
    lengths: dict = {}
    for n in by_name:
        lengths.setdefault(n[-2:], set()).add(len(n))
    lengths = {tail: sorted(ns, reverse=True) for tail, ns in lengths.items()}
    # A class of plain characters: `re` finds them faster than `regex`, alike.
    endings = re.compile("[" + "".join(sorted({re.escape(tail[-1]) for tail in lengths})) + "]")
    return divs, by_name, lengths, endings


@lru_cache(maxsize=None)
def _short_forms() -> dict:
    """Short forms in common use, by code: an autonomous division without its peoples
    (耿马傣族佤族自治县 → 耿马县, 耿马自治县; 恩施土家族苗族自治州 → 恩施州) and the
    abbreviations listed in the lexicon (科右中旗). They are reported by their full names."""
    autonomous = _re("autonomous_division")
    out = {}
    for code, (name, level, parent) in lexicon.divisions().items():
        m = autonomous.search(name)
        if m and level != "province" and m.start() >= 2:
            stem = name[: m.start()]
            out.update({stem + m["kind"]: code, stem + m["autonomy"] + m["kind"]: code})
    by_name = {name: code for code, (name, _, _) in lexicon.divisions().items()}
    out.update({short: by_name[full] for short, full in _lex()["abbreviated_division"].items()})
    return {short: code for short, code in out.items() if short not in by_name}


def names_in(text: str) -> list:
    """Division names in `text`, leftmost-longest, without overlaps.

    Names are looked up only where a name's last character (市, 区, 县 …)
    stands, found by one character class (a loop over every character cost
    more than the rest of `region`), and only in the lengths of the names
    ending in the two characters there: far cheaper than one regular
    expression of 3,000 names.
    """
    _, by_name, lengths, endings = division_index()
    found = []
    for m in endings.finditer(text):
        end = m.end()
        for n in lengths.get(text[end - 2:end], ()):
            if n <= end and text[end - n:end] in by_name:
                found.append((end - n, -n, text[end - n:end]))
    found.sort()
    out, reach = [], 0
    for start, neg_len, name in found:
        # The tail of an unknown name is not that place: 城区 in 平城区 (renamed), 滨海新区 in a
        # zone's name that ends with it (银湖湾滨海新区).
        tail = (start > reach and _HAN.match(text[start - 1])
                and (len(name) == 2 or start - neg_len == len(text) or _after_zone_word(text, start)
                     or _zone_alias(name)))
        if start >= reach and not tail and not _runs_on(name, text, start - neg_len):
            out.append(name)
            reach = start - neg_len
    return out


def opens_run_on(name: str) -> bool:
    """Whether `name` opens with a division's former name run on into a plain word (盐都市场监管局):
    it names its district in short, so needs no division before it."""
    by_name = division_index()[1]
    return any(name[:n] in by_name and _runs_on(name[:n], name, n) for n in range(3, min(len(name), 9)))


def _runs_on(name: str, text: str, end: int) -> bool:
    """Whether a name the table does not list (a former name, 盐都市 of 盐都区) ends where a plain
    word begins (盐都市场监管局: 市场, market): the district's body, not a city of that name."""
    after = _lex()["older_name_run_on"].get(name[-1])
    return bool(after) and text.startswith(after, end) and name not in _table_names()


def _zone_alias(name: str) -> bool:
    """Whether a name no division bears, only read as a county's former or later one, ends
    like a zone (安新区 of 安新县): run on from a character before it (雄安新区), it is a zone's."""
    return name not in _table_names() and bool(_zone_end().search(name))


@lru_cache(maxsize=None)
def _table_names() -> frozenset:
    return frozenset(name for name, _, _ in lexicon.divisions().values())


def _after_zone_word(text: str, start: int) -> bool:
    """Whether a name follows a zone's word (奉化经济开发区滨海新区): it names the zone's own area,
    not Tianjin's 滨海新区."""
    return bool(_zone_end().search(text, max(0, start - 5), start))


@lru_cache(maxsize=None)
def _zone_end():
    return regex.compile("(?:" + _lex()["zone"] + ")$")


def _chain(code: str) -> list:
    divs = lexicon.divisions()
    out = []
    while code:
        out.append(code)
        code = divs[code][2]
    return out


def _autonomous_printed(name: str, printed) -> str:
    """The autonomous division the text prints in full (`printed`: the names it prints) that
    `name` is the short form of (东乡县 of 东乡族自治县, named after its people, so no short form
    `_short_forms` can list: Jiangxi's 东乡县 bears it): the same kind, `name`'s stem opening it,
    its characters in order. `name` where the text prints no such division, or two."""
    stem = name[:-1]
    full = {n for n in printed if n != name and len(stem) >= 2 and n.startswith(stem) and n.endswith(name[-1])
            and _re("autonomous_division").search(n) and abbreviates(name, n)}
    return full.pop() if len(full) == 1 else name


@lru_cache(maxsize=None)
def _province_body():
    """A province's short name opening a body's name (广西 of 广西住房和城乡建设信息中心), the
    longest short name first."""
    divs, by_name = lexicon.divisions(), division_index()[1]
    stems = [stem for stem, name in _stems().items() if any(divs[c][1] == "province" for c in by_name[name])]
    return regex.compile("(?P<stem>" + "|".join(sorted(map(regex.escape, stems), key=len, reverse=True))
                         + ")(?=" + _lex()["province_body"] + ")")


def _reading_by_short_name(readings: list, text: str) -> Optional[str]:
    """The one reading of a name several places share (城中区: Xining's or Liuzhou's) whose city or
    province the text names by its short name (西宁晚报, 青海日报: a place's papers, sites and
    rules bear it), where no other reading's is named; else None."""
    divs, stem_of = lexicon.divisions(), _stem_of()
    named = set()
    for code in readings:
        for outer in _chain(code)[1:]:
            stem = stem_of.get(divs[outer][0])
            if stem and stem in text:
                named.add(code)
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=None)
def _stem_of() -> dict:
    """Each division name's short form, where `_stems` reads that form as this name (青海省 → 青海)."""
    return {name: stem for stem, name in _stems().items()}


def _dialled(text: str) -> list:
    """The division a report's telephone numbers are dialled in (0577-…: 温州市), the deepest
    one all its numbers' area codes share, as a last resort for a body that neither its
    name, its page nor its text places (高楼镇人民政府, 电话：0577-5880…). An area code serves a
    city, or a province (0898), never a county alone."""
    divs, by_name, _, _ = division_index()
    shared = None
    for m in _re("area_code").finditer(text):
        places = names_in(_area_codes().get(m["code"], ""))
        codes = [c for n in places for c in by_name[n]]
        # The places a code's description names in turn (浙江省温州市): the deepest ones count.
        deepest = {c for c in codes if not any(c != o and c in _chain(o) for o in codes)}
        chains = [set(_chain(c)) for c in deepest]
        if chains:
            common = set.intersection(*chains)
            shared = common if shared is None else shared & common
    if not shared:
        return []
    return [divs[max(shared, key=lambda c: len(_chain(c)))][0]]


@lru_cache(maxsize=None)
def _area_codes() -> dict:
    """{area code: the places it serves as printed}, from lexicons/area_codes.tsv."""
    with lexicon.path("area_codes.tsv").open(encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in fh if not line.startswith("#"))


def _branch_of(agency: Optional[str]) -> list:
    """The district a city bureau's branch serves, named by its short form
    (十堰市生态环境局郧阳分局 → 郧阳区). Only a county-level division can be served by a
    branch, so a stem that is also its city's (东营市…东营分局 → 东营区, not 东营市) reads as
    the district; a stem shared by districts of several cities (长宁: Shanghai's district,
    Yibin's county) is read inside the division the agency's name gives, else not used."""
    m = _re("branch_office").search(agency or "")
    if not m:
        return []
    readings = _county_stems().get(m["stem"], {})
    named = {c for n in names_in(agency[: m.start()]) for c in division_index()[1][n]}
    if named:
        readings = {c: n for c, n in readings.items() if named & set(_chain(c))}
    return list(readings.values()) if len(readings) == 1 else []


def _county_after_city(agency: Optional[str]) -> list:
    """The county a body's name prints by its short form right after its city's full name,
    its government's words right after it (威海市文登人民政府办公室 → 文登区, a county-level city
    until 2014 and still so called): read only inside that city, and only where one of its
    counties has that stem. A city body named after a landmark that shares a district's stem
    (X市西湖风景名胜区管理委员会) is no county's; a county printed in full is found as it is."""
    divs, by_name, _, _ = division_index()
    for name in names_in(agency or ""):
        cities = {c for c in by_name[name] if divs[c][1] == "city"}
        rest = agency[agency.find(name) + len(name):]
        if not cities or names_in(rest[:6]):
            continue
        for n in (4, 3, 2):
            inside = [county for code, county in _county_stems().get(rest[:n], {}).items()
                      if cities & set(_chain(code))]
            if len(inside) == 1 and _re("government_start").match(rest[n:]):
                return inside
    return []


@lru_cache(maxsize=None)
def _county_stems() -> dict:
    """County-level divisions by their short form (东营 → {东营区's code: 东营区}), every
    reading kept: a branch's stem is looked up inside the division its bureau names."""
    suffixes = sorted(_lex()["division_suffixes"], key=len, reverse=True)
    out: dict = {}
    for code, (name, level, _) in lexicon.divisions().items():
        suffix = next((x for x in suffixes if name.endswith(x)), "")
        if level == "county" and suffix and len(name) - len(suffix) >= 2:
            out.setdefault(name[: -len(suffix)], {})[code] = name
    return out


def _reading_within(place: str, readings: list) -> Optional[str]:
    """The one reading inside `place` (or `place` itself, when it lies inside every
    reading's chain), else None."""
    inside = [c for c in readings if place in _chain(c)]
    if len(inside) == 1:
        return inside[0]
    return place if inside else None


def _places_in(owners: list) -> list:
    """Division names in the page's owner strings, or the divisions short names stand
    for (the “中国宣汉” portal is 宣汉县's; a portal named 西安·莲湖 is 西安市's 莲湖区, its
    parts read at the dot, where running text may stand before the first: 可在西安·莲湖…)."""
    stems = _stems()
    out = []
    for owner in owners:
        parts = regex.split(r"\s*[·•]\s*", owner)
        for at, part in enumerate(parts):
            ends = [part] if len(parts) == 1 else [part[i:] for i in range(len(part) - 1)] if at == 0 \
                else [part[:j] for j in range(len(part), 1, -1)]
            out += names_in(part) or next(([stems[e]] for e in ends if e in stems), [])
    return out


def _within(best: str, names: list, by_name: dict, context: Counter) -> tuple:
    """The deepest division among `names` inside `best` (or `best` itself), and the names inside."""
    inside = [n for n in names if any(best in _chain(c) for c in by_name[n])]
    codes = [c for n in inside for c in by_name[n] if best in _chain(c)]
    return inside, max(codes, key=lambda c: (len(_chain(c)), context[c]), default=best)


def zone_hosts(agency: Optional[str]) -> list:
    """The divisions a zone is named after (曾都经济开发区 → 曾都区, 湖北曾都… → 湖北省 too):
    their short names, one after another, at the start of the zone's name, or one in brackets
    and a division inside it that names an area of the zone after them."""
    m = _re("zone").search(agency or "")
    stems = _stems()
    # A host's short name in brackets (临空经济区（廊坊）, 中国（上海）自由贸易试验区) names it over the words around it.
    bracket = next((b for b in _re("bracketed").finditer(agency or "") if b[1] in stems), None) if m else None
    if bracket:
        # …and the division inside it an area of the zone is named after (中国（福建）自由贸易试验区
        # 厦门片区 → 厦门市), the first host's short name after the brackets that lies inside it.
        host, rest = stems[bracket[1]], agency[bracket.end():]
        inner = next((stems[rest[k:k + n]] for k in range(len(rest)) for n in range(min(8, len(rest) - k), 1, -1)
                      if rest[k:k + n] in stems and lies_in(stems[rest[k:k + n]], host)), None)
        return [host, inner] if inner else [host]
    head, out = (agency[: m.start()] if m else ""), []
    while head:
        hit = stem_opening(head, 8)
        if not hit or (out and not lies_in(stems[hit], out[-1])):
            break   # 大连长兴岛…开发区: 长兴 (湖州's 长兴县) is not inside 大连市, so it is the zone's own word
        out.append(stems[hit])
        head = head[len(hit):]
    return out


def _host_printed_before(agency: Optional[str], text: str) -> list:
    """The division a zone named without it (徐圩新区) is called after where the text prints
    its host's short name right before the zone's (合作示范区（连云港徐圩新区）)."""
    if not agency or not _re("zone").search(agency):
        return []
    stems = _stems()
    for m in re.finditer(re.escape(agency), text[:3000]):
        run = regex.search(r"\p{Han}{2,8}$", text[max(0, m.start() - 8): m.start()])
        host = next((run[0][k:] for k in range(len(run[0]) - 1) if run[0][k:] in stems), None) if run else None
        if host:
            return [stems[host]]
    return []


def _division_before_zone(agency: str, text: str, outer: str) -> Optional[str]:
    """The division inside `outer` the text prints right before the zone's own name (its name
    without the divisions it opens with, up to its zone word: Y农高区 of X省Y农高区管委会), as
    its address does (X省Z市Y农高区智慧路7号); None when none is printed so."""
    own = _re("relative_prefix").sub("", without_divisions(agency))
    zone = _re("zone").search(own)
    core = own[: zone.start()] if zone and zone.start() >= 2 else own[: zone.end()] if zone else ""
    if len(core) < 2:
        return None
    for m in re.finditer(re.escape(core), text[:3000]):
        before = text[max(0, m.start() - 12): m.start()]
        # …Z市省Y农高区: the zone's own name may keep its relative prefix (省) after its host.
        for printed in (before, _re("relative_prefix_end").sub("", before)):
            names = names_in(printed)
            if names and printed.endswith(names[-1]) and names[-1] != outer and lies_in(names[-1], outer):
                return names[-1]
    return None


def lies_in(name: str, outer: str) -> bool:
    """Whether a division of the name `name` lies inside one of the name `outer`."""
    by_name = division_index()[1]
    return any(o in _chain(c) for c in by_name.get(name, ()) for o in by_name.get(outer, ()))


def stem_opening(words: str, longest: int = 6) -> Optional[str]:
    """The longest division short name (`_stems`) of at most `longest` characters that `words`
    open with (江油 of 江油高新区管委会, 孝感 of 孝感政府信息公开网), or None."""
    stems = _stems()
    return next((words[:n] for n in range(min(longest, len(words)), 1, -1) if words[:n] in stems), None)


@lru_cache(maxsize=None)
def _stems() -> dict:
    """Division names by their short form (曾都 → 曾都区, 湖北 → 湖北省), where only one has it,
    or where the others lie inside it (长沙: 长沙市, which holds 长沙县)."""
    suffixes = sorted(_lex()["division_suffixes"], key=len, reverse=True)
    names: dict = {}
    for code, (name, level, parent) in lexicon.divisions().items():
        suffix = next((x for x in suffixes if name.endswith(x)), "")
        if suffix and len(name) - len(suffix) >= 2:
            names.setdefault(name[: -len(suffix)], {})[code] = name
    out = {}
    for stem, found in names.items():
        outer = [c for c in found if all(c in _chain(other) for other in found)]
        if outer:
            out[stem] = found[outer[0]]
    return out


def _resolve(names: list, by_name: dict, context: Counter) -> Optional[str]:
    """The deepest division among `names` whose ancestors agree with the others."""
    candidates = [(c, len(by_name[n]) == 1) for n in names for c in by_name[n]]
    named = {c for c, _ in candidates}
    scored = []
    for code, unique in candidates:
        chain = _chain(code)
        support = sum(1 for anc in chain[1:] if anc in named)
        if support or unique or len(chain) == 1:
            scored.append((support, len(chain), context[code], code))
    if not scored:
        return _supported_reading([c for c, _ in candidates], context)
    return max(scored)[3] if scored else None


def _supported_reading(codes: list, context: Counter) -> Optional[str]:
    """The reading of an ambiguous name alone (朝阳区: Beijing's or Changchun's) that the
    other places named support, or None when none is supported more than the rest: a
    wrong place is worse than none. The name's own mentions (context[code], which they
    add to each ancestor too) are not support, so a deeper chain wins nothing by depth."""
    evidence = sorted(((sum(context[a] - context[c] for a in _chain(c)[1:]), c) for c in codes), reverse=True)
    if not evidence or evidence[0][0] <= 0 or (len(evidence) > 1 and evidence[1][0] >= evidence[0][0]):
        return None
    return evidence[0][1]


def without_divisions(name: str) -> str:
    """A body's name without the divisions it opens with (长春市南关区桃源街道办事处 → 桃源街道办事处)."""
    while True:
        division = next(iter(names_in(name[:12])), "")
        if not division or not name.startswith(division) or len(division) == len(name):
            return name
        name = name[len(division):]


def stems_before(word: str, text: str) -> set:
    """The divisions the text names by their short name right before `word` (海口 of 海口教育:
    海口市), the longest short name that ends there."""
    stems, reach = _stems(), _lex()["stem_reach"]
    found = set()
    at = text.find(word)
    while at >= 0:
        before = text[max(0, at - reach): at]
        stem = next((before[-n:] for n in range(len(before), 1, -1) if before[-n:] in stems), None)
        if stem:
            found.add(stems[stem])
        at = text.find(word, at + 1)
    return found


def sites_named(text: str) -> list:
    """(division, the words after it) of each site the text names by a division's name or short
    name (孝感政府信息公开网: 孝感市, 政府; 樟树科技网: 樟树市, 科技): where a report is published,
    so where its body is. Every division starting the words before a site's ending is given,
    with what follows it: the caller keeps those followed by a site's own words."""
    stems = _stems()
    out = []
    for m in _re("site_end").finditer(text):
        before = text[max(0, m.start() - _lex()["site_reach"]): m.start()]
        for k in range(len(before) - 1):
            words = before[k:]
            division = next(iter(names_in(words[:12])), "")
            if division and words.startswith(division):
                place, rest = division, words[len(division):]
            else:
                stem = stem_opening(words)
                if not stem:
                    continue
                place, rest = stems[stem], words[len(stem):]
            # 东方网, 中国江苏网: a place's name with 网 alone after it is a news site, no body's own.
            if rest or m[0] not in _lex()["news_site_end"]:
                out.append((place, rest))
    return out


def abbreviates(short: str, full: str) -> bool:
    """Whether `short` is `full` abbreviated (政府办 of 人民政府办公室): its characters in
    order, its last one among them."""
    at = 0
    for char in short:
        at = full.find(char, at) + 1
        if not at:
            return False
    return len(full) >= len(short)
