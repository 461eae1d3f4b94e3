"""Look-alikes an archive scrape files among annual reports (eval24's class): an office's circular
to its units on their disclosure work, a progress summary of the year so far, a research abstract
on reports, a model essay whose years are written 201x. Each carries a report's parts or counts;
what it says of itself tells it apart. Guards: a report using the same words otherwise is read."""
from refused import parse_page, refusal

CIRCULAR = ("青禾县人民政府督查室关于2019年第二季度政务公开工作的检查通报\n"
            "各乡镇人民政府，县直各部门：\n"
            "近期，县政府督查室对各单位网站政务公开情况进行了检查，现将有关情况通报如下：\n"
            "一、总体情况\n4月至6月，全县政务公开平台共发布信息2310条，各单位均按要求更新栏目。\n"
            "二、存在问题\n少数单位信息更新不及时，栏目内容单一。\n"
            "三、工作要求\n各单位要明确专人负责，按月报送信息公开情况。\n")


def test_a_circular_to_units_is_refused_as_one():
    cause = refusal(CIRCULAR)
    assert "inspection" in cause or "circular" in cause


def test_a_circular_is_refused_by_its_body_without_its_title():
    # a scraped copy whose title line went into a table or was lost: the body still says what it is
    cause = refusal(CIRCULAR.split("\n", 1)[1])
    assert "circular to the units" in cause and "通报如下" in cause


def test_an_inspection_circular_title_is_refused():
    cause = refusal("首页 > 通知公告\n白沙区政府办公室政务公开工作督查通报\n"
                    "一、总体情况\n今年以来，各单位共发布政府信息1200条。\n二、存在问题\n个别单位更新较慢。\n")
    assert "inspection" in cause and "督查通报" in cause


def test_a_report_that_reports_its_year_is_read_not_a_circular():
    # guard: 报告如下 is a report's own voice, and a report may say it was itself inspected and circulated
    record = parse_page("青禾县水务局2019年政府信息公开工作年度报告\n"
                        "现将本局2019年政府信息公开工作情况报告如下：\n"
                        "一、总体情况\n2019年，我局主动公开政府信息126条，县政府督查室检查后对我局予以通报表扬。\n"
                        "二、主动公开政府信息情况\n全年通过门户网站公开信息126条。\n")
    assert record["meta"]["agency"] == "青禾县水务局" and record["meta"]["year"] == 2019


def test_a_progress_summary_of_the_year_so_far_is_refused():
    cause = refusal("市政府信息公开年度报告\n青禾市2016年政府信息公开工作进展情况\n"
                    "2016年，青禾市认真贯彻落实《条例》，全力推动政府信息公开工作有序开展。\n"
                    "（一）主动公开情况\n截至2016年10月，全市主动公开政府信息15420条。\n"
                    "（二）依申请公开情况\n1—10月，全市共受理政府信息公开申请52件，均已答复。\n")
    assert "progress summary" in cause and "进展情况" in cause


def test_a_report_telling_of_progress_in_its_body_is_read():
    # guard: a report's sentence on its work's progress is no title line
    record = parse_page("青禾市2016年政府信息公开工作年度报告\n"
                        "2016年，我市政府信息公开工作取得新进展，全市主动公开政府信息15420条。\n"
                        "一、概述\n全年受理政府信息公开申请52件，均已按时答复。\n"
                        "二、主动公开政府信息情况\n全年通过门户网站公开信息15420条。\n")
    assert record["meta"]["year"] == 2016


def test_a_research_abstract_on_reports_is_refused():
    cause = refusal("摘要\n本文通过对18个省份2015-2017年度政府信息公开工作年度报告的统计，"
                    "分析依申请公开数量和行政复议情况，评价各地政府信息公开工作。\n关键词：政府信息公开；年度报告\n全文\n")
    assert "research paper" in cause


