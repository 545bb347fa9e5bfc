"""Streaming file digests for chain of custody (one read, several digests)."""

from __future__ import annotations

import hashlib
from typing import BinaryIO, Iterable

CHUNK = 1 << 20


def hash_stream(fh: BinaryIO, algorithms: Iterable[str] = ("sha256",)) -> dict[str, str | int]:
    """Read a stream to its end; return {"size": n, "<alg>": hexdigest, ...}."""
    hashers = {name: hashlib.new(name) for name in algorithms}
    size = 0
    while True:
        block = fh.read(CHUNK)
        if not block:
            break
        size += len(block)
        for h in hashers.values():
            h.update(block)
    out: dict[str, str | int] = {name: h.hexdigest() for name, h in hashers.items()}
    out["size"] = size
    return out
