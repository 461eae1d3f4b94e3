"""The search behind run-together rows: which readings can stand together."""
import pytest

from govextract.stages import identity_search
from govextract.stages.identity_search import OutOfBudget, Problem

# Two rows of two cells and a total row; the columns must add up.
KEYS = [["a.x", "a.y"], ["b.x", "b.y"], ["t.x", "t.y"]]
COLUMNS = [("x", ["t.x"], ["a.x", "b.x"]), ("y", ["t.y"], ["a.y", "b.y"])]


def test_readings_that_no_solution_uses_are_dropped():
    readings = [[(1, 10), (11, 0)], [(5, 0)], [(6, 10)]]
    assert Problem(readings, KEYS, COLUMNS).surviving() == [{0}, {0}, {0}]


def test_readings_that_can_swap_both_survive():
    readings = [[(1, 10), (11, 0)], [(11, 0), (1, 10)], [(12, 10)]]
    assert Problem(readings, KEYS, COLUMNS).surviving() == [{0, 1}, {0, 1}, {0}]


def test_no_solution_leaves_every_row_empty():
    readings = [[(1, 10), (11, 0)], [(5, 0)], [(7, 10)]]
    assert Problem(readings, KEYS, COLUMNS).surviving() == [set(), set(), set()]


def test_identities_through_cells_of_no_row_are_left_out():
    readings = [[(1, 10), (11, 0)], [(5, 0)]]
    assert Problem(readings, KEYS[:2], COLUMNS).surviving() == [{0, 1}, {0}]


def test_the_search_stops_at_its_budget(monkeypatch):
    # Twelve rows of 0 or 2 can never add up to 7, but every partial sum stays in range,
    # so nothing prunes the search early.
    monkeypatch.setattr(identity_search, "BUDGET", 1000)
    keys = [[f"r{i}"] for i in range(12)] + [["t"]]
    readings = [[(0,), (2,)] for _ in range(12)] + [[(7,)]]
    with pytest.raises(OutOfBudget):
        Problem(readings, keys, [("sum", ["t"], [f"r{i}" for i in range(12)])]).surviving()


def test_the_search_checks_the_time_limit():
    import time

    from govextract import timelimit
    from govextract.errors import ParseError
    keys = [[f"r{i}"] for i in range(12)] + [["t"]]
    readings = [[(0,), (2,)] for _ in range(12)] + [[(7,)]]
    problem = Problem(readings, keys, [("sum", ["t"], [f"r{i}" for i in range(12)])])
    with timelimit.limit(0.001, "report.txt"):
        time.sleep(0.01)
        with pytest.raises(ParseError, match="time limit") as raised:
            problem.surviving()
    assert raised.value.stage == "tables" and raised.value.path == "report.txt"
