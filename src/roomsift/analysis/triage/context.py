"""Room verdicts: does a room show signs of crime? Only then are its people suspects.

Rooms first, from convergent evidence. Everyday rooms use the same words as criminal ones
(회비 입금, 사진 올려주세요, 참가비, 지갑 주소), so no single kind of evidence convicts a room.
Each room collects *kinds* of evidence, each with the messages it cites:

  specific kinds (rare in everyday rooms):
    known_material   media matched a known-material hash list (enough alone)
    coercion         a person is threatened or coerced: threats directed at one person (the
                     other party of a two-person chat, a reply, an @mention) that hold
                     together as an exchange (triage/coercion.py); threat words addressed to
                     nobody never count (in a one-to-one chat, when it is coercion in itself —
                     she pleads and it menaces, or she begs again and again — this is the crime
                     itself: enough alone; other pressure between two people counts only in a chat
                     tied to a criminal room)
    paid_admission   entry is gated by payment: admission granted on payment proof, payment
                     service messages, payers of one room invited into another by its runners,
                     members who joined this closed room after paying in another room, or
                     (the seller's side) payers here who then joined a criminal closed room,
                     or price messages naming a criminal closed room (admission.py)
    linked           its runners (who create, pin, remove, admit, sign channel posts) run a room
                     already judged criminal, or it forwards from one, or most of its members
                     (>= 3, >= half) are members of criminal rooms, or (one-to-one) the other
                     party runs or staffs a criminal room (members of a ring's back room are
                     staff; a runner's alt account linked by identity runs what the runner
                     runs), or, in a closed room, someone who coerces a person for a criminal
                     room talks harm or a person's details here, or (two people) the one who
                     presses a person is a member of a criminal group room
    staff            staff appointed or directed
  common kinds (everyday rooms have them too):
    price_payment    prices together with payment instructions
    material         requests for material and its distribution (posts, forwards, links), or
                     a one-way flow: media from people who never ask, asked for by >= 2 others

A room is criminal when known_material or one-to-one coercion in itself is found, or when at least
two kinds agree and at least one of them is specific. Price lists plus photo requests — the
shape of a photo club or a tournament — never suffice. Ring ties (entry sold to or bought in a
criminal room, sellers advertising one by name) are shown with paid_admission. Links are
followed in rounds, so a paid tier run by a lobby's operators follows the lobby, a paid room
whose own staff (who sell or hand material out there) coerce a person follows that coercion,
a room that keeps naming a person coerced in a criminal room (she not a member) follows it,
and a lobby whose payers go on to enter a paid tier follows the tier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from roomsift.analysis.triage.admission import ONE_TO_ONE, gated
from roomsift.analysis.triage.data import Chat
from roomsift.analysis.triage.evidence import ChatFacts, Evidence

SPECIFIC = ("known_material", "coercion", "paid_admission", "linked", "staff")
COMMON = ("price_payment", "material")
HARM = {"threat", "coercion"}
HARM_FLOOR = 0.5
STRUCTURAL_RUNNER = {"created_room", "pinned_message", "removed_members", "edited_room", "channel_post", "admission_control"}
CITES_PER_KIND = 5
# People shared with criminal rooms: a room most of whose members (at least this many) are
# members of criminal rooms is tied to them (a paid tier, a staff room), unlike a club that a
# few criminal-room members also attend.
SHARED_PEOPLE_MIN = 3
SMALL_ROOM = 5
SHARED_PEOPLE_SHARE = 0.5
# Price messages naming a criminal closed room (by a word of its title) that make a room its
# seller: one could be a coincidence of words, two are a price list for it.
SELLS_MIN = 2
# A criminal closed room of at most this many members is a back room: all its members are staff.
STAFF_ROOM_MAX = 10
STAFF_ACTING_MIN = 2
STAFF_ACTING_SHARE = 1 / 3
# A room whose runners invited at least this many people who speak in criminal rooms is staffed
# from them (one such invitation is a friend; two or more is recruitment).
STAFFED_MIN = 2
# Who acts for a room by behaviour: sells entry, collects, admits, hands material out. Someone who
# does so at least twice acts for it (one photo or one payment note is a member's).
ACTING_SIGNALS = {"media_post", "forwarded_media", "distribute_material", "material_link", "answered_request",
                  "price_announcement", "payment_instruction", "admission_control", "staff_management"}
ACTING_MIN = 2


def acting_for(facts: ChatFacts) -> set:
    """People who act for a room: two or more messages selling, collecting, admitting or handing out."""
    n: dict = {}
    for e in facts.evidence:
        if e.signal in ACTING_SIGNALS and e.strength >= 0.5:
            n[e.who] = n.get(e.who, 0) + 1
    return {who for who, k in n.items() if k >= ACTING_MIN}


@dataclass
class RoomContext:
    chat: Chat
    kinds: dict[str, list[Evidence]] = field(default_factory=dict)  # kind → cited evidence
    reasons: dict[str, str] = field(default_factory=dict)  # kind → why, in words
    runners: set = field(default_factory=set)  # structural runners (create, pin, remove, admit)
    paid: bool = False  # entry is paid
    sells: dict = field(default_factory=dict)  # room id → payers here who then entered it (admission.py)
    bought_in: set = field(default_factory=set)  # ids of rooms where members here paid first (admission.py)
    ties: set = field(default_factory=set)  # ring ties: why paid entry goes to or from a criminal room
    criminal: bool = False
    one_to_one: bool = False  # a one-to-one chat, or two parties only (exports without a chat type)
    coerced: bool = False  # a coercive exchange here is coercion of a person in itself (coercion.Exchange.stands_alone)

    @property
    def families(self) -> dict[str, float]:  # kept for callers that print the evidence kinds
        return {k: 1.0 for k in self.kinds}

    @property
    def score(self) -> float:
        """A display figure: the share of the specific and common kinds found."""
        return round(len(self.kinds) / (len(SPECIFIC) + len(COMMON)), 3)

    def decide(self) -> None:
        """Criminal on known material, on coercion in a one-to-one chat (a person pleads under a
        threat of violence or exposure, or begs again and again), or when two kinds agree and
        one of them is specific (prices with material alone never suffice). Pressure between two
        people that is not coercion in itself counts as a kind only with a tie to a ring."""
        k = set(self.kinds)
        one_to_one = self.one_to_one
        if one_to_one and not self.coerced and "linked" not in k:
            k.discard("coercion")  # pressure between two people, tied to no ring: no kind of its own
        self.criminal = ("known_material" in k or (one_to_one and "coercion" in k)
                         or (len(k) >= 2 and bool(k & set(SPECIFIC))))

    def tie(self, reason: str) -> None:
        """Paid entry between this room and a criminal one (admission.py, link_rooms): shown
        with the room's paid_admission."""
        self.ties.add(reason)
        why = self.reasons.get("paid_admission")
        if why is not None and reason not in why:
            self.reasons["paid_admission"] = f"{why}; {reason}"

    def add_paid(self, evidence: list[Evidence], reason: str) -> None:
        """Entry sold or bought elsewhere (admission.py): one more reason for paid_admission."""
        why = self.reasons.get("paid_admission")
        if why and reason in why:  # links are followed in rounds: the same reason comes again
            return
        before = self.kinds.get("paid_admission", [])
        self.add("paid_admission", before + evidence, f"{why}; {reason}" if why else reason)
        self.paid = True

    def add(self, kind: str, evidence: list[Evidence], reason: str) -> None:
        if evidence or kind == "linked":
            self.kinds[kind] = sorted(evidence, key=lambda e: -e.strength)[:CITES_PER_KIND]
            self.reasons[kind] = reason


