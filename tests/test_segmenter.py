"""segmenter.words gives exactly the words jieba's own Tokenizer.cut gives (accurate mode, HMM
on), on sentences written for these tests, on the corpus's text and on generated text; and the
facts stage segments with it."""
import pathlib
import random

import pytest

from govextract import segmenter
from govextract.stages import facts

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "dev"
SENTENCES = [
    "2023年，青禾县柳溪镇人民政府通过门户网站主动公开政府信息128条。",
    "收到政府信息公开申请3件，其中当面申请1件、网络申请2件；已全部按时答复。",
    "禾柳乡蔚溪村委会在“青禾发布”微信公众号发布动态45篇（含图解2篇）。",
    "We published 12 items on www.example.gov.cn, i.e. 3.5% more.",
    "  首行缩进\t与制表符\r\n下一行　全角空格  ",
    "尧舜禹汤鄂皖赣闽 陌生人名 欧阳青禾 司马柳溪",   # runs of characters jieba knows no word for: its HMM
    "１２３条ＡＢＣ％，。；：！？——……《青禾县政务公开办法》",
    "", "网", "a", "\n", "。。。",
]
PIECES = ["青禾", "县", "政府", "信息", "公开", "网站", "主动", "申请", "件", "条", "，", "。", "、", " ", "\n", "\t",
          "2023", "年", "12", "%", "ab", "C", "《", "》", "“", "”", "尧", "舜", "鄂", "皖", "禹", "的", "了", "和"]


def texts():
    out = list(SENTENCES)
    for path in sorted(CORPUS.glob("*.txt")):
        out += path.read_text(encoding="utf-8").splitlines()
    rnd = random.Random(17)
    out += ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 30))) for _ in range(3000)]
    return out


@pytest.fixture(scope="module")
def seg():
    return facts.pipeline().tokenizer.jieba_seg


def test_words_are_jiebas_own(seg):
    for text in texts():
        assert segmenter.words(seg, text) == [w for w in seg.cut(text, cut_all=False) if w], text


def test_words_hold_the_user_words_added(seg):
    # the facts stage adds its own words (facts.json userdict) to the dictionary
    added = segmenter.tokenizer()
    assert segmenter.words(added, "青禾柳溪发布了") == list(added.cut("青禾柳溪发布了"))
    added.add_word("青禾柳溪", freq=200000)
    assert segmenter.words(added, "青禾柳溪发布了")[0] == "青禾柳溪"


def test_the_facts_stage_segments_with_words(seg, monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("jieba's cut called")
    monkeypatch.setattr(seg, "cut", refused)
    doc = facts._doc(facts.pipeline(), "青禾县通过门户网站主动公开政府信息128条。")
    assert [t.text for t in doc][-3:] == ["128", "条", "。"]
