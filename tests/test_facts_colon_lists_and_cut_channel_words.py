"""Fact classes that recurred across blind sets (eval21-26) and were left open, each written anew
for these tests: the items a channel's part of a total lists after a list word and a colon
(其中网站公开320条，包括：…) are that channel's, as they are without the colon; and a channel
word jieba cut apart (利用微/信, 微/信号, 局官/网) named no channel, so a WeChat, Weibo or site count
came out `all`; no request said with 没 alone, with a field's colon or in 件 (没收到…申请,
依申请公开：0件, 依申请公开件为零) was no zero."""
import pytest

from govextract.model import Paragraph, Source
from govextract.stages import facts


def quads(text: str) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return [(f["kind"], f["value"], f["channel"], f.get("category")) for f in facts.extract(paragraphs)]


# --- a channel's part listing its items after a list word and a colon --------------------------

@pytest.mark.parametrize("head", ["包括：", "具体为：", "主要有：", "主要包括：", "分别为：", "具体包括:", "内容如下："])
def test_items_after_a_list_word_and_colon_are_the_channel_parts(head):
    text = f"全年公开信息460条，其中通过区政府网站公开310条，{head}工作动态190条、通知公告85条、政策文件35条。"
    got = quads(text)
    assert ("published", 460, "all", None) in got and ("published", 310, "website", None) in got
    assert [f for f in got if f[3]] == [("published", 190, "website", "工作动态"), ("published", 85, "website", "通知公告"),
                                        ("published", 35, "website", "政策文件")]


def test_a_part_on_a_platform_in_the_next_sentence_keeps_its_items():
    text = "2016年共主动公开政府信息277条。其中在市林业局信息公开平台发布181条，包括：机构职能26条、政策法规13条。"
    got = quads(text)
    assert ("published", 26, "website", "机构职能") in got and ("published", 13, "website", "政策法规") in got


def test_a_wechat_part_listing_its_posts_after_a_colon():
    text = "全年发布信息800条，其中政务微信公众号推送信息300条，主要有：政策宣传120条、便民服务180条。"
    got = quads(text)
    assert ("published", 120, "wechat", "政策宣传") in got and ("published", 180, "wechat", "便民服务") in got


def test_a_named_head_after_an_item_still_opens_a_group_of_the_list():
    # guard: a name before the colon (a group of the list), not a list word, keeps the list's channel
    text = "通过政府网站公开信息120条，其中工作动态60条；法定主动公开内容：机构职能10条、政策文件50条。"
    got = quads(text)
    assert ("published", 10, "website", "机构职能") in got and ("published", 50, "website", "政策文件") in got


def test_a_total_listing_its_items_after_a_colon_keeps_its_own_channel():
    # guard: with no part before it, the list is the total's
    got = quads("全年公开信息500条，包括：工作动态200条、通知公告80条。")
    assert ("published", 200, "all", "工作动态") in got and ("published", 80, "all", "通知公告") in got


# --- channel words jieba cuts apart ------------------------------------------------------------

@pytest.mark.parametrize("text, channel", [
    ("利用微信发布便民信息64条。", "wechat"),
    ("利用微博发布工作信息37条。", "weibo"),
    ("利用微信群推送政策信息25条。", "wechat"),
    ("利用微信平台发布信息118条。", "wechat"),
    ("镇官方微信号全年发布信息93条。", "wechat"),
    ("通过政务微信号推送信息71条。", "wechat"),
    ("局官网全年发布信息52条。", "website"),
    ("在局官网公开各类信息52条。", "website"),
])
def test_a_channel_word_after_or_before_words_jieba_runs_into_it_keeps_its_channel(text, channel):
    assert [(kind, channel_) for kind, _, channel_, _ in quads(text)] == [("published", channel)]


def test_the_parts_named_by_an_account_word_keep_their_channels():
    got = quads("通过网站、微信号发布信息56条，其中网站40条，微信号16条。")
    assert ("published", 40, "website", None) in got and ("published", 16, "wechat", None) in got


# --- no request, said in words not read yet -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "本年度没收到政府信息公开申请。",
    "全年没接到群众的信息公开申请。",
    "2024年，我中心没受理过政府信息公开申请。",
    "依申请公开：0件。",
    "依申请公开情况：本年度无。",
    "依申请公开数量：全年无。",
    "全年依申请公开件为零。",
])
def test_no_request_said_so_is_a_zero(text):
    assert quads(text) == [("requests_received", 0, None, None)]


@pytest.mark.parametrize("text", [
    "全年没收到行政复议申请。",
    "依法没收违法所得，当事人未申请听证。",
])
def test_no_appeal_and_a_confiscation_are_no_zero_request(text):
    assert not [f for f in quads(text) if f[0] == "requests_received"]
