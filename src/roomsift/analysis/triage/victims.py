"""Potential victims: people threatened, coerced or exposed, and people pleading. Never suspects.

Who is the target of a threat, coercion or exposure message?
  - accounts or names it @mentions (resolved through usernames when the case knows them);
  - the author of the message it replies to;
  - in a one-to-one chat, the other party.
A person pleading ("제발 지워주세요", "please stop, I'll do it") in a room with harm is a
potential victim too, unless they run that room.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roomsift.analysis.artifacts import extract
from roomsift.analysis.artifacts.model import USERNAME
from roomsift.analysis.triage.context import RoomContext
from roomsift.analysis.triage.data import Corpus
from roomsift.analysis.triage.evidence import ChatFacts, Evidence

HARM_SIGNALS = {"threat": 1.0, "coercion": 0.9, "expose_personal": 0.8}
PLEA_WEIGHT = 0.8
MIN_STRENGTH = 0.6
ONE_TO_ONE = {"personal_chat", "bot_chat"}


@dataclass
class VictimFinding:
    key: tuple  # ("who", account/name) or ("mention", "@name")
    who: int | str | None
    mention: str | None
    cited: list[tuple[Evidence, float]] = field(default_factory=list)

    @property
    def strength(self) -> float:
        return max((w for _, w in self.cited), default=0.0)


def find(corpus: Corpus, facts: dict[int, ChatFacts], contexts: dict[int, RoomContext]) -> dict[tuple, VictimFinding]:
    found: dict[tuple, VictimFinding] = {}

    def cite(who, mention, e: Evidence, weight: float) -> None:
        key = ("who", who) if who is not None else ("mention", mention.lower())
        v = found.setdefault(key, VictimFinding(key, who, mention))
        if mention and not v.mention:
            v.mention = mention
        v.cited.append((e, round(weight, 3)))

    for cid, f in facts.items():
        ctx = contexts[cid]
        if not ctx.criminal:
            continue
        chat = ctx.chat
        for e in f.evidence:
            if e.signal in HARM_SIGNALS and e.strength >= MIN_STRENGTH:
                weight = HARM_SIGNALS[e.signal] * e.strength
                for mention in _mentions(e.msg.text):
                    acc = corpus.username_to_account.get(mention[1:].lower())
                    cite(acc, mention, e, weight)
                replied = chat.message(e.msg.reply_to)
                if replied is not None and replied.account_id not in (None, e.who):
                    cite(replied.account_id, None, e, weight)
                if chat.type in ONE_TO_ONE:
                    for other in _other_parties(corpus, chat, f, e.who):
                        cite(other, None, e, weight)
            elif e.signal == "victim_plea" and e.strength >= MIN_STRENGTH and e.who not in ctx.runners:
                cite(e.who, None, e, PLEA_WEIGHT * e.strength)
    return found


def _mentions(text: str) -> list[str]:
    return list(dict.fromkeys("@" + a.value for a in extract(text) if a.kind == USERNAME))


def _other_parties(corpus: Corpus, chat, f: ChatFacts, speaker) -> list:
    others = [m for m in f.members if m != speaker and not isinstance(m, str)]
    if others:
        return others
    # Nobody else wrote: a one-to-one chat's id is the other user's id.
    for acc, key in corpus.account_keys.items():
        if key.endswith(f":user{chat.platform_id}") and acc != speaker:
            return [acc]
    return []
