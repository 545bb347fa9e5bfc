"""Per-message evidence: language signals plus structural facts, each attributed to an account.

Structural facts come from the export's own structure: service actions (created the room,
invited, pinned, removed, edited the title, paid), media posts and forwards, links, replies
(a request answered by someone else's media), channel posts signed by a member. Language
signals come from roomsift.analysis.language. Nothing here decides guilt; room context and
role scoring do that.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Callable

from roomsift.analysis.language import TextSignals, detect_many
from roomsift.analysis.triage.data import Chat, Corpus, Msg
from roomsift.analysis.triage.paid_words import says_paid

MEDIA_KINDS_IGNORED = {"sticker", "group_photo", "contact", "location", "venue", "poll", "game", "invoice", "todo_list"}
ACTION_SIGNAL = {
    "create_group": "created_room",
    "create_channel": "created_room",
    "migrate_from_group": "created_room",
    "pin_message": "pinned_message",
    "remove_members": "removed_members",
    "edit_group_title": "edited_room",
    "edit_group_photo": "edited_room",
    "delete_group_photo": "edited_room",
    "invite_members": "invited_members",
    "send_payment": "sent_payment",
}
JOIN_ACTIONS = {"join_group_by_link", "join_group_by_request"}
MEMBER_ACTIONS = {"create_group", "invite_members"}
INVITE_LINK = ("t.me/+", "t.me/joinchat", "telegram.me/joinchat")
# A sticker's export carries a thumbnail: it is still a sticker, not a media post.
MEDIA_VOIDED_BY = {"sticker"}
# Member-side acts whose model probability counts for roles even below the model's own
# cut (weak readings). Room verdicts never see them (they read strength >= 0.5); role
# scoring weighs them with the prior of a room already judged criminal (roles.py).
WEAK_READINGS = {"solicit_material": "request_material", "payment_claim": "payment_claim", "offer_material": "distribute_material"}
WEAK_FLOOR = 0.2
# What a reply to someone else's media or link says is a reaction to it ("링크 살아있네요",
# "잘 받았어요"), not an offer of material: offer readings of such replies are damped.
REACTION_DAMP = 0.5


@dataclass(slots=True)
class Evidence:
    chat: Chat
    msg: Msg
    who: int | str  # account id, or "name:<display name>" for a member known only by name
    signal: str
    strength: float
    cues: tuple[str, ...] = ()


@dataclass
class ChatFacts:
    evidence: list[Evidence]
    members: dict[int | str, Msg]  # member → first message showing them (post, join, invite)
    invited: dict[int | str, Msg]  # members added by someone else's invitation
    text_messages: int
    benign_topic_messages: int
    forwarded_from: set[str]
    exchanges: list = field(default_factory=list)  # coercive exchanges between two people (triage/coercion.py)
    threat_talk: list = field(default_factory=list)  # threat readings in no exchange: no evidence on their own
    payments: dict = field(default_factory=dict)  # payer → first payment message, from the payments capability (admission.py)


def shared_media(msg: Msg) -> list[str]:
    """The kinds of media a message shares (a photo, a video, a file …): none for a sticker
    message, and never the kinds everyone posts that share nothing (MEDIA_KINDS_IGNORED)."""
    return [] if MEDIA_VOIDED_BY & set(msg.media) else [k for k in msg.media if k not in MEDIA_KINDS_IGNORED]


PARALLEL_MIN_TEXTS = 50_000  # below this, starting worker processes costs more than it saves
CHUNK = 20_000
WORKER_POLL = 2.0  # seconds between checks that the worker processes are still alive


def _detect_chunk(chunk: list[str]) -> list[TextSignals]:
    out = detect_many(chunk)
    for ts in out:
        ts._concepts = {}  # cues are resolved already; keep what crosses the process boundary small
    return out


def _serve(chunks: list[list[str]], taken, results) -> None:
    """A forked worker: take the next chunk not yet taken (parent and workers share the
    counter), read it, hand back (index, readings); None when no chunk is left."""
    try:
        while (i := _take(taken, len(chunks))) is not None:
            results.put((i, _detect_chunk(chunks[i])))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        results.put((-1, f"{type(exc).__name__}: {exc}"))
    results.put(None)


def _take(taken, n: int) -> int | None:
    with taken.get_lock():
        i = taken.value
        taken.value = i + 1
    return i if i < n else None


def _shared_chunks(unique: list[str], workers: int, progress: Callable[[int], None] | None) -> dict[str, TextSignals]:
    """The distinct texts read in chunks by this process and `workers - 1` forked ones, each
    taking the next chunk as it finishes one (so none waits while chunks remain).

    The parent reads chunks too instead of waiting: triage needs its Kiwi and language model
    afterwards anyway (victims, the result's model fingerprint), and each process set up costs
    ~4 CPU s (Kiwi's load and its first analysis). The model is loaded before the fork, so the
    workers inherit it instead of unpickling it again. Texts reach the workers through the
    fork, not pickled; only the readings travel back. Readings do not depend on which
    process reads a text nor on its chunk's other texts (per-word caches only save work), so
    the result equals the one-process result."""
    import queue

    from roomsift.analysis.language import model as learned

    learned.get()
    chunks = [unique[i:i + CHUNK] for i in range(0, len(unique), CHUNK)]
    ctx = get_context("fork")
    taken = ctx.Value("q", 0)
    results = ctx.Queue()
    procs = [ctx.Process(target=_serve, args=(chunks, taken, results), daemon=True) for _ in range(workers - 1)]
    for proc in procs:
        proc.start()
    read: list[list[TextSignals] | None] = [None] * len(chunks)
    running = len(procs)

    def collect(block: bool) -> None:
        nonlocal running
        while running:
            try:
                item = results.get(timeout=WORKER_POLL) if block else results.get_nowait()
            except queue.Empty:
                if not block:
                    return
                if not any(p.is_alive() for p in procs) and results.empty():
                    raise RuntimeError("a language worker process ended without handing back its readings")
                continue
            if item is None:
                running -= 1
            elif item[0] < 0:
                raise RuntimeError(f"a language worker failed: {item[1]}")
            else:
                read[item[0]] = item[1]
                if progress:
                    progress(len(item[1]))

    try:
        while (i := _take(taken, len(chunks))) is not None:
            read[i] = _detect_chunk(chunks[i])
            if progress:
                progress(len(chunks[i]))
            collect(block=False)
        collect(block=True)
    finally:
        for proc in procs:
            proc.join(timeout=0 if proc.exitcode is not None else 10)
            if proc.is_alive():
                proc.terminate()
                proc.join()
    out: dict[str, TextSignals] = {}
    for chunk, got in zip(chunks, read):
        out.update(zip(chunk, got))
    return out


def language_signals(texts: list[str], progress: Callable[[int], None] | None = None, batch: int = 4000,
                     workers: int | None = None, mapper: Callable | None = None) -> dict[str, TextSignals]:
    """Signals for each distinct text (chat rooms repeat themselves a lot).

    Large cases are split over processes (one per core, this one included: _shared_chunks):
    language analysis is pure Python plus Kiwi, so processes, not threads, use the cores.
    `mapper(fn, chunks)`, if given, yields fn(chunk) in order in their place
    (roomsift.cluster: Dask workers)."""
    unique = list(dict.fromkeys(t for t in texts if t and len(t) >= 2))
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    out: dict[str, TextSignals] = {}
    if mapper is not None:
        chunks = [unique[i:i + CHUNK] for i in range(0, len(unique), CHUNK)]
        for chunk, result in zip(chunks, mapper(_detect_chunk, chunks)):
            out.update(zip(chunk, result))
            if progress:
                progress(len(chunk))
        return out
    if workers > 1 and len(unique) >= PARALLEL_MIN_TEXTS:
        return _shared_chunks(unique, workers, progress)
    for i in range(0, len(unique), batch):
        chunk = unique[i:i + batch]
        out.update(zip(chunk, detect_many(chunk)))
        if progress:
            progress(len(chunk))
    return out


def _who(corpus: Corpus, msg: Msg) -> int | str | None:
    """The account a message speaks for. Channel posts signed by a member name go to that member."""
    acc = msg.account_id
    if acc is not None and acc in corpus.channel_accounts and msg.author:
        owners = corpus.display_to_accounts.get(msg.author, set()) - corpus.channel_accounts
        if len(owners) == 1:
            return next(iter(owners))
    return acc


def _target_member(corpus: Corpus, name: str | None, acc: int | None, senders: set[int], platform: str) -> int | str | None:
    """An action target's account: as exported, else by display name on the chat's platform
    (unique in the case, or unique among this chat's participants), else the name itself."""
    if acc is not None:
        return acc
    if not name:
        return None
    owners = {a for a in corpus.display_to_accounts.get(name, ()) if corpus.account_keys.get(a, "").startswith(platform + ":")}
    if len(owners) > 1:
        owners = owners & senders
    if len(owners) == 1:
        return next(iter(owners))
    return f"name:{name}"


def chat_facts(corpus: Corpus, chat: Chat, sigs: dict[str, TextSignals]) -> ChatFacts:
    ev: list[Evidence] = []
    members: dict[int | str, Msg] = {}
    invited: dict[int | str, Msg] = {}
    requests: dict[int, tuple[int | str, float]] = {}  # platform id → (requester, strength)
    text_n = topic_n = 0
    forwarded: set[str] = set()
    senders = {m.account_id for m in chat.messages if m.account_id is not None}
    add = ev.append
    for msg in chat.messages:
        who = _who(corpus, msg)
        if who is not None and who not in members:
            members[who] = msg
        if msg.kind == "service":
            sig = ACTION_SIGNAL.get(msg.action or "")
            if sig and who is not None:
                add(Evidence(chat, msg, who, sig, 1.0))
            if msg.action in MEMBER_ACTIONS or msg.action in ("remove_members",):
                for role, name, acc in corpus.targets.get(msg.id, ()):
                    member = _target_member(corpus, name, acc, senders, chat.platform)
                    if member is None or role != "member":
                        continue
                    if msg.action in MEMBER_ACTIONS:
                        members.setdefault(member, msg)
                        if msg.action == "invite_members" and member != who:
                            invited.setdefault(member, msg)
            continue
        if who is None:
            continue
        if who != msg.account_id and msg.account_id in corpus.channel_accounts:
            add(Evidence(chat, msg, who, "channel_post", 1.0))
        if msg.forwarded_from:
            forwarded.add(msg.forwarded_from)
        media = shared_media(msg)
        if msg.forwarded_from and not media:
            # A post passed on from elsewhere whose media the export does not carry (or a text
            # post): weaker than a forwarded file, but repeated it is what a distributor does.
            add(Evidence(chat, msg, who, "forwarded_post", 1.0, (msg.forwarded_from,)))
        if media:
            add(Evidence(chat, msg, who, "forwarded_media" if msg.forwarded_from else "media_post", 1.0, tuple(media)))
            replied = chat.message(msg.reply_to)
            if replied is not None and replied.platform_id in requests:
                requester, strength = requests[replied.platform_id]
                if requester != who:
                    add(Evidence(chat, msg, who, "answered_request", strength))
                    add(Evidence(chat, replied, requester, "request_answered", strength))
        if media or _file_link(msg.text):
            _answered_with_material(corpus, chat, msg, who, sigs, add)
        text = msg.text
        if not text:
            continue
        text_n += 1
        if says_paid(text):
            # Words of a payment made, in any form (paid_words.py): a role signal only, which
            # room verdicts do not read; it counts for roles in rooms judged criminal.
            add(Evidence(chat, msg, who, "says_paid", 1.0, ("says they paid",)))
        ts = sigs.get(text)
        if ts is None:
            continue
        if ts.benign_topic:
            topic_n += 1
        readings = dict(ts.signals)
        for label, name in WEAK_READINGS.items():
            p = ts.probabilities.get(label, 0.0)
            if p >= WEAK_FLOOR and p > readings.get(name, 0.0):
                readings[name] = p
        if "distribute_material" in readings and _reacts_to_material(chat, msg, who):
            readings["distribute_material"] = round(readings["distribute_material"] * REACTION_DAMP, 3)
        for name, strength in readings.items():
            add(Evidence(chat, msg, who, name, strength, tuple(ts.cues.get(name, ()))))
        if ts.has_link and (any(k in text for k in INVITE_LINK) or "distribute_material" in ts.signals):
            add(Evidence(chat, msg, who, "material_link", 1.0))
        elif ts.has_link:
            add(Evidence(chat, msg, who, "posted_link", 1.0))  # a link of any kind: role evidence only
        if ts.signals.get("request_material", 0) >= 0.5:
            requests[msg.platform_id] = (who, ts.signals["request_material"])
    return ChatFacts(ev, members, invited, text_n, topic_n, forwarded)


def _file_link(text: str | None) -> bool:
    """A link that hands something over; an invitation link admits a member, it is not material."""
    return bool(text) and ("http" in text or "t.me/" in text) and not any(k in text for k in INVITE_LINK)


# A message read as payment talk that is answered with a link or file was answered with
# admission (an invite, a receipt), not with material.
PAYMENT_TALK = {"payment_claim", "payment_question", "payment_instruction"}


def _answered_with_material(corpus: Corpus, chat: Chat, msg: Msg, who, sigs: dict[str, TextSignals], add) -> None:
    """A member's message that someone else answers, by reply, with media or a file link was
    treated as a request by whoever hands material out, whatever its words ("저번 거 괜찮던데
    같은 걸로 더" ← a file): behaviour, read in criminal rooms only (roles, not verdicts)."""
    replied = chat.message(msg.reply_to)
    if replied is None or replied.kind != "message" or replied.media or replied.forwarded_from:
        return
    asker = _who(corpus, replied)
    if asker is None or asker == who:
        return
    ts = sigs.get(replied.text or "")
    if ts is not None and any(ts.signals.get(s, 0.0) >= 0.5 for s in PAYMENT_TALK):
        return
    add(Evidence(chat, replied, asker, "answered_with_material", 1.0))


def _reacts_to_material(chat: Chat, msg: Msg, who) -> bool:
    replied = chat.message(msg.reply_to)
    return replied is not None and replied.account_id != who and bool(replied.media or "http" in (replied.text or "") or "t.me/" in (replied.text or ""))


def all_texts(corpus: Corpus) -> list[str]:
    return [m.text for c in corpus.chats.values() for m in c.messages if m.kind == "message" and m.text]


def by_member(evidence: list[Evidence]) -> dict[int | str, list[Evidence]]:
    out: dict[int | str, list[Evidence]] = defaultdict(list)
    for e in evidence:
        out[e.who].append(e)
    return out
