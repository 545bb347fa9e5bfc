"""`extract(text)`: every artifact in a piece of text, in order of position.

Speed matters (a case has millions of messages), so the work is staged: a cheap test
rejects text that cannot hold any artifact (no digit, no '@', no link, no long token);
one compiled expression with an alternative per shape finds candidates left to right;
only candidates go to the checksum and context checks."""

from __future__ import annotations

import re

from roomsift.analysis.artifacts import amounts, crypto, korean
from roomsift.analysis.artifacts.model import (
    AMOUNT,
    BANK_ACCOUNT,
    BTC,
    ETH,
    GIFT_CARD,
    INVITE_LINK,
    MALFORMED,
    PHONE,
    TRX,
    UNCHECKED,
    URL,
    USERNAME,
    XMR,
    Artifact,
)

_B58 = "1-9A-HJ-NP-Za-km-z"
_A = r"(?<![0-9A-Za-z])"  # ASCII token edges (Korean letters around a token are fine)
_Z = r"(?![0-9A-Za-z])"

# Order matters: at one position the first alternative that matches wins. Every artifact
# starts at an ASCII word edge with one of a few characters; testing that first lets the
# engine skip most positions (Korean text, inner letters of words) after one check.
MASTER_RE = re.compile(
    r"(?<![A-Za-z0-9_])(?=[0-9A-Za-z@$₩+])(?:"
    + "|".join(
        [
            r"(?P<tme>(?:https?://)?(?<![\w.])(?:t\.me|telegram\.me|telegram\.dog)/(?:joinchat/|\+)?[A-Za-z0-9_\-]{4,64})",
            r"(?P<url>(?:https?://|(?<![\w.@])www\.)[^\s<>\"'()\[\]{}]+)",
            rf"(?P<eth>{_A}0x[0-9a-fA-F]{{40}}{_Z})",
            rf"(?P<segwit>{_A}(?:bc|tb|BC|TB)1[0-9A-Za-z]{{6,87}}{_Z})",
            rf"(?P<b58>{_A}[{_B58}]{{25,110}}{_Z})",
            rf"(?P<gpin>{_A}[A-Z0-9]{{4}}(?:-[A-Z0-9]{{4}}){{3,4}}{_Z})",
            # Digit groups with one consistent separator ("062446-10-280109 50만원" stops at the space).
            r"(?P<digits>(?<!\d)(?<!\d[,.])(?=[\d\-. +]{9})(?:\+82[-\s]?)?\d+(?:(?P<sep>[-. ])\d+(?:(?P=sep)\d+)*)?(?!\d|[,.]\d))",
            amounts.AMOUNT_PATTERN,
            r"(?P<user>(?<![\w.@/])@[A-Za-z][A-Za-z0-9_]{3,31}(?![\w@]))",
        ]
    )
    + ")",
    re.IGNORECASE,
)
# Everything above needs a digit, '@', a link or (Tron without digits) a long token.
_QUICK_RE = re.compile(r"[0-9@$₩]|t\.me|://|www\.")
_LONG_TOKEN_RE = re.compile(rf"[{_B58}]{{33}}")


class _Prefilter:
    """`PREFILTER_RE.search(text)`: can this text hold an artifact? Two cheap scans, the
    long-token one only on texts long enough to hold a 34-character address."""

    @staticmethod
    def search(text: str):
        return _QUICK_RE.search(text) or (len(text) >= 34 and _LONG_TOKEN_RE.search(text))


PREFILTER_RE = _Prefilter()

_DIGIT_GROUPS = re.compile(r"\d+")
_GIFT_DIGITS = re.compile(r"\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?:\d{2})?|\d{16}|\d{18}")
_PHONE_FULL = re.compile(rf"(?:{korean.PHONE_RE.pattern})")
_MIXED = re.compile(r"(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z])")


def extract(text: str) -> list[Artifact]:
    if not text or not PREFILTER_RE.search(text):
        return []
    found: list[Artifact] = []
    for m in MASTER_RE.finditer(text):
        kind = m.lastgroup
        if kind in ("tme",):
            found.append(_invite(m))
        elif kind == "url":
            raw = m.group().rstrip(".,!?;:")
            found.append(Artifact(URL, raw.lower() if raw.startswith("www.") else raw, raw, m.start(), m.start() + len(raw)))
        elif kind == "eth":
            found.append(_checked(ETH, crypto.eth, m))
        elif kind == "segwit":
            found.append(_checked(BTC, crypto.btc_segwit, m))
        elif kind == "b58":
            art = _base58(m)
            if art:
                found.append(art)
        elif kind == "gpin":
            if any(c.isalpha() for c in m.group()):
                art = _google_pin(text, m)
                if art:
                    found.append(art)
            else:
                found.extend(_digits(text, m))
        elif kind == "digits":
            found.extend(_digits(text, m))
        elif kind == "user":
            raw = m.group()
            found.append(Artifact(USERNAME, raw[1:].lower(), raw, m.start(), m.end()))
        else:
            art = _amount(m)
            if art:
                found.append(art)
    return found


