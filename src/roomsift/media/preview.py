"""Safe previews of matched media, only on explicit request: small, greyscale and
heavily blurred, so an investigator can tell a mismatch (e.g. a blank frame) without
seeing the content. The file is re-verified against its ingested SHA-256 first."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image, ImageFilter

from roomsift.ingest.source import ExportSource
from roomsift.media.decode import decode_rgb

PREVIEW_SIZE = 96
BLUR_RADIUS = 4


def blurred_preview(data: bytes) -> Image.Image:
    im = Image.fromarray(decode_rgb(data, draft=True)).convert("L")
    im.thumbnail((PREVIEW_SIZE, PREVIEW_SIZE))
    return im.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))


def write_preview(location: str, path: str, sha256: str, out: Path) -> str | None:
    """Write a preview PNG; returns None, or why it could not be made."""
    try:
        with ExportSource.open_path(location) as src, src.open(path) as fh:
            data = fh.read()
    except Exception as exc:
        return f"cannot read the file: {exc}"
    if hashlib.sha256(data).hexdigest() != sha256:
        return "file changed since ingest (SHA-256 differs); no preview"
    try:
        img = blurred_preview(data)
    except ValueError as exc:
        return str(exc)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    out.write_bytes(buf.getvalue())
    return None
