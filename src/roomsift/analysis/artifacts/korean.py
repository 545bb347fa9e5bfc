"""Korean banks, phone numbers and gift-card PINs: formats and the words that name them.

Korean account numbers carry no public checksum, so a bank account is reported only when
a bank is named within a few characters of the number, and it is `malformed` when the
number's digit grouping or length fits none of that bank's formats."""

from __future__ import annotations

import re

# Bank → (aliases as written in chats, accepted digit groupings). Groupings are the
# dash-separated group lengths banks print; an undashed number must match one total length.
BANKS: dict[str, tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]] = {
    "국민": (("국민은행", "국민", "KB국민", "KB", "kb"), ((6, 2, 6), (3, 2, 4, 3), (4, 2, 4, 3))),
    "신한": (("신한은행", "신한"), ((3, 3, 6), (3, 2, 6))),
    "우리": (("우리은행", "우리"), ((4, 3, 6), (3, 6, 2, 3))),
    "하나": (("하나은행", "하나", "KEB하나"), ((3, 6, 5), (3, 6, 3, 2))),
    "농협": (("농협은행", "농협", "NH농협", "NH", "nh"), ((3, 4, 4, 2), (6, 2, 6), (3, 2, 6))),
    "기업": (("기업은행", "IBK기업", "IBK", "기업"), ((3, 6, 2, 3), (3, 2, 6, 3))),
    "카카오뱅크": (("카카오뱅크", "카뱅", "카카오"), ((4, 2, 7),)),
    "토스뱅크": (("토스뱅크", "토스"), ((4, 4, 4),)),
    "케이뱅크": (("케이뱅크", "K뱅크", "케뱅"), ((3, 3, 6),)),
    "SC제일": (("SC제일은행", "SC제일", "제일은행", "SC"), ((3, 2, 6),)),
    "우체국": (("우체국",), ((6, 2, 6),)),
    "새마을금고": (("새마을금고", "새마을"), ((4, 2, 6, 1), (4, 4, 4, 1))),
    "수협": (("수협은행", "수협"), ((3, 2, 6), (4, 4, 4))),
    "씨티": (("씨티은행", "씨티", "한국씨티"), ((3, 6, 3), (3, 5, 3))),
    "부산": (("부산은행",), ((3, 4, 4, 2),)),
    "대구": (("대구은행", "iM뱅크"), ((3, 2, 6, 1),)),
}

_ALIAS_TO_BANK = {alias: bank for bank, (aliases, _) in BANKS.items() for alias in aliases}
# Longest alias first so "카카오뱅크" wins over "카카오". ASCII aliases need word edges.
_alias_parts = []
for alias in sorted(_ALIAS_TO_BANK, key=len, reverse=True):
    esc = re.escape(alias)
    _alias_parts.append(rf"(?<![A-Za-z]){esc}(?![A-Za-z])" if alias.isascii() else esc)
BANK_NAME_RE = re.compile("|".join(_alias_parts))

BANK_WINDOW = 24  # characters either side of the number in which a bank name counts


def find_bank(text: str, start: int, end: int) -> str | None:
    """The bank named nearest to text[start:end], within BANK_WINDOW characters."""
    lo, hi = max(0, start - BANK_WINDOW), min(len(text), end + BANK_WINDOW)
    best, best_dist = None, None
    for m in BANK_NAME_RE.finditer(text, lo, hi):
        dist = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
        if best_dist is None or dist < best_dist:
            best, best_dist = _ALIAS_TO_BANK[m.group()], dist
    return best


def bank_format_ok(bank: str, raw: str) -> bool:
    groups = tuple(len(g) for g in re.split(r"[-\s]", raw) if g)
    formats = BANKS[bank][1]
    if len(groups) == 1:
        return groups[0] in {sum(f) for f in formats}
    return groups in formats


# Phones: mobile 010/011/016-019, Seoul 02, regional 0[3-6]x, 070 internet phones.
PHONE_RE = re.compile(
    r"(?:\+82[-\s]?|0)(?:1[016789]|2|[3-6][1-5]|70)[-\s.]?\d{3,4}[-\s.]?\d{4}"
)


def normalise_phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("82"):
        digits = "0" + digits[2:]
    if digits.startswith("02"):
        area, rest = digits[:2], digits[2:]
    else:
        area, rest = digits[:3], digits[3:]
    return f"{area}-{rest[:-4]}-{rest[-4:]}"


# Gift cards: brand words, then PIN shapes. Culture Land (문화상품권) and Happy Money PINs
# are 16 digits (4-4-4-4; newer Culture Land PINs 4-4-4-6), Book&Life (북앤라이프 /
# 도서문화상품권) 16 digits, Google Play codes 16-20 letters and digits.
GIFT_BRANDS = {
    "문화상품권": ("문화상품권", "문상", "컬쳐랜드", "컬처랜드", "culture land", "cultureland"),
    "해피머니": ("해피머니", "해피 머니", "happy money", "happymoney"),
    "북앤라이프": ("북앤라이프", "도서문화상품권", "도서상품권", "북앤", "book&life", "booknlife"),
    "Google Play": ("구글플레이", "구글 플레이", "구플", "기프트카드", "google play", "googleplay", "구글"),
}
_BRAND_ALIAS = {a: b for b, aliases in GIFT_BRANDS.items() for a in aliases}
GIFT_BRAND_RE = re.compile("|".join(re.escape(a) for a in sorted(_BRAND_ALIAS, key=len, reverse=True)), re.IGNORECASE)
GIFT_WINDOW = 40
DIGIT_PIN_RE = re.compile(r"\d{4}([-\s])\d{4}\1\d{4}\1\d{4}(?:\d{2})?|\d{16}|\d{18}")
GOOGLE_PIN_RE = re.compile(r"[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3,4}|[A-Z0-9]{16}|[A-Z0-9]{20}")


def find_gift_brand(text: str, start: int, end: int) -> str | None:
    lo, hi = max(0, start - GIFT_WINDOW), min(len(text), end + GIFT_WINDOW)
    best, best_dist = None, None
    for m in GIFT_BRAND_RE.finditer(text, lo, hi):
        dist = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
        if best_dist is None or dist < best_dist:
            best, best_dist = _BRAND_ALIAS[m.group().lower()], dist
    return best
