"""Exact multi-index hashing (Norouzi et al.) for PDQ in under 64 bytes per hash, compiled
with numba.

Eleven tables, each keyed on its own 21 bits of the 256 (231 bits keyed, 25 in none). If
two hashes differ in <= 32 bits, some table's key differs in <= 2 bits (pigeonhole:
11 x 3 = 33 > 32), and in general in <= radius // 11 bits. So a query probes, per table, its
key and every key within that many flips (1 + 21 + 210 = 232 at radius 31) and verifies each
candidate with a full popcount. A pair is reported only from the first table where its key
is that close, so nothing is reported twice. At 10M random hashes a query verifies ~12,000
candidates, against ~41,600 with 16 tables of 16 bits (the previous layout, 97 B/hash).

Memory at n hashes (63.8 B/hash at 10M):
- the 32-byte codes, sorted by table 0's key, so table 0 needs no row numbers;
- tables 1-10: row numbers in 3 bytes (4 above 2^24 rows), in key order;
- per table, where each key's rows start: one bit per row plus one per key (a unary
  bucket-size code: a key's rows as 1s, then a 0), and every 64 keys a 4-byte count of the
  rows before them — ~1.6 MB per table, instead of 8 MB of 4-byte offsets;
- the input order of the rows (4 bytes each) unless the codes came in `cluster_order`:
  callers that keep their per-row data in that order (matching, the service) skip it.
A lookup's cost is cache misses: batches go table by table with their directory visits sorted
by block (`_batch_py`), single queries issue their loads in independent passes (`_search_py`).
Speed and the comparison with faiss and the previous layout: benchmarks/media_match.py."""

from __future__ import annotations

import numpy as np
from numba import njit, prange

TABLES = 11
KEY_BITS = 21
MAX_RADIUS = 3 * TABLES - 1  # 32
_KEYS = 1 << KEY_BITS
_MASK = np.uint64(_KEYS - 1)

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


@njit(inline="always", cache=True)
def _key(c0, c1, c2, c3, t):
    """Table t's key: bits [21t, 21t + 21) of the code as four little-endian words."""
    lo = t * KEY_BITS
    w, s = lo >> 6, np.uint64(lo & 63)
    a = c0 if w == 0 else (c1 if w == 1 else (c2 if w == 2 else c3))
    v = a >> s
    if (lo & 63) + KEY_BITS > 64:
        b = c1 if w == 0 else (c2 if w == 1 else c3)
        v |= b << np.uint64(64 - (lo & 63))
    return np.int64(v & _MASK)


# _SEL[b, r]: position of the r-th set bit of byte b (broadword select, no bit-by-bit loop)
_SEL = np.zeros((256, 8), np.int64)
for _b in range(256):
    for _r, _pos in enumerate(i for i in range(8) if _b >> i & 1):
        _SEL[_b, _r] = _pos


@njit(inline="always", cache=True)
def _select_in_word(w, r):
    """Position of the r-th (from 0) set bit of w; r < popcount(w)."""
    x = w - ((w >> np.uint64(1)) & _M1)
    x = (x & _M2) + ((x >> np.uint64(2)) & _M2)
    x = (x + (x >> np.uint64(4))) & _M4
    c = x * _H01  # byte i: set bits in bytes 0..i
    i = 0
    prev = 0
    while True:
        cum = np.int64((c >> np.uint64(8 * i)) & np.uint64(0xFF))
        if cum > r:
            break
        prev = cum
        i += 1
    return 8 * i + _SEL[np.int64((w >> np.uint64(8 * i)) & np.uint64(0xFF)), r - prev]


@njit(inline="always", cache=True)
def _select0(bv, p, r):
    """Bit position of the r-th (from 0) zero at or after bit p (bits LSB first)."""
    wi = p >> 6
    w = ~bv[wi] >> np.uint64(p & 63)
    pos = p
    while True:
        z = _popcount(w)
        if r < z:
            return pos + _select_in_word(w, r)
        r -= z
        wi += 1
        w = ~bv[wi]
        pos = wi << 6