def _of(facts: ChatFacts, signals: set[str], floor: float = 0.5) -> list[Evidence]:
    return [e for e in facts.evidence if e.signal in signals and e.strength >= floor]


def _shingles(text: str) -> frozenset[str]:
    flat = re.sub(r"[^0-9a-z가-힣]", "", (text or "").lower())
    return frozenset(flat[i:i + 2] for i in range(max(1, len(flat) - 1)))


def distinct_texts(evidence: list[Evidence]) -> list[Evidence]:
    """One piece of evidence per message text: re-posts of the same line with a typo or
    different spacing are one, not several (character-pair overlap >= 0.5)."""
    kept: list[tuple[frozenset, Evidence]] = []
    for e in evidence:
        sh = _shingles(e.msg.text)
        if any(len(sh & k) >= 0.5 * len(sh | k) for k, _ in kept):
            continue
        kept.append((sh, e))
    return [e for _, e in kept]


def is_one_to_one(chat: Chat, facts: ChatFacts) -> bool:
    parties = [m for m in facts.members if isinstance(m, int)]
    return chat.type in ONE_TO_ONE or (chat.type in (None, "", "private_group", "group") and len(parties) <= 2)


def assess(chat: Chat, facts: ChatFacts) -> RoomContext:
    ctx = RoomContext(chat)
    ctx.one_to_one = is_one_to_one(chat, facts)
    ctx.add("known_material", _of(facts, {"known_material"}), "media matched a known-material hash list")

    # Coercion of a person: an exchange directed at one person that holds together
    # (triage/coercion.py), never threat words on their own.
    if facts.exchanges:
        cites = [Evidence(chat, m, x.aggressor, "threat_to_party", h) for x in facts.exchanges for m, h in x.threats]
        cites += [Evidence(chat, m, m.account_id, "victim_plea", p) for x in facts.exchanges for m, p in x.pleas]
        ctx.add("coercion", cites, "; ".join(x.reason() for x in facts.exchanges[:3]))
        ctx.coerced = any(x.stands_alone for x in facts.exchanges)
        if ctx.one_to_one and not ctx.coerced:
            ctx.reasons["coercion"] += (" (not coercion in itself: unanswered, or answered without a threat of violence or"
                                        " exposure and without repeated pleas; counts only with a tie to a criminal room)")

    admit = _of(facts, {"admission_control", "sent_payment"})
    if admit:
        ctx.add("paid_admission", admit, "admission granted on payment")
    staff = _of(facts, {"staff_management"})
    if staff:
        ctx.add("staff", staff, "staff appointed or directed")

    prices = _of(facts, {"price_announcement"})
    pay = _of(facts, {"payment_instruction", "payment_claim", "sent_payment"})
    if prices and pay:
        ctx.add("price_payment", prices[:2] + pay[:3], f"{len(prices)} price message(s) and {len(pay)} payment message(s)")
    asks = _of(facts, {"request_material"})
    gives = _of(facts, {"distribute_material", "answered_request", "material_link", "forwarded_media"})
    media = _of(facts, {"media_post"})
    askers = {e.who for e in asks}
    # One-way flow: media only from people who never ask, asked for by others.
    one_way = media and not askers & {e.who for e in media}
    if gives and (len(askers) >= 2 or _of(facts, {"answered_request"})) or (len(askers) >= 3 and media) or (len(askers) >= 2 and one_way):
        ctx.add("material", asks[:2] + gives[:2] + media[:1], f"requests for material by {len(askers)} people and its distribution")

    ctx.runners = {e.who for e in facts.evidence if e.signal in STRUCTURAL_RUNNER and e.strength >= 0.5}
    ctx.paid = bool(admit) or bool(prices)
    ctx.decide()
    return ctx


