"""Whose act a message shows, once rooms are judged: payment evidence from structure.

Words of payment are said by two sides. A member says "입금했어요"; a collector answers
"확인됨. 2관 초대 보냄" or "txid 확인함 <nickname> 0.0167 btc". A language reading of
"someone paid" is the author's own payment only when the author does not collect: in a
collector's mouth it confirms *another* account's payment — the one replied to, @mentioned
or named — and is admission work for the collector.

Payments that leave values behind are read from the payments capability
(`roomsift.analysis.payments.flows.relations`): the account that hands over a gift-card PIN
or says it paid to a published wallet/account is a payer, however the words are phrased.

The same relations name the other side: an account that receives payments from two or more
distinct payers in criminal rooms (a payment bot re-posting PINs "→ 링크 DM 발송", the owner
of the wallet a price list publishes, a cashier) collects the rooms' takings. Collecting is
running the business, whatever the words: `collected_payment` is operator evidence, and the
collector's own payment words ("3 buyers paid today") confirm others' payments. One payer is
not enough: a member may give a friend their refund wallet.

A gift-card PIN that only one account ever posts, once, with words the capability reads as a
receipt ("들어왔어요 … 문상 <PIN>"), is that account's PIN handed over when the account collects
nothing else (`_lone_pins`).

Runs after room verdicts (context.py) and adds role evidence in criminal rooms only, so
nothing here can make a benign room look criminal.
"""

from __future__ import annotations

import re
from collections import defaultdict

from roomsift.analysis.artifacts.model import GIFT_CARD
from roomsift.analysis.triage.context import RoomContext, coercers, same_person
from roomsift.analysis.triage.data import Chat, Corpus, Msg
from roomsift.analysis.triage.evidence import ChatFacts, Evidence, shared_media

# Who collects: those who run a criminal room by its service acts (create, pin, remove, edit,
# sign channel posts), and accounts that set the terms of payment in two or more messages (a
# member asking "입금 어디로?" once is not a collector). Admission words are not used: a payer's
# "초대 부탁드립니다" reads like them.
RUNNER_ACTS = {"created_room", "pinned_message", "removed_members", "edited_room", "channel_post"}
COLLECTOR_SIGNALS = {"payment_instruction", "price_announcement", "staff_management"}
COLLECTOR_MIN_MESSAGES = 2
CLAIM_FLOOR = 0.5  # a confirmation is a confirmation when the model reads a payment at all
_MENTION = re.compile(r"@([A-Za-z0-9_]{3,32})")
NAME_MIN = 2
# Names are looked up word by word (one dictionary lookup per word, whatever the case's size),
# with a trailing honorific or particle taken off ("코인충님", "Jay가").
_WORDS = re.compile(r"[^\s,.:;!?()\[\]<>\-]+")
_HONORIFIC = re.compile(r"(?:님|씨|이|가|은|는|을|를|의)$")
COLLECTED_MIN = 2  # distinct payers whose payments an account receives: a collector of takings


def takings(relations, criminal: list[RoomContext]) -> dict:
    """collector → {payer: relation} for accounts the payments capability names as receiving
    payments from COLLECTED_MIN or more distinct payers in criminal rooms, and for accounts
    that re-post gift-card PINs other accounts handed over first (a bot echoing each buyer's PIN with
    a receipt in words no list knows, "✅ 충전완료 <PIN> → 10크레딧"): the value goes from the
    first to post it to whoever echoes it."""
    rooms = {c.chat.id for c in criminal}
    by: dict = defaultdict(dict)
    posted: dict = defaultdict(list)  # PIN → its relations (one per account that posted it)
    for r in relations:
        if r.payer is None or r.chat not in rooms:
            continue
        if r.kind == GIFT_CARD:  # a PIN is one buyer's until handed over; a wallet is every payer's destination
            posted[r.value].append(r)
        for col in r.collectors:
            if col != r.payer:
                by[col].setdefault(r.payer, r)
    for rels in posted.values():
        first, *later = sorted(rels, key=lambda r: r.time or 0)
        for r in later:
            if r.payer != first.payer:
                by[r.payer].setdefault(first.payer, r)  # r: the echo, cited on the collector's own message
    return {col: paid for col, paid in by.items() if len(paid) >= COLLECTED_MIN}


def _collectors(criminal: list[RoomContext], facts: dict[int, ChatFacts], payers: set = frozenset()) -> set:
    """`payers`: accounts the payments capability shows handing a value over (and never
    receiving one). Their PINs and wallet lines read like payment instructions ("문상 핀 …
    10크레딧 부탁요"): said twice, that is paying twice, not setting the terms."""
    out = set()
    said: dict = {}
    for c in criminal:
        for e in facts[c.chat.id].evidence:
            if e.signal in RUNNER_ACTS:
                out.add(e.who)
            elif e.signal in COLLECTOR_SIGNALS and e.strength >= 0.5 and e.who not in payers and not _captioned(e.msg):
                said.setdefault(e.who, set()).add(e.msg.id)
    return out | {who for who, msgs in said.items() if len(msgs) >= COLLECTOR_MIN_MESSAGES}


def _captioned(msg: Msg) -> bool:
    """A media caption ("S-12 썸네일", "#B-1120") labels its media: what it reads as a price sets
    no terms (roles.py reads it so too), and its uploader is no collector for it."""
    return bool(shared_media(msg))


