"""Facts read from made-up text, one paragraph per line with its line number as its source:
how the fact tests put their sentences to the facts stage without a reader in between."""
from govextract.model import Paragraph, Source
from govextract.stages import facts


def read(text: str, year=None) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return facts.extract(paragraphs, year=year)


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]
