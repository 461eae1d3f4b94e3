"""Fact classes that audit17a (stored pages of under-read provinces, session 17) found read
wrong, written anew on sentences of our own."""
from fact_lines import read, triples


def test_an_interpretation_count_after_a_gazettes_issues_is_no_item():
    # the issues of a gazette are counted by no fact, so the 、 before the interpretations joins
    # them to no other item: they stay uncounted, and the list goes on
    got = triples("通过县政府门户网站发布政府信息234条，其中政务动态信息120条；发布政府公报4期、文件解读11篇、重大会议17篇。")
    assert ("published", 11, "gazette") not in got and not any(v == 11 for _, v, _ in got)
    assert ("published", 17, "website") in got


def test_interpretations_joined_to_another_item_stay_counted():
    # guard: 政策法规及解读8条 names other items with the interpretations
    got = triples("通过县政府门户网站发布政府信息234条，其中政策法规及解读8条、重大会议17篇。")
    assert ("published", 8, "website") in got


def categories(text: str) -> dict:
    return {f["value"]: f["category"] for f in read(text) if f["kind"] == "published"}


def test_an_item_named_after_finance_or_personnel_disclosure_keeps_its_name():
    # 财政公开信息 is a kind of disclosure (as 政务公开信息 is): its publishing word is part of the
    # item's name, not its verb
    got = categories("通过县政府门户网站主动公开政府信息60条，其中主动公开政策文件信息31条，人事公开信息9条，财政公开信息6条，其他信息14条。")
    assert got[6] == "财政公开信息" and got[9] == "人事公开信息"


def test_a_finance_count_published_by_its_verb_keeps_only_its_kind():
    # guard: 公开财政信息 publishes finance information, 公开 its verb
    got = categories("通过县政府门户网站公开政府信息60条，其中公开财政信息6条。")
    assert got[6] == "财政信息"


def test_information_published_in_a_named_column_is_of_that_columns_kind():
    got = categories("2023年，我区依托区人民政府门户网站公开政府信息900条，在要闻栏目发布信息150条，财政预决算栏目发布信息40条，在“工作动态”专栏发布信息35条。")
    assert (got[150], got[40], got[35]) == ("要闻", "财政预决算", "工作动态")


def test_a_column_opened_names_no_kind_and_a_site_is_no_column():
    # guards: a clause that opens a column names none; a site is a channel, no column
    assert categories("我局在微信公众号开设专栏发布信息35条。")[35] is None
    assert categories("在门户网站发布信息35条。")[35] is None


def test_the_disclosure_column_and_a_bodys_column_name_no_kind():
    # guards: the disclosure column is the website's (a channel word), and a column named after
    # a body says whose it is, not what kind of information
    assert categories("通过门户网站公开信息300条，其中政府信息公开专栏发布信息97条。")[97] is None
    assert categories("全年在政府网站卫健局子栏目公开信息95条。")[95] is None


def test_requests_handled_by_law_after_those_received_are_no_second_count():
    # 依法办理 is one word to the splitter: still a verb of handling, so the requests handled
    # (which take in those carried over) give way to the count received
    got = triples("2023年，全区各级行政机关共收到政府信息公开申请27件，依法办理政府信息公开申请25件，结转下年度继续办理2件。")
    assert [v for k, v, _ in got if k == "requests_received"] == [27]


def test_requests_received_by_law_stay_received():
    # guard: 依法受理 receives
    got = triples("2023年，全区依法受理政府信息公开申请25件，均已按时答复。")
    assert ("requests_received", 25, None) in got


def test_works_counted_before_their_name_are_no_items():
    # 20项民心工程: projects of the year named in an activity, no items of information
    got = triples("通过区政府门户网站发布政务信息384条，开展2024年20项民心工程群众建议征集活动。")
    assert not any(v == 20 for _, v, _ in got)


def test_information_about_works_stays_counted():
    # guard: information on major works published is counted
    assert ("published", 12, "website") in triples("通过门户网站公开重大工程信息12条。")


def test_an_item_naming_its_kind_before_its_verb_keeps_that_name():
    # …；统计信息发布22条: the item's name comes before its verb, nothing after it
    got = categories("2023年通过政府门户网站发布政府信息900条。其中：机关职能、机构设置、负责人姓名发布62条；统计信息发布22条；财政预算、决算信息发布16条。")
    assert (got[62], got[22], got[16]) == ("机关职能、机构设置、负责人姓名", "统计信息", "财政预算、决算信息")


def test_who_published_an_item_is_no_kind():
    # guards: 区政府主动公开1142条 names who published; 主动 alone says how
    got = categories("全区公开信息3217条，其中区政府主动公开1142条，各工作部门主动公开2075条。")
    assert got[1142] is None and got[2075] is None
    assert categories("通过门户网站公开信息60条，其中主动公开20条。")[20] is None
