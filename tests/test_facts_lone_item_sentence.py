"""A sentence of one bare count of a kind of information (招标信息59条。) right after a sentence holding a
published count goes on with that count's list, and so do the sentences after it, a 其中 list among
them (issue #9, class 8: breakdown lists whose items stand in sentences of their own). Every sentence
here is written for these tests."""
from fact_lines import read
from govextract import script
from govextract.model import Document, Paragraph, Source
from govextract.stages import facts


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


def test_one_bare_count_of_information_in_a_sentence_of_its_own_is_published():
    assert triples("全年发布政府采购信息42条。工程招标信息17条。") == [
        ("published", 42, "all"), ("published", 17, "all")]
    assert triples("主动公开财政信息12条。人事任免文件6件。") == [("published", 12, "all"), ("published", 6, "all")]
    assert triples("公开规划计划类信息9条。征地补偿公告3篇。") == [("published", 9, "all"), ("published", 3, "all")]
    assert triples("发布行政执法信息30条。重大项目公示4个。") == [("published", 30, "all"), ("published", 4, "all")]
    # with its share after it
    assert triples("公开政策文件20件。工作动态信息45条，占60%。") == [("published", 20, "all"), ("published", 45, "all")]


def test_the_sentences_after_it_and_their_sub_list_go_on_too():
    got = triples("发布政府采购信息70条。工程招标信息21条。民生类信息530条。其中救助信息120条，教育信息96条。")
    assert got == [("published", 70, "all"), ("published", 21, "all"), ("published", 530, "all"),
                   ("published", 120, "all"), ("published", 96, "all")]


def test_it_takes_the_channel_of_the_count_before():
    assert triples("通过镇政府网站发布采购信息150条。招投标公告35件。") == [
        ("published", 150, "website"), ("published", 35, "website")]
    assert triples("全年主动公开信息300条。其中网站公开200条。通知公告40条。") == [
        ("published", 300, "all"), ("published", 200, "website"), ("published", 40, "all")]


def test_in_traditional_script():
    printed = ["本局2012年共主動公開政府信息規範性文件20件。業務動態類資訊45條。",
               "本局2012年度未收到政府信息公開申請。"]
    doc = Document([Paragraph(text, Source(line=n + 1)) for n, text in enumerate(printed)])
    assert script.simplify(doc)
    assert [(f["kind"], f["value"]) for f in facts.extract(doc.paragraphs)] == [
        ("published", 20), ("published", 45), ("requests_received", 0)]


def test_what_is_no_information_or_follows_no_published_count_stays_out():
    # copies of a questionnaire: no kind of information
    assert triples("公开政策文件20件。满意度调查问卷300份。") == [("published", 20, "all")]
    # no published count before it
    assert triples("全年收到群众来信12件。咨询信息5条。") == []
    # a sentence of its own kind (a request) is no item
    assert triples("公开政策文件20件。收到申请信息5件。") == [("published", 20, "all"), ("requests_received", 5, None)]
    # a count of information dropped or withdrawn names a cue of its own
    assert triples("公开政策文件20件。撤回过期信息5条。") == [("published", 20, "all")]
