"""Classes of fact sentences that session 12's blind set (eval18) read wrong, each written
anew for these tests: the items printed in a gazette whose issues the sentence before counts."""
from govextract.model import Paragraph, Source
from govextract.stages import facts


def triples(text: str, year=None) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return [(f["kind"], f["value"], f["channel"]) for f in facts.extract(paragraphs, year=year)]


def test_items_after_a_sentence_counting_a_gazettes_issues_are_the_gazettes():
    text = "全年刊发市政府公报12期，发放1.2万份。共刊登规范性文件58件，其中市政府文件20件、市政府办公室文件38件。"
    assert triples(text) == [("published", 58, "gazette"), ("published", 20, "gazette"),
                             ("published", 38, "gazette")]
    # a sentence before that counts no issues of a periodical still keeps its counts to itself
    text = "全年在政府网站发布动态180条，发放资料1.2万份。共刊登规范性文件58件。"
    assert ("published", 58, "all") in triples(text)
