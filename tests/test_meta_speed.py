"""Work the meta stage does once per report: a name is read (read_title) one time however many of
its searches meet it: the title, the opening's names, the heading lines (sentences made up)."""
import collections

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
