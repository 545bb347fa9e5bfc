"""End-to-end throughput on images with no PDQ hit: today's stage 1 alone and stage 1 +
the second stage, side by side in one run (same images, alternating, one process).

Per image, as the service and `media match` do it: decode a 1024x768 JPEG, digests, PDQ
with its 8 dihedral variants, the border-trimmed variant, stage-1 search; then (second
configuration only, as nothing matched) region hashes, window-hash search and — when an
augmented item is within CANDIDATE_MAX bits — ORB features and RANSAC verification.
List: --known random PDQ hashes plus --augmented items with window hashes and ORB
features (random crops of the wallpaper photographs). Queries: other crops of the
photographs of the other half (generated pictures when no wallpapers are installed), so
none is related to a listed item.

  python3 benchmarks/media_stage2_speed.py [--images 200] [--known 1000000] [--augmented 500]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time

import numpy as np
import psutil
from PIL import Image

sys.path.insert(0, os.path.dirname(__file__))
from media_common import load_rgb, wallpaper_files  # noqa: E402

from roomsift.demo.images import abstract_image  # noqa: E402
from roomsift.media import features as lf  # noqa: E402
from roomsift.media.decode import decode_rgb  # noqa: E402
from roomsift.media.hashing import trimmed_pdq  # noqa: E402
from roomsift.media.index import PDQIndex  # noqa: E402
from roomsift.media.matching import query_variants  # noqa: E402
from roomsift.media.regions import list_windows  # noqa: E402
from roomsift.media.second_stage import Augmentation, SecondStage  # noqa: E402
from roomsift.media.signals.digests import digest_bytes  # noqa: E402
from roomsift.media.signals.pdq import PDQ, hex_to_bytes  # noqa: E402


_loaded: dict = {}


def crops(n: int, seed: int, half: int) -> list[Image.Image]:
    """Random crops of one half of the photographs (list: half 0, queries: half 1), so no
    query is related to a listed picture."""
    rnd = random.Random(seed)
    files = wallpaper_files()[half::2]
    out = []
    for i in range(n):
        if not files:
            out.append(abstract_image(seed * 100_000 + i, (1024, 768)))
            continue
        f = rnd.choice(files)
        im = _loaded.get(f) or _loaded.setdefault(f, load_rgb(f, 1024))
        w, h = int(im.width * rnd.uniform(0.4, 0.7)), int(im.height * rnd.uniform(0.4, 0.7))
        x, y = rnd.randint(0, im.width - w), rnd.randint(0, im.height - h)
        out.append(im.crop((x, y, x + w, y + h)).resize((1024, 768), Image.Resampling.BILINEAR))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--images", type=int, default=200)
    ap.add_argument("--known", type=int, default=1_000_000)
    ap.add_argument("--augmented", type=int, default=500)
    args = ap.parse_args()
    print(f"cores: {psutil.cpu_count()}  load average at start: {psutil.getloadavg()}")
    t = time.perf_counter()
    rng = np.random.default_rng(3)
    listed = [im for im in crops(args.augmented, 1, 0)]
    full = [PDQ.hash_array(np.asarray(im)).hex for im in listed]
    random_hex = [bytes(r).hex() for r in rng.integers(0, 256, (args.known, 32), dtype=np.uint8)]
    all_hex = full + random_hex
    index = PDQIndex.from_hex(all_hex)
    aug = Augmentation()
    for eid, im in enumerate(listed):
        for w, h in list_windows(im):
            aug.window_owner.append(eid)
            aug.window_name.append(w)
            aug.window_hex.append(h)
        aug.features[eid] = lf.extract(np.asarray(im))
    aug.build(dict(enumerate(full)))
    stage = SecondStage(index, list(range(len(all_hex))), aug)
    index.search(hex_to_bytes(["0" * 64]), 0, parallel=False)
    print(f"list: {len(all_hex):,} PDQ hashes ({index.kind}), {len(aug.features)} augmented items "
          f"({len(aug.window_hex)} window hashes); built in {time.perf_counter() - t:.0f} s")
    queries = []
    for im in crops(args.images, 2, 1):
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=85)
        queries.append(buf.getvalue())

    def stage1(data: bytes):
        digest_bytes(data)
        rgb = decode_rgb(data)
        h = PDQ.hash_array(rgb, dihedral=True)
        variants = query_variants(h.hex, list(h.dihedral), trimmed_pdq(rgb))
        hits = index.search(hex_to_bytes([v for _n, v in variants]), 31, parallel=False)
        return rgb, variants, hits

    import roomsift.media.second_stage as s2

    verified = {"n": 0}
    extract = s2.lf.extract

    def counted_extract(rgb):
        verified["n"] += 1
        return extract(rgb)

    s2.lf.extract = counted_extract  # counts how often local features were needed
    times = {"stage 1 (today)": 0.0, "stage 1 + stage 2": 0.0}
    stage1_hits = found = 0
    for i, data in enumerate(queries):
        order = list(times) if i % 2 == 0 else list(reversed(times))
        for name in order:
            t = time.perf_counter()
            rgb, variants, hits = stage1(data)
            if name == "stage 1 + stage 2" and not hits:
                found += bool(stage.match(rgb, variants))
            times[name] += time.perf_counter() - t
        stage1_hits += bool(hits)
    n = len(queries)
    a, b = (n / times[k] for k in times)
    print(f"{n} images without a listed copy (stage-1 hits: {stage1_hits}; second stage found {found}; "
          f"local-feature verification ran for {verified['n']})")
    for k in times:
        print(f"  {k:20s}: {n / times[k]:6.1f} images/s  ({1000 * times[k] / n:6.1f} ms/image, one core)")
    print(f"  ratio: stage 1 + 2 runs at {b / a:.2f}x the rate of stage 1 (target: >= 0.5x)")
    print(f"load average at end: {psutil.getloadavg()}")


if __name__ == "__main__":
    main()
