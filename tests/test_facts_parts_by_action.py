"""A published count's parts named only by what was done to the documents (规章6件（含新制定2件，
修改3件，废止1件）, 其中新出台5件) split it by how they came about, not by kind: no items. The
amended and repealed parts were already none; the newly made part came out as an item."""
import pytest

from fact_lines import triples


@pytest.mark.parametrize("text, total", [
    ("全年主动公开规章6件（含新制定2件，修改3件，废止1件）。", 6),
    ("主动公开规章6件（含新制定2件、修改3件、废止1件），行政规范性文件21件。", 6),
    ("在政府网站公开规范性文件10件（其中新制定的8件）。", 10),
    ("本年度公开政策文件12件，其中新出台9件，修订3件。", 12),
    ("全年主动公开规范性文件7件（其中新印发5件，修正2件）。", 7),
])
def test_parts_by_what_was_done_are_no_items(text, total):
    values = [v for k, v, _ in triples(text) if k == "published"]
    assert values[0] == total
    assert not set(values[1:]) & {2, 3, 5, 8, 9}


def test_a_part_that_names_a_kind_stays_an_item():
    assert triples("公开文件20件，其中新制定规范性文件8件。") == [("published", 20, "all"), ("published", 8, "all")]
