"""Tables whose cells a crawler ran together, on made-up reports (runtogether.py)
and on the dev corpus's crawler text."""
import json

import govextract
from govextract.record import flatten

import runtogether as rt
from conftest import CORPUS

T3 = rt.table_three(
    {"granted": (12, 3, 0, 1, 0, 0), "partly_granted": (5, 10, 0, 0, 0, 0), "denied_third_party": (0, 1, 0, 0, 0, 0),
     "unavailable_not_held": (21, 0, 2, 0, 0, 0), "rejected_repeated": (3, 0, 0, 0, 0, 0)},
    carried_over=(2, 0, 0, 0, 0, 0), carried_forward=(1, 0, 0, 0, 0, 0))
T4 = rt.table_four([(2, 1, 0, 1), (3, 0, 1, 0), (0, 0, 0, 0)])


def _parse(text):
    record = govextract.parse_text(text).to_dict()
    return record, flatten(record["tables"])


def _wrong(flat, expected):
    return [k for k, v in expected.items() if flat[k] is not None and flat[k] != v]


def test_runs_with_a_single_reading_fill_tables_three_and_four():
    record, flat = _parse(rt.report(T3, T4))
    expected = rt.expected_cells(T3, T4)
    assert {k: flat[k] for k in expected} == expected
    source = record["sources"]["requests.granted.natural_person"]
    assert source["raw"] == "123010016" and source["line"] == 3
    assert "run-together digits" in source["note"] and "予以公开" in source["note"]
    assert all(c["ok"] for c in record["checks"] if c["rule"].startswith(("表三", "表四")))
    assert any("template column order assumed" in w for w in record["warnings"])


def test_rows_that_two_readings_fit_stay_null_with_a_warning():
    # 110000011 is 1, 10, 0, 0, 0, 0, 11 or 11, 0, 0, 0, 0, 0, 11; two such rows can swap
    # their readings without any identity noticing.
    t3 = rt.table_three({"granted": (1, 10, 0, 0, 0, 0), "partly_granted": (11, 0, 0, 0, 0, 0),
                         "rejected_repeated": (4, 0, 0, 0, 0, 0)})
    record, flat = _parse(rt.report(t3, T4))
    expected = rt.expected_cells(t3, T4)
    assert _wrong(flat, expected) == []
    for row in ("granted", "partly_granted"):
        assert flat[f"requests.{row}.natural_person"] is None and flat[f"requests.{row}.commercial"] is None
        assert flat[f"requests.{row}.research"] == 0 and flat[f"requests.{row}.total"] == 11   # all readings agree
    assert any("予以公开" in w and "2 readings" in w for w in record["warnings"])
    assert flat["requests.rejected_repeated.natural_person"] == 4 and flat["requests.total_handled.total"] == 26


def test_a_total_that_does_not_add_up_forces_no_reading():
    # 予以公开 110000011 is settled only by the columns' sums; a （七） misprinted by 10 between
    # its first two columns would make the other reading (11, 0, …) add up.
    t3 = rt.table_three({"granted": (1, 10, 0, 0, 0, 0), "partly_granted": (5, 0, 0, 0, 0, 0)})
    printed = list(t3["total_handled"])
    printed[0] += 10
    printed[1] -= 10
    record, flat = _parse(rt.report(t3, T4, runs={"total_handled": rt.run(printed)}))
    expected = rt.expected_cells(t3, T4)
    expected.update({f"requests.total_handled.{c}": v for c, v in zip(rt.COLUMNS, printed)})
    assert _wrong(flat, expected) == []
    assert flat["requests.granted.natural_person"] is None and flat["requests.granted.commercial"] is None
    assert any("holds under no reading" in w and "一+二 = （七）+四" in w for w in record["warnings"])
    assert not all(c["ok"] for c in record["checks"])   # reported, not repaired


def test_a_row_whose_own_total_is_wrong_stays_null():
    printed = list(T3["new_received"])
    printed[-1] += 1
    record, flat = _parse(rt.report(T3, T4, runs={"new_received": rt.run(printed)}))
    assert all(flat[f"requests.new_received.{c}"] is None for c in rt.COLUMNS)
    assert any("本年新收" in w and "no reading" in w for w in record["warnings"])
    expected = rt.expected_cells(T3, T4)
    assert _wrong(flat, expected) == []
    assert flat["requests.granted.total"] == 16


def test_spaces_inside_runs_may_or_may_not_separate_cells():
    runs = {"granted": "12 30100 16",             # a space between two cells, not between others
            "unavailable_not_held": "2 1 0 2 0 0 0 2 3",   # a space inside 21 and inside 23
            "new_received": "40 1 4 2 1 0 0 5 7"}
    record, flat = _parse(rt.report(T3, T4, runs=runs))
    expected = rt.expected_cells(T3, T4)
    assert {k: flat[k] for k in expected} == expected
    assert record["sources"]["requests.unavailable_not_held.total"]["raw"] == "2 1 0 2 0 0 0 2 3"


def test_one_row_per_line_with_a_space_before_the_run():
    """A crawler that breaks lines at rows: each line a label, a space, the run (a table row
    of one value to the text reader, which no column count fits)."""
    text = rt.report(T3, T4)
    for _, label in rt.ROWS:
        text = text.replace(label, "\n" + label, 1)
    for key, label in rt.ROWS:
        text = text.replace(label + rt.run(T3[key]), label + " " + rt.run(T3[key]), 1)
    record, flat = _parse(text)
    expected = rt.expected_cells(T3, T4)
    assert {k: flat[k] for k in expected if k.startswith("requests.")} == \
        {k: v for k, v in expected.items() if k.startswith("requests.")}
    source = record["sources"]["requests.total_handled.natural_person"]
    assert source["raw"] == rt.run(T3["total_handled"]) and "table" in source and "col" not in source


