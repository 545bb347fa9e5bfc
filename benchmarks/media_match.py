"""Matching speed: 10,000 PDQ queries against 1M and 10M known hashes.

Indexes: roomsift's multi-index hashing (mih: 11 tables of 21-bit keys), faiss IndexBinaryFlat, faiss
IndexBinaryMultiHash (16x16 bits, nflip=1), and the NumPy brute-force baseline, in the
same run. Slow ones run a subset of the queries and report queries/s from it. Every
index's hits on the common subset are checked equal to the baseline's.

Known hashes are uniformly random (chunked generation for 10M); half of the queries are
known hashes with 0-31 bits flipped, half random. `--real` also measures on real PDQ
hashes (tiles of the wallpaper photographs and generated images): how much skew real
hashes put on the index buckets, and the speed at that size.

  python3 benchmarks/media_match.py --sizes 1000000,10000000
"""

from __future__ import annotations

import argparse
import gc
import time

import numpy as np
import psutil

from roomsift.media.index import PDQIndex, brute_force


def rss() -> int:
    return psutil.Process().memory_info().rss


def make_queries(known: np.ndarray, n: int, rng) -> np.ndarray:
    q = rng.integers(0, 256, (n, 32), dtype=np.uint8)
    half = n // 2
    pick = rng.integers(0, len(known), half)
    bits = np.unpackbits(known[pick], axis=1)
    for i, d in enumerate(rng.integers(0, 32, half)):
        bits[i, rng.choice(256, d, replace=False)] ^= 1
    q[:half] = np.packbits(bits, axis=1)
    return q


def timed(index: PDQIndex, q: np.ndarray) -> tuple[float, float, set]:
    """queries/s wall and per CPU-second (all threads: what dedicated cores would do)."""
    c, t = time.process_time(), time.perf_counter()
    hits = index.search(q, 31)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    return len(q) / dt, len(q) / dc, {(h.query, h.known, h.distance) for h in hits}


def bench(n: int, nq: int, subset: dict[str, int], rng) -> None:
    known = np.empty((n, 32), np.uint8)
    for s in range(0, n, 1_000_000):
        known[s:s + 1_000_000] = rng.integers(0, 256, (min(1_000_000, n - s), 32), dtype=np.uint8)
    queries = make_queries(known, nq, rng)
    print(f"\n== {n:,} known hashes, {nq:,} queries (radius 31) ==")
    base_n = subset["numpy"]
    t = time.perf_counter()
    base = {(h.query, h.known, h.distance) for h in brute_force(known, queries[:base_n], 31)}
    base_qps = base_n / (time.perf_counter() - t)
    print(f"numpy brute force : {base_qps:10,.2f} q/s  ({base_n} queries)  {len(base)} hits")
    for kind in ("mih", "flat", "multihash"):
        m = subset.get(kind)
        if not m:
            print(f"{kind:18s}: skipped at this size")
            continue
        gc.collect()
        r0 = rss()
        t = time.perf_counter()
        index = PDQIndex(known, kind)
        build = time.perf_counter() - t
        held = index.memory_bytes()
        grown = rss() - r0
        if kind == "mih":
            # numba compile / cache load outside the timing: both search paths (single queries
            # and batches of >= 64 go different ways), on random hashes not among the timed ones
            t = time.perf_counter()
            warm = np.random.default_rng(1).integers(0, 256, (64, 32), dtype=np.uint8)
            index.search(warm[:1], 31)
            index.search(warm, 31)
            print(f"{'mih first use':18s}: {time.perf_counter() - t:6.1f} s (JIT compile, or load from numba's cache)")
        qps, qpc, hits = timed(index, queries[:m])
        same = {h for h in hits if h[0] < base_n} == base
        # the multi-index stores the input order unless the hashes came in index_order
        rows = getattr(getattr(index, "index", None), "rows", None)
        ordered = f" ({(held - rows.nbytes) / n:.1f} in index_order)" if rows is not None else ""
        print(f"{kind:18s}: {qps:10,.0f} q/s  {qpc:10,.0f} q/CPU-s  ({m} queries)  build {build:6.1f} s  "
              f"index {held / n:6.1f} B/hash{ordered} (RSS +{grown / n:6.1f} B/hash)  exact vs baseline: {same}  "
              f"x{qps / base_qps:,.0f} baseline")
        del index
        gc.collect()


