"""Shortcuts of the facts stage find exactly what the rules they skip would: on the corpus's
text and on generated text crowded with the pieces the patterns are made of (the pieces are
written for these tests)."""
import pathlib
import random

import pytest
import regex

from govextract import lexicon
from govextract.stages import fact_text, facts

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "dev"
LEX = lexicon.load_json("facts.json")
PIECES = ["未", "没有", "无", "尚无", "未有", "收到", "接到", "受理", "接收", "申请", "依申请公开", "政府信息", "信息公开",
          "的", "申请数量", "件数", "为", "是", "：", "0", "零", "00", "1", "2023", "件", "个", "条", "，", "。", "、",
          "任何", "单位", "个人", "提出", "要求公开", "公开", "请求", "情况", "事项", "复议", "青禾镇", "今年", " "]


# Clauses as the patterns read them: who or what, a verb, what it names, a zero, a unit, what follows.
SLOTS = [["", "今年", "本机关", "青禾镇"], ["", "未", "没有", "无", "尚无", "收到", "受理", "依申请公开", "信息公开"],
         ["", "收到", "接到", "任何单位", "依申请公开", "政府信息", "的申请", "申请数量", "件数"],
         ["", "为", "是", "：", " "], ["", "0", "零", "3", "无"], ["", "件", "个", "份"],
         ["", "依申请公开", "政府信息公开申请", "申请", "复议", "，", "。"]]


def texts():
    out = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    rnd = random.Random(15)
    out += ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 24))) for _ in range(3000)]
    out += ["".join(rnd.choice(slot) for slot in SLOTS) for _ in range(6000)]
    return out


@pytest.mark.parametrize("n", range(len(LEX["zero_requests"])))
def test_every_zero_request_pattern_holds_a_held_character(n):
    held = regex.compile(LEX["zero_requests_held"])
    rx = regex.compile(LEX["zero_requests"][n])
    found = [m[0] for text in texts() for m in rx.finditer(text)]
    assert found, "the generated texts should hold matches of every pattern"
    assert all(held.search(m) for m in found)


def test_zero_requests_finds_what_a_full_search_finds():
    extractor = facts.pipeline().get_pipe(facts.NAME)

    def full(text, start, end):
        return [m.span() for m in extractor.zero.finditer(text, start, end)
                if not extractor.zero_not.search(text, m.start(), (stop.start() if (stop := extractor.zero_list.search(
                    text, m.end())) else len(text)))]

    found = 0
    for text in texts():
        for start, end in ((0, len(text)), (len(text) // 3, len(text) - 2)):
            expected = full(text, start, end)
            assert [m.span() for m in extractor.zero_requests(text, start, end)] == expected
            found += len(expected)
    assert found


def closed_asides_char_by_char(text, begin, end):
    spans, opened = [], []
    for at in range(begin, end):
        if text[at] in "（(":
            opened.append(at)
        elif text[at] in "）)" and opened:
            start = opened.pop()
            if not opened:
                spans.append((start, at + 1))
    return spans


def test_closed_asides_are_those_a_reading_of_every_character_finds():
    rnd = random.Random(16)
    pieces = ["（", "）", "(", ")", "含", "2018年", "决算", "，", "青禾镇", "条"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 20)))
        begin = rnd.randrange(0, len(text) + 1)
        end = rnd.randrange(begin, len(text) + 1)
        assert fact_text.closed_asides(text, begin, end) == closed_asides_char_by_char(text, begin, end), text


def test_a_count_whose_sentence_names_no_year_reads_no_asides(monkeypatch):
    extractor = facts.pipeline().get_pipe(facts.NAME)
    read = []
    monkeypatch.setattr(facts, "closed_asides", lambda *args: read.append(args) or [])
    text = "青禾镇通过网站（含微信公众号）公开信息15条。"
    assert extractor.dated_to(text, text.index("15")) is None
    assert read == []
    dated = "2022年，青禾镇通过网站（含2021年旧文）公开信息15条。"
    extractor.dated_to(dated, dated.index("15"))
    assert read


