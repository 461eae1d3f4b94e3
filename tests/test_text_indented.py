"""A page copied with every paragraph indented by a tab (eval23's class): its lines are prose,
not a table of one cell per line, so its title and headings are read and it is no non-report."""
import govextract

INDENTED = ("青禾市东岭区农业农村局 \n\t2020年政府信息公开工作年度报告 \n\t\n"
            "\t根据《中华人民共和国政府信息公开条例》要求,现向社会公布东岭区农业农村局2020年政府信息公开工作年度报告。"
            "如对本报告有任何疑问,请与东岭区农业农村局办公室联系(电话:0000-1234567)。 \n"
            "\t一、总体情况 \n"
            "\t2020年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,把政府信息公开作为建设透明机关的重要举措,"
            "健全工作机制,推动信息公开工作规范化、常态化运行,各项工作有序开展。 \n"
            "\t(一)抓制度落实 \n"
            "\t我局制定了年度政府信息公开工作要点,定期召开工作会议,研究部署信息公开工作,明确责任分工,"
            "确保信息公开及时、准确、完整,群众满意度进一步提升。 \n")


def test_a_page_indenting_every_paragraph_with_a_tab_is_read_as_prose():
    meta = govextract.parse_text(INDENTED).to_dict()["meta"]
    assert meta["title"] == "青禾市东岭区农业农村局2020年政府信息公开工作年度报告"
    assert meta["agency"] == "青禾市东岭区农业农村局"
    assert meta["year"] == 2020


# One cell per tab-indented line, rows between blank lines: a browser copy of a table.
CELLS = ("青禾市东岭区农业农村局2020年政府信息公开工作年度报告\n"
         "一、总体情况\n2020年,我局主动公开政府信息。\n"
         "二、主动公开政府信息情况\n"
         "\t第二十条第（一）项\n\n\t信息内容\n\t本年制发件数\n\t本年废止件数\n\t现行有效件数\n\n"
         "\t规章\n\t3\n\t0\n\t5\n\n\t行政规范性文件\n\t2\n\t1\n\t7\n")


def test_one_cell_per_indented_line_is_still_a_table():
    # guard: short tab-indented cells beside each other stay a table's cells
    tables = govextract.parse_text(CELLS).to_dict()["tables"]
    assert tables["active"]["rules"]["issued"] == 3
    assert tables["active"]["normative_docs"]["in_force"] == 7
