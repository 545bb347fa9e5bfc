"""Cryptographic digests (exact match). The three kinds differ only in name and length,
so they share one implementation instead of three identical modules."""

from __future__ import annotations

import hashlib
import re
from typing import BinaryIO, ClassVar

from roomsift.media.signals.base import SignalType

_HEX = re.compile(r"^[0-9a-f]+$")


class DigestSignal(SignalType):
    hex_len: ClassVar[int]

    @classmethod
    def normalise(cls, value: str) -> str:
        v = (value or "").strip().lower()
        if len(v) != cls.hex_len or not _HEX.match(v):
            raise ValueError(f"not a {cls.name} digest ({cls.hex_len} hex characters): {value!r:.80}")
        return v


class MD5(DigestSignal):
    name = "md5"
    hex_len = 32


class SHA1(DigestSignal):
    name = "sha1"
    hex_len = 40


class SHA256(DigestSignal):
    name = "sha256"
    hex_len = 64


def digest_stream(stream: BinaryIO, chunk: int = 1 << 20) -> dict[str, str]:
    """md5, sha1 and sha256 of a stream in one pass."""
    hs = {"md5": hashlib.md5(), "sha1": hashlib.sha1(), "sha256": hashlib.sha256()}
    while True:
        block = stream.read(chunk)
        if not block:
            break
        for h in hs.values():
            h.update(block)
    return {k: h.hexdigest() for k, h in hs.items()}


def digest_bytes(data: bytes) -> dict[str, str]:
    return {"md5": hashlib.md5(data).hexdigest(), "sha1": hashlib.sha1(data).hexdigest(),
            "sha256": hashlib.sha256(data).hexdigest()}
