"""The facts stage on false narrative facts eval27 showed (issue #9): headline news reposted, an
exception clause, interpretations broken down by channel, documents in force, requests of other
bodies the body helped with. Every sentence here is written for these tests."""
from fact_lines import read, triples


def cats(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"], f["category"]) for f in read(text, year)]


# --- headline news and news of higher bodies reposted ----------------------------------------------

def test_headline_news_reposted_is_no_item_published():
    assert triples("2023年通过局网站主动公开信息240篇，发布工作动态610篇，转发要闻信息1500篇。") == [
        ("published", 240, "website"), ("published", 610, "all")]
    assert triples("全年发布本地动态320条，转载时政要闻900条。") == [("published", 320, "all")]
    assert triples("微信公众号推送原创信息85篇，转发中央和省级新闻420篇。") == [("published", 85, "wechat")]
    assert triples("通过门户网站转载国务院、省委要闻200条，发布通知公告45条。") == [("published", 45, "website")]
    assert triples("全年转发新华社稿件66篇，公开规范性文件8件。") == [("published", 8, "all")]


def test_reposted_items_that_are_no_news_of_others_stay_published():
    # plain news reposted, and important information reposted in a list of what the site published
    assert [v for _, v, _ in triples("全年共公开信息700条，公开文件120份，转载新闻300条。")] == [700, 120, 300]
    assert [v for _, v, _ in triples("网站发布信息800条，其中工作动态500条，转载省政府重要信息300条。")] == [800, 500, 300]
    # news the body wrote itself, published
    assert triples("在政务微博发布要闻类信息36条。") == [("published", 36, "weibo")]


# --- a number right after 除 is an exception ----------------------------------------------------------

def test_a_count_after_except_is_no_count_of_its_own():
    assert triples("网站公开信箱收到群众留言620件，除9件正在办理中，其余均已回复。") == []
    assert triples("门户网站发布信息300条，除5条因链接失效撤下外，其余均可查阅。") == [("published", 300, "website")]
    assert triples("全年收到政府信息公开申请35件，除2件正在办理外，其余均已按期答复。") == [("requests_received", 35, None)]
    assert triples("通过网站公开信息410条，除去3条涉密信息转为不公开外，均已全文上网。") == [("published", 410, "website")]
    # a verb ending in 除 deletes what it counts, and stays as it was read before
    assert triples("全年在网站发布信息210条，删除过期信息15条。") == [("published", 210, "website")]
    # 除…外 adding a count is none: the number does not follow 除 right away
    assert triples("除在门户网站公开信息120条外，还通过微信公众号发布信息60条。") == [
        ("published", 120, "website"), ("published", 60, "wechat")]


# --- interpretations broken down by channel ---------------------------------------------------------

def test_the_parts_of_a_count_of_interpretations_are_interpretations():
    assert triples("全年发布解读相关信息96条，其中网站共发布70篇次，微信公众号发布26篇次。") == []
    assert triples("2022年共发布政策解读材料40篇，其中在门户网站发布31篇。通过网站公开信息500条。") == [
        ("published", 500, "website")]
    assert triples("开展图解等形式解读12次，其中政府网站发布9篇；政务微博发布信息88条。") == [
        ("published", 88, "weibo")]
    # naming only where they went, with no list word
    assert triples("全年发布政策解读45篇，网站30篇，微信15篇。") == []
    assert triples("发布政策解读稿件26篇，通过网站发布18篇、公众号发布8篇。") == []
    # in brackets too
    assert triples("发布政策解读30篇（网站发布22篇，公众号发布8篇），全年通过网站公开信息400条。") == [
        ("published", 400, "website")]


def test_a_larger_count_after_interpretations_is_none_of_them():
    assert triples("发布政策解读15篇，其中图文解读6篇，全年通过网站主动公开信息360条。") == [
        ("published", 360, "website")]
    # a count naming information of its own, or a kind, is no part of them
    assert triples("发布政策解读20篇，网站公开信息15条。") == [("published", 15, "website")]
    assert triples("发布政策解读14个，规范性文件64个。") == [("published", 64, "all")]
    # a list of published items after its own count is read as before
    assert [v for _, v, _ in triples("全年公开信息300条，其中网站发布260条，发布政策解读20篇。")] == [300, 260]


# --- documents in force ------------------------------------------------------------------------------

def test_documents_in_force_counted_are_the_stock_not_the_years_items():
    assert triples("做好规章库动态更新，公开现行有效市政府规章215件。", 2022) == []
    assert triples("在网站公布继续有效的行政规范性文件132件。", 2022) == []
    assert triples("全年新发布规范性文件6件，现行有效规范性文件88件已全部在网站公开。", 2022) == [
        ("published", 6, "all")]
    # gathered and published as a collection, they are published
    assert triples("集中公开全区现行有效规范性文件57件。") == [("published", 57, "all")]
    assert triples("汇编并公开现行有效规章70件。") == [("published", 70, "all")]


# --- requests the body helped others handle ---------------------------------------------------------

def test_requests_of_other_bodies_it_helped_with_are_not_its_own():
    assert triples("全年协助县政府其他部门办理依申请公开事项6起，均已按时答复。") == []
    assert triples("指导各乡镇、各部门答复政府信息公开申请23件。") == []
    assert triples("督促和配合下属单位处理政府信息公开申请11件。") == []
    assert triples("积极配合市级部门办理涉及本局的政府信息公开申请3件。") == []
    # its own requests, handled with others' help, are its own
    assert triples("本年度共受理政府信息公开申请9件，在其他部门协助下均已按时答复。") == [
        ("requests_received", 9, None)]
    assert triples("全年办理政府信息公开申请14件。") == [("requests_received", 14, None)]


# --- items left out of a count, or not published ----------------------------------------------------

def test_items_left_out_of_a_count_are_no_count_of_their_own():
    assert triples("全年通过网站公开信息300条（不含转载信息50条），微信公众号发布信息80条。") == [
        ("published", 300, "website"), ("published", 80, "wechat")]
    assert triples("全年公开信息260条，不包括重复发布的信息25条。") == [("published", 260, "all")]
    assert [v for _, v, _ in triples("主动公开政府信息180条，扣除重复发布的20条，实际公开160条。")] == [180, 160]


def test_items_said_not_to_have_been_published_are_none():
    assert triples("全年通过网站公开信息300条，另有12条因涉及国家秘密未公开。") == [("published", 300, "website")]
    assert triples("已公开信息45条，尚未上网2条。") == [("published", 45, "all")]
    assert triples("全年公开信息120条，其中网站公开100条，未公开的0条，微信公开20条。") == [
        ("published", 120, "all"), ("published", 100, "website"), ("published", 20, "wechat")]
    # 未 inside another word says nothing of publishing
    assert triples("在网站公开未成年人保护信息5条。") == [("published", 5, "website")]
