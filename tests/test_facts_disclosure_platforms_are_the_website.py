"""Fact classes that audit16 (47 unread stored pages, session 16) found read wrong, written
anew on sentences of our own: a count published in the disclosure catalogue's system or on a
disclosure publishing platform (在政府信息公开目录系统公开, 在区政府信息公开发布平台公开) is the
website's."""
import govextract


def facts_of(text: str):
    d = govextract.parse_text(text).to_dict()
    return [(f["kind"], f["channel"], f["value"]) for f in d["facts"] if f["kind"] == "published"]


HEAD = ("东川县林业局2021年政府信息公开工作年度报告\n本报告根据《条例》编制。\n一、总体情况\n")
TAIL = "\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n本年未收到申请。\n"


def test_a_count_in_the_catalogues_system_is_the_websites():
    text = HEAD + "2021年，我局在政府信息公开目录系统主动公开政府信息58条。" + TAIL
    assert ("published", "website", 58) in facts_of(text)


def test_a_count_on_a_disclosure_publishing_platform_is_the_websites():
    text = HEAD + "2021年，我局在县政府信息公开发布平台公开信息27条。" + TAIL
    assert ("published", "website", 27) in facts_of(text)


def test_requests_received_through_a_system_are_not_published_there():
    # guard: requests arriving through the disclosure system are no items published on the website
    text = HEAD + "2021年，我局通过信息公开系统收到政府信息公开申请5件。" + TAIL
    assert ("published", "website", 5) not in facts_of(text)
