"""Accounts → persons: union-find over merging links and confirmed candidates."""

from __future__ import annotations

from dataclasses import dataclass

from roomsift.analysis.identity.api import account_person_label
from roomsift.analysis.identity.links import MERGE_AT, Link

MERGED, CANDIDATE, CONFIRMED, REJECTED = "merged", "candidate", "confirmed", "rejected"


@dataclass
class Clusters:
    person_of: dict[int, str]  # account id → person label
    status: dict[str, str]  # link label → merged | candidate | confirmed | rejected


def status_of(link: Link, decisions: dict[tuple[int, int], str]) -> str:
    decision = decisions.get((link.a, link.b))
    if decision == "confirm":
        return CONFIRMED
    if decision == "reject":
        return REJECTED
    return MERGED if link.strength >= MERGE_AT else CANDIDATE


def cluster(account_ids, links: list[Link], decisions: dict[tuple[int, int], str]) -> Clusters:
    parent: dict[int, int] = {a: a for a in account_ids}

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    status: dict[str, str] = {}
    for link in links:
        s = status[link.label] = status_of(link, decisions)
        if s in (MERGED, CONFIRMED) and link.a in parent and link.b in parent:
            ra, rb = find(link.a), find(link.b)
            if ra != rb:
                # The smaller id stays root, so a person's label is its smallest account id.
                parent[max(ra, rb)] = min(ra, rb)
    # Decisions may confirm pairs no rule found.
    for (a, b), d in decisions.items():
        if d == "confirm" and a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return Clusters({a: account_person_label(find(a)) for a in parent}, status)
