"""Counts that are not items published: rules repealed or amended, places and staff, interpretations
named after examples, letters to a hotline and what became of them, other work done in a clause of
its own, and one channel's count stated again. Every sentence is written for these tests."""
import pytest

from fact_lines import read, triples


def values(text: str) -> list:
    return [f["value"] for f in read(text) if f["kind"] == "published"]


# Documents repealed, amended or filed, counted in turn before a clause saying all were published
# (…，均已在网站公开): the clause speaks of the documents in force, not of those repealed.
@pytest.mark.parametrize("text, gone", [
    ("本年度制发规范性文件6件、废止11件，现行有效的规范性文件共23件，已全部在县政府网站公开。", [11, 23]),
    ("全年印发行政规范性文件4件、修订2件、废止5件，均已在门户网站公开。", [2, 5]),
    ("2022年印发规范性文件9件、废止3件、修改2件，均已在县政府网站公开。", [3, 2]),
    ("本年度制定行政规范性文件5件，宣布失效4件，均已通过门户网站公开。", [4]),
    ("全年起草规范性文件7件，报送备案8件，均已全部公开。", [8]),
])
def test_documents_repealed_or_amended_before_all_published_are_no_items(text, gone):
    assert not set(values(text)) & set(gone)


# Places where the public reads or asks (查阅室, 查阅点, 受理点, 窗口) and staff, counted in an overview
# beside or without a count published: no items.
@pytest.mark.parametrize("text, expected", [
    ("目前，全区配备专职工作人员15名、兼职工作人员60名，设立了3个专门的信息申请受理点，"
     "并开辟了2个信息公开查阅室和7个信息查阅点。", []),
    ("全年公开信息800条，开设4个查阅室、9个依申请公开受理窗口。", [("published", 800, "all")]),
    ("全镇共设置3个信息公开查阅点，主动公开政府信息126条。", [("published", 126, "all")]),
    ("全年主动公开政府信息1203条，设置8个便民服务点、4个依申请受理窗口。", [("published", 1203, "all")]),
    ("本年度在网站公开信息640条，另在县档案馆、图书馆设立3个政府信息公开查阅点。", [("published", 640, "website")]),
    ("全镇建成12个村级信息公开点，全年公开信息230条。", [("published", 230, "all")]),
    ("全年公开信息518条。全局设有2个政府信息阅览室，配备5个信息公开联络员。", [("published", 518, "all")]),
    ("全年建立6个信息员小组，公开信息410条。", [("published", 410, "all")]),
])
def test_places_and_staff_are_no_items(text, expected):
    assert triples(text) == expected


# Interpretations named after examples of who or what form gave them (专家、新媒体等多角度解读):
# the 、 joins the examples, not other items, so the count is interpretations, under a list word too.
@pytest.mark.parametrize("text, expected", [
    ("全年共发布文件41件，配套解读30件。其中部门、专家等多种形式解读12件。", [("published", 41, "all")]),
    ("全年共发布文件18件，配套解读18件，其中图文、视频等形式解读9篇。", [("published", 18, "all")]),
    ("全年公开政务信息920条，其中领导、专家等多种形式解读25条。", [("published", 920, "all")]),
    ("全年发布政策文件33件，解读材料33件，其中负责人、专家等解读11篇。", [("published", 33, "all")]),
    ("全年发布政策文件20件、政策解读20件，其中动漫、视频等形式解读6件。", [("published", 20, "all")]),
])
def test_interpretations_named_after_examples_are_no_items(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guard: a name joining interpretations to other items, before or among examples, stays an item
    ("全年公开信息300条，其中政策法规及解读12条。", [("published", 300, "all"), ("published", 12, "all")]),
    ("全年公开信息300条，其中规划计划、政策解读等15条。", [("published", 300, "all"), ("published", 15, "all")]),
])
def test_items_joined_to_interpretations_stay(text, expected):
    assert triples(text) == expected


# Letters and calls to a hotline or mailbox, received or handled, end the list of items before them:
# what became of them (回退, 转办, 办结, 答复) is no item published.
@pytest.mark.parametrize("text, expected", [
    ("全年发布信息500条；收到市长热线转办件300件，退回40件，办结260件。", [("published", 500, "all")]),
    ("本年度公开信息950条；受理12345平台工单812件，转办120件，办结692件。", [("published", 950, "all")]),
    ("全年网站发布信息420条；受理12345工单532件，退回15件，转办80件，办结437件。", [("published", 420, "website")]),
    ("全年公开信息670条；接听市民热线来电1500个，转办420个，办结1080个。", [("published", 670, "all")]),
    ("本年度网站公开信息780条；办理县长信箱来信96件，答复96件。", [("published", 780, "website")]),
    ("微博及微信公众号共发布信息617条；收到12345热线办理平台信件442件，回退347件，承办95件。",
     [("published", 617, "all")]),
])
def test_letters_to_a_hotline_and_their_outcomes_are_no_items(text, expected):
    assert triples(text) == expected


