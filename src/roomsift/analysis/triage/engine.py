"""Run triage over a case: evidence → room context → role scores → ranking, plus victims.

Output shape (kept stable for other tools and `roomsift eval`):
  {"participants": [{"person", "accounts", "roles", "tier", "score",
                     "evidence": [{"chat", "message", "time_utc", "time_local", "signal", "weight"}]}],
   "potential_victims": [{"person", "mention", "evidence": [...]}]}
"""

from __future__ import annotations

import gc
import hashlib
import heapq
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import Connection

from roomsift.analysis.identity.api import person_map
from roomsift.analysis.triage import admission, attribution, coercion
from roomsift.analysis.triage import context as room_context
from roomsift.analysis.triage import requests as room_requests
from roomsift.analysis.triage import victims as victim_finder
from roomsift.analysis.triage.data import Corpus, load
from roomsift.analysis.triage.evidence import ChatFacts, Evidence, all_texts, chat_facts, language_signals
from roomsift.analysis.triage.roles import PersonFinding, score_accounts

EVIDENCE_PER_PERSON = 25
LANGUAGE_BATCH = 20_000
RUNNER_ASKS = {"request_material", "request_answered"}  # strongest citations kept per person in the document


@dataclass
class TriageResult:
    corpus: Corpus
    facts: dict[int, ChatFacts]
    contexts: dict[int, room_context.RoomContext]
    participants: list[PersonFinding]
    victims: list[victim_finder.VictimRecord]
    labels: dict  # member (account id or "name:..") → person label
    person_accounts: dict[str, set[int]]


def _own_channel(chat, account: int, corpus) -> bool:
    """A channel posting unsigned in itself speaks as the channel: it is a participant (the
    room's voice, run by its operators); elsewhere a channel account is only a forward source.
    Only the channel itself posts in a channel, so a channel account posting in a channel-type
    chat is that channel even when the export gives it another id than the chat's."""
    return str(corpus.account_keys.get(account, "")).endswith(f"channel{chat.platform_id}") or "channel" in (chat.type or "")


def _name_label(name_key: str) -> str:
    return "M" + hashlib.sha256(name_key.encode()).hexdigest()[:8]


def _known_material(conn: Connection) -> dict[int, object]:
    """Media matches from the media capability, when it is installed in this build."""
    try:
        from roomsift.media.api import known_material_by_message
    except ImportError:
        return {}
    try:
        return dict(known_material_by_message(conn))
    except Exception:  # a case without the media tables yet
        return {}


def _payment_relations(conn: Connection) -> list:
    try:
        from roomsift.analysis.payments.flows import relations
        return relations(conn)
    except Exception:  # a case without the artifact tables: no structural payments
        return []


def _asks_for_room_material(corpus, facts: dict[int, ChatFacts], contexts: dict) -> None:
    """Members' requests naming what a criminal room hands out (requests.py); terms common in
    rooms not judged criminal are left out."""
    criminal = [cid for cid, ctx in contexts.items() if ctx.criminal]
    wanted = set().union(*(set(room_requests.candidate_terms(facts[cid])) for cid in criminal)) if criminal else set()
    if not wanted:
        return
    background = room_requests.background_terms(
        (m.text for cid, ctx in contexts.items() if not ctx.criminal for m in ctx.chat.messages if m.kind == "message" and m.text), wanted)
    for cid in criminal:
        facts[cid].evidence.extend(room_requests.find(facts[cid], contexts[cid].runners, background))


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused for the duration (restored after, as it was).
    Triage builds millions of small objects that live until it ends (a message, a row, a
    piece of evidence each) and makes almost no reference cycles; each automatic collection
    re-scans the survivors, which cost a quarter of triage's CPU at 1,000,000 messages
    (benchmarks/RESULTS.md). Reference counting still frees everything that is not a cycle."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run(conn: Connection, progress: Callable[[str, int, int | None], None] | None = None,
        mapper: Callable | None = None) -> TriageResult:
    """progress(stage, advance, total) lets the CLI draw a bar; `mapper` scores the distinct
    texts elsewhere (see evidence.language_signals; roomsift.cluster: on Dask)."""
    with _collector_paused():
        return _run(conn, progress, mapper)


