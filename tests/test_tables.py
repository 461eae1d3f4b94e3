"""The tables stage on its own input: grids of cells, as any reader gives them,
mapped to record keys by their labels. The grids are made up for the test."""
import pytest

from govextract import spec
from govextract.model import Cell, Source, Table
from govextract.stages import tables

T2021 = spec.load("2021")
T2019 = spec.load("2019")


def grid(*rows, table=0):
    """A Table from rows of cell texts; None leaves a cell out (spanned from above)."""
    return Table([[Cell(text, Source(table=table, row=r, col=c)) for c, text in enumerate(row) if text is not None]
                  for r, row in enumerate(rows)], Source(table=table))


REQUEST_HEADER = (
    ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
    ("自然人", "法人或其他组织", "总计"),
    ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
)


def read(*grids, hints=None, template=T2021):
    return tables.map_tables(list(grids), hints or [None] * len(grids), template)


def values(result, prefix):
    return {k: r.value for k, r in result.readings.items() if k.startswith(prefix)}


def test_table_three_columns_come_from_its_grouped_header():
    result = read(grid(*REQUEST_HEADER,
                       ("一、本年新收政府信息公开申请数量", "5", "1", "0", "/", "0", "0", "6"),
                       ("三、本年度办理结果", "（一）予以公开", "4", "", "0", "0", "0", "0", "4")))
    row = values(result, "requests.new_received.")
    assert row["requests.new_received.natural_person"] == 5
    assert row["requests.new_received.commercial"] == 1
    assert row["requests.new_received.nonprofit"] is None          # printed /
    assert row["requests.new_received.total"] == 6
    assert result.readings["requests.granted.commercial"].value is None   # printed blank
    assert result.readings["requests.granted.total"].source.to_dict() == {"table": 0, "row": 4, "col": 8}


