"""Agency classes that audit16 (47 unread stored pages, session 16) found read wrong, each
written anew on sentences and names of our own: a report naming its body before two lead-in
clauses (X根据…，结合…编制); a report compiled from its body's disclosure work of a named
year, the body's name holding 和 (住房和城乡建设厅); a contact office that is one section of
the bureau the report speaks as (请与X局综合科联系, 我局)."""
import govextract


def agency_of(text: str):
    return govextract.parse_text(text).to_dict()["meta"]["agency"]


TAIL = "\n一、概述\n本年，我{kind}认真贯彻条例。\n二、主动公开政府信息情况\n全年主动公开政府信息40条。\n"


# --- X根据…，结合…编制: two lead-in clauses between the body and 编制 -------------------------

def test_a_body_before_a_basis_clause_and_a_second_clause_compiled_the_report():
    text = "本年度报告是东川省侨务办公室根据《条例》的规定和要求，结合工作实际编制并向社会公布。" + TAIL.format(kind="办")
    assert agency_of(text) == "东川省侨务办公室"


def test_report_opening_without_a_body_names_no_report_as_agency():
    # guard: 本年度报告 followed by the two clauses but no body names nothing, least of all 报告…
    text = "本年度报告根据《条例》的规定和要求，结合工作实际编制并向社会公布。" + TAIL.format(kind="办")
    assert not (agency_of(text) or "").startswith("报告")


# --- compiled from the body's own disclosure work of a named year -----------------------------

def test_a_body_whose_name_holds_he_compiled_from_its_years_work_keeps_its_whole_name():
    text = ("本年报根据《条例》要求，依据2016年度东川省住房和城乡建设厅政府信息公开情况编制。"
            "本年报中所列数据的统计期限自2016年1月1日起至2016年12月31日止。" + TAIL.format(kind="厅"))
    assert agency_of(text) == "东川省住房和城乡建设厅"


def test_a_body_after_the_regulation_and_he_is_still_read_after_he():
    # guard: 根据《…》和X信息公开情况编制 keeps X, the body after the conjunction
    text = ("本年报根据《东川省政府信息公开规定》和柳塘街道办事处信息公开相关情况编制。"
            "本年报中所列数据的统计期限自2016年1月1日起至2016年12月31日止。" + TAIL.format(kind="街道"))
    assert agency_of(text) == "柳塘街道办事处"


# --- a contact office that is a section of the bureau speaking -------------------------------

def test_a_section_of_the_bureau_as_contact_names_the_bureau():
    text = ("本报告依据《条例》编制。报告数据统计期限为2025年1月1日至2025年12月31日。"
            "如对报告内容有疑问，请与东川港湾新区水务局综合科联系（电话：0000-1234567）。"
            + TAIL.format(kind="局"))
    assert agency_of(text) == "东川港湾新区水务局"


def test_a_bureaus_section_given_by_a_town_is_not_the_towns_name():
    # guard: a town giving a county bureau's section as its contact is not that bureau
    text = ("本报告依据《条例》编制。报告数据统计期限为2025年1月1日至2025年12月31日。"
            "如对报告内容有疑问，请与东川县水务局综合科联系（电话：0000-1234567）。"
            + TAIL.format(kind="镇"))
    assert agency_of(text) != "东川县水务局"


# --- a report opening with its body as the subject of 根据 ----------------------------------

def test_a_cooperative_opening_the_report_as_subject_of_its_basis_is_the_body():
    text = ("东川市供销社根据新修订《条例》等有关文件要求，结合自身工作实际，完善制度和平台建设。"
            "我社2019年信息公开年度报告如下：" + TAIL.format(kind="社"))
    assert agency_of(text) == "东川市供销社"


def test_a_cooperative_named_after_a_verb_is_not_the_subject():
    # guard: a body that only works alongside (会同X根据…) is not the one whose report it is
    text = ("我社会同东川市供销社根据新修订《条例》等有关文件要求，完善制度和平台建设。"
            "我社2019年信息公开年度报告如下：" + TAIL.format(kind="社"))
    assert agency_of(text) != "东川市供销社"
