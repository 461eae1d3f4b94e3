"""facts._doc, the facts stage's own way to the Doc of a piece of text, builds the Doc
spaCy's tokenizer builds (words, spaces, text), with and without white space in the
text. The sentences are written for these tests."""
import pytest

from govextract.stages import facts

TEXTS = [
    "本年度通过门户网站公开政府信息1200条，微博发布52条。",
    "通过政务App 客户端推送信息86篇。",          # a space between a Latin word and Chinese
    "收到申请 26 件，予以公开18件。",
    "全年\u3000无行政复议案件。\n",              # an ideographic space and a line break
    "公开信息\x1c12条",                          # a separator str.isspace() counts as white space
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_doc_is_the_one_spacy_builds(text):
    nlp = facts.pipeline()
    ours, spacys = facts._doc(nlp, text), nlp.make_doc(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in spacys]
    assert ours.text == text


def test_the_component_and_extract_read_the_same_facts():
    nlp = facts.pipeline()
    text = TEXTS[0]
    doc = nlp(text)
    assert [f["value"] for f in doc._.facts] == [1200, 52]
    assert [s.text for s in doc.spans[facts.NAME]] == ["1200条", "52条"]
    assert nlp.get_pipe(facts.NAME).read(facts._doc(nlp, text), text) == doc._.facts
