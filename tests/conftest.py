import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "dev"


@pytest.fixture(scope="session")
def copied_text() -> str:
    """The browser-copied text of a real 2021-template report (tab-separated tables)."""
    return (CORPUS / "平潭综合实验区_2023.copied.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def copied_record(copied_text):
    import govextract
    return govextract.parse_text(copied_text).to_dict()
