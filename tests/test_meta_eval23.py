"""Meta classes that eval23 (session 17's blind set, now tuning material) showed read wrong,
written anew on sentences of our own."""
import pytest

import govextract

LONG = "全年围绕群众关切持续完善信息发布审核机制，加强政策解读和回应，工作规范化水平进一步提高。"


def meta(text: str) -> dict:
    return govextract.parse_text(text).to_dict()["meta"]


TITLED = ("{title}2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，特向社会公布本年度报告。"
          "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n" + LONG + "\n"
          "二、主动公开政府信息情况\n全年通过门户网站公开政府信息320条。\n")


@pytest.mark.parametrize("name", ["全椒县", "本溪市", "特克斯县"])
def test_a_division_whose_name_opens_like_a_pronoun_is_the_agency(name):
    # 全, 本, 特 open 全县, 本局, 特向…: the division table knows these names as places
    assert meta(TITLED.format(title=name))["agency"] == name


def test_a_pronoun_before_a_division_word_is_still_no_agency():
    # guard: 全县 (the whole county) names no body
    assert meta(TITLED.format(title="全县"))["agency"] != "全县"
