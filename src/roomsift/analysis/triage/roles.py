"""Role scores per person from cited evidence in criminal rooms (weights: weights.py)."""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field

from roomsift.analysis.triage.context import ONE_TO_ONE, distinct_texts
from roomsift.analysis.triage.evidence import INVITE_LINK, Evidence
from roomsift.analysis.triage.weights import PRIOR_SHIFTED, ROLE_THRESHOLD, ROLE_WEIGHTS, ROOM_PRIOR_ODDS, SIGNAL_ROLE, TIERS

WEAK_BELOW = 0.5  # a language reading below the model's decision cut
VIEWER_BASE = 0.1
VIEWER_PER_MESSAGE = 0.02
VIEWER_MAX = 0.45


@dataclass
class Cited:
    evidence: Evidence
    role: str
    weight: float  # the evidence's contribution: role weight × signal strength


@dataclass
class PersonFinding:
    person: str
    accounts: set = field(default_factory=set)
    role_scores: dict[str, float] = field(default_factory=dict)
    cited: list[Cited] = field(default_factory=list)
    membership: list[Evidence] = field(default_factory=list)  # joins/first posts in criminal rooms
    messages: int = 0
    evidence_total: int = 0  # citations behind the scores (cited keeps the strongest per role)

    @property
    def roles(self) -> list[str]:
        roles = [r for r in TIERS if r != "viewer" and self.role_scores.get(r, 0) >= ROLE_THRESHOLD]
        return roles or ["viewer"]

    @property
    def tier(self) -> int:
        return min(TIERS[r] for r in self.roles)

    @property
    def score(self) -> float:
        top = self.roles[0]
        if top == "viewer":
            return round(min(VIEWER_MAX, VIEWER_BASE + VIEWER_PER_MESSAGE * self.messages), 3)
        return round(self.role_scores[top], 3)

    def sort_key(self) -> tuple:
        return (self.tier, -self.score, -self.evidence_total, -self.messages, self.person)


def score_person(finding: PersonFinding, evidence: list[Evidence], member: bool = False) -> None:
    """`member`: the person belongs to the ring's group rooms as a member only — neither a
    runner nor back-room staff (context.back_room_staff). Such a person's threats in a
    one-to-one chat are their own crime against a victim (the victim is listed, the chat is
    criminal), not the work of running the ring: they make no operator. A coercer seen in no
    group room runs their own coercion, and the ring's staff coerce for the ring."""
    if member:
        evidence = [e for e in evidence if not _coerces_one_to_one(e)]
    _score(finding, evidence)
    operator = finding.role_scores.get("operator", 0) >= ROLE_THRESHOLD
    if operator or finding.role_scores.get("distributor", 0) >= ROLE_THRESHOLD:
        finding.cited.clear()
        finding.role_scores.clear()
        finding.evidence_total = 0
        _score(finding, [e for e in evidence if not _staff_ask(e, operator)
                         and not (operator and _admits(e))])


ASKING = {"request_material", "asks_room_material", "request_answered", "answered_with_material"}
# What an operator says about handing things out ("2관 링크 보냄", "새 방 링크 각자 받았지") and
# the invitation links an operator hands a paying buyer are admission work, and the text posts
# an operator forwards relay a victim's words or a notice: an operator distributes only by
# handing over files (media, forwarded media, file links).
WORDS_OF_GIVING = {"distribute_material", "forwarded_post"}


def _admits(e: Evidence) -> bool:
    return e.signal in WORDS_OF_GIVING or (e.signal == "material_link" and any(k in (e.msg.text or "") for k in INVITE_LINK))


def _staff_ask(e: Evidence, operator: bool) -> bool:
    """Staff talk about material all day — what is ready, what to post, what members asked
    for. An operator's asks direct the staff or, one-to-one, coerce a victim ("one more test
    video"): never solicitation. A distributor becomes a solicitor only by a clear request."""
    if operator:
        return e.signal in ASKING
    return e.signal == "request_material" and e.strength < WEAK_BELOW


OPERATOR_ACTS = {"created_room", "removed_members", "pinned_message", "edited_room", "admission_control", "channel_post", "staff_management",
                 "collected_payment"}
OPERATOR_WORDS_MIN = 3


def _coerces_one_to_one(e: Evidence) -> bool:
    return e.signal in ("threat", "coercion") and e.chat.type in ("personal_chat", None)


def _runs_by_behaviour(cited: list[Cited]) -> bool:
    if any(c.evidence.signal in OPERATOR_ACTS for c in cited):
        return True
    if any(_coerces_one_to_one(c.evidence) for c in cited):
        return True
    return len({c.evidence.msg.id for c in cited if c.weight >= 0.2}) >= OPERATOR_WORDS_MIN


def in_criminal_room(signal: str, strength: float) -> float:
    """A language reading's strength under the prior of a room judged criminal (weights.py)."""
    if signal not in PRIOR_SHIFTED or strength >= 1.0 or strength <= 0.0:
        return strength
    odds = ROOM_PRIOR_ODDS * strength / (1.0 - strength)
    return odds / (1.0 + odds)


