"""A heading that breaks down what was published may end the paragraph that counts it (…主动公开政府
信息8条。…，主要类别如下：), and the enumerated paragraphs after it are that count's items, each counted
as new information of the year (本年度新增信息3条), equal values kept apart (issue #9, class 8). Every
sentence here is written for these tests."""
from fact_lines import read


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


ITEMS = ("1.机构职能：主要公开本镇职能调整的信息，本年度新增信息4条，占40%。\n"
         "2.农村政策：主要公开落实农村政策的情况，本年度新增信息2条，占20%。\n"
         "3.其他信息：主要公开其他应公开的信息，本年度新增信息4条，占40%。")


def test_a_heading_at_the_end_of_the_counting_paragraph_opens_the_list():
    got = triples("2021年度，主动公开政府信息10条。历年累计主动公开政府信息420条。主动公开的10条信息中，主要类别如下：\n"
                  + ITEMS, 2021)
    assert got == [("published", 10, "all"), ("published", 4, "all"), ("published", 2, "all"), ("published", 4, "all")]


def test_other_headings_and_numbering_styles():
    assert triples("2021年，全镇主动公开政府信息160条。从公开内容看：\n①工作动态类信息100条。\n②通知公告类信息60条。") == [
        ("published", 160, "all"), ("published", 100, "all"), ("published", 60, "all")]
    assert triples("2021年，全镇主动公开政府信息160条。按信息类别分：\n（一）工作动态类信息100篇。\n（二）通知公告类信息60篇。") == [
        ("published", 160, "all"), ("published", 100, "all"), ("published", 60, "all")]
    assert triples("本年度公开政府信息35件，主要类型如下：\n一、规范性文件5件。\n二、人事信息30件。") == [
        ("published", 35, "all"), ("published", 5, "all"), ("published", 30, "all")]


def test_the_enumerator_is_no_part_of_an_items_category():
    got = read("2021年，全镇主动公开政府信息160条。按信息类别分：\n（一）工作动态类信息100条。\n②通知公告类信息60条。")
    assert [f["category"] for f in got[1:]] == ["工作动态类信息", "通知公告类信息"]


def test_a_heading_of_requests_opens_no_list_of_published_items():
    assert triples("本年度收到申请5件。按申请方式分：\n1.网上申请3件。\n2.当面申请2件。") == [("requests_received", 5, None)]
