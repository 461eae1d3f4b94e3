"""Classes of fact sentences that session 11's blind set (eval17) read wrong, each written
anew for these tests: a count cut off by the end of a stored excerpt, a count of platforms in a
list of items, a review's outcome after a published count, an activity word inside a relative
clause, an account named in quotes, items loaded into a column, a bare 无 under the heading of
requests."""
import govextract
from fact_lines import triples


def values(text: str, year=None) -> list:
    return [v for _, v, _ in triples(text, year)]


def test_a_count_without_unit_that_ends_the_text_was_cut_and_is_no_fact():
    text = "全区共主动公开各类信息5200件。其中：机构概况类310件，规划计划类95件，业务动态类4"
    assert values(text) == [5200, 310, 95]
    # the same count at the end of a line that is not the end of the text was printed so
    text = "全区共主动公开各类信息5200件。其中：机构概况类310件，业务动态类4\n二、依申请公开情况"
    assert values(text) == [5200, 310, 4]


def test_a_count_without_unit_before_a_table_was_not_cut():
    # the narrative's last paragraph ends on a bare 0, but the page goes on with a table
    page = ("<html><body><h1>某区文化局2020年政府信息公开工作年度报告</h1><p>一、总体情况</p>"
            "<p>全年主动公开政府信息40条，其中通过政务微博公开政府信息0条，移动客户端公开政府信息0</p>"
            "<table><tr><td>信息内容</td><td>本年制发件数</td></tr>"
            "<tr><td>规章</td><td>0</td></tr></table></body></html>")
    record = govextract.parse_bytes(page.encode("utf-8")).to_dict()
    assert [(f["channel"], f["value"]) for f in record["facts"] if f["kind"] == "published"] == \
        [("all", 40), ("weibo", 0), ("app", 0)]


def test_platforms_counted_in_a_list_of_items_are_no_items():
    text = "通过镇政府网站公开信息60条，其中发布文件3条；全镇政务新媒体平台9个，发布各类信息150余条。"
    assert values(text) == [60, 3, 150]


def test_a_review_upheld_is_no_item_published():
    text = "制发规范性文件20件，主动公开规范性文件18件，维持原具体行政行为2件。"
    assert triples(text) == [("published", 18, "all")]


def test_an_activity_word_in_a_clause_qualifying_what_was_published_is_no_activity():
    assert values("今年我镇利用微信公众号等新媒体公开群众广泛关注的政府信息共80条。") == [80]
    assert values("全年发布社会关注的民生信息45条。") == [45]
    # followers are still no items
    assert values("微信公众号新增关注1200条。") == []


def test_an_account_named_in_quotes_before_its_platform_is_on_that_platform():
    assert triples("“某县政府网”微信公众号推送各类信息320条。") == [("published", 320, "wechat")]
    # two channels named side by side are still several
    assert triples("通过“某某发布”微信公众号和县政府网发布信息50条。") == [("published", 50, "all")]


def test_items_loaded_into_a_column_are_published():
    assert values("全年在专栏加载重点领域信息420条。") == [420]


def test_a_bare_none_under_the_heading_of_requests_is_no_request():
    assert triples("（二）依申请公开情况\n无。") == [("requests_received", 0, None)]
    assert triples("（三）政府信息管理情况\n无。") == []
    assert triples("（四）行政复议、行政诉讼情况\n无。") == []
