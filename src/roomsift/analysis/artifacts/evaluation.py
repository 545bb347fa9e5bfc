"""A labelled artifact corpus and its scoring: precision and recall of `extract`.

Each message embeds known artifacts (generated valid addresses of every kind, corrupted
ones, Korean bank accounts, phones, gift-card PINs, amounts, links, usernames) in Korean
or English phrasing, among distractors that must yield nothing (dates, times, counts,
order numbers, long words, e-mail addresses). Truth is (kind, value, validity) per
message; an extracted artifact counts as correct when all three match."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

import base58
from bech32m import encode as segwit_encode

from roomsift.analysis.artifacts.crypto import eip55_checksum
from roomsift.analysis.artifacts.extract import extract
from roomsift.analysis.artifacts.model import CHECKSUM_KINDS, MALFORMED, UNCHECKED, VALID

DISTRACTORS = [
    "2021년 3월 5일 오후 3시", "방 3개 10명", "주문번호 20210305-1234", "5만명이 봤대", "ThisIsAVeryLongWordWithoutDigitsAtAll",
    "me@example.com 으로 메일", "v2.3.1 업데이트", "3:45 PM", "ㅋㅋㅋㅋ", "room 12 opens at 9", "1,234 views", "오늘 2시간 남음",
]


@dataclass
class Sample:
    text: str
    truth: set[tuple[str, str, str]]


def _monero(rng: random.Random, netbyte: int, extra: bytes = b"") -> str:
    from Crypto.Hash import keccak
    from monero import base58 as xmr_b58

    body = bytes([netbyte]) + rng.randbytes(64) + extra
    return xmr_b58.encode((body + keccak.new(digest_bits=256, data=body).digest()[:4]).hex())


def _corrupt(rng: random.Random, addr: str, alphabet: str) -> str:
    pos = rng.randrange(5, len(addr) - 1)
    return addr[:pos] + rng.choice([c for c in alphabet if c != addr[pos]]) + addr[pos + 1:]


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _artifact(rng: random.Random) -> tuple[str, tuple[str, str, str]]:
    """(text fragment, truth) for one artifact."""
    key = rng.randbytes(32)
    kind = rng.choice(["btc58", "btc32", "btc32m", "eth", "eth_lower", "trx", "xmr", "xmr_sub", "bad", "bank", "phone", "pin", "amount", "invite", "user"])
    if kind == "btc58":
        a = base58.b58encode_check(rng.choice([b"\x00", b"\x05"]) + key[:20]).decode()
        return a, ("btc", a, VALID)
    if kind in ("btc32", "btc32m"):
        a = segwit_encode("bc", 0, key[:20]) if kind == "btc32" else segwit_encode("bc", 1, key)
        return a, ("btc", a, VALID)
    if kind == "eth":
        a = "0x" + eip55_checksum(key[:20].hex())
        return a, ("eth", a.lower(), VALID if a[2:] not in (a[2:].lower(), a[2:].upper()) else UNCHECKED)
    if kind == "eth_lower":
        a = "0x" + key[:20].hex()
        return a, ("eth", a, UNCHECKED)
    if kind == "trx":
        a = base58.b58encode_check(b"\x41" + key[:20]).decode()
        return a, ("trx", a, VALID)
    if kind in ("xmr", "xmr_sub"):
        a = _monero(rng, 18 if kind == "xmr" else 42)
        return a, ("xmr", a, VALID)
    if kind == "bad":
        a = base58.b58encode_check(b"\x00" + key[:20]).decode()
        bad = _corrupt(rng, a, B58)
        return bad, ("btc", bad, MALFORMED)
    if kind == "bank":
        bank, groups = rng.choice([("국민", (6, 2, 6)), ("신한", (3, 3, 6)), ("우리", (4, 3, 6)), ("카카오뱅크", (4, 2, 7)), ("토스뱅크", (4, 4, 4)), ("농협", (3, 4, 4, 2))])
        digits = [str(rng.randrange(10 ** (g - 1), 10 ** g)) for g in groups]
        return f"{bank} {'-'.join(digits)}", ("bank_account", f"{bank}:{''.join(digits)}", UNCHECKED)
    if kind == "phone":
        mid, last = rng.randrange(2000, 9999), rng.randrange(1000, 9999)
        return rng.choice([f"010-{mid}-{last}", f"010{mid}{last}", f"+82 10 {mid} {last}"]), ("phone", f"010-{mid}-{last}", UNCHECKED)
    if kind == "pin":
        groups = [str(rng.randrange(1000, 9999)) for _ in range(4)]
        brand, word = rng.choice([("문화상품권", "문상"), ("해피머니", "해피머니"), ("북앤라이프", "북앤라이프")])
        return f"{word} 핀 {'-'.join(groups)}", ("gift_card", "".join(groups), UNCHECKED)
    if kind == "amount":
        n = rng.randrange(1, 99)
        text, value = rng.choice([(f"{n}만원", f"{n * 10000} KRW"), (f"{n},000원", f"{n * 1000} KRW"), (f"0.0{n % 9 + 1} BTC", f"0.0{n % 9 + 1} BTC"), (f"${n}", f"{n} USD")])
        return text, ("amount", value, UNCHECKED)
    if kind == "invite":
        code = hashlib.sha256(key).hexdigest()[:16]
        return f"https://t.me/+{code}", ("invite_link", f"t.me/+{code}", UNCHECKED)
    name = "u" + hashlib.sha256(key).hexdigest()[:8]
    return f"@{name}", ("username", name, UNCHECKED)


TEMPLATES = ["입장료는 {a} 로", "send to {a} please", "{a} 입니다", "확인: {a}, 감사", "{d} / {a}", "{a} ({d})", "주소 {a}\n{d}"]


def generate(n: int = 3000, seed: int = 1) -> list[Sample]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 0.2:
            out.append(Sample(rng.choice(DISTRACTORS), set()))
            continue
        frag, truth = _artifact(rng)
        out.append(Sample(rng.choice(TEMPLATES).format(a=frag, d=rng.choice(DISTRACTORS)), {truth}))
    return out


def score(samples: list[Sample]) -> dict[str, float]:
    tp = fp = fn = 0
    valid_reported = valid_wrong = 0
    for s in samples:
        got = {(a.kind, a.value, a.validity) for a in extract(s.text)}
        tp += len(got & s.truth)
        fp += len(got - s.truth)
        fn += len(s.truth - got)
        for kind, value, validity in got:
            if kind in CHECKSUM_KINDS and validity == VALID:
                valid_reported += 1
                valid_wrong += (kind, value, validity) not in s.truth
    return {
        "samples": len(samples),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "valid_checksum_reported": valid_reported,
        "valid_checksum_precision": (valid_reported - valid_wrong) / valid_reported if valid_reported else 1.0,
    }
