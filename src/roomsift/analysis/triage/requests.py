"""Requests for a room's own material, read from the room's behaviour rather than a word list.

What a criminal room trades is named by the people who hand it out: the captions of its media
posts and forwards, and its offers ("통화건 2탄", "ep.21 비하인드", "A-22_part2"). A member who
asks for something in a request mood (a request verb, a question, an English imperative) and
names one of those terms asks for the room's material, however the request is phrased
("통화건으로 더 풀어주세요", "english guy case uploaded?"), in any scenario: the vocabulary is
learned per room from its distribution, so it follows the room and not the lexicon.

Terms are kept only when they are distinctive of distribution in that room: seen in at least
two offering messages, in offers for at least a quarter of their uses in the room, and less
often in the rooms not judged criminal than in those offers (everyday words — 오늘, 사진,
다들 — are everywhere and drop out). Numbers are a series, not an item: "ep.31" and "ep.5"
are one term, "ep.#". Price questions, payment
talk and quoted speech are left to their own readings; staff asking is handled by roles.py.
Runs after room verdicts, in criminal rooms only: it never makes a room criminal.
"""

from __future__ import annotations

import re
from collections import Counter

from roomsift.analysis.triage.evidence import ChatFacts, Evidence

GIVING = {"media_post", "forwarded_media", "distribute_material", "known_material"}
GIVING_FLOOR = 0.5
OFFER_FLOOR = 0.2  # the weakest offer reading role scoring keeps (evidence.WEAK_FLOOR)
TERM_MIN_GIVING = 2  # a term named in at least this many distribution messages
TERM_MIN_SHARE = 0.25  # … and used for distribution in at least this share of its uses in the room
NOT_A_REQUEST = {"payment_question", "payment_instruction", "payment_claim", "rules_announcement"}
NOT_A_REQUEST_FLOOR = 0.5
QUOTES = re.compile(r"['\"“”‘’「」]")
# Hangul words lose a trailing particle so "통화건으로" and "통화건" are one term; Latin
# words are lower-cased; numbers keep their counter and become "#" ("2탄" → "#탄").
_TOKEN = re.compile(r"[가-힣]{2,}|[a-z][a-z0-9_\-.]{2,}|\d+[가-힣a-z]+", re.I)
_DIGITS = re.compile(r"\d+")
_PARTICLE = re.compile(r"(?:으로|로|은|는|이|가|을|를|도|만|요|이요|이죠|죠|인가요|있어요|위주로)$")


def _terms(text: str) -> set[str]:
    out = set()
    for tok in _TOKEN.findall(text or ""):
        tok = tok.lower()
        bare = _PARTICLE.sub("", tok) if re.match(r"[가-힣]", tok) else tok
        if len(bare) >= 2:
            out.add(_DIGITS.sub("#", bare))  # a series, not one item: "ep.31", "2탄", "R-11" name its kind
    return out


def suppliers(facts: ChatFacts) -> set:
    """Who hands material out in this room: media, forwards, known material, clear offers."""
    return {e.who for e in facts.evidence if e.signal in GIVING and (e.signal != "distribute_material" or e.strength >= GIVING_FLOOR)}


def candidate_terms(facts: ChatFacts) -> Counter:
    """Terms named in two or more of the room's offering messages (media captions, forwards,
    offers read at any strength the role scoring keeps), with their counts."""
    offering = {e.msg.id: e.msg for e in facts.evidence if e.signal in GIVING and e.strength >= OFFER_FLOOR}
    counts: Counter = Counter()
    for msg in offering.values():
        counts.update(_terms(msg.text))
    return Counter({t: n for t, n in counts.items() if n >= TERM_MIN_GIVING})


def room_vocabulary(facts: ChatFacts, background: Counter | None = None) -> set[str]:
    """Terms distinctive of what this room hands out: its suppliers use them for at least a
    quarter of their uses in the room, and rooms not judged criminal (`background`: term →
    messages there) use them less than the suppliers do."""
    candidates = candidate_terms(facts)
    if not candidates:
        return set()
    everywhere = background_terms((msg.text for msg in facts_messages(facts)), set(candidates))
    background = background or Counter()
    return {t for t, n in candidates.items() if n >= TERM_MIN_SHARE * everywhere[t] and background[t] < n}


def background_terms(texts, wanted: set[str]) -> Counter:
    """Messages using each wanted term in rooms not judged criminal."""
    out: Counter = Counter()
    for text, n in Counter(texts).items():  # each distinct text read once, counted as often as it is used
        for term in _terms(text) & wanted:
            out[term] += n
    return out


def facts_messages(facts: ChatFacts):
    chat = facts.evidence[0].chat if facts.evidence else None
    return [m for m in chat.messages if m.kind == "message" and m.text] if chat else []


def _moods(texts: list[str]) -> dict[str, bool]:
    """Request mood per text: a Korean request verb or question ending, an English imperative
    or question, or a question mark."""
    from roomsift.analysis.language import english, korean

    out = {t: "?" in t for t in texts}
    ko = [t for t in texts if korean.has_hangul(t)]
    for t, v in zip(ko, korean.views(ko)):
        out[t] = out[t] or bool(v.requested) or v.question
    for t in texts:
        if not out[t] and re.search(r"[A-Za-z]{3,}", t):
            v = english.view(t)
            out[t] = v.imperative_start or v.question
    return out


def find(facts: ChatFacts, runners: set, background: Counter | None = None) -> list[Evidence]:
    """`asks_room_material` evidence for members' requests naming the room's material."""
    vocab = room_vocabulary(facts, background)
    supply = suppliers(facts)
    if not vocab:
        return []
    by_msg: dict[int, set[str]] = {}
    for e in facts.evidence:
        if (e.signal in GIVING and e.strength >= GIVING_FLOOR) or (e.signal in NOT_A_REQUEST and e.strength >= NOT_A_REQUEST_FLOOR):
            by_msg.setdefault(e.msg.id, set()).add(e.signal)
    candidates = []
    givers = runners | supply  # once, not per message
    terms: dict[str, set[str]] = {}  # per distinct text
    for msg in facts_messages(facts):
        if msg.account_id is None or msg.account_id in givers or msg.id in by_msg or msg.media or msg.forwarded_from:
            continue
        if QUOTES.search(msg.text):
            continue  # quoting someone else's request is not asking
        if msg.text not in terms:
            terms[msg.text] = _terms(msg.text) & vocab
        named = terms[msg.text]
        if named:
            candidates.append((msg, named))
    if not candidates:
        return []
    mood = _moods(list({m.text for m, _ in candidates}))
    chat = facts.evidence[0].chat
    return [Evidence(chat, msg, msg.account_id, "asks_room_material", 1.0, tuple(sorted(named)))
            for msg, named in candidates if mood.get(msg.text)]

