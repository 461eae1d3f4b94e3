"""Who published the report, for which year, and where the body sits.

The agency and year come from the title (`2019年上海市人民政府办公厅政府信息公开
工作年度报告`, `淮安市人民政府2024年…`), or, when no title names them, from the
sentences that open the report (现公布X县人民政府2019年…, 由X编制, 2023年，X坚持…).
The year otherwise comes from the statistics period, never from a publication
date. The province/city/county (`region`) are read in places.py.
All cue words and patterns are in `lexicons/meta.json`.
"""
from __future__ import annotations

import itertools
from collections import Counter
from functools import lru_cache
from typing import Optional

import regex

from .. import anchored_search, lexicon
from . import townships
# region and places_named are this stage's entry points for where the body sits (pipeline.py,
# page_context.py); the rest is the division-name index the agency's name is read by.
from .places import (abbreviates, division_index, lies_in, names_in, opens_run_on, sites_named, stem_opening,
                     stems_before, without_divisions, zone_hosts, places_named, region)
from .sections import Layout

_HAN = regex.compile(r"\p{Han}")
_HAN_TAIL = regex.compile(r"\p{Han}+$")


def _lex() -> dict:
    return lexicon.load_json("meta.json")


def _re(name: str):
    return lexicon.compiled(_lex()[name])


def _found(name: str, text: str):
    """The matches of the lexicon's pattern `name` in `text`, through anchored_search: one that
    lexicons/anchors.json lists by its words is not searched in a text holding none of them."""
    return anchored_search.finder(_lex()[name])(text)


def agency_and_year(layout: Layout, publishers: list = ()) -> tuple[Optional[str], Optional[int]]:
    """`publishers`: the bodies the page's filing block names as its publisher."""
    # Each name read once: the title line is also the opening's first name and a heading line.
    read = lru_cache(maxsize=None)(read_title)
    agency, year = read(layout.title) if layout.title else (None, None)
    opening, opening_year, as_titled = _opening(layout, read)
    if agency:
        agency = _as_spelt(_named_in_full(agency, layout, year, read), layout)
    if not agency:
        agency = _town_spoken_of(opening, layout) or opening
        # A report's name as a line or a sentence prints it (2011年X区卫生局…年报): kept as printed,
        # but for the same name in full the text prints, as for a title.
        if as_titled and agency == opening:
            agency = _as_spelt(agency, layout)
        else:
            agency = _fullest(agency, layout, publishers)
    if agency:
        agency = _heading_in_full(agency, layout, year or opening_year, read)
    year = year or opening_year
    return agency, (_year_reported(year, layout) if year else _year_from_text(layout))


def read_title(title: str) -> tuple[Optional[str], Optional[int]]:
    """Agency and year of a report's name as printed (a title or the name a sentence gives)."""
    title = _re("title_prefix").sub("", title).strip()
    # A mirror puts its host where the county's name stood (abc.com东城街道2012年…): no body's name.
    if not anchored_search.absent(_lex()["web_host"], [title]):
        title = _re("web_host").sub("", title).strip()
    if not _re("disclosure").search(title):
        return None, None
    m = _re("title_year").search(title)
    before, after = (title[: m.start()], title[m.end():]) if m else (title, "")
    # 某某局政府信息公开工作年度报告（2023年）: the agency ends where the report's name begins.
    before = _re("disclosure").split(before)[0]
    # 【X镇2021年…报告】: a page's brackets round the whole title are no part of the name either.
    before = _unwrapped(before.strip()).strip(" 《“（(【[")
    after = _re("disclosure").split(after)[0].strip(" 》”】]").removesuffix(_lex()["possessive"])
    # X县人民政府门户网站X县水利局2020年…: the site the page belongs to, printed before the body's name.
    site = _re("title_site").match(before)
    if site and _is_body(before[site.end():]) and _re("org_end").search(before[site.end():]):
        before = before[site.end():]
    bodies = [a for a in (before, after) if _is_body(a)]
    # 某办公室编制了2019年X区人民政府…报告: the words before the year may be a clause, not the body.
    agency = next((a for a in bodies if _re("org_end").search(a)), bodies[0] if bodies else None)
    # 黔南州人民政府（州政府办公室）2023年…: the office that writes for it named in brackets after it.
    return _once(_one_name(agency) if agency else None), _year(m["year"]) if m else None


def _unwrapped(name: str) -> str:
    """`name` without the words wrapping it in a notice's or a sentence's title: those at its start
    (关于印发《, 特向社会公布), then those at its end (》的通知, 根据…编制). The end's words are looked
    for backwards from the end (regex's REVERSE flag), where each of them fails at once at any other
    character; a forward search tries them all at every character of a paragraph read as a title."""
    start = _re("title_wrapping_start").match(name)
    at = start.end() if start else 0
    end = _lex()["title_wrapping_end"]
    if lexicon.compiled("(?r)" + end).search(name, at):
        # From `at`, with the start's words still there for the lookbehinds to see.
        name = lexicon.compiled(end).sub("", name, pos=at)
    return name[at:]


def _named_in_full(short: str, layout: Layout, year: Optional[int], read) -> str:
    """The full name of a body a title names in short that a sentence giving the report's name
    prints (现公布X…报告, or the body it says compiled it: 由X编制的2015年度…报告), for the same
    year: a government in short (镇宁自治县政府 of 镇宁自治县人民政府), a body without the divisions
    it stands in or the country's name (章贡区统计局 of 赣州市章贡区统计局, 司法部 of
    中华人民共和国司法部), a town or street without its kind's word (X街道 of X街道办事处), or a
    name abbreviated after its division (X区计生局 of X区人口和计划生育局): both are the names
    the report gives itself, and the fuller is the body's. `short` when none does. `read`:
    `read_title`, as `agency_and_year` hands it (each name read once)."""
    government = _re("short_government").search(short)
    front = [p.text for p in _head(layout)]
    for named, named_year in itertools.chain(*(_names_of_report(text, read) for text in front),
                                             _issued_by("\n".join(front), read)):
        if named and named_year in (None, year) and (
                (government and _shortens(short, named)) or _fuller(short, named)
                or _spelt_in_full(short, named)):
            return named
    return _national_in_full(short, layout) or short


def _issued_by(text: str, read):
    """(issuer, year) of each notice issuing the report (X区人民政府关于印发《2013年…报告》的
    通知, on one line or two): the issuer, with the year of the report it issues."""
    for m in _found("issuing_notice", text):
        named = _one_name(m["agency"])
        yield (named if _is_body(named) else None), read(m["name"])[1]


def _head(layout: Layout) -> list:
    """The paragraphs where a report names itself: its first `head_paragraphs`, and as many
    from its title on where menus and links above the title push it down the page."""
    n = _lex()["head_paragraphs"]
    at = next((i for i, p in enumerate(layout.paragraphs[:_lex()["title_reach"]])
               if layout.title_source is not None and p.source == layout.title_source), 0)
    return layout.paragraphs[: max(n, at + n)]


def _names_of_report(text: str, read):
    """(body, year) of each sentence in `text` giving the report's name: 现公布X2019年…报告 read
    like a title, and 由X编制的2019年度…报告, whose compiler is the body, as is the subject of
    …，X特向社会公布2019年度本级…报告; then the body a sentence says compiled the report without
    naming it again (本年报由X乡人民政府编制。), of no year."""
    # Through anchored_search: a text holding none of the words every name ends in is not searched.
    for pattern in _lex()["opening"]:
        for m in anchored_search.finder(pattern)(text):
            named = read(m["name"])
            yield named
            if named[0]:
                yield _sentence_subject(text, m.start()), named[1]
    dated = []
    for name in ("compiled_report", "publishing_subject"):
        for m in _found(name, text):
            dated.append(m.span())
            named = _one_name(m["agency"])
            yield (named if _is_body(named) else None), _year(m["year"])
    for m in _found("compiled_by", text):
        # A compiler named with the report's year is judged by that year above (an opening copied
        # from another year's report completes nothing).
        if not any(a <= m.start("agency") < b for a, b in dated):
            named = _one_name(m["agency"])
            yield (named if _is_body(named) else None), None


