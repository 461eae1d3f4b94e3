"""表四 printed turned (行政复议 / 直接起诉 / 复议后起诉 as row labels under a header of
results, or the results as rows) and table labels typed in traditional characters on a
simplified page. The pages are made up for the tests; the layouts are ones sites print."""
import govextract
from govextract.record import flatten

TOP = ("青禾县青禾局2022年政府信息公开工作年度报告\n一、总体情况\n本局依法公开政府信息，全年主动公开政府信息120条。\n"
       "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n")
END = "五、存在的主要问题及改进情况\n一是公开不够及时。\n六、其他需要报告的事项\n无。\n"
HTML_TOP = "<html><body>" + "".join(f"<p>{line}</p>" for line in TOP.splitlines())
HTML_END = "".join(f"<p>{line}</p>" for line in END.splitlines()) + "</body></html>"
# Three rows (复议, 直接起诉, 复议后起诉) of five results, no two rows alike.
ROWS = {"review": [1, 2, 0, 0, 3], "suit_direct": [0, 1, 0, 1, 2], "suit_after_review": [0, 0, 1, 0, 1]}
RESULTS = ["upheld", "corrected", "other", "pending", "total"]
EXPECTED = {f"appeals.{row}.{col}": n for row, values in ROWS.items() for col, n in zip(RESULTS, values)}


def _appeals(data: bytes, name: str) -> dict:
    record = govextract.parse_bytes(data, path=name).to_dict()
    return {k: v for k, v in flatten(record["tables"]).items() if k.startswith("appeals.") and v is not None}


def _row(label, values):
    return "<tr>" + label + "".join(f"<td>{n}</td>" for n in values) + "</tr>"


def test_a_turned_table_four_with_the_lawsuit_label_spanning_two_rows():
    head = "<tr><td colspan=2>类别</td>" + "".join(f"<td>{t}</td>" for t in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]) + "</tr>"
    body = (_row("<td colspan=2>行政复议</td>", ROWS["review"])
            + _row("<td rowspan=2>行政诉讼</td><td>未经复议直接起诉</td>", ROWS["suit_direct"])
            + _row("<td>复议后起诉</td>", ROWS["suit_after_review"]))
    page = HTML_TOP + "<table>" + head + body + "</table>" + HTML_END
    assert _appeals(page.encode(), "a.html") == EXPECTED


def test_a_turned_table_four_with_the_results_as_rows():
    head = "<tr><td></td><td>行政复议</td><td>行政诉讼（未经复议直接起诉）</td><td>行政诉讼（复议后起诉）</td></tr>"
    body = "".join(_row(f"<td>{label}</td>", [ROWS[r][i] for r in ROWS])
                   for i, label in enumerate(["维持", "纠正", "其他", "尚未审结", "合计"]))
    page = HTML_TOP + "<table>" + head + body + "</table>" + HTML_END
    assert _appeals(page.encode(), "b.html") == EXPECTED


def test_a_turned_table_four_in_crawler_text_one_cell_per_line():
    cells = ["类别", "维持", "纠正", "其他结果", "尚未审结", "总计"]
    for label, row in zip(["行政复议", "直接起诉", "复议后起诉"], ROWS.values()):
        cells += [label, *map(str, row)]
    text = TOP + "\n".join(cells) + "\n" + END
    assert _appeals(text.encode(), "c.txt") == EXPECTED


def test_labels_in_traditional_characters_on_a_simplified_page_are_read():
    lines = ["| 結果維持 | 結果糾正 | 其他結果 | 尚未審結 | 總計 |"]
    for label, row in zip(["行政複議", "行政訴訟（未經複議直接起訴）", "行政訴訟（複議後起訴）"], ROWS.values()):
        lines.append(f"{label} | " + " | ".join(map(str, row)) + " |")
    # A long simplified report around the table: the page is simplified as a whole.
    prose = "本局坚持以公开为常态、不公开为例外，围绕群众关切完善发布、解读、回应机制，工作规范化水平不断提高。" * 30
    text = TOP.replace("全年主动公开政府信息120条。", "全年主动公开政府信息120条。" + prose)
    record = govextract.parse_bytes((text + "\n".join(lines) + "\n" + END).encode(), path="d.txt").to_dict()
    flat = {k: v for k, v in flatten(record["tables"]).items() if k.startswith("appeals.") and v is not None}
    assert flat == EXPECTED
    # The page is simplified: its prose is not converted, and no traditional-script warning is given.
    assert not any(w.startswith("W_TRADITIONAL") for w in record["warnings"])
    assert record["sources"]["appeals.review.total"]["value"] == 3


def test_a_table_four_as_the_template_prints_it_is_unchanged():
    head = ("<tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>"
            "<tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr><tr>"
            + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 3 + "</tr>")
    values = [n for row in ROWS.values() for n in row]
    page = HTML_TOP + "<table>" + head + "<tr>" + "".join(f"<td>{n}</td>" for n in values) + "</tr></table>" + HTML_END
    assert _appeals(page.encode(), "e.html") == EXPECTED


def test_request_labels_cut_short_by_the_page_are_still_read():
    head = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
            "自然人 | 法人或其他组织 | 总计 |", "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"]
    cut = {"denied_third_party": "4.保护第三方合法权", "denied_process": "6.属于四类过程性信",
           "denied_enforcement": "7.属于行政执法案", "denied_query": "8.属于行政查询事",
           "rejected_publication": "3.要求提供公开出版", "rejected_excessive": "4.无正当理由大量反复申",
           "rejected_confirmation": "5.要求行政机关确认或重新出"}
    rows = [f"{label} | {n} | 0 | 0 | 0 | 0 | 0 | {n} |" for n, label in enumerate(cut.values(), start=1)]
    text = TOP.replace("四、政府信息公开行政复议", "\n".join(head + rows) + "\n四、政府信息公开行政复议")
    record = govextract.parse_bytes((text + END).encode(), path="f.txt").to_dict()
    flat = flatten(record["tables"])
    assert {key: flat[f"requests.{key}.total"] for key in cut} == {key: n for n, key in enumerate(cut, start=1)}
