"""The facts stage on the narrative counts eval26 showed missed (issue #9): a total counted up to
now in a paragraph of the year, responses to public concerns counted in 次, a second unit in
brackets, a count glued to an item whose name opens with a measure word, documents counted before
the verb that published them, a request form's title, a current-affairs word read as the gazette,
topics beside a count, a sentence that opens by saying where, a zero after a list that added up,
and no request said with the requesters named. Every sentence here is written for these tests."""
from fact_lines import read, triples


def published(text: str, year=2024) -> list:
    return [(f["value"], f["channel"]) for f in read(text, year) if f["kind"] == "published"]


# --- a total counted up to now (截至目前) in a paragraph of the report's year --------------------

def test_a_total_up_to_now_in_a_paragraph_of_the_year_is_the_years():
    text = "2021全年，某街道着力推进重点领域信息公开。其中，重点公开养老服务等民生信息。" \
           "截至目前，某街道通过多种渠道主动公开各类政府信息640条，其中区门户网站发布街道动态90余条。"
    facts = [f for f in read(text, 2021) if f["kind"] == "published"]
    assert [(f["value"], f["channel"]) for f in facts] == [(640, "all"), (90, "website")]
    assert all(f["confidence"] == "medium" and "截至目前" in f["note"] for f in facts)
    # so with 累计 after it, and a paragraph opened by 本年度
    assert published("本年度，某镇扎实推进政务公开。截至目前，某镇累计公开政府信息75条。", 2021) == [(75, "all")]


def test_a_total_up_to_now_after_the_years_count_stays_a_running_total():
    # guard: the year's count is stated, so the one up to now counts all years
    text = "2021年，某镇主动公开政府信息120条。截至目前，某镇公开政府信息3400条。"
    assert published(text, 2021) == [(120, "all")]


def test_a_total_up_to_now_outside_a_paragraph_of_the_year_stays_a_running_total():
    # guard: nothing dates the paragraph, or it opens with another year than the report's
    assert published("某镇扎实推进政务公开。截至目前，某镇主动公开政府信息640条。", 2021) == []
    assert published("2020年，某镇扎实推进政务公开。截至目前，某镇主动公开政府信息640条。", 2021) == []


# --- responses to public concerns counted in 次 -----------------------------------------------------

def test_responses_to_public_concerns_beside_published_counts_are_items():
    text = "通过县政府网站发布各类信息900条，人事信息15条，回应社会关切8次，开展网上调查2期。"
    assert published(text) == [(900, "website"), (15, "website"), (8, "website")]
    text = "全年公开信息400条，其中财政信息30条，回应公众关注热点12次。"
    facts = read(text, 2024)
    assert [(f["value"], f["unit"], f["confidence"]) for f in facts][-1] == (12, "次", "medium")


def test_responses_counted_alone_or_split_by_who_answered_are_no_items():
    # guard: no published count to stand beside, and a part of the responses named by who gave them
    assert published("全年回应公众关切12次。") == []
    text = "全年公开信息400条，其中财政信息30条，回应群众关切信息9次，其中主要负责人回应3次。"
    assert published(text) == [(400, "all"), (30, "all"), (9, "all")]


# --- a second unit in brackets, and a count glued to the next item -----------------------------------

def test_a_count_with_a_second_unit_in_brackets_is_read():
    text = "2024年某局公开政策文件6份，公开执法信息2条、人事类文件（信息）11（份）条、招标信息4条。"
    assert [v for v, _ in published(text)] == [6, 2, 11, 4]


def test_a_count_glued_to_an_item_whose_name_opens_with_a_measure_word_is_an_item():
    text = "2024年，某乡主动公开政府信息200条，其中公示公告6条，服务公开类4条，重点领域信息公开41村务公开149条。"
    assert [v for v, _ in published(text)] == [200, 6, 4, 41, 149]
    text = "全年公开信息90条，其中工作动态60条，机构职能8人事信息22条。"
    assert [v for v, _ in published(text)] == [90, 60, 8, 22]


def test_a_number_inside_a_name_is_no_item():
    # guard: a digit in a site's garbled name, far from the next count, lost no unit
    text = "2024年，某镇主动公开政府信息300条，其中某某区金7大道门户网站发布镇村动态120余条。"
    assert published(text) == [(300, "all"), (120, "website")]
    # guard: the kinds a list names without a count are no items of it
    text = "某镇系统梳理公开事项，形成涵盖财政信息、民生服务等6大类40项公开清单。"
    assert published(text) == []


# --- documents counted before the verb that published them -------------------------------------------

def test_documents_counted_before_their_name_and_verb_are_published():
    text = "加强规范性文件管理，全年共212件规范性文件通过“某市规范性文件统一发布平台”向社会集中公开。"
    facts = [f for f in read(text, 2024) if f["kind"] == "published"]
    assert [(f["value"], f["category"]) for f in facts] == [(212, "规范性文件")]
    assert published("全年共有35件规范性文件在区政府网站公开。") == [(35, "website")]


