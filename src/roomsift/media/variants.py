"""Extra query variants beyond PDQ's dihedral ones, each kept because the evaluation
(benchmarks/media_eval.py) showed its recall gain at no measurable false-match cost."""

from __future__ import annotations

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
    bg = Image.new("RGB", im.size, im.getpixel((0, 0)))
    diff = ImageChops.difference(im, bg)
    mask = ImageChops.add(diff, diff, 2.0, -2 * TRIM_TOLERANCE)
    box = mask.getbbox()
    if not box or box == (0, 0, im.width, im.height):
        return None
    bw, bh = box[2] - box[0], box[3] - box[1]
    if bw * bh < TRIM_MIN_AREA * im.width * im.height:
        return None
    if im.width - bw < TRIM_MIN_BORDER * im.width and im.height - bh < TRIM_MIN_BORDER * im.height:
        return None  # a row or two of even colour is not padding; PDQ is unaffected by it
    return im.crop(box)
