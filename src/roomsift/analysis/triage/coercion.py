"""Coercion of a person, read from the exchange between two people, not from single messages.

A threat is room evidence ("coercion of a person") and makes a victim only when it is directed
at a specific person and the exchange holds together. Single-message readings are not enough:
everyday chat says "죽을래? ㅋㅋ", games and sports taunt, friends nag about deadlines, and a
model reading one line at a time fires on some of that.

Directed at someone:
  - in a two-person chat (a one-to-one chat, or a group where only two people speak), at the
    other party — unless the message @mentions a third person (then it is about them);
  - in a larger room, only through a reply to that person's message or an @mention of a
    participant. Threat words in a group that are addressed to nobody make no finding and, in
    that room, are no evidence at all (they give nobody a role).

The exchange holds together when, inside a window of consecutive messages (about one exchange;
a long friendly chat must not add up), the one who threatens
  - piles up pressure: summed harm readings >= PRESSURE_MIN (a line said again counts once), or
  - presses and is answered: summed harm >= ANSWERED_MIN and the other party pleads, refuses or
    complies (plea readings summed >= PLEA_MIN),
at least one of the lines threatens (a threat, extortion or exposure reading >= THREAT_MIN:
deadlines and demands alone are what parents, teachers and landlords say), and it is not banter: when the other party laughs in the window and does not plead (a plea
that laughs — "제발 그것만은 ㅋㅋㅋ" — is played along, not a plea), or, between two people, when
at least half the lines around the window laugh, it is a joke between them; a person under real
pressure does not laugh it off. A harm reading in a line that laughs, or that retells someone
else's words with a hearsay ending ("…뿌린다고 했대요", "she said …") or a quoted span counts for half; a
clause reported with a verb of saying or sending ("…죽인다고 문자 보냈어", not a reminder of one's own
words, "…했잖아"), an echo question saying the other party's words back ("죽이겠다고?"), or
someone else's act feared ("…뿌릴까 봐 무서워요") for a quarter.
Quoted words are cut before any reading (language/signals.py, model.strip_quotes). (Games,
sports and hyperbole are left to the model, trained on such lines as negatives: the lexicon's
everyday-object list also holds school words, and "I'll tell your teacher" is a threat.)

Between two people an exchange is coercion of a person *in itself* (enough to make a one-to-one
chat criminal: context.py) only when the other party pleads and it menaces (a threat of violence
or exposure), or she begs again and again (Exchange.stands_alone); other pressure (a coach, a
collector, a quarrel) counts only in a chat tied to a criminal room. A person coerced elsewhere
who repeats such words to someone else, unanswered, is telling what is done to her (drop_retold).

Who threatens and who is threatened comes from the messages — the party whose harm most
outweighs their own pleas threatens — never from who wrote first.

Readings come from the learned language model (analysis/language/model.py) through each
message's TextSignals. Thresholds were set on the open development dialogues
(eval/dialogues-ko, eval/everyday-ko); docs/triage.md records the figures.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from roomsift.analysis.language.model import strip_quotes
from roomsift.analysis.triage.data import Chat, Msg

HARM_LABELS = ("threat_violence", "threat_exposure", "extortion", "exposure_personal")
LEXICON_HARM = {"threat": 0.8, "coercion": 0.7, "expose_personal": 0.7}  # damped: the lexicon is weaker than the model
HARM_SIGNALS = ("threat", "coercion", "expose_personal")
MENACE_LABELS = ("threat_violence", "threat_exposure", "exposure_personal")
THREAT_SIGNALS = ("threat", "expose_personal")  # "coercion" in the lexicon is a demand, not yet a threat
# Between two people, an exchange menaces when one of the aggressor's lines threatens violence or
# exposure at least this much (extortion, deadlines and demands left out). An exchange is coercion of a
# person in itself (context.py: enough alone in a one-to-one chat) only when the other party pleads
# and it menaces, or she begs again and again (summed pleas >= BEGGING_MIN: "제발요", "이제 그만하고
# 싶어요" under "미션"/"약속" pressure). A coach's unanswered deadlines, a collector's visit answered
# by one "방문은 하지 마세요", or a threat nobody answers ("가만 안 둬" in a quarrel over a deposit) are
# not enough alone: they count only in a chat tied to a criminal room (context.link_rooms).
MENACE_MIN = 0.35
QUARREL_MIN = 1.0  # two people: the other party's own threatening lines summed to this press back (a quarrel)
BEGGING_MIN = 1.5
THREAT_MIN = 0.35  # an exchange needs one line this threatening: a demand with a deadline is not coercion (docs/triage.md 2a)
PLEA_LABEL = "plea"
DEADLINE_SHARE = 0.5  # a deadline alone is pressure, not yet a threat

FLOOR = 0.25  # a reading below this is no harm at all
PLEA_FLOOR = 0.3
WINDOW = 12  # consecutive messages read together
PRESSURE_MIN = 1.0  # summed harm of one party that holds on its own
ANSWERED_MIN = 0.5  # summed harm that holds when answered by a plea ...
PLEA_MIN = 0.4  # ... of at least this much
BANTER_DAMP = 0.5  # a harm reading in a laughing line
RESPONSE_SPAN = 3  # in a larger room, the addressee's lines within this many messages answer the threat
# Hearsay endings: the line retells what someone else said ("…뿌린다고 했대요", "he said he'd …").
_HEARSAY = re.compile(r"(?:했대|한대|했다더라|했다던데|그랬대|랬대|래요|대요|랬어|라더라|다더라)\s*[.?!~ㅠㅜ]*$|\b(?:he|she|they) (?:said|says|told)\b", re.I)
# Someone else's words or acts, retold (a quarter): a line that ends in a clause reported with a
# verb of saying or sending ("…뿌린다고 문자 보냈어", "…알린다고 협박했어요"; not a reminder of
# one's own words, "…죽인다고 했지/했잖아"), a line that is an echo question saying the other
# party's words back ("뿌린다고? 진짜로?" — not one that goes on to say something of its own:
# "너무하다고? … 가져갈 테니까 똑바로 해"), or someone else's act feared ("신고하면 올릴까 봐
# 무서워").
_RETOLD = re.compile(r"(?:다|냐)고\s*(?:했|하더|하던|그랬|그러더|말했|말하더|보냈|협박|문자|카톡|디엠|DM|연락|들었)(?![가-힣]*(?:지|잖))[가-힣]*(?:\s+[가-힣]{1,5}){0,2}[\s.?!~ㅠㅜ]*$"
                     r"|(?:다|라|냐|자)고(?:요)?\s*\?+(?:\s*[가-힣]{1,6}\??){0,2}[\s.?!~ㅠㅜ]*$"
                     r"|까\s?봐(?:서|요)?\s*(?:너무\s*|진짜\s*|정말\s*)?(?:무서|걱정|겁|불안|두려)", re.I)
RETOLD_SHARE = 0.25
_LAUGH = re.compile(r"ㅋㅋ|ㅎㅎ|ㅋㅎ|\blo+l\b|\blmf?ao+\b|\bha(?:ha)+\b|\bhe(?:he)+\b|😂|🤣|😆|😜")


def message_harm(ts) -> float:
    """0–1: how much this message threatens, extorts or exposes someone."""
    if ts is None:
        return 0.0
    probs = ts.probabilities
    h = max([probs.get(lab, 0.0) for lab in HARM_LABELS] + [DEADLINE_SHARE * probs.get("deadline", 0.0)])
    for sig, damp in LEXICON_HARM.items():
        h = max(h, damp * ts.lexicon.get(sig, ts.signals.get(sig, 0.0)))
    for sig in HARM_SIGNALS:
        h = max(h, ts.signals.get(sig, 0.0))
    return h


def message_threat(ts) -> float:
    """0–1: how much this message threatens, extorts or exposes — deadlines and bare demands
    left out (parents, teachers and landlords set those too)."""
    if ts is None:
        return 0.0
    probs = ts.probabilities
    h = max(probs.get(lab, 0.0) for lab in HARM_LABELS)
    for sig in THREAT_SIGNALS:
        h = max(h, LEXICON_HARM[sig] * ts.lexicon.get(sig, 0.0), ts.signals.get(sig, 0.0))
    return h


def message_menace(ts) -> float:
    """0–1: how much this message threatens harm or exposure — a demand left out."""
    if ts is None:
        return 0.0
    h = max(ts.probabilities.get(lab, 0.0) for lab in MENACE_LABELS)
    return max(h, LEXICON_HARM["threat"] * ts.lexicon.get("threat", 0.0), ts.signals.get("threat", 0.0))


def message_plea(ts) -> float:
    if ts is None:
        return 0.0
    return max(ts.probabilities.get(PLEA_LABEL, 0.0), ts.signals.get("victim_plea", 0.0))


def laughs(text: str) -> bool:
    return bool(_LAUGH.search(text or ""))


def retold(text: str) -> bool:
    """The line retells someone else's words: a hearsay ending ("…뿌린다고 했대요") or a quoted
    span ("이렇게 보냈어요 '오늘 밤까지 … 다 뿌린다'"): the model cuts quotes before reading,
    the lexicon does not, so the harm it finds there is the quoted person's, not the speaker's."""
    return bool(_HEARSAY.search(text)) or strip_quotes(text)[1]


@dataclass
class Exchange:
    """One person coercing another (an account, or a mention of someone not in the room)."""
    aggressor: int
    target: int | str  # account id, or "@username" of someone only mentioned
    harm: float  # the aggressor's summed harm readings in the window
    plea: float  # the target's summed pleas in the window
    threats: list[tuple[Msg, float]]  # the aggressor's directed harm messages, strongest first
    pleas: list[tuple[Msg, float]]  # the target's pleas, strongest first
    how: str  # "two-person", "reply", "mention"
    menace: float = 0.0  # the strongest threat of violence or exposure among the aggressor's lines in the window
    mutual: bool = False  # two people: the other party presses back too (a quarrel)

    @property
    def threatens_person(self) -> bool:
        """A person is clearly threatened by this exchange (victims.py: a protection record even
        in a room not judged criminal): it holds together (a threatening line, pressure summed
        or answered), and it is not a quarrel — the other party pressing back as hard, pleading
        not — where neither menaces (violence or exposure)."""
        return self.plea >= PLEA_MIN or not (self.mutual and self.menace < MENACE_MIN)

    @property
    def stands_alone(self) -> bool:
        """Coercion of a person in itself: the other party pleads, and it menaces or she begs
        again and again."""
        return self.plea >= PLEA_MIN and (self.menace >= MENACE_MIN or self.plea >= BEGGING_MIN)

    def reason(self) -> str:
        return (f"{len(self.threats)} threat/coercion message(s) directed at one person ({self.how}, summed {self.harm:.2f})"
                + (f", answered by {len(self.pleas)} plea(s)" if self.pleas else ""))


@dataclass(slots=True)
class _Row:  # one per message of a chat (a million in a large room): slots, no per-row containers
    msg: Msg
    harm: float
    threat: float
    plea: float
    laugh: bool
    menace: float = 0.0  # a threat of violence or exposure, extortion left out


def _rows(chat: Chat, sigs: dict) -> list[_Row]:
    rows = []
    read: dict[str, tuple] = {}  # per distinct text: chat repeats its lines
    for msg in chat.messages:
        if msg.kind != "message" or not msg.text or msg.account_id is None:
            continue
        if msg.text not in read:
            ts = sigs.get(msg.text)
            h = message_harm(ts)
            lol = laughs(msg.text)
            menace = message_menace(ts)
            if lol or retold(msg.text):
                h *= BANTER_DAMP
                menace *= BANTER_DAMP
            if _RETOLD.search(msg.text):
                h *= RETOLD_SHARE
                menace *= RETOLD_SHARE
            read[msg.text] = (h, message_threat(ts), message_plea(ts), lol, menace)
        h, threat, plea, lol, menace = read[msg.text]
        rows.append(_Row(msg, h, threat, plea, lol, menace=menace))
    return rows


def _index(pair: tuple) -> int:
    return pair[0]


def _holds(harm: float, plea: float) -> bool:
    return harm >= PRESSURE_MIN or (harm >= ANSWERED_MIN and plea >= PLEA_MIN)


def _laughing(rows: list[_Row], start: int) -> bool:
    """At least half the lines around a window (from half a window before it to its end) laugh:
    two people trading mock threats ("엄마한테 다 말한다 ㅋㅋ" … "헐 안돼 제발" … "봐주라 ㅋㅋ").
    A person under real pressure, and the one pressing them, do not laugh through it."""
    around = rows[max(0, start - WINDOW // 2):start + WINDOW]
    return 2 * sum(r.laugh for r in around) >= len(around)


def _best(pairs: dict[tuple, list[tuple[int, _Row]]], responses: dict[tuple, list[tuple[int, _Row]]], how: dict,
          rows: list[_Row] | None = None) -> list[Exchange]:
    """Per (aggressor, target): the window where the aggressor's pressure is strongest.
    `rows`: every line of a two-person chat, read for a laughing exchange."""
    out = []
    for (a, t), threats in pairs.items():
        answers = responses.get((a, t), [])
        best: Exchange | None = None
        for i, (start, _) in enumerate(threats):
            # Line indices ascend: a window's lines are a slice, found by bisection, not a scan.
            replies = answers[bisect.bisect_left(answers, start, key=_index):bisect.bisect_left(answers, start + WINDOW, key=_index)]
            plea = sum(r.plea for _, r in replies if r.plea >= PLEA_FLOOR and not r.laugh)
            inside = threats[i:bisect.bisect_left(threats, start + WINDOW, lo=i, key=_index)]
            seen, harm, cited = set(), 0.0, []
            for _, r in inside:
                key = " ".join(r.msg.text.split())
                if key in seen:
                    continue  # a line said again is one reading
                seen.add(key)
                harm += r.harm
                cited.append((r.msg, round(r.harm, 3)))
            banter = (not plea >= PLEA_MIN and any(r.laugh for _, r in replies)) or (rows is not None and _laughing(rows, start))
            if banter or not _holds(harm, plea) or max(r.threat for _, r in inside) < THREAT_MIN:
                continue
            if harm < PRESSURE_MIN and sum(r.threat >= THREAT_MIN for _, r in inside) < 2 and max(r.menace for _, r in inside) < THREAT_MIN:
                continue  # one demand answered by a plea threatens nothing but a privilege ("안 하면 용돈 없어")
            if best is None or harm + plea > best.harm + best.plea:
                pleas = sorted(((r.msg, round(r.plea, 3)) for _, r in replies if r.plea >= PLEA_FLOOR and not r.laugh), key=lambda x: -x[1])
                best = Exchange(a, t, round(harm, 3), round(plea, 3), sorted(cited, key=lambda x: -x[1]), pleas, how[(a, t)],
                                round(max(r.menace for _, r in inside), 3))
        if best is not None:
            out.append(best)
    return out


def _two_person(rows: list[_Row], parties: list[int], sigs: dict) -> list[Exchange]:
    pairs: dict = defaultdict(list)
    responses: dict = defaultdict(list)
    for j, r in enumerate(rows):
        ts = sigs.get(r.msg.text)
        if ts is not None and ts.mentions:
            continue  # a line naming a third person is about them
        speaker = r.msg.account_id
        for other in parties:
            if other == speaker:
                continue
            if r.harm >= FLOOR:
                pairs[(speaker, other)].append((j, r))
            responses[(other, speaker)].append((j, r))  # every line of the other party may answer
    found = _best(pairs, responses, {k: "two-person" for k in pairs}, rows)
    if len(found) > 1:
        # Both press: the one whose pressure most outweighs their own pleas threatens.
        plea_of = defaultdict(float)
        for r in rows:
            plea_of[r.msg.account_id] += r.plea if r.plea >= PLEA_FLOOR else 0.0
        found = [max(found, key=lambda e: (e.harm - plea_of[e.aggressor], e.harm))]
        found[0].mutual = True
    for e in found:
        # The other party presses back (a quarrel): her own threatening lines, each said once,
        # sum to what holds when answered, one of them a threat. (Read only for whether she is a
        # person clearly threatened — Exchange.threatens_person — never for the room's verdict.)
        back = {" ".join(r.msg.text.split()): r for r in rows if r.msg.account_id == e.target and r.harm >= FLOOR}
        if sum(r.harm for r in back.values()) >= QUARREL_MIN and any(r.threat >= THREAT_MIN for r in back.values()):
            e.mutual = True
    return [e for e in found if e.harm > sum(r.plea for r in rows if r.msg.account_id == e.aggressor and r.plea >= PLEA_FLOOR)]


def _group(chat: Chat, rows: list[_Row], participants: set[int], sigs: dict, username_to_account: dict,
           replies: bool = True) -> list[Exchange]:
    pairs: dict = defaultdict(list)
    how: dict = {}
    for j, r in enumerate(rows):
        if r.harm < FLOOR:
            continue
        a = r.msg.account_id
        replied = chat.message(r.msg.reply_to) if replies else None
        if replied is not None and replied.account_id not in (None, a):
            pairs[(a, replied.account_id)].append((j, r))
            how.setdefault((a, replied.account_id), "reply")
        ts = sigs.get(r.msg.text)
        for mention in (ts.mentions if ts is not None else ()):
            acc = username_to_account.get(mention[1:].lower())
            target = acc if acc is not None else mention.lower()
            if target != a:
                pairs[(a, target)].append((j, r))
                how.setdefault((a, target), "mention")
    # The addressee answers: a reply to the aggressor, or one of their next lines soon after.
    # Both are looked up, not scanned: (author, author replied to) → line indices, built in one
    # pass, and the RESPONSE_SPAN lines after each threat (a room of a million lines has
    # thousands of pairs; scanning the addressee's every line per pair was quadratic).
    responses: dict = defaultdict(list)
    answers_to: dict = defaultdict(list)  # (author, author replied to) → indices of their lines
    for j, r in enumerate(rows):
        replied = chat.message(r.msg.reply_to)
        if replied is not None and replied.account_id is not None:
            answers_to[(r.msg.account_id, replied.account_id)].append(j)
    for (a, t), threats in pairs.items():
        if not isinstance(t, int):
            continue
        near = {j + k for j, _ in threats for k in range(1, RESPONSE_SPAN + 1)}
        lines = {j for j in near if j < len(rows) and rows[j].msg.account_id == t}
        lines.update(answers_to.get((t, a), ()))
        responses[(a, t)] = [(j, rows[j]) for j in sorted(lines)]
    found = _best(pairs, responses, how)
    return [e for e in found if not (isinstance(e.target, int) and e.target not in participants and e.target not in username_to_account.values())]


def exchanges(chat: Chat, members: list[int], sigs: dict, two_person: bool, username_to_account: dict | None = None) -> list[Exchange]:
    """Coercive exchanges in one chat. `members`: its participant accounts; `two_person`: a
    one-to-one chat or a room where only two people speak."""
    rows = _rows(chat, sigs)
    if not any(r.harm >= FLOOR for r in rows):
        return []
    if two_person:
        parties = sorted({r.msg.account_id for r in rows} | set(members))
        found = _two_person(rows, parties, sigs) if len(parties) == 2 else []
        # Lines @mentioning a third person are threats against them (a staff room's target).
        third = _group(chat, rows, set(parties), sigs, username_to_account or {}, replies=False)
        return found + [e for e in third if e.target not in parties]
    return _group(chat, rows, set(members), sigs, username_to_account or {})


def directed_messages(found: list[Exchange]) -> set[int]:
    """Message ids that are part of a coercive exchange (threats and the pleas answering them)."""
    return {m.id for e in found for m, _ in e.threats + e.pleas}


# Signals that are threat words: in a chat they count only inside a coercive exchange.
THREAT_SIGNALS = ("threat", "coercion")


def _parties(corpus, chat: Chat, members: list[int]) -> list[int]:
    if len(members) >= 2:
        return members
    for acc, key in corpus.account_keys.items():  # a one-to-one chat's id is the other user's id
        if key.endswith(f":user{chat.platform_id}") and acc not in members:
            return members + [acc]
    return members


def settle(corpus, chat: Chat, facts, sigs: dict, two_person: bool) -> list[Exchange]:
    """Find the chat's coercive exchanges, keep them on `facts.exchanges`, and drop threat
    readings that belong to none: threat words addressed to nobody, or an exchange that does
    not hold together, are no evidence (of the room, nor of anyone's role)."""
    members = [m for m in facts.members if isinstance(m, int) and m not in corpus.channel_accounts]
    if two_person:
        members = _parties(corpus, chat, members)
    found = exchanges(chat, members, sigs, two_person, corpus.username_to_account)
    facts.exchanges = found
    directed = directed_messages(found)
    facts.threat_talk = [e for e in facts.evidence if e.signal in THREAT_SIGNALS and e.msg.id not in directed]
    facts.evidence = [e for e in facts.evidence if e.signal not in THREAT_SIGNALS or e.msg.id in directed]
    return found


def drop_retold(facts: dict) -> None:
    """A person the case shows being coerced — the target of an exchange somewhere that she
    answers with pleas — who says the same kind of words to someone else, unanswered, is telling
    what is being done to her (a student to her teacher, a client to her lawyer), not threatening
    them: that exchange is dropped and its lines go back to threat talk (no evidence alone).
    `facts`: chat id → ChatFacts, every chat's exchanges already settled."""
    coerced: dict = defaultdict(set)  # account → chats where she pleads under coercion
    for cid, f in facts.items():
        for x in f.exchanges:
            if isinstance(x.target, int) and x.plea >= PLEA_MIN:
                coerced[x.target].add(cid)
    for cid, f in facts.items():
        gone = [x for x in f.exchanges if x.plea < PLEA_MIN and coerced.get(x.aggressor, set()) - {cid}]
        if not gone:
            continue
        f.exchanges = [x for x in f.exchanges if x not in gone]
        kept = directed_messages(f.exchanges)
        moved = [e for e in f.evidence if e.signal in THREAT_SIGNALS and e.msg.id not in kept]
        f.evidence = [e for e in f.evidence if not (e.signal in THREAT_SIGNALS and e.msg.id not in kept)]
        f.threat_talk = f.threat_talk + moved
