"""A body's other reports are refused as what they are: a report on building rule-of-law government
(eval28's class: addressed to the county's party committee and government, no title, its first
part 一、…推进法治政府建设的主要举措和成效), a work summary of all a body did, a personal
performance report, a petitions report, a bulletin, a budget. They have a year, a report's parts
and counts, and may mention 政务公开 among their work; their title, a part's heading or the
sentence saying what they report names work other than disclosure. A disclosure report naming
that work in its body, or under a link to such a report, is still read."""
import pytest

from refused import parse_page, refusal

LAW = ("2022年，在县委、县政府的坚强领导下，我局深入学习贯彻习近平法治思想，认真落实法治政府建设各项任务，"
       "依法履职水平不断提高。现将工作情况报告如下：\n"
       "一、2022年度推进法治政府建设的主要举措和成效\n"
       "（一）加强组织领导。成立了以局长为组长的领导小组，召开党组会议4次专题研究，配备法律顾问1名。\n"
       "（二）规范行政决策。全年审查规范性文件6件、合同协议11份，均经合法性审查。\n"
       "（三）推进政务公开。通过局门户网站公开信息85条。\n"
       "二、存在的不足和原因\n一是学法用法的主动性有待提高；二是执法人员专业能力不足。\n"
       "三、2023年度推进法治政府建设的主要安排\n一是加强培训；二是完善制度。\n")

WORK = ("一、主要工作完成情况\n（一）业务工作。全年完成各类报表1200份，开展专项检查5次，接待来访群众320人次。\n"
        "（二）信息宣传。在县政府网站发布信息46条，微信公众号推送80篇。\n"
        "二、存在的问题\n人员力量薄弱，基础工作有待加强。\n三、下一步工作打算\n一是加强队伍建设。\n")


def other_report(text: str) -> str:
    cause = refusal(text)
    assert "another kind of report" in cause and "另一种报告" in cause
    return cause


@pytest.mark.parametrize("addressee", ["中共白沙县委、白沙县人民政府：\n", "县委、县政府：\n", ""])
def test_an_untitled_rule_of_law_report_is_refused_by_its_parts_heading(addressee):
    cause = other_report(addressee + LAW)
    # addressed to the party committee and the government, the page says so first
    assert (addressee.strip() if addressee.startswith("中共") else "推进法治政府建设的主要举措和成效") in cause


@pytest.mark.parametrize("heading", ["一、2021年度推进依法行政工作的主要举措和成效",
                                     "一、党政主要负责人履行推进法治建设第一责任人职责情况",
                                     "一、2020年法治政府建设工作开展情况及成效",
                                     "一、依法治县工作的主要举措",
                                     "一、2019年推进法治政府建设情况"])
def test_other_headings_naming_rule_of_law_work_refuse_the_page(heading):
    text = (f"2023年，我县认真落实上级部署，各项工作有序推进。\n{heading}\n"
            "县政府常务会议学法4次，审议规范性文件8件，通过政府网站公开信息32条。\n二、存在的不足\n一是依法决策意识有待增强。\n")
    assert heading[2:10] in other_report(text)


def test_a_rule_of_law_report_is_refused_by_what_it_says_it_reports():
    text = ("根据上级要求，现将我镇2023年度法治政府建设工作情况报告如下：\n一、主要工作\n全年审查合同6件，"
            "开展执法培训3次，通过镇政务公开栏公开信息32条。\n二、存在问题\n执法能力有待提高。\n")
    assert "现将我镇2023年度法治政府建设工作情况报告如下" in other_report(text)