# A clause of other work done after a published count (完成…项目17个, 实施…工程7项, 组织…项目23个) is
# no sibling item of it, though 公开 in 公开招标 says only how the tender was held.
@pytest.mark.parametrize("text, expected", [
    ("全年主动公开政府信息200条，完成公开招标项目17个。", [("published", 200, "all")]),
    ("全年主动公开政府信息260条，组织政府采购项目23个。", [("published", 260, "all")]),
    ("本年度公开信息430条，实施重点建设项目16个。", [("published", 430, "all")]),
    ("全年主动公开政府信息146条，组织招投标项目14个。", [("published", 146, "all")]),
    ("全年共公开信息540条，实施惠民工程7项。", [("published", 540, "all")]),
    ("全年公开信息355条，完成年度重点工程9项。", [("published", 355, "all")]),
    ("全年主动公开信息230条，新设立2个查阅室。", [("published", 230, "all")]),
])
def test_a_clause_of_other_work_is_no_sibling_item(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guard: a clause naming only a kind and its count goes on with the verb before it
    ("全年主动公开信息230条，政府文件12件，通知公告40条。",
     [("published", 230, "all"), ("published", 12, "all"), ("published", 40, "all")]),
    # guard: 项目 names a kind of information among a list's items (fees charged), and stays
    ("全年通过门户网站公开政府信息281条，其中，规范性文件3件，机关简介10项，收费项目2项。",
     [("published", 281, "website"), ("published", 3, "website"), ("published", 10, "website"),
      ("published", 2, "website")]),
])
def test_sibling_items_without_a_verb_of_their_own_stay(text, expected):
    assert triples(text) == expected


# One channel's count among a list's kinds, stated again among the channels in another sentence,
# is one count.
@pytest.mark.parametrize("text, expected", [
    ("今年主动公开信息348条。主要类别包括：工作动态120条，其他44条，微博转发信息184条。"
     "其中，政府网站公开信息数130条、微信公众号公开信息数34条、微博转发信息数184条。",
     [("published", 348, "all"), ("published", 120, "all"), ("published", 44, "all"), ("published", 184, "weibo"),
      ("published", 130, "website"), ("published", 34, "wechat")]),
    ("全年公开信息420条。其中工作动态200条，通知公告160条，抖音发布短视频60条。"
     "按渠道分，门户网站公开信息360条，抖音发布短视频60条。",
     [("published", 420, "all"), ("published", 200, "all"), ("published", 160, "all"),
      ("published", 60, "short_video"), ("published", 360, "website")]),
])
def test_a_channel_count_stated_again_in_another_sentence_is_one_count(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guard: in one sentence two items of one channel with one value name two kinds
    ("全年公开信息600条，其中网站公开工作动态50条，网站公开通知公告50条。",
     [("published", 600, "all"), ("published", 50, "website"), ("published", 50, "website")]),
    # guard: another kind in another sentence is another count
    ("全年在网站公开通知公告50条。在网站公开工作动态50条。", [("published", 50, "website"), ("published", 50, "website")]),
])
def test_equal_counts_of_other_kinds_stay(text, expected):
    assert triples(text) == expected


# Documents issued and repealed counted in turn, then the stock in force said all published: the clause
# speaks of the stock (现行有效…共23件，已全部…公开), not of the documents issued or repealed before it.
@pytest.mark.parametrize("text", [
    "本年度制发规范性文件6件、废止11件，现行有效的规范性文件共23件，已全部在县政府网站公开。",
    "2023年印发行政规范性文件3件，现行有效的行政规范性文件41件，均已在门户网站公开。",
    "全年出台规范性文件8件，目前继续有效的规范性文件60件，全部在网站公开。",
])
def test_a_stock_in_force_said_published_takes_not_the_documents_before_it(text):
    assert triples(text) == []


def test_documents_issued_in_turn_then_all_published_stay():
    # guard: with no stock in force between, the clause speaks of the documents counted before it
    assert triples("本年度印发规范性文件2件，部门文件5件，全部上网公开。") == [("published", 2, "all"), ("published", 5, "all")]


# More clauses of other work after a published count: documents sorted out, reviewed or checked,
# problems found (清理, 审核, 审查, 发现…).
@pytest.mark.parametrize("text, expected", [
    ("全年公开信息650条，开展督查4轮，发现问题12个，整改12个。", [("published", 650, "all")]),
    ("全年公开信息600条，清理规范性文件45件，废止8件。", [("published", 600, "all")]),
    ("全年公开信息600条，审核规范性文件18件。", [("published", 600, "all")]),
    ("全年公开信息600条，审查公开属性文件210件。", [("published", 600, "all")]),
    ("本年度发布政务信息380条，排查安全隐患27个。", [("published", 380, "all")]),
])
def test_documents_reviewed_or_problems_found_are_no_sibling_items(text, expected):
    assert triples(text) == expected


