"""Traditional-script pages a site converted by phrase, Taiwan-style (入口網站 for 门户网站,
資訊 for 信息, 檔案 for 文件), are read back in mainland words; an archives keeps its 档案.

Every report here is made up. The Taiwan-phrased copies are made the way such sites make
them, by OpenCC's s2twp, from the simplified report, which must read the same."""
import opencc
import pytest

from govextract import script
from govextract.readers import read_bytes
from refused import parse_page

LONG = "全年围绕群众关切持续完善信息发布审核机制，加强政策解读和回应，工作规范化水平进一步提高，群众满意度有所提升。"


def _report(body: str) -> str:
    return (f"{body}2019年政府信息公开工作年度报告\n"
            f"本报告根据《中华人民共和国政府信息公开条例》要求编制。{LONG}\n"
            f"一、总体情况\n2019年，本局通过门户网站主动公开政府信息230条，其中规范性文件6条，"
            f"通过微信公众号发布信息85条；在县档案馆设立查阅点，预算执行情况按时公开。{LONG}\n"
            f"二、依申请公开情况\n全年共收到政府信息公开申请4件，均已按时答复。{LONG}\n"
            f"三、存在的主要问题及改进情况\n一是门户网站栏目更新不够及时。二是软件平台功能不够完善。{LONG}\n")


def _read(text: str) -> tuple:
    record = parse_page(text)
    return (record["meta"]["agency"], record["meta"]["year"],
            sorted((f["kind"], f["value"], f["channel"] or "", f["category"] or "") for f in record["facts"]),
            record["problems"])


@pytest.mark.parametrize("body", ["青禾县文化旅游局", "青禾县档案局"])
def test_a_taiwan_phrased_copy_reads_as_its_simplified_report(body):
    simplified = _report(body)
    taiwan = opencc.OpenCC("s2twp").convert(simplified)
    assert "入口網站" in taiwan and "資訊" in taiwan and "規範性檔案" in taiwan
    assert _read(taiwan) == _read(simplified)
    agency, _, found, problems = _read(taiwan)
    assert agency == body
    assert ("published", 6, "website", "规范性文件") in found
    assert problems[0].startswith("门户网站")


def test_an_archives_on_a_taiwan_phrased_page_keeps_its_name():
    """tw2sp would read 檔案館 as 文件馆 and 執行 as 运行: those words mainland reports print too."""
    doc = read_bytes(opencc.OpenCC("s2twp").convert(_report("青禾县档案局")).encode("utf-8"), "page.txt")
    assert script.simplify(doc)
    text = "".join(p.text for p in doc.paragraphs)
    assert text.startswith("青禾县档案局")
    assert "县档案馆设立查阅点" in text and "预算执行" in text and "规范性文件" in text


def test_a_traditional_page_printing_no_taiwan_phrase_keeps_its_words():
    """A page converted character by character (s2t) prints mainland words in traditional
    characters; 文件 and 程序 there are a document and a procedure, read as printed."""
    simplified = _report("青禾县文化旅游局").replace("门户网站", "政府网站").replace(
        "软件平台", "依申请公开程序")
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert _read(traditional) == _read(simplified)
    assert _read(traditional)[3][1].startswith("依申请公开程序")
