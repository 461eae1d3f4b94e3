"""The facts stage on narrative classes eval23 showed (issue #9): what a category names, counts
named before or after their number, counts of a kind the rules missed. Every sentence here is
written for these tests."""
from fact_lines import read


def cats(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"], f["category"]) for f in read(text, year)]


# --- categories -----------------------------------------------------------------------------------

def test_examples_before_deng_leave_the_kind_they_are_examples_of():
    text = "在政府网站公开《某市河道管理办法》《某市渡口安全规定》等水利相关的政策文件12件。"
    assert cats(text) == [("published", 12, "website", "水利相关的政策文件")]
    text = "全市通过政务网发布信息900条，其中，规划文件30件，养老、托育、就业、住房等民生领域信息61条。"
    assert cats(text)[-1] == ("published", 61, "website", "民生领域信息")


def test_examples_before_plain_information_stay_the_category():
    # 等信息: the examples are all that says what was published
    assert cats("在政府网站公开通知公告、人事任免等信息15条。") == [
        ("published", 15, "website", "通知公告、人事任免等信息")]
    # 等方面: no kind after the examples
    assert cats("在政府网站公开教育、卫生等方面政务信息15条。") == [
        ("published", 15, "website", "教育、卫生等方面政务信息")]


# --- counts named before or after their number --------------------------------------------------

def test_items_that_name_what_they_count_after_their_number_keep_their_own_names():
    text = "局网站发布信息120条，其中发布3条机构概况信息，70条工作动态信息，47条通知公告信息。"
    assert cats(text) == [("published", 120, "website", None),
                          ("published", 3, "website", "机构概况信息"),
                          ("published", 70, "website", "工作动态信息"),
                          ("published", 47, "website", "通知公告信息")]


def test_items_named_before_their_number_keep_those_names():
    text = "局网站发布信息120条，其中机构概况信息3条，工作动态信息70条，通知公告47条。"
    assert cats(text) == [("published", 120, "website", None),
                          ("published", 3, "website", "机构概况信息"),
                          ("published", 70, "website", "工作动态信息"),
                          ("published", 47, "website", "通知公告")]
    # a frame after a count (…的120条信息中，) names no item: the items keep the names before them
    text = "局网站发布的120条信息中，工作动态70条，通知公告50条。"
    assert cats(text) == [("published", 120, "website", None), ("published", 70, "website", "工作动态"),
                          ("published", 50, "website", "通知公告")]


def test_columns_counted_after_a_count_and_its_bracketed_parts_are_published_too():
    text = ("截至年底，更新工作动态50条（市级动态30条，县级动态20条），政务公开12条（人事信息3条，"
            "财政信息9条），通知公告8条，专题专栏6条。")
    assert cats(text, 2025) == [
        ("published", 50, "all", "工作动态"), ("published", 30, "all", "市级动态"), ("published", 20, "all", "县级动态"),
        ("published", 12, "all", "政务公开"), ("published", 3, "all", "人事信息"), ("published", 9, "all", "财政信息"),
        ("published", 8, "all", "通知公告"), ("published", 6, "all", "专题专栏")]


def test_a_count_of_another_kind_after_the_bracketed_parts_keeps_its_kind():
    text = "网站发布信息500条（市级300条，县级200条），受理申请3件。"
    assert cats(text)[-1] == ("requests_received", 3, None, None)
    text = "网站发布信息500条（市级300条，县级200条），微信发布80条。"
    assert cats(text)[-1] == ("published", 80, "wechat", None)


# --- counts the rules missed --------------------------------------------------------------------

def test_a_name_counted_right_after_interpretations_goes_on_with_their_verb():
    assert cats("全年发布政策解读14个，规范性文件64个。") == [("published", 64, "all", "规范性文件")]
    assert cats("通过网站发布政策解读9篇、部门文件21件。") == [("published", 21, "website", "部门文件")]


def test_parts_of_interpretations_and_other_kinds_after_them_stay_unpublished():
    assert cats("全年发布政策解读14篇，其中文字5篇，图片9篇。") == []
    assert cats("全年发布政策解读14个，受理申请3件。") == [("requests_received", 3, None, None)]


def test_articles_publicized_on_a_channel_and_posts_pushed_are_published():
    text = "全年在各媒体宣传本局工作120篇，其中，中央级媒体刊发70篇、省级媒体刊发50篇。"
    assert [t[:3] for t in cats(text)] == [("published", 120, "media"), ("published", 70, "media"),
                                           ("published", 50, "media")]
    assert [t[:3] for t in cats("某某官方微信平台共推文860篇，总点击量达到30万。")] == [("published", 860, "wechat")]


def test_publicity_that_is_no_article_is_no_item():
    assert cats("全年开展宣传活动12次。") == []
    assert cats("在微信公众号宣传12次。") == []
    assert cats("助推文化产业项目12个。") == []


def test_rectification_named_among_topics_published_is_a_topic():
    assert cats("全年主动公开工作动态、队伍建设、督查整改等动态信息130篇。", 2023) == [
        ("published", 130, "all", "动态信息")]


def test_items_deleted_or_amended_stay_no_items_published():
    assert cats("全年删除、修改过期信息等共计30条。", 2023) == []
    assert cats("全年公开政策文件30件，删除过期信息12条。", 2023) == [("published", 30, "all", "政策文件")]


def test_information_on_proposals_handled_is_published_when_published():
    assert cats("全年公开工作动态40篇，公开两会建议提案办理信息3条。", 2023) == [
        ("published", 40, "all", "工作动态"), ("published", 3, "all", "两会建议提案办理信息")]


def test_proposals_handled_stay_proposals():
    assert [t[:2] for t in cats("全年办理人大代表建议12件，政协提案8件。", 2023)] == [
        ("npc_suggestions", 12), ("cppcc_proposals", 8)]


def test_documents_whose_disclosure_attribute_was_reviewed_are_no_items():
    text = ("局网站发布信息300条。开展文件公开属性评估，调整文件公开属性5份，标注失效文件7份，"
            "并将结果在局网站公布。")
    assert cats(text, 2023) == [("published", 300, "website", None)]
    # a document published that explains the attributes is one
    assert cats("全年公开文件属性说明3份。", 2023) == [("published", 3, "all", "文件属性说明")]


def test_other_information_to_be_published_of_ones_own_accord_is_a_category():
    text = "网站全年主动公开政府信息30条，其中行政许可类信息10条，其他应主动公开信息20条。"
    assert cats(text, 2023)[-1] == ("published", 20, "website", "其他应主动公开信息")
    # information published of one's own accord, no other, names no category
    text = "网站全年公开政府信息30条，其中行政许可10条，主动公开政府信息20条。"
    assert cats(text, 2023)[-1] == ("published", 20, "website", None)


def test_the_total_named_again_with_its_name_after_its_number_is_no_item():
    assert cats("2012年主动公开政府信息25条，包括25条全文电子化信息。", 2012) == [("published", 25, "all", None)]
