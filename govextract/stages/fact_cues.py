"""Finding the cue words of the fact rules in a Doc: spaCy's `Matcher`, made cheap.

The rules are spaCy token patterns (`lexicons/fact_patterns.jsonl`), nearly all
of them one `{"TEXT": {"REGEX": …}}` token. spaCy evaluates such a predicate in
Python for every token, so each regular expression is run once per distinct
word instead and its answer kept as a custom lexeme flag (spaCy's
FLAG19…FLAG63). The flags live on the vocabulary every component of a pipeline
shares, so which flag stands for which expression is kept there too, in a
lookups table: two extractors never reuse a flag for different expressions.

Even on flags the `Matcher` costs time per token *and per pattern*, which made
it the dearest part of the facts stage after jieba. A one-token rule is no
more than one regular expression on one word, so those rules are tested on
each distinct word once (their answers remembered per word) and never reach
the `Matcher`, which runs only the longer patterns, and only over a Doc holding
every word one of them requires. Only the longer patterns take flags: there
are 45, and a rule left without one runs in the `Matcher` as a Python
predicate on every token of every Doc.
The matches come out in the order the `Matcher` alone would give them.
"""
from __future__ import annotations

from typing import Optional

import regex
from spacy import attrs
from spacy.matcher import Matcher

_FLAGS = [getattr(attrs, f"FLAG{n}") for n in range(19, 64)]
_FLAG_TABLE = "govextract_fact_flags"


class CueMatcher:
    """The matches of token rules ({"label", "id", "pattern"}) in a Doc, as
    (key, start token, end token), the key being `label` or `label|id`."""

    def __init__(self, vocab, rules: list):
        checked = Matcher(vocab, validate=True)   # report a bad rule as the user wrote it
        self.flags: dict = {}                      # regular expression -> (lexeme flag, compiled)
        self.matcher = Matcher(vocab, validate=False)
        self.single: list = []                     # (key, compiled regex) of one-token rules, in rule order
        gates: list = []                           # per longer rule, the flags a Doc must hold for it to match
        ungated = False
        for rule in rules:
            key = rule["label"] + ("|" + rule["id"] if rule.get("id") else "")
            checked.add(key, [rule["pattern"]])
            if len(rule["pattern"]) == 1 and set(rule["pattern"][0]) == {"TEXT"} and regex_only(rule["pattern"][0]):
                self.single.append((key, regex.compile(rule["pattern"][0]["TEXT"]["REGEX"])))
                continue
            pattern = [self._flagged(vocab, spec) for spec in rule["pattern"]]
            self.matcher.add(key, [pattern])
            required = [next(iter(s)) for s in pattern if _flag_only({k: v for k, v in s.items() if k != "OP"})
                        and s.get("OP", "+") == "+"]
            if required:
                gates.append(frozenset(required))
            else:
                ungated = True
        self.gates = None if ungated else gates
        self._gate_flags = frozenset().union(*gates)
        self._words: dict = {}                     # orth -> (its one-token rules, the gate flags it holds)

    def _flagged(self, vocab, spec: dict) -> dict:
        """A token spec with its TEXT regex replaced by a lexeme flag, where flags remain."""
        if not regex_only(spec):
            return spec
        pattern = spec["TEXT"]["REGEX"]
        if pattern not in self.flags:
            flag = _vocab_flag(vocab, pattern)
            if flag is None:
                return spec
            self.flags[pattern] = (flag, regex.compile(pattern))
        return {self.flags[pattern][0]: True, **{k: v for k, v in spec.items() if k != "TEXT"}}

    def _word(self, vocab, orth: int) -> tuple:
        """A word's one-token rules and the gate flags it holds; its flags set on first sight."""
        lexeme = vocab[orth]
        text = lexeme.orth_
        for flag, rx in self.flags.values():
            lexeme.set_flag(flag, rx.search(text) is not None)
        seen, singles = set(), []
        for key, rx in self.single:
            if key not in seen and rx.search(text):   # the Matcher reports a key once per span
                seen.add(key)
                singles.append(key)
        gate = frozenset(f for f in self._gate_flags if lexeme.check_flag(f))
        self._words[orth] = out = (tuple(singles), gate)
        return out

    def __call__(self, doc, orths: list) -> list:
        """The matches in `doc`, whose words are `orths`: sorted by start, then the
        one-token matches before the longer ones, each kind in the Matcher's order."""
        words = [self._words.get(o) or self._word(doc.vocab, o) for o in orths]
        found = [(i, 0, n, key, i + 1) for i, (singles, _) in enumerate(words) for n, key in enumerate(singles)]
        if len(self.matcher) and self._may_match(words):
            strings = doc.vocab.strings
            found += [(start, 1, n, strings[match_id], end)
                      for n, (match_id, start, end) in enumerate(self.matcher(doc))]
        found.sort()
        return [(key, start, end) for start, _, _, key, end in found]

    def _may_match(self, words: list) -> bool:
        """Whether some longer rule finds in the Doc every word it requires (信息 alone is common)."""
        if self.gates is None:
            return True
        held = frozenset().union(*(gate for _, gate in words))
        return any(gate <= held for gate in self.gates)


def _vocab_flag(vocab, pattern: str) -> Optional[int]:
    """The lexeme flag that stands for `pattern` on this vocabulary (None when all are taken)."""
    if not vocab.lookups.has_table(_FLAG_TABLE):
        vocab.lookups.add_table(_FLAG_TABLE)
    table = vocab.lookups.get_table(_FLAG_TABLE)
    if pattern not in table:
        if len(table) == len(_FLAGS):
            return None
        table[pattern] = len(table)
    return _FLAGS[table[pattern]]


def _flag_only(spec: dict) -> bool:
    return len(spec) == 1 and next(iter(spec)) in _FLAGS


def regex_only(spec: dict) -> bool:
    """A token spec that is only a TEXT regex (and perhaps an operator)."""
    return set(spec) <= {"TEXT", "OP"} and isinstance(spec.get("TEXT"), dict) and set(spec["TEXT"]) == {"REGEX"}
