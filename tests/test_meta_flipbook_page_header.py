"""Meta classes met by session 15's audit of pages already read (audit15), written anew for these
tests: a flipbook page's header (Page 9 - …) before the report's title."""
import pytest

import govextract

BODY = """一、总体情况
{y}年，本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息52条，未收到政府信息公开申请。
二、主动公开政府信息情况
通过政府网站发布信息52条。
"""


@pytest.mark.parametrize("header", ["Page 9 - ", "Page 12 -", "PAGE 3 — ", "Page 4 – "])
def test_a_flipbook_page_header_is_no_part_of_the_title(header):
    head = f"{header}青禾县人民政府办公室2022年政府信息公开工作年度报告\nP. 9\n"
    meta = govextract.parse_text(head + BODY.format(y=2022)).to_dict()["meta"]
    assert meta["agency"] == "青禾县人民政府办公室"
    assert meta["title"].startswith("青禾县")


def test_a_title_that_opens_with_a_page_word_of_its_own_keeps_it():
    # a body's name is never a page header, whatever Latin letters a mirror puts before it
    head = "青禾县人民政府办公室2022年政府信息公开工作年度报告\n"
    meta = govextract.parse_text(head + BODY.format(y=2022)).to_dict()["meta"]
    assert meta["agency"] == "青禾县人民政府办公室"
