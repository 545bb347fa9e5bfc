"""Recall and false matches of PDQ matching on real photographs, per transform, and what
roomsift's additions buy.

Originals: real photographs from Debian's wallpaper packages and scikit-image's bundled
samples, plus generated abstract images; each downscaled to <= 1024 px (the "listed"
image). Near-duplicate originals (PDQ distance <= 31 to another original, e.g. a light and
a dark rendering of one wallpaper) and originals with PDQ quality < 50 are set aside first.
Every transformed copy is re-encoded as a JPEG (quality 90; the jpeg transforms use their
own quality), as a chat platform would, then hashed like `roomsift media hash` does.

Configurations (each adds to the one before, except where said):
  pdq         PDQ of the query vs the list (Meta's reference behaviour)
  +dihedral   also the query's 8 dihedral hashes (rotations by 90 degrees, mirrors) — in roomsift
  +trim       also the query after trimming uniform borders (padding) — in roomsift
  +crops      list side also holds hashes of 95 % and 90 % centre crops — only possible for
              lists built in-house from images; outside lists carry hashes only
  draft       pdq+dihedral with JPEG draft (reduced-size) decoding of the query

Recall = share of copies within the threshold of their own original; false-match rate =
share of (copy, other original) pairs within the threshold; precision counts both.

  python3 benchmarks/media_eval.py [--generated 60] [--threshold 31]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

sys.path.insert(0, os.path.dirname(__file__))
from media_common import load_rgb, skimage_images, wallpaper_files  # noqa: E402

from roomsift.demo.images import abstract_image  # noqa: E402
from roomsift.media.decode import decode_rgb  # noqa: E402
from roomsift.media.hashing import trimmed_pdq  # noqa: E402
from roomsift.media.signals.pdq import PDQ  # noqa: E402


def _crop(p):
    def f(im):
        w, h = im.size
        dx, dy = int(w * p / 2), int(h * p / 2)
        return im.crop((dx, dy, w - dx, h - dy))
    return f


def _pad(p):
    def f(im):
        w, h = im.size
        return ImageOps.expand(im, border=(int(w * p / 2), int(h * p / 2)), fill=(0, 0, 0))
    return f


def _rotate(deg):
    return lambda im: im.rotate(deg, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(0, 0, 0))


def _resize(s):
    return lambda im: im.resize((max(1, int(im.width * s)), max(1, int(im.height * s))), Image.Resampling.LANCZOS)


def _text(im):
    im = im.copy()
    d = ImageDraw.Draw(im)
    size = max(12, im.height // 12)
    try:
        font = ImageFont.load_default(size=size)
    except TypeError:
        font = ImageFont.load_default()
    d.rectangle([0, im.height - int(size * 1.6), im.width, im.height], fill=(20, 20, 20))
    d.text((size // 2, im.height - int(size * 1.4)), "new batch uploaded - join VIP", fill=(255, 255, 255), font=font)
    d.text((im.width // 3, size), "@channel_watermark", fill=(255, 255, 0), font=font)
    return im


TRANSFORMS = {
    "resize 50%": _resize(0.5), "resize 25%": _resize(0.25),
    "jpeg q30": None, "jpeg q50": None, "jpeg q70": None, "jpeg q90": None,
    "crop 2%": _crop(0.02), "crop 5%": _crop(0.05), "crop 10%": _crop(0.10),
    "pad 10%": _pad(0.10), "pad 20%": _pad(0.20),
    "rotate 2°": _rotate(2), "rotate 4°": _rotate(4), "rotate 90°": lambda im: im.transpose(Image.Transpose.ROTATE_90),
    "mirror": lambda im: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
    "greyscale": lambda im: ImageOps.grayscale(im).convert("RGB"),
    "text overlay": _text,
    "brightness +30%": lambda im: ImageEnhance.Brightness(im).enhance(1.3),
    "contrast +30%": lambda im: ImageEnhance.Contrast(im).enhance(1.3),
}


def jpeg(im: Image.Image, q: int = 90) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q)
    return buf.getvalue()


def hashes_of(rgb: np.ndarray) -> list[str]:
    return list(PDQ.hash_array(rgb, dihedral=True).dihedral)


def job(item):
    """One original: its list hashes and every transformed copy's query hashes."""
    name, im = item
    if isinstance(im, str):
        im = load_rgb(im)
    orig = PDQ.hash_array(np.asarray(im))
    crops = [PDQ.hash_array(np.asarray(_crop(p)(im))).hex for p in (0.05, 0.10)]
    out = []
    for tname, fn in TRANSFORMS.items():
        data = jpeg(im, int(tname.split("q")[1])) if tname.startswith("jpeg") else jpeg(fn(im))
        full = decode_rgb(data)
        dih = hashes_of(full)
        draft = hashes_of(decode_rgb(data, draft=True))
        trimmed = trimmed_pdq(full)
        out.append((tname, dih, draft, trimmed))
    return name, orig.hex, orig.quality, crops, out