def _run(conn: Connection, progress, mapper) -> TriageResult:
    def tick(stage: str, total: int | None = None) -> Callable[[int], None]:
        return (lambda n: progress(stage, n, total)) if progress else (lambda n: None)

    corpus = load(conn, progress=tick("reading messages"))
    texts = all_texts(corpus)
    # One batch per 20,000 distinct texts: the model scores each batch as one sparse matrix.
    sigs = language_signals(texts, progress=tick("reading language", len(set(texts))), batch=LANGUAGE_BATCH, mapper=mapper)
    known = _known_material(conn)
    facts: dict[int, ChatFacts] = {}
    contexts = {}
    step = tick("weighing rooms", len(corpus.chats))
    for cid, chat in corpus.chats.items():
        f = chat_facts(corpus, chat, sigs)
        if known:
            for msg in chat.messages:
                if msg.id in known and msg.account_id is not None:
                    f.evidence.append(Evidence(chat, msg, msg.account_id, "known_material", 1.0))
        facts[cid] = f
        coercion.settle(corpus, chat, f, sigs, victim_finder.two_person(chat, f))
        step(1)
    coercion.drop_retold(facts)  # a coerced person telling someone else what is done to her
    for cid, chat in corpus.chats.items():
        contexts[cid] = room_context.assess(chat, facts[cid])
    payments = _payment_relations(conn)
    admission.add_payments(facts, corpus.chats, payments)
    admission.paid_entries(contexts, facts)
    for ctx in contexts.values():
        ctx.decide()
    accounts_to_person = person_map(conn)
    room_context.link_rooms(contexts, facts, corpus, person_of=accounts_to_person)
    attribution.attribute(corpus, facts, contexts, payments, person_of=accounts_to_person)
    _asks_for_room_material(corpus, facts, contexts)
    found = victim_finder.find(conn, corpus, facts, contexts, sigs)
    # Whoever runs a criminal room by its service acts (create, pin, remove) or coerces for one
    # acts, whatever a message says about them ("회사 사람들 이름 다 있음" read as exposure): they
    # stay suspects. Their victim record, if any, is still listed for a human to judge.
    # A two-person chat's service acts run nothing: whoever the messages show threatened there
    # is its victim even when they created or pinned it (who set up the chat is not who threatens,
    # as who wrote first is not: coercion.py).
    criminal = [c for c in contexts.values() if c.criminal]
    acting = set().union(*(c.runners - (found.threatened.get(c.chat.id, set()) if victim_finder.two_person(c.chat, facts[c.chat.id]) else set())
                           for c in criminal)) | room_context.coercers(criminal, facts) if criminal else set()
    # A protection record (threatened only in rooms not judged criminal: victims.py) changes no
    # one's standing in the criminal rooms: roles there stay as the room verdicts make them.
    victim_accounts = {a for r in found.records if not r.protection_only for a in r.accounts} - acting

    labels: dict = {}

    def label(member) -> str:
        if member not in labels:
            labels[member] = accounts_to_person.get(member) if isinstance(member, int) else _name_label(member)
            if labels[member] is None:
                labels[member] = f"P{member:06d}"
        return labels[member]

    # Evidence is kept per account (a member: an account id, or a name key): roles are decided
    # per account and a person holds its accounts' roles (roles.score_accounts).
    account_evidence: dict[str, dict] = defaultdict(lambda: defaultdict(list))  # person → member → evidence
    findings: dict[str, PersonFinding] = {}
    for cid, f in facts.items():
        ctx = contexts[cid]
        if not ctx.criminal:
            continue
        for member, first in f.members.items():
            if member in corpus.channel_accounts and not _own_channel(ctx.chat, member, corpus):
                continue
            p = label(member)
            pf = findings.setdefault(p, PersonFinding(p))
            if isinstance(member, int):
                pf.accounts.add(member)
            pf.membership.append(Evidence(ctx.chat, first, member, "member", 0.0))
            account_evidence[p].setdefault(member, [])
        threatened = found.threatened.get(cid, set())
        for e in f.evidence:
            if (e.who in corpus.channel_accounts and not _own_channel(ctx.chat, e.who, corpus)) or e.who in threatened:
                continue  # a threatened party's own lines (compliance, pleas) are not evidence against them
            if e.signal in RUNNER_ASKS and e.who in ctx.runners:
                continue  # a room's runners asking for material direct their staff: operator work, not solicitation
            account_evidence[label(e.who)][e.who].append(e)
        for msg in ctx.chat.messages:
            if msg.kind == "message" and msg.account_id is not None and msg.account_id not in corpus.channel_accounts:
                pf = findings.get(label(msg.account_id))
                if pf is not None:
                    pf.messages += 1

    # Who belongs to the ring's group rooms only as a member (not a runner, not back-room staff):
    # their private threats are their own crime, not operator work (roles.score_account).
    staff = set().union(*(c.runners for c in criminal)) | room_context.back_room_staff(criminal, facts) if criminal else set()
    in_groups = set().union(*(set(facts[c.chat.id].members) for c in criminal if not c.one_to_one)) if criminal else set()
    person_accounts: dict[str, set[int]] = defaultdict(set)
    for acc, p in accounts_to_person.items():
        person_accounts[p].add(acc)
    for p, pf in findings.items():
        accounts = pf.accounts | person_accounts.get(p, set())
        score_accounts(pf, account_evidence[p], member=bool(accounts & in_groups) and not accounts & staff)
    # The threatened, coerced or exposed are never suspects — except those who run the ring
    # (above) and members who pay it or hand its material out by their own acts, outside the
    # chat where they are threatened (their lines there are no evidence): a buyer warned "leak
    # anything and we find you", a member told "빠지면 너 이름도 같이 나감". Their victim record
    # is still listed. Asking is not enough: a victim's protest ("당장 내려주세요") reads as a request.
    if criminal:
        members_acting = {acc for p, pf in findings.items() for acc, (roles, _) in pf.account_roles.items()
                          if isinstance(acc, int) and set(roles) & {"payer", "distributor"}}
        victim_accounts -= members_acting
    participants = sorted((pf for pf in findings.values() if not (pf.accounts & victim_accounts)), key=PersonFinding.sort_key)
    for v in found.records:
        for acc in v.accounts:
            label(acc)
    return TriageResult(corpus, facts, contexts, participants, found.records, labels, dict(person_accounts))