def _giving_is_not_asking(evidence: list[Evidence]) -> list[Evidence]:
    """A message that posts media, or reads at least as much as an offer as a request
    ("요청분 처리 완료", "새 거 올라왔어요 — 요청 게시판 확인"), gives material: its request
    reading is not solicitation. A media caption ("ep.36 비하인드") describes its media: its
    price reading sets no price. Media shown to one person in a one-to-one chat has no
    audience (a coercer showing the victim what they hold): it is not distribution."""
    offers: dict[int, float] = {}
    asks: dict[int, float] = {}
    for e in evidence:
        if e.signal in ("distribute_material", "media_post", "forwarded_media"):
            offers[e.msg.id] = max(offers.get(e.msg.id, 0.0), e.strength)
        if e.signal == "request_material":
            asks[e.msg.id] = max(asks.get(e.msg.id, 0.0), e.strength)
    media_msgs = {e.msg.id for e in evidence if e.signal in ("media_post", "forwarded_media")}
    out = []
    for e in evidence:
        if e.signal == "request_material" and offers.get(e.msg.id, 0.0) >= e.strength:
            continue
        if e.signal == "distribute_material" and asks.get(e.msg.id, 0.0) > e.strength:
            continue  # and the reverse: a text read more as a request than an offer ("재업 요청합니다") asks
        if e.signal == "price_announcement" and e.msg.id in media_msgs:
            continue  # a caption describes its media ("ep.36 비하인드"): it does not set a price
        if e.signal in ("media_post", "forwarded_post") and e.chat.type in ONE_TO_ONE:
            continue  # media shown to one person has no audience: it is not distribution
        out.append(e)
    return out


def _weak(e: Evidence) -> bool:
    return e.signal in PRIOR_SHIFTED and e.strength < WEAK_BELOW


def _strongest_weak(evidence: list[Evidence]) -> dict[str, Evidence]:
    """Readings below the model's own cut are one person's style repeated, not independent
    evidence: only the strongest of each signal counts, so they can tip a role, never pile up."""
    out: dict[str, Evidence] = {}
    for e in evidence:
        if _weak(e) and (e.signal not in out or e.strength > out[e.signal].strength):
            out[e.signal] = e
    return out


DISTRIBUTION_ACTS = {"known_material", "answered_request", "forwarded_media", "forwarded_post", "material_link", "media_post", "posted_link"}
DISTRIBUTOR_WORDS_MIN = 2


def _distributes_by_behaviour(cited: list[Cited]) -> bool:
    if any(c.evidence.signal in DISTRIBUTION_ACTS for c in cited):
        return True
    # Re-posts of one line with a typo or an emoji are one message, not two.
    return len(distinct_texts([c.evidence for c in cited if c.evidence.strength >= WEAK_BELOW])) >= DISTRIBUTOR_WORDS_MIN


CITED_PER_ROLE = 200  # strongest citations kept per role; the score uses every one


def _score(finding: PersonFinding, evidence: list[Evidence]) -> None:
    survive: dict[str, float] = defaultdict(lambda: 1.0)
    cited: dict[str, list[Cited]] = defaultdict(list)
    evidence = _giving_is_not_asking(evidence)
    weakest_kept = _strongest_weak(evidence)
    for e in evidence:
        role = SIGNAL_ROLE.get(e.signal)
        if role is None:
            continue
        if _weak(e) and e is not weakest_kept.get(e.signal):
            continue
        w = ROLE_WEIGHTS[role][e.signal] * in_criminal_room(e.signal, e.strength)
        if w <= 0:
            continue
        survive[role] *= 1.0 - w
        cited[role].append(Cited(e, role, round(w, 3)))
    for role, s in survive.items():
        finding.role_scores[role] = round(1.0 - s, 4)
        if role == "operator" and not _runs_by_behaviour(cited[role]):
            # Behaviour before words: running a room shows in admin acts (create, pin, remove,
            # admit, sign the channel) or in coercing a victim one-to-one; words alone (a price,
            # a rule) make an operator only when said in three messages or more.
            finding.role_scores[role] = min(finding.role_scores[role], round(ROLE_THRESHOLD - 0.01, 4))
        if role == "distributor" and not _distributes_by_behaviour(cited[role]):
            # Behaviour before words, as for operators: distribution shows in media, links,
            # forwards or answers to requests; words alone ("올렸어요", and the thanks that read
            # like them: "링크 살아있네요 감사") make a distributor only when said twice or more.
            finding.role_scores[role] = min(finding.role_scores[role], round(ROLE_THRESHOLD - 0.01, 4))
        items = cited[role]
        if len(items) > CITED_PER_ROLE:
            items = heapq.nlargest(CITED_PER_ROLE, items, key=lambda c: c.weight)
        finding.cited.extend(items)
        finding.evidence_total += len(cited[role])
