"""Information counted before its verb and channel (政务信息320条通过政府网站公开, 共有政务信息
320条在门户网站发布): the clause puts where and how it was published after the count, with no
mark between, so no publishing word stood before the count and it was no fact."""
import pytest

from fact_lines import triples


@pytest.mark.parametrize("text, channel", [
    ("政务信息320条通过政府网站公开。", "website"),
    ("全年共有政务信息320条在门户网站发布。", "website"),
    ("本年度政府信息320条均通过县政府网站公开。", "website"),
    ("各类信息320条在微信公众号发布。", "wechat"),
    ("全年政务信息320条通过政务微博统一发布。", "weibo"),
])
def test_information_counted_before_where_and_verb(text, channel):
    assert triples(text) == [("published", 320, channel)]


@pytest.mark.parametrize("text", [
    "收到申请3件通过网站公开。",               # requests, whatever became of them
    "全镇共有村民320户通过广播公开。",         # households, no information
    "政务信息320条通过政府网站审核。",         # reviewed, not published
])
def test_no_published_count(text):
    assert [f for f in triples(text) if f[0] == "published"] == []
