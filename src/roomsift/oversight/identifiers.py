"""Identifier forms the privacy layer finds in free text, beyond the case's own index.

Each finder yields (start, end, namespace, normalised value) spans for `IdentityIndex.scan`.
They are written for what people type, not for what exporters write: phone numbers with
brackets, country codes and spaced hyphens, glued to Korean words or file-name
underscores; Telegram profile links; Telegram user deep links."""

from __future__ import annotations

import re
from typing import Iterator

Span = tuple[int, int, str, str]

_SEP = r"(?:[ \t]*[-.·][ \t]*|[ \t]+|)"  # "-", " - ", ".", spaces, or nothing
_AREA = r"(?:1[016789]|2|[3-6][1-5]|70)"  # Korean mobile prefixes and area codes (without the 0)
_EDGE_L, _EDGE_R = r"(?<![0-9A-Za-z+])", r"(?![0-9A-Za-z])"  # not inside a longer number or a hex digest
PHONE_FORMS = re.compile(
    _EDGE_L + r"(?:"
    # +82 10 1234 5678, 82-10-1234-5678, 0082-10-…, +82 (0)10-…
    rf"(?:\+|00)?82{_SEP}(?:\(0\){_SEP})?0?{_AREA}{_SEP}\d{{3,4}}{_SEP}\d{{4}}"
    # 010-1234-5678, (010)1234-5678, 010 - 1234 - 5678, 02)123-4567
    rf"|\(?0{_AREA}\){_SEP}\d{{3,4}}{_SEP}\d{{4}}|0{_AREA}{_SEP}\d{{3,4}}{_SEP}\d{{4}}"
    # other countries, written with a plus: +1 (415) 555-0100, +44 20 7946 0000
    r"|\+\d{1,3}(?:[ \t.\-]*\(?\d{1,4}\)?){2,5}"
    r")" + _EDGE_R
)
TELEGRAM_LINK = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.)?(?:t|telegram)\.(?:me|dog)/"
    r"(?!(?:joinchat|addstickers|addemoji|share|proxy|socks|c|s)/|\+)@?([A-Za-z][A-Za-z0-9_]{3,31})(?![A-Za-z0-9_])",
    re.IGNORECASE,
)
TELEGRAM_DEEP = re.compile(r"tg://(?:user\?id=(\d{1,20})|resolve\?domain=([A-Za-z][A-Za-z0-9_]{3,31}))", re.IGNORECASE)


def phones(text: str) -> Iterator[Span]:
    for m in PHONE_FORMS.finditer(text):
        raw = m.group(0).rstrip(" \t.-")
        digits = re.sub(r"\D", "", raw)  # as `normalise('phone')`: one pseudonym per written number
        if 8 <= len(digits) <= 15:
            yield m.start(), m.start() + len(raw), "phone", digits


def telegram_links(text: str) -> Iterator[Span]:
    """t.me/<username> (a person's or room's public name) and tg:// user links."""
    for m in TELEGRAM_LINK.finditer(text):
        yield m.start(), m.end(), "username", m.group(1).lower()
    for m in TELEGRAM_DEEP.finditer(text):
        if m.group(1):
            yield m.start(), m.end(), "account", "user" + m.group(1)
        else:
            yield m.start(), m.end(), "username", m.group(2).lower()


def find(text: str, phone_numbers: bool = True) -> list[Span]:
    spans = list(telegram_links(text))
    if phone_numbers:
        spans.extend(phones(text))
    return spans


def casefold_same_length(text: str) -> str:
    """Lower case, one character for one: `İ`.lower() is two characters, which shifted every
    position after it (and once switched case-insensitive matching off altogether)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[0] for ch in text)