@pytest.mark.parametrize("title", [
    "青禾县发展和改革局2022年度法治政府建设情况报告",
    "青禾县人民政府关于2021年度法治政府建设工作情况的报告",
    "白沙镇2019年依法行政工作报告",
    "青禾市信访局2022年度信访工作情况报告",
    "青禾县统计局2023年工作总结及2024年工作计划",
    "白沙街道办事处2021年度工作总结",
    "2022年度述职述廉报告",
    "青禾市2022年国民经济和社会发展统计公报",
    "青禾市2021年生态环境状况公报",
    "青禾县教育局2022年度部门决算公开说明",
    "关于青禾市2022年预算执行情况和2023年预算草案的报告",
    "青禾科技有限公司2022年度报告",
    "青禾市慈善总会2022年度工作报告",
])
def test_a_report_titled_for_other_work_is_refused_naming_its_title(title):
    # a plain body of counts and parts, no heading naming the other work: the title decides
    cause = other_report(f"首页 > 工作动态\n{title}\n发布时间：2023-03-01\n{WORK}")
    assert title[-6:].replace("報告", "报告").replace("建設", "建设") in cause


def test_a_rule_of_law_report_in_traditional_script_is_refused():
    text = ("青禾縣2022年度法治政府建設情況報告\n2022年，本縣認真落實法治政府建設各項任務。\n"
            "一、主要工作\n全年審查規範性文件8件，開展執法培訓6次，通過政府網站公開資訊32條。\n"
            "二、存在的不足\n執法隊伍能力有待提高。\n")
    assert "法治政府建设情况报告" in other_report(text)


@pytest.mark.parametrize("title", ["白沙村2022年村务公开工作总结",
                                   "中共青禾县水利局机关支部委员会2021年度党务公开工作报告",
                                   "青禾县第一中学2023年校务公开工作总结",
                                   "青禾县人民医院2022年院务公开工作情况报告"])
def test_a_summary_of_openness_of_another_kind_is_refused(title):
    # village, party, school and hospital affairs are made public under their own rules
    text = (f"{title}\n发布日期：2023-01-20\n全年公开各类事项信息36条，财务收支12期，坚持把公开作为接受群众监督的重要抓手，"
            "严格落实公开制度，群众知情权和监督权得到有效保障。\n一、主要做法\n通过公开栏和微信群发布信息36条。\n"
            "二、存在问题\n公开内容不够细。\n")
    assert title in other_report(text)


def test_a_townships_report_on_government_and_village_affairs_openness_is_read():
    text = ("白沙镇2020年政务公开和村务公开工作情况报告\n2020年，我镇主动公开政府信息126条，指导各村公开村务信息300条，"
            "未收到政府信息公开申请。\n一、政务公开\n通过镇政府网站公开信息126条。\n二、村务公开\n各村按季度公开财务收支。\n")
    record = parse_page(text)
    assert any(f["kind"] == "published" and f["value"] == 126 for f in record["facts"])


@pytest.mark.parametrize("opening", [
    "政府工作报告\n——2024年1月10日在青禾市第八届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。",
    "关于青禾县2023年国民经济和社会发展计划执行情况的报告\n——2024年1月在县第十八届人民代表大会第四次会议上\n",
    "主任、副主任、各位委员：\n我受市人民政府委托，现将2022年度国有资产管理情况报告如下，请予审议。",
    "中共白沙县委、白沙县人民政府：\n2023年，我局在县委县政府的领导下，全面完成年度目标任务，现将有关情况报告如下：",
])
def test_a_report_made_to_a_congress_or_a_party_committee_is_refused_by_whom_it_addresses(opening):
    # a disclosure report is addressed to the public; these speak to deputies, a standing committee
    # or the party committee and the government, whatever work they report
    cause = other_report(f"{opening}\n{WORK}")
    assert "another kind of report" in cause


@pytest.mark.parametrize("menu", ["政府工作报告", "法治政府建设年度报告", "述职述廉报告"])
def test_a_report_under_a_menu_naming_other_reports_is_read(menu):
    # a site's column names no year: no report's title
    text = (f"首页\n{menu}\n政府信息公开年报\n一、总体情况\n2021年，我局主动公开政府信息96条，"
            "全年围绕群众关切完善信息发布机制，加强政策解读和回应，工作规范化水平进一步提高。\n"
            "二、主动公开政府信息情况\n全年通过门户网站发布信息96条。\n"
            "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请1件，已按时答复。\n")
    record = parse_page(text)
    assert any(f["kind"] == "published" and f["value"] == 96 for f in record["facts"])


