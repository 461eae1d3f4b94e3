"""Parts of a list item named otherwise than the item (执法信息…（含许可…、处罚…）): every part joined
to the first, not the first alone, is a part of the item and no item of the list."""
from fact_lines import triples


def test_every_joined_part_in_brackets_is_no_item():
    text = "全年共主动公开政府信息129条，其中：文件4条，行政执法12条（含行政许可4条、行政处罚3条），结果公示12条。"
    assert triples(text) == [("published", 129, "all"), ("published", 4, "all"), ("published", 12, "all"),
                             ("published", 12, "all")]
    text = "全年公开信息70条，其中执法类30条（含许可12条和处罚18条），动态类40条。"
    assert triples(text) == [("published", 70, "all"), ("published", 30, "all"), ("published", 40, "all")]
    text = "网站发布信息90条，其中监管信息35件（包含抽查结果20件、约谈通报8件以及整改通知7件），动态信息55件。"
    assert triples(text) == [("published", 90, "website"), ("published", 35, "website"), ("published", 55, "website")]


def test_a_part_named_as_the_item_is_still_an_item():
    # a kind of what the item counts (文件…规范性文件) stays its own item, as before
    text = "全年公开信息60条，其中主动公开文件20件（含规范性文件5件），动态信息40条。"
    got = triples(text)
    assert ("published", 5, "all") in got and ("published", 40, "all") in got
