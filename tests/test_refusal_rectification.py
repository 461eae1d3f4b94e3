"""A rectification report on any subject (eval23's class: an audit bureau reporting to a congress
committee how the problems its audit found were put right) is refused like one on disclosure work:
its title ends on the rectification's report, which an annual report's never does."""
import pytest

from refused import parse_page, refusal

BODY = ("主任、副主任、各位委员：\n受市政府委托，现将2022年度审计查出问题的整改情况报告如下：\n"
        "一、整改工作总体情况\n（一）市政府高度重视整改工作。今年以来，我市召开专题会议研究部署整改工作，"
        "建立整改台账，明确责任单位和整改时限，推动问题逐项销号，整改成效明显。\n"
        "（二）责任单位积极落实整改措施。各责任单位细化整改方案，按时报送整改结果，建立长效机制。\n"
        "二、审计查出问题的整改情况\n（一）预算执行方面的问题。已整改到位的问题12个，正在整改的问题3个。\n")


@pytest.mark.parametrize("title", ["青禾市审计局关于2022年度市本级预算执行审计查出问题整改情况的报告",
                                   "白沙县关于巡察反馈意见整改落实情况的通报"])
def test_a_rectification_report_on_another_subject_is_refused_as_such(title):
    cause = refusal(f"首页\n{title}\n发布日期：2023-10-12\n{BODY}")
    assert "rectification or self-inspection report" in cause and title in cause


def test_a_report_under_a_link_to_a_rectification_report_is_still_read():
    # guard: a related link above the page's own title is a menu line, not what the page is
    text = ("相关链接\n青禾市审计局关于审计查出问题整改情况的报告\n青禾市审计局2022年政府信息公开工作年度报告\n"
            "一、总体情况\n2022年，我局主动公开政府信息86条，认真落实审计整改信息公开要求，"
            "全年围绕群众关切完善信息发布机制，加强政策解读。\n二、主动公开政府信息情况\n全年通过政府网站发布信息86条。\n")
    record = parse_page(text)
    assert record["meta"]["agency"] == "青禾市审计局" and record["meta"]["year"] == 2022
