"""The section's end is found as the whole rule would find it, with its file-name part tried only
in a text naming a file and its words only after a character they can open with: on the corpus's
text and on generated text crowded with the pieces the rule is made of (the pieces are written for
these tests)."""
import pathlib
import random
import re._constants as sre
import re._parser

import regex

from govextract import lexicon
from govextract.stages import statements

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "dev"
LEX = lexicon.load_json("statements.json")
PIECES = ["青禾镇人民政府", "东川县统计局", "2022年3月1日", "2021-12-30", "二〇二二年三月", "附件", "附：", "附表",
          "青禾镇年报", ".docx", ".pdf", ".doc", "1.", "2.", "加强培训", "。", "；", "，", "：", " ", "\n", "报告",
          "政府信息公开工作年度报告", "未收取信息处理费", "无收费", "责任编辑：", "版权所有", "其他需要报告的事项",
          "x", "abc.com", "下一步"]


def whole_rule_end(text: str):
    """Where the rule as one pattern (lead, then the end or a file name) first matches at a sentence start."""
    rule = regex.compile(LEX["section_end_lead"] + "(?:" + LEX["section_end"] + "|"
                         + LEX["section_end_file"].replace("{file_extension}", LEX["file_extension"]) + ")")
    starts = [0] + [m.end() for m in regex.finditer(LEX["punctuation"]["sentence_end"], text)]
    return next((at for at in starts if rule.match(text, at)), None)


def texts():
    out = [line.strip() for p in sorted(CORPUS.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    rnd = random.Random(16)
    out += ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 16))) for _ in range(3000)]
    return [t for t in out if t]


def test_the_end_is_where_the_whole_rule_finds_it():
    for text in texts():
        found = statements._end(text)
        assert (found.start() if found else None) == whole_rule_end(text), text


def test_a_file_name_under_the_text_ends_the_section():
    end = statements._end("加强业务培训。青禾镇2022年信息公开年报.docx")
    assert end is not None and end.start() == len("加强业务培训。")


def test_a_numbered_text_naming_no_file_is_not_searched_for_one():
    text = "1.加强业务培训。2.完善制度。"
    assert statements._end(text) is None
    assert len(statements._section_ends(text)) == 1


def _first_characters(items) -> tuple:
    """(the characters a parsed pattern can open with, whether it can match nothing), or (None, None)
    where it opens with something else than characters listed (\\s, [^…])."""
    out = set()
    for op, av in items:
        if op is sre.LITERAL:
            return out | {chr(av)}, False
        if op is sre.IN:
            if any(o not in (sre.LITERAL, sre.RANGE) for o, _ in av):
                return None, None
            return out | {chr(c) for o, a in av for c in ([a] if o is sre.LITERAL else range(a[0], a[1] + 1))}, False
        if op is sre.ASSERT or op is sre.ASSERT_NOT or op is sre.AT:
            continue
        parts = {sre.BRANCH: lambda: av[1], sre.SUBPATTERN: lambda: [av[-1]],
                 sre.MAX_REPEAT: lambda: [av[2]], sre.MIN_REPEAT: lambda: [av[2]]}.get(op)
        if parts is None:
            return None, None
        found = [_first_characters(part) for part in parts()]
        if any(chars is None for chars, _ in found):
            return None, None
        out |= set().union(*(chars for chars, _ in found))
        if not (any(empty for _, empty in found) or (op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0)):
            return out, False
    return out, True


def test_the_section_end_opens_only_with_the_characters_looked_ahead_for():
    chars, empty = _first_characters(re._parser.parse(LEX["section_end"]))
    assert chars is not None and not empty, "every alternative of section_end should open with listed characters"
    first = regex.compile(LEX["section_end_first"])
    assert [c for c in sorted(chars) if not first.fullmatch(c)] == []
