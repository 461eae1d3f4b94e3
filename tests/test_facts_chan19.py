"""Session 19 (chan19): channels and categories of published counts (issue 9)."""
from fact_lines import read


def categories(text: str, year=None) -> list:
    return [(f["value"], f["channel"], f["category"]) for f in read(text, year) if f["kind"] == "published"]


def test_statutory_proactive_content_is_a_category():
    # 法定主动公开内容 names the statutory column beside news and notices: a kind, not plain information
    assert categories("区政府网站发布法定主动公开内容820条，发布重点领域信息61条。") == [
        (820, "website", "法定主动公开内容"), (61, "website", "重点领域信息")]
    assert categories("全年在网站公开信息50条，其中包含法定主动公开内容31条，工作信息17条，通知公告2条。") == [
        (50, "website", None), (31, "website", "法定主动公开内容"), (17, "website", "工作信息"),
        (2, "website", "通知公告")]


def test_statutory_proactive_content_equal_to_its_total_is_the_total_again():
    # guard: all of the total named so opens its list, no item of its own
    assert [f["value"] for f in read("全年在网站公开信息24条（其中，法定主动公开内容24条：包括机构职能9条、工作部署15条）。")] \
        == [24, 9, 15]
    # guard: plain proactive information stays of no kind
    assert categories("区政府网站主动公开政府信息70条。") == [(70, "website", None)]
