"""A street office speaking as 我街 whose report has no title nor report-naming sentence is the street
office its sentences or contact office name, whether it calls itself X街 or X街道 (…办事处): 我街 is
said by both. Bodies made up; the county is real."""
import pytest

import govextract

from report_body import body


def agency_of(contact: str, subject: str = "柳溪街道", year: int = 2022) -> str:
    text = (f"根据条例要求，现公布{year}年政府信息公开工作年度报告。所列数据统计时限为{year}年1月1日至{year}年12月31日。"
            + contact + "\n一、总体情况\n（一）主动公开情况。按照条例规定，" + subject
            + f"通过县政府网站、公开栏等形式公开各类信息。\n（二）依申请公开情况。{year}年我街未接到公开申请。\n"
            + body(year)[7:])
    return govextract.parse_text(text).to_dict()["meta"]["agency"]


@pytest.mark.parametrize("contact,agency", [
    ("如需咨询，请与柳溪街道办事处联系（电话：0736-1234567）。", "柳溪街道办事处"),
    # its county printed before it: the fullest form
    ("如需咨询，请与石门县柳溪街道办事处联系（电话：0736-1234567）。", "石门县柳溪街道办事处"),
])
def test_a_street_saying_我街_is_the_street_office_it_names(contact, agency):
    assert agency_of(contact) == agency


def test_a_street_named_x街_saying_我街_is_still_found():
    # guard: the short kind (X街) keeps working as before
    assert agency_of("如需咨询，请与柳溪街办事处联系。", subject="柳溪街") == "柳溪街办事处"
