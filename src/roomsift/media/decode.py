"""Image decoding for hashing, with the safety limits every caller shares.

`draft=True` lets libjpeg decode a JPEG at 1/2, 1/4 or 1/8 scale (never below
DRAFT_SIZE on the short side) — several times faster; its recall cost is measured in
benchmarks/media_hashing.py and media_eval.py (see docs/media.md for the decision)."""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, UnidentifiedImageError

#: Largest image we decode (pixels). Bigger is treated as a decompression bomb.
MAX_PIXELS = 100_000_000
#: Draft decoding keeps at least this many pixels on the short side. Measured on 30
#: wallpaper photos at 1024x768: decoding at 512x384 moves PDQ by 7.5 bits on average
#: (95th pct 20), at 256x192 by 18.7 (95th pct 50, past the match threshold) — so no lower.
DRAFT_SIZE = 384


class DecodeError(ValueError):
    """Not an image we can decode (or refused as a bomb); the message says why."""


def decode_rgb(data: bytes, draft: bool = False, max_pixels: int = MAX_PIXELS, shrink_above: int | None = None) -> np.ndarray:
    """Bytes -> RGB uint8 array (H, W, 3). `shrink_above` (pixels): larger images are
    box-reduced by an integer factor right after decoding, before the RGB copy and hashing —
    bounds memory per upload in the service (PDQ moves 3.6 bits on average, at most 14, on
    24 wallpapers of 5-15 Mpx reduced to <= 4 Mpx)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            w, h = im.size
            if w * h > max_pixels:
                raise DecodeError(f"image of {w}x{h} pixels exceeds the {max_pixels:,}-pixel limit (decompression bomb?)")
            if draft and im.format == "JPEG":
                scale = max(1, min(w, h) // DRAFT_SIZE)
                im.draft("RGB", (max(1, w // scale), max(1, h // scale)))
            if shrink_above and w * h > shrink_above:
                if im.format == "JPEG":  # let libjpeg decode at a reduced scale right away
                    im.draft(im.mode, (w // 2, h // 2))
                im.load()
                if im.mode not in ("L", "RGB", "RGBA", "LA"):
                    im = im.convert("RGB")
                cw, ch = im.size
                factor = int(np.ceil((cw * ch / shrink_above) ** 0.5))
                if factor > 1:
                    im = im.reduce(factor)
            im = im.convert("RGB")
            return np.asarray(im)
    except DecodeError:
        raise
    except UnidentifiedImageError:
        raise DecodeError("not an image (format not recognised)") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DecodeError(f"refused as a decompression bomb: {exc}") from None
    except Exception as exc:  # PIL raises many types for bad data
        raise DecodeError(f"not a decodable image: {type(exc).__name__}: {exc}") from None
