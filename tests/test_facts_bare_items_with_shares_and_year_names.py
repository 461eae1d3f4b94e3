"""The facts stage on the narrative counts eval27 showed missed (issue #9): category counts going
on in a bare sentence that gives each its share, and a year that opens the name of a list item.
Every sentence here is written for these tests."""
from fact_lines import read


def published(text: str, year=2024) -> list:
    return [(f["value"], f["channel"]) for f in read(text, year) if f["kind"] == "published"]


# --- a bare sentence of category counts with their shares goes on with the list before -----------

def test_bare_items_with_their_shares_go_on_with_the_list_before():
    text = "2024年通过政府网站主动公开信息80条，其中工作动态50条，占62.5%。通知公告20条，占比25%；人事信息10条，占比12.5%。"
    assert published(text) == [(80, "website"), (50, "website"), (20, "website"), (10, "website")]
    # a share printed without 占, half-width commas
    text = "全年在门户网站公开信息40条,其中政务动态类30条,占75%。政策文件6条,15%,财政预决算4条,占10%。"
    assert published(text) == [(40, "website"), (30, "website"), (6, "website"), (4, "website")]


def test_a_bare_sentence_with_a_share_and_a_verb_of_its_own_is_no_list_of_the_count_before():
    # guard: the sentence after publishes on its own, its share notwithstanding
    text = "全年在门户网站公开信息40条。微信公众号发布信息30条，占42.9%，通知公告9条，占12%。"
    facts = published(text)
    assert (30, "wechat") in facts and (40, "website") in facts


# --- a year that opens a list item's name is what the item is, not when it was published ---------

def test_a_year_opening_an_items_name_does_not_date_it():
    text = "全镇主动公开政府信息40条。其中，工作动态28条，政策文件9条，2023年度政府信息公开工作报告1条，" \
           "部门预算和三公经费2条。同时，通过“美丽某镇”微信公众号发布信息150条。"
    assert published(text) == [(40, "all"), (28, "all"), (9, "all"), (1, "all"), (2, "all"), (150, "wechat")]
    text = "本年度公开信息30条，其中工作动态20条，2023年部门决算2条，2024年部门预算8条。"
    assert published(text) == [(30, "all"), (20, "all"), (2, "all"), (8, "all")]


def test_a_year_opening_a_clause_that_publishes_still_dates_it():
    # guard: a verb after the year says when the count was published
    assert published("2023年公开信息50条，2024年公开信息60条。") == [(60, "all")]
    assert published("全年公开信息90条，2023年公开规划信息12条。") == [(90, "all")]


# --- a clause that only names a total goes with the clause before it -----------------------------

def test_a_total_in_a_clause_of_its_own_takes_the_verb_before_it():
    assert published("通过微信公众号发布工作文章，共计310条。") == [(310, "wechat")]
    assert published("在政府网站公开各类信息，共165条。") == [(165, "website")]
    # one clause naming two channels: one count over both
    text = "通过微信公众号、视频号“某某社保”发布社保政策、办事提醒等文章（视频），合计412条。"
    facts = [f for f in read(text, 2024) if f["kind"] == "published"]
    assert [(f["value"], f["channel"], f["category"]) for f in facts] == [(412, "all", "文章（视频）")]


def test_a_total_of_the_counts_before_it_is_still_their_sum():
    # guard: parts counted in the clauses before make the sum word a total of them
    text = "全年通过网站公开工作动态50条、通知公告30条，共计80条。"
    assert published(text) == [(50, "website"), (30, "website"), (80, "website")]
    assert [f["value"] for f in read("收到当面申请2件，网上申请3件，合计5件。", 2024)] == [5]


def test_a_total_of_what_the_public_sent_in_is_no_count():
    # guard: letters received are no requests, whether or not a total follows them
    assert read("全年收到群众来信，共计30件。", 2024) == []


# --- money handed out, named as what the information is about --------------------------------------

def test_information_on_money_handed_out_is_published():
    text = "公开行政处罚决定40条、救助资金发放情况15条。"
    assert published(text) == [(40, "all"), (15, "all")]
    assert published("全年公开信息60条，其中补贴发放名单5条。") == [(60, "all"), (5, "all")]


def test_copies_handed_out_stay_no_items():
    # guard: 发放 of publicity print is handing out
    assert published("公开信息30条，发放宣传资料3000份。") == [(30, "all")]
    assert published("全年公开信息60条，其中工作动态50条，发放宣传手册200份。") == [(60, "all"), (50, "all")]


# --- an item naming its parts counted each (A、B、C各1条) is one count as stated -----------------

def test_an_item_naming_its_parts_counted_each_is_one_item():
    text = "全年公开信息60条，其中工作动态30条，信息公开制度、指南、年度报告各1条，工作报告1份。"
    facts = [f for f in read(text, 2024) if f["kind"] == "published"]
    assert [(f["value"], f["category"]) for f in facts] == [
        (60, None), (30, "工作动态"), (1, "信息公开制度、指南、年度报告"), (1, "工作报告")]
    text = "全年主动公开政府信息共计45条，主要包括：基础信息（15条）：机构信息2份，概况信息12条，决策标准、目录各1份等。"
    assert published(text) == [(45, "all"), (15, "all"), (2, "all"), (12, "all"), (1, "all")]


