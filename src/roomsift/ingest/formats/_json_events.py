"""Helpers for formats read as a JSON event stream (ijson): build one value at a time, so
a large array is never held whole. Shared by the Telegram and Discord parsers."""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from typing import TYPE_CHECKING

import ijson

from roomsift.ingest.errors import IngestError

if TYPE_CHECKING:
    import numpy as np


def build_value(events, location: str, first: tuple[str, Any] | None = None) -> Any:
    """Build the next complete JSON value from the event stream (`first`: its opening
    event, when the caller has already read it)."""
    builder = ijson.common.ObjectBuilder()
    event, value = first if first else next(events)[1:]
    builder.event(event, value)
    if event not in ("start_map", "start_array"):
        return value
    depth = 1
    for _, event, value in events:
        builder.event(event, value)
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                break
    return builder.value


# -- nesting depth ----------------------------------------------------------------------------
# Real exports nest a few levels (Telegram's text entities: 5; Discord: 6). Streaming JSON
# parsers keep a path per open level, so memory grows with the square of the depth (a
# 200 KB file nested 100,000 deep used 24 GB); the guard refuses such files before the parser
# sees the bytes that go too deep.
MAX_JSON_DEPTH = 100

_QUOTE, _BACKSLASH = ord('"'), ord("\\")
_np = None  # numpy, imported by the first guard: text-format ingests never load it (~0.1 s, issue 13)
_STEP = None


def _numpy():
    global _np, _STEP
    if _np is None:
        import numpy

        step = numpy.zeros(256, dtype=numpy.int8)
        step[list(b"[{")] = 1
        step[list(b"]}")] = -1
        _np, _STEP = numpy, step
    return _np


class DepthGuard(io.RawIOBase):
    """A byte stream that raises a one-line IngestError as soon as the JSON passing through
    it opens more than `limit` levels. Brackets inside strings do not count. Vectorised
    (numpy over each chunk: quotes, escapes, brackets), so it keeps pace with the parsers."""

    def __init__(self, raw: BinaryIO, location: str, limit: int = MAX_JSON_DEPTH):
        _numpy()
        self.raw = raw
        self.location = location
        self.limit = limit
        self.depth = 0
        self.in_string = 0  # the last chunk ended inside a string
        self.backslashes = 0  # ...after this many backslashes
        self.offset = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        if data:
            self._scan(data)
            self.offset += len(data)
        return data

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()

    def _unescaped(self, arr: np.ndarray, quotes: np.ndarray) -> np.ndarray:
        """Drop quotes preceded by an odd run of backslashes (counting the last chunk's)."""
        np = _np
        cand = _after_backslash(arr, quotes, self.backslashes)
        if not cand.size:
            return quotes
        run = np.zeros(cand.size, dtype=np.int64)
        alive = np.ones(cand.size, dtype=bool)
        k = 1
        while alive.any():  # one pass per backslash of the longest run (usually one or two)
            pos = cand - k
            inside = pos >= 0
            is_bs = np.zeros(cand.size, dtype=bool)
            is_bs[inside] = arr[pos[inside]] == _BACKSLASH
            run[alive & ~inside] += self.backslashes
            alive &= inside & is_bs
            run[alive] += 1
            k += 1
        escaped = cand[run % 2 == 1]
        return np.delete(quotes, np.searchsorted(quotes, escaped)) if escaped.size else quotes

    def _scan(self, data: bytes) -> None:
        np = _np
        arr = np.frombuffer(data, dtype=np.uint8)
        quotes = self._unescaped(arr, np.flatnonzero(arr == _QUOTE))
        brackets = np.flatnonzero((arr == 91) | (arr == 93) | (arr == 123) | (arr == 125))  # [ ] { }
        if brackets.size:
            inside = (np.searchsorted(quotes, brackets) + self.in_string) & 1
            steps = np.where(inside == 0, _STEP[arr[brackets]], 0).astype(np.int64)
            profile = np.cumsum(steps)
            if self.depth + int(profile.max()) > self.limit:
                where = self.offset + int(brackets[np.argmax(profile + self.depth > self.limit)])
                raise IngestError(f"JSON nested deeper than {self.limit} levels; refusing a corrupt or hostile export",
                                  file=self.location, position=f"byte {where:,}")
            self.depth += int(profile[-1])
        self.in_string = (self.in_string + int(quotes.size)) & 1
        tail = len(data) - len(data.rstrip(b"\\"))
        self.backslashes = tail + (self.backslashes if tail == len(data) else 0)


def _after_backslash(arr: np.ndarray, quotes: np.ndarray, carried: int) -> np.ndarray:
    """Quotes directly preceded by a backslash (at the chunk start: by a carried one)."""
    before = arr[_np.maximum(quotes - 1, 0)] == _BACKSLASH
    before[quotes == 0] = carried > 0
    return quotes[before]


def open_json(source, path: str) -> "DepthGuard":
    """Open an export's JSON file behind the depth guard."""
    return DepthGuard(source.open(path), source.describe(path))
