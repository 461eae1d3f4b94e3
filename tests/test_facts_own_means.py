"""An item that names its own means of publishing before its verb, not a channel the parser knows
(其中通过政府网站公开1100条，通过新闻发布会公开12条): it took the channel of the item before it,
whose channel governed its verb, though it says it went another way. It is `all`."""
import pytest

from fact_lines import triples


@pytest.mark.parametrize("text, means", [
    ("全年主动公开政府信息1235条，其中通过政府网站公开1100条，通过新闻发布会公开12条。", 12),
    ("全年主动公开信息500条，其中通过政府网站公开400条，通过政务服务中心公开30条。", 30),
    ("通过门户网站发布信息300条，利用便民服务大厅发布信息25条。", 25),
    ("通过政务微博发布信息90条，在查阅点公布信息8条。", 8),
])
def test_own_means_takes_no_channel_from_the_item_before(text, means):
    assert [f for f in triples(text) if f[1] == means] == [("published", means, "all")]


@pytest.mark.parametrize("text, want", [
    ("全年通过政府网站公开分工2条、通知文件12条。", [(2, "website"), (12, "website")]),
    ("通过政府网站公开政策文件20条、工作动态80条，在公开栏公开通知10条。",
     [(20, "website"), (80, "website"), (10, "bulletin_board")]),
])
def test_items_under_the_verb_of_a_channel_keep_it(text, want):
    assert triples(text) == [("published", v, c) for v, c in want]
