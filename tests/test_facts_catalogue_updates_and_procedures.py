"""The facts stage on counts eval22 showed read as published items though they count something
else (issue #9): a catalogue's updates and the parts listed under them, procedures and rules
counted, the feedback on opinions sent in. Every sentence here is written for these tests."""
from fact_lines import triples


def test_catalogue_updates_and_the_parts_listed_under_them_are_no_items():
    text = ("通过区政府网站公开政策文件170件,其中政府会议信息25条,目录信息更新1046条,"
            "其中公开规划信息14条,更新机构信息3条;专栏维护5个,新开设2个。")
    assert triples(text) == [("published", 170, "website"), ("published", 25, "website")]


def test_parts_under_a_count_of_information_stay_items():
    # the same list words under a count of items published: its parts, published
    assert triples("通过网站公开信息500条，其中公开规划信息40条，更新机构信息8条。") == [
        ("published", 500, "website"), ("published", 40, "website"), ("published", 8, "website")]


def test_procedures_and_rules_counted_are_no_items():
    text = "依照县里的工作程序,2024年某镇共公开重大行政决策法定程序0条、重大决策预公开制度0条、意见征集0条。"
    assert triples(text, 2024) == []
    assert triples("2024年某镇共公开行政决策法定程序2条。", 2024) == []
    # information about decisions is information
    assert triples("2024年某镇共公开重大行政决策信息3条、意见征集0条。", 2024) == [("published", 3, "all")]


def test_feedback_on_opinions_sent_in_is_no_item():
    assert triples("针对决策事项及时发布民意征集6件、在线访谈2条、公开意见反馈9件。") == []
    # a column of surveys and the feedback on them, among a list's items, stays one
    assert triples("全年公开信息100条，其中部门文件9条、调查及反馈4条、工作动态80条。") == [
        ("published", 100, "all"), ("published", 9, "all"), ("published", 4, "all"), ("published", 80, "all")]


# --- channels -----------------------------------------------------------------------------------

def test_a_count_as_large_as_the_lone_channel_count_before_is_of_that_channel():
    text = "在政府网站主动公开管委会文件共6件。开设留言专栏，及时更新部门预算4条、部门决算7条，公开招商活动信息共6条。"
    assert triples(text) == [("published", 6, "website"), ("published", 4, "website"),
                             ("published", 7, "website"), ("published", 6, "website")]
    # a larger count is more than that channel held: no channel
    text = "在政府网站主动公开管委会文件共6件。开设留言专栏，及时更新部门预算4条，公开招商活动信息共9条。"
    assert triples(text) == [("published", 6, "website"), ("published", 4, "website"), ("published", 9, "all")]


def test_documents_printed_in_a_gazette_whose_issues_the_sentence_counts_are_in_the_gazette():
    text = "全年编印《某市人民政府公报》12期，并在微信公众号、网站同步发布，共刊登市政府文件40个，市政府办公室文件35个。"
    assert triples(text) == [("published", 40, "gazette"), ("published", 35, "gazette")]
    # no issues counted: the channels named say nothing of which carried how many
    assert triples("通过公报、微信公众号、网站共刊登市政府文件40个。") == [("published", 40, "all")]
