"""The one registry of fact kinds: what each kind is called, the units a count
of it can have, whether it is scored, and the rules that give a quantity its
kind from the cue labels found before it.

All of it is read from `lexicons/facts.json`, so adding a kind (or a cue
that gives one) is a change to data: the facts stage, `govextract eval` and
anything else that lists kinds loop over this registry.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import lexicon

_FILE = "facts.json"


@dataclass(frozen=True)
class Rule:
    kind: str
    all_of: frozenset
    none_of: frozenset
    none_after: frozenset   # veto only from the last of the all_of cues on (发布政策解读 but not 检查情况发布)
    none_together: tuple = ()   # label sets that veto only when all are there (档案馆 … 接收)
    lead: str = ""              # the first of all_of as written: a sentence without it cannot fire the rule
    units: frozenset = frozenset()   # the units it takes instead of its kind's (张贴公告170次: times posted)


@dataclass(frozen=True)
class Kind:
    name: str
    label_zh: str
    units: frozenset
    scored: bool
    group: Optional[str] = None          # kinds of one group compete for a count
    yields_to_list: bool = False         # an item of a published list is a category, not this kind


class Registry:
    """Kinds and rules as loaded and checked from one facts.json document."""

    def __init__(self, data: dict, source: str = _FILE):
        self.kinds = {}
        for name, spec in data["kinds"].items():
            unknown = set(spec) - {"label_zh", "units", "scored", "group", "yields_to_list"}
            if unknown:
                raise ValueError(f"{source}: kind {name!r} has unknown keys {sorted(unknown)}")
            self.kinds[name] = Kind(name, spec["label_zh"], frozenset(spec["units"]), bool(spec["scored"]),
                                    spec.get("group"), bool(spec.get("yields_to_list")))
        self.rules = []
        for n, spec in enumerate(data["rules"]):
            if spec.get("kind") not in self.kinds:
                raise ValueError(f"{source}: rule {n + 1} names kind {spec.get('kind')!r}, which `kinds` does not define")
            unknown = set(spec) - {"kind", "all_of", "none_of", "none_after", "none_together", "units"}
            if unknown:
                raise ValueError(f"{source}: rule {n + 1} has unknown keys {sorted(unknown)}")
            if not spec.get("all_of"):
                raise ValueError(f"{source}: rule {n + 1} has an empty all_of (it would give every count a kind)")
            self.rules.append(Rule(spec["kind"], frozenset(spec["all_of"]), frozenset(spec.get("none_of", ())),
                                   frozenset(spec.get("none_after", ())),
                                   tuple(frozenset(group) for group in spec.get("none_together", ())),
                                   spec["all_of"][0], frozenset(spec.get("units", ()))))

    def scored(self) -> tuple:
        return tuple(k for k, spec in self.kinds.items() if spec.scored)

    def cue_labels(self) -> set:
        """Labels one of which a sentence must hold to hold a fact: the first of each rule's
        all_of (a rule needs all of them), so common words such as 建议 that give a kind only
        with another (人大…建议) do not make every sentence holding them worth reading."""
        return {r.lead for r in self.rules}

    def kinds_of(self, cues: list, unit: str, each: bool = False) -> list:
        """The kinds that the cues before a quantity, as (label, start) pairs, give it: none,
        one, or every kind of a group when 各 follows (人大代表建议、政协提案各5件)."""
        labels = {label for label, _ in cues}
        for rule in self.rules:
            kind = self.kinds[rule.kind]
            if not self._fires(rule, labels, cues, unit):
                continue
            if kind.group is None:
                return [rule.kind]
            rivals = list(dict.fromkeys(r.kind for r in self.rules if self.kinds[r.kind].group == kind.group
                                        and self._fires(r, labels, cues, unit)))
            # 人大代表建议和政协提案共30件 is a total of both kinds, neither one.
            return rivals if len(rivals) == 1 or each else []
        return []

    def in_turn(self, cues: list, unit: str) -> list:
        """The kinds of one group that the cues give together (人大代表建议、政协委员提案分别为12件、8件),
        in the order their cues come; empty unless two or more of a group fire."""
        labels = {label for label, _ in cues}
        fired = [r for r in self.rules if self.kinds[r.kind].group is not None and self._fires(r, labels, cues, unit)]
        groups = {self.kinds[r.kind].group for r in fired}
        if len(groups) != 1:
            return []
        first = {}
        for rule in fired:
            at = min(at for label, at in cues if label in rule.all_of)
            first[rule.kind] = min(first.get(rule.kind, at), at)
        return sorted(first, key=first.get) if len(first) > 1 else []

    def _fires(self, rule: Rule, labels: set, cues: list, unit: str) -> bool:
        if not rule.all_of <= labels or rule.none_of & labels or unit not in (rule.units or self.kinds[rule.kind].units):
            return False
        if any(group <= labels for group in rule.none_together):
            return False
        if not rule.none_after & labels:
            return True
        anchor = max(at for label, at in cues if label in rule.all_of)
        return not any(label in rule.none_after and at >= anchor for label, at in cues)


@lru_cache(maxsize=None)
def registry() -> Registry:
    return Registry(lexicon.load_json(_FILE))


def scored() -> tuple:
    """The kinds `govextract eval` scores, in registry order."""
    return registry().scored()
