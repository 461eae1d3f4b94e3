"""Tables 二/三/四 in web pages as sites print them: spanned labels and headers, labels
broken by <br>, a column left out, typos, 繁體 and a 2019 table in a later report. The
pages are made up for the tests."""
import opencc

import govextract
from govextract.record import flatten

HEAD = "<html><body><h1>某某县某某局2022年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本局依法公开政府信息。</p><p>二、主动公开政府信息情况</p>"
T2 = """<table>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>行政规范性<br>文件</td><td>3</td><td>1</td><td>12</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">27</td></tr>
</table>"""
T3 = """<p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td colspan="3" rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
<tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td></td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>4.保护第三方合法权益</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
</table>"""
T4 = """<p>四、政府信息公开行政复议、行政诉讼情况</p><table>
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>""" + "<td>结果<br>维持</td><td>结果<br>纠正</td><td>其他<br>结果</td><td>尚未<br>审结</td><td>总计</td>" * 3 + """</tr>
<tr>""" + "".join(f"<td>{n}</td>" for n in [1,0,0,0,1, 0,0,0,1,1, 0,0,0,0,0]) + """</tr></table>
<p>五、存在的主要问题及改进情况</p><p>一是公开不够及时。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>"""


def parse(html):
    record = govextract.parse_bytes(html.encode("utf-8")).to_dict()
    return flatten(record["tables"]), record["warnings"], record["meta"]["template"]


PAGE = HEAD + T2 + T3 + T4


def test_spanned_cells_and_broken_labels_are_read_by_their_labels():
    flat, warnings, template = parse(PAGE)
    assert template == "2021" and not warnings
    assert [flat[f"active.normative_docs.{c}"] for c in ("issued", "repealed", "in_force")] == [3, 1, 12]
    assert flat["active.licensing.decisions"] == 27
    assert [flat[f"requests.new_received.{c}"] for c in ("natural_person", "commercial", "total")] == [5, 1, 6]
    assert flat["requests.denied_state_secret.commercial"] is None      # printed blank
    assert flat["requests.denied_third_party.total"] == 1                # under a spanned （三）不予公开
    assert [flat[f"appeals.suit_direct.{c}"] for c in ("pending", "total")] == [1, 1]


def test_a_page_in_traditional_script_reads_the_same():
    flat, warnings, _ = parse(opencc.OpenCC("s2t").convert(PAGE))
    assert flat == parse(PAGE)[0]
    assert any(w.startswith("W_TRADITIONAL") for w in warnings)


def test_label_typos_sites_make_are_still_read():
    page = (PAGE.replace("尚未<br>审结", "尚末<br>审结")
            .replace("本年新收政府信息公开申请数量", "本年新收政府信息公开申情数量"))
    flat, warnings, _ = parse(page)
    assert flat == parse(PAGE)[0]
    assert not warnings


def test_a_column_left_out_is_blank_and_the_others_follow_their_labels():
    page = (PAGE.replace('<td colspan="5">法人或其他组织</td>', '<td colspan="4">法人或其他组织</td>')
            .replace("<td>法律服务机构</td>", "")
            .replace("<td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td>",
                     "<td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>6</td>"))
    flat, _, _ = parse(page)
    assert flat["requests.new_received.legal_service"] is None
    assert [flat[f"requests.new_received.{c}"] for c in ("natural_person", "other_org", "total")] == [5, 0, 6]


def test_a_2019_table_in_a_later_report_is_read_as_printed():
    t2 = """<table>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>8</td><td>减3</td><td>40</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td>采购总金额</td></tr>
<tr><td>政府集中采购</td><td>2</td><td>15.5</td></tr></table>"""
    flat, _, template = parse(HEAD + t2 + T3 + T4)
    assert template == "2019"
    assert [flat[f"active.licensing.{c}"] for c in ("prev_items", "change", "decisions")] == [8, -3, 40]
    assert [flat["active.procurement.projects"], flat["active.procurement.amount"]] == [2, 15.5]
