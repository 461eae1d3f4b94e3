"""A writing site's page on how to write a paper, with a body's text as its example, is refused
(eval27 showed one accepted): its title asks or tells how to write. Reports whose headings or
sentences speak of writing are still read. Every page here is made up."""
import pytest

from refused import parse_page, refusal

LONG = "全年围绕群众关切持续完善信息发布审核机制，加强政策解读和回应，工作规范化水平进一步提高，群众满意度有所提升。"
BODY = ("一、基本情况\n（一）组织领导情况\n我镇成立了政务公开领导小组，明确专人负责。" + LONG + "\n"
        "二、主动公开情况\n全年通过县政府网站公开信息85条，其中工作动态60条。\n"
        "三、存在问题\n栏目更新不够及时。\n四、整改措施\n落实专人每周巡查。\n")


@pytest.mark.parametrize("title", [
    "政务公开工作自查报告怎么写?(三)",
    "政府信息公开工作年度报告怎么写",
    "如何撰写政务公开工作总结",
    "乡镇政务公开工作汇报怎样写（附例文）",
    "信息公开自查报告的写法",
    "年度工作总结写作要点及范例",
])
def test_advice_on_how_to_write_a_report_is_refused(title):
    cause = refusal(f"{title}\n{BODY}")
    assert "advice on how to write" in cause and title.replace(" ", "") in cause.replace(" ", "")


def test_a_report_whose_text_speaks_of_writing_it_is_still_read():
    text = ("白沙镇2023年政府信息公开工作年度报告\n本报告由白沙镇人民政府党政办公室编写，说明如何写好群众关心的信息。\n"
            "一、总体情况\n2023年，我镇主动公开政府信息85条。" + LONG + "\n"
            "二、主动公开政府信息情况\n全年通过县政府网站发布信息85条。\n")
    record = parse_page(text)
    assert record["meta"]["year"] == 2023 and record["facts"]


@pytest.mark.parametrize("title", [
    "政务公开自查报告（通用5篇）",
    "政府信息公开工作总结3篇",
    "镇政务公开工作总结优秀范文",
    "政务公开工作总结精选",
    "政务公开年度工作总结【精选】",
    "政务公开工作自查报告(五)",
])
def test_a_writing_sites_model_titled_its_own_way_is_refused(title):
    cause = refusal(f"{title}\n{BODY}")
    assert title.replace(" ", "") in cause.replace(" ", "")


@pytest.mark.parametrize("title", ["白沙镇2022年政府信息公开工作年度报告（二）",
                                   "青禾县政府信息公开工作年度报告(2023年)"])
def test_a_report_titled_with_a_part_or_its_year_after_it_is_still_read(title):
    record = parse_page(f"{title}\n{BODY}")
    assert record["facts"] and record["meta"]["agency"] in ("白沙镇", "青禾县")