def test_a_report_with_one_summary_line_is_not_a_paper():
    # guard: one cue (a summary heading) is not a paper
    record = parse_page("青禾县商务局2017年政府信息公开工作年度报告\n摘要\n"
                        "2017年，我局主动公开政府信息48条，未收到政府信息公开申请。\n"
                        "一、概述\n全年公开信息48条。\n二、主动公开政府信息情况\n通过门户网站公开信息48条。\n")
    assert record["meta"]["agency"] == "青禾县商务局"


def test_a_model_essay_with_years_written_201x_is_refused():
    cause = refusal("机关工作总结报告\n201x年，我局认真贯彻落实政府信息公开条例，现将工作情况报告如下：\n"
                    "一、201x年政府信息公开工作概述\n（一）加强领导。成立了政府信息公开工作领导小组。\n"
                    "（二）强化制度。出台了本局政府信息公开指南，制定了依申请公开处理流程。\n")
    assert "placeholders" in cause


def test_a_year_printed_whole_is_no_placeholder():
    # guard: 2015年 and a model number ending in x are no placeholders
    record = parse_page("青禾县林业局2015年政府信息公开工作年度报告\n"
                        "2015年，我局主动公开政府信息37条，购置X光机1台。\n"
                        "一、概述\n全年公开信息37条。\n二、主动公开政府信息情况\n通过门户网站公开信息37条。\n")
    assert record["meta"]["year"] == 2015


def test_a_half_year_summary_is_refused_by_its_title():
    cause = refusal("青禾县商务局2020年上半年政府信息公开工作总结\n"
                    "2020年上半年，我局认真落实《条例》，扎实推进政府信息公开工作。\n"
                    "一、基本情况\n我局完善信息发布机制，主动公开政府信息36条。\n二、主要做法\n完善信息发布审核机制。\n")
    assert "part of a year" in cause and "上半年" in cause


def test_a_half_year_summary_without_a_title_is_refused_by_its_opening():
    cause = refusal("今年以来，白沙镇政务公开工作在县委、县政府的领导下稳步推进，现将上半年工作开展情况汇报如下：\n"
                    "一、健全组织机构\n镇政府调整了政务公开领导小组，明确专人负责。\n"
                    "二、推进重点领域公开\n截至6月底，共发布信息41条。\n")
    assert "part of a year" in cause


def test_a_report_naming_its_first_half_in_a_sentence_is_read():
    # guard: a report's sentence on its first half's work, and 半年 in a heading's clause, name no summary
    record = parse_page("白沙镇2020年政府信息公开工作年度报告\n"
                        "现将本镇2020年政府信息公开工作情况报告如下：\n"
                        "一、总体情况\n2020年，我镇主动公开政府信息52条，上半年完成了信息公开指南的修订。\n"
                        "二、主动公开政府信息情况\n全年通过政府网站公开信息52条。\n")
    assert record["meta"]["agency"] == "白沙镇" and record["meta"]["year"] == 2020


def test_a_line_saying_the_first_half_was_reviewed_names_no_summary():
    # guard: a short line telling that half a year's work was reviewed does not end on the summary
    record = parse_page("白沙镇2020年政府信息公开工作年度报告\n7月镇政府对上半年政务公开工作进行了总结讲评\n"
                        "一、总体情况\n2020年，我镇主动公开政府信息52条。\n"
                        "二、主动公开政府信息情况\n全年通过政府网站公开信息52条。\n")
    assert record["meta"]["agency"] == "白沙镇"


def test_a_notice_on_assessing_disclosure_work_with_a_count_is_refused():
    # its title line is a notice's (the first kind found), and a count (5个指标) is read: its body still says what it is
    cause = refusal("首页 > 专题 > 区级政策\n青禾区人民政府办公室关于对2022年度全区政务公开工作开展考评的通知\n"
                    "各镇政府、街道办事处，区政府各部门：\n"
                    "为深入推进我区政务公开工作，决定对各单位政务公开工作开展考评，现将有关事项通知如下：\n"
                    "一、考评内容\n政务公开工作考评内容由5个指标12项内容组成,具体包括列入年度评估体系的指标得分情况及加减分项。\n"
                    "二、考评时间\n考评于12月底进行。\n")
    assert "notice" in cause


