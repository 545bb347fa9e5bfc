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


def test_mih_batch_with_more_hits_than_it_keeps_is_still_exact():
    """A batch whose tables overflow their hit buffers is answered query by query."""
    rng = np.random.default_rng(8)
    known = rng.integers(0, 256, (4000, 32), dtype=np.uint8)
    known[1000:3000] = known[5]  # 2,001 copies
    queries = np.stack([_flip(known[5], i % 20, rng) for i in range(80)])
    got = sorted((h.query, h.known, h.distance) for h in PDQIndex(known, "mih").search(queries, 31))
    assert got == sorted((h.query, h.known, h.distance) for h in brute_force(known, queries, 31))
    assert len(got) == 80 * 2001


def test_empty_index_matches_nothing():
    assert PDQIndex(np.zeros((0, 32), np.uint8)).search(np.zeros((1, 32), np.uint8)) == []


@pytest.mark.parametrize("clustered,parallel", [(False, True), (True, True), (False, False)])
def test_mih_exact_at_every_distance_and_radius(clustered, parallel):
    """Neighbours planted at every distance 0-32 are found exactly as brute force finds them,
    at radii where the index probes 0, 1 and 2 flips per key (and at the edges between);
    also when the codes come in the index's own order (no input order stored), and query by
    query (parallel=False, the service's path) as well as table by table (batches)."""
    from roomsift.media.mih import cluster_order

    rng = np.random.default_rng(11)
    known = rng.integers(0, 256, (20000, 32), dtype=np.uint8)
    if clustered:
        known = known[cluster_order(known)]
    picks = rng.integers(0, len(known), 33 * 6)
    queries = np.stack([_flip(known[k], d % 33, rng) for d, k in enumerate(picks)]
                       + [rng.integers(0, 256, 32, dtype=np.uint8) for _ in range(20)])
    idx = PDQIndex(known, "mih")
    assert (idx.index.rows is None) == clustered
    for radius in (0, 5, 10, 11, 21, 22, 31):
        got = sorted((h.query, h.known, h.distance) for h in idx.search(queries, radius, parallel=parallel))
        want = sorted((h.query, h.known, h.distance) for h in brute_force(known, queries, radius))
        assert got == want, radius
        assert sum(1 for *_, d in want if d == radius) >= 6  # the edge itself is planted


def test_mih_fits_64_bytes_per_hash_at_scale_parameters():
    """The layout's bytes per hash, from the index's own arrays (10M would take minutes to build
    in a test; 1M in clustered order shows every part but the fixed-size directories)."""
    from roomsift.media.mih import TABLES, cluster_order

    rng = np.random.default_rng(3)
    known = rng.integers(0, 256, (1_000_000, 32), dtype=np.uint8)
    idx = PDQIndex(known[cluster_order(known)], "mih").index
    per_row = (idx.codes8.nbytes + idx.ids.nbytes) / len(known)
    assert per_row == 32 + 3 * (TABLES - 1)
    directories = idx.bvs.nbytes + idx.bases.nbytes  # one bit per row and per key, per table
    assert directories / TABLES < (1_000_000 + 2**21 * 1.6) / 8
    assert per_row + (directories + 11 * 9_000_000 / 8) / 10_000_000 <= 64  # the same at 10M rows


def test_hashes_in_index_order_give_the_same_hits_in_4_fewer_bytes_per_hash():
    from roomsift.media.index import FLAT_MAX, index_order

    rng = np.random.default_rng(4)
    known = rng.integers(0, 256, (FLAT_MAX + 20_000, 32), dtype=np.uint8)
    hexes = [bytes(r).hex() for r in known]
    order = index_order(hexes)
    assert sorted(order) == list(range(len(hexes))) and order != list(range(len(hexes)))
    queries = np.stack([_flip(known[i], int(d), rng) for i, d in zip(range(0, 3000, 30), rng.integers(0, 32, 100))])
    plain = PDQIndex.from_hex(hexes)
    ordered = PDQIndex.from_hex([hexes[i] for i in order])
    got = sorted((h.query, order[h.known], h.distance) for h in ordered.search(queries, 31))
    assert got == sorted((h.query, h.known, h.distance) for h in plain.search(queries, 31))
    assert len(got) >= 100
    assert plain.memory_bytes() - ordered.memory_bytes() == 4 * len(hexes)
