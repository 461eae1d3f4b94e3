"""Parts of a published total the parser missed (issue 9, eval25 pages 03, 76 and pages of our own,
session 20), written anew on sentences of our own: category counts that follow their total in
a sentence of their own, and list entries their words alone rule out that add up to the total."""
from fact_lines import read


def published_named(text: str, year=None) -> list:
    return [(f["value"], f["channel"], f["category"]) for f in read(text, year) if f["kind"] == "published"]


# --- a sentence of bare category counts joined by commas goes on with the list before ------------

def test_comma_joined_category_counts_after_a_total_are_its_items():
    text = "全年通过县政府网站公开信息900条，其中公开政策文件12件。人事信息8条，统计信息31条，工作动态40条。"
    assert published_named(text, 2025) == [
        (900, "website", None), (12, "website", "政策文件"), (8, "website", "人事信息"),
        (31, "website", "统计信息"), (40, "website", "工作动态")]


def test_comma_joined_statistic_labels_stay_no_items():
    # guard: names that end in a word for "number" (总数, 数量) label statistics, not kinds published
    text = "全年通过县政府网站公开信息900条，其中公开政策文件12件。专栏维护总数6条，新建栏目数量2条。"
    assert published_named(text, 2025) == [(900, "website", None), (12, "website", "政策文件")]


def test_a_count_with_its_own_verb_after_a_total_is_no_item():
    # guard: a sentence that is not made only of category counts does not go on with the list
    text = "全年通过县政府网站公开信息900条。认真办理群众来信8件，统计信息31条。"
    assert (8, "website", None) not in published_named(text, 2025)
    assert all(c != "website" or v == 900 for v, c, _ in published_named(text, 2025))


# --- list entries in 期 that add up to their total in 条 are its items ----------------------------

def test_entries_in_issues_adding_up_to_the_total_are_items():
    text = "截至2022年12月31日，我局在市政府网站公开信息共30条，其中：机构职能等信息4期，审计结果公告20期，部门动态6期。"
    assert published_named(text, 2022) == [
        (30, "website", None), (4, "website", "机构职能等信息"), (20, "website", "审计结果公告"),
        (6, "website", "部门动态")]


def test_entries_in_issues_not_adding_up_stay_no_items():
    # guard: issues that do not make up the total count rounds, not items
    text = "在市政府网站公开信息共30条，其中：审计结果公告5期，部门动态6期。"
    assert published_named(text, 2022) == [(30, "website", None)]


# --- an entry its words rule out keeps the list open, and is an item when the sum says so ---------

def test_an_entry_named_with_an_activity_word_adding_up_is_an_item():
    text = "2024年，我局在区政府网站主动公开信息20条，其中人事信息3条，审计结果6条，审计整改情况2条，其他信息9条。"
    assert published_named(text, 2024) == [
        (20, "website", None), (3, "website", "人事信息"), (6, "website", "审计结果"),
        (2, "website", "审计整改情况"), (9, "website", "其他信息")]


def test_an_entry_named_by_a_word_that_breaks_lists_stays_out_though_it_adds_up():
    # guard: rules amended or repealed are no items published, whatever the sum; the list goes on
    text = "2024年，我局在区政府网站主动公开信息20条，其中人事信息3条，审计结果6条，废止2条，其他信息9条。"
    assert published_named(text, 2024) == [
        (20, "website", None), (3, "website", "人事信息"), (6, "website", "审计结果"), (9, "website", "其他信息")]


def test_items_after_an_entry_ruled_out_stay_items():
    # the entries do not add up (等): the one its words rule out stays out, those after it stay in
    text = "本年度新增主动公开政府信息500条，包括：本级政府文件7条，意见征集与意见反馈6条，权力事项办理结果35条，监督保障22条等。"
    assert published_named(text, 2024) == [
        (500, "all", None), (7, "all", "本级政府文件"), (35, "all", "权力事项办理结果"), (22, "all", "监督保障")]


def test_answers_to_the_public_in_the_sum_stay_no_items():
    # guard: replies to the public's letters are never items published, though the total takes them in
    text = "全年共计公开各类信息120条，其中网站发布工作动态20条，审计整改情况10条，回复群众诉求90件。"
    facts = published_named(text, 2023)
    assert (90, "all", "回复群众诉求") not in facts and (10, "all", "审计整改情况") in facts


def test_counts_with_a_kind_of_their_own_after_a_total_stay_their_kind():
    # guard: bare counts whose words name a kind (人大建议, 政协提案) are that kind, no items of the list
    text = "全年主动公开信息900条。办理人大建议5件，政协提案3件。"
    assert [(f["kind"], f["value"]) for f in read(text, 2025)] == [
        ("published", 900), ("npc_suggestions", 5), ("cppcc_proposals", 3)]


# --- entries of no information and interpretations among the items, under heads of their own ----

def test_entries_under_a_head_adding_up_with_an_interpretation_are_items():
    # 政策：/ 法定主动公开内容： head groups of the one list; the interpretation counts toward the sum
    # but is never an item; the offices and the list of powers, one document each here, are
    text = ("全年在镇政府网站公开信息20条，其中政策：规范性文件2件、政策解读1件；法定主动公开内容："
            "政府领导1件、政府工作机构3件、权责清单1件、公益事业建设12件。")
    assert published_named(text, 2025) == [
        (20, "website", None), (2, "website", "规范性文件"), (1, "website", "政府领导"),
        (3, "website", "政府工作机构"), (1, "website", "权责清单"), (12, "website", "公益事业建设")]


def test_entries_under_a_head_not_adding_up_stay_out():
    # guard: without the sum, offices and a list of powers are no items published
    text = ("全年在镇政府网站公开信息30条，其中政策：规范性文件2件、政策解读1件；法定主动公开内容："
            "政府领导1件、政府工作机构3件、权责清单1件、公益事业建设12件。")
    assert published_named(text, 2025) == [
        (30, "website", None), (2, "website", "规范性文件"), (1, "website", "政府领导"),
        (12, "website", "公益事业建设")]