@pytest.mark.parametrize("body", ["青禾县审计局", "青禾市信访局", "白沙县普法办"])
def test_an_untitled_report_of_a_body_named_after_other_work_is_read(body):
    # the body's name holds the other work's word; what it reports is its disclosure work
    text = (f"根据《中华人民共和国政府信息公开条例》规定，现将{body}2019年度报告如下。\n一、总体情况\n"
            "2019年，我局主动公开政府信息58条，全年围绕群众关切完善信息发布机制，加强政策解读和回应。\n"
            "二、主动公开政府信息情况\n通过门户网站发布信息58条。\n三、收到和处理政府信息公开申请情况\n全年收到申请2件。\n")
    record = parse_page(text)
    assert any(f["kind"] == "published" and f["value"] == 58 for f in record["facts"])


def test_a_report_naming_rule_of_law_and_disclosure_work_in_its_title_is_read():
    text = ("青禾县2012年依法行政和政务公开工作情况报告\n2012年，我县认真贯彻《政府信息公开条例》，"
            "全年主动公开政府信息1260条，受理政府信息公开申请12件，均按时答复。\n"
            "一、依法行政工作\n审查规范性文件9件。\n二、政务公开工作\n县政府网站发布信息1260条。\n")
    record = parse_page(text)
    assert record["meta"]["year"] == 2012
    assert any(f["kind"] == "published" and f["value"] == 1260 for f in record["facts"])


def test_a_disclosure_report_speaking_of_rule_of_law_work_in_its_body_is_read():
    # no title: template parts, the other work named only inside them
    text = ("一、总体情况\n2021年，我局主动公开政府信息96条，围绕法治政府建设开展普法宣传12次，推进依法行政。\n"
            "二、主动公开政府信息情况\n全年通过门户网站发布法治政府建设、依法行政信息96条。\n"
            "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请1件，已按时答复。\n")
    record = parse_page(text)
    assert any(f["kind"] == "published" and f["value"] == 96 for f in record["facts"])


def test_a_finance_bureaus_report_with_a_part_on_budgets_published_is_read():
    # a heading naming 预算决算 as published information is disclosure work
    text = ("青禾县财政局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我局主动公开政府信息206条。\n"
            "二、预算决算公开情况\n全县86个部门公开了部门预算和决算，共计172件。\n"
            "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请4件。\n")
    record = parse_page(text)
    assert record["meta"]["agency"] == "青禾县财政局"


def test_a_report_under_a_link_to_the_bodys_rule_of_law_report_is_read():
    text = ("相关链接\n青禾县司法局2021年度法治政府建设情况报告\n青禾县司法局2021年政府信息公开工作年度报告\n"
            "一、总体情况\n2021年，我局主动公开政府信息96条，认真落实法治政府建设要求。\n"
            "二、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请1件。\n")
    record = parse_page(text)
    assert (record["meta"]["agency"], record["meta"]["year"]) == ("青禾县司法局", 2021)


@pytest.mark.parametrize("text", [
    # a short township report under a link to its rule-of-law report
    "法治政府建设\n白沙镇2020年政府信息公开工作年度报告\n2020年，我镇主动公开政府信息42条，未收到政府信息公开申请，"
    "未发生行政复议和行政诉讼。\n",
    # a free-form 2010 report whose parts name rule-of-law work beside disclosure
    "青禾县林业局2010年政府信息公开工作年度报告\n2010年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
    "一、概述\n（一）坚持依法行政，规范公开程序。成立了领导小组。\n"
    "二、主动公开政府信息的情况\n全年主动公开政府信息86条。\n三、结合依法行政推进政府信息公开\n开展培训2次。\n",
    # traditional script, the work named in its body
    "青禾縣司法局2021年政府資訊公開工作年度報告\n一、總體情況\n2021年，我局主動公開政府資訊156條，推進法治政府建設，"
    "開展依法行政自查。\n二、收到和處理政府資訊公開申請情況\n全年收到申請3件。\n",
])
def test_a_township_free_form_or_traditional_report_naming_other_work_is_read(text):
    record = parse_page(text)
    assert record["facts"] and record["meta"]["year"] in (2010, 2020, 2021)
