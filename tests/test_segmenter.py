"""segmenter.Tokenizer cuts as jieba's own tokenizer does, word for word (it is only faster)."""
import jieba
import pytest

from govextract import segmenter
from conftest import CORPUS


@pytest.fixture(scope="module")
def pair():
    """Our tokenizer and jieba's, on equal copies of one dictionary."""
    fast = segmenter.tokenizer()
    plain = jieba.Tokenizer()
    plain.FREQ, plain.total, plain.initialized = dict(fast.FREQ), fast.total, True
    return fast, plain


def test_the_corpus_is_cut_as_jieba_cuts_it(pair):
    fast, plain = pair
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert texts
    for text in texts:
        assert fast.lcut(text) == plain.lcut(text)
        assert fast.lcut(text, HMM=False) == plain.lcut(text, HMM=False)


def test_words_added_and_deleted_change_the_cut_as_in_jieba():
    # the remembered log probabilities must follow the dictionary's counts and total
    fast = segmenter.tokenizer()
    plain = jieba.Tokenizer()
    plain.FREQ, plain.total, plain.initialized = dict(fast.FREQ), fast.total, True
    sentence = "本机关通过蓝湖新区报主动公开政府信息，平台信息公开专栏更新"
    assert fast.lcut(sentence) == plain.lcut(sentence)
    for seg in (fast, plain):
        seg.add_word("蓝湖新区报", freq=200000)
        seg.del_word("主动公开")
    assert fast.lcut(sentence) == plain.lcut(sentence)
    assert "蓝湖新区报" in fast.lcut(sentence)
