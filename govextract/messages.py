"""The warnings a record can carry, each with a stable code beside its words.

A record's `warnings` are sentences for people (Chinese, then English), each
opening with its code (`W_TABLE_UNREAD: 未能读取表三… / table 三 could not be
read…`), so a dashboard can count them by cause without cutting words apart.
The codes are listed here and nowhere else; the words may change, the codes do
not. Errors (`ParseError`) have theirs in `errors.CODES`.
"""
from __future__ import annotations

WARNINGS = {
    # the document as read
    "W_TRADITIONAL": "繁体字报告，已转换为简体字阅读，记录中引用的文字为简体 / report in traditional script, read through a "
                     "traditional-to-simplified conversion; quoted text is simplified",
    "W_CHARSET_UNUSABLE": "网页声明的字符集 {declared!r} 无法解码本页，已自动识别编码 / the declared charset "
                          "{declared!r} cannot decode this page; the encoding was detected instead",
    "W_CHARSET_IS_UTF8": "网页声明字符集 {declared!r}，但内容是 UTF-8，按 UTF-8 读取 / the page declares {declared!r} "
                         "but its bytes are UTF-8; read as UTF-8",
    "W_CHARSET_GARBLED": "按声明的字符集 {declared!r} 解码得到乱码，已自动识别编码 / the declared charset {declared!r} "
                         "gives garbled text; the encoding was detected instead",
    "W_BYTES_REPLACED": "{count} 处字节无法按 {encoding} 解码，已替换为 �：{where} / {count} byte sequence(s) not valid "
                        "{encoding} were replaced by U+FFFD at {where_en}",
    "W_PAGE_CUT": "网页嵌套过深（超过 2048 层），其后的内容未能读取，记录可能不完整 / the page is nested too deeply "
                  "(over 2048 levels); the part beyond that was cut and the record may be incomplete",
    "W_PAGE_UNREAD": "第 {page} 页无法读取 / page {page} could not be read ({why})",
    "W_DENSE_RULINGS": "第 {page} 页线条过密（{grid}），未查找表格 / page {page} has too dense a grid of lines ({grid}) "
                       "to look for tables in; its text is read as prose",
    "W_SCAN_UNREAD": "第 {page} 页是扫描图片，未读取 / page {page} is a scanned image and was not read "
                     "(OCR needs {extra})",
    "W_SCAN_CELL_DOUBT": "第 {page} 页表格第 {row} 行第 {col} 列（{label}）{doubt}，记为空 / page {page}, table row "
                         "{row}, column {col} ({label}): {doubt_en}; left null",
    # the report's parts
    "W_TITLE_MISSING": "未找到报告标题，发布机关可能不准确 / report title not found; agency may be missing",
    "W_AGENCY_INFERRED": "报告未写明发布机关，按其自称（我县等）及所在地推定为 {agency} / the report names no agency; "
                         "{agency} is inferred from how it speaks of itself (我县…) and where it is placed",
    "W_AGENCY_COMPLETED": "标题中的发布机关“{printed}”未写地名或为简称，按报告自述（或文中唯一的同级地名）补为 {agency} / "
                          "the title names the agency without its place or in short (“{printed}”); completed as "
                          "{agency} from where the report names itself (or the one division of that level it names)",
    "W_PLACE_FROM_GAZETTEER": "报告未写明{town}所属的县（区），按乡镇区划名录（国家统计局区划代码）推定为 {where} / the "
                              "report does not say which county {town} lies in; {where} is taken from the township "
                              "gazetteer (the statistics bureau's division codes)",
    "W_NOT_REPORT_CUE": "页面以年报自称（“{title}”）并有报告正文；非年报的迹象“{cue}”（{kind}）只见于菜单、链接或正文，不代表页面本身，"
                        "按年报读取 / the page names itself a report (“{title}”) and has a report's body; the sign of another "
                        "kind of page “{cue}” ({kind}) stands in a menu, a link or the body, not for the page: read as a report",
    "W_REPORT_FRAGMENT": "只有报告的一部分（第{sections}部分），没有标题：只读取其中所有的内容 / only part of a report "
                         "(section {sections}) without its title: only what that part holds is read",
    "W_SECTIONS_MISSING": "未找到以下部分的标题 / section headings not found: {sections}",
    "W_STATEMENT_FRAGMENT": "第五部分的文字“{text}”残缺不全（网页在此截断），未作为问题或措施读取 / section 五 holds "
                            "only the fragment “{text}” (the page was cut there); not read as a problem or measure",
    "W_SECTION_FIVE_MISSING": "未找到第五部分（存在的主要问题及改进情况）/ section 五 (problems and improvements) not found",
    # tables
    "W_TABLES_UNREAD": "未能读取统计表（表二、三、四），相关单元为空 / tables 二/三/四 could not be read; their cells are null",
    "W_TABLE_UNREAD": "未能读取表{table}，其单元为空 / table {table} could not be read; its cells are null",
    "W_CELL_NOT_IN_TEMPLATE": "表格单元 {key} 不属于 {template} 模板，按原样保留 / cell {key} is not in the {template} "
                              "template; kept as printed",
    "W_ROWS_PRINTED_AS_ONE": "{group}按 {layout} 格式印为一行，{template} 的 {count} 个子行为空 / {group} printed as one "
                             "row ({layout} layout); the {count} {template} sub-rows are null",
    "W_ROW_UNLABELLED": "一行数值没有行标签，未读取 / a row of values without a label was skipped ({where})",
    "W_ROW_UNRECOGNISED": "未识别的表格行“{label}”，未读取 / unrecognised table row skipped ({where})",
    "W_HEADER_UNREAD": "表{table}列标题未能读取，按模板列序读取 / table {table} header not read; template column order "
                       "assumed",
    "W_HEADER_MISFIT": "表{table}列标题与数值个数不符，按模板列序读取 / table {table} header does not fit its values; "
                       "template column order assumed",
    "W_ROW_UNALIGNED": "表{table}“{row}”行有 {count} 个数值，与 {columns} 列不符，未读取 / table {table} row {row} has "
                       "{count} values for {columns} columns; left blank",
    "W_VALUES_UNALIGNED": "表{table}有 {count} 个数值，与 {columns} 列不符，未读取 / table {table} has {count} values "
                          "for {columns} columns; left blank",
    "W_ROW_CUT": "文本在表{table}“{row}”行中间结束：读取了前 {count} 个数值，其余 {missing} 列留空 / the text ends inside "
                 "table {table} row {row}: its first {count} values read, the other {missing} columns left blank",
    "W_CELL_TWICE": "表格单元 {key} 出现两次，保留第一次读到的值 / cell {key} read twice; kept the first",
    # tables whose digits a crawler ran together
    "W_RUN_HEADER": "表{table}的列标题与数值连写，按模板列序读取 / table {table}: header run together with the values; "
                    "template column order assumed",
    "W_RUN_ROW": "{row}: {problem}",
    "W_RUN_TOO_MANY": "{row}: 连写数字 {run} 读法过多（或含小数、正负号），留空 / run {run} has too many readings "
                      "(or a decimal or sign); left blank",
    "W_RUN_NO_READING": "{row}: 连写数字 {run} 没有满足勾稽关系的读法，留空 / no reading of run {run} satisfies the "
                        "identities; left blank",
    "W_RUN_SPLITS": "{row}: 连写数字 {run} 有 {count} 种拆法，留空 / run {run} splits {count} ways; left blank",
    "W_RUN_READINGS_LEFT": "{row}: 连写数字 {run} 仍有 {count} 种读法，不一致的单元留空 / {count} readings of run {run} "
                           "left; cells they disagree on are null",
    "W_RUN_IDENTITY_FAILS": "表{table}的勾稽关系“{rule}”在任何读法下都不成立 / identity {rule} holds under no reading of "
                            "the run-together rows",
    "W_RUN_SEARCH_BUDGET": "表{table}的连写数字组合过多，只填唯一读法的行 / table {table}: too many combinations of "
                           "readings to search; only rows with a single reading are filled",
    # storing a record
    "W_STORE_NOT_INT64": "表格单元 {key} 的值 {shown} 不是 64 位整数：reports 中为空，cells 中按原样保留 / cell {key} "
                         "printed {shown}, not a whole number in 64 bits: null in reports, kept as printed in cells",
    "W_STORE_NOT_DATE": "发布日期 {value} 不是有效日期：reports 中为空 / publication date {value} is not a valid date: "
                        "null in reports",
    "W_STORE_NOT_NUMBER": "表格单元 {key} 的值不是数字：reports 中为空 / cell {key} is not a number: null in reports",
}


# Pieces a warning's words are built from, as (Chinese, English).
PIECES = {
    "ocr_no_reading": ("有字迹但未能识别", "the cell has ink but OCR gave no reading"),
    "ocr_not_number": ("OCR 读数“{text}”不是数字", "OCR read {text!r}, which is not a number"),
    "ocr_low_confidence": ("OCR 读数“{text}”置信度低（{score:.2f}）", "OCR read {text!r} with low confidence ({score:.2f})"),
    "byte_spot": ("第 {line} 行（字节 {at}）", "line {line} (byte {at})"),
    "more_spots": (" 等另 {more} 处", " and {more} more"),
    "list_sep": ("、", ", "),
}


def piece(name: str, **fields) -> tuple:
    """Given a piece's name and its values, return its (Chinese, English) words."""
    return tuple(words.format(**fields) for words in PIECES[name])


def warning(code: str, **fields) -> str:
    """Given a warning's code and the values its words name, return the warning as a
    record carries it: the code, then the words."""
    return f"{code}: " + WARNINGS[code].format(**fields)


def code_of(text: str):
    """Given a warning as a record carries it, return its code (None for one without)."""
    code = text.split(":", 1)[0]
    return code if code in WARNINGS else None
