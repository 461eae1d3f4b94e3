"""A report compiled by an office from the reports of the bodies under its government (由X办公厅
综合/汇总各…2016年度…报告编制而成) is that government's, of the year of the reports it compiled,
also under a document site's wrapper lines (its terms, Word field codes). Places made up or real."""
import pytest

import govextract

from report_body import body

WRAPPER = ("- 1、本站文档仅供个人学习参考，不得用于商业用途。\n- 2、本站不对文档的完整性做任何保证。\n"
           "- 3、如文档侵犯您的权益，请联系本站处理。\nPAGE \\* MERGEFORMAT1\nPAGE \\* MERGEFORMAT12\n")


@pytest.mark.parametrize("opening,agency,year", [
    ("本年度报告根据条例要求，由自治区人民政府办公厅综合各盟市、区直各部门2016年度政府信息公开工作年度报告编制而成。",
     "自治区人民政府", 2016),
    ("本年度报告根据条例要求，由常德市人民政府办公室汇总各县（市、区）和市直各部门2018年度政府信息公开工作年度报告编制。",
     "常德市人民政府", 2018),
])
def test_an_office_compiling_from_its_bodies_reports_names_its_government_and_year(opening, agency, year):
    text = WRAPPER + opening + "全文包括概述、主动公开政府信息情况等。\n一、概述\n全年各地各部门认真贯彻条例。\n" + body(year)[7:]
    m = govextract.parse_text(text).to_dict()["meta"]
    assert (m["agency"], m["year"]) == (agency, year)
