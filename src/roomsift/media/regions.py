"""PDQ of regions of an image: the second matching stage's query side, and the list side's
augmentation for in-house lists whose images are available.

PDQ compares whole pictures, so a copy that shows a different part of the picture than
the list's (a crop, a caption band, a slight rotation with black corners) is far from it.
Hashing a fixed family of windows on both sides brings such pairs together: a copy cropped
10 % all round is close to the listed image's `c90` (centre 90 %) window; a copy with a caption band
over its bottom is close, through its own `top85` window, to the listed image's `top85`.
Windows are hashed on a copy shrunk to REGION_SIDE pixels (PDQ works on 64 x 64 blocks:
measured recall at 0.25x is 92 %), which keeps the stage cheap."""

from __future__ import annotations

import numpy as np
from PIL import Image

from roomsift.media.signals.pdq import MIN_QUALITY, PDQ

#: Long side of the shrunk copy the windows are cut from.
REGION_SIDE = 384

#: name -> (left, top, right, bottom) as fractions of the image.
WINDOWS: dict[str, tuple[float, float, float, float]] = {
    "c90": (0.05, 0.05, 0.95, 0.95),  # centre 90 %
    "c80": (0.10, 0.10, 0.90, 0.90),
    "top85": (0.0, 0.0, 1.0, 0.85),  # all but the bottom 15 % (a caption band there)
    "bot85": (0.0, 0.15, 1.0, 1.0),
    "lft85": (0.0, 0.0, 0.85, 1.0),
    "rgt85": (0.15, 0.0, 1.0, 1.0),
}
#: List side only: a copy cropped from one corner (up to 10 % of each side) is close to one
#: of these. (The query side does not need them: its whole hash is compared with them.)
LIST_ONLY_WINDOWS = {"tl90": (0.0, 0.0, 0.9, 0.9), "tr90": (0.1, 0.0, 1.0, 0.9),
                     "bl90": (0.0, 0.1, 0.9, 1.0), "br90": (0.1, 0.1, 1.0, 1.0)}
#: Query-side extra: small de-rotations (a copy turned by a few degrees, hashed turned
#: back, whole and its centre). (Quadrants, for a known picture inside a collage, were
#: tried and dropped: no copy in the evaluation needed them and they cost a quarter of the
#: stage's hashing.)
DEROTATIONS = (-3.0, 3.0)


def shrink(rgb: np.ndarray, side: int = REGION_SIDE) -> Image.Image:
    im = Image.fromarray(rgb) if isinstance(rgb, np.ndarray) else rgb
    im = im.convert("RGB")
    if max(im.size) > side:
        im = im.copy()
        im.thumbnail((side, side), Image.Resampling.BILINEAR)
    return im


def _cut(im: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    w, h = im.size
    return im.crop((round(box[0] * w), round(box[1] * h), round(box[2] * w), round(box[3] * h)))


def _hash(im: Image.Image) -> str | None:
    if im.width < 16 or im.height < 16:
        return None
    h = PDQ.hash_array(np.asarray(im))
    return h.hex if h.quality >= MIN_QUALITY else None


def list_windows(rgb: np.ndarray | Image.Image) -> list[tuple[str, str]]:
    """List side (augmentation): (window, PDQ) of each window of a known image."""
    small = shrink(rgb)
    out = []
    for name, box in {**WINDOWS, **LIST_ONLY_WINDOWS}.items():
        h = _hash(_cut(small, box))
        if h:
            out.append((name, h))
    return out


def query_regions(rgb: np.ndarray | Image.Image) -> list[tuple[str, str]]:
    """Query side: (region, PDQ) for the windows, and the shrunk picture de-rotated (whole
    and its centre 80 %)."""
    small = shrink(rgb)
    out = []
    for name, box in WINDOWS.items():
        h = _hash(_cut(small, box))
        if h:
            out.append((name, h))
    for angle in DEROTATIONS:
        turned = small.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False)
        for name, box in (("", (0.0, 0.0, 1.0, 1.0)), ("c80", WINDOWS["c80"])):
            h = _hash(_cut(turned, box))
            if h:
                out.append((f"r{angle:+.0f}{name}", h))
    return out
