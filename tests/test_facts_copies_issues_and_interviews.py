"""Fact classes that audit19 (unread stored pages of thinly read provinces, levels and years,
session 19) found read wrong, written anew on sentences of our own."""
from fact_lines import read, triples


def published(text: str, year=None) -> list:
    return [(v, c) for k, v, c in triples(text, year) if k == "published"]


def published_named(text: str, year=None) -> list:
    return [(f["value"], f["channel"], f["category"]) for f in read(text, year) if f["kind"] == "published"]


def kinds(text: str, year=None) -> list:
    return [(k, v) for k, v, c in triples(text, year)]


# --- units said to number so many with 共有 are no items ------------------------------------

def test_units_counted_with_gongyou_are_no_items():
    text = "目前，全县政府信息公开的责任单位共有42个，其中县直部门30个单位，乡镇12个单位。全年主动公开政府信息300条。"
    assert published(text, 2009) == [(300, "all")]


def test_documents_counted_with_gongyou_stay_published():
    # guard: 共有 before a count of documents still counts what was published
    text = "全年主动公开的规范性文件共有42件。"
    assert published(text, 2009) == [(42, "all")]


# --- copies of a periodical's issues are its print run -------------------------------------

def test_copies_right_after_a_count_of_issues_are_no_items():
    text = "全年编审刊发《青川县人民政府公报》4期2400份，并同步发布电子版。通过政府网站主动公开政府信息500条。"
    assert published(text, 2022) == [(500, "website")]


def test_copies_after_issues_with_gong_are_no_items_either():
    text = "编发政务简报12期共3600份。主动公开政府信息500条。"
    assert published(text, 2022) == [(500, "all")]


def test_items_after_a_count_of_issues_stay_published():
    # guard: items in 条 after the issues they came in are still counted
    text = "公布行政执法结果34期，6827条。"
    assert published(text, 2022) == [(6827, "all")]


# --- the congress's suggestions counted before their name, without 代表 ----------------------

def test_congress_suggestions_counted_before_their_name_without_deputies():
    text = "全年高质量办理14件人大建议和9件政协提案。"
    assert kinds(text, 2024) == [("npc_suggestions", 14), ("cppcc_proposals", 9)]


def test_bare_suggestions_counted_before_their_name_are_no_kind():
    # guard: 建议 alone may be anyone's; it names no congress
    text = "全年共办理14件建议。"
    assert kinds(text, 2024) == []


# --- a category count alone in a sentence ends the list before it -------------------------

def test_a_category_count_alone_after_a_list_is_its_last_item():
    text = "通过区政府网站全年共发布180条，其中财政信息3条，工作动态类信息120条。通知公告类57条。内容更加规范。"
    assert published_named(text, 2025) == [
        (180, "website", None), (3, "website", "财政信息"), (120, "website", "工作动态类信息"),
        (57, "website", "通知公告类")]


def test_a_category_count_alone_without_a_list_before_is_no_item():
    # guard: with no list open before it, a bare category count says nothing was published
    text = "我街道高度重视公开工作。通知公告类57条。"
    assert published_named(text, 2025) == []


# --- issues and rounds listed first under a publishing verb leave the verb to the items after

def test_items_after_interviews_and_rounds_under_one_verb_are_published():
    text = "全年发布在线访谈6期、意见征集4次、防汛信息28条。"
    assert published_named(text, 2022) == [(28, "all", "防汛信息")]


def test_items_after_interviews_under_one_verb_are_published():
    text = "全年发布在线访谈6期、防汛信息28条。"
    assert published(text, 2022) == [(28, "all")]


def test_a_count_after_interviews_in_a_clause_without_the_verb_stays_no_item():
    # guard: a clause of its own after the issues, with a verb of another kind (受理), publishes nothing
    text = "全年发布在线访谈6期，受理网民留言28条。"
    assert published(text, 2022) == []


def test_a_cut_off_last_item_takes_the_channel_the_list_took_from_the_sentence_before():
    text = ("通过区政府网站集约化平台，及时发布各类信息。全年共发布120条，其中财政信息3条，"
            "工作动态类信息60条（社区动态）。通知公告类57条。")
    assert published(text, 2025) == [(120, "website"), (3, "website"), (60, "website"), (57, "website")]
