"""Work the meta stage does once per report: a name is read (read_title) one time however many of
its searches meet it: the title, the opening's names, the heading lines; and the sentences giving a
report's name searched only where a word such a name ends in stands (sentences made up)."""
import collections

import pytest

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
