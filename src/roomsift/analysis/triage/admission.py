"""Paid entry between rooms: people pay in one room, then turn up in another.

A paid room is rarely sold where it is entered. The price list, the payment desk (a
collector, a payment bot) and the questions about prices sit in one room (a lobby, a
channel, a recruitment room); the invite link is handed out after payment, and the payer
joins a private room afterwards. That order — a payment in room A, then the payer's first
appearance in private room B — is structure, not wording: several members of B who each
paid in A before they first appear in B show that B's entry is sold in A.

Everyday rooms have payments too (a market's buyers, a club's dues, a study group's
fines), but their payers do not go on to enter one private room together — and the room
that sells entry is judged by what it sells (it gains the kind only once the room entered
shows signs of crime). A single payer who also joins another room is a person with two
interests; PAID_ENTRY_MIN of them are a paid entrance. Public rooms (anyone may join) and one-to-one chats are never entered this way.

Payers come from the payments capability (a gift-card PIN handed over, a payment to a
published wallet or account: payments/flows.py) and from payment claims read in the text.
"""

from __future__ import annotations

from collections import defaultdict

from roomsift.analysis.triage.data import Chat, Msg
from roomsift.analysis.triage.evidence import ChatFacts, Evidence

PAID_ENTRY_MIN = 2
CLAIM_FLOOR = 0.5
ONE_TO_ONE = {"personal_chat", "bot_chat", "private"}


def gated(chat: Chat, members: int) -> bool:
    """A room one enters by invitation or link only: not public, not one-to-one."""
    kind = chat.type or ""
    return "public" not in kind and kind not in ONE_TO_ONE and members > 2


def add_payments(facts: dict[int, ChatFacts], chats: dict[int, Chat], relations) -> None:
    """Payers of each room by the payments capability (PaymentRelation: payer, chat, messages)."""
    by_id: dict[int, dict] = {}  # chat → its messages by id, built only for chats with payments
    for r in relations:
        chat = chats.get(r.chat)
        if r.payer is None or not r.messages or chat is None or r.chat not in facts:
            continue
        if r.chat not in by_id:
            by_id[r.chat] = {m.id: m for m in chat.messages}
        msg = by_id[r.chat].get(r.messages[0])
        if msg is not None:
            _note(facts[r.chat].payments, r.payer, msg)


def payments(facts: ChatFacts) -> dict:
    """payer → their first payment message in this room (structural payments and claims)."""
    out = dict(facts.payments)
    for e in facts.evidence:
        if e.signal in ("payment_claim", "sent_payment") and e.strength >= CLAIM_FLOOR:
            _note(out, e.who, e.msg)
    return out


def _note(into: dict, who, msg: Msg) -> None:
    if who not in into or (msg.time_utc or 0) < (into[who].time_utc or 0):
        into[who] = msg


def paid_entries(contexts: dict, facts: dict[int, ChatFacts]) -> None:
    """Rooms whose entry is sold in another room gain `paid_admission` now; the room that
    sells it is noted (RoomContext.sells) and gains it once the room it sells shows signs of
    crime (context.link_rooms): selling entry to a study group is not a sign of anything."""
    paid = {cid: payments(f) for cid, f in facts.items()}
    paid_where: dict = defaultdict(list)  # payer → rooms they paid in
    for cid, by in paid.items():
        for who in by:
            paid_where[who].append(cid)
    for bid, b in contexts.items():
        fb = facts[bid]
        if not gated(b.chat, len(fb.members)):
            continue
        entered: dict = defaultdict(list)  # room paid in → members who entered here afterwards
        for who, first in fb.members.items():
            for aid in paid_where.get(who, ()):
                if aid != bid and (first.time_utc or 0) > (paid[aid][who].time_utc or 0):
                    entered[aid].append(who)
        for aid, who in entered.items():
            if len(who) < PAID_ENTRY_MIN:
                continue
            b.add_paid([Evidence(b.chat, fb.members[w], w, "entered_after_paying", 1.0) for w in who],
                       f"{len(who)} members joined after paying in another room")
            b.bought_in.add(aid)
            contexts[aid].sells[bid] = [Evidence(contexts[aid].chat, paid[aid][w], w, "paid_then_entered", 1.0) for w in who]
