"""The faiss indexes return exactly what NumPy brute force returns."""

from __future__ import annotations

import numpy as np
import pytest

from roomsift.media.index import PDQIndex, brute_force

pytestmark = pytest.mark.backend_neutral("in-memory hash index; no case")


def _flip(code: np.ndarray, bits: int, rng) -> np.ndarray:
    b = np.unpackbits(code)
    b[rng.choice(256, bits, replace=False)] ^= 1
    return np.packbits(b)


@pytest.mark.parametrize("kind", ["flat", "multihash", "mih"])
def test_index_equals_brute_force(kind):
    rng = np.random.default_rng(5)
    known = rng.integers(0, 256, (5000, 32), dtype=np.uint8)
    queries = np.stack([_flip(known[i], int(d), rng) for i, d in zip(range(0, 400, 2), rng.integers(0, 40, 200))]
                       + [rng.integers(0, 256, 32, dtype=np.uint8) for _ in range(50)])
    got = sorted((h.query, h.known, h.distance) for h in PDQIndex(known, kind).search(queries, 31))
    want = sorted((h.query, h.known, h.distance) for h in brute_force(known, queries, 31))
    assert got == want
    assert any(d == 31 for *_, d in want) or any(d > 25 for *_, d in want)  # near the edge is exercised


def test_threshold_edge_is_inclusive():
    rng = np.random.default_rng(1)
    known = rng.integers(0, 256, (10, 32), dtype=np.uint8)
    at31, at32 = _flip(known[3], 31, rng), _flip(known[3], 32, rng)
    for kind in ("flat", "multihash", "mih"):
        idx = PDQIndex(known, kind)
        assert [(h.known, h.distance) for h in idx.search(at31[None], 31)] == [(3, 31)]
        assert idx.search(at32[None], 31) == []


@pytest.mark.parametrize("kind", ["multihash", "mih"])
def test_multihash_refuses_radius_it_cannot_answer_exactly(kind):
    idx = PDQIndex(np.zeros((3, 32), np.uint8), kind)
    with pytest.raises(ValueError):
        idx.search(np.zeros((1, 32), np.uint8), 40)


def test_mih_reports_every_hit_when_many_known_hashes_are_alike():
    rng = np.random.default_rng(9)
    known = rng.integers(0, 256, (3000, 32), dtype=np.uint8)
    known[500:560] = known[7]  # 61 copies: more than the first pass keeps per query
    queries = known[[7, 8, 9]]
    got = sorted((h.query, h.known, h.distance) for h in PDQIndex(known, "mih").search(queries, 31))
    assert got == sorted((h.query, h.known, h.distance) for h in brute_force(known, queries, 31))
    assert sum(1 for q, *_ in got if q == 0) == 61


def test_empty_index_matches_nothing():
    assert PDQIndex(np.zeros((0, 32), np.uint8)).search(np.zeros((1, 32), np.uint8)) == []
