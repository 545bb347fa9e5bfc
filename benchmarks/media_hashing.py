"""Hashing speed for 1024x768 JPEGs on this machine, split into decode and hash, full-size
versus reduced-size (PIL draft) decoding, and what draft decoding costs in hash accuracy.

Images: the wallpaper photographs and generated abstract images, each cut/resized to
1024x768 and saved as JPEG quality 85 (in memory: disk reads are not measured).
End-to-end rate = decode + PDQ with the 8 dihedral hashes + the three digests, as
`roomsift media hash` does, over a process pool of --workers.

  python3 benchmarks/media_hashing.py [--images 300] [--workers 2]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from PIL import Image, ImageOps

sys.path.insert(0, os.path.dirname(__file__))
from media_common import load_rgb, wallpaper_files  # noqa: E402

from roomsift.demo.images import abstract_image  # noqa: E402
from roomsift.media.decode import decode_rgb  # noqa: E402
from roomsift.media.hashing import hash_image  # noqa: E402
from roomsift.media.signals.pdq import PDQ  # noqa: E402


def corpus(n: int) -> list[bytes]:
    out = []
    photos = wallpaper_files()
    for p in photos[: n // 2]:
        im = ImageOps.fit(load_rgb(p, 2048), (1024, 768), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=85)
        out.append(buf.getvalue())
    seed = 0
    while len(out) < n:
        buf = io.BytesIO()
        abstract_image(50_000 + seed, (1024, 768)).save(buf, "JPEG", quality=85)
        out.append(buf.getvalue())
        seed += 1
    return out


def chunk_rate(args) -> tuple[int, float]:
    """Worker: end-to-end hashing of a slice; returns how many it hashed and the CPU
    seconds it took (on a busy shared machine CPU time says what a dedicated core does)."""
    blobs, draft = args
    c = time.process_time()
    for i, b in enumerate(blobs):
        hash_image(i, b, draft=draft)
    return len(blobs), time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--images", type=int, default=300)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    import psutil

    print(f"cores: {psutil.cpu_count()}  load average at start: {psutil.getloadavg()}")
    blobs = corpus(args.images)
    print(f"{len(blobs)} JPEGs of 1024x768 ({sum(map(len, blobs)) / len(blobs) / 1024:.0f} KiB mean)")
    for draft in (False, True):
        t = time.perf_counter()
        arrays = [decode_rgb(b, draft=draft) for b in blobs]
        dec = time.perf_counter() - t
        t = time.perf_counter()
        for a in arrays:
            PDQ.hash_array(a)
        h1 = time.perf_counter() - t
        t = time.perf_counter()
        for a in arrays:
            PDQ.hash_array(a, dihedral=True)
        h8 = time.perf_counter() - t
        n = len(blobs)
        label = "draft (reduced-size) decode" if draft else "full-size decode"
        print(f"\n{label}: decoded to {arrays[0].shape[1]}x{arrays[0].shape[0]}")
        print(f"  one core: decode {n / dec:6.0f}/s  PDQ {n / h1:6.0f}/s  PDQ+8 dihedral {n / h8:6.0f}/s  "
              f"decode+PDQ {n / (dec + h1):6.0f}/s")
        slices = [(blobs[i::args.workers], draft) for i in range(args.workers)]
        with ProcessPoolExecutor(args.workers) as pool:
            list(pool.map(chunk_rate, [(s[0][:2], draft) for s in slices]))  # warm the workers
            t = time.perf_counter()
            parts = list(pool.map(chunk_rate, slices))
            e2e = time.perf_counter() - t
        done, cpu = sum(p[0] for p in parts), sum(p[1] for p in parts)
        print(f"  end to end (decode + PDQ + dihedral + trimmed + MD5/SHA-1/SHA-256), {args.workers} processes: "
              f"{done / e2e:6.0f} images/s wall; CPU {1000 * cpu / done:5.2f} ms/image = {done / cpu:5.0f} images/s per "
              f"dedicated core = {args.workers * done / cpu:5.0f} images/s on {args.workers} dedicated cores")
    full = [PDQ.hash_array(decode_rgb(b)).hex for b in blobs]
    draft = [PDQ.hash_array(decode_rgb(b, draft=True)).hex for b in blobs]
    d = np.array([PDQ.distance(a, b) for a, b in zip(full, draft)])
    print(f"\nPDQ distance draft vs full decode: mean {d.mean():.1f}, median {np.median(d):.0f}, "
          f"95th pct {np.percentile(d, 95):.0f}, max {d.max()} bits (match threshold 31)")
    print(f"load average at end: {psutil.getloadavg()}")


if __name__ == "__main__":
    main()
