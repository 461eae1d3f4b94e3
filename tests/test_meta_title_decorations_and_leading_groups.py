"""Meta classes that recurred across blind sets (eval21-26) and were left open, each written anew
for these tests: a page's decoration before the title (a bullet, a star, a triangle, brackets
round the whole title) kept in the body's name; a sentence opening with its year on a leading
group headed by the town's own posts (调整成立以镇党委书记为组长…) read as a town named 调整成立以镇;
and the site's name a page runs into the title (X县人民政府门户网站X县水利局2020年…) kept before
the body's."""
import govextract
import pytest
from report_body import short_body


def meta_of(head: str, year: int = 2021, self: str = "我镇") -> dict:
    return govextract.parse_text(head + short_body(year, self)).to_dict()["meta"]


# --- decoration before a title -----------------------------------------------------------------

@pytest.mark.parametrize("mark", ["▲", "※", "☆ ", "★", "◎", "·", "△", "♦ ", "→"])
def test_a_mark_set_before_the_title_is_no_part_of_the_name(mark):
    head = mark + "青禾镇人民政府2021年政府信息公开工作年度报告\n"
    assert meta_of(head)["agency"] == "青禾镇人民政府"


def test_brackets_round_the_whole_title_are_no_part_of_the_name():
    head = "【白沙河街道办事处2022年政府信息公开工作年度报告】\n"
    assert meta_of(head, 2022, "我街道")["agency"] == "白沙河街道办事处"


def test_a_bureau_titled_after_a_star_keeps_its_year_and_name():
    meta = meta_of("★ 南岭区审计局2019年政府信息公开工作年度报告\n", 2019, "我局")
    assert (meta["agency"], meta["year"]) == ("南岭区审计局", 2019)


# --- a leading group's head named by the town's posts ------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("2022年，调整成立以镇党委书记为组长的政务公开领导小组。", "我镇"),
    ("2022年，成立以镇长为组长的政务公开工作领导小组，镇党政办具体负责。", "我镇"),
    ("2022年，调整了以乡党委书记为组长的信息公开领导小组。", "我乡"),
    ("2022年，重新调整以街道党工委书记为组长的政务公开领导小组。", "我街道"),
])
def test_a_clause_run_on_to_the_towns_own_post_names_no_town(sentence, speaker):
    head = "一、总体情况\n" + sentence + "\n"
    assert meta_of(head, 2022, speaker)["agency"] is None


def test_the_town_named_before_its_own_post_is_still_the_town():
    head = ("一、总体情况\n2022年，成立以青禾镇党委书记为组长的政务公开领导小组。\n"
            "2022年，青禾镇主动公开信息52条。\n")
    assert meta_of(head, 2022)["agency"] == "青禾镇"


# --- the site's name run into the title --------------------------------------------------------

@pytest.mark.parametrize("site", ["桃源县人民政府门户网站", "桃源县人民政府网-", "桃源县政府网站",
                                  "桃源县人民政府网站——", "桃源县政务网 | "])
def test_the_sites_name_before_a_bureaus_title_is_no_part_of_its_name(site):
    head = site + "桃源县水利局2020年政府信息公开工作年度报告\n"
    assert meta_of(head, 2020, "我局")["agency"] == "桃源县水利局"


def test_a_body_whose_name_holds_the_governments_network_word_keeps_it():
    # guard: 人民政府网络安全… is a body's name, not a site's 人民政府网 before another body
    head = "柳河县人民政府网络安全和信息化委员会办公室2020年政府信息公开工作年度报告\n"
    assert meta_of(head, 2020, "我办")["agency"] == "柳河县人民政府网络安全和信息化委员会办公室"