ZERO_PUBLISHED = ["本局", "今年", "无", "没有", "未有", "未", "相关", "任何", "需要", "主动", "公开", "的", "政府信息",
                  "政务信息", "应", "而", "。", "，", ""]


@pytest.mark.parametrize("n", range(len(LEX["zero_published"])))
def test_every_zero_published_match_holds_one_of_its_words(n):
    # published_none searches only texts holding one of them
    words = LEX["zero_published_words"]
    rx = regex.compile(LEX["zero_published"][n])
    rnd = random.Random(20)
    generated = ["".join(rnd.choice(ZERO_PUBLISHED) for _ in range(rnd.randrange(2, 9))) for _ in range(20000)]
    found = [m[0] for text in generated for m in rx.finditer(text)]
    assert found, "the generated texts should hold matches of every pattern"
    assert all(any(word in m for word in words) for m in found)


def test_every_zero_published_word_holds_a_held_character():
    # relevant() looks for a zero of items published only in a sentence holding one of them
    held = regex.compile(LEX["zero_requests_held"])
    assert all(held.search(word) for word in LEX["zero_published_words"])


def test_sentence_and_clause_positions_are_those_a_search_of_the_text_finds():
    # fact_text keeps each text's mark ends (`mark_ends`) and looks positions up in them
    from govextract.stages import fact_text
    rnd = random.Random(23)
    pieces = ["。", "，", "；", "！", "?", "：", "青禾镇", "公开信息", "12条", "（", "）", " "]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 30)))
        at = rnd.randrange(0, len(text) + 1)
        begin = rnd.randrange(0, at + 1)
        sentence_ends = [m.end() for m in fact_text.SENTENCE_END.finditer(text, 0, at)]
        assert fact_text.sentence_begin(text, at) == max(sentence_ends, default=0), text
        assert fact_text.previous_sentence_begin(text, at) == (sentence_ends[-2] if len(sentence_ends) > 1 else 0), text
        assert fact_text.clause_begin(text, at) == max((m.end() for m in fact_text.CLAUSE_END.finditer(text, 0, at)),
                                                       default=0), text
        for mark in (fact_text.SENTENCE_END, fact_text.CLAUSE_END):
            assert fact_text.ends_between(mark, text, begin, at) == [m.end() for m in mark.finditer(text, begin, at)], text


def test_every_count_year_match_holds_a_held_match():
    # dated_to() searches a stretch for years only where the paragraph's matches of count_year_held say one may be
    held, years = regex.compile(LEX["count_year_held"]), regex.compile(LEX["count_year"])
    rnd = random.Random(24)
    pieces = ["2023", "19", "20", "1998", "年", " ", "\u3000", "以来", "至今", "底累计", "度", "公开", "12", "条", "，"]
    generated = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12))) for _ in range(20000)]
    found = [m[0] for text in generated + texts()[:3] for m in years.finditer(text)]
    assert len(found) > 100, "the generated texts should hold years"
    assert all(held.search(m) for m in found)


def test_a_long_sentence_without_years_is_dated_as_a_search_of_it_dates_it():
    extractor = facts.pipeline().get_pipe(facts.NAME)
    clause = "青禾镇主动公开政府信息12条，"
    text = clause * 80 + "2019年，公开信息7条，" + clause * 3
    for at in (m.start() for m in regex.finditer(r"\d+条", text)):
        expected = 2019 if at > text.index("2019") else None
        assert extractor.dated_to(text, at) == expected


OBJECT_PIECES = ["，", "、", "；", "。", " ", "均", "都", "全部", "已", "经", "均已", "通过", "在", "网站", "上", "上网", "挂网",
                 "主动", "予以", "依法", "公开", "规范性文件", "部门文件", "5", "12", "件", "条", "项", "全", "部", "已全部"]


