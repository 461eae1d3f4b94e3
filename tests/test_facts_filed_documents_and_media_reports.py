"""Documents filed for the record (备案) with a higher body are filed, not published: no items,
alone or after a count published. Every sentence is written for these tests."""
import pytest

from test_facts import triples


@pytest.mark.parametrize("text", [
    "向市司法局报送备案规范性文件12件。",
    "本年度报市政府备案的规范性文件共7件。",
    "全年向上级主管部门送交备案文件约40件。",
    # the body filed with may carry a publishing word in its name (政务公开办, 信息公开办)
    "向市政务公开办报送备案文件16件。",
    "全年向县信息公开办公室送交备案约25件。",
])
def test_documents_filed_for_the_record_are_no_items_published(text):
    assert triples(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全年主动公开规范性文件15件。向市政府法制办送交备案近20件。", [("published", 15, "all")]),
    ("本年度主动公开规范性文件4件。向区政务公开办送交备案近50件。", [("published", 4, "all")]),
    ("本年度在网站发布政策文件8件，报送备案6件。", [("published", 8, "website")]),
    ("全年主动公开信息320条，其中规范性文件11件，向县政府报备案9件。",
     [("published", 320, "all"), ("published", 11, "all")]),
])
def test_a_count_filed_after_a_count_published_is_not_one_of_its_items(text, expected):
    assert triples(text) == expected


def test_filing_words_leave_counts_of_other_kinds_alone():
    assert triples("全年主动公开政府信息210条，文件均已按规定备案。") == [("published", 210, "all")]


# News media reporting on the body (媒体报道…) is the media's doing, not items the body published, even
# after a publishing word in the clause before (新闻发布会, 发布信息); a report the body put out on the
# media (在/通过…媒体报道, 在媒体发布报道) is its own.
@pytest.mark.parametrize("text, expected", [
    ("召开新闻发布会8次，新闻媒体报道40余条。", []),
    ("举办新闻发布会3场，各级媒体报道本局工作70余篇。", []),
    ("全年主动公开信息640条，主流媒体报道35篇。", [("published", 640, "all")]),
    ("全年发布信息120条，省内媒体报道本委工作18条。", [("published", 120, "all")]),
    ("全年发布信息120条，在省内媒体报道本委工作18条。", [("published", 120, "all"), ("published", 18, "media")]),
    ("通过各类新闻媒体发布报道26条。", [("published", 26, "media")]),
])
def test_media_reports_about_the_body_are_not_its_items(text, expected):
    assert triples(text) == expected
