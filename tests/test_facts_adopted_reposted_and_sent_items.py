"""The facts stage on classes found in the eval20 set (issue #9). Every sentence here is
written for these tests."""
from govextract.model import Paragraph, Source
from govextract.stages import facts
from fact_lines import triples


def test_items_another_site_adopted_are_not_published_by_the_body():
    # what a higher site or office chose from the body's submissions is its choice, not the body's publishing
    assert triples("本局网站发布信息300条，市政府网站采用信息40条、省厅采用信息25条。") == [("published", 300, "website")]
    assert triples("全年在区政府网站公开信息90条，公众号推送信息120条，市委信息网录用信息18条。") == [
        ("published", 90, "website"), ("published", 120, "wechat")]
    # items sent to a website are still published there
    assert triples("2023年，向市政府门户网站报送政务信息26条。") == [("published", 26, "website")]


def test_items_others_reposted_are_no_items_of_the_list():
    assert triples("政务微博发布信息500条（其中被省政府新闻办转发12条），政务微信发布信息200条。") == [
        ("published", 500, "weibo"), ("published", 200, "wechat")]
    # the body's own reposting publishes
    assert triples("政务微博发布及转发信息500条。") == [("published", 500, "weibo")]


def test_channels_listed_before_deng_are_examples_of_the_channel_after_it():
    assert triples("通过局网站发布信息100条，网站、报纸等其他媒体发布信息60余条。") == [
        ("published", 100, "website"), ("published", 60, "media")]
    # 新媒体 names no one channel, nor does 媒体 after outlets none of which is news media
    assert triples("通过网站、微信等新媒体发布信息60条。") == [("published", 60, "all")]
    assert triples("通过网站、公众号等媒体发稿70篇。") == [("published", 70, "all")]


def test_a_running_total_over_the_whole_statistics_year_is_the_years_count():
    # the period from 1 January to 31 December dates it, even where the page lost the 年 of the year
    assert triples("20221月1日至12月31日本局在政府信息公开统一平台上累计主动公开信息88条。", 2022) == [
        ("published", 88, "website")]
    assert triples("2022年1月1日至12月31日，本局累计主动公开信息88条。", 2022) == [("published", 88, "all")]
    # a total taken at a date stays a running total
    assert triples("截至12月31日，本局在网站累计主动公开信息88条。", 2022) == []


def test_articles_placed_in_the_media_are_published_there():
    assert triples("在市日报发稿30篇、中国水利报和部委网站上发稿12篇，在地方媒体上发稿7篇。") == [
        ("published", 30, "media"), ("published", 12, "all"), ("published", 7, "media")]


def test_a_clause_naming_only_a_channel_and_its_count_takes_the_verb_before_it():
    found = triples("2022年，本局及时对各栏目的公开信息进行了更新，政府公众网信息23条，市融媒2条。")
    assert found == [("published", 23, "website"), ("published", 2, "media")]
    assert triples("向政府主站报送信息46条。") == [("published", 46, "website")]
    # a count at its clause's start has no channel of its own there; nor is a list's part read so
    assert triples("本局发布了宣传视频，在抖音上推广，15条短视频播放量超过10万。") == []


def test_the_standard_answers_to_requests_are_no_items_published():
    text = "本年度依申请公开申请数为15件，截至年底已全部办结。已办结件中予以公开的6件、不属于本机关公开的5件、其他处理的4件。"
    assert triples(text) == [("requests_received", 15, None)]


def test_requests_released_on_demand_in_a_list_of_published_items_are_no_item():
    assert triples("全年主动发布信息210条，其中，主动公开部门文件30件、依申请公开 12 件。") == [
        ("published", 210, "all"), ("published", 30, "all")]
    # a page of statistics on requests is an item
    assert triples("全年发布信息210条，其中，部门文件30件、依申请公开统计4条。") == [
        ("published", 210, "all"), ("published", 30, "all"), ("published", 4, "all")]


def test_the_staff_of_disclosure_work_are_no_items_published():
    # 公开 names the work the staff do, not something published (the page was cut before their unit)
    assert triples("本年度主动公开信息80条。\n本机关从事政府信息公开工作的全职人员共2") == [("published", 80, "all")]
    # a count without its unit after a publishing verb is read
    assert triples("全年公开信息158，收到申请3件。") == [("published", 158, "all"), ("requests_received", 3, None)]


def test_requests_counted_in_person_times_are_requests_with_a_doubt():
    found = facts.extract([Paragraph("接受、答复个人信息公开申请7人次。", Source(line=1))])
    assert [(f["kind"], f["value"], f["confidence"]) for f in found] == [("requests_received", 7, "medium")]
    assert "人次" in found[0]["note"]
    # people received for questions are no requests
    assert triples("全年接待群众咨询120人次。") == []


