"""Payment relations: who paid whom, from values that pass between people.

A value that goes from payer to collector says they dealt with each other, never that
they are one person (identity/links.py links only what an account calls its own):

- **gift-card PIN**: only its buyer knows it until it is handed over, so its first
  poster is the payer and every other account that later posts it ("컬쳐랜드 … 확인완료",
  "PIN … 등록 완료") is a collector. A PIN whose only post confirms receipt has a
  collector and no known payer.
- **wallet or bank account**: an account that says it paid ("… 여기로 0.0158 BTC 쐈음",
  "sent to …") paid the accounts that published the value as the place to pay (a price
  list, "계좌는 국민 …") or gave it as their own; failing those, the account that first
  posted the value before anyone paid to it. A proof with no such account in the case is
  a relation to an unidentified collector.

Relations are computed from the stored artifact scan (artifacts/scan.py) on request; the
amount is the largest one stated in the payer's message, if any."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection

from roomsift.analysis.artifacts import bulk
from roomsift.analysis.artifacts.context import ASK, OFFER, PROOF
from roomsift.analysis.artifacts.model import AMOUNT, GIFT_CARD, PAYMENT_KINDS

# Receipt confirmed by whoever got the value.
_CONFIRM = re.compile(r"확인\s?완료|확인됨|확인\s?함|정상|등록\s?완료|들어옴|들어왔|받았|수령|\b(?:received|confirmed|got\s+it)\b", re.IGNORECASE)
GIFT_PIN = "PIN posted by the payer, then by the collector"
PAID_TO_PUBLISHED = "says they paid to a value the collector published or gave as their own"
PAID_UNKNOWN = "says they paid; no account in the case published the value"
PIN_RECEIPT_ONLY = "PIN posted only as received"


@dataclass
class PaymentRelation:
    payer: int | None  # account id (None: not in the case)
    collectors: list[int]  # account ids; empty: not identified in the case
    kind: str
    value: str
    amount: str | None  # normalised ("150000 KRW"), the largest stated in the payer's message
    chat: int  # where the payment is evidenced (the payer's message, else the first receipt)
    time: int | None
    how: str
    messages: list[int] = field(default_factory=list)  # the payer's message first, then the collectors'


@dataclass(slots=True)
class _Post:
    id: int
    message: int
    chat: int
    account: int | None
    time: int | None
    context: str
    own: bool


def relations(conn: Connection) -> list[PaymentRelation]:
    kinds = ", ".join(f"'{k}'" for k in PAYMENT_KINDS)
    sql = (f"SELECT id, message_id, chat_id, account_id, time_utc, kind, value, context, detail FROM artifacts "
           f"WHERE validity != 'malformed' AND source = 'text' AND kind IN ({kinds}) ORDER BY time_utc, id")
    groups: dict[tuple[str, str], list[_Post]] = defaultdict(list)
    for aid, mid, chat, acc, time, kind, value, context, detail in bulk.rows(conn, sql):
        if isinstance(detail, str):
            detail = json.loads(detail) if detail else {}
        groups[(kind, value)].append(_Post(aid, mid, chat, acc, time, context, bool(detail and detail.get("own"))))
    pin_messages = [p.message for (kind, _), posts in groups.items() if kind == GIFT_CARD for p in posts]
    confirms = _confirming(conn, pin_messages)
    out: list[PaymentRelation] = []
    for (kind, value), posts in groups.items():
        if kind == GIFT_CARD:
            out.extend(_pin(kind, value, posts, confirms))
        else:
            out.extend(_paid_to(kind, value, posts))
    _amounts(conn, out)
    return sorted(out, key=lambda r: (r.time is None, r.time or 0, r.messages))


def _pin(kind: str, value: str, posts: list[_Post], confirms: set[int]) -> list[PaymentRelation]:
    first = posts[0]
    later = [p for p in posts[1:] if p.account != first.account]
    if not later:
        if first.message in confirms:
            return [PaymentRelation(None, _ids([first]), kind, value, None, first.chat, first.time, PIN_RECEIPT_ONLY, [first.message])]
        return [PaymentRelation(first.account, [], kind, value, None, first.chat, first.time, PAID_UNKNOWN, [first.message])]
    return [PaymentRelation(first.account, _ids(later), kind, value, None, first.chat, first.time, GIFT_PIN,
                            [first.message] + _msgs(later))]


def _paid_to(kind: str, value: str, posts: list[_Post]) -> list[PaymentRelation]:
    receivers = [p for p in posts if p.own or p.context == OFFER]
    if not receivers:
        # Nobody offered it in so many words: whoever first posted the value before anyone
        # paid to it published it ("계좌로 할 거면 농협 …", "이더 됨. 0x… 여기로").
        payers = {p.account for p in posts if p.context == PROOF}
        first = next((p for p in posts if p.context not in (PROOF, ASK)), None)
        first_proof = next((p for p in posts if p.context == PROOF), None)
        if first and first.account not in payers and (first_proof is None or (first.time or 0) <= (first_proof.time or 0)):
            receivers = [first]
    receiver_ids = set(_ids(receivers))
    out = []
    for p in posts:
        if p.context != PROOF or p.own or p.account is None or p.account in receiver_ids:
            continue
        if receivers:
            out.append(PaymentRelation(p.account, _ids(receivers), kind, value, None, p.chat, p.time, PAID_TO_PUBLISHED,
                                       [p.message] + _msgs(receivers)[:3]))
        else:
            out.append(PaymentRelation(p.account, [], kind, value, None, p.chat, p.time, PAID_UNKNOWN, [p.message]))
    return out


def _ids(posts: list[_Post]) -> list[int]:
    seen: list[int] = []
    for p in posts:
        if p.account is not None and p.account not in seen:
            seen.append(p.account)
    return seen


def _msgs(posts: list[_Post]) -> list[int]:
    return list(dict.fromkeys(p.message for p in posts))


def _confirming(conn: Connection, message_ids: list[int]) -> set[int]:
    out: set[int] = set()
    for i in range(0, len(message_ids), 900):
        chunk = message_ids[i:i + 900]
        sql = f"SELECT id, text FROM messages WHERE id IN ({', '.join('?' for _ in chunk)})"
        out.update(mid for mid, text in bulk.rows(conn, sql, tuple(chunk)) if text and _CONFIRM.search(text))
    return out


def _amounts(conn: Connection, rels: list[PaymentRelation]) -> None:
    """The largest amount stated in each payer's message (by number within one currency;
    the first currency written wins when a message states two)."""
    wanted = {r.messages[0] for r in rels if r.payer is not None}
    best: dict[int, tuple[str, float, str]] = {}
    ids = list(wanted)
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        sql = (f"SELECT message_id, value, detail FROM artifacts WHERE kind = '{AMOUNT}' AND message_id IN "
               f"({', '.join('?' for _ in chunk)}) ORDER BY id")
        for mid, value, detail in bulk.rows(conn, sql, tuple(chunk)):
            if isinstance(detail, str):
                detail = json.loads(detail) if detail else {}
            amount, currency = float(detail.get("amount", 0)), detail.get("currency", "")
            cur = best.get(mid)
            if cur is None or (cur[2] == currency and amount > cur[1]):
                best[mid] = (value, amount, currency)
    for r in rels:
        if r.payer is not None and r.messages[0] in best:
            r.amount = best[r.messages[0]][0]
