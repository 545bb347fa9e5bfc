"""Payment relations: who paid whom, from values that pass between people.

A value that goes from payer to collector says they dealt with each other, never that
they are one person (identity/links.py links only what an account calls its own):

- **gift-card PIN**: only its buyer knows it until it is handed over. An account that
  posts it with words of receipt ("컬쳐랜드 … 확인완료", "PIN … 등록 완료", "… 정상") is a
  collector; every other account that posts it hands it over (the payer, perhaps from
  two accounts) and paid those collectors. A PIN posted only as received has a collector
  and no known payer.
- **wallet or bank account**: an account that says it paid ("… 여기로 0.0158 BTC 쐈음",
  "sent to …") paid the accounts that published the value as the place to pay (a price
  list, "계좌는 국민 …") or gave it as their own; failing those, the account that first
  posted the value before anyone paid to it.
- A payment with no collector found that way, sent in a chat where only two accounts
  write, went to the other one; otherwise its collector is unidentified.

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
GIFT_PIN = "PIN handed over, then confirmed as received by the collector"
PAID_TO_PUBLISHED = "says they paid to a value the collector published or gave as their own"
PAID_UNKNOWN = "says they paid; no account in the case published the value"
PIN_RECEIPT_ONLY = "PIN posted only as received"
PIN_UNCONFIRMED = "PIN handed over; nobody in the case confirmed receiving it"
PAID_IN_PAIR = "sent in a two-person chat to the other participant"


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
    partner = _pair_partners(conn)
    out: list[PaymentRelation] = []
    for (kind, value), posts in groups.items():
        if kind == GIFT_CARD:
            out.extend(_pin(kind, value, posts, confirms, partner))
        else:
            out.extend(_paid_to(kind, value, posts, partner))
    _amounts(conn, out)
    return sorted(out, key=lambda r: (r.time is None, r.time or 0, r.messages))


def _pin(kind: str, value: str, posts: list[_Post], confirms: set[int], partner: dict[tuple[int, int], int]) -> list[PaymentRelation]:
    receipts = [p for p in posts if p.message in confirms]
    collectors = _ids(receipts)
    # Everyone else who posts the PIN hands it over (the same person may do so from two
    # accounts, or twice): never a collector without words of receipt.
    senders = [p for p in posts if p.message not in confirms and p.account not in collectors]
    if not senders:
        return [PaymentRelation(None, collectors, kind, value, None, receipts[0].chat, receipts[0].time, PIN_RECEIPT_ONLY, _msgs(receipts))]
    out = []
    for p in senders:
        to = collectors or _partner(p, partner)
        how = GIFT_PIN if collectors else PAID_IN_PAIR if to else PIN_UNCONFIRMED
        out.append(PaymentRelation(p.account, to, kind, value, None, p.chat, p.time, how, [p.message] + _msgs(receipts)))
    return out


def _partner(p: _Post, partner: dict[tuple[int, int], int]) -> list[int]:
    other = partner.get((p.chat, p.account)) if p.account is not None else None
    return [other] if other is not None else []


def _paid_to(kind: str, value: str, posts: list[_Post], partner: dict[tuple[int, int], int]) -> list[PaymentRelation]:
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
            to = _partner(p, partner)
            out.append(PaymentRelation(p.account, to, kind, value, None, p.chat, p.time, PAID_IN_PAIR if to else PAID_UNKNOWN, [p.message]))
    return out


def _ids(posts: list[_Post]) -> list[int]:
    seen: list[int] = []
    for p in posts:
        if p.account is not None and p.account not in seen:
            seen.append(p.account)
    return seen


def _msgs(posts: list[_Post]) -> list[int]:
    return list(dict.fromkeys(p.message for p in posts))


def _pair_partners(conn: Connection) -> dict[tuple[int, int], int]:
    """(chat, account) → the other account, for chats where exactly two accounts write:
    what one sends there, the other receives."""
    writers: dict[int, set[int]] = defaultdict(set)
    sql = "SELECT DISTINCT chat_id, account_id FROM messages WHERE account_id IS NOT NULL AND kind = 'message'"
    for chat, acc in bulk.rows(conn, sql):
        writers[chat].add(acc)
    out = {}
    for chat, accs in writers.items():
        if len(accs) == 2:
            a, b = sorted(accs)
            out[(chat, a)], out[(chat, b)] = b, a
    return out


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
