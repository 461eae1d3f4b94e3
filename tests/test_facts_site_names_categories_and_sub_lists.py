"""Classes of fact sentences that eval21 (session 15's blind set, tuning material since) read
without their channel, their category or at all, each written anew for these tests: a site
known by its own name; a count given for one channel after a total it equals; a platform's
count and its parts; categories cut at a measure word, a verb or an aside; lists that go on
past a gloss, a sub-list or a split by channel; requests that happened, and a zero cut short."""
from fact_lines import read, triples


def categories(text: str, year=None) -> list:
    return [(f["value"], f["channel"], f["category"]) for f in read(text, year) if f["kind"] == "published"]


def test_a_site_known_by_its_own_name_is_the_website():
    # a quoted name ending in 网 says it is a site, as does a name in 网 printed with its address
    assert triples("本局在“江城警务网”更新各类信息520条，在报纸刊登信息60条。") == [
        ("published", 520, "website"), ("published", 60, "media")]
    assert triples("某市气象网（http://www.example.gov.cn）共发布信息75条。") == [("published", 75, "website")]


def test_a_quoted_name_in_wang_that_is_no_portal_keeps_its_channel():
    # a news site is news media; the internet as such names no channel
    assert triples("在“某县新闻网”发布稿件40篇。") == [("published", 40, "media")]
    assert triples("依托“互联网”开展宣传，全年公开信息20条。") == [("published", 20, "all")]
    # a quoted site name before an account is the account's name
    assert triples("通过“某县政府网”微信公众号发布信息60条。") == [("published", 60, "wechat")]


def test_a_count_for_one_channel_equal_to_its_total_is_that_channels_count():
    assert triples("2022年度本局共主动公开政府信息30条，其中：政府网站公开专栏30条。") == [
        ("published", 30, "all"), ("published", 30, "website")]
    # and the items after it are of that channel
    found = categories("2021年，县统计局主动公开信息12条，其中县政府网站公开12条，包括统计调查计划2条、统计公报10条。")
    assert found == [(12, "all", None), (12, "website", None), (2, "website", "统计调查计划"),
                     (10, "website", "统计公报")]


def test_the_same_count_stated_for_several_channels_is_one_fact_per_channel():
    text = "2021年本街道主动公开政府信息48条，其中依托区政府网站主动公开信息48条；通过政务微信公众号公开信息48条；通过政务公开栏公开信息48条。"
    assert triples(text) == [("published", 48, "all"), ("published", 48, "website"),
                             ("published", 48, "wechat"), ("published", 48, "bulletin_board")]


def test_a_total_named_again_without_a_channel_stays_one_count():
    assert triples("全年公开信息120条，其中主动公开政府信息120条。") == [("published", 120, "all")]


def test_a_platforms_count_and_its_parts_are_of_the_website():
    text = "本年度，我局在各个平台共公开信息900条，其中，政务信息平台公开总数为200条（工作动态150条，机构设置2条，其他48条）。"
    assert categories(text) == [(900, "all", None), (200, "website", None), (150, "website", "工作动态"),
                                (2, "website", "机构设置"), (48, "website", "其他")]


def test_a_measure_word_after_the_verb_leaves_the_category_to_the_words_before_it():
    assert categories("维护机构概况类信息更新量80条。") == [(80, "all", "维护机构概况类信息")]
    # a measure word alone before the verb names nothing: no category
    assert categories("网站信息更新量120条。") == [(120, "website", None)]


def test_a_category_named_after_a_publishing_verb_and_lei_keeps_the_verb():
    found = categories("2023年，我局共主动公开政府信息200条，其中公告公示类信息150条，工作信息类信息40条，其他类10条。")
    assert found == [(200, "all", None), (150, "all", "公告公示类信息"), (40, "all", "工作信息类信息"),
                     (10, "all", "其他类")]


def test_an_aside_on_the_item_before_is_no_part_of_the_next_items_name_nor_dates_it():
    text = "全年对外公布信息共计300篇，发布审计结果公告2篇、公开财务预决算情况4篇（含2019年预算、2018年决算和绩效评价报告（2018年度））、规范性文件5篇（含实施意见（试行）等）。"
    assert categories(text, 2019)[-1] == (5, "all", "规范性文件")
    # a year that opens the clause of a count still dates it
    assert categories("2019年，本局公开信息40条。此外，2018年公开信息12条。", 2019) == [(40, "all", None)]


def test_a_sub_list_made_up_returns_to_the_list_of_its_total():
    text = "在主动公开的2000条信息中，法规类的信息40条，其中法规20条，规范性文件20条；计划类的信息6条，其中年度计划3条，其它3条；业务类信息1954条。"
    assert [v for v, _, _ in categories(text)] == [2000, 40, 20, 20, 6, 3, 3, 1954]
    # a list that made up a total that is no item of another closes (what follows is no item: the
    # documents named after the interpretations are published under their verb, on their own)
    text = "2024年主动公开信息500条，其中重点领域信息300条，其他信息200条，发布政策解读14篇，规范性文件2条。"
    assert [v for v, _, _ in categories(text)] == [500, 300, 200, 2]
    assert "item of the list" not in read(text)[-1]["note"]


def test_a_gloss_on_an_item_does_not_end_its_list():
    text = "本局公开信息500条，其中法规类80条，占总体的16%，主要是本省和本市制定的各项地方性法规和规章，以及有关部门据此制定的各类规范性文件；计划类20条，其他400条。"
    assert [v for v, _, _ in categories(text)] == [500, 80, 20, 400]
    # clauses about something else between two counts still end it
    text = "本局公开信息500条，其中法规类80条，占总体的16%，完善政策解读机制，丰富解读形式，加强各科室工作人员的各项业务培训工作，提升工作水平；计划类20条。"
    assert [v for v, _, _ in categories(text)] == [500, 80]


def test_a_category_counted_after_a_split_by_channel_is_an_item():
    text = "2024年主动公开信息总数500条，其中政府网站公开政府信息数200条，其他方式公开政府信息数300条，规范性文件数2条。"
    assert triples(text) == [("published", 500, "all"), ("published", 200, "website"),
                             ("published", 300, "all"), ("published", 2, "all")]


def test_requests_that_happened_are_received():
    assert triples("2021年，本局发生依申请公开2次。") == [("requests_received", 2, None)]
    # an appeal that happened is none
    assert triples("2021年，本局发生依申请公开2次，发生行政复议1次。") == [("requests_received", 2, None)]


def test_a_zero_said_in_words_cut_at_the_texts_end_is_kept():
    assert triples("本年度我局未收到信息公开申") == [("requests_received", 0, None)]
    # another word that opens with the same character is no request
    assert triples("本年度我局未收到信息公开申诉。") == []


def test_a_category_sheds_a_measure_word_a_leading_de_and_a_trailing_mark():
    found = categories("全年公开信息500条，其中行政处罚信息数量60条，规范性文件数2条，政府信息件数为120条。")
    assert found == [(500, "all", None), (60, "all", "行政处罚信息"), (2, "all", "规范性文件"), (120, "all", None)]
    assert categories("本年度主动公开的行政规范性文件3件。") == [(3, "all", "行政规范性文件")]
    assert categories("本年度公开镇财政信息，1条。") == [(1, "all", "镇财政信息")]
    # a name whose own last character is 数 keeps it
    assert categories("全年公开信息500条，其中价格指数12条。")[-1] == (12, "all", "价格指数")
