"""A marker's number is read once: the same few markers number every list (markers made up)."""
import pytest

from govextract import enumerators


def family(value):
    return next(f for f in enumerators.families() if f.value == value)


@pytest.mark.parametrize("value,mark,number", [
    ("cn", "三是", 3), ("cn", "（十二）", 12), ("digit", "（4）", 4), ("digit", "7.", 7),
    ("paren_ideograph", "㈢", 3), ("circled", "⑤", 5), (None, "其次，", None),
    ("ordered", "另一方面，", 2), ("ordered", "又一方面，", None),
])
def test_a_markers_number(value, mark, number):
    assert family(value).number(mark) == number


def test_a_marker_printed_again_is_not_read_again():
    enumerators._number.cache_clear()
    cn = family("cn")
    assert [cn.number(m) for m in ("一是", "二是", "一是", "二是")] == [1, 2, 1, 2]
    assert enumerators._number.cache_info().misses == 2
