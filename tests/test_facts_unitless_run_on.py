"""A count of plain information published that lost its unit and its clause mark and runs into a next
clause opening with a preposition or adverb (…公开政府信息184通过电子显示屏…, …2156利用公开栏…) counts
without its unit (issue #9, class 7). Every sentence here is written for these tests."""
from fact_lines import read


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


def test_a_count_run_into_a_clause_opening_with_a_preposition_counts():
    assert triples("通过便民服务大厅公开政府信息184通过电子显示屏、广播公开政府信息651条。") == [
        ("published", 184, "all"), ("published", 651, "all")]
    assert triples("全年主动公开政府信息2156利用公开栏张贴公告30条。")[0] == ("published", 2156, "all")
    assert triples("在政府网站发布政府信息96并通过微信公众号同步推送。") == [("published", 96, "website")]
    assert triples("全年通过网站公开信息308已全部归档。") == [("published", 308, "website")]
    assert triples("本年度公开政府信息75依托村务公开栏公开信息12条。") == [
        ("published", 75, "all"), ("published", 12, "bulletin_board")]


def test_the_count_says_it_lost_its_unit():
    got = read("通过便民服务大厅公开政府信息184通过电子显示屏公开信息651条。")
    assert got[0]["unit"] is None and got[0]["confidence"] == "medium"


def test_numbers_glued_to_other_words_stay_out():
    # an item's name glued to the next item (the list rule's), a count glued to a verb and an object
    assert triples("更新信息210调整栏目3个。") == []
    assert triples("通知公告307不动产公告84条。") == []
    # a count that names what it counts, not plain information, glued to 通过
    assert triples("公开人事任免信息12通过审核。") == []