def test_a_count_each_splitting_the_item_before_is_no_item():
    # guard: 各 in brackets after an item counts its parts; outside a list it is a count per part
    text = "全年公开信息30条，其中省政府工作报告2条（中、英文各1条），工作动态28条。"
    assert published(text) == [(30, "all"), (2, "all"), (28, "all")]
    assert published("预算及调整信息公开各1项。") == []


# --- requests named after their count with who made them (1条自然人公开信息申请) -----------------

def test_requests_named_after_the_count_with_the_requester():
    kinds = lambda text: [(f["kind"], f["value"]) for f in read(text, 2021)]
    assert kinds("2021年，某局收到1条自然人公开信息申请。") == [("requests_received", 1)]
    assert kinds("2021年，某局共收到3件公民提出的信息公开申请。") == [("requests_received", 3)]
    assert kinds("2021年，某局收到2件法人公开政府信息申请。") == [("requests_received", 2)]


def test_letters_from_the_public_stay_no_requests():
    # guard: who wrote does not make a letter a request
    assert read("2021年，某局收到群众来信3件。", 2021) == []


# --- something done named among the examples of a kind of information (执法检查等…类信息) ----------

def test_an_activity_among_examples_of_a_kind_is_a_topic():
    text = "在主动公开的信息中，机构设置类信息6条，占30%；专项督查、执法检查等监管类信息9条，占45%；其他类信息5条，占25%。"
    assert [f["value"] for f in read(text, 2021) if f["kind"] == "published"] == [6, 9, 5]


def test_an_activity_before_the_kind_after_it_stays_something_done():
    # guard: 等 followed by no kind of information leaves the activity what it is
    text = "在主动公开的信息中，机构设置类信息6条；开展执法检查等12次。"
    assert [f["value"] for f in read(text, 2021) if f["kind"] == "published"] == [6]


# --- zeros of different kinds in turn are different items ------------------------------------------

def test_zeros_of_different_kinds_are_each_a_count():
    text = "通过区政府网站主动公开工作动态7条，公告公示0条，处理并公开行政处罚事项0条，行政强制事项0条。"
    facts = [f for f in read(text, 2025) if f["kind"] == "published"]
    assert [(f["value"], f["channel"]) for f in facts] == [(7, "website"), (0, "website"), (0, "website"), (0, "website")]


def test_a_zero_said_twice_is_one_count():
    # guard: the same zero said again names no other kind
    assert published("全年公开政府信息0条，主动公开政府信息0条。", 2025) == [(0, "all")]


# --- a run of category counts with no total, after a sentence about the year's published items ----

RUN = ("某社区对本年度公开的政府信息进行了梳理和编目，截至12月31日，新增工作动态类信息88条，具体主要公布社区服务、"
       "辖区项目推进等方面的内容。政策文件类信息6条，其中包括1条政策解读，3条实施方案，2条管理制度。"
       "规划计划类信息4条，主要公布了社区年度计划。另外，还包括通知公告类信息17条，统计信息5条，信息公开指南1条。")


def test_a_run_of_category_counts_after_new_items_of_a_kind_are_published():
    assert [v for v, _ in published(RUN, 2023)] == [88, 6, 3, 2, 4, 17, 5, 1]
    assert all(c == "all" for _, c in published(RUN, 2023))


def test_new_items_of_a_kind_need_a_publishing_verb_in_their_sentence():
    # guard: 新增 alone, or documents made, publish nothing
    assert published("某社区对档案进行了整理，新增工作动态类信息88条。", 2023) == []
    assert published("都能第一时间进行公开，2023年全年共制作文件信息23条。", 2023) == []


def test_an_interpretation_counted_at_a_sentences_end_is_no_item():
    # guard: what the last count of a sentence going on with a list counts follows it
    text = "全年公开信息90条。政策文件类信息9条，其中包括1条政策解读。"
    assert published(text, 2023) == [(90, "all"), (9, "all")]


def test_a_count_of_kinds_inside_a_clause_leaves_its_verb_to_the_count_after():
    # guard: 31个领域 passed over mid-clause; the total after it keeps the clause's verb
    text = "2025年，通过政府网站主动公开政府文件、便民政策、31个领域信息等共计15条。"
    assert published(text, 2025) == [(15, "website")]


def test_bare_items_with_their_shares_in_brackets_go_on_with_the_list_before():
    text = "2023年通过门户网站公开信息80条，其中工作动态50条（占62.5%）。通知公告20条（占25%），人事信息10条（占12.5%）。"
    assert published(text, 2023) == [(80, "website"), (50, "website"), (20, "website"), (10, "website")]


def test_new_items_of_a_kind_this_year_are_published_too():
    text = "某镇对本年度公开的政府信息进行了梳理，全年新增工作动态类信息88条。通知公告类信息17条，统计信息5条。"
    assert published(text, 2023) == [(88, "all"), (17, "all"), (5, "all")]


def test_an_activity_among_examples_of_a_kind_published_with_a_verb_is_a_topic():
    assert published("全年公开行政执法检查等具体行政行为类信息11条。", 2023) == [(11, "all")]
    # guard: the activity done, counted in times, is none
    assert published("全年开展执法检查等活动11次。", 2023) == []
