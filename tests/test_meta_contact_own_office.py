"""A report with no title nor report-naming sentence whose contact office is its body's own general
office or section (请与X中心办公室联系, X中心综合科, X院办公室) is that body's when the report names the body again (its site, a sentence
naming it after its level alone: 市X中心共发布…): a centre's office stands for the centre as a
bureau's does for the bureau. Bodies made up; the city is real."""
import pytest

import govextract

from report_body import body

HEAD = ("本报告按照条例要求编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
        "{site}如对本报告有任何疑问，请与{office}联系（电话：0736-1234567）。\n一、总体情况\n"
        "2021年，市水运事业发展中心共发布工作动态类信息300条。\n")


@pytest.mark.parametrize("site,office,agency", [
    ("本报告在常德市政府网站和常德市水运事业发展中心网站公布。", "常德市水运事业发展中心办公室", "常德市水运事业发展中心"),
    ("本报告在常德市水运事业发展中心网站公布。", "常德市水运事业发展中心办公厅", "常德市水运事业发展中心"),
    # …a section of the centre rather than its office
    ("本报告在常德市水运事业发展中心网站公布。", "常德市水运事业发展中心综合科", "常德市水运事业发展中心"),
])
def test_a_centres_own_office_as_contact_names_the_centre(site, office, agency):
    text = HEAD.format(site=site, office=office) + body(2021)[7:]
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] == agency


def test_another_bodys_office_named_once_is_no_agency():
    # guard: the centre is named only in the contact: a body may refer readers elsewhere
    text = HEAD.format(site="", office="常德市水运事业发展中心办公室").replace(
        "2021年，市水运事业发展中心共发布", "2021年，共发布") + body(2021)[7:]
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] is None


def test_an_institutes_own_office_as_contact_names_the_institute():
    text = ("本报告按照条例要求编制，所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
            "本报告在常德市农业科学研究院网站公布。如有疑问，请与常德市农业科学研究院办公室联系。\n"
            "一、总体情况\n2021年，市农科院共发布工作动态类信息30条。\n" + body(2021)[7:])
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] == "常德市农业科学研究院"
