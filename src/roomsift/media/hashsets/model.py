"""Records shared by the hash-set formats."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roomsift.errors import UserError


class HashSetError(UserError):
    """A hash-set file that cannot be read; the message names file and line."""


@dataclass
class Entry:
    kind: str  # md5 | sha1 | sha256 | pdq | vpdq
    value: str  # normalised
    ext_id: str | None = None
    category: str | None = None
    quality: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Parsed:
    format: str
    entries: list[Entry]
    scheme: str | None = None  # category scheme the file declares, if any
    skipped: dict[str, int] = field(default_factory=dict)  # signal kinds we do not match, with counts


def normalise(kind: str, value: str, where: str) -> str:
    from roomsift.media.signals import signal_type

    try:
        return signal_type(kind).normalise(value)
    except ValueError as exc:
        raise HashSetError(f"{where}: {exc}") from None


def digest_kind(value: str) -> str | None:
    """md5/sha1/sha256 by the length of a hex digest."""
    return {32: "md5", 40: "sha1", 64: "sha256"}.get(len(value.strip()))
