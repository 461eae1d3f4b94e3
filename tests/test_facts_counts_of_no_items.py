"""Counts that are no items published: work norms and measures established (…等三项工作规范), the
sub-directories or sections of a site (等8个子目录, 5个板块), responses its clause says were made by
some means (通过…栏目回应公众关注热点14次), the rules table's figures said in words (规范性文件发布数量0条、
废止数量0条…), and the parts of a year-end running total an older report leaves out (截至年底…共公布…条。
其中：网站…条，微信…条)."""
from fact_lines import triples


def test_work_norms_and_measures_counted_in_items_are_no_items():
    assert triples("建立完善信息发布协调、监督保障和保密审核等三项工作规范，推进公开工作。") == []
    assert triples("制定公开审核、发布、更新等5项工作流程。") == []
    assert triples("出台便民利民举措12项，发布信息30条。") == [("published", 30, "all")]
    # documents of rules (规范性文件) counted so stay what they are
    assert triples("在网站公开规范性文件5项。") == [("published", 5, "website")]


def test_sub_directories_and_sections_of_a_site_are_no_items():
    assert triples("主动公开内容下设履职依据、机构简介、政策文件等8个子目录。") == []
    assert triples("网站设置6个二级目录，发布信息45条。") == [("published", 45, "website")]
    assert triples("门户网站开设3个专题板块，发布信息60条。") == [("published", 60, "website")]


def test_responses_made_by_some_means_are_no_items():
    text = ("全年共公开信息900条，其中通过县政府网信息公开平台公开信息880条，通过某农业信息平台公开信息20条；"
            "通过县政府网政务咨询等栏目回应公众关注热点14次。")
    assert triples(text) == [("published", 900, "all"), ("published", 880, "website"), ("published", 20, "all")]
    assert triples("网站发布信息300条，利用领导信箱回应社会关切9次。") == [("published", 300, "website")]
    # a column of responses among the items, no means named, stays an item
    assert ("published", 19, "website") in triples("网站发布信息200条，其中统计信息23条，回应公众关切19次。")


def test_the_rules_tables_figures_in_words_are_no_items():
    assert triples("本年度行政规范性文件发布数量0条、废止数量0条及现行有效数量0条。") == []
    assert triples("全年规范性文件制发数量2件，废止数量1件，现行有效数量9件。") == []
    assert triples("本年度制发规范性文件3件，废止1件，现行有效12件。") == []
    # issued and then said to be published stays a count published
    assert triples("印发规范性文件4件，均已在门户网站公开。") == [("published", 4, "website")]


def test_the_parts_of_an_older_reports_year_end_total_go_with_it():
    text = ("截至2016年底，我局共公布政府信息、工作动态信息130余条。其中：政府网站公开政府信息数50条，"
            "政务微信公开政府信息数60条，其他方式20条。")
    assert triples(text, year=2016) == []
    text = "截止2015年12月31日，共主动公开信息90条，其中门户网站60条，公开栏30条。"
    assert triples(text, year=2015) == []
    # a template report's year-end total whose parts add up to it is the year's, with its parts
    text = "截至2022年底，累计公开信息90条，其中门户网站60条，公开栏30条。"
    assert triples(text, year=2022) == [("published", 90, "all"), ("published", 60, "website"),
                                        ("published", 30, "bulletin_board")]
