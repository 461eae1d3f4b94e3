"""anchored_search finds exactly what a full search finds, for every pattern listed in
lexicons/anchors.json: on the corpus's text and on generated text crowded with the
pieces those patterns are made of (the sentences and pieces are written for these tests)."""
import pathlib
import random

import pytest

from govextract import anchored_search, lexicon

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "dev"
ENTRIES = lexicon.load_json("anchors.json")["patterns"]
PIECES = ["人民政府", "政府", "门户网站", "门户网", "网站", "政府网", "信息公开网", "政务网", "网", "站",
          "版权所有", "主办", "主办单位", "单位", "县", "市", "镇", "通过", "中国", "，", "。", " ", "  ", "\n",
          "a", "1", "（", "）", "公开", "信息", "财政", "平台", "栏目", "·", "•", "”", "青禾", "柳溪"]
# Lines of site chrome for a pattern listed by its words: an opening, one of its words or of the words
# of site chrome, a separator, a value and a closing, once or twice.
CHROME_WORDS = ["主办", "主办单位", "网站主办", "版权所有", "SiteName", "来源", "信息来源", "文章来源", "发布机构",
                "发文机关", "发布单位", "公开主体", "所属机构", "ContentSource", "中国", "标识码", "网站标识码",
                "SiteIDCode", "索引号", "统一社会信用代码", "信用代码", "当前位置", "您的位置", "所在位置", "首页"]
OPENINGS = ["", "欢迎访问", "青禾县", "“", "「"]
SEPARATORS = ["", "：", ":", " ", "·", "|", ">", " >> ", "»"]
VALUES = ["", "青禾", "青禾县人民政府", "3501230001", "11350123MB1234567X", "门户网站"]
CLOSINGS = ["", "”", "」", "欢迎您"]
# Pieces of the facts stage's text cues (facts.json text_cues) and of the counts around them, and of
# readings printed after a character (script.json reading).
CUE_PIECES = ["申请", "数量", "数", "件数", "总数", "为", "：", " ", "　", "12", "3", "件", "条", "篇", "（", "(", "）",
              "建议", "提案", "的", "办理", "答复", "回复", "情况", "率", "满意", "上年", "结转", "转来", "，", "。", "；",
              "报", "青禾", "县", "市", "新区", "晨", "中国", "上", "刊登", "发稿", "新闻联播", "网", "信息", "政务公开",
              "信息公开", "政务服务", "平台", "受理", "内", "外网", "系统", "目录", "在线", "“", "”", "门户", "主站",
              "www.", "政府", "统一平台", "公众", "格", "通过", "同意公开", "提供给", "申请人", "不属于", "本", "机关",
              "职责", "其他处理", "申请数", "申请总数为", "申请件数", "申请数量是", "申请数：", "5", "7", "收到申请", "建议答复", "提案的办理情况", "议案回复", "12条（",
              "3件(", "4 项（", "“青禾政务网”", "“中国青禾”", "“青禾在线”", "青禾在线平台", "“中国·青禾”", "在“政府信息公开目录”里",
              "青禾网（www.", "公众信息网", "镇(zhèn)", "乡（xiāng）", "(lǜ)", "（ā）", "(zhen)", "ǎ",
              "青禾网（http://", "在线门户", "在线”", "政务公开”平台", "信息公开」平台", "政府信息平台", "公开栏平台",
              "统一平台", "在公开栏公示", "橱窗公开", "宣传栏内公告", "收到信息公开3件", "受理政务信息公开 12件",
              "今日头条", "澎湃号", "人民号召", "南方+", "LED屏", "led电子显示屏", "公示板", "公开牌", "板块",
              "发布信息3次", "公开了政务信息 5次", "被省网站转载", "被转发", "报刊发", "报刊登", "申请12件，新收3件",
              "新收", "依申请公开请求12", "依申请公开事项共 3", "目前累计", "至今累计", "2019年至2023年",
              "2020-2022年", "2021~2023年", "申请数量为 12", "申请总数：3"]
