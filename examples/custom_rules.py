"""Teach the fact rules a new word without touching code: a rules file of your own.

The rules are spaCy Matcher patterns, one JSON object per line, labelled as in
lexicons/fact_patterns.jsonl. Here 政务服务网 becomes a `website` channel and
披露 a publishing verb.

    python examples/custom_rules.py
"""
import pathlib
import tempfile

import spacy

import govextract.stages.facts  # noqa: F401  (registers the "govextract_facts" component)
from govextract import lexicon

EXTRA = [
    '{"label": "CHANNEL", "id": "website", "pattern": [{"TEXT": {"REGEX": "服务网"}}]}',
    '{"label": "PUBLISH", "pattern": [{"ORTH": "披露"}]}',
]

rules = pathlib.Path(tempfile.mkdtemp()) / "my_rules.jsonl"
rules.write_text(lexicon.path("fact_patterns.jsonl").read_text(encoding="utf-8") + "\n".join(EXTRA) + "\n",
                 encoding="utf-8")

nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
nlp.add_pipe("govextract_facts", config={"patterns": str(rules)})
for sentence in ["通过政务服务网发布信息40条。", "全年在微博披露信息25条。"]:
    for fact in nlp(sentence)._.facts:
        print(sentence, "->", fact["kind"], fact["channel"], fact["value"], fact["unit"])
