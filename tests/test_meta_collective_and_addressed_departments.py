"""Meta classes that audit17b (unread stored township, small-department, pre-2019 and
traditional-script pages, session 17) found read wrong, written anew on sentences of our own."""
import govextract

REPORT = ("发布时间:2016-03-02 信息来源:\n根据《中华人民共和国政府信息公开条例》规定,向社会公布2015年度{name}"
          "信息公开年度报告。本报告由概述、信息主动公开情况、存在的主要问题及工作打算等部分组成。本报告中所列数据的"
          "统计期限自2015年1月1日起至2015年12月31日止。\n一、信息公开情况\n我局信息公开工作坚持公开为原则。\n"
          "(一)通过县政府门户网站公开信息。全年县政府门户网站挂网信息26条。")


def agency(name: str):
    return govextract.parse_text(REPORT.format(name=name)).to_dict()["meta"]["agency"]


def test_a_collective_name_of_departments_is_no_agency():
    # 政府职能部门 (the government's functional departments) is the kind of body, not a name
    assert agency("政府职能部门") is None


def test_a_county_collective_of_departments_is_no_agency():
    assert agency("县直部门") is None


def test_a_bureau_named_in_the_same_place_is_still_the_agency():
    # guard: a body's own name in the same sentence is kept
    assert agency("东河县水务局") == "东河县水务局"


SPEAKING = ("发布时间:2016-03-02\n根据《条例》规定,现公布本局2015年度信息公开年度报告。本报告中所列数据的统计期限自"
            "2015年1月1日起至2015年12月31日止。\n一、信息公开情况\n我局信息公开工作坚持公开为原则。{sentence}"
            "全年在门户网站挂网信息26条。")


def speaking_agency(sentence: str):
    return govextract.parse_text(SPEAKING.format(sentence=sentence)).to_dict()["meta"]["agency"]


def test_a_department_the_report_sends_to_is_not_the_one_speaking():
    # 我局 … 报送县质监局: the bureau items are sent to is another body
    assert speaking_agency("全年报送县质监局安全信息12条。") is None


def test_a_department_named_for_its_own_work_still_speaks():
    # guard: the one bureau a 我局 report names for its own group is still the report's
    assert speaking_agency("成立县林业局信息公开领导小组。") == "县林业局"


SPAM = ("{title}2011年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，我局认真开展2011年信息公开工作的总结。"
        "本报告的统计数据时限为2011年1月1日至12月31日。\n一、概述\n2011年，我局认真做好本部门的政府信息公开工作。"
        "\n二、主动公开政府信息的情况\n2011年我局主动公开政府信息40条。")


def spam_agency(title: str):
    return govextract.parse_text(SPAM.format(title=title)).to_dict()["meta"]["agency"]


def test_a_company_printed_where_a_division_stood_is_no_name():
    # a spam mirror put a company's name in place of the city (X公司市统计局)
    agency = spam_agency("北河海鸥贸易有限公司市统计局")
    assert agency is None or "公司" not in agency


def test_a_company_of_its_own_name_is_kept():
    # guard: a body whose own name ends in 公司 (no division after it) keeps its name
    assert spam_agency("南岭市自来水公司") == "南岭市自来水公司"