def test_drafts_put_out_for_comment_or_documents_repealed_are_no_such_count():
    assert published("全年有9件文件草案通过政府网站公开征求意见。") == []
    assert published("全年废止7件规范性文件通过网站公布。") == []


# --- a request form's title ----------------------------------------------------------------------------

def test_requests_counted_as_request_forms_received_are_requests():
    text = "2024年以来，某某街道收到《政府信息公开申请书》共计7件，均已按时答复。"
    assert triples(text, 2024) == [("requests_received", 7, None)]
    assert triples("本年度共收到《政府信息公开申请表》3份。", 2024) == [("requests_received", 3, None)]


# --- a wechat account's counts ----------------------------------------------------------------------

def test_current_affairs_reports_are_no_gazette():
    text = "依托镇微信公众号“某某小镇”发布工作动态300条，推送时政报道、巡察公告等重要信息12条。"
    assert published(text) == [(300, "wechat"), (12, "wechat")]


def test_topics_joined_beside_a_count_are_its_sibling_item():
    text = "依托镇微信公众号发布工作动态300条，各类政策、通告、时政报道、服务咨询200条，推送招聘公告等重要信息12条。"
    assert published(text) == [(300, "wechat"), (200, "wechat"), (12, "wechat")]


def test_answers_to_questions_and_complaints_beside_a_count_are_no_item():
    # guard: the first topic names something done, and what the public sent in is answered
    assert published("网站发布信息500条，解答咨询、投诉56件。") == [(500, "website")]
    assert published("网站发布信息500条，开展培训、咨询20条。") == [(500, "website")]


def test_a_sentence_that_opens_by_saying_where_gives_its_counts_that_channel():
    text = "通过镇政府网站对年度报告进行公示，对领导分工进行更新，发布招聘等通知公告信息10条，动态信息6条，公开采购信息31条。"
    assert published(text) == [(10, "website"), (6, "website"), (31, "website")]


# --- a zero after a list that added up, and no request said with the requesters named ---------------

def test_a_zero_item_after_the_items_made_up_their_total_is_an_item():
    text = "某镇2024年在政府网站公开信息总计70条，其中包括工作动态50条，人事信息8条，财政信息12条，申请公开0条。"
    assert published(text) == [(70, "website"), (50, "website"), (8, "website"), (12, "website"), (0, "website")]


def test_a_zero_of_requests_after_such_a_list_is_no_item():
    # guard: a count of its own kind after the list
    text = "全年公开信息60条，其中工作动态40条，财政信息20条，收到申请0件。"
    assert triples(text, 2024)[-1] == ("requests_received", 0, None)
    assert len(published(text)) == 3


def test_no_request_from_the_public_named_in_words_is_a_zero():
    text = "2024年，本镇无居民群众、企事业单位提出政府信息公开申请。"
    assert triples(text, 2024) == [("requests_received", 0, None)]
    assert triples("2024年，本镇无企业提出信息公开申请。", 2024) == [("requests_received", 0, None)]


# --- a kind of the item in brackets, and where a count went said in the clause after it ----------------

def test_a_kind_of_what_an_item_counts_in_brackets_after_it_is_its_item():
    text = "通过区政府网站全年发布信息3000条，其中以区政府名义印发的主动公开文件41件（含行政规范性文件9件），均按时公开。"
    assert published(text) == [(3000, "website"), (41, "website"), (9, "website")]


def test_a_part_named_otherwise_than_its_item_is_no_item():
    # guard: the decisions inside the penalty notices are parts of them, not items published
    text = "全年公开信息500条，其中行政处罚信息33条含207条处理决定，许可信息20条。"
    assert [v for v, _ in published(text)] == [500, 33, 20]


def test_the_clause_after_a_count_that_says_where_it_went_gives_its_channel():
    text = "2024年以区教育局名义印发主动公开文件6件，及时通过政府网站予以公开。"
    assert published(text) == [(6, "website")]
    # guard: a clause naming several channels names no one of them
    assert published("全年公开信息40条，并在网站、微信同步发布。") == [(40, "all")]


# --- a consultation column published -------------------------------------------------------------------

def test_consultations_and_their_feedback_published_are_items():
    text = "优化公开机制，全年主动公开政策文件8条，发布重大决策意见征集与反馈11条，覆盖民生领域。"
    assert published(text, 2025) == [(8, "all"), (11, "all")]


def test_consultations_held_or_feedback_received_are_no_items():
    # guard: no publishing verb, or what the public sent in
    assert published("全年开展意见征集与反馈10次。", 2025) == []
    assert published("全年收到意见反馈13件。", 2025) == []
