"""Extra query variants beyond PDQ's dihedral ones, each kept because the evaluation
(benchmarks/media_eval.py) showed its recall gain at no measurable false-match cost."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops

#: Border pixels within this difference of the corner colour count as padding.
TRIM_TOLERANCE = 12
#: Never trim to less than this share of the image (a dark photo is not "all border").
TRIM_MIN_AREA = 0.3
#: Borders thinner than this share of the side (both edges together) are left alone: a few
#: even rows at the edge of a photo or gradient are not padding, and trimming costs a PDQ.
TRIM_MIN_BORDER = 0.04


def trim_borders(im: Image.Image) -> Image.Image | None:
    """The image without uniform borders (padding, letterboxing) in the corner colour;
    None when there is nothing to trim. Padding 10-20 % takes PDQ recall from 0 % to
    97-98 % (RESULTS.md)."""
    im = im.convert("RGB")
    box = trim_box(np.asarray(im))
    return im.crop(box) if box else None


def trim_box(rgb: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box `trim_borders` crops to, from an RGB array; None when there is nothing to trim."""
    h, w = rgb.shape[:2]
    box = content_box(rgb)
    if not box or box == (0, 0, w, h):
        return None
    bw, bh = box[2] - box[0], box[3] - box[1]
    if bw * bh < TRIM_MIN_AREA * w * h:
        return None
    if w - bw < TRIM_MIN_BORDER * w and h - bh < TRIM_MIN_BORDER * h:
        return None  # a row or two of even colour is not padding; PDQ is unaffected by it
    return box


def content_box(rgb: np.ndarray, step: int = 16) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the pixels differing from the corner colour by more
    than 2 x TRIM_TOLERANCE on some channel (what PIL's getbbox gives on
    ImageChops.add(diff, diff, 2.0, -2 * TRIM_TOLERANCE)); None if there are none. Reads
    inward from each edge a strip at a time, so a photo (content at every edge) costs 2(w+h)
    pixels instead of the whole image (3 ms -> ~0.1 ms at 512x384)."""
    h, w = rgb.shape[:2]
    # per channel, which values count as content: a table lookup beats int16 arithmetic
    far = [np.abs(np.arange(256) - int(c)) > 2 * TRIM_TOLERANCE for c in rgb[0, 0]]

    def has(block: np.ndarray, axis: int) -> np.ndarray:
        return (far[0][block[..., 0]] | far[1][block[..., 1]] | far[2][block[..., 2]]).any(axis=axis)

    def first(n: int, strip, axis: int, reverse: bool) -> int | None:
        s, size = 0, step
        while s < n:  # strips double in size: a deep border costs a few calls, not one per strip
            lo, hi = (n - min(n, s + size), n - s) if reverse else (s, min(n, s + size))
            hit = np.nonzero(has(strip(lo, hi), axis))[0]
            if len(hit):
                return lo + int(hit[-1] if reverse else hit[0])
            s, size = s + size, size * 2
        return None

    top = first(h, lambda a, b: rgb[a:b], 1, False)
    if top is None:
        return None
    bottom = first(h, lambda a, b: rgb[a:b], 1, True) + 1
    left = first(w, lambda a, b: rgb[top:bottom, a:b], 0, False)
    right = first(w, lambda a, b: rgb[top:bottom, a:b], 0, True) + 1
    return left, top, right, bottom
