"""Nearest-neighbour search over PDQ hashes: every known hash within a Hamming radius.

`PDQIndex` chooses by size: up to `FLAT_MAX` hashes a faiss IndexBinaryFlat (brute force,
32 bytes per hash, nothing to compile); above, roomsift's own multi-index hashing
(`mih.py`, 11 tables of 21-bit keys, exact for radius <= 32, under 64 B/hash at 10M), which
measured several times faster than both faiss flat and faiss IndexBinaryMultiHash
(16 x 16-bit tables, nflip=1) — see benchmarks/media_match.py and RESULTS.md. `brute_force` is the NumPy baseline used there
and by tests to prove every index exact."""

from __future__ import annotations

from dataclasses import dataclass

import faiss
import numpy as np

from roomsift.media.signals.pdq import DEFAULT_THRESHOLD, hex_to_bytes

FLAT_MAX = 100_000
MULTIHASH_TABLES = 16


@dataclass(frozen=True)
class Hit:
    query: int  # row of the query
    known: int  # row of the known hash
    distance: int


class PDQIndex:
    def __init__(self, codes: np.ndarray, kind: str | None = None):
        """codes: (n, 32) uint8 array of known hashes; row numbers are the ids returned."""
        codes = np.ascontiguousarray(codes, dtype=np.uint8)
        self.size = len(codes)
        self.kind = kind or ("flat" if self.size <= FLAT_MAX else "mih")
        if self.kind == "mih":
            from roomsift.media.mih import MIHIndex

            self.index = MIHIndex(codes)
            return
        if self.kind == "flat":
            self.index = faiss.IndexBinaryFlat(256)
        elif self.kind == "multihash":
            self.index = faiss.IndexBinaryMultiHash(256, MULTIHASH_TABLES, 256 // MULTIHASH_TABLES)
            self.index.nflip = 1
        else:
            raise ValueError(f"unknown index kind {kind!r}")
        if self.size:
            self.index.add(codes)

    @classmethod
    def from_hex(cls, hexes: list[str], kind: str | None = None) -> "PDQIndex":
        return cls(hex_to_bytes(hexes), kind)

    def search(self, queries: np.ndarray, threshold: int = DEFAULT_THRESHOLD, parallel: bool = True) -> list[Hit]:
        """All (query, known) pairs within `threshold` bits. `parallel=False` for callers
        that search from many threads at once (the service)."""
        if not self.size or not len(queries):
            return []
        if self.kind in ("multihash", "mih") and threshold > 2 * MULTIHASH_TABLES - 1:
            raise ValueError(f"multi-hash index is exact only up to distance {2 * MULTIHASH_TABLES - 1}")
        q = np.ascontiguousarray(queries, dtype=np.uint8)
        if self.kind == "mih":
            qs, ks, ds = self.index.search(q, threshold, parallel)
            return [Hit(int(a), int(b), int(c)) for a, b, c in zip(qs, ks, ds)]
        if not parallel:
            # OpenMP's thread count is per calling thread; for a few queries its thread team
            # only adds wake-up latency (measured ~100 ms per request in the service).
            faiss.omp_set_num_threads(1)
        lims, dist, ids = self.index.range_search(q, threshold + 1)  # faiss: distance < radius
        hits = []
        for i in range(len(q)):
            for j in range(lims[i], lims[i + 1]):
                hits.append(Hit(i, int(ids[j]), int(dist[j])))
        return hits

    def memory_bytes(self) -> int:
        """Bytes the index holds (faiss: its serialized size, a close proxy)."""
        if self.kind == "mih":
            return self.index.nbytes()
        return int(faiss.serialize_index_binary(self.index).nbytes)


def index_order(hexes: list[str]) -> list[int]:
    """The order to hand hashes to PDQIndex in: its multi-index keeps its codes sorted, and
    stores the input order (4 B/hash) only when the codes did not come sorted. A caller that
    keeps its per-row data in this order saves that (63.8 instead of 67.8 B/hash at 10M)."""
    if len(hexes) <= FLAT_MAX:
        return list(range(len(hexes)))
    from roomsift.media.mih import cluster_order

    return cluster_order(hex_to_bytes(hexes)).tolist()


_POP8 = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


def brute_force(known: np.ndarray, queries: np.ndarray, threshold: int = DEFAULT_THRESHOLD, chunk: int = 1 << 20) -> list[Hit]:
    """NumPy baseline: XOR + popcount against every known hash."""
    k64 = np.ascontiguousarray(known, dtype=np.uint8).view(np.uint64)
    q64 = np.ascontiguousarray(queries, dtype=np.uint8).view(np.uint64)
    hits = []
    for i, q in enumerate(q64):
        for start in range(0, len(k64), chunk):
            part = k64[start:start + chunk]
            d = np.bitwise_count(part ^ q).sum(axis=1, dtype=np.int32)
            for j in np.nonzero(d <= threshold)[0]:
                hits.append(Hit(i, int(start + j), int(d[j])))
    return hits
