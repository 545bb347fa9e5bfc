"""Upload hashing in worker processes, one per core: decoding and PDQ hold the GIL, so in
one process uploads queue behind each other whatever the thread count. The workers turn
bytes into hashes (PDQ with its dihedral and border-trimmed variants; the query regions of
stage 2 when stage 1 matched nothing); the index and the lists stay in the serving process, which
only looks hashes up. Local features (ORB) are extracted in a worker too, and only when
stage 2 has a candidate to verify. `workers=0` does the same work in the calling thread.
Measured: benchmarks/media_service.py (sustainable uploads per core)."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from roomsift.media.decode import DecodeError, decode_rgb
from roomsift.media.service.limits import HASH_PIXELS


class UploadFailed(Exception):
    """kind: 'decode' (message says whether it was refused as too large) or 'memory'."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def _decode(data: bytes, draft: bool, max_pixels: int):
    return decode_rgb(data, draft=draft, max_pixels=max_pixels, shrink_above=HASH_PIXELS)


def prepare(data: bytes, draft: bool, max_pixels: int) -> dict[str, Any]:
    """Everything stage 1 needs from an upload's pixels; {'error': (kind, message)} when it
    cannot be decoded."""
    from roomsift.media.hashing import trimmed_pdq
    from roomsift.media.signals.pdq import MIN_QUALITY, PDQ

    try:
        rgb = _decode(data, draft, max_pixels)
        h = PDQ.hash_array(rgb, dihedral=True)
        trimmed = trimmed_pdq(rgb) if h.quality >= MIN_QUALITY else None
        return {"pdq": h.hex, "quality": h.quality, "dihedral": list(h.dihedral), "trimmed": trimmed}
    except DecodeError as exc:
        return {"error": ("decode", str(exc))}
    except MemoryError:
        return {"error": ("memory", "not enough memory to decode this image now; retry shortly")}


def regions(data: bytes, draft: bool, max_pixels: int) -> list[tuple[str, str]]:
    """The query regions of stage 2, asked for only when stage 1 matched nothing (the upload
    is decoded again: cheaper than hashing ten regions of every upload that matches)."""
    from roomsift.media.regions import query_regions

    return query_regions(_decode(data, draft, max_pixels))


def features(data: bytes, draft: bool, max_pixels: int):
    """ORB features of the upload (stage 2 verification)."""
    from roomsift.media import features as lf

    return lf.extract(_decode(data, draft, max_pixels))


def pdq_only(data: bytes, draft: bool, max_pixels: int) -> dict[str, Any]:
    from roomsift.media.signals.pdq import PDQ

    try:
        return {"pdq": PDQ.hash_array(_decode(data, draft, max_pixels)).hex}
    except DecodeError as exc:
        return {"error": ("decode", str(exc))}
    except MemoryError:
        return {"error": ("memory", "not enough memory to decode this image now; retry shortly")}


def _warm() -> bool:
    """Import what the jobs use, so the first upload does not pay for it."""
    import roomsift.media.features  # noqa: F401
    import roomsift.media.hashing  # noqa: F401
    import roomsift.media.regions  # noqa: F401

    return True


class UploadWorkers:
    def __init__(self, n: int):
        self.n = n
        self._lock = threading.Lock()
        self._pool = self._start() if n else None

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: the serving process runs threads (uvicorn, numba) that fork would copy mid-state
        pool = ProcessPoolExecutor(self.n, mp_context=multiprocessing.get_context("spawn"))
        for f in [pool.submit(_warm) for _ in range(self.n)]:
            f.result()
        return pool

    def run(self, fn, *args):
        if not self._pool:
            return fn(*args)
        try:
            return self._pool.submit(fn, *args).result()
        except BrokenProcessPool:  # a worker died (killed for memory): start a new pool, answer 503 for this upload
            with self._lock:
                old, self._pool = self._pool, self._start()
            old.shutdown(wait=False, cancel_futures=True)
            raise UploadFailed("memory", "a hashing worker stopped; retry shortly") from None

    def prepare(self, data: bytes, draft: bool, max_pixels: int) -> dict[str, Any]:
        out = self.run(prepare, data, draft, max_pixels)
        if "error" in out:
            raise UploadFailed(*out["error"])
        return out

    def pdq(self, data: bytes, draft: bool, max_pixels: int) -> str:
        out = self.run(pdq_only, data, draft, max_pixels)
        if "error" in out:
            raise UploadFailed(*out["error"])
        return out["pdq"]

    def regions(self, data: bytes, draft: bool, max_pixels: int) -> list[tuple[str, str]]:
        return self.run(regions, data, draft, max_pixels)

    def features(self, data: bytes, draft: bool, max_pixels: int):
        return self.run(features, data, draft, max_pixels)

    def close(self) -> None:
        if self._pool:
            self._pool.shutdown(wait=True, cancel_futures=True)
