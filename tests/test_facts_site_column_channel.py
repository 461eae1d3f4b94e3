"""A board word named right after a site (门户网站公示栏, 外网门户—某局公告栏) is a column of that
site: the count published there is the site's (issue #9, class 9: channels). Every sentence here is
written for these tests."""
from fact_lines import read


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


def test_a_board_of_a_site_is_the_site():
    assert triples("在区政府门户网站公示栏发布信息45条。") == [("published", 45, "website")]
    assert triples("其中在省水利厅外网门户—某市水利局公告栏公开17条，省水利厅政务网公开96条。") == [
        ("published", 17, "website"), ("published", 96, "website")]
    assert triples("通过县政府网站信息公开栏更新文件22件。") == [("published", 22, "website")]
    assert triples("在镇政府网“通知”信息栏发布通知8篇。") == [("published", 8, "website")]


def test_a_board_joined_to_a_site_or_standing_alone_is_a_board():
    assert triples("通过政府网站和村务公开栏公开信息30条。") == [("published", 30, "all")]
    assert triples("通过政府网站、公示栏公开信息30条。") == [("published", 30, "all")]
    assert triples("在政务服务中心公告栏公开信息8条。") == [("published", 8, "bulletin_board")]
    assert triples("网站公开信息40条，公示栏公开信息12条。") == [
        ("published", 40, "website"), ("published", 12, "bulletin_board")]