def evidence_entry(e: Evidence, weight: float) -> dict:
    return {"chat": e.chat.title, "message": e.msg.platform_id, "time_utc": e.msg.time_utc, "time_local": e.msg.time_local,
            "signal": e.signal, "weight": round(weight, 3)}


def top_citations(pf: PersonFinding, limit: int = EVIDENCE_PER_PERSON) -> list:
    """Strongest citations first, at most `limit`; at least one per role held. One pass and a
    bounded heap, not a sort: a leading participant has tens of thousands of citations and
    the web's ranked list asks for one per row."""
    def key(c):
        return (-c.weight, c.evidence.msg.time_utc or 0)

    best: dict = {}  # role → its strongest (then earliest, then first) citation
    for c in pf.cited:
        if c.role not in best or key(c) < key(best[c.role]):
            best[c.role] = c
    chosen = []
    for role in pf.roles:
        first = best.get(role)
        if first is not None and first not in chosen:
            chosen.append(first)
    for c in heapq.nsmallest(limit + len(chosen), pf.cited, key=key):  # = sorted(...)[:n], ties in order
        if len(chosen) >= limit:
            break
        if c not in chosen:
            chosen.append(c)
    return sorted(chosen, key=lambda c: -c.weight)


def participant_accounts(result: TriageResult, pf: PersonFinding) -> list[str]:
    """All accounts of the person (identity's strong or confirmed links), shown together. Roles
    are per account (`account_roles`): an alt seen only in a gaming clan or a market is listed
    here and holds no role."""
    accs = set(pf.accounts) | result.person_accounts.get(pf.person, set())
    return sorted(k for k in (result.corpus.account_keys.get(a) for a in accs) if k)