def coercers(criminal: list[RoomContext], facts: dict[int, ChatFacts]) -> set:
    """People who threaten or coerce in criminal rooms (two distinct messages or more): they
    act for those rooms as much as the people who pin and remove."""
    out = set()
    for c in criminal:
        by: dict = {}
        for e in distinct_texts(_of(facts[c.chat.id], HARM, HARM_FLOOR)):
            by[e.who] = by.get(e.who, 0) + 1
        out |= {who for who, n in by.items() if n >= 2}
        out |= {x.aggressor for x in facts[c.chat.id].exchanges}  # who coerces one person (coercion.py)
    return out


def back_room_staff(criminal: list[RoomContext], facts: dict[int, ChatFacts]) -> set:
    """Members of a ring's back room: a small closed criminal room (<= STAFF_ROOM_MAX) of whose
    members at least two, and a third, run or coerce for *other* criminal rooms — a staff
    room, not a small buyers' tier (whose members only watch)."""
    out = set()
    acts_for = {c.chat.id: c.runners | coercers([c], facts) for c in criminal}
    for c in criminal:
        members = set(facts[c.chat.id].members)
        if c.one_to_one or not gated(c.chat, len(members)) or len(members) > STAFF_ROOM_MAX:
            continue
        acting = members & set().union(*(a for cid, a in acts_for.items() if cid != c.chat.id))
        if len(acting) >= STAFF_ACTING_MIN and len(acting) >= STAFF_ACTING_SHARE * len(members):
            out |= members
    return out


