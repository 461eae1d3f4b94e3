"""Classes of fact sentences that session 10's blind set (eval16) read wrong, each written
anew for these tests: running totals and their category lists, news sites and broadcasting,
issues of a periodical, approval items, 依法申请."""
from fact_lines import triples


def test_a_list_opened_without_a_count_after_a_running_total_is_part_of_it():
    text = ("截至2015年底，本局累计主动公开政府信息2400条。\n"
            "在主动公开的信息中，机构职能类信息300条，占12.5%；业务工作类信息2100条，占87.5%。")
    assert triples(text, year=2015) == []
    # after the year's own count the same list is the year's
    text = ("2015年，本局主动公开政府信息2400条。\n"
            "在主动公开的信息中，机构职能类信息300条，占12.5%；业务工作类信息2100条，占87.5%。")
    assert [v for _, v, _ in triples(text, year=2015)] == [2400, 300, 2100]


def test_a_running_total_is_dated_by_its_sentence_or_the_one_before():
    # a year named further back in the paragraph dates what was said there, not a later 累计
    text = "全年本县公开政府信息5000条。一是及时更新网站。二是归集整理以往的规划，累计公开各类规划信息380条。"
    assert triples(text, year=2021) == [("published", 5000, "all")]
    assert [v for _, v, _ in triples("2021年，本县做好公开工作。累计公开各类规划信息380条。", year=2021)] == [380]
    assert [v for _, v, _ in triples("2021年，累计公开规划信息380条。", year=2021)] == [380]
    # "over the past year" dates it too
    assert [v for _, v, _ in triples("本局狠抓落实。一年来，累计主动公开信息380条。", year=2021)] == [380]


def test_news_sites_are_media():
    assert triples("全年在新闻网站刊发本镇信息85条，在镇政府网站发布信息40条。") == [
        ("published", 85, "media"), ("published", 40, "website")]
    assert triples("通过区新闻网推送信息30余条。") == [("published", 30, "media")]


def test_broadcasting_is_publishing():
    assert triples("通过电视、广播等媒体播发新闻信息120余条。") == [("published", 120, "media")]
    assert triples("县电视台播出本局新闻35条。") == [("published", 35, "media")]


def test_issues_of_a_named_periodical_are_no_items():
    assert triples("编发《政务简讯》24期，通过网站公开信息600条。") == [("published", 600, "website")]


def test_approval_items_counted_after_the_number_are_no_information():
    assert triples("向社会公开取消和调整的58项行政许可事项。") == []
    assert triples("公布了32个重大建设项目。") == []
    # …but information about them is
    assert [v for _, v, _ in triples("公开12个重点项目信息。")] == [12]


def test_no_request_made_according_to_law_is_no_request():
    assert triples("本年度无依法申请公开信息。") == [("requests_received", 0, None)]


def test_a_sentence_opening_with_category_counts_lists_the_count_before():
    assert triples("本年度在镇政府网站公开各类信息52条。通知公告0条、工作动态52条，另更新了机构概况。") == [
        ("published", 52, "website"), ("published", 0, "website"), ("published", 52, "website")]
    # not after a count of something else
    assert triples("本年度收到申请4件。通知公告0条、工作动态52条。") == [("requests_received", 4, None)]


def test_items_joined_after_a_count_share_its_verb_though_they_name_a_meeting():
    assert triples("全年公开发展规划信息9条，市长办公会议和专题会议信息31条，政策文件120件。") == [
        ("published", 9, "all"), ("published", 31, "all"), ("published", 120, "all")]
    # a meeting held is still no item
    assert triples("全年发布信息50条，召开会议和座谈12场。") == [("published", 50, "all")]


def test_a_total_stated_again_is_one_count():
    text = "本单位全年主动公开政府信息73条。\n一、主动公开情况\n2019年，本单位主动公开政府信息73条，其中工作动态60条，通知公告13条。"
    assert [v for _, v, _ in triples(text)] == [73, 60, 13]
    # a total of another channel or category with the same number stays
    assert [v for _, v, _ in triples("全年主动公开政府信息73条。通过微信公众号发布信息73条。")] == [73, 73]
