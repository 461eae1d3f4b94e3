"""Property-based tests (hypothesis) of the promise every reader keeps: whatever the
bytes, parse_bytes and parse_text give a record or a ParseError, never another
exception, and come back within their time limit. Inputs are the corpus's real
reports with bytes flipped, cut, repeated or spliced in, and generated junk made
of what reports are made of (digits, numerals, brackets, units, headings, markup).

Runs are derandomized so the suite is the same on every machine; raise
GOVEXTRACT_FUZZ_EXAMPLES to search further on your own."""
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import govextract
from bounded import parse_within
from conftest import CORPUS

REPORTS = sorted(p for p in CORPUS.iterdir() if not p.name.endswith(".json"))
EXAMPLES = int(os.environ.get("GOVEXTRACT_FUZZ_EXAMPLES", "60"))
LIMIT = 10   # seconds: the time limit each parse runs under
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# What reports are made of, so that generated text gets past the readers into the stages.
PIECES = ["一、", "二、", "三、", "四、", "五、", "六、", "（一）", "（", "）", "(", ")", "1.", "12", "0", "3,000", "9" * 30,
          "十二", "一百零五", "万", "件", "条", "%", "余", "近", "。", "，", "；", "：", "\t", "\n", "\n\n", " ", "|", "—", "/",
          "主动公开", "政府信息", "收到", "申请", "人大代表建议", "政协提案", "满意率", "存在的主要问题", "下一步", "一是",
          "政府信息公开工作年度报告", "行政复议", "总计", "自然人", "商业企业", "规章", "<p>", "</p>", "<table>", "<td>",
          "<tr>", "<div>", "<script>", "&nbsp;", "\x0b", "\ufeff", "\u3000", "𠀀", "\ud800"]
report_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), min_size=20, max_size=400).map("".join)


@st.composite
def mutated_report(draw):
    """A corpus report with a few bytes flipped, a slice cut out, repeated or
    replaced by junk, or the whole cut short, at positions drawn uniformly over
    the file (hypothesis' own integers lean towards the start)."""
    path = draw(st.sampled_from(REPORTS))
    rnd = draw(st.randoms(use_true_random=False))
    data = bytearray(path.read_bytes())
    for _ in range(rnd.randint(1, 4)):
        at, size = rnd.randrange(len(data)), rnd.randint(1, 64)
        kind = rnd.choice(["flip", "flip", "cut", "repeat", "splice", "truncate"])
        if kind == "flip":
            data[at] = rnd.randrange(256)
        elif kind == "cut":
            del data[at:at + size]
        elif kind == "repeat":
            data[at:at] = data[at:at + size] * rnd.randint(2, 200)
        elif kind == "splice":
            data[at:at] = rnd.randbytes(size)
        else:
            del data[max(at, 1):]
    return f"{path.name}#{kind}", bytes(data)


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Load the models before any clock starts."""
    govextract.parse(CORPUS / "平潭综合实验区_2023.copied.txt")


@FUZZ
@given(mutated_report())
def test_a_damaged_real_report_gives_a_record_or_a_parse_error_in_time(report):
    name, data = report
    parse_within(data, LIMIT, name)


@FUZZ
@given(report_text, st.sampled_from(["utf-8", "gb18030", "utf-16", "latin-1"]))
def test_generated_text_in_any_encoding_gives_a_record_or_a_parse_error_in_time(text, encoding):
    data = text.encode(encoding, "replace") if encoding != "utf-8" else text.encode("utf-8", "surrogatepass")
    parse_within(data, LIMIT, f"junk.{encoding}")


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_give_a_record_or_a_parse_error_in_time(data):
    parse_within(data, LIMIT, "random.bin")


@FUZZ
@given(report_text)
def test_parse_text_gives_a_record_or_a_parse_error(text):
    try:
        govextract.parse_text(text)
    except govextract.ParseError:
        pass
