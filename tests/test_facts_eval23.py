"""The facts stage on narrative classes eval23 showed (issue #9): what a category names, counts
named before or after their number, counts of a kind the rules missed. Every sentence here is
written for these tests."""
from fact_lines import read


def cats(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"], f["category"]) for f in read(text, year)]


# --- categories -----------------------------------------------------------------------------------

def test_examples_before_deng_leave_the_kind_they_are_examples_of():
    text = "在政府网站公开《某市河道管理办法》《某市渡口安全规定》等水利相关的政策文件12件。"
    assert cats(text) == [("published", 12, "website", "水利相关的政策文件")]
    text = "全市通过政务网发布信息900条，其中，规划文件30件，养老、托育、就业、住房等民生领域信息61条。"
    assert cats(text)[-1] == ("published", 61, "website", "民生领域信息")


def test_examples_before_plain_information_stay_the_category():
    # 等信息: the examples are all that says what was published
    assert cats("在政府网站公开通知公告、人事任免等信息15条。") == [
        ("published", 15, "website", "通知公告、人事任免等信息")]
    # 等方面: no kind after the examples
    assert cats("在政府网站公开教育、卫生等方面政务信息15条。") == [
        ("published", 15, "website", "教育、卫生等方面政务信息")]