def account_roles(result: TriageResult, pf: PersonFinding) -> list[dict]:
    """Each account's own roles, strongest first: what that account did in criminal rooms (a
    person's other accounts, seen only elsewhere, have none and are not listed here)."""
    out = []
    for acc, (roles, score) in pf.account_roles.items():
        key = result.corpus.account_keys.get(acc) if isinstance(acc, int) else None
        if key:
            out.append({"account": key, "roles": roles, "score": score})
    return out


def document(result: TriageResult, role: str | None = None, chat: str | None = None, top: int | None = None) -> dict:
    people = []
    for pf in filter_participants(result, role, chat):
        cites = top_citations(pf)
        evidence = [evidence_entry(c.evidence, c.weight) for c in cites]
        if not evidence:  # viewers: their membership is the evidence
            evidence = [evidence_entry(m, 0.0) | {"signal": "member"} for m in pf.membership[:5]]
        people.append({"person": pf.person, "accounts": participant_accounts(result, pf), "roles": pf.roles,
                       "account_roles": account_roles(result, pf), "tier": pf.tier, "score": pf.score, "evidence": evidence})
        if top and len(people) >= top:
            break
    return {"participants": people, "potential_victims": victims_document(result)}


def filter_participants(result: TriageResult, role: str | None, chat: str | None) -> list[PersonFinding]:
    out = []
    for pf in result.participants:
        if role and role not in pf.roles:
            continue
        if chat and not any(chat in (e.chat.title, str(e.chat.platform_id)) for e in [c.evidence for c in pf.cited] + pf.membership):
            continue
        out.append(pf)
    return out


def victims_document(result: TriageResult) -> list[dict]:
    out = []
    for v in result.victims:
        cites = v.cited[:EVIDENCE_PER_PERSON]
        out.append({"victim": v.label, "person": result.labels.get(v.who) if v.who is not None else None,
                    "mention": v.mention, "accounts": sorted(v.keys), "mentions": sorted(v.mentions), "names": sorted(v.names),
                    "codenames": sorted(v.codes), "strength": v.strength,
                    "protection_only": v.protection_only,
                    "evidence": [evidence_entry(e, w) for e, w in cites]})
    return out


def rooms_seen(result: TriageResult) -> dict[str, set[str]]:
    """Account key → titles of the rooms it was seen in (posted, joined, was added)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for chat_id, f in result.facts.items():
        title = result.corpus.chats[chat_id].title
        for member in f.members:
            key = result.corpus.account_keys.get(member) if isinstance(member, int) else None
            if key:
                seen[key].add(title)
    return dict(seen)


def judged_rooms(result: TriageResult) -> dict[str, bool]:
    return {ctx.chat.title: ctx.criminal for ctx in result.contexts.values()}


def rooms_document(result: TriageResult) -> list[dict]:
    """Per room: the verdict, the kinds of evidence found (why) and the messages they cite."""
    out = []
    # Potential victims threatened in a room not judged criminal (victims.py): the room's report
    # says so, naming the victim record and no suspect.
    threatened_in: dict[int, list[str]] = defaultdict(list)
    for v in result.victims:
        for cid in sorted({e.chat.id for e, _ in v.cited}):
            if not result.contexts[cid].criminal and v.label not in threatened_in[cid]:
                threatened_in[cid].append(v.label)
    for ctx in sorted(result.contexts.values(), key=lambda c: (not c.criminal, c.chat.title)):
        kinds = []
        for kind, cites in ctx.kinds.items():
            kinds.append({"kind": kind, "why": ctx.reasons.get(kind, ""),
                          "evidence": [evidence_entry(e, e.strength) | {"person": result.labels.get(e.who), "text": e.msg.text or f"[{e.msg.action}]"}
                                       for e in sorted(cites, key=lambda e: e.msg.time_utc or 0)]})
        threatened = threatened_in.get(ctx.chat.id, [])
        verdict = "signs of crime" if ctx.criminal else "no sign of crime"
        if threatened:
            verdict += f"; a person here was threatened (potential victim {', '.join(threatened)}; protection record, no suspect named)"
        out.append({"room": ctx.chat.title, "platform_id": ctx.chat.platform_id, "type": ctx.chat.type,
                    "criminal": ctx.criminal, "kinds": kinds, "threatened": threatened, "verdict": verdict})
    return out