@njit(inline="always", cache=True)
def _distance_here(codes, k, q0, q1, q2, q3, t, radius, flips):
    """The distance of row k to the query if within radius and table t is the first table
    whose key is close enough (a pair counts once, in that table); else -1."""
    d = _popcount(codes[k, 0] ^ q0) + _popcount(codes[k, 1] ^ q1)
    if d > radius:
        return -1
    d += _popcount(codes[k, 2] ^ q2) + _popcount(codes[k, 3] ^ q3)
    if d > radius:
        return -1
    for t2 in range(t):
        kk = _key(codes[k, 0], codes[k, 1], codes[k, 2], codes[k, 3], t2)
        if _popcount(np.uint64(kk ^ _key(q0, q1, q2, q3, t2))) <= flips:
            return -1
    return d


@njit(inline="always", cache=True)
def _row(ids, id_bytes, t, j):
    """Row of the codes at position j of table t (table 0 is the codes' own order)."""
    if t == 0:
        return np.int64(j)
    o = j * id_bytes
    k = np.int64(ids[t - 1, o]) | (np.int64(ids[t - 1, o + 1]) << 8) | (np.int64(ids[t - 1, o + 2]) << 16)
    if id_bytes == 4:
        k |= np.int64(ids[t - 1, o + 3]) << 24
    return k


_LO = 6  # a directory block is 64 keys: the low 6 key bits pick the key inside it
_HI = KEY_BITS - _LO


def _low_masks() -> np.ndarray:
    """_LOWMASK[f, lo]: 64-bit mask of the keys j in a block with popcount(j ^ lo) <= f."""
    out = np.zeros((3, 64), np.uint64)
    for f in range(3):
        for lo in range(64):
            out[f, lo] = np.uint64(sum(1 << j for j in range(64) if bin(j ^ lo).count("1") <= f))
    return out


_LOWMASK = _low_masks()
_CHUNK = 256  # candidates whose codes are loaded together (16 KB: stays in L1)


