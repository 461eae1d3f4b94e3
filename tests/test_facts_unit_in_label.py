"""A field whose label prints the unit in brackets before its number (主动公开政府信息数（条）：500,
收到申请数量（件）：17), as statistics pasted into the narrative do: the number is counted in that
unit. It had no unit after it and after a colon was no count at all."""
import pytest

from fact_lines import read


@pytest.mark.parametrize("text, want", [
    ("主动公开政府信息数（条）：500", ("published", 500, "条")),
    ("主动公开政府信息数(条):500", ("published", 500, "条")),
    ("本年度收到申请数量（件）：17", ("requests_received", 17, "件")),
    ("收到政府信息公开申请（件）：17。", ("requests_received", 17, "件")),
    ("全年在政府网站发布信息（篇）：230", ("published", 230, "篇")),
])
def test_unit_printed_in_the_label(text, want):
    assert [(f["kind"], f["value"], f["unit"]) for f in read(text)] == [want]


@pytest.mark.parametrize("text", [
    "联系人（个）：3",            # no kind of fact named
    "收费金额（元）：0",           # not a unit counts are kept in
])
def test_label_unit_gives_no_kind(text):
    assert read(text) == []