# Sentences giving a report's name (meta.json opening, compiled_report), each a choice per slot: 现将青禾县2023年
# …报告公布如下, 《标题：…报告》, 由柳溪镇人民政府编制的2023年度…年报.
BODIES = ["", "青禾县", "柳溪镇人民政府", "青禾县柳溪局（柳溪办）", "x"]
YEARS = ["", "2023", "2023年", "2023年度", "二〇二三年", "12"]
TOPICS = ["", "政府信息公开工作", "政务公开", "的", "。"]
ENDS = ["报告", "年报", "情况", "工作情况", "开展情况", "公开工作总结", "通知", ""]
CLOSES = ["", "》", "”", "\"", "如下：", "。", "\n"]
NAME_FORMS = [
    [["", "现将", "现就", "公布", "公开", "信息公开", "发布", "编制了", "汇总", "涵盖", "。"], ["", "《", "“", "\"", " "],
     BODIES, YEARS, TOPICS, ENDS, CLOSES],
    [["《", "“", "\"", "。"], ["", "标题", "名称", "x"], ["：", ":", ""], ["", " ", "《"], BODIES, YEARS, TOPICS,
     ["报告", "年报", "通知", ""], CLOSES],
    [["由", "。由", ""], BODIES, ["编制", "编制的", "编写"], ["", " ", "《"], YEARS, ["", "年", "年度", "。"], TOPICS,
     ["报告", "年报", "情况", ""], CLOSES],
    [["根据要求，", "；", "，"], ["柳溪镇人民政府", "青禾县柳溪局", "x局", "青禾县", ""], ["特向社会公布", "向社会公布", "向社会"], ["本级", ""],
     YEARS, ["年", "年度", ""], TOPICS, ["报告", "年报", ""], CLOSES],
    # 。2023年度…报告全文包括…; 本报告由X结合实际编制, X对全年工作进行总结 (meta.json compiled_by).
    [["。", "；", "。 ", ""], ["", "《"], YEARS, TOPICS, ["报告", "年报", ""], ["", "》", "”"], ["全文", "共分", "包括", "如下", ""]],
    [["由", "，", "。", "本报告", "本年度报告是", "", "x"], BODIES, ["", "（以下简称柳溪局）"],
     ["", "结合实际", "根据条例，", "按照上级通知要求，", "在上年基础上"], ["负责编制", "认真编制", "编制", "组织编制",
     "对全年工作进行总结", "对此总结", "汇总", ""], ["", "。", "本报告", "，"]],
]
# Of a title, as meta reads one: a host name a mirror prints in a body's place (meta.json web_host,
# http://www.qinghe-1.com柳溪镇…) and a notice issuing the report (issuing_notice).
TITLE_FORMS = [
    [["", "http://", "https://", "www.", "。"], ["qinghe", "x-1", "ab.cd", ""], [".", "", "。"], ["com", "cn", "net", "comx", "2"],
     ["", "柳溪镇", ".", "1"], YEARS],
    [["", "。", "》", "的通知", "x"], BODIES, ["关于印发", "关于公布", "关于发布", "关于", "印发"], ["", " ", "《", "“", "〈"],
     YEARS, TOPICS, ["报告", "年报", ""], ["》", "”", "\"", ""], ["的通知", ""]],
]


def full(pattern, text):
    return [(m.span(), m.groupdict()) for m in lexicon.compiled(pattern).finditer(text)]


def anchored(pattern, text):
    return [(m.span(), m.groupdict()) for m in anchored_search.finder(pattern)(text)]


def texts():
    out = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    out += ["本局通过县人民政府门户网站和政务新媒体公开信息。", "主办：某某县人民政府办公室 版权所有",
            "网站" * 30, "某" * 40 + "政府网", "", "网", "全文另见“青禾·柳溪”门户网站，及青禾 • 柳溪（网址略）政府网。"]
    rnd = random.Random(9)
    out += ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 40))) for _ in range(3000)]
    out += ["".join(rnd.choice(CUE_PIECES) for _ in range(rnd.randrange(1, 12))) for _ in range(6000)]
    out += ["".join(rnd.choice(slot) for form in rnd.choices(NAME_FORMS, k=rnd.randrange(1, 3)) for slot in form)
            for _ in range(12000)]
    out += ["".join(rnd.choice(slot) for form in rnd.choices(TITLE_FORMS, k=rnd.randrange(1, 3)) for slot in form)
            for _ in range(3000)]
    return out


def chrome(words):
    rnd = random.Random(9)
    out = []
    for _ in range(8000):
        line = ""
        for _ in range(rnd.randrange(1, 3)):
            word = rnd.choice(rnd.choice([words, CHROME_WORDS]))
            line += rnd.choice(OPENINGS) + word + rnd.choice(SEPARATORS) + rnd.choice(VALUES) + rnd.choice(CLOSINGS)
        out.append(line)
    return out


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.get("anchor") or "|".join(e["words"]) for e in ENTRIES])
def test_a_listed_pattern_finds_what_a_full_search_finds(entry):
    found = 0
    for text in texts() + (chrome(entry["words"]) if "words" in entry else []):
        expected = full(entry["pattern"], text)
        assert anchored(entry["pattern"], text) == expected, text
        found += len(expected)
    assert found > 100, found


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def test_the_listed_patterns_are_the_lexicons_own():
    """An entry for a pattern since edited in its lexicon would save nothing: update it."""
    held = {s for name in ("meta.json", "sections.json", "facts.json", "statements.json", "script.json")
            for s in strings(lexicon.load_json(name))}
    assert [e["pattern"] for e in ENTRIES if e["pattern"] not in held] == []


def test_the_facts_stage_searches_its_listed_text_cues_where_their_words_stand():
    from govextract.stages import facts
    cues = lexicon.load_json("facts.json")["text_cues"]
    assert any(c["regex"] in {e["pattern"] for e in ENTRIES} for c in cues)
    extractor = facts.pipeline().get_pipe(facts.NAME)
    assert [find for _, _, find in extractor.text_cues] == [anchored_search.finder(c["regex"]) for c in cues]


@pytest.mark.parametrize("entry", [e for e in ENTRIES if "words" in e], ids=lambda e: "|".join(e["words"]))
def test_a_pattern_absent_from_a_pages_lines_matches_none_of_them(entry):
    assert not any("\n" in word for word in entry["words"])
    rnd = random.Random(9)
    lines = texts() + chrome(entry["words"])
    skipped = 0
    for _ in range(400):
        page = [text for text in rnd.sample(lines, rnd.randrange(1, 12))]
        if anchored_search.absent(entry["pattern"], page):
            skipped += 1
            assert not any(full(entry["pattern"], line) for line in page), page
        else:
            assert any(word in line for line in page for word in entry["words"])
    assert skipped > 10, skipped


def test_a_pattern_not_listed_by_its_words_is_never_absent():
    assert not anchored_search.absent(r"某\p{Han}{2}", ["青禾县人民政府"])
    assert not anchored_search.absent(ENTRIES[0]["pattern"], ["没有锚字的一行"])   # listed by its anchor