def originals(n_generated: int):
    items = [(str(p), str(p)) for p in wallpaper_files()]
    items += [(n, im.copy()) for n, im in skimage_images()]
    items += [(f"generated:{s}", abstract_image(70_000 + s, (1024, 768))) for s in range(n_generated)]
    return items


def dist_matrix(a: list[str], b: list[str]) -> np.ndarray:
    A = np.frombuffer(bytes.fromhex("".join(a)), np.uint8).reshape(-1, 32).view(np.uint64)
    B = np.frombuffer(bytes.fromhex("".join(b)), np.uint8).reshape(-1, 32).view(np.uint64)
    return np.bitwise_count(A[:, None, :] ^ B[None, :, :]).sum(axis=2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--generated", type=int, default=60)
    ap.add_argument("--threshold", type=int, default=31)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    T = args.threshold
    t0 = time.time()
    items = originals(args.generated)
    with ProcessPoolExecutor(args.workers) as pool:
        res = list(pool.map(job, items, chunksize=2))
    # set aside low-quality and near-duplicate originals
    kept, low, dup = [], 0, 0
    for r in res:
        if r[2] < 50:
            low += 1
            continue
        if kept and dist_matrix([r[1]], [k[1] for k in kept]).min() <= T:
            dup += 1
            continue
        kept.append(r)
    n = len(kept)
    photos = sum(1 for r in kept if not r[0].startswith("generated:"))
    print(f"originals: {len(res)} ({len(res) - args.generated} real photographs, {args.generated} generated); "
          f"set aside: {low} quality < 50, {dup} near-duplicates; kept {n} ({photos} real)")
    plain = [r[1] for r in kept]
    crops = [c for r in kept for c in r[3]]
    owner_crops = np.repeat(np.arange(n), 2)
    configs = ["pdq", "+dihedral", "+trim", "+crops", "draft"]
    recall = {c: {t: [0, 0] for t in TRANSFORMS} for c in configs}
    recall_real = {c: {t: [0, 0] for t in TRANSFORMS} for c in configs}
    false_pairs = {c: 0 for c in configs}
    pairs = 0
    for i, r in enumerate(kept):
        for tname, dih, draft, trimmed in r[4]:
            d_plain = dist_matrix(dih, plain)  # (8, n)
            d_crops = dist_matrix(dih, crops)
            best = {}
            best["pdq"] = d_plain[0]
            best["+dihedral"] = d_plain.min(axis=0)
            tr = dist_matrix([trimmed], plain)[0] if trimmed else best["+dihedral"]
            best["+trim"] = np.minimum(best["+dihedral"], tr)
            cm = np.full(n, 256)
            np.minimum.at(cm, owner_crops, d_crops.min(axis=0))
            best["+crops"] = np.minimum(best["+trim"], cm)
            best["draft"] = dist_matrix(draft, plain).min(axis=0)
            pairs += n - 1
            for c in configs:
                hit = best[c][i] <= T
                recall[c][tname][0] += hit
                recall[c][tname][1] += 1
                if not r[0].startswith("generated:"):
                    recall_real[c][tname][0] += hit
                    recall_real[c][tname][1] += 1
                false_pairs[c] += int((np.delete(best[c], i) <= T).sum())
    print(f"\nthreshold {T}; {n} originals x {len(TRANSFORMS)} transforms = {n * len(TRANSFORMS)} copies; "
          f"{pairs:,} (copy, other original) pairs\n")
    header = "| transform | " + " | ".join(configs) + " |"
    print(header)
    print("|" + "---|" * (len(configs) + 1))
    for t in TRANSFORMS:
        cells = [f"{100 * recall[c][t][0] / recall[c][t][1]:.0f}% ({100 * recall_real[c][t][0] / max(1, recall_real[c][t][1]):.0f}%)" for c in configs]
        print(f"| {t} | " + " | ".join(cells) + " |")
    tot = {c: sum(v[0] for v in recall[c].values()) / sum(v[1] for v in recall[c].values()) for c in configs}
    print("| **all** | " + " | ".join(f"**{100 * tot[c]:.1f}%**" for c in configs) + " |")
    print("| false-match rate | " + " | ".join(f"{false_pairs[c] / pairs:.2e}" for c in configs) + " |")
    tp = {c: sum(v[0] for v in recall[c].values()) for c in configs}
    print("| precision | " + " | ".join(f"{100 * tp[c] / max(1, tp[c] + false_pairs[c]):.3f}%" for c in configs) + " |")
    print("\ncells: recall over all kept originals (recall over the real photographs only)")
    print(f"elapsed {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
