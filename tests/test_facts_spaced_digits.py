"""A PDF's text layer that sets every character apart by a space prints a count's digits apart too
(全 年 主 动 公 开 政 府 信 息 1 2 0 条): the digits right before a unit are one number. Only the
last digit was read (0, or 7 of 1 7 件), a false count in place of the true one."""
import pytest

from fact_lines import read
from govextract.normalize import spaces


@pytest.mark.parametrize("text, want", [
    ("全 年 主 动 公 开 政 府 信 息 1 2 0 条 。", ("published", 120)),
    ("全年主动公开政府信息 1 2 0 条。", ("published", 120)),
    ("全 年 共 收 到 政 府 信 息 公 开 申 请 1 7 件 。", ("requests_received", 17)),
    ("通 过 政 府 网 站 发 布 信 息 3 5 6 7 条", ("published", 3567)),
    ("满 意 率 1 0 0 %", None),
])
def test_spaced_digits_before_a_unit_are_one_number(text, want):
    got = [(f["kind"], f["value"]) for f in read(spaces(text))]   # as a reader hands it on
    if want is None:
        assert all(v != 0 for _, v in got)
    else:
        assert got == [want]


def test_digits_apart_without_a_unit_stay_apart():
    """A table row printed as text (cells apart by spaces) holds numbers, not one number."""
    assert [f["value"] for f in read(spaces("全年主动公开政府信息 1 2 0"))] != [120]
