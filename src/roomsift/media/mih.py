"""Exact multi-index hashing (Norouzi et al.) for PDQ, compiled with numba.

256 bits = 16 substrings of 16 bits. If two hashes differ in <= 31 bits, at least one
substring differs in <= 1 bit (pigeonhole: 16 x 2 = 32 > 31). So every hit lies in one
of the 16 x 17 buckets probed per query (the query's substring and its 16 one-bit flips);
each candidate is verified with a full popcount. A pair is reported only from the first
table where its substring is within 1 bit, so nothing is reported twice.

Memory: 16 posting lists of uint32 ids (64 B/hash) + the 32-byte codes + 16 x 65,537
offsets (8 MB). Speed and the comparison with faiss: benchmarks/media_match.py."""

from __future__ import annotations

import numpy as np
from numba import njit, prange

TABLES = 16
MAX_RADIUS = 2 * TABLES - 1  # 31

_M1 = np.uint64(0x5555555555555555)
_M2 = np.uint64(0x3333333333333333)
_M4 = np.uint64(0x0F0F0F0F0F0F0F0F)
_H01 = np.uint64(0x0101010101010101)


@njit(inline="always", cache=True)
def _popcount(x):
    x = x - ((x >> np.uint64(1)) & _M1)
    x = (x & _M2) + ((x >> np.uint64(2)) & _M2)
    x = (x + (x >> np.uint64(4))) & _M4
    return np.int64((x * _H01) >> np.uint64(56))


def _search_py(codes, chunks, offsets, ids, qcodes, qchunks, radius, out_k, out_d):
    nq = qcodes.shape[0]
    cap = out_k.shape[1]
    found = np.zeros(nq, np.int64)
    for qi in prange(nq):
        c = 0
        for t in range(16):
            key0 = np.int64(qchunks[qi, t])
            for f in range(17):
                key = key0 if f == 0 else key0 ^ (np.int64(1) << (f - 1))
                for j in range(offsets[t, key], offsets[t, key + 1]):
                    k = ids[t, j]
                    d = _popcount(codes[k, 0] ^ qcodes[qi, 0]) + _popcount(codes[k, 1] ^ qcodes[qi, 1])
                    if d > radius:
                        continue
                    d += _popcount(codes[k, 2] ^ qcodes[qi, 2]) + _popcount(codes[k, 3] ^ qcodes[qi, 3])
                    if d > radius:
                        continue
                    first = True
                    for t2 in range(t):
                        if _popcount(np.uint64(np.int64(chunks[k, t2]) ^ np.int64(qchunks[qi, t2]))) <= 1:
                            first = False
                            break
                    if first:
                        if c < cap:
                            out_k[qi, c] = k
                            out_d[qi, c] = d
                        c += 1
        found[qi] = c
    return found


# Batches use both cores; the service's per-request lookups use the serial build, since
# numba's parallel runtime must not be entered from several request threads at once.
_search = njit(parallel=True, cache=True)(_search_py)
_search_serial = njit(cache=True)(_search_py)


class MIHIndex:
    def __init__(self, codes: np.ndarray):
        self.codes8 = np.ascontiguousarray(codes, dtype=np.uint8)
        n = len(self.codes8)
        self.codes = self.codes8.view(np.uint64).reshape(n, 4)
        self.chunks = self.codes8.view(np.uint16).reshape(n, 16)
        self.ids = np.empty((TABLES, n), np.uint32)
        self.offsets = np.zeros((TABLES, 65537), np.int64)
        for t in range(TABLES):
            keys = self.chunks[:, t]
            self.ids[t] = np.argsort(keys, kind="stable")
            np.cumsum(np.bincount(keys, minlength=65536), out=self.offsets[t, 1:])

    def nbytes(self) -> int:
        return self.codes8.nbytes + self.ids.nbytes + self.offsets.nbytes

    def search(self, queries: np.ndarray, radius: int, parallel: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query rows, known rows, distances) of every pair within `radius` bits."""
        search = _search if parallel else _search_serial
        if radius > MAX_RADIUS:
            raise ValueError(f"multi-index hashing here is exact only up to distance {MAX_RADIUS}")
        q8 = np.ascontiguousarray(queries, dtype=np.uint8)
        nq = len(q8)
        qc, qch = q8.view(np.uint64).reshape(nq, 4), q8.view(np.uint16).reshape(nq, 16)
        cap = 16
        out_k = np.empty((nq, cap), np.int64)
        out_d = np.empty((nq, cap), np.int64)
        found = search(self.codes, self.chunks, self.offsets, self.ids, qc, qch, radius, out_k, out_d)
        qs, ks, ds = [], [], []
        over = np.nonzero(found > cap)[0]
        ok = found <= cap
        rows = np.repeat(np.arange(nq), np.minimum(found, cap))
        cols = np.concatenate([np.arange(min(n, cap)) for n in found]) if nq else np.zeros(0, np.int64)
        keep = ok[rows]
        qs.append(rows[keep]); ks.append(out_k[rows[keep], cols[keep]]); ds.append(out_d[rows[keep], cols[keep]])
        if len(over):  # rare: more hits than the first pass kept; redo those queries with room for all
            big = int(found[over].max())
            ok_k = np.empty((len(over), big), np.int64)
            ok_d = np.empty((len(over), big), np.int64)
            f2 = search(self.codes, self.chunks, self.offsets, self.ids, qc[over], qch[over], radius, ok_k, ok_d)
            for i, qi in enumerate(over):
                qs.append(np.full(f2[i], qi)); ks.append(ok_k[i, :f2[i]]); ds.append(ok_d[i, :f2[i]])
        return np.concatenate(qs), np.concatenate(ks), np.concatenate(ds)
