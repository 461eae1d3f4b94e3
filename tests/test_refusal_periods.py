"""Pages that look like reports (一、总体情况 / 二、存在问题, a problems list) but review only
part of a year, or are a model summary and plan for a kind of body, are refused; annual
reports worded near them are still read.

Every page here is made up. An annual report opens its first part with its year (2023年，…);
a quarterly self-summary or a county office's inspection of its units opens it with the
quarter (一季度，… / 2024年第二季度，…), and its title, when it has one, names the quarter."""
import pytest

from refused import parse_page, refusal

PROBLEMS = ("二、存在的主要问题\n（一）栏目更新不及时。个别单位的专栏长期未更新。\n"
            "（二）解读形式单一。多数解读只有文字。\n三、下一步工作\n加强督查，按月通报。\n")


@pytest.mark.parametrize("opening", [
    "一季度，区政务公开办对全区42个单位的政府信息公开专栏进行了抽查。",
    "2024年第二季度，全县各单位共在政府网站发布信息680条，较上季度有所减少。",
    "上半年，我委紧扣年度工作要点，扎实推进政务公开各项工作。",
    "2023年前三季度，全区各乡镇、部门认真落实政务公开工作要求。",
])
def test_a_review_of_part_of_a_year_is_refused(opening):
    cause = refusal(f"一、总体情况\n{opening}\n" + PROBLEMS)
    assert "part of a year" in cause and "年内" in cause


def test_a_quarterly_self_summary_under_its_file_name_is_refused():
    text = ("2022年街道办政务公开第三季度工作自查总结.docx\n资源大小：3KB\n"
            "一、总体情况\n本季度，各科室共发布信息96条。\n" + PROBLEMS)
    assert "part of a year" in refusal(text)


@pytest.mark.parametrize("opening", [
    "2023年，我局认真贯彻落实政务公开工作要点，一季度即完成目录梳理。",
    "2021年度，区政务公开办围绕上半年确定的重点任务，扎实推进各项工作。",
])
def test_an_annual_report_naming_a_quarter_inside_its_opening_is_read(opening):
    record = parse_page(f"一、总体情况\n{opening}\n" + PROBLEMS)
    assert len(record["problems"]) == 2


def test_a_model_summary_and_plan_for_a_kind_of_body_is_refused():
    text = ("乡镇政务公开工作总结及下一步工作打算\n"
            "今年以来，我镇认真贯彻上级部署，扎实做好政务公开工作，取得了一定成效。\n"
            "一、工作完成情况\n（一）健全机构。成立了政务公开工作领导小组。\n" + PROBLEMS)
    assert "model" in refusal(text)


def test_one_towns_summary_and_plan_is_still_read():
    text = ("青禾镇2022年政务公开工作总结及2023年工作打算\n"
            "2022年，我镇认真贯彻上级部署，扎实做好政务公开工作，取得了一定成效。\n"
            "一、工作完成情况\n（一）健全机构。成立了政务公开工作领导小组。\n" + PROBLEMS)
    assert parse_page(text)["meta"]["agency"] == "青禾镇"


# --- a year-end work summary written before the year closed ------------------------------------

def _summary(title: str, dated: str, counted: str) -> str:
    return (f"当前位置：首页 > 信息公开 > 工作推进\n{dated}\n{title}\n"
            "今年以来，我镇按照县里的部署推进基层政务公开标准化工作，现将有关情况总结如下：\n"
            f"一、工作开展情况\n{counted}我镇在政府网站公开各类信息236条，收到政府信息公开申请2件，均按时答复。\n"
            "二、存在问题\n个别栏目更新不及时，解读形式比较单一。\n三、下一步打算\n加强培训，按月自查栏目。\n")


@pytest.mark.parametrize("title, dated, counted", [
    ("【工作总结】柳溪镇2023年度政务公开工作总结", "发布时间：2023-12-21", "截至2023年12月15日，"),
    ("柳溪镇2023年政务公开工作总结", "发布日期：2023-12-08", "今年，"),
    ("柳溪镇2023年政务公开总结", "浏览次数：", "截至11月底，"),
])
def test_a_year_end_summary_written_before_the_year_closed_is_refused(title, dated, counted):
    cause = refusal(_summary(title, dated, counted))
    assert "before the year closed" in cause and "年底前" in cause


@pytest.mark.parametrize("title, dated, counted", [
    # written after its year, counting the whole of it: how older bodies titled their annual report
    ("柳溪镇2012年政府信息公开工作总结", "发布日期：2013-01-18", "截至2012年12月31日，"),
    ("柳溪镇2012年政府信息公开工作总结", "发布日期：2013-01-18", "2012年，"),
    # a date of another year is no sign of when the summary was written
    ("柳溪镇2012年政府信息公开工作总结", "发布日期：2013-02-05", "截至2011年11月底，"),
])
def test_a_summary_written_after_its_year_is_still_read(title, dated, counted):
    record = parse_page(_summary(title, dated, counted))
    assert record["meta"]["year"] == 2012 and record["meta"]["agency"] == "柳溪镇"
