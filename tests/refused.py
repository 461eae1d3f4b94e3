"""How the refusal tests read a made-up page: as the bytes of a file named page.txt, so that
a refusal can be checked to name the file it refuses, as a user running a batch needs."""
import pytest

import govextract
from govextract.errors import ParseError


def parse_page(text: str) -> dict:
    return govextract.parse_bytes(text.encode("utf-8"), path="page.txt").to_dict()


def refusal(text: str) -> str:
    """The cause a page is refused for, checking it is refused as no report, naming its file."""
    with pytest.raises(ParseError) as err:
        parse_page(text)
    assert err.value.code == "E_NOT_A_REPORT" and err.value.path == "page.txt"
    return err.value.cause