def _title_words(title: str) -> set[str]:
    return {w for w in re.findall(r"[0-9a-z가-힣]{2,}", (title or "").lower()) if not w.isdigit()}


def room_words(criminal: list[Chat], others: list[Chat]) -> set[str]:
    """Words that name a criminal closed room: words of its title that no other room's title
    uses (a tier "2단계", "VIP"; never a word shared with an everyday room)."""
    common = set().union(*(_title_words(c.title) for c in others)) if others else set()
    return set().union(*(_title_words(c.title) for c in criminal)) - common if criminal else set()


def _names(text: str, words: set[str]) -> bool:
    low = (text or "").lower()
    return any(w in low for w in words)


def _names_person(text: str, names: set[str]) -> bool:
    """A name or @handle in the text as a word of its own (Korean particles may follow a name)."""
    low = text.lower()
    for n in names:
        i = low.find(n)
        while i >= 0:
            before = low[i - 1] if i else " "
            if not (before.isalnum() or before == "_"):
                after = low[i + len(n):i + len(n) + 1]
                if not (after.isascii() and (after.isalnum() or after == "_")):
                    return True
            i = low.find(n, i + 1)
    return False


def same_person(accounts: set, person_of: dict | None) -> set:
    """The accounts plus every account identity holds to be the same person (ownership links:
    a declared alt, "DM me at @x" then "my old account @x"; analysis/identity)."""
    if not person_of:
        return set(accounts)
    persons = {person_of[a] for a in accounts if a in person_of}
    return set(accounts) | {a for a, p in person_of.items() if p in persons}


def coerced_names(criminal: list[RoomContext], facts: dict[int, ChatFacts], corpus) -> dict[str, set]:
    """How the people coerced in criminal rooms are called: display names (>= 2 characters) and
    @usernames of menacing exchanges' targets → their accounts (empty for a mention only)."""
    out: dict[str, set] = {}
    if corpus is None:
        return out
    targets = set()
    for c in criminal:
        for x in facts[c.chat.id].exchanges:
            if isinstance(x.target, int):
                targets.add(x.target)
            elif isinstance(x.target, str) and x.target.startswith("@"):
                out.setdefault(x.target.lower(), set())
    if not targets:
        return out
    # One pass over the case's names for the few coerced accounts (not an index of every account).
    called = [(name, accs & targets) for name, accs in corpus.display_to_accounts.items()]
    called += [("@" + user, {a}) for user, a in corpus.username_to_account.items() if a in targets]
    for name, accs in called:
        if accs and len(name.strip()) >= 2:
            out.setdefault(name.strip().lower(), set()).update(accs)
    return out


