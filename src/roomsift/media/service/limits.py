"""What keeps hostile uploads from exhausting the service: a request-body cap enforced
before anything reads the body (413), and a fixed number of decode slots (503 when all
are busy). The decoded-pixel cap lives in `media.decode` (checked from the image header,
before any pixel is decoded). Together they bound memory to about
`slots x max_pixels x bytes per pixel` plus the index; benchmarks/media_service_hostile.py
measures it."""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from collections.abc import Iterator

MAX_BYTES = 20 * 1024 * 1024
#: Decoded pixels per upload. Decoding and hashing cost ~20 bytes per pixel at peak
#: (measured: benchmarks/media_service_hostile.py), so 16 Mpx (a 4,900 x 3,300 photo) is
#: ~330 MB per decode; a 47 KB 7,000 x 7,000 PNG is refused from its header.
MAX_PIXELS = 16_000_000
#: Uploads above this many pixels are box-reduced right after decoding, before hashing:
#: hashing a 16 Mpx image at full size peaked at ~400 MB (~25 bytes per pixel).
HASH_PIXELS = 4_000_000
#: Image decodes at once (one per core on the 2-core target); more wait up to DECODE_WAIT
#: seconds, then get 503.
MAX_DECODES = 2
DECODE_WAIT = 5.0
#: Body limit of every route that does not take an upload (JSON hash queries are < 1 KB).
MAX_JSON_BYTES = 64 * 1024
#: Routes that take an image upload (up to max_bytes).
UPLOAD_PATHS = ("/match/image", "/m/lookup", "/h/hash")


class BodyLimit:
    """Pure ASGI middleware: a declared Content-Length over the cap is answered 413 without
    reading a byte; a chunked body is counted as it streams: at the cap the 413 is sent
    and the route sees the client gone (it reads its body before answering, so nothing
    of it reaches the client)."""

    def __init__(self, app, max_bytes: int, max_other: int = MAX_JSON_BYTES):
        self.app, self.max_uploads, self.max_other = app, max_bytes, min(max_other, max_bytes)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.max_uploads if scope["path"] in UPLOAD_PATHS else self.max_other
        await self._limited(scope, receive, send, limit)

    async def _limited(self, scope, receive, send, limit: int):
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                return await _reject(send, 400, "Content-Length is not a number")
            if too_big:
                return await _reject(send, 413, f"body of {int(declared)} bytes exceeds the {limit}-byte limit")
        seen = {"bytes": 0, "answered": False}

        async def counted_receive():
            if seen["answered"]:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen["bytes"] += len(message.get("body", b""))
                if seen["bytes"] > limit:
                    # answer now and tell the route the client left: whatever it then sends is dropped
                    seen["answered"] = True
                    await _reject(send, 413, f"body exceeds the {limit}-byte limit")
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            if not seen["answered"]:
                await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not seen["answered"]:
                raise
            # the route failed on the "disconnect" we gave it; the 413 is already sent


async def _reject(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail, "message": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class DecodeSlots:
    """At most `n` image decodes at once. A request that finds every slot busy waits up to
    `wait` seconds, then gets 503 with Retry-After — never an unbounded queue of decoded
    images in memory."""

    def __init__(self, n: int, wait: float = DECODE_WAIT):
        if n < 1:
            raise ValueError("need at least one decode slot")
        self.n, self.wait = n, wait
        self._sem = threading.BoundedSemaphore(n)
        self.refused = 0

    @contextmanager
    def slot(self) -> Iterator[None]:
        from fastapi import HTTPException

        if not self._sem.acquire(timeout=self.wait):
            self.refused += 1
            raise HTTPException(503, f"all {self.n} decode slots are busy; retry shortly", headers={"Retry-After": "1"})
        try:
            yield
        finally:
            self._sem.release()