def _search_py(codes, ids, id_bytes, bvs, bases, qcodes, radius, out_k, out_d, touch):
    """Per query, in passes whose loads do not depend on each other, so the memory system
    overlaps the cache misses (a probe is otherwise two dependent misses, and a candidate
    two more): every directory block to visit (with the keys wanted in it), their row
    counts, their bucket ranges, the candidates' rows, then the verification."""
    nq = qcodes.shape[0]
    cap = out_k.shape[1]
    flips = radius // TABLES
    per_table = 1 + (_HI if flips >= 1 else 0) + (_HI * (_HI - 1) // 2 if flips >= 2 else 0)
    found = np.zeros(nq, np.int64)
    for qi in prange(nq):
        q0, q1, q2, q3 = qcodes[qi, 0], qcodes[qi, 1], qcodes[qi, 2], qcodes[qi, 3]
        nb = TABLES * per_table
        btab = np.empty(nb, np.int64)
        bblk = np.empty(nb, np.int64)
        bmask = np.empty(nb, np.uint64)
        i = 0
        for t in range(TABLES):
            qk = _key(q0, q1, q2, q3, t)
            hi, lo = qk >> _LO, qk & 63
            btab[i], bblk[i], bmask[i] = t, hi, _LOWMASK[flips, lo]
            i += 1
            if flips >= 1:
                for a in range(_HI):
                    btab[i], bblk[i], bmask[i] = t, hi ^ (1 << a), _LOWMASK[flips - 1, lo]
                    i += 1
                    if flips >= 2:
                        for b in range(a):
                            btab[i], bblk[i], bmask[i] = t, hi ^ (1 << a) ^ (1 << b), _LOWMASK[0, lo]
                            i += 1
        # rows before each block (independent loads), then each block's first bit word
        before = np.empty(nb, np.int64)
        for i in range(nb):
            before[i] = bases[btab[i], bblk[i]]
        sink = np.uint64(0)  # kept in `touch`, so the compiler keeps these loads
        for i in range(nb):
            sink ^= bvs[btab[i], (before[i] + (bblk[i] << 6)) >> 6]
        # bucket ranges of the wanted keys, walking each block once
        nr = 0
        for i in range(nb):
            nr += _popcount(bmask[i])
        rtab = np.empty(nr, np.int64)
        rstart = np.empty(nr, np.int64)
        rend = np.empty(nr, np.int64)
        r = 0
        total = 0
        for i in range(nb):
            t = btab[i]
            bv = bvs[t]
            p = before[i] + (bblk[i] << 6)
            pos, cur = p, 0
            m = bmask[i]
            while m:
                j = _popcount((m & (~m + np.uint64(1))) - np.uint64(1))
                m &= m - np.uint64(1)
                if j > cur:
                    pos = _select0(bv, pos, j - cur - 1) + 1
                e = _select0(bv, pos, 0)
                s0 = before[i] + (pos - p) - j
                if e > pos:
                    rtab[r], rstart[r], rend[r] = t, s0, s0 + (e - pos)
                    total += e - pos
                    r += 1
                pos, cur = e + 1, j + 1
        # candidate rows (one miss per non-empty bucket, independent across buckets)
        for x in range(r):
            if rtab[x]:
                sink ^= np.uint64(ids[rtab[x] - 1, rstart[x] * id_bytes])
        cand = np.empty(total, np.int64)
        ctab = np.empty(total, np.int64)
        c = 0
        for x in range(r):
            t = rtab[x]
            for j in range(rstart[x], rend[x]):
                cand[c], ctab[c] = _row(ids, id_bytes, t, j), t
                c += 1
        # verification, a chunk at a time: first touch the chunk's codes (independent loads
        # that the memory system overlaps), then compare them from cache. A pair counts only
        # in the first table where its key is close enough.
        c = 0
        for x in range(total):
            if x % _CHUNK == 0:
                for y in range(x, min(x + _CHUNK, total)):
                    sink ^= codes[cand[y], 0]
            k = cand[x]
            d = _distance_here(codes, k, q0, q1, q2, q3, ctab[x], radius, flips)
            if d >= 0:
                if c < cap:
                    out_k[qi, c] = k
                    out_d[qi, c] = d
                c += 1
        found[qi] = c
        touch[qi] = sink
    return found


@njit(cache=True)
def _verify(codes, qcodes, ck, cq, nc, t, radius, flips, out_q, out_k, out_d, c, sink):
    """Compare nc buffered candidates of table t; their codes are loaded first, together."""
    for y in range(nc):
        sink ^= codes[ck[y], 0]
    cap = out_k.shape[1]
    for y in range(nc):
        k, qi = ck[y], cq[y]
        q0, q1, q2, q3 = qcodes[qi, 0], qcodes[qi, 1], qcodes[qi, 2], qcodes[qi, 3]
        d = _distance_here(codes, k, q0, q1, q2, q3, t, radius, flips)
        if d >= 0:
            if c < cap:
                out_q[t, c], out_k[t, c], out_d[t, c] = qi, k, d
            c += 1
    return c, sink


def _batch_py(codes, ids, id_bytes, bvs, bases, qcodes, radius, out_q, out_k, out_d, counts, touch):
    """A batch of queries, one table at a time (the tables spread over the cores): every
    query's directory blocks of the table, counting-sorted by block, then swept in block
    order, so the directory and the row numbers are read front to back instead of at random
    places; only the codes stay random reads, touched a chunk at a time before comparing.
    Hits of table t go to out_*[t] (counts[t] of them; more than fit: the caller retries)."""
    nq = qcodes.shape[0]
    flips = radius // TABLES
    per_q = 1 + (_HI if flips >= 1 else 0) + (_HI * (_HI - 1) // 2 if flips >= 2 else 0)
    nv = nq * per_q
    for t in prange(TABLES):
        vblk = np.empty(nv, np.int64)
        vmask = np.empty(nv, np.uint64)
        vq = np.empty(nv, np.int64)
        i = 0
        for qi in range(nq):
            qk = _key(qcodes[qi, 0], qcodes[qi, 1], qcodes[qi, 2], qcodes[qi, 3], t)
            hi, lo = qk >> _LO, qk & 63
            vblk[i], vmask[i], vq[i] = hi, _LOWMASK[flips, lo], qi
            i += 1
            if flips >= 1:
                for a in range(_HI):
                    vblk[i], vmask[i], vq[i] = hi ^ (1 << a), _LOWMASK[flips - 1, lo], qi
                    i += 1
                    if flips >= 2:
                        for b in range(a):
                            vblk[i], vmask[i], vq[i] = hi ^ (1 << a) ^ (1 << b), _LOWMASK[0, lo], qi
                            i += 1
        # counting sort of the visits by block
        nblocks = 1 << _HI
        start = np.zeros(nblocks + 1, np.int64)
        for i in range(nv):
            start[vblk[i] + 1] += 1
        for b in range(nblocks):
            start[b + 1] += start[b]
        sblk = np.empty(nv, np.int64)
        smask = np.empty(nv, np.uint64)
        sq = np.empty(nv, np.int64)
        for i in range(nv):
            o = start[vblk[i]]
            start[vblk[i]] += 1
            sblk[o], smask[o], sq[o] = vblk[i], vmask[i], vq[i]
        bv = bvs[t]
        ck = np.empty(_CHUNK, np.int64)
        cq = np.empty(_CHUNK, np.int64)
        nc = 0
        c = 0
        sink = np.uint64(0)
        for o in range(nv):
            blk, m, qi = sblk[o], smask[o], sq[o]
            before = np.int64(bases[t, blk])
            p = before + (blk << 6)
            pos, cur = p, 0
            while m:
                j = _popcount((m & (~m + np.uint64(1))) - np.uint64(1))
                m &= m - np.uint64(1)
                if j > cur:
                    pos = _select0(bv, pos, j - cur - 1) + 1
                e = _select0(bv, pos, 0)
                s0 = before + (pos - p) - j
                for r in range(s0, s0 + (e - pos)):
                    ck[nc], cq[nc] = _row(ids, id_bytes, t, r), qi
                    nc += 1
                    if nc == _CHUNK:
                        c, sink = _verify(codes, qcodes, ck, cq, nc, t, radius, flips, out_q, out_k, out_d, c, sink)
                        nc = 0
                pos, cur = e + 1, j + 1
        c, sink = _verify(codes, qcodes, ck, cq, nc, t, radius, flips, out_q, out_k, out_d, c, sink)
        counts[t] = c
        touch[t] = sink
    return counts


# Batches use both cores; the service's per-request lookups use the serial build, since
# numba's parallel runtime must not be entered from several request threads at once.
_search = njit(parallel=True, cache=True)(_search_py)
_batch = njit(parallel=True, cache=True)(_batch_py)
BATCH_MIN = 64  # queries from which a parallel search goes table by table
_BATCH_MAX = 16384  # queries per table-by-table pass: its visit lists take ~48 B x 121 per query (~95 MB) per core
_search_serial = njit(cache=True)(_search_py)


def _keys(codes64: np.ndarray, t: int) -> np.ndarray:
    lo = t * KEY_BITS
    w, s = lo >> 6, lo & 63
    v = codes64[:, w] >> np.uint64(s)
    if s + KEY_BITS > 64:
        v = v | (codes64[:, w + 1] << np.uint64(64 - s))
    return (v & _MASK).astype(np.int64)


def cluster_order(codes: np.ndarray) -> np.ndarray:
    """The row order MIHIndex keeps its codes in (by table 0's key). Codes handed over in
    this order need no stored input order: callers reorder their own per-row data once."""
    c = np.ascontiguousarray(codes, dtype=np.uint8)
    return np.argsort(_keys(c.view(np.uint64).reshape(len(c), 4), 0), kind="stable")


def _directory(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unary bucket sizes (key k: its row count in 1s, then a 0) and rows before every 64th key."""
    counts = np.bincount(keys, minlength=_KEYS)
    before = np.concatenate(([0], np.cumsum(counts)))
    nbits = len(keys) + _KEYS
    bits = np.ones(nbits + 128, np.bool_)  # trailing 1s: padding, never selected as a zero
    bits[before[1:] + np.arange(_KEYS)] = False
    bv = np.packbits(bits, bitorder="little")
    bv = np.concatenate((bv, np.zeros(-len(bv) % 8, np.uint8))).view(np.uint64)
    return bv, before[::64].astype(np.uint32 if len(keys) < 2**32 else np.uint64)


def _aligned(codes8: np.ndarray) -> np.ndarray:
    """A copy starting on a 64-byte boundary: every 32-byte code then sits in one cache line
    (NumPy aligns to 16, which splits every other code over two lines: two misses)."""
    buf = np.empty(codes8.nbytes + 64, np.uint8)
    off = -buf.ctypes.data % 64
    out = buf[off:off + codes8.nbytes].reshape(codes8.shape)
    out[...] = codes8
    return out


class MIHIndex:
    def __init__(self, codes: np.ndarray):
        codes8 = np.ascontiguousarray(codes, dtype=np.uint8)
        n = len(codes8)
        order = cluster_order(codes8)
        # input order, kept only when the caller did not hand the codes in cluster_order
        self.rows = None if np.array_equal(order, np.arange(n)) else order.astype(np.uint32 if n < 2**32 else np.int64)
        self.codes8 = _aligned(codes8 if self.rows is None else codes8[order])
        self.codes = self.codes8.view(np.uint64).reshape(n, 4)
        self.id_bytes = 3 if n <= 1 << 24 else 4
        self.ids = np.empty((TABLES - 1, n * self.id_bytes), np.uint8)  # little-endian, id_bytes each
        bvs, bases = [], []
        for t in range(TABLES):
            keys = _keys(self.codes, t)
            if t:
                rows = np.argsort(keys, kind="stable").astype(np.uint32)
                self.ids[t - 1] = rows.view(np.uint8).reshape(n, 4)[:, :self.id_bytes].ravel()
            bv, base = _directory(keys)
            bvs.append(bv)
            bases.append(base)
        # numba wants one array per argument: pad the bit vectors to one length
        width = max(len(b) for b in bvs)
        self.bvs = np.full((TABLES, width), np.uint64(0xFFFFFFFFFFFFFFFF), np.uint64)
        for t, b in enumerate(bvs):
            self.bvs[t, :len(b)] = b
        self.bases = np.stack(bases)

    @staticmethod
    def _batch(args, qc, radius):
        """Table-by-table search of a batch; None if a table had more hits than kept
        (then the query-by-query search answers)."""
        cap = 4 * len(qc) + 1024
        out = [np.empty((TABLES, cap), np.int64) for _ in range(3)]
        counts = _batch(*args, qc, radius, *out, np.zeros(TABLES, np.int64), np.empty(TABLES, np.uint64))
        if (counts > cap).any():
            return None
        return tuple(np.concatenate([o[t, :counts[t]] for t in range(TABLES)]) for o in out)

    def nbytes(self) -> int:
        rows = 0 if self.rows is None else self.rows.nbytes
        return self.codes8.nbytes + self.ids.nbytes + self.bvs.nbytes + self.bases.nbytes + rows

    def search(self, queries: np.ndarray, radius: int, parallel: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query rows, known rows, distances) of every pair within `radius` bits."""
        search = _search if parallel else _search_serial
        if radius > MAX_RADIUS:
            raise ValueError(f"multi-index hashing here is exact only up to distance {MAX_RADIUS}")
        q8 = np.ascontiguousarray(queries, dtype=np.uint8)
        nq = len(q8)
        qc = q8.view(np.uint64).reshape(nq, 4)
        args = (self.codes, self.ids, self.id_bytes, self.bvs, self.bases)
        if parallel and nq >= BATCH_MIN:
            parts = [self._batch(args, qc[s:s + _BATCH_MAX], radius) for s in range(0, nq, _BATCH_MAX)]
            if all(p is not None for p in parts):
                qs = np.concatenate([p[0] + s for p, s in zip(parts, range(0, nq, _BATCH_MAX))])
                known = np.concatenate([p[1] for p in parts])
                if self.rows is not None:
                    known = self.rows[known].astype(np.int64)
                return qs, known, np.concatenate([p[2] for p in parts])
        cap = 16
        out_k = np.empty((nq, cap), np.int64)
        out_d = np.empty((nq, cap), np.int64)
        found = search(*args, qc, radius, out_k, out_d, np.empty(nq, np.uint64))
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
            f2 = search(*args, qc[over], radius, ok_k, ok_d, np.empty(len(over), np.uint64))
            for i, qi in enumerate(over):
                qs.append(np.full(f2[i], qi)); ks.append(ok_k[i, :f2[i]]); ds.append(ok_d[i, :f2[i]])
        known = np.concatenate(ks)
        if self.rows is not None:
            known = self.rows[known].astype(np.int64)
        return np.concatenate(qs), known, np.concatenate(ds)
