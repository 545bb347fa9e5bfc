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
#: Image decodes at once (one per core on the 2-core target); more wait, then get 503.
MAX_DECODES = 2


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Pure ASGI middleware: a declared Content-Length over the cap is answered 413 without
    reading a byte; a chunked body is counted as it streams and cut off at the cap (the
    route has not answered yet, as every route reads its body before responding)."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                return await _reject(send, 400, "Content-Length is not a number")
            if too_big:
                return await _reject(send, 413, f"body of {int(declared)} bytes exceeds the {self.max_bytes}-byte limit")
        seen = {"bytes": 0, "started": False}

        async def counted_receive():
            message = await receive()
            if message["type"] == "http.request":
                seen["bytes"] += len(message.get("body", b""))
                if seen["bytes"] > self.max_bytes:
                    raise _TooLarge()
            return message

        async def tracked_send(message):
            if message["type"] == "http.response.start":
                seen["started"] = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooLarge:
            if not seen["started"]:
                await _reject(send, 413, f"body exceeds the {self.max_bytes}-byte limit")


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

    def __init__(self, n: int, wait: float = 0.5):
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