def test_row_numbers_glued_to_the_digits_before_them():
    # 23 then "2.没有现成信息": 2102000232. ; 1 then "5.属于三类": 01000015.
    text = rt.report(T3, T4)
    assert "2102000232.没有现成信息" in text and "01000015.属于三类" in text
    _, flat = _parse(text)
    assert flat["requests.unavailable_not_held.total"] == 23
    assert flat["requests.unavailable_needs_creation.total"] == 0
    assert flat["requests.denied_third_party.commercial"] == 1


def test_a_row_number_out_of_sequence_leaves_the_row_before_it_null():
    # After 2. the next row must be 3.; a report that prints 4. cannot tell where the digits end.
    text = rt.report(T3, T4).replace("3.补正后申请内容仍不明确", "4.补正后申请内容仍不明确")
    record, flat = _parse(text)
    assert all(flat[f"requests.unavailable_needs_creation.{c}"] is None for c in rt.COLUMNS)
    assert any("row number" in w and "unavailable_needs_creation" in w for w in record["warnings"])
    assert _wrong(flat, rt.expected_cells(T3, T4)) == []
    assert flat["requests.unavailable_unclear.total"] == 0


def test_table_two_rows_fill_only_when_they_split_one_way():
    active = ("二、主动公开政府信息情况全年共办理行政处罚案件18件，"
              "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件2007"
              "第二十条第（五）项信息内容本年处理决定数量行政许可1050"
              "第二十条第（六）项信息内容本年处理决定数量行政强制1050"
              "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费12.5")
    record, flat = _parse(rt.report(T3, T4, active=active.replace("二、主动公开政府信息情况", "")))
    assert [flat[f"active.rules.{c}"] for c in ("issued", "repealed", "in_force")] == [0, 0, 0]
    assert [flat[f"active.normative_docs.{c}"] for c in ("issued", "repealed", "in_force")] == [20, 0, 7]
    assert flat["active.licensing.decisions"] == 1050 and flat["active.coercion.decisions"] == 1050
    assert flat["active.fees.amount"] == 12.5
    assert flat["active.penalty.decisions"] is None    # 18件 is a sentence's count, not a row


def test_table_two_row_with_several_splits_stays_null():
    active = "信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件3015行政许可9"
    record, flat = _parse(rt.report(T3, T4, active=active))
    assert flat["active.normative_docs.issued"] is None
    assert any("normative_docs" in w and "splits 2 ways" in w for w in record["warnings"])
    assert flat["active.licensing.decisions"] == 9


def test_a_run_too_long_to_split_is_left_blank():
    record, flat = _parse(rt.report(T3, T4, runs={"granted": "1234567" * 6}))
    assert flat["requests.granted.total"] is None
    assert any("予以公开" in w for w in record["warnings"])
    assert _wrong(flat, rt.expected_cells(T3, T4)) == []


def test_dev_crawler_text_agrees_with_the_html_gold():
    record = govextract.parse(CORPUS / "平潭综合实验区_2023.crawler.txt").to_dict()
    flat = flatten(record["tables"])
    gold = json.loads((CORPUS / "平潭综合实验区_2023.html.gold.json").read_text(encoding="utf-8"))["tables"]
    assert [k for k, v in flat.items() if v is not None and v != gold[k]] == []
    three_four = [k for k in gold if k.startswith(("requests.", "appeals."))]
    assert sum(flat[k] is not None for k in three_four) >= 0.9 * len(three_four)
    assert flat["active.normative_docs.issued"] is None      # 77132470 splits many ways
    assert any("77132470" in w for w in record["warnings"])


def test_other_handling_printed_as_one_row():
    """A 2021 report printing （六）其他处理 as one row, as the 2019 template did."""
    t3 = rt.table_three({"granted": (7, 0, 0, 0, 1, 0), "other_no_correction": (0, 1, 0, 0, 0, 0),
                         "other_misc": (2, 0, 0, 0, 0, 0)})
    text = rt.report(t3, T4)
    start, end = text.index("（六）其他处理"), text.index("（七）总计")
    text = text[:start] + "（六）其他处理" + rt.run([2, 1, 0, 0, 0, 0, 3]) + text[end:]
    record, flat = _parse(text)
    assert [flat[f"requests.other.{c}"] for c in rt.COLUMNS] == [2, 1, 0, 0, 0, 0, 3]
    assert flat["requests.other_misc.total"] is None
    expected = {k: v for k, v in rt.expected_cells(t3, T4).items() if not k.startswith("requests.other_")}
    assert {k: flat[k] for k in expected} == expected


def test_counts_in_sentences_are_not_rows():
    text = rt.report(T3, T4)
    start, end = text.index("四、政府信息公开行政复议"), text.index("五、存在的主要问题")
    text = text[:start] + "四、政府信息公开行政复议、行政诉讼情况本年度行政复议案件总计3起，结果维持2起，尚未审结1起。" + text[end:]
    record, flat = _parse(text)
    assert all(flat[f"appeals.{g}.{r}"] is None for g in rt.GROUPS for r in rt.RESULTS)
    assert not any("表四" in w and "连写" in w for w in record["warnings"])