def test_a_publishing_notice_holding_its_report_is_read():
    # guard: a notice publishing the body's report, with the report and its counts under it
    record = parse_page("关于公布青禾区水务局2022年政府信息公开工作年度报告的通知\n"
                        "现将我局2022年政府信息公开工作年度报告予以公布。\n"
                        "2022年，我局主动公开政府信息64条，收到政府信息公开申请3件，均已按时答复。\n")
    assert record["meta"]["year"] == 2022


def test_a_free_form_report_under_a_breadcrumb_naming_the_catalogue_is_read():
    # a breadcrumb's columns (政府信息公开目录 > 年度报告) name the site, not the page
    record = parse_page("当前位置：首页 > 政府信息公开目录 > 年度报告\n"
                        "2015年，我局认真贯彻落实《条例》，完善政府信息公开工作机制，明确专人负责信息发布和审核。\n"
                        "一是健全制度。制定了信息发布审核制度和依申请公开办理流程。\n"
                        "二是拓宽渠道。通过门户网站、公开栏等形式及时公开政府信息，方便群众查阅。\n"
                        "三是加强监督。将政府信息公开工作纳入年度考核，接受社会监督。\n")
    assert record["meta"]["year"] == 2015


def test_a_breadcrumb_ending_on_a_catalogue_still_names_the_page():
    # guard: the last step is the page itself
    cause = refusal("当前位置：首页 > 政务公开 > 青禾县交通运输局政府信息公开目录\n"
                    "机构职能\n领导分工\n规划计划\n政策法规\n")
    assert "catalogue" in cause


def test_an_assessment_report_dated_after_its_title_is_refused_as_one():
    cause = refusal("青禾市政务公开第三方评估报告（2019）\n"
                    "受市政府办公室委托，课题组对全市32个市直部门和8个县区的政务公开情况进行评估。\n"
                    "一、评估对象、指标及方法\n市直部门评估包括11个一级指标，总分100分。\n"
                    "二、评估结果\n全市平均得分78.6分，其中21个部门得分在80分以上。\n")
    assert "assessment" in cause and "（2019）" in cause


def test_a_yearly_progress_report_titled_as_the_years_report_is_read():
    # guard: 年度…工作进展情况报告 is how some bodies titled their annual report
    record = parse_page("白沙镇2015年度政府信息公开工作进展情况报告\n"
                        "2015年，我镇主动公开政府信息45条，未收到政府信息公开申请。\n"
                        "一、概述\n全年通过政府网站公开信息45条。\n二、主动公开政府信息情况\n公开机构职能等信息45条。\n")
    assert record["meta"]["year"] == 2015


def test_a_self_assessment_against_an_assessment_scheme_is_refused():
    cause = refusal("县政府办：\n我局认真落实政务公开各项工作，对照《青禾县2022年度政务公开工作考核细则》逐项对比，"
                    "现将我局政务公开工作自评结果报告如下：\n"
                    "一、工作保障（占比10%，自评得10%）\n建立政务公开领导小组，制定各项制度。\n"
                    "二、主动公开（占比50%，自评得48%）\n及时公开规划、财政和权责信息。\n")
    assert "self-assessment" in cause and "自评结果报告如下" in cause


def test_a_report_mentioning_its_self_assessment_is_read():
    # guard: a report may say it assessed itself; it reports its year, not the assessment
    record = parse_page("青禾县林业局2022年政府信息公开工作年度报告\n"
                        "一、总体情况\n2022年，我局主动公开政府信息58条，年底对照考核细则开展了自评。\n"
                        "二、主动公开政府信息情况\n全年通过门户网站公开信息58条。\n")
    assert record["meta"]["agency"] == "青禾县林业局"