def _sentence_subject(text: str, at: int) -> Optional[str]:
    """The body the sentence holding `at` opens on as its subject (2024年，X乡人民政府认真…，
    现将X乡2024年度…报告如下: X乡人民政府), where the report's name stands at `at`: how the
    sentence giving the report's name prints its body. None when it opens on none."""
    start = max((e.end() for e in _re("sentence_end").finditer(text, 0, at)), default=0)
    subject = _re("first_sentence").match(text[start: at])
    body = _one_name(subject["agency"]) if subject else None
    return body if body and _is_body(body) else None


def _spelt_in_full(short: str, full: str) -> bool:
    """Whether `full` is `short` spelt out after the same division (X区计生局 of X区人口和计划生育局):
    its last character the same, the short name's characters in order, left out at
    `abbreviation_cuts` places or more (X局 beside X和Y局 is another body); its last word may
    be spelt out too (`spelt_end`: X区民防办 of X区民防办公室, the same name)."""
    opening = _division_opening(short)
    own, rest = short[len(opening):], full[len(opening):]
    if not opening or len(own) < 2 or not full.startswith(opening) or len(rest) <= len(own):
        return False
    spelt = lexicon.compiled("(?<=" + own[-1] + ")(?:" + _lex()["spelt_end"][own[-1]] + ")$").search(rest) \
        if own[-1] in _lex()["spelt_end"] else None
    if spelt:
        rest = rest[: spelt.start()]
        if rest == own:
            return True
    return rest[-1] == own[-1] and abbreviates(own, rest) and _cuts(own, rest) >= _lex()["abbreviation_cuts"]


def _national_in_full(short: str, layout: Layout) -> Optional[str]:
    """The full name of a central body a title names in short (安监总局) where the report gives
    the department of it that compiled it or answers questions (由国家安全生产监督管理总局人事司
    （宣教办）编制): a name opening with the country's prefix whose characters hold the short
    one's in order and that ends as it does. None when none does."""
    if names_in(short) or not _re("national_agency").search(short):
        return None
    for text in (p.text for p in _head(layout)):
        for name in ("compiled_by", "contact_office"):
            for m in _found(name, text):
                body = _re("national_unit").sub("", _re("second_name").sub("", m["agency"]))
                if _re("declared_full_start").match(body) and body.endswith(short[-2:]) \
                        and len(body) > len(short) and abbreviates(short, body):
                    return body
    return None


def _heading_in_full(short: str, layout: Layout, year: Optional[int], read) -> str:
    """The body's full name where the report's own heading under a shorter page title prints it
    (共和乡关于…报告 above 盐边县共和乡人民政府 / 关于…报告, on one line or two): the same body
    with the divisions it stands in before it or its kind word after it, for the same year (a
    report of another year linked below it names no more than itself). `short` when none does. `read`: `read_title`, as
    `agency_and_year` hands it (each name read once)."""
    lines = [p.text.strip() for p in layout.paragraphs[:8]]
    for n, line in enumerate(lines):
        if _re("sentence_mark").search(line):
            continue   # a heading, not a sentence naming the report (现公布X2019年…报告)
        for text in (line, line + lines[n + 1] if n + 1 < len(lines) else line):
            named, named_year = read(text)
            if _fuller(short, named) and not (year and named_year not in (None, year)):
                return named
    return short


def _fuller(short: str, named: Optional[str]) -> bool:
    """Whether `named` is the body `short` names with the divisions it stands in (or the
    country's name) before it, or its kind's word after it (共和乡 of 盐边县共和乡
    人民政府, 章贡区统计局 of 赣州市章贡区统计局, 司法部 of 中华人民共和国司法部)."""
    if not named or named == short:
        return False
    # 东丽湖街 of 东丽湖街道办事处: a street written with its kind in short.
    short = next((short[: -len(cut)] + full for cut, full in _lex()["township"]["short_kind"].items()
                  if short.endswith(cut) and short[: -len(cut)] + full in named), short)
    if short not in named:
        return False
    before, after = named.split(short, 1)
    placed = "".join(names_in(before)) == before or bool(_re("declared_full_start").fullmatch(before))
    return placed and (not after or bool(_re("kind_words").fullmatch(after)))


def _shortens(short: str, full: str) -> bool:
    """Whether `short` is `full` written short without changing its kind: its start and last
    character the same, its characters in order (X县政府 of X县人民政府; not X街道 of
    X街道办事处, which names the same body by another kind word)."""
    return len(full) > len(short) and full[:2] == short[:2] and full[-1] == short[-1] and abbreviates(short, full)


