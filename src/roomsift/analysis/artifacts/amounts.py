"""Amounts of money as people write them in Korean and English chats.

"15만원" (150,000 KRW), "150,000원", "1.55 million won", "5만" (a bare 만 count is KRW in
price talk), "0.01 BTC", "$50", "50달러", "3억". Each becomes (number, currency)."""

from __future__ import annotations

import re

# Currency words → ISO-like code.
CURRENCIES = {
    "원": "KRW", "won": "KRW", "krw": "KRW", "₩": "KRW",
    "btc": "BTC", "비트": "BTC", "비트코인": "BTC", "xbt": "BTC",
    "eth": "ETH", "이더": "ETH", "이더리움": "ETH",
    "xmr": "XMR", "모네로": "XMR",
    "usdt": "USDT", "테더": "USDT",
    "trx": "TRX", "트론": "TRX",
    "usd": "USD", "dollar": "USD", "dollars": "USD", "달러": "USD", "불": "USD", "$": "USD",
}
KOREAN_UNITS = {"천": 1_000, "만": 10_000, "천만": 10_000_000, "억": 100_000_000}
ENGLISH_UNITS = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mil": 1_000_000, "million": 1_000_000, "billion": 1_000_000_000}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CUR_WORDS = sorted((c for c in CURRENCIES if c not in ("$", "₩")), key=len, reverse=True)
_CUR = "|".join(re.escape(c) for c in _CUR_WORDS)

# One expression for all notations; the groups say which one matched.
AMOUNT_PATTERN = (
    rf"(?:(?P<sym>[$₩])\s?(?P<snum>{_NUM})\s?(?P<sunit>k|K|million|m(?![a-z]))?(?![\w.]))"
    rf"|(?:(?P<num>{_NUM})\s?(?:(?P<kunit>(?:천만|억|만|천)(?:\s?\d+\s?(?:천만|억|만|천))*)|(?P<eunit>thousand|million|billion|k|K)(?![a-z]))?\s?"
    # 원 starting a longer word is not the currency: "M-17 원본" (the original), "원래", "원룸".
    rf"(?:(?P<cur>{_CUR})(?![a-zA-Z])(?<!원(?=본|래|룸|작|격|칙|하는|하시))|(?P<bare>(?<=[만억])(?![명개회건번시분초년일원배권장]|\w)))"
    rf")"
)
AMOUNT_RE = re.compile(AMOUNT_PATTERN, re.IGNORECASE)
_KUNIT_PART = re.compile(r"(\d*)\s?(천만|억|만|천)")


def parse(match: re.Match) -> tuple[float, str] | None:
    """(amount, currency) from an AMOUNT_RE match, or None if it is not money."""
    g = match.groupdict()
    if g["sym"]:
        value = float(g["snum"].replace(",", ""))
        unit = (g["sunit"] or "").lower()
        value *= ENGLISH_UNITS.get(unit, 1)
        return value, CURRENCIES[g["sym"]]
    value = float(g["num"].replace(",", ""))
    if g["kunit"]:
        # "1억 5천만" style: the first number times its unit, plus each further part.
        parts = _KUNIT_PART.findall(g["kunit"])
        total = value * KOREAN_UNITS[parts[0][1]]
        for digits, unit in parts[1:]:
            total += float(digits or 1) * KOREAN_UNITS[unit]
        value = total
    elif g["eunit"]:
        value *= ENGLISH_UNITS[g["eunit"].lower()]
    if g["cur"]:
        return value, CURRENCIES[g["cur"].lower()]
    if g["bare"] is not None and g["kunit"]:
        return value, "KRW"
    return None
