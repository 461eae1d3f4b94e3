"""No request said in forms the zero patterns missed: one word (全年零申请) and a bare field of
requests with its colon and 无 (依申请公开：无)."""
import pytest

from fact_lines import read


@pytest.mark.parametrize("text", [
    "全年零申请。",
    "本年度依申请公开零申请。",
    "依申请公开：无。",
    "依申请公开情况：无。",
    "依申请公开政府信息：全年无。",
    "依申请公开工作：本年度无",
])
def test_no_request_in_words(text):
    assert [(f["kind"], f["value"], f["unit"]) for f in read(text)] == [("requests_received", 0, None)]


@pytest.mark.parametrize("text", [
    "零申请率达到90%以上。",            # a rate of some other thing, no statement of requests
    "依申请公开：无需收费。",           # 无 of something else
])
def test_not_a_zero(text):
    assert [f for f in read(text) if f["kind"] == "requests_received"] == []
