"""Made-up 2021-template reports as a crawler's text extraction leaves them:
the whole page on one line, every table cell run into the next."""

ROWS = [  # (record row key, the template's row label, with the group label before the group's first row)
    ("new_received", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("granted", "三、本年度办理结果（一）予以公开"),
    ("partly_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied_state_secret", "（三）不予公开1.属于国家秘密"),
    ("denied_prohibited", "2.其他法律行政法规禁止公开"),
    ("denied_security", "3.危及“三安全一稳定”"),
    ("denied_third_party", "4.保护第三方合法权益"),
    ("denied_internal", "5.属于三类内部事务信息"),
    ("denied_process", "6.属于四类过程性信息"),
    ("denied_enforcement", "7.属于行政执法案卷"),
    ("denied_query", "8.属于行政查询事项"),
    ("unavailable_not_held", "（四）无法提供1.本机关不掌握相关政府信息"),
    ("unavailable_needs_creation", "2.没有现成信息需要另行制作"),
    ("unavailable_unclear", "3.补正后申请内容仍不明确"),
    ("rejected_petition", "（五）不予处理1.信访举报投诉类申请"),
    ("rejected_repeated", "2.重复申请"),
    ("rejected_publication", "3.要求提供公开出版物"),
    ("rejected_excessive", "4.无正当理由大量反复申请"),
    ("rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息"),
    ("other_no_correction", "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_misc", "3.其他"),
    ("total_handled", "（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"),
]
LEAVES = [k for k, _ in ROWS[2:-2]]
COLUMNS = ["natural_person", "commercial", "research", "nonprofit", "legal_service", "other_org", "total"]
GROUPS = ["review", "suit_direct", "suit_after_review"]
RESULTS = ["upheld", "corrected", "other", "pending", "total"]


def table_three(leaves: dict, carried_over=(0,) * 6, carried_forward=(0,) * 6) -> dict:
    """Every 表三 row as seven values that add up: the six applicant columns given
    for the rows named in `leaves` (others 0), totals and （七）, 一 computed."""
    def row(six):
        return list(six) + [sum(six)]
    out = {k: row(leaves.get(k, (0,) * 6)) for k in LEAVES}
    handled = [sum(out[k][c] for k in LEAVES) for c in range(6)]
    out["total_handled"] = row(handled)
    out["carried_over"] = row(carried_over)
    out["carried_forward"] = row(carried_forward)
    out["new_received"] = row([h + f - o for h, f, o in zip(handled, carried_forward, carried_over)])
    return out


def table_four(groups: list) -> list:
    """表四's fifteen values from three groups of (维持, 纠正, 其他, 尚未审结)."""
    return [v for g in groups for v in list(g) + [sum(g)]]


def run(values) -> str:
    return "".join(str(v) for v in values)


def report(table3: dict, table4: list, active: str = None, runs: dict = None) -> str:
    """The report's text; `runs` replaces a 表三 row's run as printed (spaces, misprints)."""
    runs = runs or {}
    active = active if active is not None else (
        "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件3015"
        "第二十条第（五）项信息内容本年处理决定数量行政许可812"
        "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0")
    three = "".join(label + runs.get(key, run(table3[key])) for key, label in ROWS)
    return (
        "标题: 某某县2023年政府信息公开工作年度报告\n"
        "=====正文=====\n"
        "本报告依据《中华人民共和国政府信息公开条例》编制。 一、总体情况 2023年，本县扎实推进政务公开，"
        "全年主动公开政府信息2100条。 二、主动公开政府信息情况" + active +
        "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织"
        "法律服务机构其他" + three +
        "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
        "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
        + run(table4) +
        "五、存在的主要问题及改进情况一是公开的及时性有待加强；二是解读形式较为单一。下一步，一是加强督促；"
        "二是丰富解读形式。六、其他需要报告的事项本年度未收取信息处理费。\n")


def expected_cells(table3: dict, table4: list) -> dict:
    cells = {f"requests.{k}.{c}": v for k, row in table3.items() for c, v in zip(COLUMNS, row)}
    cells.update({f"appeals.{g}.{r}": v for (g, r), v in
                  zip([(g, r) for g in GROUPS for r in RESULTS], table4)})
    return cells