# a run of counts, a mark, a word saying all of them, where, a verb, what follows
OBJECT_SLOTS = [["", "，规范性文件5件", "、部门文件12条，其他3项", "，全年3条"], ["", " "], ["，", ",", "、"], ["", " "],
                ["均", "都", "全部", "已全部", "均已", "全部已", "已", "全", "都已", "部"], ["", "已", "经"],
                ["", "通过网站", "在网站上", "上网", "挂网", "在"], ["", "主动", "予以", "依法"], ["公开", "公布"], ["", "。", "，", "；", "了"]]


@pytest.mark.parametrize("n", [n for n, r in enumerate(LEX["object_after"]) if "held" in r])
def test_every_object_after_match_holds_one_of_its_held_words(n):
    # _object_after tries a rule's `after` only where its text holds one of those words at or after the count
    rule = LEX["object_after"][n]
    held, after = regex.compile(rule["held"]), regex.compile(rule["after"])
    rnd = random.Random(25)
    generated = ["".join(rnd.choice(OBJECT_PIECES) for _ in range(rnd.randrange(2, 14))) for _ in range(20000)]
    generated += ["".join(rnd.choice(slot) for slot in OBJECT_SLOTS) for _ in range(5000)]
    found = [m[0] for text in generated for at in range(len(text)) if (m := after.match(text, at))]
    assert len(found) > 20, "the generated texts should hold matches of the rule"
    assert all(held.search(m) for m in found)


def test_counts_before_all_published_are_published_in_a_long_sentence():
    extractor = facts.pipeline().get_pipe(facts.NAME)
    text = "青禾镇印发规范性文件2件，部门文件5件，全部上网公开，" + "青禾镇开展培训12次，" * 40
    facts_found = extractor.read(facts._doc(facts.pipeline(), text), text)
    assert [(f["kind"], f["value"]) for f in facts_found if f["kind"] == "published"] == [("published", 2), ("published", 5)]


DATED_PIECES = ["2023年", "2019", "本年", "今年", "全年", "年内", "一年来", "过去一年", "1月1日至12月31日", "截至", "截止",
                "底", "以来", "起", "青禾镇", "公开信息", "12条", "5", "，", "。", "；", " ", "累计", "（", "）", "《", "》"]


@pytest.mark.parametrize("name", ["running_dated", "count_year"])
def test_the_whole_texts_years_between_a_sentence_start_and_a_count_are_those_a_search_there_finds(name):
    # spans_between reads them from the text's matches found once
    from govextract.stages import fact_text
    extractor = facts.pipeline().get_pipe(facts.NAME)
    pattern = regex.compile(LEX[name])
    rnd = random.Random(26)
    compared = 0
    for _ in range(3000):
        text = "".join(rnd.choice(DATED_PIECES) for _ in range(rnd.randrange(1, 30)))
        starts = [0] + fact_text.mark_ends(fact_text.SENTENCE_END, text)
        for count in extractor.quantity.finditer(text):
            for begin in (b for b in starts if b <= count.start()):
                expected = [m.span() for m in pattern.finditer(text, begin, count.start())]
                assert fact_text.spans_between(pattern, text, begin, count.start()) == expected, (text, begin)
                compared += bool(expected)
    assert compared > 500


def test_a_long_run_of_sentences_going_on_from_a_dated_one_is_dated_by_it():
    # dated_to reads back through the sentences that only say how items were published, once for them all
    extractor = facts.pipeline().get_pipe(facts.NAME)
    text = "2019年，青禾镇通过网站公开信息3条。" + "通过微信公布信息5条。" * 3000
    known = {}
    assert extractor.dated_to(text, len(text) - 4, known) == 2019
    assert extractor.dated_to(text, text.index("5条"), known) == 2019
    undated = "青禾镇公开信息3条。" + "通过微信公布信息5条。" * 3000
    assert extractor.dated_to(undated, undated.rindex("5条")) is None
