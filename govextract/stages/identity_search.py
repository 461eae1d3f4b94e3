"""Which readings of table rows can stand together under the tables' identities.

A table row whose cells were run together has several readings (ways to split
its digits); identities tie cells of different rows (表三: 一+二 = （七）+四 in
every column). A reading survives if some choice of one reading per row makes
every identity hold. That is a small constraint problem, solved by depth-first
search over the rows, fewest readings first, pruned by the range each
identity's two sides can still reach. A node budget bounds it, and the time
limit is checked as it goes, so a pathological table cannot hold a caller.
"""
from __future__ import annotations

from .. import timelimit

BUDGET = 200_000   # search nodes per table; real tables need a few hundred


class OutOfBudget(Exception):
    """The search met its node budget before it could settle the table."""


class Problem:
    def __init__(self, readings: list, keys: list, identities: list):
        """`readings[i]`: tuples of values for row i's cells `keys[i]`;
        `identities`: (rule, left keys, right keys), each sum(left) = sum(right).
        Identities naming a cell of no row here are left out (nothing to test), and so
        are those within one row: its readings were made to meet them."""
        where = {k: (i, j) for i, row in enumerate(keys) for j, k in enumerate(row)}
        self.readings = readings
        self.rules = []
        touching = [[] for _ in readings]    # per row: (identity, [(cell, sign), …])
        for rule, left, right in identities:
            if not all(k in where for k in left + right):
                continue
            by_row: dict = {}
            for sign, side in ((1, left), (-1, right)):
                for k in side:
                    i, j = where[k]
                    by_row.setdefault(i, []).append((j, sign))
            if len(by_row) > 1:
                for i, cells in by_row.items():
                    touching[i].append((len(self.rules), cells))
                self.rules.append(rule)
        # What each reading adds to each identity it takes part in (left minus right).
        self.adds = [[{e: sum(sign * r[j] for j, sign in cells) for e, cells in touching[i]} for r in row]
                     for i, row in enumerate(readings)]
        self.nodes = 0

    def solution(self, domains: list):
        """One reading index per row satisfying every identity, or None."""
        n = len(domains)
        if any(not d for d in domains):
            return None
        low, high = [0] * len(self.rules), [0] * len(self.rules)
        row_min, row_max = [], []
        for i, dom in enumerate(domains):
            if len(dom) == 1:
                mins = maxs = self.adds[i][dom[0]]
            else:
                mins, maxs = {}, {}
                for r in dom:
                    for e, v in self.adds[i][r].items():
                        mins[e] = min(mins.get(e, v), v)
                        maxs[e] = max(maxs.get(e, v), v)
            for e in mins:
                low[e] += mins[e]
                high[e] += maxs[e]
            row_min.append(mins)
            row_max.append(maxs)
        if any(lo > 0 or hi < 0 for lo, hi in zip(low, high)):
            return None
        order = sorted(range(n), key=lambda i: len(domains[i]))
        choice = [None] * n

        def place(depth: int) -> bool:
            if depth == n:
                return True
            i = order[depth]
            for r in domains[i]:
                self.nodes += 1
                if self.nodes % 1024 == 0:
                    timelimit.check("tables")
                    if self.nodes > BUDGET:
                        raise OutOfBudget
                adds = self.adds[i][r]
                for e, v in adds.items():   # the row's range narrows to this reading's value
                    low[e] += v - row_min[i][e]
                    high[e] += v - row_max[i][e]
                if all(low[e] <= 0 <= high[e] for e in adds):
                    choice[i] = r
                    if place(depth + 1):
                        return True
                for e, v in adds.items():
                    low[e] -= v - row_min[i][e]
                    high[e] -= v - row_max[i][e]
            return False

        return list(choice) if place(0) else None

    def surviving(self) -> list:
        """Per row, the readings that take part in at least one solution (all empty if none does).
        Raises OutOfBudget when the search grows past its budget."""
        domains = [list(range(len(r))) for r in self.readings]
        first = self.solution(domains)
        if first is None:
            return [set() for _ in domains]
        kept = [{r} for r in first]
        for i, dom in enumerate(domains):
            for r in list(dom):
                if r in kept[i]:
                    continue
                found = self.solution(domains[:i] + [[r]] + domains[i + 1:])
                if found is None:
                    dom.remove(r)    # no solution has it: later searches need not try it
                else:
                    for k, rk in enumerate(found):
                        kept[k].add(rk)
        return kept
