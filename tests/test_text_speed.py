"""Work the text reader does once per line: whether a line is a page number is asked one time;
whether a tab line holds text in one cell alone is read from the line (sentences made up)."""
import collections
import random
import types

from govextract import normalize
from govextract.readers import text as text_reader

TEXT = "柳溪乡2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我乡主动公开信息12条。\n— 2 —\n" \
       "二、主动公开政府信息情况\n通过政务公开栏公开信息6条。\n第 3 页\n五、存在的主要问题及改进情况\n一是更新不够及时。\n"


def test_each_line_is_asked_once_whether_it_is_a_page_number(monkeypatch):
    asked = collections.Counter()

    class Counted:
        def match(self, line, *args):
            asked[line] += 1
            return normalize.PAGE_NUMBER.match(line, *args)
    monkeypatch.setattr(text_reader, "normalize", types.SimpleNamespace(
        chars=normalize.chars, spaces=normalize.spaces, PAGE_NUMBER=Counted()))
    text_reader.read_text(TEXT)
    assert asked["— 2 —"] == 1 and asked["2023年，我乡主动公开信息12条。"] == 1
    assert max(asked.values()) == 1


def test_page_numbers_between_paragraphs_are_dropped():
    paragraphs = [p.text for p in text_reader.read_text(TEXT).paragraphs]
    assert "一、总体情况" in paragraphs and "通过政务公开栏公开信息6条。" in paragraphs
    assert not any("— 2 —" in p or "第 3 页" in p for p in paragraphs)


def test_a_tab_line_holding_text_in_one_cell_is_told_from_the_line_as_from_its_cells():
    # _indented_prose reads it from the line stripped; the cells' own count must agree on every line
    rnd = random.Random(22)
    pieces = ["\t", "\t", " ", "\u3000", "青禾镇", "3", "工作动态 信息", "。"]
    for _ in range(5000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 9)))
        if "\t" not in line:
            continue
        kinds = [("cells", line.split("\t"))]
        text_reader._indented_prose([line], kinds)
        one_cell = len([c for c in line.split("\t") if c.strip()]) == 1
        # a lone one-cell line (nothing beside it) is read as text; any other line stays cells
        assert (kinds[0][0] == "text") == one_cell, repr(line)