def _named(corpus: Corpus, chat: Chat, msg: Msg, names: dict[str, int], collectors: set) -> set:
    """Accounts a confirmation is about: the author replied to, @mentions, display names."""
    out = set()
    replied = chat.message(msg.reply_to)
    if replied is not None and replied.account_id is not None:
        out.add(replied.account_id)
    text = msg.text or ""
    for handle in _MENTION.findall(text):
        acc = corpus.username_to_account.get(handle.lower()) or corpus.username_to_account.get(handle)
        if acc is not None:
            out.add(acc)
    words = _WORDS.findall(text)
    for w in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
        acc = names.get(w) or names.get(_HONORIFIC.sub("", w))
        if acc is not None:
            out.add(acc)
    return out - collectors - {msg.account_id}


def attribute(corpus: Corpus, facts: dict[int, ChatFacts], contexts: dict[int, RoomContext], relations=(),
              person_of: dict | None = None) -> None:
    """`relations`: the case's payment relations (payments/flows.py), read once by the engine;
    `person_of`: account → person (identity). A collector's other accounts collect too: the
    cashier's English account saying "3 buyers paid today" reports takings, not a payment."""
    criminal = [c for c in contexts.values() if c.criminal]
    if not criminal:
        return
    taken = takings(relations, criminal)
    received = {col for r in relations for col in r.collectors} | set(taken)
    paid = {r.payer for r in relations if r.payer is not None} - received
    collecting = same_person(_collectors(criminal, facts, paid) | set(taken), person_of)
    # People who threaten or coerce for criminal rooms collect from their victims: "확인 ㅇㅋ
    # 나머지 250만원" in their mouth is a payment received, not one made. Those who collect only
    # so still pay the ring: a PIN or a wallet payment they hand over to someone else is their
    # payment (_payment_relations).
    collectors = same_person(collecting | coercers(criminal, facts), person_of)
    coercing_only = collectors - collecting
    _collected(taken, facts, criminal)
    members: dict = {}
    for c in criminal:
        members.update(facts[c.chat.id].members)
    names = {}  # display names of criminal-room members that name one account only
    for name, accs in corpus.display_to_accounts.items():
        known = [a for a in accs if a in members]
        if len(name) >= NAME_MIN and len(known) == 1:
            names[name] = known[0]
    for c in criminal:
        f = facts[c.chat.id]
        added = []
        for e in f.evidence:
            if e.signal == "says_paid" and e.who in collectors:
                e.signal = "reports_payment"  # a collector's words of payment report takings: no role of their own
                continue
            if e.signal != "payment_claim" or e.who not in collectors:
                continue
            e.signal = "confirmed_payment"  # the collector's admission work, not their payment
            if e.strength < CLAIM_FLOOR:
                continue
            for acc in _named(corpus, c.chat, e.msg, names, collectors):
                added.append(Evidence(c.chat, e.msg, acc, "payment_confirmed", e.strength, ("confirmed by collector",)))
        f.evidence.extend(added)
    _payment_relations(relations, facts, criminal, collectors - coercing_only)


def _collected(taken: dict, facts: dict[int, ChatFacts], criminal: list[RoomContext]) -> None:
    """`collected_payment` evidence for each payment a collector received: cited on the
    collector's own message of the relation (a receipt), else on the payer's message."""
    where = {m.id: (c, m) for c in criminal for m in c.chat.messages}
    for col, paid in taken.items():
        for r in paid.values():
            own = [mid for mid in r.messages[1:] if mid in where and where[mid][1].account_id == col]
            mid = own[0] if own else (r.messages[0] if r.messages and r.messages[0] in where else None)
            if mid is None:
                continue
            ctx, msg = where[mid]
            facts[ctx.chat.id].evidence.append(Evidence(ctx.chat, msg, col, "collected_payment", 1.0, (r.how,)))


LONE_PIN = "a gift-card PIN its only poster posted once, with words read as a receipt, and who collects nothing else: handed over"


def _payment_relations(rels, facts: dict[int, ChatFacts], criminal: list[RoomContext], collectors: set) -> None:
    where = {m.id: (c, m) for c in criminal for m in c.chat.messages}
    for r in rels:
        if r.payer is None or r.payer in collectors or not r.messages or r.messages[0] not in where:
            continue
        ctx, msg = where[r.messages[0]]
        facts[ctx.chat.id].evidence.append(Evidence(ctx.chat, msg, r.payer, "payment_relation", 1.0, (r.how,)))
    for acc, r in _lone_pins(rels, collectors).items():
        if r.messages and r.messages[0] in where:
            ctx, msg = where[r.messages[0]]
            facts[ctx.chat.id].evidence.append(Evidence(ctx.chat, msg, acc, "payment_relation", 1.0, (LONE_PIN,)))


def _lone_pins(rels, collectors: set) -> dict:
    """account → its one PIN relation, for accounts the payments capability reads as the
    receiver of exactly one gift-card PIN nobody else posted ("들어왔어요 7만원 문상 <PIN>": the
    receipt words are the member's "I'm in"), that receive nothing else and do not collect in
    criminal rooms. Only its buyer knows a PIN until it is handed over: a member posting one is
    paying with it. A cashier or bot echoing receipts posts many PINs and stays a collector."""
    lone: dict = defaultdict(list)
    receives = set()
    for r in rels:
        if r.payer is None and r.kind == GIFT_CARD and len(r.collectors) == 1:
            lone[r.collectors[0]].append(r)
        elif r.payer is not None:
            receives.update(r.collectors)
    return {acc: rs[0] for acc, rs in lone.items() if len(rs) == 1 and acc not in collectors and acc not in receives}
