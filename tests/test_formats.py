"""HTML, DOCX and PDF inputs the tests make themselves, and bad files of each kind."""
import io

import pytest

import govextract
from govextract.errors import ParseError

TABLE3_HTML = """
<table border="1"><tbody>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业<br>企业</td><td>科研<br/>机构</td><td><p>社会公益</p><p>组织</p></td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td>&nbsp;</td><td>/</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td colspan="3">（七）总计</td><td>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</tbody></table>"""

TABLE4_HTML = """
<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果<br>纠正</td><td rowspan="2">其他<br>结果</td><td rowspan="2">尚未<br>审结</td><td rowspan="2">总计</td>
<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>10</td><td>5</td><td>0</td><td>0</td><td>0</td><td>5</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>"""


def html_page(charset="utf-8"):
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>某某区人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> 当前位置：首页 &gt; 年报</div>
<div class="header">某某区人民政府门户网站 分享到：微信 微博</div>
<div class="article">
<h1>某某区人民政府2022年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>2022年，通过区政府门户网站主动公开政府信息3200条，通过“某某发布”微信公众号发布信息800余条。</p>
<p>二、主动公开政府信息情况</p>
<table><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>4</td><td>1</td><td>30</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan="3">120</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p>{TABLE3_HTML}
<p>四、政府信息公开行政复议、行政诉讼情况</p>{TABLE4_HTML}
<p>五、存在的主要问题及改进情况</p><p>一是公开质量有待提高；二是解读形式单一。</p>
<p>下一步，我区将：一是加强培训；二是丰富形式。</p>
<p>六、其他需要报告的事项</p><p>无。</p></div>
<div class="footer">版权所有：某某区人民政府 网站标识码 1234 联系我们</div></body></html>"""


def test_html_spans_breaks_blanks_and_chrome(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(html_page(), encoding="utf-8")
    record = govextract.parse(path).to_dict()
    t = record["tables"]
    assert record["meta"]["agency"] == "某某区人民政府" and record["meta"]["year"] == 2022
    assert t["requests"]["new_received"]["natural_person"] == 5
    assert t["requests"]["new_received"]["commercial"] is None
    assert t["requests"]["new_received"]["research"] is None
    assert t["requests"]["partly_granted"]["total"] == 2
    assert t["appeals"]["review"]["total"] == 10 and t["appeals"]["suit_direct"]["upheld"] == 5
    assert t["appeals"]["suit_after_review"]["total"] is None
    assert t["active"]["licensing"]["decisions"] == 120
    facts = {(f["kind"], f["value"], f["channel"]) for f in record["facts"]}
    assert ("published", 3200, "website") in facts and ("published", 800, "wechat") in facts
    assert record["improvements"] == ["加强培训；", "丰富形式。"]
    assert not any("首页" in p or "版权" in p for p in record["problems"] + record["improvements"])
    src = record["sources"]["requests.granted.total"]
    assert {"table", "row", "col"} <= set(src)


def test_gbk_page_by_declared_charset(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(html_page("gb2312").encode("gbk"))
    record = govextract.parse(path).to_dict()
    assert record["meta"]["encoding"] == "gb18030"
    assert record["tables"]["requests"]["granted"]["natural_person"] == 3


def test_format_is_read_from_content_not_extension(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(html_page(), encoding="utf-8")
    assert govextract.parse(path).to_dict()["meta"]["format"] == "html"


def test_docx_merged_cells(tmp_path):
    import docx
    d = docx.Document()
    d.add_paragraph("某某局2021年政府信息公开工作年度报告")
    d.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    table = d.add_table(rows=4, cols=15)
    table.cell(0, 0).merge(table.cell(0, 4)).text = "行政复议"
    table.cell(0, 5).merge(table.cell(0, 14)).text = "行政诉讼"
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    for i, label in enumerate(results):
        table.cell(1, i).merge(table.cell(2, i)).text = label
        table.cell(2, 5 + i).text = label
        table.cell(2, 10 + i).text = label
    table.cell(1, 5).merge(table.cell(1, 9)).text = "未经复议直接起诉"
    table.cell(1, 10).merge(table.cell(1, 14)).text = "复议后起诉"
    for i in range(15):
        table.cell(3, i).text = str(i)
    path = tmp_path / "r.docx"
    d.save(path)
    record = govextract.parse(path).to_dict()
    appeals = record["tables"]["appeals"]
    assert appeals["review"]["upheld"] == 0 and appeals["review"]["total"] == 4
    assert appeals["suit_direct"]["upheld"] == 5 and appeals["suit_after_review"]["total"] == 14


def test_docx_bomb_is_refused(tmp_path):
    import zipfile
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\x00" * (50 * 1024 * 1024))
    with pytest.raises(ParseError, match="zip bomb"):
        govextract.parse(path)


def _pdf(path, draw, encrypt=None):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), encrypt=encrypt)
    draw(c)
    c.save()
    return path


def test_image_only_pdf(tmp_path):
    path = _pdf(tmp_path / "scan.pdf", lambda c: (c.rect(50, 50, 300, 300, fill=1), c.showPage()))
    with pytest.raises(ParseError, match="image-only"):
        govextract.parse(path)


def test_encrypted_pdf(tmp_path):
    path = _pdf(tmp_path / "locked.pdf", lambda c: (c.drawString(50, 700, "report"), c.showPage()),
                encrypt="secret")
    with pytest.raises(ParseError, match="encrypted"):
        govextract.parse(path)


def test_truncated_pdf(tmp_path):
    from conftest import CORPUS
    data = (CORPUS / "淮安市人民政府_2024.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(ParseError):
        govextract.parse(path)


def test_pdf_with_a_table_split_over_two_pages(tmp_path):
    """A ruled 表三 broken across a page, the group label cut in two (（四）无 / 法提供)."""
    rows1 = [["", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
             ["一、本年新收政府信息公开申请数量", "", "7", "1", "0", "0", "0", "0", "8"],
             ["（四）无", "1.本机关不掌握相关政府信息", "2", "0", "0", "0", "0", "0", "2"]]
    rows2 = [["法提供", "2.没有现成信息需要另行制作", "1", "", "0", "0", "0", "0", "1"],
             ["（七）总计", "", "7", "1", "0", "0", "0", "0", "8"]]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def grid(c, rows, top):
        widths = [120, 140] + [45] * 7
        for r, row in enumerate(rows):
            y = top - 20 * r
            x = 10
            for w, text in zip(widths, row):
                c.rect(x, y - 20, w, 20)
                c.setFont("STSong-Light", 6)
                c.drawString(x + 2, y - 14, text)
                x += w

    def draw(c):
        c.setFont("STSong-Light", 12)
        c.drawString(40, 800, "某某县2021年政府信息公开工作年度报告")
        c.drawString(40, 770, "三、收到和处理政府信息公开申请情况")
        grid(c, rows1, 740)
        c.showPage()
        grid(c, rows2, 800)
        c.setFont("STSong-Light", 12)
        c.drawString(40, 700, "五、存在的主要问题及改进情况")
        c.showPage()

    path = _pdf(tmp_path / "split.pdf", draw)
    record = govextract.parse(path).to_dict()
    req = record["tables"]["requests"]
    assert req["new_received"]["total"] == 8
    assert req["unavailable_not_held"]["natural_person"] == 2
    assert req["unavailable_needs_creation"]["natural_person"] == 1
    assert req["unavailable_needs_creation"]["commercial"] is None
    assert record["sources"]["requests.unavailable_needs_creation.total"]["page"] == 2


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    with pytest.raises(ParseError, match="corrupt") as err:
        govextract.parse(path)
    assert err.value.path.endswith("junk.pdf") and err.value.stage == "read"


def test_pdf_with_no_pages(tmp_path):
    import pypdfium2
    buffer = io.BytesIO()
    pypdfium2.PdfDocument.new().save(buffer)
    path = tmp_path / "empty-tree.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ParseError, match="no pages"):
        govextract.parse(path)


def test_docx_report_inside_a_layout_table_and_content_controls(tmp_path):
    """The whole report set in a one-cell frame table, 表四 nested inside it, and a
    paragraph wrapped in a content control: all read, in order."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = docx.Document()
    frame = d.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "某某局2021年政府信息公开工作年度报告"
    for line in ["一、总体情况", "全年通过门户网站主动公开政府信息321条。",
                 "四、政府信息公开行政复议、行政诉讼情况"]:
        frame.add_paragraph(line)
    table = frame.add_table(rows=3, cols=15)
    table.cell(0, 0).merge(table.cell(0, 4)).text = "行政复议"
    table.cell(0, 5).merge(table.cell(0, 9)).text = "未经复议直接起诉"
    table.cell(0, 10).merge(table.cell(0, 14)).text = "复议后起诉"
    for i, label in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3):
        table.cell(1, i).text = label
        table.cell(2, i).text = str(i)
    frame.add_paragraph("五、存在的主要问题及改进情况")
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>一是公开不够及时。二是解读形式单一。</w:t></w:r></w:p>'
        f'</w:sdtContent></w:sdt>'))
    path = tmp_path / "framed.docx"
    d.save(path)
    record = govextract.parse(path).to_dict()
    assert record["meta"]["agency"] == "某某局"
    assert record["tables"]["appeals"]["review"]["upheld"] == 0
    assert record["tables"]["appeals"]["suit_after_review"]["total"] == 14
    assert ("published", 321, "website") in {(f["kind"], f["value"], f["channel"]) for f in record["facts"]}
    assert record["problems"] == ["公开不够及时。", "解读形式单一。"]


