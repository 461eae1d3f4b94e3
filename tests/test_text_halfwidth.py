"""A text hard-wrapped inside a word whose sentences use half-width commas (eval22's class): the
comma marks the line as prose broken inside a clause, so the two halves of the name are one line."""
import govextract
from govextract.readers.text import read_text

WRAPPED = ("引言\n本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由东岭区水务\n"
           "局编制的2011年度政府信息公开年度报告。\n"
           "全文包括概述,主动公开政府信息的情况,依申请公开政府信息的情况,政府信息公开工作存在的不足及改进措施,"
           "本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。This report is compiled under the Regulations "
           "of the People's Republic of China on Open Government Information by the district water bureau.\n"
           "一、概述\n2011年,我局认真贯彻落实《条例》,全年主动公开政府信息52条。\n")


def test_a_line_broken_inside_a_name_after_a_half_width_comma_is_joined():
    meta = govextract.parse_text(WRAPPED).to_dict()["meta"]
    assert meta["agency"] == "东岭区水务局"
    assert meta["title"] is None or not meta["title"].startswith("局")


def test_a_short_line_without_a_clause_mark_is_not_joined():
    # guard: a heading-like line with no mark in it (引言) stays a line of its own
    paragraphs = [block.text for block in read_text(WRAPPED).blocks]
    assert paragraphs[0] == "引言"
