"""An untitled report whose compiler's sentence goes on to name the report with its year (由X编制的
2020年度…报告) names itself there as a title would: its body is kept as printed, a bare township
(X乡, X街道) with no kind's word added from its contact office or address, also where the page
lost the year's 年 (2020度). A compiler's sentence naming no report, or an office compiling for its
government, is read as before. Bodies and places made up."""
import pytest

import govextract

from report_body import body


def agency_of(opening: str, contact: str, year: int = 2020) -> str:
    text = (opening + f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。" + contact + "\n"
            f"一、总体情况\n{year}年，我乡继续深入贯彻落实条例。\n" + body(year)[7:])
    return govextract.parse_text(text).to_dict()["meta"]["agency"]


@pytest.mark.parametrize("opening,contact,agency", [
    ("本年报是根据条例的要求，由青禾乡编制的2020年度政府信息公开年度报告。",
     "如有疑问请与本单位联系，地址：青禾乡人民政府，电话：1234567。", "青禾乡"),
    # the year's 年 lost
    ("本年报是根据条例的要求，由青禾乡编制的2020度政府信息公开年度报告。",
     "如有疑问请与本单位联系，地址：青禾乡人民政府，电话：1234567。", "青禾乡"),
    # a street, its contact office printing its kind's word
    ("本报告由柳溪街道编制的2020年度政府信息公开工作年度报告，全文包括概述等部分。",
     "如对本报告有疑问，请与柳溪街道办事处联系。", "柳溪街道"),
])
def test_a_compiler_naming_the_report_keeps_its_name_as_printed(opening, contact, agency):
    assert agency_of(opening, contact) == agency


@pytest.mark.parametrize("opening,contact,agency", [
    # guard: a compiler's sentence naming no report: the fullest form the report prints, as before
    ("本报告由青禾乡编制。", "如对本报告有疑问，请与青禾乡人民政府办公室联系。", "青禾乡人民政府"),
    # guard: an office compiling its government's report stands for the government
    ("本年报是根据条例的要求，由石门县人民政府办公室编制的2020年度政府信息公开年度报告。", "", "石门县人民政府"),
])
def test_a_compiler_naming_no_report_or_an_office_is_read_as_before(opening, contact, agency):
    assert agency_of(opening, contact) == agency
