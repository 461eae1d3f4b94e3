"""The facts stage's precision (issue #9): counts that look like items published, requests
received or proposals handled but are not. Every sentence here is written for these tests;
each reproduces a way real reports state something else with the same words."""
from govextract.model import Paragraph, Source
from govextract.stages import facts


def triples(text: str) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return [(f["kind"], f["value"], f["channel"]) for f in facts.extract(paragraphs)]


def test_a_list_whose_items_make_up_its_total_ends_there():
    assert triples("2022年通过政府网站主动公开信息900条，其中重点领域信息600条，其他信息300条，主动公开文件80份，"
                   "发布政策解读12篇。") == [("published", 900, "website"), ("published", 600, "website"),
                                              ("published", 300, "website"), ("published", 80, "website")]
    # a part of the whole named after its categories is no further category
    assert [v for _, v, _ in triples("在网站公开信息20条，其中工作动态12条、法规公文8条，其中市网站采用9条。")] == [20, 12, 8]
    # items short of the total keep the list open
    assert [v for _, v, _ in triples("公开信息50条，其中工作动态12条、法规公文8条，人事信息6条。")] == [50, 12, 8, 6]


def test_a_total_before_the_years_new_items_is_a_running_total():
    assert triples("截至2012年12月31日，我镇在县政府网站共主动公开政府信息480条，今年新增72条。") == [
        ("published", 72, "website")]
    assert [v for _, v, _ in triples("共公开信息300条，其中本年新增40条。")] == [40]
    # the total said to be the year's stays
    assert [v for _, v, _ in triples("全年主动公开信息300条，其中新增规范性文件40条。")] == [300, 40]


def test_the_count_restated_as_full_text_electronic_is_one_count():
    text = "2011年度主动公开信息数61条。公开信息分类：全文电子化的主动公开信息数61条；其中机构职能类信息50条；工作动态类信息11条。"
    assert [v for _, v, _ in triples(text)] == [61, 50, 11]