# Topics named as examples before 等 in a clause of its own after a published count, one of them
# proposals or suggestions handled (人大政协提案办理): the count is of the kind after 等, published.
@pytest.mark.parametrize("text, expected", [
    ("全年发布工作动态类信息894条，规划计划、人大政协提案办理等公示公告类信息20条。",
     [("published", 894, "all"), ("published", 20, "all")]),
    ("全年发布工作动态类信息500条，财务预决算、人大代表建议办理等公告类信息12条。",
     [("published", 500, "all"), ("published", 12, "all")]),
    ("全年发布工作动态类信息500条，招投标、政协提案办理、人大建议办理等信息15条。",
     [("published", 500, "all"), ("published", 15, "all")]),
])
def test_proposals_among_topics_before_a_kind_of_information_give_no_kind(text, expected):
    assert triples(text) == expected


def test_proposals_handled_after_a_published_count_stay_proposals():
    # guard: proposals handled, no topics of a kind of information
    assert triples("全年发布信息300条，办理人大代表建议15件、政协委员提案22件。") == [
        ("published", 300, "all"), ("npc_suggestions", 15, None), ("cppcc_proposals", 22, None)]


# Documents named after an activity (会议纪要, 访谈实录, 检查结果) are items of information, not the
# activity: among a list's items they are published.
@pytest.mark.parametrize("text, expected", [
    ("全年共发布信息890条，其中工作动态500条，会议纪要20条，召开新闻发布会5场。",
     [("published", 890, "all"), ("published", 500, "all"), ("published", 20, "all")]),
    ("全年共发布信息890条，其中工作动态500条，在线访谈实录6篇。",
     [("published", 890, "all"), ("published", 500, "all"), ("published", 6, "all")]),
    ("全年共发布信息890条，其中工作动态500条，双随机检查结果31条。",
     [("published", 890, "all"), ("published", 500, "all"), ("published", 31, "all")]),
])
def test_documents_named_after_an_activity_are_items(text, expected):
    assert triples(text) == expected


def test_meetings_held_stay_no_items():
    # guard: the meetings themselves, and their minutes drawn up without a publishing word, are no items
    assert triples("全年召开会议12次，形成会议纪要12份。") == []


# Tasks, measures or practical deeds named right after a count (22条重点任务, 10项便民措施): no items,
# as a sibling of a published count or among a list's items, whatever their unit.
@pytest.mark.parametrize("text, expected", [
    ("全年主动公开信息1500条，明确了4个方面22条重点任务。", [("published", 1500, "all")]),
    ("全年主动公开信息1500条，部署10条重点工作。", [("published", 1500, "all")]),
    ("本年度公开政务信息930条，推出12条便民措施。", [("published", 930, "all")]),
    ("全年主动公开信息800条，其中政策文件200条，8项民生实事。",
     [("published", 800, "all"), ("published", 200, "all")]),
])
def test_tasks_named_after_their_count_are_no_items(text, expected):
    assert triples(text) == expected


def test_information_named_after_its_count_stays_an_item():
    # guard: information words after the noun make it information about it
    assert triples("全年主动公开信息1500条，其中12条重点项目信息。") == [("published", 1500, "all"), ("published", 12, "all")]


# A count right after a preposition (就12件…, 对35件…, 针对8个…) is the object of a verb after it
# (征求意见, 审查, 回应), no sibling item of the published count before.
@pytest.mark.parametrize("text, expected", [
    ("全年主动公开信息900条，就12件政策文件草案公开征求意见。", [("published", 900, "all")]),
    ("全年主动公开信息900条，对35件文件进行了合法性审查。", [("published", 900, "all")]),
    ("全年主动公开信息900条，针对8个热点问题及时回应。", [("published", 900, "all")]),
])
def test_a_count_after_a_preposition_is_no_sibling_item(text, expected):
    assert triples(text) == expected


def test_a_verb_after_a_preposition_word_still_publishes():
    # guard: 对外 is no preposition before a count, and the clause publishes on its own
    assert triples("全年主动公开信息900条，对外发布信息30条。") == [("published", 900, "all"), ("published", 30, "all")]


# Documents handed over to an archive or library (移送, 送存, 交存) are deposited, not published.
@pytest.mark.parametrize("text, expected", [
    ("向县档案馆移送公开文件85件。", []),
    ("全年主动公开信息560条，向市档案馆送存政府公开信息130份。", [("published", 560, "all")]),
    ("全年主动公开信息560条，向县图书馆交存公开文件40件。", [("published", 560, "all")]),
])
def test_documents_deposited_with_an_archive_are_no_items(text, expected):
    assert triples(text) == expected