def test_a_bracket_after_a_count_opens_its_list_though_the_items_before_made_up_the_total():
    text = "2023年，本机关主动公开政府信息900条，其中，政府门户网站200条，政务新媒体700条（微博500条、微信200条）。"
    assert triples(text) == [("published", 900, "all"), ("published", 200, "website"), ("published", 700, "all"),
                             ("published", 500, "weibo"), ("published", 200, "wechat")]


def test_kinds_of_content_counted_between_a_total_and_its_list_leave_the_list_open():
    text = ("2015年本局向社会主动公开各类政府信息累计300条，将工作动态、通知公告、法规标准等12项内容分别予以公开。"
            "其中：政策法规20条、工作动态15条、通知公告9条。")
    assert triples(text, 2015) == [("published", 300, "all"), ("published", 20, "all"), ("published", 15, "all"),
                                   ("published", 9, "all")]
    # what became of requests still ends a list
    assert triples("本年度收到申请5件，已办结5件，其中2件分别予以公开，3件不予公开。") == [("requests_received", 5, None)]


def test_a_running_total_counted_since_the_reports_year_and_named_again():
    text = ("截至2016年12月31日，累计主动公开2016年以来的政府信息130条。\n"
            "（三）主要类别：累计公开各类政府信息130条；其中，业务工作类信息主动公开120条，政策文件类10条。")
    found = facts.extract([Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))], 2016)
    assert [(f["value"], f["category"]) for f in found] == [(130, None), (120, "业务工作类信息"), (10, "政策文件类")]
    # since an earlier year, a running total
    assert triples("截至2016年12月31日，累计主动公开2012年以来的政府信息530条。", 2016) == []
    # a channel's own count equal to the total, dated, is a second fact
    assert triples("2016年，全县累计主动公开政府信息900条。\n2016年政府门户网站累计公开政府信息900条。", 2016) == [
        ("published", 900, "all"), ("published", 900, "website")]


def test_a_count_before_its_noun_after_words_that_only_qualify_it():
    assert [v for _, v, _ in triples("动态发布区本级办理的31条双公示信息，其中企业登记信息20条。")] == [31, 20]
    # topics closed by 等 right before the count of what they are
    assert triples("在区政府网站上公示了机构概况、财政预决算、政策解读等40条信息。") == [("published", 40, "website")]
    # a count of interpretations alone stays none
    assert triples("公开政策解读等9条。") == []


def test_a_channel_carries_to_smaller_counts_after_it_but_not_across_a_semicolon():
    assert triples("通过网站发布信息800条，政务动态信息更新量300条。") == [
        ("published", 800, "website"), ("published", 300, "website")]
    assert triples("在区政府网站公示了各类信息40条；在抽查清单中公示了6条监管信息。") == [
        ("published", 40, "website"), ("published", 6, "all")]


def test_the_disclosure_catalogue_published_in_is_the_website():
    assert triples("2018年，本园区在政府信息公开目录上主动公开信息30条。") == [("published", 30, "website")]
    # entries of the catalogue are no items
    assert triples("编制政府信息公开目录64条。") == []


def test_information_released_counted_in_times_is_items_with_a_doubt():
    found = facts.extract([Paragraph("2011年本局在政府门户网站公开发布信息40次，包括通知公告6次、工作动态34次。",
                                     Source(line=1))])
    assert [(f["value"], f["channel"], f["confidence"]) for f in found] == [
        (40, "website", "medium"), (6, "website", "medium"), (34, "website", "medium")]
    assert all("次" in f["note"] for f in found)
    # pushes, events and interpretations counted in 次 are none
    assert triples("全年通过公众号推送信息52次，召开新闻发布会3次，发布政策解读5次。") == []


def test_items_sent_to_a_website_and_taken_by_it_are_published_there():
    found = triples("本局2012年主动公开信息累计90条，在局网站发布信息数量总计60条，向政府主站报送并被采用信息数量总计30条。", 2012)
    assert [(v, c) for _, v, c in found] == [(90, "all"), (60, "website"), (30, "website")]
    # taken by a body, not sent to a site, stays none
    assert triples("报送政务信息80篇，被市政府采用15篇。") == []


def test_a_numeral_in_an_items_name_is_no_count():
    assert triples("全年公开信息60条，其中五项惠民工程12条、法规公文48条。") == [
        ("published", 60, "all"), ("published", 12, "all"), ("published", 48, "all")]
