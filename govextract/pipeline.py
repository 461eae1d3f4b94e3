"""From a document model to a record: the stages every format shares.

sections → meta → tables by label → checks → facts → statements. Nothing here
knows whether the document was a PDF, a web page or text.
"""
from __future__ import annotations

from . import lexicon, script, timelimit
from .stages import checks, digit_runs, facts, meta, sections, statements, tables
from .errors import ParseError
from .model import Document
from .record import Record


def detect_template(text: str, year) -> str:
    cues = lexicon.load_json("templates.json")
    score = {t: sum(text.count(w) for w in cues[t]) for t in ("2021", "2019")}
    if max(score.values()) == 0:
        return "legacy"
    if score["2021"] == score["2019"]:
        return "2021" if (year or 0) >= 2021 else "2019"
    return max(score, key=score.get)


def build(doc: Document, path=None) -> Record:
    warnings = list(doc.warnings)
    if script.simplify(doc):
        warnings.append("繁体字报告，已转换为简体字阅读（原文见 raw）/ report in traditional script, read through a "
                        "traditional-to-simplified conversion; quoted text is simplified")
    layout = sections.find_sections(doc)
    full_text = "\n".join([p.text for p in layout.paragraphs] +
                          [c.text for t in doc.tables for row in t.rows for c in row])
    agency, year = meta.agency_and_year(layout)
    template = detect_template(full_text, year)
    report_words = sum(full_text.count(w) for w in lexicon.load_json("templates.json")["report"])
    speaks_as_report = meta.speaks_as_report(layout)
    if layout.title is None and len(layout.sections) < 2 and template == "legacy" and report_words < 3 \
            and not speaks_as_report:
        raise ParseError(path, "不是政府信息公开工作年度报告 / not a government information disclosure annual report "
                               "(no title, sections or tables of one were found)", "structure", "E_NOT_A_REPORT")
    if layout.title is None:
        warnings.append("未找到报告标题，发布机关可能不准确 / report title not found; agency may be missing")
    missing = [n for n in range(1, 7) if n not in layout.sections]
    if missing and template != "legacy":
        warnings.append("未找到以下部分的标题 / section headings not found: " + "、".join("一二三四五六"[n - 1] for n in missing))
    region = meta.region(agency, full_text)

    timelimit.check("tables")
    result = tables.map_tables(doc.tables, layout.table_hints, template)
    digit_runs.recover(doc.tables, layout, template, result)   # tables whose cells a crawler ran together
    warnings.extend(result.warnings)
    flat = {k: None for k in lexicon.template_keys(template)} if template != "legacy" else {}
    for key, reading in result.readings.items():
        if key not in flat and template != "legacy":
            warnings.append(f"表格单元 {key} 不属于 {template} 模板，按原样保留 / cell {key} is not in the {template} template; kept as printed")
        flat[key] = reading.value
    if template != "legacy" and not result.readings:
        warnings.append("未能读取统计表（表二、三、四），相关单元为空 / tables 二/三/四 could not be read; their cells are null")
    elif template != "legacy":
        for prefix, name in (("active.", "二"), ("requests.", "三"), ("appeals.", "四")):
            if not any(k.startswith(prefix) for k in result.readings):
                warnings.append(f"未能读取表{name}，其单元为空 / table {name} could not be read; its cells are null")
    if template == "2021" and any(k.startswith("requests.other.") for k in result.readings):
        warnings.append("（六）其他处理按 2019 格式印为一行，2021 的三个子行为空 / （六）其他处理 printed as one row (2019 layout); the three 2021 sub-rows are null")

    record_meta = {
        "agency": agency, "year": year, "template": template, **region,
        "title": layout.title,
        "publication_date": meta.publication_date(full_text),
        "contact": meta.contact(full_text),
        **doc.meta,
    }
    if path is not None:
        record_meta["source"] = str(path)
    timelimit.check("facts")
    fact_list = facts.extract(layout.paragraphs)
    if not layout.sections and not result.readings and not fact_list and not speaks_as_report:
        raise ParseError(path, "只有年报标题，没有报告正文（章节、统计表或数字）：可能是目录页、通知或只含附件的页面 / "
                               "a report title but no report body (no sections, tables or counts): an index page, "
                               "a notice, or a page whose report is only an attachment", "structure", "E_NOT_A_REPORT")
    if 5 in layout.sections:
        problems, improvements = statements.split_section(layout.sections[5].paragraphs)
    else:
        problems, improvements = [], []
        if template != "legacy":
            warnings.append("未找到第五部分（存在的主要问题及改进情况）/ section 五 (problems and improvements) not found")
    return Record(
        meta=record_meta,
        tables=flat,
        sources={k: r.to_dict() for k, r in result.readings.items()},
        facts=fact_list,
        problems=problems,
        improvements=improvements,
        checks=checks.run(flat, template),
        warnings=warnings,
    )
