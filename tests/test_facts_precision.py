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
