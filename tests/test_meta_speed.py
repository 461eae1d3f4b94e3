"""Work the meta stage does once per report: a name is read (read_title) one time however many of
its searches meet it: the title, the opening's names, the heading lines; and the sentences giving a
report's name searched only where a word such a name ends in stands; the body that compiled a report
found as without the lookahead after its name (sentences made up)."""
import collections
import random

import pytest
import regex

from govextract import lexicon
from govextract.model import Paragraph, Source
from govextract.stages import meta, sections


def layout_of(title, lines):
    paras = [Paragraph(t, Source(line=i + 1)) for i, t in enumerate(lines)]
    return sections.Layout(title=title, preamble=paras, paragraphs=paras)


def test_a_title_printed_as_the_first_line_is_read_once(monkeypatch):
    read = collections.Counter()
    real = meta.read_title

    def counted(title):
        read[title] += 1
        return real(title)

    monkeypatch.setattr(meta, "read_title", counted)
    title = "青禾县统计局2022年政府信息公开工作年度报告"
    layout = layout_of(title, [title, "一、总体情况", "2022年，本局主动公开信息31条。"])
    assert meta.agency_and_year(layout) == ("青禾县统计局", 2022)
    assert read[title] == 1


def test_names_read_once_still_give_a_titles_body_in_full():
    layout = layout_of("青禾县统计局2022年度政府信息公开年报",
                       ["现将东川市青禾县统计局2022年政府信息公开工作年度报告公布如下。", "一、总体情况"])
    assert meta.agency_and_year(layout) == ("东川市青禾县统计局", 2022)


def test_a_reports_name_is_looked_for_through_the_words_it_ends_in(monkeypatch):
    # The sentences giving a report's name or its compiler (meta.json opening, compiled_report,
    # compiled_by) are searched through
    # anchored_search, listed by the words every match ends in (lexicons/anchors.json): a paragraph
    # holding none of them (most of the first twelve) is not searched.
    from govextract import anchored_search, lexicon
    lex = lexicon.load_json("meta.json")
    asked = set()
    finder = anchored_search.finder

    def spy(pattern):
        asked.add(pattern)
        return finder(pattern)
    monkeypatch.setattr(anchored_search, "finder", spy)
    title = "青禾县柳溪局2023年政府信息公开工作年度报告"
    layout = layout_of(title, [title, "一、总体情况", "2023年，本局主动公开信息12条。"])
    assert meta.agency_and_year(layout) == ("青禾县柳溪局", 2023)
    assert asked >= {*lex["opening"], lex["compiled_report"], lex["compiled_by"]}


@pytest.mark.parametrize("lines,agency", [
    # Names ending in each of the words the patterns are listed by, and a name given as its compiler's.
    (["青禾县柳溪局2023年政府信息公开工作总结", "一、总体情况", "2023年，本局主动公开信息12条。"], "青禾县柳溪局"),
    (["按照要求，现将青禾县柳溪局2023年政府信息公开工作情况公布如下。", "一、总体情况"], "青禾县柳溪局"),
    (["2023年政府信息公开工作年度报告", "本报告由青禾县柳溪镇人民政府编制的2023年度政府信息公开年报，数据截至12月31日。",
      "一、总体情况"], "青禾县柳溪镇人民政府"),
    # No word a report's name ends in: no name read, and no body found, as before.
    (["按照要求，现将青禾县柳溪局2023年政府信息公开工作公布如下。", "一、总体情况"], None),
])
def test_the_words_a_reports_name_ends_in_keep_every_name_read(lines, agency):
    assert meta.agency_and_year(layout_of(None, lines)) == (agency, 2023)


def searched(monkeypatch):
    """The lexicon patterns meta calls a method of (search, sub, match…), by pattern text."""
    from govextract import lexicon
    asked = collections.Counter()
    real = lexicon.compiled

    class Spy:
        def __init__(self, rx):
            self.rx = rx

        def __getattr__(self, name):
            asked[self.rx.pattern] += 1
            return getattr(self.rx, name)

    monkeypatch.setattr(lexicon, "compiled", lambda pattern: Spy(real(pattern)))
    return asked


# Names as read_title gets them: a heading joined with the paragraph under it, notices' titles,
# sentences naming a report (made up).
NAMES = ["（二）公开方面青禾县柳溪局按照上级要求，做好答复工作，进一步提高质量和满意度。",
         "青禾县人民政府办公室关于印发《青禾县2023年政府信息公开工作年度报告》的通知",
         "关于公布柳溪镇2022年度政府信息公开工作年度报告的通知", "特编制并向社会公布青禾县柳溪局",
         "关于柳溪局2021年", "柳溪镇人民政府（文字版）", "青禾县柳溪局按照《条例》要求编制了", "按照条例发布",
         "根据要求依据规定编制", "关于", "关于发布", "》的通知", "的公告", "青禾县（以下简称青禾）", "青禾现将",
         "http://www.qinghe-1.com柳溪镇2012年政府信息公开年报", "青禾县柳溪镇", ""]