def link_rooms(contexts: dict[int, RoomContext], facts: dict[int, ChatFacts], corpus=None, rounds: int = 4,
               person_of: dict | None = None) -> None:
    """Rooms tied to a criminal room (shared runners, forwards, payers invited onwards, the
    other party of a one-to-one chat) gain the `linked` / `paid_admission` kinds. A runner's
    alt account, linked by identity (`person_of`: account → person), runs what the runner runs:
    the boss's "상담" account haggling with a buyer one-to-one ties that chat to the ring."""
    acting: dict[int, set] = {}  # room id → who acts for it: its evidence does not change between rounds

    def acting_in(cid: int) -> set:
        if cid not in acting:
            acting[cid] = acting_for(facts[cid])
        return acting[cid]

    for _ in range(rounds):
        criminal = [c for c in contexts.values() if c.criminal]
        if not criminal:
            return
        crim_coercers = coercers(criminal, facts)
        crim_coercers_and_runners = set().union(*(c.runners for c in criminal)) | crim_coercers
        crim_runners = same_person(crim_coercers_and_runners, person_of)
        # A ring's back room (a small closed criminal room) has staff only: every member
        # works for the ring, and deals one-to-one with its buyers (an alt as sales desk).
        crim_staff = back_room_staff(criminal, facts)
        crim_members = set().union(*(set(facts[c.chat.id].members) for c in criminal))
        in_crim_groups = same_person(set().union(*(set(facts[c.chat.id].members) for c in criminal if not c.one_to_one)), person_of)
        crim_speakers = {m.account_id for c in criminal for m in c.chat.messages if m.kind == "message" and m.account_id is not None}
        crim_titles = {c.chat.title for c in criminal}
        crim_words = room_words([c.chat for c in criminal if gated(c.chat, len(facts[c.chat.id].members))],
                                [c.chat for c in contexts.values() if not c.criminal])
        crim_names = room_words([c.chat for c in criminal if not c.one_to_one], [c.chat for c in contexts.values() if not c.criminal])
        payers = {e.who for c in criminal for e in facts[c.chat.id].evidence if e.signal in ("payment_claim", "sent_payment")}
        coerced = coerced_names(criminal, facts, corpus)
        changed = False
        for cid, ctx in contexts.items():
            if ctx.criminal:
                continue
            f = facts[cid]
            one_to_one = ctx.one_to_one
            # Small rooms (a staff room) are tied by any member who runs or coerces for a
            # criminal room; larger rooms only by their runners (a club may have such a member).
            parties = set(f.members) if one_to_one or len(f.members) <= SMALL_ROOM else ctx.runners
            # A closed room where someone who coerces a person for a criminal room talks harm
            # or a person's details (a staff room discussing targets), whatever its size.
            talkers = {e.who for e in f.threat_talk + _of(f, {"expose_personal"}, HARM_FLOOR)
                       if e.who in crim_coercers} if gated(ctx.chat, len(f.members)) else set()
            # A room's own staff by behaviour (who sell, collect, admit, hand material out) who
            # coerce a person for a criminal room: what the room sells is tied to that harm (the
            # uploader who blackmails the woman filmed). Members who coerce elsewhere are not enough.
            closed = gated(ctx.chat, len(f.members))
            coercing_staff = acting_in(cid) & same_person(crim_coercers, person_of) if closed else set()
            shared = parties & (crim_runners | crim_staff) | talkers | coercing_staff
            forwards = f.forwarded_from & crim_titles
            invited_payers = [msg for member, msg in f.invited.items() if member in payers and msg.account_id in crim_runners]
            members = [m for m in f.members if isinstance(m, int)]
            common = [m for m in members if m in crim_members]
            crowd = not one_to_one and len(common) >= SHARED_PEOPLE_MIN and len(common) >= SHARED_PEOPLE_SHARE * len(members)
            # Staff structure by admission: this room's runners themselves added people who
            # speak in criminal rooms (a resale room stocked with the ring's staff). Members who
            # join a club by its link are not counted, only the runners' own invitations.
            brought = {m for m, msg in f.invited.items() if msg.account_id in ctx.runners and m in crim_speakers}
            staffed = not one_to_one and len(brought) >= STAFFED_MIN
            # Pressure between two people that is not coercion in itself (coercion.Exchange.stands_alone)
            # is the ring's when the one who presses is a member of a criminal group room.
            pressing = {x.aggressor for x in f.exchanges} & in_crim_groups if one_to_one and "coercion" in ctx.kinds else set()
            if pressing and not (shared or forwards):
                ctx.add("linked", [e for e in ctx.kinds["coercion"] if e.who in pressing][:CITES_PER_KIND],
                        "the one who presses a person here is a member of a criminal room")
            if shared or forwards or crowd or staffed:
                why = "people who coerce a person for a criminal room talk harm or a person's details here" if talkers else (
                    "people who sell or hand out material here coerce a person for a criminal room" if coercing_staff and not parties & (crim_runners | crim_staff) else
                    "its runners (or, small room, members) run, staff or coerce for a criminal room" if shared and not one_to_one else
                    "the other party runs, staffs or coerces for a criminal room" if shared else "forwards from a criminal room" if forwards else
                    f"its runners added {len(brought)} people who speak in criminal rooms" if staffed else
                    f"{len(common)} of its {len(members)} members are in criminal rooms")
                who = shared or (brought | ctx.runners if staffed and not forwards else set(common))
                cites = [e for e in f.evidence if e.who in who][:CITES_PER_KIND]
                ctx.add("linked", cites, why)
            if invited_payers:
                if "paid_admission" not in ctx.kinds:
                    ctx.kinds["paid_admission"] = []
                    ctx.reasons["paid_admission"] = "payers of a criminal room were invited in by its runners"
                ctx.paid = True
                ctx.tie("payers of a criminal room were invited in by its runners")
            sells = [e for e in distinct_texts(_of(f, {"price_announcement"})) if _names(e.msg.text, crim_words)]
            if len(sells) >= SELLS_MIN:
                ctx.add_paid(sells, "its price list sells entry to a criminal room (names it)")
                ctx.tie("its price list sells entry to a criminal room")
            for sold, cites in ctx.sells.items():
                if contexts[sold].criminal:
                    ctx.add_paid(cites, f"{len(cites)} payers here then joined a criminal closed room")
                    ctx.tie("it sells entry to a criminal room")
            if crim_names and not one_to_one and {"price_payment", "paid_admission"} & set(ctx.kinds) and not ctx.ties:
                # A room that sells and whose own sellers name criminal rooms again and again (a
                # teaser channel: "this week's part goes up in <room>", "regional rooms open").
                own = ctx.runners | acting_in(cid)
                ads = distinct_texts([Evidence(ctx.chat, m, m.account_id, "names_criminal_room", 1.0) for m in ctx.chat.messages
                                      if m.kind == "message" and m.account_id in own and _names(m.text, crim_names)])
                if len(ads) >= SELLS_MIN:
                    ctx.add_paid(ads[:CITES_PER_KIND], f"its sellers name criminal rooms in {len(ads)} messages")
                    ctx.tie("it sells and advertises criminal rooms by name")
            if coerced and len(ctx.kinds) >= 2 and not ctx.ties and not one_to_one:
                # What it sells or asks for is of a person coerced in a criminal room: her name or
                # handle in two of its messages, she not being a member (talked about, not to).
                members_here = set(f.members)
                about = {n for n, accs in coerced.items() if not accs & members_here}
                named = distinct_texts([Evidence(ctx.chat, m, m.account_id, "names_coerced_person", 1.0) for m in ctx.chat.messages
                                        if m.kind == "message" and m.text and _names_person(m.text, about)])
                if len(named) >= SELLS_MIN:
                    ctx.add("linked", named[:CITES_PER_KIND], f"{len(named)} messages here name a person coerced in a criminal room")
            for seller in ctx.bought_in:
                if contexts[seller].criminal:
                    ctx.tie("its entry is sold in a criminal room")
            talk = [e for e in f.threat_talk if e.who in shared & crim_coercers and e.strength >= HARM_FLOOR]
            if talk and "coercion" not in ctx.kinds:
                # Threat talk addressed to nobody here, by people who coerce a person in a
                # criminal room (a staff room relaying the threats): that coercion, coordinated.
                ctx.add("coercion", distinct_texts(talk), "threats relayed by people who coerce a person in a criminal room")
            # Harm in a chat with a runner or coercer is coercion; with back-room staff only (a
            # sales desk) a deadline or a price is business, and the chat is linked, no more.
            if one_to_one and shared & crim_runners and _of(f, HARM | {"victim_plea", "deadline", "expose_personal"}):
                ctx.add("coercion", _of(f, HARM | {"victim_plea", "deadline", "expose_personal"}),
                        "harm or a plea in a one-to-one chat with a criminal room's runner")
            before = ctx.criminal
            ctx.decide()
            changed = changed or (ctx.criminal and not before)
        if not changed:
            return
