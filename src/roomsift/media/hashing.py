"""Hash one media file: digests (re-verified against the case), PDQ with its 8 dihedral
variants for images, vPDQ for videos. Pure functions of the bytes, safe to run in worker
processes; `hash_file_job` is what the process pool calls."""

from __future__ import annotations

import os
import tempfile
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pdqhash

from roomsift.media.decode import DecodeError, decode_rgb
from roomsift.media.signals.digests import digest_bytes
from roomsift.media.signals.pdq import MIN_QUALITY, PDQ
from roomsift.media.signals.vpdq import VPDQ, vpdq_available
from roomsift.media.variants import trim_box

HASHER = f"pdqhash {getattr(pdqhash, '__version__', '0.2')}"
VIDEO_KINDS = {"video_file", "video_message", "animation", "video"}
VIDEO_EXT = (".mp4", ".mov", ".webm", ".mkv", ".avi", ".m4v", ".3gp", ".gif")


@dataclass
class HashResult:
    media_id: int
    state: str  # ok | low_quality | error | unsupported | changed | unavailable
    error: str | None = None
    digests: dict[str, str] = field(default_factory=dict)
    pdq: str | None = None
    quality: int | None = None
    dihedral: list[str] | None = None
    trimmed: str | None = None  # PDQ after trimming uniform borders, when there were any
    vpdq: list[str] | None = None
    decode: str | None = None


def is_video(kind: str | None, mime: str | None, path: str | None) -> bool:
    return (kind or "") in VIDEO_KINDS or (mime or "").startswith("video/") or (path or "").lower().endswith(VIDEO_EXT)


def hash_image(media_id: int, data: bytes, draft: bool = False) -> HashResult:
    res = HashResult(media_id, "ok", digests=digest_bytes(data), decode="draft" if draft else "full")
    try:
        rgb = decode_rgb(data, draft=draft)
    except DecodeError as exc:
        res.state, res.error = "unsupported", str(exc)
        return res
    h = PDQ.hash_array(rgb, dihedral=True)
    res.pdq, res.quality, res.dihedral = h.hex, h.quality, list(h.dihedral)
    res.trimmed = trimmed_pdq(rgb)
    if h.quality < MIN_QUALITY:
        res.state, res.error = "low_quality", f"PDQ quality {h.quality} < {MIN_QUALITY}: hash kept, not matched"
    return res


def trimmed_pdq(rgb) -> str | None:
    """PDQ of the image without its uniform borders (padding), if it has any and the
    trimmed hash is of usable quality."""
    box = trim_box(rgb)
    if box is None:
        return None
    left, top, right, bottom = box
    t = PDQ.hash_array(np.ascontiguousarray(rgb[top:bottom, left:right]))
    return t.hex if t.quality >= MIN_QUALITY else None


def hash_video(media_id: int, data: bytes, suffix: str = ".mp4") -> HashResult:
    res = HashResult(media_id, "ok", digests=digest_bytes(data), decode="full")
    reason = vpdq_available()
    if reason:
        res.state, res.error = "unsupported", f"video not perceptually hashed: {reason}"
        return res
    fd, tmp = tempfile.mkstemp(suffix=suffix, prefix="roomsift-vpdq-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        frames = VPDQ.hash_file(tmp)
    except Exception as exc:  # vpdq raises on undecodable input
        res.state, res.error = "error", f"vPDQ failed: {type(exc).__name__}: {exc}"
        return res
    finally:
        os.unlink(tmp)
    if not frames:
        res.state, res.error = "error", "vPDQ produced no frames (not a decodable video?)"
        return res
    res.vpdq = [f"{f.pdq},{f.quality},{f.timestamp:.3f}" for f in frames]
    return res


# --- worker side -----------------------------------------------------------------------
_sources: dict[str, Any] = {}


def _source(location: str):
    from roomsift.ingest.source import ExportSource

    src = _sources.get(location)
    if src is None:
        src = _sources[location] = ExportSource.open_path(location)
    return src


def read_media_verified(location: str, path: str, sha256: str | None):
    """Decode a case media file again for the second matching stage; ValueError (with the
    reason) when it cannot be read, changed since ingest, or is not a decodable image."""
    import hashlib

    try:
        with _source(location).open(path) as fh:
            data = fh.read()
    except Exception as exc:
        raise ValueError(f"cannot read the file: {' '.join(str(exc).split())}") from None
    if sha256 and hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError("the file's SHA-256 differs from the ingested one: not matched")
    try:
        return decode_rgb(data)
    except DecodeError as exc:
        raise ValueError(str(exc)) from None


def hash_file_job(job: dict[str, Any]) -> dict[str, Any]:
    """job: media_id, location, path, sha256, kind, mime, draft -> HashResult as a dict."""
    mid = job["media_id"]
    try:
        with _source(job["location"]).open(job["path"]) as fh:
            data = fh.read()
    except Exception as exc:
        return asdict(HashResult(mid, "unavailable", f"cannot read the file: {' '.join(str(exc).split())}"))
    if is_video(job.get("kind"), job.get("mime"), job["path"]):
        res = hash_video(mid, data, os.path.splitext(job["path"])[1] or ".mp4")
    else:
        res = hash_image(mid, data, draft=job.get("draft", False))
    if job.get("sha256") and res.digests.get("sha256") != job["sha256"]:
        # The file changed since ingest: its hashes describe other bytes than the evidence.
        res = HashResult(mid, "changed", f"SHA-256 {res.digests.get('sha256', '')[:16]}… differs from the ingested {job['sha256'][:16]}…")
    return asdict(res)
