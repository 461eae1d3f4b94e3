"""Classes of fact sentences that session 13's wide audit (audit13) read wrong, each written
anew for these tests, with several of the wordings the country uses for the same thing."""
from govextract.model import Paragraph, Source
from govextract.stages import facts


def read(text: str, year=None) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return facts.extract(paragraphs, year=year)


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


def test_a_topic_list_ends_in_information_qualified_at_length():
    # the topics end in 等…的信息 however long the words that qualify the information
    for qualified in ("群众关心关注的", "与群众切身利益相关的", "社会关注度高的", ""):
        text = f"全年通过门户网站公开招生政策、重要政策解读、就业举措等{qualified}信息共计75条。"
        assert triples(text) == [("published", 75, "website")], qualified
    # an interpretation counted on its own is still no item published
    assert triples("全年通过门户网站发布政策解读12篇。") == []


def test_items_printed_in_a_gazette_are_published_in_it():
    for verb in ("刊载", "登载", "刊登", "刊发"):
        assert triples(f"全年编印《县政府公报》4期，{verb}规范性文件、重要文件等36件。") == [
            ("published", 36, "gazette")], verb
        assert triples(f"在《市政府公报》{verb}政府文件40件。") == [("published", 40, "gazette")], verb
