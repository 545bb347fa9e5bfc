"""Shared plumbing of the line-based export formats (KakaoTalk, WhatsApp).

Not a format: this module registers no parser. It gives the text parsers
- streaming line access with the encodings and line endings real exports use;
- stable message ids for exports that have none (see `MessageIds`);
- chat ids derived from titles, and the exporter's own pseudo-account.
"""

from __future__ import annotations

import codecs
import hashlib
import io
from collections.abc import Iterator
from typing import BinaryIO

from roomsift.ingest.compiled import speedups as _fast
from roomsift.ingest.errors import IngestError
from roomsift.ingest.source import ExportSource

HEAD_BYTES = 8192  # what detection reads of a candidate file
_ID_MASK = (1 << 63) - 1
_blake2b = hashlib.blake2b  # message ids are signed 64-bit in the store; keep them positive


class _CountingReader(io.RawIOBase):
    """Byte stream that reports how far it has read (progress bars, error positions)."""

    def __init__(self, raw: BinaryIO, on_read=None):
        self.raw = raw
        self.on_read = on_read
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self.raw.readinto(b)  # type: ignore[attr-defined]
        if n:
            self.consumed += n
            if self.on_read is not None:
                self.on_read(n)
        return n or 0

    def close(self) -> None:
        self.raw.close()
        super().close()


def _encoding_of(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    return "utf-8-sig"


def read_head(source: ExportSource, path: str, size: int = HEAD_BYTES) -> str:
    """The first few KB of a file as text (BOM removed), for format detection. A cut
    multi-byte character at the end is dropped, never an error."""
    with source.open(path) as fh:
        head = fh.read(size)
    enc = _encoding_of(head)
    return head.decode(enc, errors="ignore").lstrip("\ufeff")


def open_text(source: ExportSource, path: str, on_read=None) -> tuple[io.TextIOWrapper, _CountingReader]:
    """Open an export file as text with universal newlines: KakaoTalk's Android export
    mixes CRLF and LF in one file, iOS exports use CRLF."""
    raw = source.open(path)
    counter = _CountingReader(raw, on_read)
    buffered = io.BufferedReader(counter, buffer_size=1 << 20)
    head = buffered.peek(4)[:4]
    text = io.TextIOWrapper(buffered, encoding=_encoding_of(head), errors="strict", newline=None)
    return text, counter


def iter_lines(source: ExportSource, path: str, on_read=None) -> Iterator[tuple[int, str]]:
    """(line number, line without its line ending), streaming. Undecodable bytes become a
    one-line IngestError naming the line. Compiled (`_speedups.NumberedLines`) when built."""
    text, _ = open_text(source, path, on_read)
    where = source.describe(path)
    if _fast is not None:
        return _fast.NumberedLines(text, lambda exc, lineno: _not_utf8(exc, where, lineno))
    return _iter_lines(text, where)


def _iter_lines(text, where: str) -> Iterator[tuple[int, str]]:
    lineno = 0
    try:
        with text:
            for lineno, line in enumerate(text, 1):
                yield lineno, line[:-1] if line.endswith("\n") else line
    except UnicodeDecodeError as exc:
        raise _not_utf8(exc, where, lineno) from None


def _not_utf8(exc: UnicodeDecodeError, where: str, lineno: int) -> IngestError:
    """The error for undecodable bytes after line `lineno`."""
    hint = " (looks like CP949)" if looks_cp949(exc.object[max(exc.start - 64, 0):exc.start + 256]) else f": {exc.reason}"
    return IngestError(f"not UTF-8{hint}; convert it to UTF-8 first", file=where, position=f"line {lineno + 1}")


def looks_cp949(data: bytes) -> bool:
    """Bytes that are not UTF-8 but read as Korean in CP949 (KakaoTalk's legacy encoding)."""
    for cut in range(0, 3):  # the sample may start or end inside a double-byte character
        try:
            text = data[cut:].decode("cp949")
        except UnicodeDecodeError as exc:
            text = data[cut:cut + exc.start].decode("cp949", errors="ignore") if exc.start > len(data) - cut - 2 else ""
        if text and any("\uac00" <= ch <= "\ud7a3" for ch in text):
            return True
    return False


def stable_id(*parts: str) -> int:
    """A deterministic positive 63-bit id from text parts."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & _ID_MASK or 1


class MessageIds:
    """Message ids for exports that carry none (KakaoTalk, WhatsApp text).

    id = hash(local time, sender, text, occurrence), where occurrence counts earlier
    messages of this file with the same (time, sender, text). Ingesting the same export
    twice gives the same ids (idempotent), and a later, overlapping export of the same
    chat gives the overlapping messages the same ids, so they are not stored twice.
    A line number would not survive that: a later export starts at another line.

    Memory stays bounded: occurrence counters are kept per day and dropped once the
    export has moved two days past them. Exports are chronological apart from a few
    stray lines (WhatsApp dates its encryption notice at export time); if a day whose
    counters were dropped comes back, its messages also hash their line number, which
    keeps ids unique at the cost of overlap matching for those few messages.
    """

    KEEP_DAYS = 2

    def __init__(self, scope: str):
        self.scope = scope
        self.days: dict[str, dict[tuple[str, str, str], int]] = {}
        self.dropped: set[str] = set()
        self.latest = ""

    def next(self, time_local: str, sender: str, text: str, lineno: int) -> int:
        day = time_local[:10]
        counts = self.days.get(day)
        if counts is None:
            counts = self.days[day] = {}
            if day > self.latest:
                self.latest = day
                self._expire()
        key = (time_local, sender, text)
        occurrence = counts.get(key, 0)
        counts[key] = occurrence + 1
        if day in self.dropped:
            return stable_id(self.scope, time_local, sender, text, str(occurrence), f"line {lineno}")
        # stable_id(scope, time_local, sender, text, str(occurrence)), inlined: once per message
        data = f"{self.scope}\x1f{time_local}\x1f{sender}\x1f{text}\x1f{occurrence}".encode("utf-8", "surrogatepass")
        return int.from_bytes(_blake2b(data, digest_size=8).digest(), "big") & _ID_MASK or 1

    def _expire(self) -> None:
        if len(self.days) <= self.KEEP_DAYS + 1:
            return
        for day in sorted(self.days)[: -(self.KEEP_DAYS + 1)]:
            del self.days[day]
            self.dropped.add(day)


def exporter_account_id(chat_platform_id: str) -> str:
    """Platform id of the exporting user, who appears only as "You"/"회원님": a distinct
    person per export, never one shared account across exports."""
    return f"exporter-of-{chat_platform_id}"


def nickname_account_id(chat_platform_id: str, name: str) -> str:
    """Platform id of a sender known only by a display name (KakaoTalk nicknames, WhatsApp
    contacts saved by name): scoped by chat, because a nickname is not an identity — the
    same name in two chats is two accounts until evidence links them (analysis/identity)."""
    return f"{chat_platform_id}/{name}"


def title_chat_id(*parts: str) -> str:
    """Chat id for formats without one: a short stable hash of what names the chat."""
    return "t" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