def test_a_name_loses_the_words_wrapping_it_as_one_forward_search_would_take_them():
    # The start's and end's words in one pattern, searched forwards (as before the end's words were
    # looked for backwards), on the names above and on pieces of them run together.
    import random
    import regex
    lex = meta._lex()
    whole = regex.compile(lex["title_wrapping_start"] + "|" + lex["title_wrapping_end"])
    pieces = ["关于", "印发", "《", "》", "的通知", "公布", "发布", "向社会", "特", "现将", "根据", "按照", "要求",
              "编制", "了", "（文字版）", "（", "以下简称", "）", "青禾", "县", "柳溪局", "，", "“", "”", "x"]
    rnd = random.Random(20)
    names = NAMES + ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 9))) for _ in range(20000)]
    assert [meta._unwrapped(n) for n in names] == [whole.sub("", n) for n in names]
    assert sum(meta._unwrapped(n) != n for n in names) > 1000


def test_a_paragraph_ending_in_no_wrapping_word_is_not_searched_forwards_for_one(monkeypatch):
    lex = meta._lex()
    asked = searched(monkeypatch)
    assert meta.read_title(NAMES[0]) == (None, None)
    meta.read_title("（二）依申请公开方面柳溪局坚持按照要求，做好答复和归档工作，2023年政府信息公开工作全年无差错。")
    assert asked[lex["title_wrapping_end"]] == 0 and asked["(?r)" + lex["title_wrapping_end"]] == 1
    # A name that ends in one still loses it.
    assert meta.read_title("青禾县柳溪局按照要求编制了2023年政府信息公开工作年度报告") == ("青禾县柳溪局", 2023)
    assert asked[lex["title_wrapping_end"]] == 1


def test_a_name_printing_no_dot_is_not_searched_for_a_host_name(monkeypatch):
    lex = meta._lex()
    asked = searched(monkeypatch)
    assert meta.read_title("青禾县柳溪局2023年政府信息公开工作年度报告") == ("青禾县柳溪局", 2023)
    assert asked[lex["web_host"]] == 0
    assert meta.read_title(NAMES[15]) == ("柳溪镇", 2012)
    assert asked[lex["web_host"]] == 1


def test_a_notice_issuing_the_report_is_looked_for_where_its_words_stand(monkeypatch):
    lex = meta._lex()
    asked = searched(monkeypatch)
    from govextract import anchored_search
    # Each finder made anew (not from the cache), so that its pattern is the spy's.
    monkeypatch.setattr(anchored_search, "finder", anchored_search.finder.__wrapped__)
    lines = ["青禾县政府2023年政府信息公开工作年度报告", "本报告依据《国务院办公厅关于印发〈格式〉的通知》编制。", "一、总体情况"]
    assert meta.agency_and_year(layout_of(lines[0], lines)) == ("青禾县政府", 2023)
    assert asked[lex["issuing_notice"]] == 0
    lines = ["青禾县人民政府关于印发《青禾县2023年政府信息公开工作年度报告》的通知", "一、总体情况"]
    assert meta.agency_and_year(layout_of("青禾县政府2023年政府信息公开工作年度报告", lines)) == ("青禾县人民政府", 2023)
    assert asked[lex["issuing_notice"]] >= 1


def test_the_body_that_compiled_a_report_is_found_as_without_the_lookahead_after_its_name():
    # compiled_by looks ahead for the first characters of the words after the body's name (a saving):
    # it must find what the pattern without that lookahead finds
    pattern = lexicon.load_json("meta.json")["compiled_by"]
    lookahead = regex.search(r"\(\?=\[[^]]+\]\)", pattern)
    assert lookahead, "the pattern should look ahead after the body's name"
    plain = regex.compile(pattern.replace(lookahead[0], ""))
    fast = regex.compile(pattern)
    pieces = ["由", "本报告", "本年度报告是", "青禾县统计局", "柳溪镇人民政府", "（以下简称", "区局）", "结合", "根据",
              "在", "基础上", "围绕", "按照", "要求", "规定", "负责", "牵头", "认真", "精心", "组织", "编制", "对",
              "全年工作", "进行", "总结", "工作实际", "《条例》", "，", "。", "；", " ", "1"]
    rnd = random.Random(22)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        assert [m.groupdict() | {"span": m.span()} for m in fast.finditer(text)] == \
            [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)], text
