"""Accounts → persons: union-find over merging links and confirmed candidates.

Investigators' decisions come first: confirmed pairs join, rejected links never do. A
strong link then merges on its own only while the person it would build stays small
(MAX_AUTO_ACCOUNTS): a chain of strong links that would join more accounts is more often
one wrong rule applied many times (a PIN re-posted by its collector joined 18 accounts
once) than one human with many accounts, so every unconfirmed link of such a group waits
for review (`roomsift link list --status review`, then `link confirm|reject`)."""

from __future__ import annotations

from dataclasses import dataclass

from roomsift.analysis.identity.api import account_person_label
from roomsift.analysis.identity.links import MERGE_AT, Link

MERGED, CANDIDATE, CONFIRMED, REJECTED, REVIEW = "merged", "candidate", "confirmed", "rejected", "review"
STATUSES = (MERGED, CANDIDATE, CONFIRMED, REJECTED, REVIEW)
MAX_AUTO_ACCOUNTS = 4


@dataclass
class Clusters:
    person_of: dict[int, str]  # account id → person label
    status: dict[str, str]  # link label → merged | candidate | confirmed | rejected | review


def status_of(link: Link, decisions: dict[tuple[int, int], str]) -> str:
    decision = decisions.get((link.a, link.b))
    if decision == "confirm":
        return CONFIRMED
    if decision == "reject":
        return REJECTED
    return MERGED if link.strength >= MERGE_AT else CANDIDATE


class _UnionFind:
    def __init__(self, ids):
        self.parent: dict[int, int] = {a: a for a in ids}
        self.size: dict[int, int] = {a: 1 for a in self.parent}

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        if a not in self.parent or b not in self.parent:
            return
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id stays root, so a person's label is its smallest account id.
            lo, hi = min(ra, rb), max(ra, rb)
            self.parent[hi] = lo
            self.size[lo] += self.size.pop(hi)


def cluster(account_ids, links: list[Link], decisions: dict[tuple[int, int], str]) -> Clusters:
    ids = list(account_ids)
    status = {link.label: status_of(link, decisions) for link in links}
    confirmed_pairs = [pair for pair, d in decisions.items() if d == "confirm"]  # may be pairs no rule found
    # Which accounts the strong and confirmed links would join if nothing held them back.
    would = _UnionFind(ids)
    for link in links:
        if status[link.label] in (MERGED, CONFIRMED):
            would.union(link.a, link.b)
    for a, b in confirmed_pairs:
        would.union(a, b)
    root = {a: would.find(a) for a in ids}
    big = {r for r, n in would.size.items() if n > MAX_AUTO_ACCOUNTS}
    if not big:
        return Clusters({a: account_person_label(r) for a, r in root.items()}, status)
    # Groups over the limit are rebuilt from confirmed links alone; their strong links wait.
    held = _UnionFind([a for a, r in root.items() if r in big])
    for link in links:
        if root.get(link.a) in big:
            s = status[link.label]
            if s == MERGED:
                status[link.label] = REVIEW
            elif s == CONFIRMED:
                held.union(link.a, link.b)
    for a, b in confirmed_pairs:
        held.union(a, b)
    return Clusters({a: account_person_label(held.find(a) if r in big else r) for a, r in root.items()}, status)
