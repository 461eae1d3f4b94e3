"""Meta classes that audit19 (unread stored pages of thinly read provinces, levels and years,
session 19) found read wrong, written anew on sentences of our own."""
import govextract
from refused import parse_page, refusal
from report_body import SHORT


def read_meta(text: str) -> dict:
    return govextract.parse_text(text).to_dict()["meta"]


def untitled(opening: str, speaker: str, year: int = 2024) -> str:
    return opening + "\n" + SHORT.format(y=year, self=speaker)


# --- a district's former name run on into 市场 is the district's market bureau --------------

def test_a_former_city_name_run_into_market_is_no_city():
    # 吴中区 was never 吴中市 in the table: 吴中市场监管局 is the district's market bureau.
    text = untitled("本报告的电子版可在苏州市吴中区政府网站下载。如有疑问，请与吴中市场监管局办公室联系。",
                    "吴中市场监管局")
    m = read_meta(text)
    assert m["agency"] == "吴中市场监管局"
    assert m["county"] == "吴中区"


def test_a_table_city_run_into_market_is_still_that_city():
    # guard: a name the table lists (苏州市) stays read before 场: 苏州市场监管局 is Suzhou's.
    text = untitled("如有疑问，请与苏州市场监管局办公室联系。", "苏州市场监管局")
    m = read_meta(text)
    assert m["city"] == "苏州市"
    assert m["county"] is None


# --- 政府 run on into 信息 is the disclosure's word, not the body's ---------------------------

def test_a_bureau_opening_a_sentence_before_government_information_keeps_its_name():
    opening = "本报告根据条例要求编制。\n（一）主动公开情况。河阳市税务局政府信息主动公开形式多样，内容充实。"
    m = read_meta(untitled(opening, "河阳市税务局", 2023))
    assert m["agency"] == "河阳市税务局"


def test_a_town_government_opening_a_sentence_is_still_named_in_full():
    # guard: 人民政府 before 信息公开 is the body's (…镇人民政府信息公开…), as the title reader says.
    opening = "本报告根据条例要求编制。\n（一）主动公开情况。青柳镇人民政府高度重视政府信息公开工作。"
    m = read_meta(untitled(opening, "青柳镇", 2023))
    assert m["agency"] == "青柳镇人民政府"


# --- an autonomous region's word for itself is completed like 省 --------------------------

def test_an_autonomous_region_title_without_its_name_is_completed():
    text = ("宁夏回族自治区农业农村厅\n自治区农业农村厅2024年政府信息公开工作年度报告\n"
            "本报告的电子版可在宁夏回族自治区农业农村厅网站下载。\n" + SHORT.format(y=2024, self="自治区农业农村厅"))
    m = read_meta(text)
    assert m["agency"] == "宁夏回族自治区农业农村厅"
    assert m["province"] == "宁夏回族自治区"


def test_an_autonomous_region_body_named_in_full_stays():
    # guard: a title that prints the region's name needs no completion
    text = "宁夏回族自治区农业农村厅2024年政府信息公开工作年度报告\n" + SHORT.format(y=2024, self="自治区农业农村厅")
    assert read_meta(text)["agency"] == "宁夏回族自治区农业农村厅"


# --- an untitled fragment speaking in the first person of its own work is read -------------

FRAGMENT = """《中华人民共和国政府信息公开条例》施行后，青川区按照上级的部署，着重抓好机构组建和制度建设。
（一）加强组织机构建设
一是确定区政府办公室为全区政府信息公开工作的主管部门，负责推进、指导全区政府信息公开工作。
二是要求有关单位组建政府信息公开工作机构，形成主要领导亲自抓、分管领导具体抓的工作机制。
（二）扎实抓好制度建设
{voice}从抓制度建设入手，努力构建政府信息公开长效机制，制定了主动公开、依申请公开等工作制度。"""


def test_a_fragment_in_the_first_person_without_a_year_is_read():
    # No title, no template headings, no counts: 我区坚持… at a sentence's start, under the
    # sub-items of a report's part, is how the body speaks of its own year's work.
    parse_page(FRAGMENT.format(voice="我区坚持"))


def test_a_fragment_in_the_voice_of_rules_is_still_refused():
    # guard: 本市 is how rules and notices speak; it names no reporting body
    refusal(FRAGMENT.format(voice="本市坚持"))


# --- a body publishing its own report after a lead-in clause names itself in full ----------

def test_a_body_publishing_its_report_after_a_lead_in_names_itself_in_full():
    text = ("2012年度青柳乡政府信息公开年度报告\n根据《条例》及本乡有关规定，青柳乡人民政府特向社会公布"
            "2012年度本级政府信息公开年度报告。\n" + SHORT.format(y=2012, self="我乡"))
    assert read_meta(text)["agency"] == "青柳乡人民政府"


def test_a_publishing_sentence_without_a_body_keeps_the_title():
    # guard: 现向社会公布… names no body; the title's name stands
    text = ("2012年度青柳乡政府信息公开年度报告\n根据《条例》要求，现向社会公布2012年度本乡政府信息公开年度报告。\n"
            + SHORT.format(y=2012, self="我乡"))
    assert read_meta(text)["agency"] == "青柳乡"


# --- menus above the title do not push the report's naming sentences out of reach -----------

CHROME = "\n".join(["首页", "公司介绍", "产品中心", "新闻资讯", "联系我们", "客服热线", "400-000-0000", "在线留言"])
NOTICE = "\n".join(["现予以发布，特此公告。", "附件：年度报告", "水利部办公厅", "2011年3月25日", "附件："])


def test_a_compiler_sentence_under_a_low_title_still_names_the_body_in_full():
    text = (CHROME + "\n2010年水利部政府信息公开工作年度报告\n" + NOTICE + "\n本年度报告是根据《条例》要求，"
            "由中华人民共和国水利部编制。\n" + SHORT.format(y=2010, self="水利部"))
    assert read_meta(text)["agency"] == "中华人民共和国水利部"


def test_a_low_title_with_no_fuller_name_stays_as_printed():
    # guard: with no fuller form printed, the title's name stands
    text = (CHROME + "\n2010年水利部政府信息公开工作年度报告\n" + NOTICE + "\n本年度报告是根据《条例》要求编制。\n"
            + SHORT.format(y=2010, self="水利部"))
    assert read_meta(text)["agency"] == "水利部"


def test_a_body_publishing_its_own_report_by_the_same_name_keeps_it():
    # guard: …，X局向社会公布本单位2013年度…报告 names the body as the title does, nothing more
    text = ("青川市旅游局2013年度政府信息公开工作年度报告\n根据《条例》要求，青川市旅游局向社会公布本单位"
            "2013年度政府信息公开工作年度报告。\n" + SHORT.format(y=2013, self="我局"))
    assert read_meta(text)["agency"] == "青川市旅游局"
