"""Role scores per person from cited evidence in criminal rooms (weights: weights.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from roomsift.analysis.triage.evidence import Evidence
from roomsift.analysis.triage.weights import ROLE_THRESHOLD, ROLE_WEIGHTS, SIGNAL_ROLE, TIERS

VIEWER_BASE = 0.1
VIEWER_PER_MESSAGE = 0.02
VIEWER_MAX = 0.45


@dataclass
class Cited:
    evidence: Evidence
    role: str
    weight: float  # the evidence's contribution: role weight × signal strength


@dataclass
class PersonFinding:
    person: str
    accounts: set = field(default_factory=set)
    role_scores: dict[str, float] = field(default_factory=dict)
    cited: list[Cited] = field(default_factory=list)
    membership: list[Evidence] = field(default_factory=list)  # joins/first posts in criminal rooms
    messages: int = 0

    @property
    def roles(self) -> list[str]:
        roles = [r for r in TIERS if r != "viewer" and self.role_scores.get(r, 0) >= ROLE_THRESHOLD]
        return roles or ["viewer"]

    @property
    def tier(self) -> int:
        return min(TIERS[r] for r in self.roles)

    @property
    def score(self) -> float:
        top = self.roles[0]
        if top == "viewer":
            return round(min(VIEWER_MAX, VIEWER_BASE + VIEWER_PER_MESSAGE * self.messages), 3)
        return round(self.role_scores[top], 3)

    def sort_key(self) -> tuple:
        return (self.tier, -self.score, -len(self.cited), -self.messages, self.person)


def score_person(finding: PersonFinding, evidence: list[Evidence]) -> None:
    survive: dict[str, float] = defaultdict(lambda: 1.0)
    for e in evidence:
        role = SIGNAL_ROLE.get(e.signal)
        if role is None:
            continue
        w = ROLE_WEIGHTS[role][e.signal] * e.strength
        if w <= 0:
            continue
        survive[role] *= 1.0 - w
        finding.cited.append(Cited(e, role, round(w, 3)))
    for role, s in survive.items():
        finding.role_scores[role] = round(1.0 - s, 4)
