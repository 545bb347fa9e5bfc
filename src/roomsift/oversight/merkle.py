"""Proof generation for the RFC 9162 log (the checking side lives in `verify.py`).

Proofs are built from stored perfect subtrees: `fetch(level, index)` returns the hash of
the subtree covering leaves [index * 2**level, (index + 1) * 2**level). Any range that the
RFC's PATH and SUBPROOF recursions ask for decomposes into O(log n) such subtrees, so a
proof at 1,000,000 entries needs a few hundred lookups, never the whole log."""

from __future__ import annotations

from typing import Callable

from roomsift.oversight.verify import EMPTY_ROOT, CompactRange, node_hash

Fetch = Callable[[int, int], bytes]


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def subtree_hash(fetch: Fetch, start: int, end: int) -> bytes:
    """MTH(D[start:end]) for a range whose start is aligned as the recursions produce it."""
    n = end - start
    if n == 0:
        return EMPTY_ROOT
    if n & (n - 1) == 0 and start % n == 0:
        return fetch(n.bit_length() - 1, start // n)
    k = _split(n)
    return node_hash(subtree_hash(fetch, start, start + k), subtree_hash(fetch, start + k, end))


def inclusion_proof(fetch: Fetch, index: int, size: int) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1."""
    if not 0 <= index < size:
        raise ValueError(f"entry {index} is not in a tree of {size} entries")

    def path(m: int, start: int, end: int) -> list[bytes]:
        n = end - start
        if n == 1:
            return []
        k = _split(n)
        if m < k:
            return path(m, start, start + k) + [subtree_hash(fetch, start + k, end)]
        return path(m - k, start + k, end) + [subtree_hash(fetch, start, start + k)]

    return path(index, 0, size)


def consistency_proof(fetch: Fetch, size1: int, size2: int) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 §2.1.4.1."""
    if not 0 <= size1 <= size2:
        raise ValueError(f"no consistency proof from {size1} to {size2} entries")
    if size1 in (0, size2):
        return []

    def subproof(m: int, start: int, end: int, whole: bool) -> list[bytes]:
        n = end - start
        if m == n:
            return [] if whole else [subtree_hash(fetch, start, end)]
        k = _split(n)
        if m <= k:
            return subproof(m, start, start + k, whole) + [subtree_hash(fetch, start + k, end)]
        return subproof(m - k, start + k, end, False) + [subtree_hash(fetch, start, start + k)]

    return subproof(size1, 0, size2, True)


def frontier(size: int) -> list[tuple[int, int]]:
    """(level, index) of the perfect subtrees that make up a tree of `size` leaves, left to right."""
    out, start = [], 0
    for level in range(size.bit_length() - 1, -1, -1):
        if size >> level & 1:
            out.append((level, start >> level))
            start += 1 << level
    return out


class MemoryTree:
    """All subtree hashes of a tree in memory: for tests, benchmarks and small logs."""

    def __init__(self) -> None:
        self.levels: list[list[bytes]] = [[]]
        self.range = CompactRange()

    def append(self, leaf: bytes) -> None:
        for level, index, h in self.range.append(leaf):
            while len(self.levels) <= level:
                self.levels.append([])
            assert len(self.levels[level]) == index
            self.levels[level].append(h)

    def fetch(self, level: int, index: int) -> bytes:
        return self.levels[level][index]

    @property
    def size(self) -> int:
        return self.range.size

    def root(self, size: int | None = None) -> bytes:
        return subtree_hash(self.fetch, 0, self.size if size is None else size)