def test_html_title_beside_links_to_other_years_and_in_the_page_title(tmp_path):
    page = html_page()
    sidebar = ('<div class="sidebar"><h3>相关阅读</h3><ul><li><a href="/a">某某区人民政府2021年政府信息公开工作年度报告</a>'
               '</li></ul></div>')
    record = govextract.parse_bytes(page.replace('<div class="article">', sidebar + '<div class="article">').encode(),
                                    path="a.html").to_dict()
    assert record["meta"]["title"] == "某某区人民政府2022年政府信息公开工作年度报告"
    assert record["meta"]["year"] == 2022
    assert "page_title" not in record["meta"]     # the reader's own note, not a field of the record
    only_in_head = page.replace("<h1>某某区人民政府2022年政府信息公开工作年度报告</h1>", "").replace(
        "<title>某某区人民政府</title>", "<title>某某区人民政府2022年政府信息公开工作年度报告_某某区人民政府门户网站</title>")
    meta = govextract.parse_bytes(only_in_head.encode(), path="b.html").to_dict()["meta"]
    assert (meta["title"], meta["agency"], meta["year"]) == ("某某区人民政府2022年政府信息公开工作年度报告", "某某区人民政府", 2022)


def test_an_index_page_of_reports_is_not_a_report():
    links = "".join(f'<li><a href="/{y}">某某区人民政府{y}年政府信息公开工作年度报告</a><span>{y + 1}-01-20</span></li>'
                    for y in range(2015, 2024))
    page = f"<html><head><title>年度报告</title></head><body><ul>{links}</ul></body></html>"
    with pytest.raises(ParseError, match="index page") as err:
        govextract.parse_bytes(page.encode(), path="list.html")
    assert err.value.stage == "structure" and err.value.path == "list.html"