def _checked(kind, check, m: re.Match) -> Artifact:
    validity, value, detail = check(m.group())
    return Artifact(kind, value, m.group(), m.start(), m.end(), validity, dict(detail))


def _invite(m: re.Match) -> Artifact:
    raw = m.group()
    path = raw.split("/", 3)[-1] if "://" in raw else raw.split("/", 1)[1]
    private = path.startswith(("joinchat/", "+"))
    code = path.split("/", 1)[1] if path.startswith("joinchat/") else path.lstrip("+")
    value = f"t.me/+{code}" if private else f"t.me/{code.lower()}"
    return Artifact(INVITE_LINK, value, raw, m.start(), m.end(), UNCHECKED, {"private": private})


def _base58(m: re.Match) -> Artifact | None:
    token = m.group()
    n = len(token)
    first = token[0]
    if first in "13" and 26 <= n <= 35:
        return _checked(BTC, crypto.btc_base58, m)
    if first in "mn2" and 26 <= n <= 35 and _MIXED.match(token):
        art = _checked(BTC, crypto.btc_base58, m)
        return art if art.validity != MALFORMED else None  # testnet shapes: only when they validate
    if first == "T" and n == 34:
        art = _checked(TRX, crypto.tron, m)
        # A long word without digits is only a Tron address if its checksum says so.
        return art if art.validity != MALFORMED or _MIXED.match(token) else None
    if first in "48" and n in (95, 106):
        return _checked(XMR, crypto.monero, m)
    return None


def _google_pin(text: str, m: re.Match) -> Artifact | None:
    raw = m.group()
    if not any(c.isdigit() for c in raw):
        return None
    brand = korean.find_gift_brand(text, m.start(), m.end())
    if brand != "Google Play":
        return None
    return Artifact(GIFT_CARD, raw.upper().replace("-", ""), raw, m.start(), m.end(), UNCHECKED, {"brand": brand})


def _digits(text: str, m: re.Match) -> list[Artifact]:
    raw = m.group().strip()
    start = m.start() + (len(m.group()) - len(m.group().lstrip()))
    end = start + len(raw)
    if len(re.sub(r"\D", "", raw)) < 9:
        am = amounts.AMOUNT_RE.match(text, m.start())
        art = _amount(am) if am else None
        return [art] if art else []
    if _GIFT_DIGITS.fullmatch(raw):
        brand = korean.find_gift_brand(text, start, end)
        if brand and brand != "Google Play":
            return [Artifact(GIFT_CARD, re.sub(r"\D", "", raw), raw, start, end, UNCHECKED, {"brand": brand})]
    bank = korean.find_bank(text, start, end)
    phone = _PHONE_FULL.fullmatch(raw)
    if bank and ("-" in raw and korean.bank_format_ok(bank, raw) or not phone):
        digits = re.sub(r"\D", "", raw)
        if len(digits) < 10:
            return []
        if korean.bank_format_ok(bank, raw):
            return [Artifact(BANK_ACCOUNT, f"{bank}:{digits}", raw, start, end, UNCHECKED, {"bank": bank})]
        return [Artifact(BANK_ACCOUNT, f"{bank}:{digits}", raw, start, end, MALFORMED,
                         {"bank": bank, "reason": f"digit grouping fits no {bank} account format"})]
    if phone:
        return [Artifact(PHONE, korean.normalise_phone(raw), raw, start, end)]
    if _GIFT_DIGITS.fullmatch(raw):
        return [Artifact(GIFT_CARD, re.sub(r"\D", "", raw), raw, start, end, UNCHECKED, {"brand": "unknown"})]
    # Not an identifier: maybe money written with a following unit ("150000 원").
    am = amounts.AMOUNT_RE.match(text, m.start())
    if am:
        art = _amount(am)
        return [art] if art else []
    return []


def _amount(m: re.Match) -> Artifact | None:
    parsed = amounts.parse(m)
    if parsed is None:
        return None
    value, currency = parsed
    raw = m.group().strip()
    text_value = f"{value:.8f}".rstrip("0").rstrip(".")
    return Artifact(AMOUNT, f"{text_value} {currency}", raw, m.start(), m.start() + len(raw), UNCHECKED,
                    {"amount": value, "currency": currency})
