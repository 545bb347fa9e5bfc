"""Recall per transform at a fixed precision, measured like Thorn does, for roomsift's two
matching stages — on real photographs split into a tuning half and a held-out half.

Photographs: Debian's wallpaper packages (gnome-backgrounds mate-backgrounds ukui-wallpapers
plasma-workspace-wallpapers) and scikit-image's bundled samples, each shrunk to <= 1024 px.
Set aside first: PDQ quality < 50, other renderings of one artwork (dark/light, warm/cold,
other sizes: `picture()`) and near-duplicates (<= 31 bits from an earlier photo).
Split: photos sorted by name, alternately tuning / held-out (every second one held out).
Constants of the second stage (windows, CANDIDATES, CANDIDATE_MAX, MIN_INLIERS) were chosen
on the tuning half; the held-out half is reported separately and is the figure that counts.

The list: every kept photo (plain PDQ, plus — "augmented" — its window hashes and ORB
features) and DISTRACTORS unrelated pictures: random crops (20-60 % of the area) of the
photos (of any usable rendering), some mirrored, also augmented. Each copy of a photo is looked up like `roomsift media
match` does: stage 1 (PDQ with 8 dihedral variants and the border-trimmed variant, threshold
31); when nothing matches, stage 2 regions, then local features for the nearest augmented
items. False matches: every (copy, list item of a different source photo) pair either stage
reports; the denominator counts every such pair (hash stages compare each copy with every
item); local-feature false accepts are also given over the pairs actually verified.
Configurations: `stage 1` (today's), `+regions, outside list` (stage 2 regions against
plain list hashes only: lists that carry hashes only), `+regions, augmented` and
`+features` (in-house lists augmented from their images).

Hashes are cached in benchmarks/out/ (git-ignored); a rerun only evaluates.

  python3 benchmarks/media_eval_stages.py [--distractors 7000] [--workers 2]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import pickle
import random
import re
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

sys.path.insert(0, os.path.dirname(__file__))
from media_common import load_rgb, skimage_images, wallpaper_files  # noqa: E402

from roomsift.media import features as lf  # noqa: E402
from roomsift.media.decode import decode_rgb  # noqa: E402
from roomsift.media.hashing import trimmed_pdq  # noqa: E402
from roomsift.media.index import PDQIndex  # noqa: E402
from roomsift.media.matching import query_variants  # noqa: E402
from roomsift.media.regions import list_windows, query_regions  # noqa: E402
from roomsift.media.second_stage import Augmentation, SecondStage  # noqa: E402
from roomsift.media.signals.pdq import PDQ, hex_to_bytes  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "out")
CHUNK = 1000
T = 31


def _crop(p, corner=False):
    def f(im):
        w, h = im.size
        dx, dy = int(w * p), int(h * p)
        if corner:
            return im.crop((dx, dy, w, h))
        return im.crop((dx // 2, dy // 2, w - dx // 2, h - dy // 2))
    return f


def _pad(p, fill=(0, 0, 0)):
    return lambda im: ImageOps.expand(im, border=(int(im.width * p / 2), int(im.height * p / 2)), fill=fill)


def _rotate(deg):
    return lambda im: im.rotate(deg, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(0, 0, 0))


def _resize(s):
    return lambda im: im.resize((max(1, int(im.width * s)), max(1, int(im.height * s))), Image.Resampling.LANCZOS)


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:
        return ImageFont.load_default()


def _caption(im):
    """A dark caption band over the bottom with text, and a watermark near the top."""
    im = im.copy()
    d = ImageDraw.Draw(im)
    size = max(12, im.height // 12)
    d.rectangle([0, im.height - int(size * 1.6), im.width, im.height], fill=(20, 20, 20))
    d.text((size // 2, im.height - int(size * 1.4)), "new batch uploaded - join VIP", fill=(255, 255, 255), font=_font(size))
    d.text((im.width // 3, size), "@channel_watermark", fill=(255, 255, 0), font=_font(size))
    return im


def _watermark(im):
    """A semi-transparent channel name across the middle."""
    base = im.convert("RGBA")
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    size = max(14, im.height // 8)
    d.text((im.width // 8, im.height // 2 - size // 2), "t.me/sample_room", fill=(255, 255, 255, 110), font=_font(size))
    return Image.alpha_composite(base, layer).convert("RGB")


TRANSFORMS = {
    "crop 5%": _crop(0.05), "crop 10%": _crop(0.10), "crop 10% corner": _crop(0.10, corner=True),
    "pad 10%": _pad(0.10), "pad 20%": _pad(0.20), "pad 20% white": _pad(0.20, (255, 255, 255)),
    "rotate 2°": _rotate(2), "rotate -3°": _rotate(-3), "rotate 5°": _rotate(5),
    "mirror": lambda im: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
    "rotate 90°": lambda im: im.transpose(Image.Transpose.ROTATE_90),
    "caption band + watermark": _caption, "watermark": _watermark,
    "brightness +15%": lambda im: ImageEnhance.Brightness(im).enhance(1.15),
    "brightness -15%": lambda im: ImageEnhance.Brightness(im).enhance(0.85),
    "resize 0.25x": _resize(0.25), "resize 0.57x": _resize(0.57),
    "jpeg q30": None,
}


def jpeg(im: Image.Image, q: int = 90) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q)
    return buf.getvalue()


def list_side(im: Image.Image) -> dict:
    rgb = np.asarray(im)
    h = PDQ.hash_array(rgb)
    return {"pdq": h.hex, "quality": h.quality, "windows": list_windows(im), "features": lf.extract(rgb).to_text()}


def photo_job(item):
    name, im = item
    if isinstance(im, str):
        im = load_rgb(im)
    out = {"name": name, "list": list_side(im), "copies": {}}
    for tname, fn in TRANSFORMS.items():
        data = jpeg(im, 30) if tname == "jpeg q30" else jpeg(fn(im))
        rgb = decode_rgb(data)
        h = PDQ.hash_array(rgb, dihedral=True)
        out["copies"][tname] = {"stage1": query_variants(h.hex, list(h.dihedral), trimmed_pdq(rgb)),
                                "regions": query_regions(rgb), "features": lf.extract(rgb).to_text()}
    return out


_loaded: dict = {}


def distractor_job(arg):
    source, path_or_im, seed = arg
    rnd = random.Random(seed)
    if isinstance(path_or_im, str):  # decoding a 5120 px wallpaper costs ~1 s: once per worker
        im = _loaded.get(path_or_im) or _loaded.setdefault(path_or_im, load_rgb(path_or_im))
    else:
        im = path_or_im
    area = rnd.uniform(0.2, 0.6)
    aspect = rnd.uniform(0.6, 1.6)
    w = min(im.width, int((area * im.width * im.height * aspect) ** 0.5))
    h = min(im.height, int(area * im.width * im.height / max(w, 1)))
    x, y = rnd.randint(0, im.width - w), rnd.randint(0, im.height - h)
    d = im.crop((x, y, x + w, y + h))
    if rnd.random() < 0.5:
        d = d.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    d = decode_rgb(jpeg(d, 85))
    return source, list_side(Image.fromarray(d))


def picture(name: str) -> str:
    """Which artwork a file renders: packages ship one picture in several colourings or sizes
    (KDE: <Name>/contents/images and images_dark; GNOME: name-d / name-l; MATE: -Dark/-Light,
    Warm/Cold/Radioactive, _3840x2160). Copies and list items of one artwork are related,
    never counted as false matches, and only one rendering is kept as an original."""
    parts = name.split("/")
    if "contents" in parts:
        return parts[parts.index("contents") - 1].lower()
    stem = os.path.splitext(parts[-1])[0].lower()
    stem = re.sub(r"_\d+x\d+$", "", stem)
    stem = re.sub(r"-[dl]$", "", stem)
    stem = re.sub(r"[-_]?(dark|light|cold|warm|radioactive)", "", stem)
    return "/".join(parts[:-1] + [stem])


def dist(a: str, b: str) -> int:
    return PDQ.distance(a, b)


def cached(path, make):
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    val = make()
    with open(path, "wb") as fh:
        pickle.dump(val, fh)
    return val


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--distractors", type=int, default=7000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--min-inliers", type=int, default=lf.MIN_INLIERS)
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    t0 = time.time()
    items = [(str(p), str(p)) for p in wallpaper_files()] + [(n, im) for n, im in skimage_images()]
    key = hashlib.sha256(("|".join(n for n, _ in items) + "|".join(TRANSFORMS) + "v2").encode()).hexdigest()[:12]
    with ProcessPoolExecutor(args.workers) as pool:
        photos = cached(os.path.join(OUT, f"stages_photos_{key}.pkl"),
                        lambda: list(pool.map(photo_job, items, chunksize=1)))
        by_name = dict(items)
        # set aside low quality and near-duplicates
        kept, low, dup = [], 0, 0
        usable = [p for p in photos if p["list"]["quality"] >= 50]
        low = len(photos) - len(usable)
        for p in usable:
            if any(picture(p["name"]) == picture(k["name"]) or dist(p["list"]["pdq"], k["list"]["pdq"]) <= T for k in kept):
                dup += 1
            else:
                kept.append(p)
        kept.sort(key=lambda p: p["name"])
        rnd = random.Random(16)
        jobs = [(picture(p["name"]), by_name[p["name"]], 1000 + i) for i, p in
                enumerate(rnd.choice(usable) for _ in range(args.distractors))]
        distractors = []
        for start in range(0, len(jobs), CHUNK):  # noqa: B007  # cached per 1,000: a larger run reuses a smaller one's
            part = jobs[start:start + CHUNK]
            distractors += cached(os.path.join(OUT, f"stages_distractors_{key}_{start}.pkl"),
                                  lambda: list(pool.map(distractor_job, part, chunksize=16)))
    hashing_s = time.time() - t0
    for i, p in enumerate(kept):
        p["half"] = "tuning" if i % 2 == 0 else "held-out"
    distractors = [(s, d) for s, d in distractors if d["quality"] >= 50]

    # the list: entry id = row; source = the photo it comes from
    entries = [(picture(p["name"]), p["list"]) for p in kept] + distractors
    source = [s for s, _ in entries]
    full_hex = [d["pdq"] for _, d in entries]
    index = PDQIndex.from_hex(full_hex)
    ids = list(range(len(entries)))
    plain = SecondStage(index, ids)
    aug = Augmentation()
    for eid, (_s, d) in enumerate(entries):
        for wname, wh in d["windows"]:
            aug.window_owner.append(eid)
            aug.window_name.append(wname)
            aug.window_hex.append(wh)
        aug.features[eid] = lf.Features.from_text(d["features"])
    aug.build(dict(enumerate(full_hex)))
    augmented = SecondStage(index, ids, aug)
    only_windows = Augmentation(aug.window_owner, aug.window_name, aug.window_hex, {}).build({})
    windows_stage = SecondStage(index, ids, only_windows)

    configs = ["stage 1", "+regions, outside list", "+regions, augmented", "+features"]
    rec = {c: defaultdict(lambda: [0, 0]) for c in configs}  # (half, transform) -> [hit, n]
    false = Counter()
    stage_of_hit = Counter()
    verified_pairs, verified_false = 0, 0
    pairs = 0
    t1 = time.time()
    tiles = {"tl", "tr", "bl", "br"}  # quadrant regions of an earlier version, since dropped
    for own, p in enumerate(kept):
        p["name"] = picture(p["name"])
        for c in p["copies"].values():
            c["regions"] = [(n, h) for n, h in c["regions"] if n not in tiles]
        unrelated = sum(1 for s in source if s != p["name"])
        for tname, c in p["copies"].items():
            pairs += unrelated
            qf = lf.Features.from_text(c["features"])
            hits1 = {}
            for hit in index.search(hex_to_bytes([h for _n, h in c["stage1"]]), T, parallel=False):
                hits1[hit.known] = hit.distance
            results = {"stage 1": set(hits1)}
            if hits1:
                for c2 in configs[1:]:
                    results[c2] = set(hits1)
            else:
                results["+regions, outside list"] = {h.entry_id for h in plain.match_prepared(c["stage1"], c["regions"], lambda: qf)}
                results["+regions, augmented"] = {h.entry_id for h in windows_stage.match_prepared(c["stage1"], c["regions"], lambda: qf)}
                hs = augmented.match_prepared(c["stage1"], c["regions"], lambda: qf, min_inliers=args.min_inliers)
                results["+features"] = {h.entry_id for h in hs}
                if not hs or hs[0].stage == "features":
                    cands = augmented.candidates(c["stage1"] + c["regions"])
                    verified_pairs += sum(1 for e, _d in cands if source[e] != p["name"])
                    verified_false += sum(1 for h in hs if source[h.entry_id] != p["name"])
                for h in hs:
                    if h.entry_id == own:
                        stage_of_hit[h.stage] += 1
            for cfg in configs:
                got = results[cfg]
                rec[cfg][(p["half"], tname)][0] += own in got
                rec[cfg][(p["half"], tname)][1] += 1
                false[cfg] += sum(1 for e in got if source[e] != p["name"])
    eval_s = time.time() - t1

    halves = Counter(p["half"] for p in kept)
    print(f"photos: {len(photos)} ({len(photos) - len(kept)} set aside: {low} quality < 50, {dup} near-duplicates); "
          f"kept {len(kept)}: tuning {halves['tuning']}, held-out {halves['held-out']}")
    print(f"list: {len(kept)} photos + {len(distractors)} distractors (crops of the photos, 20-60 % area) = "
          f"{len(entries)} items, {len(aug.window_hex)} window hashes; {len(kept) * len(TRANSFORMS)} copies; "
          f"{pairs:,} (copy, unrelated item) pairs")
    print(f"hashing {hashing_s:.0f} s (cached after the first run), evaluation {eval_s:.0f} s\n")
    for half in ("held-out", "tuning"):
        print(f"**{half} half** — recall per transform (threshold {T})\n")
        print("| transform | " + " | ".join(configs) + " |")
        print("|" + "---|" * (len(configs) + 1))
        for t in TRANSFORMS:
            print(f"| {t} | " + " | ".join(f"{100 * rec[c][(half, t)][0] / max(1, rec[c][(half, t)][1]):.0f}%" for c in configs) + " |")
        tot = {c: (sum(v[0] for (h, _t), v in rec[c].items() if h == half), sum(v[1] for (h, _t), v in rec[c].items() if h == half)) for c in configs}
        print("| **all** | " + " | ".join(f"**{100 * a / max(1, b):.1f}%**" for a, b in tot.values()) + " |\n")
    print("| both halves | " + " | ".join(configs) + " |")
    print("|---|" + "---|" * len(configs))
    print("| false matches | " + " | ".join(f"{false[c]}" for c in configs) + " |")
    print("| false-match rate | " + " | ".join(f"{false[c] / pairs:.1e}" for c in configs) + " |")
    tp = {c: sum(v[0] for v in rec[c].values()) for c in configs}
    print("| precision | " + " | ".join(f"{100 * tp[c] / max(1, tp[c] + false[c]):.3f}%" for c in configs) + " |")
    print(f"\nlocal features: {verified_pairs:,} unrelated (copy, item) pairs verified, {verified_false} accepted "
          f"(MIN_INLIERS {args.min_inliers}); true hits by stage 2 step: {dict(stage_of_hit)}")


if __name__ == "__main__":
    main()
