"""A published total followed right away by its parts by channel keeps no channel of its own.
Where the parts open in brackets, after a bare 其中 with no mark, after a space or run together
as crawled pages print them (信息500条（网站320条…）, 信息500条其中网站320条…), the channel
word of the first part stood within a few characters after the total and was read as the
channel the total was published on: the total came out `website`, not `all`."""
import pytest

from fact_lines import triples


@pytest.mark.parametrize("text, parts", [
    ("全年主动公开政府信息500条（政府网站320条，微信公众号180条）。",
     [(320, "website"), (180, "wechat")]),
    ("全年主动公开政府信息500条（其中政府网站320条、微信公众号180条）。",
     [(320, "website"), (180, "wechat")]),
    ("全年主动公开政府信息500条(网站320条,微信180条)。",
     [(320, "website"), (180, "wechat")]),
    ("全年主动公开政府信息500条（含政府网站320条、微信公众号180条）。",
     [(320, "website"), (180, "wechat")]),
    ("本年度共公开信息500条（通过门户网站公开320条，通过政务微博公开180条）。",
     [(320, "website"), (180, "weibo")]),
    ("全年主动公开政府信息500条其中政府网站发布320条微信公众号发布180条",
     [(320, "website"), (180, "wechat")]),
    ("全年主动公开政府信息500条其中网站320条微信180条",
     [(320, "website"), (180, "wechat")]),
    ("全年主动公开政府信息500条 其中政府网站发布320条 微信公众号发布180条",
     [(320, "website"), (180, "wechat")]),
    ("本年度共发布信息500条（县政府网站300条、政务微博150条、抖音号50条）。",
     [(300, "website"), (150, "weibo"), (50, "short_video")]),
])
def test_total_before_its_channel_parts_stays_all(text, parts):
    assert triples(text) == [("published", 500, "all")] + [("published", v, c) for v, c in parts]


@pytest.mark.parametrize("text, channel", [
    ("全年发布信息120条在政府网站", "website"),        # a channel named after the count, with no count of its own
    ("本年度更新信息86条于微信公众号。", "wechat"),
])
def test_channel_named_right_after_a_count_still_counts(text, channel):
    assert triples(text)[0][2] == channel
