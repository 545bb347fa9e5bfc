"""Room context: does a room show signs of crime? Only then are its people suspects.

The same words mean different things in different rooms ("send us something good from your
trip" in a photo club, a tournament "entry fee" in a gaming clan). A room is read as
criminal when its own evidence says so:
  - strong families, each enough alone: known-material matches; harm (threats/coercion
    against someone); a link to a criminal room (its runners run or threaten there, or it
    forwards posts from one);
  - weak families, which count only together: material traffic (requests and/or
    distribution) AND controlled access (payment for entry, leak/capture rules, removals).
Rooms whose messages often name everyday purposes (trips, tournaments, school events,
trading) keep only part of their weak evidence. Weights: triage/weights.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roomsift.analysis.triage.data import Chat
from roomsift.analysis.triage.evidence import ChatFacts
from roomsift.analysis.triage.weights import BENIGN_TOPIC_DAMPING, BENIGN_TOPIC_SHARE, ROOM_THRESHOLD, ROOM_WEIGHTS

RUNNER_SIGNALS = {"created_room", "pinned_message", "removed_members", "price_announcement", "rules_announcement",
                  "staff_management", "admission_control", "threat", "coercion", "payment_instruction", "channel_post"}


@dataclass
class RoomContext:
    chat: Chat
    families: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    benign_topic_share: float = 0.0
    runners: set = field(default_factory=set)
    paid: bool = False  # entry is paid: price/admission evidence in the room

    @property
    def criminal(self) -> bool:
        return self.score >= ROOM_THRESHOLD


def _noisy_or(values) -> float:
    p = 1.0
    for v in values:
        p *= 1.0 - max(0.0, min(1.0, v))
    return 1.0 - p


def _distinct(facts: ChatFacts, signal: str, floor: float) -> set:
    return {e.who for e in facts.evidence if e.signal == signal and e.strength >= floor}


def _count(facts: ChatFacts, signals: set[str], floor: float = 0.5) -> int:
    return sum(1 for e in facts.evidence if e.signal in signals and e.strength >= floor)


def assess(chat: Chat, facts: ChatFacts) -> RoomContext:
    ctx = RoomContext(chat)
    f = ctx.families
    f["known_material"] = 1.0 if any(e.signal == "known_material" for e in facts.evidence) else 0.0
    harm = [e.strength for e in facts.evidence if e.signal in ("threat", "coercion") and e.strength >= 0.6]
    f["harm"] = max(harm) if harm else 0.0
    solicitors = _distinct(facts, "request_material", 0.5)
    f["solicitation"] = min(1.0, len(solicitors) / 2)
    dist = _count(facts, {"distribute_material", "answered_request", "material_link"})
    media = _count(facts, {"media_post", "forwarded_media"})
    f["distribution"] = min(1.0, dist / 2 + media / 6)
    paid = _count(facts, {"price_announcement", "payment_instruction", "payment_claim", "admission_control", "sent_payment"})
    f["paid_access"] = min(1.0, paid / 2)
    ctx.paid = _count(facts, {"price_announcement", "admission_control", "sent_payment"}) > 0
    control = _count(facts, {"rules_announcement", "removed_members"})
    f["control"] = min(1.0, control / 1)
    ctx.benign_topic_share = facts.benign_topic_messages / facts.text_messages if facts.text_messages else 0.0
    damp = BENIGN_TOPIC_DAMPING if ctx.benign_topic_share >= BENIGN_TOPIC_SHARE else 1.0
    material = max(f["solicitation"], f["distribution"])
    access = max(f["paid_access"], f["control"])
    weak = 0.0
    if material > 0 and access > 0:
        weak = _noisy_or(ROOM_WEIGHTS[k] * f[k] for k in ("solicitation", "distribution", "paid_access", "control")) * damp
    strong = _noisy_or(ROOM_WEIGHTS[k] * f[k] for k in ("known_material", "harm"))
    f["weak"] = round(weak, 3)
    ctx.runners = {e.who for e in facts.evidence if e.signal in RUNNER_SIGNALS and e.strength >= 0.5}
    ctx.score = round(_noisy_or([strong, weak]), 3)
    return ctx


def link_rooms(contexts: dict[int, RoomContext], facts: dict[int, ChatFacts], rounds: int = 2) -> None:
    """A room run by people who run (or threaten in) a criminal room, or that forwards from a
    criminal room, shares its context."""
    for _ in range(rounds):
        criminal = [c for c in contexts.values() if c.criminal]
        crim_runners = set().union(*(c.runners for c in criminal)) if criminal else set()
        crim_titles = {c.chat.title for c in criminal}
        changed = False
        for cid, ctx in contexts.items():
            if ctx.criminal:
                continue
            shared = ctx.runners & crim_runners
            forwards = facts[cid].forwarded_from & crim_titles
            if shared or forwards:
                link = 1.0 if shared else 0.6
                ctx.families["linked"] = link
                ctx.score = round(_noisy_or([ctx.score, ROOM_WEIGHTS["linked"] * link]), 3)
                changed = changed or ctx.criminal
        if not changed:
            break