def real_hashes(limit: int) -> np.ndarray:
    """PDQ hashes of real photographs (random 256-512 px tiles of the wallpapers and the
    scikit-image samples) and of generated abstract images."""
    from media_common import load_rgb, skimage_images, wallpaper_files

    from roomsift.demo.images import abstract_image
    from roomsift.media.signals.pdq import PDQ

    rng = np.random.default_rng(3)
    photos = [load_rgb(p, 1600) for p in wallpaper_files()] + [im for _n, im in skimage_images()]
    out = []
    per = max(1, (limit * 3 // 4) // max(1, len(photos)))
    for im in photos:
        arr = np.asarray(im)
        h, w = arr.shape[:2]
        for _ in range(per):
            s = int(rng.integers(min(h, w) // 4, min(h, w) // 2 + 1))
            y, x = int(rng.integers(0, h - s + 1)), int(rng.integers(0, w - s + 1))
            ph = PDQ.hash_array(np.ascontiguousarray(arr[y:y + s, x:x + s]))
            if ph.quality >= 50:
                out.append(ph.hex)
    seed = 0
    while len(out) < limit:
        out.append(PDQ.hash_array(np.asarray(abstract_image(10_000 + seed, (128, 96)))).hex)
        seed += 1
    return np.frombuffer(bytes.fromhex("".join(out[:limit])), np.uint8).reshape(-1, 32)


def bucket_load(codes: np.ndarray, sample: int = 2000) -> float:
    """Mean MIH candidates per query at radius 31 (keys within 2 flips in each of the 11
    tables) when the queries are a sample of the set itself."""
    from roomsift.media.mih import KEY_BITS, TABLES, _keys

    c64 = np.ascontiguousarray(codes).view(np.uint64).reshape(len(codes), 4)
    flips = [0] + [1 << a for a in range(KEY_BITS)] + [(1 << a) | (1 << b) for a in range(KEY_BITS) for b in range(a)]
    flips = np.array(flips, np.int64)
    total = 0
    for t in range(TABLES):
        keys = _keys(c64, t)
        counts = np.bincount(keys, minlength=1 << KEY_BITS)
        total += int(counts[keys[:sample, None] ^ flips[None, :]].sum())
    return total / min(sample, len(codes))


def real(n: int) -> None:
    rng = np.random.default_rng(4)
    t = time.perf_counter()
    codes = real_hashes(n)
    print(f"\n== real PDQ hashes: {len(codes):,} (hashed in {time.perf_counter() - t:.0f} s) ==")
    rand = rng.integers(0, 256, codes.shape, dtype=np.uint8)
    lr, lrand = bucket_load(codes), bucket_load(rand)
    print(f"MIH candidates per query: real {lr:,.0f} vs random {lrand:,.0f} (skew x{lr / lrand:.1f})")
    ones = np.unpackbits(codes, axis=1).mean(axis=0)
    print(f"bit balance: share of ones per bit {ones.min():.2f}-{ones.max():.2f} (random: 0.50)")
    queries = make_queries(codes, 10_000, rng)
    base = {(h.query, h.known, h.distance) for h in brute_force(codes, queries[:500], 31)}
    for kind in ("mih", "flat", "multihash"):
        index = PDQIndex(codes, kind)
        if kind == "mih":
            index.search(queries[:10], 31)
        qps, qpc, hits = timed(index, queries)
        same = {h for h in hits if h[0] < 500} == base
        print(f"{kind:18s}: {qps:10,.0f} q/s  {qpc:10,.0f} q/CPU-s on real hashes  exact vs baseline: {same}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000000,10000000")
    ap.add_argument("--queries", type=int, default=10_000)
    ap.add_argument("--real", type=int, default=20_000, help="real PDQ hashes to measure on (0: skip)")
    args = ap.parse_args()
    rng = np.random.default_rng(1)
    print(f"cores: {psutil.cpu_count()}  load average at start: {psutil.getloadavg()}")
    for n in (int(x) for x in args.sizes.split(",")):
        big = n >= 5_000_000
        bench(n, args.queries, {"numpy": 20 if big else 100, "mih": args.queries, "flat": 200 if big else 1000,
                                "multihash": 0 if big else 1000}, rng)
    if args.real:
        real(args.real)
    print(f"\nload average at end: {psutil.getloadavg()}")


if __name__ == "__main__":
    main()
