"""Single-hash PDQ lookups: roomsift's index against python-threatexchange's PDQIndex2 (the
index HMA 2.0 uses), same hashes, same queries, one run.

--known random PDQ hashes (seeded); queries are one hash per call, as a service answering
one upload at a time sends them: half are known hashes with 0-31 bits flipped (planted near
duplicates), half random. Both indexes must return the same (query, known row, distance)
set at threshold 31; the ratio of queries/s is the figure.

  python3 benchmarks/media_pytx_index.py [--known 1000000] [--queries 300]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import psutil

from roomsift.media.index import PDQIndex
from roomsift.media.signals.pdq import hex_to_bytes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--known", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=300)
    args = ap.parse_args()
    from threatexchange.signal_type.pdq.pdq_index2 import PDQIndex2

    print(f"cores: {psutil.cpu_count()}  load average at start: {psutil.getloadavg()}")
    rng = np.random.default_rng(11)
    known = rng.integers(0, 256, (args.known, 32), dtype=np.uint8)
    queries = rng.integers(0, 256, (args.queries, 32), dtype=np.uint8)
    half = args.queries // 2
    for i, row in enumerate(rng.integers(0, args.known, half)):
        bits = np.unpackbits(known[row])
        bits[rng.choice(256, int(rng.integers(0, 32)), replace=False)] ^= 1
        queries[i] = np.packbits(bits)
    hexes = [bytes(r).hex() for r in known]
    qhex = [bytes(r).hex() for r in queries]

    t = time.perf_counter()
    ours = PDQIndex.from_hex(hexes)
    ours.search(hex_to_bytes(qhex[:1]), 31, parallel=False)  # compile / load the compiled search outside the timing
    print(f"roomsift PDQIndex ({ours.kind}): built in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    theirs = PDQIndex2(entries=((h, i) for i, h in enumerate(hexes)))
    print(f"python-threatexchange PDQIndex2: built in {time.perf_counter() - t:.1f} s")

    got, want = set(), set()
    t = time.perf_counter()
    for i, q in enumerate(qhex):
        for h in ours.search(hex_to_bytes([q]), 31, parallel=False):
            got.add((i, h.known, h.distance))
    ours_qps = len(qhex) / (time.perf_counter() - t)
    t = time.perf_counter()
    for i, q in enumerate(qhex):
        for m in theirs.query(q):
            want.add((i, m.metadata, int(m.similarity_info.distance)))
    theirs_qps = len(qhex) / (time.perf_counter() - t)
    print(f"single-hash queries, {len(qhex)} of them, {len(want)} hits (threshold 31)")
    print(f"roomsift PDQIndex        : {ours_qps:10,.1f} q/s")
    print(f"python-threatexchange    : {theirs_qps:10,.1f} q/s")
    print(f"ratio {ours_qps / theirs_qps:,.1f}x  identical hits: {got == want}")
    print(f"load average at end: {psutil.getloadavg()}")


if __name__ == "__main__":
    main()