def test_columns_printed_in_another_order_are_read_by_their_labels():
    header = (("申请人情况",), ("总计", "自然人", "法人或其他组织"),
              ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"))
    result = read(grid(*header, ("一、本年新收政府信息公开申请数量", "9", "7", "1", "0", "0", "0", "1")))
    assert result.readings["requests.new_received.total"].value == 9
    assert result.readings["requests.new_received.natural_person"].value == 7
    assert result.readings["requests.new_received.other_org"].value == 1


def test_a_row_group_label_decides_which_other_row_is_meant():
    result = read(grid(*REQUEST_HEADER,
                       ("（五）不予处理", "1.信访举报投诉类申请", "1", "0", "0", "0", "0", "0", "1"),
                       ("（六）其他处理", "3.其他", "2", "0", "0", "0", "0", "0", "2")))
    assert result.readings["requests.rejected_petition.total"].value == 1
    assert result.readings["requests.other_misc.natural_person"].value == 2


def test_a_group_printed_as_one_row_is_read_as_that_row():
    result = read(grid(*REQUEST_HEADER, ("（六）其他处理", "3", "0", "0", "0", "0", "0", "3")), template=T2019)
    assert result.readings["requests.other.total"].value == 3


def test_table_four_columns_expand_through_two_header_rows():
    result = read(grid(
        ("行政复议", "行政诉讼"),
        ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"),
        ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计") * 2,
        tuple(str(n) for n in range(15))), hints=["appeals"])
    assert result.readings["appeals.review.upheld"].value == 0
    assert result.readings["appeals.review.total"].value == 4
    assert result.readings["appeals.suit_direct.upheld"].value == 5
    assert result.readings["appeals.suit_after_review.total"].value == 14
    assert not result.warnings


def test_table_two_rows_take_the_columns_of_the_header_above_them():
    result = read(grid(("第二十条第（一）项",), ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                       ("规章", "1", "0", "3"), ("行政规范性文件", "77", "132", "470"),
                       ("第二十条第（五）项",), ("信息内容", "本年处理决定数量"), ("行政许可", "2629")))
    assert values(result, "active.") == {
        "active.rules.issued": 1, "active.rules.repealed": 0, "active.rules.in_force": 3,
        "active.normative_docs.issued": 77, "active.normative_docs.repealed": 132, "active.normative_docs.in_force": 470,
        "active.licensing.decisions": 2629}


def test_a_label_wrapped_onto_the_line_above_its_values_is_joined():
    result = read(grid(*REQUEST_HEADER, ("（四）无法提供", "2.没有现成信息需要"), ("另行制作", "1", "0", "0", "0", "0", "0", "1")))
    assert result.readings["requests.unavailable_needs_creation.total"].value == 1


def test_without_a_header_the_template_order_is_assumed_only_when_the_count_fits():
    result = read(grid(("一、本年新收政府信息公开申请数量", "5", "1", "0", "0", "0", "0", "6"),
                       ("二、上年结转政府信息公开申请数量", "0", "0", "0")))
    assert result.readings["requests.new_received.total"].value == 6
    assert not any(k.startswith("requests.carried_over.") for k in result.readings)
    assert any("template column order assumed" in w for w in result.warnings)
    assert any("carried_over has 3 values for 7 columns" in w for w in result.warnings)


def test_an_unrecognised_row_is_skipped_with_a_warning_naming_it():
    result = read(grid(*REQUEST_HEADER, ("八、申请人撤回申请", "1", "0", "0", "0", "0", "0", "1")))
    assert not result.readings
    assert any("八、申请人撤回申请" in w and "table 0" in w for w in result.warnings)


def test_a_cell_read_twice_keeps_the_first():
    row = ("一、本年新收政府信息公开申请数量", "5", "1", "0", "0", "0", "0", "6")
    result = read(grid(*REQUEST_HEADER, row), grid(*REQUEST_HEADER, row[:1] + ("9",) * 7, table=1))
    assert result.readings["requests.new_received.total"].value == 6
    assert any("read twice" in w for w in result.warnings)


def test_a_step_leaves_the_state_it_was_given_unchanged():
    vocab = tables.vocabulary("2021", T2021.folder)
    header = grid(*REQUEST_HEADER).rows
    state = tables.State()
    for row in header:
        state, _, _ = tables.step(state, row, None, vocab)
    data = grid(("一、本年新收政府信息公开申请数量", "5", "1", "0", "0", "0", "0", "6")).rows[0]
    before = (state.table, dict(state.headers), dict(state.columns), state.group)
    first = tables.step(state, data, None, vocab)
    again = tables.step(state, data, None, vocab)
    assert first[1] == again[1] and first[0] == again[0]
    assert (state.table, dict(state.headers), dict(state.columns), state.group) == before
    assert "requests" in first[0].columns and "requests" not in state.columns


@pytest.mark.parametrize("rows, expected", [
    ([[("leaf", "a"), ("group", "g"), ("leaf", "z")], [("leaf", "b"), ("leaf", "c")]], ["a", "b", "c", "z"]),
    ([[("group", "g")]], None),                                   # a group nothing fills
    ([[("group", "g")], [("leaf", "c"), ("leaf", "b")]], ["c", "b"]),   # children in the order printed
    ([[("group", "g")], [("leaf", "b"), ("leaf", "b")]], ["b", "b"]),   # each child once; the rest left as is
])
def test_expand_fills_groups_from_the_row_below(rows, expected):
    kids = {"g": [("leaf", "b"), ("leaf", "c")]}
    assert tables.expand(rows, lambda g: kids.get(g, ()), lambda group, leaf: leaf) == expected


def test_padding_after_a_row_is_not_a_cell():
    result = read(grid(("信息内容", "本年处理决定数量"), ("行政许可", "17", "", "")))
    assert values(result, "active.") == {"active.licensing.decisions": 17}
    assert not result.warnings


def test_a_header_run_into_its_first_row_comes_apart_from_it():
    """One row holding header labels, the row's own label and values (a page printing a
    cell per line): the columns still come from the labels, here printed out of order."""
    result = read(grid(("第二十条第（一）项", "信息内容", "本年废止件数", "本年制发件数", "现行有效件数", "规章", "1", "4", "7"),
                       ("行政规范性文件", "2", "3", "30")))
    assert values(result, "active.rules.") == {"active.rules.repealed": 1, "active.rules.issued": 4,
                                               "active.rules.in_force": 7}
    assert result.readings["active.normative_docs.issued"].value == 3


def test_a_two_level_header_printed_as_one_row_is_cut_back_into_its_levels():
    header = ("申请人情况", "总计", "法人或其他组织", "自然人", "科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他")
    result = read(grid(header + ("一、本年新收政府信息公开申请数量", "9", "1", "6", "0", "1", "1", "0")))
    row = values(result, "requests.new_received.")
    assert row == {"requests.new_received.total": 9, "requests.new_received.research": 1,
                   "requests.new_received.commercial": 6, "requests.new_received.nonprofit": 0,
                   "requests.new_received.legal_service": 1, "requests.new_received.other_org": 1,
                   "requests.new_received.natural_person": 0}
    assert not result.warnings


def test_table_four_header_printed_as_one_row_then_its_values():
    header = (("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉")
              + ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计") * 2)
    result = read(grid(header + tuple(str(n) for n in range(15))), hints=["appeals"])
    assert result.readings["appeals.review.upheld"].value == 0
    assert result.readings["appeals.suit_direct.upheld"].value == 5
    assert result.readings["appeals.suit_after_review.total"].value == 14
    assert not result.warnings


def test_a_row_the_text_cuts_short_keeps_its_first_columns_only_at_the_end():
    rows = (*REQUEST_HEADER, ("一、本年新收政府信息公开申请数量", "5", "1"), ("二、上年结转政府信息公开申请数量", "2", "0"))
    whole = read(grid(*rows))
    assert not any(k.startswith("requests.") for k in whole.readings)   # a short row is not guessed at
    cut = tables.map_tables([grid(*rows)], [None], T2021, cut_short=True)
    assert not any(k.startswith("requests.new_received.") for k in cut.readings)   # only the last row
    assert values(cut, "requests.carried_over.") == {"requests.carried_over.natural_person": 2,
                                                      "requests.carried_over.commercial": 0}
    assert any(w.startswith("W_ROW_CUT") and "carried_over" in w for w in cut.warnings)
