"""Role scores per account, and a person's roles from its accounts (weights: weights.py).

Roles are decided per account: what an account did in criminal rooms decides its roles. A
person (identity's confirmed or strong links, identity/api.py) holds the union of its
accounts' roles and is ranked by its strongest account. Evidence is not pooled across a
person's accounts: an old account's payment does not make the new account a payer, and a
payer's account seen only in a gaming clan has no role at all.

One role carries to a linked account: running the ring. An operator's stated alt that acts
in the ring's rooms (a lobby desk admitting buyers, a collector's new account) is run by the
operator; its asks and payment words are the ring's business, so it is read as the
operator's (see `score_accounts`). Every labelled corpus here agrees: the alts of operators
are operators, while payers', solicitors' and viewers' old and new accounts each hold only
what that account did. A role the person holds does make an account's own weak reading of
it likelier (PERSON_PRIOR_ODDS), as a criminal room does."""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from dataclasses import dataclass, field

from roomsift.analysis.triage.context import ONE_TO_ONE, distinct_texts
from roomsift.analysis.triage.evidence import INVITE_LINK, Evidence
from roomsift.analysis.triage.weights import (PICTURE_POST, PRIOR_SHIFTED, ROLE_THRESHOLD, ROLE_WEIGHTS, ROOM_PRIOR_ODDS, SIGNAL_ROLE,
                                               TIERS, UPLOAD_KINDS)

WEAK_BELOW = 0.5  # a language reading below the model's decision cut
# A person known (identity) to pay, ask or hand out on one account makes the same reading on
# its other account likelier: its odds are multiplied by this factor, like a criminal room's
# (weights.ROOM_PRIOR_ODDS). Only the account's own readings are shifted: without one, nothing carries.
PERSON_PRIOR_ODDS = 2.0
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
    # member (account id, or a name key) → (its roles, its score), strongest first: who did what
    account_roles: dict = field(default_factory=dict)

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


def score_accounts(finding: PersonFinding, evidence_by_account: dict, member: bool = False) -> None:
    """Score each of a person's accounts on its own evidence, then the person from them.

    `evidence_by_account`: member (account id or name key) → its evidence in criminal rooms;
    every account the person was seen with in a criminal room is a key (its membership makes
    it a viewer at least). An account that runs the ring (operator on its own evidence) makes
    each other account of the person that has no active role of its own, or only member-side
    roles that running explains (asks, payment words), an operator too: it is re-read as
    the operator's, with the operator's staff asks and admission words left out. An account
    that hands out material on its own (a distributor) keeps its own roles: an operator's alt
    posting uploads in the paid room is that uploader, not a second runner.

    No other role carries, but a person's role backs its other accounts' own readings of it:
    a payment reading below the model's cut ("3단계 35만원 완료") on the new account of a
    person whose old account paid counts at shifted odds (PERSON_PRIOR_ODDS). An account with
    no reading of its own gains nothing."""
    scored: dict = {}
    for acc, evidence in evidence_by_account.items():
        f = PersonFinding(finding.person)
        score_account(f, evidence, member)
        scored[acc] = f
    # A reading below the cut on one account is backed by the role its person holds on another.
    own = {acc: set(f.roles) for acc, f in scored.items()}
    for acc in own:
        backed = {r for other, rs in own.items() if other != acc for r in rs} - {"viewer", "operator"} - own[acc]
        if backed and any(SIGNAL_ROLE.get(e.signal) in backed for e in evidence_by_account[acc]):
            f = PersonFinding(finding.person)
            score_account(f, evidence_by_account[acc], member, backed=frozenset(backed))
            scored[acc] = f
    runners = [f for f in scored.values() if "operator" in f.roles]
    if runners:
        run_score = max(f.role_scores["operator"] for f in runners)
        for acc, f in scored.items():
            if "operator" in f.roles or "distributor" in f.roles:
                continue
            carried = PersonFinding(finding.person)
            score_account(carried, evidence_by_account[acc], member, runs=True)
            carried.role_scores["operator"] = max(carried.role_scores.get("operator", 0.0), run_score)
            scored[acc] = carried
    finding.role_scores.clear()
    finding.cited.clear()
    finding.evidence_total = 0
    for f in scored.values():
        for role, v in f.role_scores.items():
            finding.role_scores[role] = max(finding.role_scores.get(role, 0.0), v)
        finding.cited.extend(f.cited)
        finding.evidence_total += f.evidence_total
    finding.account_roles = {acc: (f.roles, f.score) for acc, f in
                             sorted(scored.items(), key=lambda kv: (kv[1].tier, -kv[1].score, str(kv[0])))}


