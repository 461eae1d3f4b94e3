"""Classes of fact sentences that session 12's blind set (eval18) read wrong, each written
anew for these tests: the items printed in a gazette whose issues the sentence before counts;
news reports reposted; a part of a list item; answers to requests counted the sentence before."""
from fact_lines import triples


def values(text: str, year=None) -> list:
    return [v for _, v, _ in triples(text, year)]


def test_items_after_a_sentence_counting_a_gazettes_issues_are_the_gazettes():
    text = "全年刊发市政府公报12期，发放1.2万份。共刊登规范性文件58件，其中市政府文件20件、市政府办公室文件38件。"
    assert triples(text) == [("published", 58, "gazette"), ("published", 20, "gazette"),
                             ("published", 38, "gazette")]
    # a sentence before that counts no issues of a periodical still keeps its counts to itself
    text = "全年在政府网站发布动态180条，发放资料1.2万份。共刊登规范性文件58件。"
    assert ("published", 58, "all") in triples(text)


def test_news_reports_reposted_are_no_items_of_the_list_and_it_goes_on():
    text = "本年度公开信息共500条，包括政策文件类20条，通过微信平台全年转发新闻报道300余篇，发布工作动态70余篇。"
    assert triples(text) == [("published", 500, "all"), ("published", 20, "all"), ("published", 70, "all")]
    assert triples("全年共公开信息900条，转载新闻报道500条。") == [("published", 900, "all")]
    # reposted news, not reports of it, stays published, and so do the body's own reports
    assert values("全年共公开信息900条，公开文件300份，转载新闻500条。") == [900, 300, 500]
    assert triples("通过微信公众号发布新闻报道30篇。") == [("published", 30, "wechat")]


def test_a_part_of_a_list_item_is_no_item_of_the_list():
    text = "2020年本镇主动公开信息101条。其中政府公文类信息20条；行政处罚信息33条含207条处理决定；政府工作计划1条。"
    assert values(text) == [101, 20, 33, 1]
    assert values("主动公开信息101条，其中行政处罚信息33条（含处理决定207条），规划信息2条。") == [101, 33, 2]
    # a subset of the total itself is still one of its items
    assert values("主动公开信息101条（含政策文件20条）。") == [101, 20]


def test_answers_to_requests_counted_in_the_sentence_before_are_no_items_published():
    text = "本单位全年共受理信息公开申请4件，均按时答复。其中3件已经在政府网站上主动公开，1件已按规范提供给申请人。"
    assert triples(text) == [("requests_received", 4, None)]
    # a sentence after the requests that lists what was published is read as before
    text = "全年收到申请5件，已全部答复。其中，通过网站公开信息20条。"
    assert triples(text) == [("requests_received", 5, None), ("published", 20, "website")]