def _once(agency: Optional[str]) -> Optional[str]:
    """A name printed twice in a row, the second time in full (a breadcrumb's last step 东留春乡
    run into the title 定州市东留春乡2020年…, or two title lines each naming the body), once:
    the part from the second mention on."""
    # A division the name opens with is one word: 荆州 of 荆州市荆州区 is no name printed before the rest.
    opening = next(iter(names_in(agency[:12])), "") if agency else ""
    whole = len(opening) if agency and agency.startswith(opening) else 0
    for k in range(len(agency or "") // 2, 1, -1):
        if k < whole:
            break
        if agency[:k] in agency[k:] and _re("org_end").search(agency[:k]):
            return agency[k:]
    return agency


def _is_body(name: str) -> bool:
    return 2 <= len(name) <= 40 and not _re("not_agency").search(name) and not _re("cited_notice").search(name) \
        and not _re("site_brand").search(name) and not (_re("pronoun_opening").search(name) and not _opens_division(name))


def _opens_division(name: str) -> bool:
    """Whether `name` begins with a division's name (全州县…, 本溪市…, not 全县 or 本市)."""
    names = names_in(name[:12])
    return bool(names) and name.startswith(names[0])


def _year(text: str) -> int:
    if text.isdigit():
        return int(text)
    digits = _lex()["numerals"]
    return int("".join(str(digits[c]) for c in text))


def _opening(layout: Layout, read) -> tuple[Optional[str], Optional[int], bool]:
    """The body and year named by the report's opening sentences, in order of trust, and
    whether a name of the report itself (X2019年…报告) gave the body. `read`: `read_title`, as
    `agency_and_year` hands it (each name read once)."""
    paragraphs = [p.text for p in _head(layout)]
    agency = year = None
    titled = True
    for text in paragraphs:
        for pattern in _lex()["opening"]:
            for m in anchored_search.finder(pattern)(text):
                named, named_year = read(m["name"])
                if named and not named_year and (not _re("org_end").search(named)
                                                 or _re("relative_body").search(named)):
                    # 《…政务公开办公室关于政府信息公开工作年度报告…的通知》 names no report of a body.
                    named = None
                # 2024年，X乡人民政府认真…，现将X乡2024年度…报告如下: the same sentence prints it in full.
                subject = _sentence_subject(text, m.start()) if named else None
                named = subject if _fuller(named, subject) else named
                # 汇总2015年度X乡的…报告编制而成: the reports of X it was compiled from, not its own name.
                titled = titled if agency else not (named and named + _lex()["possessive"] in m["name"])
                agency, year = agency or named, year or named_year
            if agency:
                return agency, year, titled
    own_office = None
    for name in ("compiled_by", "compiled_ahead", "compiled_from", "first_sentence", "contact_office", "named_subject"):
        for text in paragraphs:
            for m in _found(name, text):
                named = _one_name(m["agency"])
                # 请与X局综合科联系: a section's name ends in no body's word; X局 is judged, and
                # _office_of decides whether the section stands for it.
                body = _re("bureau_unit").sub("", named) if name == "contact_office" else named
                # 由X镇人民政府综合信息指挥室（党政综合办公室）编制: the town's own office, judged as the town.
                body = _re("internal_office").sub("", body)
                # 2022年，中心严格…: a kind's word alone names no body.
                # 2021年，县政府办公室认真…: the office speaks, named after its level alone; a name
                # the report gives it in full (its contact office) comes first.
                if name == "first_sentence" and _re("relative_office").fullmatch(body):
                    own_office = own_office or body
                    continue
                if _is_body(body) and _re("org_end").search(body) and not _re("org_end").fullmatch(body) \
                        and not _re("relative_body").search(body):
                    # 由X镇人民政府党政办公室编制: the office that wrote it is the town's own.
                    agency = _re("party_and_government").sub("", _re("internal_office").sub("", named))
                    if name in ("compiled_by", "compiled_ahead", "compiled_from", "contact_office"):
                        agency = _office_of(agency, paragraphs, name == "contact_office")
                    if agency:
                        body = _government(agency)
                        # 由X乡编制的2020年度…报告: the compiler naming the report names it as a title does,
                        # kept as printed, when it is the body itself (not an office standing for it).
                        return body, year, name == "compiled_by" and body == named and _names_report(text, m)
    return own_office or _site_body(paragraphs), year, False


def _names_report(text: str, compiler) -> bool:
    """Whether the compiler `compiler` (a `compiled_by` match) is named in a sentence that goes on
    to name the report with its year (由X编制的2020年度…报告, also 2020度 with 年 lost)."""
    return any(m.start("agency") == compiler.start("agency") for m in _found("compiled_report", text))


def _one_name(name: str) -> str:
    """A body named with its second name in brackets (X办公室（Y委员会办公室）: one body
    with two names; X州人民政府（州政府办公室）, X办事处(Y园区): a body and the office or area
    run with it) is the body of the first name, and so are two bodies named together as one
    report's (X办事处、Y园区), unless the second is the government (X党委、X人民政府, X街道党工委、
    办事处)."""
    first = _re("second_name").sub("", name)
    if first != name and _re("org_end").search(first):
        return first
    parts = name.split(_lex()["joint_names"])
    if len(parts) == 2 and all(len(p) >= 2 and _re("org_end").search(p) for p in parts) \
            and not _re("government_end").search(parts[1]) and not _re("kind_words").fullmatch(parts[1]):
        return parts[0]
    return name


def _site_body(paragraphs: list) -> Optional[str]:
    """The body a report names only as the site it is published on (本报告电子版可在“X市人民
    政府法制办公室”门户网站下载) when the text calls it so again in short (市法制办): not a
    government, whose site hosts the reports of its towns and departments too."""
    text = "\n".join(paragraphs)
    for m in _re("site_body").finditer(text):
        name = m["agency"]
        if not _is_body(name) or not _re("org_end").search(name) or _re("relative_body").search(name) \
                or _re("government_end").search(name):
            continue
        core = _re("government_start").sub("", without_divisions(name))
        if len(core) >= 2 and text.count(core[:2]) > m.group().count(core[:2]):
            return name
    return None


def _fullest(short: Optional[str], layout: Layout, publishers: list) -> Optional[str]:
    """The fullest form a report prints for the body its sentences name (`short`): the name its
    contact office or publisher gives with its place, else the fullest form its text prints,
    else the name its contact office or publisher gives with only its kind's word added
    (东山街道 → 东山街道办事处); `short` when it prints none."""
    return _in_full(short, layout, publishers) or _printed_in_full(short, layout) \
        or _in_full(short, layout, publishers, kind=True) or short


def _in_full(agency: Optional[str], layout: Layout, publishers: list, kind: bool = False) -> Optional[str]:
    """The full name of a body a report's sentences name in short (张义镇人民政府, 长通街道,
    福州高新区) where the report gives it as its contact office (请与南关区长通街道办事处办公室
    联系), its contact address (地址：赣县大埠乡人民政府) or the page as its publisher (发布机构：
    凉州区张义镇人民政府): a name that holds the
    short one's characters in order, after the divisions it opens with or from its start. Only
    one such name; a title's own name is never lengthened. A name that only adds its kind's
    word (东山街道 → 东山街道办事处) places nothing: it is given only where `kind`, which
    gives no other."""
    if not agency:
        return None
    declared = None if kind else _declared_full(agency, _head(layout))
    if declared:
        return declared
    names = set(publishers)
    address = lexicon.compiled(_lex()["contact"]["address"])
    for text in (p.text for p in _head(layout)):
        names.update(_re("own_office").sub("", _re("internal_unit").sub("", m["agency"]))
                     for name in ("contact_office", "accepting_office")
                     for m in _found(name, text))
        # A contact address that is a body's name (地址：赣县大埠乡人民政府).
        names.update(m[1].strip() for m in address.finditer(text) if _re("address_body").fullmatch(m[1].strip()))
    full = set()
    for name in names:
        # A street office named after its district's government (X区人民政府Y街道办事处): Y街道办事处.
        own = _re("government_start").sub("", without_divisions(name))
        # A name that only adds its kind's word (东山街道 → 东山街道办事处) is looked for last:
        # a fuller form the text prints (X乡人民政府 where the contact says X乡政府) comes first.
        if kind != bool(name.startswith(agency) and _re("kind_words").fullmatch(name[len(agency):])):
            continue
        if len(name) > len(agency) and own[:2] == agency[:2] and abbreviates(agency, own) \
                and _re("org_end").search(name) and not _re("relative_body").search(name):
            full.add(name)
    return full.pop() if len(full) == 1 else None


def _printed_in_full(short: Optional[str], layout: Layout) -> Optional[str]:
    """The fullest form the report prints for a body its sentences name in short: with the
    divisions it stands in before it (铁厂镇人民政府 printed as X市Y区铁厂镇人民政府; a zone's
    street office after its zone's government, X市Y新区人民政府Z街道办事处), or with its kind
    spelt out after the division it opens with (X市文广新局 printed as X市文化广电新闻出版局),
    or with its kind's word where that name opens a sentence (X镇人民政府高度重视…) or is the one a
    template sentence says carries out the regulation (推进政府信息公开是X乡人民政府贯彻落实…).
    The body's own site named after its name printed with its divisions (X市Y区人民政府网站, X市
    Y区人民政府Z街道办事处信息公开网站) prints that name. Only one such form; None when there is none."""
    if not short:
        return None
    text = _front_text(layout)
    opening = _division_opening(short)
    spelt = _spelt_out(short, opening, text) if opening else None
    if spelt:
        return spelt
    found = set()
    addresses = [m.span() for m in _re("address").finditer(text)]
    zone = bool(_re("zone").search(short))
    for m in regex.finditer(regex.escape(short), text):
        placing = _placing_before(text, m.start(), zone)
        full = placing + short
        kind = _re("kind_words").match(text, m.end())
        # …or the body a template sentence says carries out the regulation (推进政府信息公开是
        # X乡人民政府贯彻落实《条例》的重要举措).
        opens = text[m.start() - 1: m.start()] in _lex()["subject_opens"] or (
            kind and _re("duty_before").search(text, max(0, m.start() - 1), m.start())
            and _re("duty_after").match(text, kind.end()))
        if not placing and kind and opens and not _re("office_after").match(text, kind.end()):
            # 发耳镇人民政府高度重视… opening a paragraph: its sentences name it so, not just its
            # contact office (请与X镇人民政府联系, which `_fullest` turns to last).
            found.add(short + kind[0])
            continue
        # A name running on (X县Y镇振兴街19号) is a place, and so is an address that is no body's
        # name (地址：X县Y乡): only the body's own name so printed (地址为X县Y镇人民政府) is its name,
        # and the site named after it (X市Y区人民政府网站, X街道办事处信息公开网站).
        end = kind.end() if kind and _re("own_site").match(text, kind.end()) else m.end()
        # …and the title of its own disclosure guide or rules (《X市Y区Z镇政府信息公开指南》).
        guide = text[m.start() - len(placing) - 1: m.start() - len(placing)] == "《" \
            and bool(_re("own_document").match(text, end))
        if not placing or (_HAN.match(text[end: end + 1]) and not _re("own_site").match(text, end) and not guide) or (
                any(a <= m.start() < b for a, b in addresses) and not _re("address_body").fullmatch(full)):
            continue
        found.add(placing + text[m.start(): end])
    return found.pop() if len(found) == 1 else None


def _placing_before(text: str, at: int, zone: bool = False) -> str:
    """The divisions `text` prints right before a body's name starting at `at` (X市Y区 of
    X市Y区铁厂镇人民政府), as `_places_body` reads them; "" when none are."""
    before = text[max(0, at - _lex()["placing_reach"]): at]
    return next((before[k:] for k in range(len(before) - 1) if _places_body(before[k:], zone)), "")


def _front_text(layout: Layout) -> str:
    """The report's first 40 paragraphs, where it names itself and its body."""
    return "\n".join(p.text for p in layout.paragraphs[:40])


def _division_opening(name: str) -> str:
    """The division a body's name opens with (X市 of X市人防办), or "" when it opens with none."""
    opening = next(iter(names_in(name[:12])), "")
    return opening if opening and name.startswith(opening) else ""


def _spelt_out(short: str, opening: str, text: str) -> Optional[str]:
    """The one name `text` prints for a body named in short after the division it opens with
    (X市文广新局 as X市文化广电新闻出版局, X市人防办 as X市人民防空办公室): the same division, the
    short name's characters in order, its last word spelt out (`spelt_end`: 办 of 办公室). None
    when there is none or more than one."""
    own = short[len(opening):]
    if len(own) < 3:
        return None
    end = regex.escape(own[-1]) + "(?:" + _lex()["spelt_end"].get(own[-1], "") + ")?"
    spelt = regex.compile(regex.escape(opening + own[0]) + r"\p{Han}{%d,20}?" % (len(own) - 1) + end)
    found = set()
    # Overlapped: a run that fails (X区人民政府网站下设X区人力资源…局, a site's) must not swallow
    # the spelling starting inside it.
    for m in spelt.finditer(text, overlapped=True):
        full = m[0][len(opening):]
        # X街道 printed as X街道办事处 only adds its kind's word: the name it gives itself stands;
        # a run holding the short name itself (X市人民政府网站…政府) is no spelling of it, nor one
        # naming a site (X市政府网站Y局频道: the body's channel there).
        if short not in m[0] and abbreviates(own, full) \
                and not (full.startswith(own) and _re("kind_words").fullmatch(full[len(own):])) \
                and not (_re("site_word").search(full) and not _re("site_word").search(own)):
            found.add(m[0])
    return found.pop() if len(found) == 1 else None


def _as_spelt(agency: str, layout: Layout) -> str:
    """A name in short after its division (X市人防办) that the report prints spelt out
    (X市人民防空办公室): that; a name printed with one word more (X局 of X和Y局, a body renamed
    since) is another, and `agency` stands. A government's office named with its government in
    short (X县政府办) that the report prints with both in full (X县人民政府办公室) is that too."""
    opening = _division_opening(agency)
    if opening:
        text = _front_text(layout)
        spelt = _spelt_out(agency, opening, text)
        if spelt and _cuts(agency[len(opening):], spelt[len(opening):]) >= _lex()["abbreviation_cuts"]:
            return spelt
        return _government_spelt(agency, opening, text) or agency
    return agency


def _government_spelt(agency: str, opening: str, text: str) -> Optional[str]:
    """The one name `text` prints for an office named after its government in short (X县政府办,
    X市政府办公室): its government's words in full (人民政府), its last word spelt out or not
    (`spelt_end`: 办 of 办公室), the longest so printed, with the divisions printed before it
    (Y市X区人民政府办公室 of X区政府办); None when none is, or two are. A government alone
    (X县政府) is not spelt so: its full name is taken only from a sentence giving the report's
    name (`_named_in_full`)."""
    own = agency[len(opening):]
    full = _re("government_inside").sub(_lex()["government_in_full"], own)
    if full == own:
        return None
    ends = _lex()["spelt_end"].get(full[-1], "")
    names = [opening + full + end for end in ["", *filter(None, ends.split("|"))]]
    printed = {_placing_before(text, m.start()) + m[0]
               for m in regex.finditer("|".join(map(regex.escape, reversed(names))), text)}
    longest = [p for p in printed if not any(p != o and p in o for o in printed)]
    return longest[0] if len(longest) == 1 else None


def _places_body(words: str, zone: bool = False) -> bool:
    """Whether `words` printed before a body's name are only the divisions it stands in, and
    perhaps a zone in them and its government (重庆市Y新区人民政府 before a street office);
    before a zone's body (`zone`), its host's short name too (江油 of 江油高新区管委会)."""
    run = ""
    for name in names_in(words):
        if not words.startswith(run + name):
            break
        run += name
    if not run and zone:
        run = stem_opening(words) or ""
    return bool(run) and bool(_placing_rest().fullmatch(words[len(run):]))


@lru_cache(maxsize=None)
def _placing_rest():
    return regex.compile("(?:\\p{Han}{2,6}?(?:" + _lex()["zone"] + "))?(?:" + _lex()["kind_words"] + ")?")


def _declared_full(short: str, paragraphs: list) -> Optional[str]:
    """The full name a report gives right before declaring `short` its short name
    (结合国家税务总局X市Y区税务局（以下简称“Y区税务局”）…): the declaration says outright
    that the two are one body. The full name starts at its first division name or national
    prefix; the words before it (结合, 特向社会公布) belong to the sentence."""
    for text in (p.text for p in paragraphs):
        for m in _re("declared_short").finditer(text):
            if m["short"] != short:
                continue
            head = regex.split(r"[^\p{Han}（）()·]", text[max(0, m.start() - 40): m.start()])[-1]
            starts = [head.find(n) for n in names_in(head)]
            starts += [x.start() for x in _re("declared_full_start").finditer(head)]
            full = head[min(starts):] if starts else ""
            if len(full) > len(short) and abbreviates(short, full) and _re("org_end").search(full):
                return full
    return None


def _year_subjects(layout: Layout, said: Optional[str] = None) -> Counter:
    """The towns named, as printed, as the subject of a sentence opening with the year
    (2023年，X镇共受理…), by (name, kind); a name of a kind taken only from a report that
    speaks as one (白云街 of 我街) only when `said` is that kind."""
    shy = set(_lex()["said_only_kinds"]) - {said}
    post, clause = _re("town_post"), _re("post_clause")
    out = Counter()
    for p in layout.paragraphs[:40]:
        for m in _re("year_subject").finditer(p.text):
            name = m["name"]
            # 2022年，调整成立以镇党委书记为组长的…: the words up to 以 are a clause, no name; the
            # town is what follows it, if anything does (以X镇党委书记为组长: X镇).
            if post.match(p.text, m.end("kind")):
                name = clause.sub("", name)
            if m["kind"] not in shy and len(name) > len(m["kind"]):
                out[name, m["kind"]] += 1
    return out


def _town_spoken_of(agency: Optional[str], layout: Layout) -> Optional[str]:
    """The town a report is about when its opening names a county office: a township's
    report copied from its county's keeps the county office's first sentence (2024年，X县
    人民政府办公室认真…) while the sentences after it name the town (2024年，Y乡主动公开…).
    Only one town, named so more often than the office is named at all."""
    if not agency or lexicon.compiled(_lex()["township"]["agency"]).search(agency):
        return None
    towns = _year_subjects(layout)
    if len(towns) != 1:
        return None
    (town, _), count = towns.most_common(1)[0]
    named = sum(p.text.count(agency) for p in layout.paragraphs[:40])
    return town if count >= _lex()["year_subject_min"] and count > named else None


def complete(agency: Optional[str], layout: Layout, publishers: list = ()) -> Optional[str]:
    """`_completed`, spelt out where the report prints the completed name so (市人防办 completed
    as X市人防办, printed as X市人民防空办公室 in its site's name: that). `publishers`: the
    bodies the page's filing block names as its publisher, where a body names itself in full."""
    done = _completed(agency, layout, publishers)
    return _as_spelt(done, layout) if done else None


def _completed(agency: Optional[str], layout: Layout, publishers: list) -> Optional[str]:
    """The body a title names without its place (卫生健康委员会, 市教育局), completed with
    the division the report gives where it names itself in full: its contact office (请与
    绵阳市卫生健康委办公室联系), the body that compiled it, its first sentence. Only one
    division may so prefix the name; the title's own words are kept after it. A name
    relative to its level in short (县政府办) takes the full name the report gives itself
    (府谷县人民政府办公室); failing both, a relative name takes the one division of its
    level the report names; a city before such a name (大同市区…局) keeps it to districts inside
    that city. A name cutting its division short (牡市…局) takes the name the report prints in
    full (牡丹江市…局). Failing all these, the one division (of the name's level) whose sites the
    report is published on (孝感政府信息公开网, or one named after the body's work: 樟树科技网 of
    科技局), the deepest where they lie one inside another. None when the name needs or gets no
    completion."""
    # A township's title name is its whole name (南坑乡人民政府): its county is no part of it.
    if not agency or _re("national_agency").search(agency) \
            or lexicon.compiled(_lex()["township"]["agency"]).search(agency):
        return None
    divisions = names_in(agency)
    # 盐都市场监管局 names its district in short; 南通X开发区, a zone, its host city: both are placed.
    if not divisions and (opens_run_on(agency) or zone_hosts(agency)):
        return None
    # 大同市区自然资源局: a city's name before a name relative to a level below it places no district.
    within = divisions[0] if len(divisions) == 1 and agency.startswith(divisions[0]) \
        and _re("relative_prefix").match(agency[len(divisions[0]):]) else ""
    if divisions and not within:
        return None
    core = _re("relative_prefix").sub("", agency[len(within):])
    relative = agency[len(within): len(agency) - len(core)]
    head = core[: _lex()["completion_overlap"]]
    paragraphs = [p.text for p in _head(layout)]
    bodies = [m["agency"] for text in paragraphs
              for name in ("contact_office", "compiled_by", "compiled_ahead", "first_sentence")
              for m in _found(name, text)]
    places, printed = set(), set()
    # The page's publisher completes only a name relative to its level (县政府办公室): a zone's or
    # a bureau's own name (X高新区管委会) stands as its title prints it.
    for body in [*bodies, *_signature(layout), *(publishers if relative else ())]:
        named = names_in(body)
        if not named or not body.startswith(named[0]):
            continue
        rest = body[len(named[0]):]
        if within and not (named[0].endswith(relative) and lies_in(named[0], within)):
            continue
        if len(head) >= 3 and rest.startswith(head):
            places.add(named[0])
        elif relative and named[0].endswith(relative) and abbreviates(core, rest):
            # 县政府办 where the report names itself 府谷县人民政府办公室: its name as printed.
            printed.add(body)
        elif not relative and len(rest) >= 2 and agency.endswith(rest) \
                and _shortens_division(agency[: -len(rest)], named[0]):
            # 牡市文化局 where the report names itself 牡丹江市文化局: its name as printed.
            printed.add(body)
    if len(places) == 1:
        placed = places.pop() + core
        # 保亭县政府办公室 beside a publisher's 保亭黎族苗族自治县人民政府办公室: the fuller form printed.
        fuller = [p for p in printed if len(p) > len(placed) and abbreviates(placed, p)]
        return fuller[0] if len(fuller) == 1 else placed
    if len(printed) == 1:
        return printed.pop()
    if relative and len(core) >= 2:
        # 市政务服务管理办公室 in a report whose text names one city (its site's, its documents'):
        # that city's; a report naming two cities is left as printed.
        named = {n for text in paragraphs for n in names_in(_re("address").sub("", text))
                 if n.endswith(relative) and (not within or (n != within and lies_in(n, within)))}
        if len(named) == 1:
            return named.pop() + core
    if not relative and not divisions:
        # 信访局 in a report speaking of its division as 我市 alone: the one division of that level
        # its text names, the deepest where they lie one inside another (张家港市 in 苏州市).
        said = {m["level"] for text in paragraphs for m in _re("self_reference").finditer(text)}
        levels = said & set(_lex()["government_of"])
        if len(levels) == 1:
            level = levels.pop()
            named = {n for text in paragraphs for n in names_in(_re("address").sub("", text)) if n.endswith(level)}
            deepest = [n for n in named if not any(o != n and lies_in(o, n) for o in named)]
            if len(deepest) == 1 and all(n == deepest[0] or lies_in(deepest[0], n) for n in named):
                return deepest[0] + core
    # 科技局 in a report published on 樟树科技网, 市安监局 on 孝感政府信息公开网: those sites' division.
    work = _re("department_end").sub("", core)
    text = "\n".join(p.text for p in layout.paragraphs[:40])
    # …or the first word of its work (X城管微信公众号 of 城管执法局).
    sited = {place for place, rest in sites_named(text)
             if (_re("site_rest").fullmatch(rest) or (len(rest) >= 2 and work.startswith(rest)))
             and place.endswith(relative) and (not within or (place != within and lies_in(place, within)))}
    deepest = {n for n in sited if not any(o != n and lies_in(o, n) for o in sited)}
    if len(deepest) == 1 and all(n in deepest or lies_in(next(iter(deepest)), n) for n in sited):
        return deepest.pop() + core
    division = _division_by_work(work, relative, text) if relative else None
    if relative and not division:
        # …or the local outlet it is published in (X都市报): the one division of its level so named.
        named = {n for word in _lex()["local_media"] for n in stems_before(word, text) if n.endswith(relative)}
        division = named.pop() if len(named) == 1 else None
    return division + core if division else None


def _division_by_work(work: str, level: str, text: str) -> Optional[str]:
    """The one division of `level` (市) the text names by its short name right before the first
    word of a body's work (海口教育 of 市教育局: 海口市), as it names its news or its site: where a
    body named without its place is. None when none or two are so named."""
    found = {name for name in stems_before(work, text) if name.endswith(level)} if len(work) >= 2 else set()
    return found.pop() if len(found) == 1 else None


def _shortens_division(short: str, division: str) -> bool:
    """Whether `short` is a division's name cut to its first and last characters or so (牡市 of
    牡丹江市), no division's own name."""
    return 2 <= len(short) < len(division) and short[0] == division[0] and short[-1] == division[-1] \
        and abbreviates(short, division) and not names_in(short)


def _signature(layout: Layout) -> list:
    """The body signing the report above its date at the end (富平县文化和旅游局 / 2022年1月19日),
    on the date's line or the line before it: where a report names itself in full."""
    rule = _lex()["signature"]
    last = [p.text.strip() for p in layout.paragraphs[-rule["reach"]:]]
    date = _re("signature_date")
    out = []
    for at, text in enumerate(last):
        m = date.search(text)
        if not m:
            continue
        body = text[: m.start()].strip() or (last[at - 1] if at else "")
        if len(body) <= rule["max"] and _re("signature_body").fullmatch(body):
            out.append(body)
    return out


def _cuts(short: str, full: str) -> int:
    """At how many places inside `full` characters were left out to write `short` (人防办 of
    人民防空办公室: two, after 人 and after 防), its characters matched leftmost."""
    at, cuts = full.find(short[0]), 0
    for char in short[1:]:
        found = full.find(char, at + 1)
        cuts += found > at + 1
        at = found
    return cuts


def _office_of(office: str, paragraphs: list, named_again: bool) -> Optional[str]:
    """The body whose report an office compiled, or gives as its contact: a government's
    general or disclosure office (X市人民政府办公室, X旗政务公开领导小组办公室) compiles
    the government's report, as a bureau's or a centre's own office (X局办公室, X中心办公室)
    does its body's, unless the report speaks as the office itself (2025年，X市人民政府办公室
    深入…, 我办). A contact office stands for its body only when the text names that body again
    (a township may give its county's office as its contact)."""
    # 请与X办公厅政务公开处联系: the office's division stands for the office, and so for X.
    office = _re("internal_unit").sub("", office)
    # 请联系X局行政审批办公室 in a report speaking as 我局, or speaking as no kind and naming X局
    # again: one of the bureau's offices, so the bureau (a report saying 我办 speaks as the office).
    unit = _re("bureau_unit").search(office)
    silent = not any(_re("self_reference").search(text) for text in paragraphs)
    if unit and (_speaks_as(office[: unit.start()], paragraphs)
                 or (silent and _named_again(office[: unit.start()], paragraphs))):
        office = office[: unit.start()]
    body = _re("coordinating_office").sub("", office)
    # A year's account opening with the office as its subject (2010年，区政府办按照…): the office speaks.
    own = any(_names_office(m["agency"], office) for text in paragraphs for m in _re("first_sentence").finditer(text))
    if body != office:
        said = Counter(m["level"] for text in paragraphs for m in _re("self_reference").finditer(text))
        level = _lex()["office_self_reference"]
        # …but a body that is itself an office (X市人防办's disclosure group office) says 我办 too.
        if own or (said and said.most_common(1)[0][0] == level
                   and not body.endswith(tuple(_lex()["department_kinds"][level]))):
            body = office
    # 请与中心办公室联系: a kind's word alone (中心) names no body.
    if not _is_body(body) or _re("relative_body").search(body) or _re("org_end").fullmatch(body):
        return None
    # A central body's name is the country's only one: no county gives it as its contact.
    national = _re("national_agency").search(body) and not names_in(body)
    if named_again and not national and not own and not _named_again(body, paragraphs) \
            and not _speaks_as(_government(body), paragraphs):
        return None
    return body


def _names_office(subject: str, office: str) -> bool:
    """Whether a sentence's subject is `office`, by its full name or by its name relative
    to its level (区政府办, 省政府办公厅 of 江苏省人民政府办公厅): how an office that writes
    its own report speaks of itself."""
    if subject == office:
        return True
    division = next(iter(names_in(office[:12])), "")
    return bool(_re("relative_prefix").match(subject)) and office.startswith(division) \
        and division.endswith(subject[0]) and abbreviates(subject[1:], office[len(division):])


def _named_again(body: str, paragraphs: list) -> bool:
    """Whether the text names `body` more than once, in full or by its own name without the
    divisions it opens with (龙游县大街乡 named again as 大街乡人民政府). A government's own
    name is no such name: 人民政府 is every government's."""
    own = without_divisions(body)
    names = [body] + ([own] if own != body and len(_re("government_end").sub("", own)) >= 2 else [])
    return any(sum(text.count(name) for text in paragraphs) >= 2 for name in names)


def _speaks_as(body: str, paragraphs: list) -> bool:
    """Whether the report speaks mostly as a body of `body`'s kind (我局 of X县水利局, 本街道 of
    X街道办事处): then a contact office of that body is its own, not a county office a township
    refers readers to."""
    said = Counter(m["level"] for text in paragraphs for m in _re("self_reference").finditer(text))
    level = said.most_common(1)[0][0] if said else None
    if level:
        return any(body.endswith(level + end) for end in _lex()["self_reference_body"])
    # 我单位 names no kind, but no government or town speaks so: a committee's contact office is its own.
    return any(_re("unit_self_reference").search(text) for text in paragraphs) \
        and not _re("government_end").search(body) \
        and not lexicon.compiled(_lex()["township"]["agency"]).search(body)


def _government(name: str) -> str:
    """A body named by its division alone (2025年X县坚持…) is that division's government,
    and so is one named by its government in short (由X市政府办公室编制: X市人民政府)."""
    endings = sorted(_lex()["government_of"].items(), key=lambda e: -len(e[0]))
    short = name.removesuffix(_lex()["government_short"])
    if short != name and short in division_index()[1]:
        own = next((g for end, g in endings if short.endswith(end)), "")
        return short + own if own.endswith(_lex()["government_short"]) else name
    if name not in division_index()[1]:
        return name
    return name + next((g for end, g in endings if name.endswith(end)), "")


def speaking_body(layout: Layout, place: dict, publishers: list = ()) -> Optional[str]:
    """The government a report speaks as (我县…, 我乡…) when it names no agency. A county or
    city speaking so is the division the page or the text places it in, at that level, with
    its government (宣汉县 → 宣汉县人民政府); a town is the town government the text names
    most (in its guide's title, its contact office: 溪下乡人民政府), in full where the page's
    publisher or its contact office gives the full name; a report that never speaks of
    itself so is the one town its year-opening sentences name; a department (我局) is the
    one it names most. A town or department naming itself nowhere is the publisher of its kind
    the page's filing block names; a department naming only its work (档案局), the one its
    division's site of that work (岳阳档案网站) gives. A report never saying 我X is the one body its
    sentences open on as the subject of its disclosure work (档案馆高度重视政府信息公开工作), as
    printed. A body the report declares to be itself (X办公室（下称我办）) is that body, whatever
    it says. A body of another kind (我中心, 我所) is the one of that kind its year-counting
    sentences name, else the one a clause opens on (…，X所认真落实…). None when no such division,
    town or department is named."""
    text = "\n".join(p.text for p in layout.paragraphs[:40])
    declared = _declared_self(text)
    if declared:
        return declared
    said = Counter(m["level"] for m in _re("self_reference").finditer(text))
    if not said:
        # A report that never says 我X but tells its year as one town's (2024年，X街道主动公开…).
        towns = _year_subjects(layout)
        if len(towns) == 1:
            return _fullest(next(iter(towns))[0], layout, publishers)
        # …or as one county's or city's (根据…要求，X县坚持…): that division's government.
        named = {m["name"] for m in _re("division_subject").finditer(text) if names_in(m["name"]) == [m["name"]]}
        if len(named) == 1:
            return _government(named.pop())
        # …or as one body's counting its year's work (2023年，区X局主动公开…; 2023年，区X局共受理…):
        # that body as printed, with the one division the report places it in where there is one.
        bodies = Counter(m["agency"] for m in _re("year_counter").finditer(text))
        # Named once, it must be named with its division (2022年，X市政府办公室共受理…): 区X局 alone
        # once may be a body the report counts beside its own.
        if len(bodies) == 1 and (bodies.most_common(1)[0][1] >= _lex()["year_subject_min"]
                                 or _opens_division(next(iter(bodies)))):
            body = next(iter(bodies))
            return complete(body, layout) or body
        # …or as the one body its sentences make the subject of its disclosure work (档案馆高度重视
        # 政府信息公开工作): how a report never saying 我X names itself.
        bodies = {m["agency"] for m in _re("disclosure_subject").finditer(text)}
        if len(bodies) == 1:
            body = bodies.pop()
            return complete(body, layout) or body
        # …or as the one place whose disclosure work or rules it names in passing (完善X镇信息公开工作
        # 机制, 《X县政府信息公开审查制度》): as printed.
        return _disclosure_place(text)
    # A bureau speaks of its county (我县…工作) as well as of itself; a county never says 我局.
    own = [level for level, _ in said.most_common() if level in _lex()["department_speaks"]]
    level = said.most_common(1)[0][0]
    # A town has no bureaus: one saying 我镇 more often than 我局 copied the 我局 from a bureau's report.
    level = own[0] if own and not (level in _lex()["town_kinds"] and said[level] > said[own[0]]) else level
    if level in _lex()["town_kinds"]:
        # 我街 is said by a street office named either way (X街, X街道办事处).
        kinds = {level, _lex()["township"]["short_kind"].get(level, level)}
        towns = Counter(_town_start(m["name"]) for m in _re("town_name").finditer(text) if m["kind"] in kinds)
        if not towns:
            # A town that names itself only inside sentences (2022年，X区Y镇共受理…).
            towns = Counter({name: n for (name, kind), n in _year_subjects(layout, level).items() if kind in kinds})
        if not towns:
            # …or only bare, once or more, and no other town (《X镇办理…申请的实施细则》).
            # 以镇党委书记为组长: 镇 before a post is the town speaking of itself, and the clause
            # before it no name, unless the gazetteer knows the name so printed.
            post = _re("town_post")
            bare = {m["name"] for m in _re("town_bare").finditer(text) if m["kind"] in kinds
                    and (not post.match(text, m.end()) or townships.name_in(m["name"]) == m["name"])}
            towns = Counter(bare) if len(bare) == 1 else towns
        if not towns:
            # …or only after a verb (通过X镇人民政府网站发布, 经X镇人民政府研究): where its name, as the
            # township gazetteer knows it, begins is not told by the words before it.
            towns = Counter(name for m in _re("town_government").finditer(text) if m["kind"] in kinds
                            for name in [_gazetteer_town(text, m)] if name)
        town = towns.most_common(1)[0][0] if towns else _publisher_of_kind(publishers, level) \
            or _disclosure_place(text, level)
        return _fullest(town, layout, publishers)
    if level in _lex()["department_kinds"]:
        # A central body never says 我省 or 我县: such a report is no 国家X局's.
        local = any(place.values()) or any(said_level in _lex()["government_of"] for said_level in said)
        # Its name as printed before its disclosure work or rules (《X厅网信息公开保障细则》) wins over
        # one composed from a site named under its division's short name (X厅网 → X省…厅).
        return _own_site_named(text, level) or _department_named(text, level, place, local) \
            or _publisher_of_kind(publishers, level) or _disclosure_place(text, level) \
            or _department_of_site(text, level)
    if level not in _lex()["government_of"]:
        # A body of another kind (我中心) whose year-counting sentences name one of that kind
        # (2022年，X服务中心共向…报送…): that body, as printed.
        bodies = {m["agency"] for m in _re("year_counter").finditer(text) if m["agency"].endswith(level)}
        if len(bodies) == 1:
            return bodies.pop()
        # …or one of that kind its sentences open a clause on as their subject (…，X所认真落实…):
        # that body, in the fullest form the report prints for it (its heading's Y区X所).
        bodies = {m["agency"] for m in _re("kind_subject").finditer(text)
                  if m["agency"].endswith(level) and _is_body(m["agency"]) and _re("org_end").search(m["agency"])}
        return _fullest(bodies.pop(), layout, publishers) if len(bodies) == 1 else None
    names = [place[k] for k in ("county", "city", "province") if place.get(k)]
    name = next((n for n in names if n.endswith(level)), None)
    return _government(name) if name else None


def _town_start(name: str) -> str:
    """A town government's name read from a clause's start, from where the township gazetteer
    knows the town's name begins when the words before it are two or more (二是将X镇人民政府 →
    X镇人民政府: the sentence's words); as read when the gazetteer knows no such name."""
    town = townships.name_in(name)
    at = name.find(town) if town else -1
    return name[at:] if at >= _lex()["town_head_min"] else name


def _declared_self(text: str) -> Optional[str]:
    """The body a report declares to be itself right before a bracket (X区政务公开工作办公室（下称
    我办）): the one that speaks, whatever it says of its division. Its name runs back from the
    bracket to the clause's start, from its first division name on; a space inside it parts the
    names of a district and the zone that share the body (X区 Y开发区…办公室), one name."""
    for m in _re("declared_self").finditer(text):
        clause = regex.split(r"[^\p{Han}（）()· 　]", text[max(0, m.start() - 40): m.start()])[-1]
        head = regex.sub(r"[ 　]+", "", clause)
        starts = [head.find(n) for n in names_in(head)]
        name = head[min(starts):] if starts else head
        if _is_body(name) and _re("org_end").search(name) and not _re("relative_body").search(name):
            return name
    return None


def _own_site_named(text: str, level: str) -> Optional[str]:
    """The body a report speaking as a department (我局) names as its own site (我局门户网站“X局网站”):
    that name as printed, where it is one body's of that kind and only one is so named."""
    ends = tuple(_lex()["department_kinds"][level])
    found = {m["agency"] for m in _re("own_site_named").finditer(text)
             if m["level"] == level and m["agency"].endswith(ends) and _is_body(m["agency"])}
    return found.pop() if len(found) == 1 else None


def _department_of_site(text: str, level: str) -> Optional[str]:
    """A department speaking as one (我局) that names itself only by its work (档案局制作的信息)
    and publishes on its division's site named after that work (岳阳档案网站), or after its own
    name under its division's short name (X林业和草原局门户网站): that division's department,
    where one such is named."""
    found = {place + rest + ("" if rest.endswith(end) else end) for place, rest in sites_named(text)
             if len(rest) >= 2 and not _re("site_rest").fullmatch(rest)
             for end in _lex()["department_kinds"][level] if rest.endswith(end) or rest + end in text}
    return found.pop() if len(found) == 1 else None


def _publisher_of_kind(publishers: list, level: str) -> Optional[str]:
    """The one body the page's filing block names as publisher (发文机关：X市Y镇) that is of the
    kind a report naming itself nowhere speaks as (全镇, 我局), else None: a county's site may
    name its own government as the publisher of a town's or a bureau's report."""
    ends = _lex()["department_kinds"].get(level, [level])
    own = {p for p in publishers if _re("org_end").search(p)
           and any(lexicon.compiled(regex.escape(end) + "(?:" + _lex()["kind_words"] + ")?$").search(p) for end in ends)}
    return own.pop() if len(own) == 1 else None


def _disclosure_place(text: str, level: Optional[str] = None) -> Optional[str]:
    """The one place (a township the gazetteer knows, or a division) the text names right before
    disclosure work (健全完善X镇信息公开工作机制, X镇政府信息公开工作以…为指导, 严格执行《X县政府信息公开
    审查制度》), as printed: how a report naming itself nowhere else tells whose it is; of the kind
    `level` where it speaks as one (我镇), and for a department (我委) the body of that kind named
    so from its division or the division's short name on (X州语委信息公开工作制度, 《X厅网信息公开
    保障细则》: its own site's disclosure is its own); in a report saying nothing of its kind, a park
    so named from its division or its host's short name on (《X生命健康科技园信息公开指南》). The
    government above the place whose rules it cites (《X市政府信息公开规定》 beside Y区's own work)
    is not counted. None when none or more than one is so named."""
    ends = _lex()["department_kinds"].get(level, ())
    found, cited = set(), set()
    for m in _re("disclosure_place").finditer(text):
        kind, end = m["kind"], m.end("kind")
        if level and kind != level and kind not in ends:
            continue
        before = text[max(0, end - _lex()["town_reach"] - 4): end]
        if kind in _lex()["town_kinds"]:
            town = townships.name_in(before)
            start = end - len(town or "")
            if town and town.endswith(kind) and text[max(0, start - 1): start] != _lex()["possessive"]:
                found.add(town)
        elif kind in ends or (not level and _re("zone").fullmatch(kind)):
            # A department's or a park's name runs back from its kind to the division opening it, or
            # to a division's short name (X生命健康科技园, a regional 广西X厅).
            run = _HAN_TAIL.search(text, max(0, end - _lex()["department_reach"]), end)
            run = run[0] if run else ""
            names = names_in(run)
            start = run.find(names[0]) if names else -1
            if start < 0:
                start = next((k for k in range(len(run) - 2) if stem_opening(run[k:], 4)), -1)
            if start >= 0:
                found.add(run[start:])
        elif not level or kind == level:
            # Read with the character after it: a name right after a verb (结合X新区政府信息公开…) is
            # no tail of a longer unknown name, as a name ending the words read would be taken for.
            words = text[max(0, end - _lex()["town_reach"] - 4): end + 1]
            names = names_in(words)
            if names and words[:-1].endswith(names[-1]):
                found.add(names[-1])
                if text[end - len(names[-1]) - 1: end - len(names[-1])] == "《":
                    cited.add(names[-1])
    # 《X市政府信息公开规定》 beside X市Y区's own disclosure work: the rules of the government above
    # it that the body follows, not the body.
    found -= {c for c in cited if any(o != c and lies_in(o, c) for o in found)}
    return found.pop() if len(found) == 1 else None


def _gazetteer_town(text: str, m) -> str:
    """The township the gazetteer knows whose name ends where `m`'s kind word does, with the
    government's word printed after it (新桥镇人民政府; bare before its leading group), or ''.
    A town described by the words before it (邻近的长安镇人民政府) is another town: a report
    does not so describe itself."""
    end = m.end("kind")
    town = townships.name_in(text[max(0, end - _lex()["town_reach"]): end])
    if not town or not town.endswith(m["kind"]):
        return ""
    start = end - len(town)
    return "" if text[max(0, start - 1): start] == _lex()["possessive"] else town + (m["government"] or "")


def _department_named(text: str, level: str, place: dict, local: bool = True) -> Optional[str]:
    """The department a report speaking as one (我局, 我委, 本部门) names most, where one is
    named most: in full (我委在来宾市卫生健康委员会网站…), or after its level alone (成立县水利局
    信息工作领导小组), then completed with the one division of that level the report is
    placed in or names (its address too: a bureau is housed in its own county), else as
    printed. Named as
    often as another (its parent bureau's rules cited beside its own), the one of the lowest
    division the report is placed in. A central body (国家X局) counts only in a report placed
    in no division nor speaking of one as its own (not `local`)."""
    ends = _lex()["department_kinds"][level]
    found = Counter()
    other_end = -1   # where the last body sent to or worked with ends: a name listed after it is another
    for m in _re("department_name").finditer(text):
        if _re("addressee_before").search(text, max(0, m.start() - 6), m.start()) \
                or (other_end >= 0 and _re("listed_after").match(text[other_end: m.start()])):
            other_end = m.end()
            continue   # 报送县安监局安全信息15条, 会同市林业局、市农业农村局: not the body speaking
        if m["end"] not in ends or _re("leading_after").match(text, m.end()):
            continue   # 在市公安局的正确领导下: the body leading the one speaking
        if local and _re("declared_full_start").match(m["prefix"]):
            continue   # 国家X局转发我省信息: a central body a local report cites
        before = [n for n in names_in(text[max(0, m.start() - 12): m.start() + 1]) if n.endswith(m["prefix"])]
        if before and text[: m.start() + 1].endswith(before[-1]):
            found[before[-1] + m[0][1:]] += 1
            continue
        levels = [place[k] for k in ("county", "city", "province") if place.get(k)]
        division = next((n for n in levels if n.endswith(m["prefix"])), None)
        named = {n for n in names_in(text) if n.endswith(m["prefix"])}
        division = division or (named.pop() if len(named) == 1 else None) \
            or _division_by_work(m["stem"], m["prefix"], text)
        # No division found: the name stays as printed (区卫健局), which still tells its kind.
        found[division + m[0][1:] if division else m[0]] += 1
    top = found.most_common(2)
    if len(top) == 2 and top[0][1] == top[1][1]:
        # A bureau citing its parent's rules as often as its own (《X市气象局保密制度》, 制定《X市Y区
        # 气象局政务公开办法》): the one of the lowest division the report is placed in.
        tied = [name for name, n in found.items() if n == top[0][1]]
        for key in ("county", "city", "province"):
            own = [name for name in tied if place.get(key) and name.startswith(place[key])]
            if own:
                return own[0] if len(own) == 1 else None
        return None
    return top[0][0] if top else None


def year_at_least(text: str) -> Optional[int]:
    """The earliest year a report printing none of its own can be of: the year of the latest party
    congress or plenum it cites (学习贯彻党的十九届六中全会精神: 2021), since a report studies only
    sessions already held. None when it cites none."""
    sessions = _lex()["party_sessions"]
    return max((sessions[m[0]] for m in _party_session().finditer(text)), default=None)


@lru_cache(maxsize=None)
def _party_session():
    return regex.compile("|".join(sorted(map(regex.escape, _lex()["party_sessions"]), key=len, reverse=True)))


def _year_from_text(layout: Layout) -> Optional[int]:
    """The statistics period's year; failing that, the year the text names most
    often outside full dates (a page header's 2021年1月8日 is when it was posted), plans
    (2022年，我局将…), the years its work built on (在2011年工作的基础上) and the reports it names
    (2018年度信息公开工作报告); failing that, the year before the first full date: a
    report is published after the year it reports on. Section headings count as text: an old
    report may print its year nowhere else (一、2016年度政府信息公开工作基本情况)."""
    text = _year_text(layout)
    period = _period_year(text)
    if period:
        return period
    dates = list(_re("date").finditer(text))
    # A month without its day tells when work was done (我办2012年2月启动…), not when a page was posted.
    day = _re("date_day")
    dated = {m.start(1) for m in dates if day.match(text, m.end())}
    ahead, built_on, report = _re("year_ahead"), _re("year_built_on"), _re("year_of_report")
    # …nor a report named in it (公开了2018年度信息公开工作报告: last year's, published in this one).
    years = Counter(_year(m[1]) for m in _re("any_year").finditer(text)
                    if m.start(1) not in dated and not ahead.match(text, m.end()) and not built_on.match(text, m.end(1))
                    and not report.match(text, m.end(1)))
    if years:
        return years.most_common(1)[0][0]
    return int(dates[0][1]) - 1 if dates else None


def _year_text(layout: Layout) -> str:
    headings = [s.heading for s in layout.sections.values()]
    return "\n".join([p.text for p in layout.paragraphs[:40]] + headings)


def _period_year(text: str) -> Optional[int]:
    """The year of the statistics period the report gives, if any."""
    for pattern in _lex()["period_year"]:
        m = lexicon.compiled(pattern).search(text)
        if m:
            return int(m[1])
    return None


def _year_reported(named: int, layout: Layout) -> int:
    """The year a report names itself for, unless its statistics period and the sentences
    opening its account of the year (2021年度，我镇…) both give the same other year and none
    of them the named one: a report named as last year's (its template kept) covers the year
    its figures and its account do."""
    text = _year_text(layout)
    period = _period_year(text)
    if period is None or period == named:
        return named
    told = {_year(m[1]) for m in _re("account_year").finditer(text)}
    return period if period in told and named not in told else named


def speaks_as_report(layout: Layout) -> bool:
    """Whether the page reads as a report on its own terms even when its headings and
    counts are not recognised: it speaks of its own statistics period (本报告所列数据的
    统计期限…), or prose runs on under its own title. A notice about reports, a page
    explaining one (…的解读) or an index of report titles does neither."""
    if layout.title and _re("notice").search(layout.title):
        return False
    if any(_re("own_period").search(p.text) for p in layout.paragraphs[:15]):
        return True
    if not layout.title:
        return False
    title_like = lexicon.compiled(lexicon.load_json("sections.json")["title"])
    # A one-line text runs the title into the report's prose: what follows the title is prose.
    texts = [p.text[len(layout.title):] if p.text.startswith(layout.title) else p.text for p in layout.paragraphs]
    prose = sum(len(t) for t in texts if not title_like.search(t))
    return prose >= _lex()["report_prose"]


def publication_date(text: str) -> Optional[str]:
    m = _re("publication_date").search(text)
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


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