def score_account(finding: PersonFinding, evidence: list[Evidence], member: bool = False, runs: bool = False,
                 backed: frozenset = frozenset()) -> None:
    """`runs`: the account is run by an operator (score_accounts) — read as the operator's.
    `backed`: roles the same person holds on another account (in_criminal_room).
    `member`: the person belongs to the ring's group rooms as a member only — neither a
    runner nor back-room staff (context.back_room_staff). Such a person's threats in a
    one-to-one chat are their own crime against a victim (the victim is listed, the chat is
    criminal), not the work of running the ring: they make no operator. A coercer seen in no
    group room runs their own coercion, and the ring's staff coerce for the ring."""
    if member:
        evidence = [e for e in evidence if not _coerces_one_to_one(e)]
    _score(finding, evidence, backed)
    operator = runs or finding.role_scores.get("operator", 0) >= ROLE_THRESHOLD
    distributor = finding.role_scores.get("distributor", 0) >= ROLE_THRESHOLD
    if operator or distributor:
        finding.cited.clear()
        finding.role_scores.clear()
        finding.evidence_total = 0
        captions = _captions(evidence) if distributor else set()
        _score(finding, [e for e in evidence if not _staff_ask(e, operator)
                         and not (operator and (_admits(e) or e.signal == "says_paid"))
                         and not (e.signal == "payment_claim" and e.msg.id in captions)], backed)


def _captions(evidence: list[Evidence]) -> set:
    """A distributor's media captions ("#S-0217", "K-04 썸네일") label the upload: the model's
    payment reading of one is no payment unless its words say so plainly (says_paid)."""
    said = {e.msg.id for e in evidence if e.signal == "says_paid"}
    return {e.msg.id for e in evidence if e.signal in ("media_post", "forwarded_media")} - said


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


def in_criminal_room(signal: str, strength: float, backed: bool = False) -> float:
    """A language reading's strength under the prior of a room judged criminal (weights.py);
    `backed`: the same person holds this reading's role on another account, which shifts the
    odds once more, as the room does (score_accounts)."""
    if signal not in PRIOR_SHIFTED or strength >= 1.0 or strength <= 0.0:
        return strength
    odds = ROOM_PRIOR_ODDS * (PERSON_PRIOR_ODDS if backed else 1.0) * strength / (1.0 - strength)
    return odds / (1.0 + odds)


def _giving_is_not_asking(evidence: list[Evidence]) -> list[Evidence]:
    """A message that posts media, or reads at least as much as an offer as a request
    ("요청분 처리 완료", "새 거 올라왔어요 — 요청 게시판 확인"), gives material: its request
    reading is not solicitation. A media caption ("ep.36 비하인드") describes its media: its
    price reading sets no price. Media shown to one person in a one-to-one chat has no
    audience (a coercer showing the victim what they hold): it is not distribution.

    Paying is read the same way: a message that hands a value over (a payment relation, or
    words that say so plainly) is its author's payment, so what the model reads in it as a
    price, a payment instruction or a person's details (a PIN is a string of digits) is none
    of those; and a line read more as a price than as a payment ("3만원") names a price."""
    offers: dict[int, float] = {}
    asks: dict[int, float] = {}
    for e in evidence:
        if e.signal in ("distribute_material", "media_post", "forwarded_media"):
            offers[e.msg.id] = max(offers.get(e.msg.id, 0.0), e.strength)
        if e.signal == "request_material":
            asks[e.msg.id] = max(asks.get(e.msg.id, 0.0), e.strength)
    media_msgs = {e.msg.id for e in evidence if e.signal in ("media_post", "forwarded_media")}
    said_paid = {e.msg.id for e in evidence if e.signal == "says_paid"}
    handed = said_paid | {e.msg.id for e in evidence if e.signal == "payment_relation"}
    prices: dict[int, float] = {}
    for e in evidence:
        if e.signal == "price_announcement":
            prices[e.msg.id] = max(prices.get(e.msg.id, 0.0), e.strength)
    out = []
    for e in evidence:
        if e.signal in ("price_announcement", "payment_instruction", "expose_personal") and e.msg.id in handed:
            continue  # a value handed over ("문상 5만원짜리 … 보냄", a PIN alone) is the author's payment: not the room's terms, nor a person's details
        if e.signal == "payment_claim" and e.msg.id not in handed and prices.get(e.msg.id, 0.0) > e.strength:
            continue  # read more as a price than as a payment ("3만원"): it names a price, it pays nothing
        if e.signal == "request_material" and offers.get(e.msg.id, 0.0) >= e.strength:
            continue
        if e.signal == "distribute_material" and asks.get(e.msg.id, 0.0) > e.strength:
            continue  # and the reverse: a text read more as a request than an offer ("재업 요청합니다") asks
        if e.signal == "price_announcement" and e.msg.id in media_msgs:
            continue  # a caption describes its media ("ep.36 비하인드"): it does not set a price
        if e.signal == "payment_claim" and e.msg.id in media_msgs and e.strength < WEAK_BELOW and e.msg.id not in said_paid:
            continue  # nor, read below the model's cut as a payment ("K-04 썸네일"), a payment
        if e.signal == "media_post" and e.msg.id in said_paid:
            continue  # an image captioned in words of a payment ("입금했어요" + a transfer screenshot) proves a payment: it hands out nothing
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


