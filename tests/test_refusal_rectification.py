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


# eval28's class: a writing site's model self-inspection report, its title in brackets run into the
# first sentence, telling that the unit inspected itself and then reporting (现将有关情况报告如下).
INSPECTED = ("一、自查基本情况\n本次自查围绕公开内容、公开渠道和公开时效逐项对照检查。\n"
             "二、存在的主要问题\n1.部分栏目更新不及时。\n2.意见反馈机制不健全。\n"
             "三、整改措施\n1.明确专人负责栏目更新。\n2.健全意见反馈机制。\n")


@pytest.mark.parametrize("title", ["2016政务公开自查整改报告", "2019年政务公开自查报告",
                                   "政府网站自查报告", "2021年度政府信息公开工作自查自纠情况报告"])
def test_a_self_inspection_titled_in_brackets_run_into_its_first_sentence_is_refused(title):
    text = (f"【{title}】为进一步做好政务公开工作，根据上级要求，我单位对本年度政务公开工作开展了全面检查。"
            f"现将有关情况汇报如下：\n{INSPECTED}")
    cause = refusal(text)
    assert "rectification or self-inspection report" in cause and title in cause


@pytest.mark.parametrize("opening", [
    "我单位于2016年对本年度政务公开工作进行了全面自查，并针对发现的问题进行了认真整改。现将有关情况报告如下：",
    "按照县政务公开办的部署，我镇对照考核细则开展了自查自纠，逐项查找不足；现将相关情况汇报如下：",
    "针对考核中指出的问题，我局高度重视，立即组织整改，现将整改落实情况报告如下：",
    "根据上级检查反馈意见，我单位对政务公开工作中的不足进行了全面梳理，并制定了整改方案。现将具体情况汇报如下：",
    "对照督查通报指出的问题，我县逐项落实整改任务；现将有关情况报告如下：",
])
def test_an_untitled_self_inspection_or_rectification_is_refused_by_its_opening(opening):
    cause = refusal(f"{opening}\n{INSPECTED}")
    assert "self-inspection report" in cause


def test_a_bracketed_report_title_run_into_the_text_is_read():
    text = ("【2019年政府信息公开工作年度报告】根据《中华人民共和国政府信息公开条例》规定，现将我局2019年政府信息公开工作情况报告如下。\n"
            "一、总体情况\n2019年，我局主动公开政府信息86条，收到政府信息公开申请2件。\n"
            "二、存在的主要问题及改进情况\n公开内容不够丰富。\n")
    record = parse_page(text)
    assert any(f["kind"] == "published" and f["value"] == 86 for f in record["facts"])


@pytest.mark.parametrize("opening", [
    # the self-inspection is one piece of work; what is reported is the year's disclosure work
    "2021年，我镇对照政务公开考核细则开展了全面自查，现将2021年政府信息公开工作情况报告如下：",
    "2021年，我镇认真贯彻《中华人民共和国政府信息公开条例》。现将有关情况报告如下：",
    "2021年，我镇对上年考核发现的问题及时整改，现将2021年政府信息公开工作情况报告如下：",
])
def test_a_report_whose_opening_or_body_tells_of_a_self_inspection_is_read(opening):
    text = (f"{opening}\n一、总体情况\n全年主动公开政府信息56条，未收到政府信息公开申请。"
            "对照考核细则进行了自查，自查发现的问题已整改到位。\n二、存在的主要问题及改进情况\n公开形式较为单一。\n")
    record = parse_page(text)
    assert any(f["kind"] == "published" and f["value"] == 56 for f in record["facts"])