# Paying shows in acts: a payment service message, a collector's confirmation, a value handed
# over (payment relations), or words that say so plainly (a claim the model reads at its own
# cut, or "says_paid"). A price question with a claim read below the cut ("요청 게시판에
#올렸는데 확인 좀요") is intent and a guess together: not a payment.
PAYING_ACTS = {"sent_payment", "payment_confirmed", "payment_relation", "says_paid"}


def _pays_by_behaviour(cited: list[Cited]) -> bool:
    return any(c.evidence.signal in PAYING_ACTS or (c.evidence.signal == "payment_claim" and c.weight >= ROLE_THRESHOLD)
               for c in cited)


DISTRIBUTION_ACTS = {"known_material", "answered_request", "forwarded_media", "forwarded_post", "material_link", "media_post", "posted_link"}
DISTRIBUTOR_WORDS_MIN = 2


# A reaction to someone else's upload reads like an offer: thanks ("링크 살아있네요 감사"), another's
# act in honorific form ("올려주셨네"), or the exclamation of noticing it ("와 오늘 많이 올렸네").
_REACTION = re.compile(r"감사|ㄳ|고마|고맙|땡큐|\b(?:thanks|thank\s+you|thx|ty)\b|셨|주셨|해주신|올려주|"
                       r"(?:했|렸|왔|됐|졌)네(?:요)?(?=$|[\s!.~,ㅋㅎㅠ?])", re.IGNORECASE)


def _distributes_by_behaviour(cited: list[Cited]) -> bool:
    if any(c.evidence.signal in DISTRIBUTION_ACTS for c in cited):
        return True
    # Re-posts of one line with a typo or an emoji are one message, not two; reactions to
    # someone else's upload are no one's offer.
    said = [c.evidence for c in cited if c.evidence.strength >= WEAK_BELOW and not _REACTION.search(c.evidence.msg.text or "")]
    return len(distinct_texts(said)) >= DISTRIBUTOR_WORDS_MIN


def _weight(role: str, e: Evidence) -> float:
    """A media post's weight depends on what was posted: an upload (a video, a file) or a
    picture anyone shares (weights.PICTURE_POST)."""
    if e.signal == "media_post" and not UPLOAD_KINDS & set(e.cues):
        return PICTURE_POST
    return ROLE_WEIGHTS[role][e.signal]


CITED_PER_ROLE = 200  # strongest citations kept per role; the score uses every one


def _score(finding: PersonFinding, evidence: list[Evidence], backed: frozenset = frozenset()) -> None:
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
        w = _weight(role, e) * in_criminal_room(e.signal, e.strength, role in backed)
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
        if role == "payer" and not _pays_by_behaviour(cited[role]):
            finding.role_scores[role] = min(finding.role_scores[role], round(ROLE_THRESHOLD - 0.01, 4))
        items = cited[role]
        if len(items) > CITED_PER_ROLE:
            items = heapq.nlargest(CITED_PER_ROLE, items, key=lambda c: c.weight)
        finding.cited.extend(items)
        finding.evidence_total += len(cited[role])
