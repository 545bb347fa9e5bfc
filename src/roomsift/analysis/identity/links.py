"""Evidence that two accounts belong to one person, each with a strength in 0..1.

Only ownership links accounts: what an account presents as its own (a wallet, bank
account or phone it calls "mine", a handle it gives as its contact, a handle it says was
its other account, its own name history). Values passed between people (a gift-card PIN
re-posted by its collector, the operator's wallet that payers pay to and quote, someone
else's refund account re-posted, a handle advertised or @mentioned) are payment relations
or nothing (payments/flows.py), never identity. Strengths are set by what each signal
proves, and checked against the labelled corpora (devcorpus/identity_links.py and
`roomsift link eval` on an independently written case):

| evidence | strength | why |
|---|---|---|
| alt claim, handle held by one other account (name history) | 0.95 | the author claims the other account; the username names one account |
| alt claim, handle declared as own by one other account ("DM me at @x") | 0.9 | both accounts speak for the handle in the first person |
| alt claim, handle held by 2-3 accounts over time | 0.85 | each holder is covered by the claim |
| the same handle given as their own by two accounts (or declared by one, held by the other) | 0.85 | one handle, one person, as with a phone |
| alt claim, resolved by display name only | 0.6 | the claim is strong, but which account owns the username is a guess |
| a reply saying the replied message's author is the author's ("이거 내 예전 계정임") | 0.85 (0.95 both ways) | the platform's reply link names the account |
| same wallet/bank account given as one's own by both | 0.9 | "my wallet" from two accounts |
| a deleted account claimed as one's own, with a value that deleted account gave as its own | 0.9 | the successor reclaims what it owned |
| same phone given as one's own by both (or as an account's phone id) | 0.9 | |
| username reused on the same platform, at different times | 0.85 | handles move when an account is banned |
| username shared across platforms | 0.6 | common handles collide across platforms |
| nickname-only accounts with the same display name in different chats | 0.45 | nicknames are not unique |

Combined strength of a pair: 1 − Π(1 − s) over the strongest evidence of each kind. A pair
merges at MERGE_AT and above; below it the link is a candidate that only an investigator's
`roomsift link confirm` merges. A merge that would make a person of more than
cluster.MAX_AUTO_ACCOUNTS accounts waits for review instead (cluster.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from roomsift.analysis.artifacts.model import GIFT_CARD, PHONE
from roomsift.analysis.identity import named, statements
from roomsift.analysis.identity.inputs import Inputs

MERGE_AT = 0.8
MAX_SHARED = 6
# Summaries name the kind, never the value: values are shown only through the privacy
# layer (artifact columns), and the cited messages say which one it was.
_KIND_WORDS = {"btc": "Bitcoin address", "eth": "Ethereum address", "xmr": "Monero address", "trx": "Tron address",
               "bank_account": "bank account", "gift_card": "gift-card PIN", "phone": "phone number"}  # a value posted by more accounts than this is a public wallet/number, not identity


@dataclass
class Evidence:
    kind: str
    strength: float
    summary: str
    messages: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Link:
    a: int
    b: int
    evidence: list[Evidence] = field(default_factory=list)
    # Set by `seal()` once every rule has added its evidence (find_links returns sealed links);
    # plain attributes, not cached properties: they are read millions of times at case scale.
    label: str = ""
    kinds: list[str] = field(default_factory=list)
    strength: float = 0.0

    def seal(self) -> "Link":
        best: dict[str, float] = {}
        for e in self.evidence:
            best[e.kind] = max(best.get(e.kind, 0.0), e.strength)
        miss = 1.0
        for s in best.values():
            miss *= 1.0 - s
        self.label, self.kinds, self.strength = f"L{self.a}-{self.b}", sorted(best), 1.0 - miss
        return self


class LinkSet:
    def __init__(self, inputs: Inputs):
        self.inputs = inputs
        self.links: dict[tuple[int, int], Link] = {}

    def add(self, x: int, y: int, ev: Evidence) -> None:
        if x == y or x not in self.inputs.accounts or y not in self.inputs.accounts:
            return
        a, b = (x, y) if x < y else (y, x)
        link = self.links.get((a, b))
        if link is None:
            link = self.links[(a, b)] = Link(a, b)
        link.evidence.append(ev)


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]", "", name.lower())


def _holders(inputs: Inputs) -> dict[str, dict[int, str]]:
    """handle → {account: how it is known to hold it}: by its name history, or because
    it gave the handle as its own contact ("저 DM은 @x 로", "my handle is @x")."""
    out: dict[str, dict[int, str]] = defaultdict(dict)
    for acc in inputs.accounts.values():
        for u in acc.usernames:
            out[u][acc.id] = "history"
    for u, decls in inputs.declared.items():
        for acc_id, _mid in decls:
            out[u].setdefault(acc_id, "declared")
    return out


def stated(inputs: Inputs, out: LinkSet) -> None:
    """Alt claims ("예전 계정 @x 터져서 새로 팠어요", "로비는 내 부계 @x"): the author and the
    account that holds @x (by name history or by its own declaration) are one person."""
    holders = _holders(inputs)
    by_display: dict[str, set[int]] = {}

    def display_index() -> dict[str, set[int]]:  # built only if some handle needs it
        if not by_display:
            for acc in inputs.accounts.values():
                for d in acc.display:
                    key = _norm(d)
                    if len(key) >= 4:
                        by_display.setdefault(key, set()).add(acc.id)
        return by_display
    by_short: dict[str, set[int]] = {}

    def short_names() -> dict[str, set[int]]:  # display names too short for the handle index
        if not by_short:
            for acc in inputs.accounts.values():
                for d in acc.display:
                    key = _norm(d)
                    if 0 < len(key) < 4:
                        by_short.setdefault(key, set()).add(acc.id)
        return by_short
    for st in inputs.statements:
        for u in st.usernames:
            held = holders.get(u, {})
            owners = [o for o in held if o != st.account_id]
            how = {held[o] for o in owners}
            source = "its name history" if how == {"history"} else "its own words" if how == {"declared"} else "name history and its own words"
            cite = [m for o in owners for a, m in inputs.declared.get(u, []) if a == o][:3]
            if len(owners) == 1:
                strength = 0.95 if held[owners[0]] == "history" else 0.9
                out.add(st.account_id, owners[0], Evidence("stated", strength, f"says @{u} is also theirs; @{u} belongs to the other account by {source}", [st.message_id] + cite))
                continue
            if 1 < len(owners) <= 3:
                # The handle moved between a few accounts (see username_reuse): the claim
                # covers each holder, a little less surely than a handle held by one account.
                for o in owners:
                    out.add(st.account_id, o, Evidence("stated", 0.85, f"says @{u} is also theirs; @{u} was held by {len(owners)} accounts", [st.message_id] + cite))
                continue
            # "저 @x 예요" declares @x as the author's own; only when the same message says the
            # account moved is @x a former account that someone else's contact may have been.
            said_here = {m for a, m in inputs.declared.get(u, []) if a == st.account_id} <= {st.message_id}
            if owners or (st.account_id in held and not (held[st.account_id] == "declared" and said_here
                                                          and statements.announces_move(st.text))):
                continue
            # No account holds or declares @u as its own, but one gave it as a contact
            # ("연락은 @u 로"): the claim points to that account.
            told = {a for a, _m in inputs.contacts.get(u, [])} - {st.account_id}
            if len(told) == 1:
                (other,) = told
                cite = [m for a, m in inputs.contacts[u] if a == other][:3]
                out.add(st.account_id, other, Evidence("stated", 0.85, f"says @{u} is also theirs; the other account gave @{u} as its contact", [st.message_id] + cite))
                continue
            index = display_index()
            guess = index.get(_norm(u), set()) | index.get(_norm(re.sub(r"\d+$", "", u)), set())
            given = _norm(st.names.get(u, ""))
            if given:
                guess |= index.get(given, set()) | short_names().get(given, set())
            guess.discard(st.account_id)
            if len(guess) == 1:
                (other,) = guess
                out.add(st.account_id, other, Evidence("stated", 0.6, f"says @{u} is also theirs; @{u} matched by display name only", [st.message_id]))


def declared_handles(inputs: Inputs, out: LinkSet) -> None:
    """Two accounts that each give one handle as their own ("DM me at @x"), or one gives as
    its own a handle the other holds by name history: one handle, one person — as with a
    phone both call their own. More than three such accounts: a shared desk handle."""
    for u, held in _holders(inputs).items():
        accs = sorted(held)
        if len(accs) < 2 or len(accs) > 3 or "declared" not in held.values():
            continue
        for i, x in enumerate(accs):
            for y in accs[i + 1:]:
                if held[x] == held[y] == "history":
                    continue  # username_reuse judges that
                cite = [m for a, m in inputs.declared.get(u, []) if a in (x, y)][:4]
                out.add(x, y, Evidence("declared_handle", 0.85, f"both give @{u} as their own handle", cite))


def own_values(inputs: Inputs, out: LinkSet) -> None:
    """The same wallet, bank account or phone given as their own by two accounts ("제 지갑 X",
    "X 제 꺼예요", "my number is X"). A value only paid to, quoted, re-posted or advertised
    is a payment relation (payments/flows.py), never identity; gift-card PINs are bearer
    values that pass from payer to collector, so they never tie accounts."""
    groups: dict[tuple[str, str], dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for p in inputs.posts:
        if p.own and p.kind != GIFT_CARD:
            groups[(p.kind, p.value)][p.account_id].append(p)
    phone_ids: dict[str, int] = {}
    for acc in inputs.accounts.values():
        if acc.basis == "phone":
            digits = re.sub(r"\D", "", acc.platform_id)
            if digits.startswith("82"):
                digits = "0" + digits[2:]
            phone_ids[digits] = acc.id
    for (kind, value), by_acc in groups.items():
        if kind == PHONE:
            owner = phone_ids.get(value.replace("-", ""))
            if owner is not None:
                for acc_id, posts in by_acc.items():
                    out.add(owner, acc_id, Evidence("own_phone", 0.9, "gives as their own phone the phone number that identifies the other account", [p.message_id for p in posts][:5]))
        if len(by_acc) < 2 or len(by_acc) > MAX_SHARED:
            continue
        accs = sorted(by_acc)
        ev_kind = "own_phone" if kind == PHONE else "own_payment"
        for i, x in enumerate(accs):
            for y in accs[i + 1 :]:
                msgs = [p.message_id for p in by_acc[x][:3] + by_acc[y][:3]]
                out.add(x, y, Evidence(ev_kind, 0.9, f"both give the same {_KIND_WORDS.get(kind, kind)} as their own", msgs))


def username_reuse(inputs: Inputs, out: LinkSet) -> None:
    owners: dict[str, list[int]] = defaultdict(list)
    for acc in inputs.accounts.values():
        for u in acc.usernames:
            owners[u].append(acc.id)
    for u, accs in owners.items():
        if len(accs) < 2 or len(accs) > MAX_SHARED:
            continue
        for i, x in enumerate(accs):
            for y in accs[i + 1 :]:
                ax, ay = inputs.accounts[x], inputs.accounts[y]
                if ax.platform != ay.platform:
                    out.add(x, y, Evidence("username_reuse", 0.6, f"@{u} on {ax.platform} and {ay.platform}"))
                    continue
                fx, lx = ax.usernames[u]
                fy, ly = ay.usernames[u]
                disjoint = None not in (fx, lx, fy, ly) and (lx < fy or ly < fx)
                if disjoint:
                    out.add(x, y, Evidence("username_reuse", 0.85, f"@{u} held by one account, then by the other"))
                else:
                    out.add(x, y, Evidence("username_reuse", 0.5, f"@{u} on both accounts (times overlap or unknown)"))


def nicknames(inputs: Inputs, out: LinkSet) -> None:
    """Accounts known only by a display name (KakaoTalk; WhatsApp contacts saved by name) are
    one account per chat. The same name in two chats is a candidate for an investigator,
    never a merge: nicknames are not unique."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for acc in inputs.accounts.values():
        if acc.basis == "nickname" and acc.display:
            key = _norm(acc.display[0]) or acc.display[0]
            by_name[key].append(acc.id)
    for key, accs in by_name.items():
        if len(accs) < 2 or len(accs) > MAX_SHARED:
            continue
        for i, x in enumerate(accs):
            for y in accs[i + 1 :]:
                if inputs.chats_of.get(x, set()) & inputs.chats_of.get(y, set()):
                    continue  # two nickname accounts in one room are two people
                out.add(x, y, Evidence("nickname", 0.45, f"same nickname {inputs.accounts[x].display[0]!r} in different chats"))


def _display_index(inputs: Inputs) -> dict[str, set[int]]:
    """Normalised display name (current or former) → accounts that carried it."""
    out: dict[str, set[int]] = defaultdict(set)
    for acc in inputs.accounts.values():
        for d in acc.display:
            key = named.norm(d)
            if key and key != "deletedaccount":
                out[key].add(acc.id)
    return out


def _claimable(inputs: Inputs, text: str, when: int | None):
    """Which accounts a named claim can mean, by name history. A former account ("예전 닉 X",
    "전 닉 X") carried the name before the claim: an account first seen under it only later is
    someone else who took a free name. A deleted account is exported without a name ("Deleted
    Account" or none), so a claim about one ("지워진 계정 저예요 (전 닉 X)") never means an
    account still shown under the name — only one also seen nameless (exported before and
    after its deletion)."""
    deleted = named.speaks_of_deleted(text)
    if not deleted and not named.speaks_of_past(text):
        return None
    # "계정 날아감" (gone) may be a ban as well as a deletion: a nameless account or one named before
    # the claim. "지워진 계정", "계정 삭제했어요": only a nameless one.
    for_sure = deleted and named.deleted_for_sure(text)
    ahead = named.speaks_ahead(text)

    def eligible(acc_id: int, key: str) -> bool:
        if for_sure and acc_id not in inputs.deleted:
            return False
        if when is None or ahead:
            return True
        firsts = [f for n, (f, _l) in inputs.accounts[acc_id].display_seen.items() if named.norm(n) == key and f is not None]
        return not firsts or min(firsts) <= when
    return eligible


def named_claims(inputs: Inputs, out: LinkSet) -> None:
    """Alt claims that name the other account by its display name ("운영 부계 moonkeeper 도 제
    계정입니다", "저 달지기 부계임", "예전 닉 달빛이에요"): the author and the one account that
    carries (or carried) that name. Both accounts claiming each other is surer still."""
    if not inputs.cue_messages and not inputs.replies:
        return
    index = _display_index(inputs)
    # A word of a display name of several words names its account when no full name does.
    words: dict[str, set[int]] = defaultdict(set)
    for acc in inputs.accounts.values():
        for d in acc.display:
            for w in named.name_words(d):
                words[w].add(acc.id)
    claims: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
    for author, mid, text, when in inputs.cue_messages:
        for other, name in named.claimed_names(text, index, author, _claimable(inputs, text, when), words):
            claims[(author, other)].append((mid, name))
    for author, mid, text, replied, when in inputs.replies:
        for other, name in named.claimed_in_reply(text, replied, index, author, _claimable(inputs, text, when), words):
            claims[(author, other)].append((mid, name))
    for (author, other), said in claims.items():
        both = (other, author) in claims
        name = said[0][1]
        strength = 0.95 if both else 0.85
        how = "and the other account says the same of it" if both else "a name only that account carries"
        cite = [m for m, _ in said[:3]] + ([m for m, _ in claims[(other, author)][:2]] if both else [])
        out.add(author, other, Evidence("stated_name", strength, f"says the account named {name!r} is also theirs; {how}", cite))


def announced_takeover(inputs: Inputs, out: LinkSet) -> None:
    """A new account announces itself ("본계 정지돼서 부계로 옴", "새 계정입니다", "got banned,
    this is my new acc") and carries the display name of exactly one other account of its
    platform, whose name was last seen before the new account's was first seen: the old
    account went quiet and its owner came back under the same name. With overlapping or
    unknown times it is only a candidate (two people can share a name)."""
    announced: dict[int, list[int]] = defaultdict(list)
    for author, mid, text, _when in inputs.cue_messages:
        if named.announces_new_account(text):
            announced[author].append(mid)
    if not announced:
        return
    index = _display_index(inputs)
    for author, mids in announced.items():
        acc = inputs.accounts.get(author)
        if acc is None:
            continue
        for d in acc.display:
            key = named.norm(d)
            if not key or key == "deletedaccount" or not named.distinctive(key):
                continue
            # The same name, or the old one with a counter ("정산" → "정산2").
            # Else a name that shares its core with exactly one other ("새벽감자" → "감자2"), and only
            # when that account went quiet before this one spoke (no candidate on a shared word alone).
            match = named.former_name
            others = {o for k, accs in index.items() if named.distinctive(k) and match(key, k)
                      for o in accs if o != author and inputs.accounts[o].platform == acc.platform}
            if not others:
                match = named.shares_core
                others = {o for k, accs in index.items() if named.distinctive(k) and match(key, k)
                          for o in accs if o != author and inputs.accounts[o].platform == acc.platform}
            if len(others) != 1:
                continue
            old = inputs.accounts[next(iter(others))]
            first_new = acc.display_seen.get(d, (None, None))[0]
            last_old = max((l for n, (_f, l) in old.display_seen.items() if match(key, named.norm(n)) and l is not None), default=None)
            if first_new is not None and last_old is not None and last_old < first_new:
                out.add(author, old.id, Evidence("name_takeover", 0.85, f"announces a new account and took over the name {d!r} of an account last seen before it", mids[:3]))
            elif match is named.former_name:
                out.add(author, old.id, Evidence("name_takeover", 0.6, f"announces a new account and carries the name {d!r} of another account (times overlap or unknown)", mids[:3]))
            break


def deleted_successor(inputs: Inputs, out: LinkSet) -> None:
    """An account says a deleted account was theirs ("지워진 계정 저예요", "전 계정 지웠어요") and,
    in the same message, gives a wallet, bank account or phone that exactly one deleted account
    (seen without a name) had given as its own: the successor reclaims what it owned. The
    claim is the first person here, so the value needs no "my" of its own; without the claim a
    repeated refund account is a cashier's confirmation, and a PIN is never anyone's."""
    if not inputs.deleted:
        return
    owned_by_deleted: dict[tuple[str, str], set[int]] = defaultdict(set)
    for p in inputs.posts:
        if p.own and p.kind != GIFT_CARD and p.account_id in inputs.deleted:
            owned_by_deleted[(p.kind, p.value)].add(p.account_id)
    if not owned_by_deleted:
        return
    claims = {(author, mid) for author, mid, text, _w in inputs.cue_messages if named.claims_deleted_account(text)}
    for p in inputs.posts:
        if (p.account_id, p.message_id) not in claims or p.kind == GIFT_CARD:
            continue
        olds = owned_by_deleted.get((p.kind, p.value), set()) - {p.account_id}
        if len(olds) == 1:
            old = next(iter(olds))
            cite = [p.message_id] + [q.message_id for q in inputs.posts if q.account_id == old and q.own and q.value == p.value][:2]
            out.add(p.account_id, old, Evidence("deleted_successor", 0.9,
                    f"says a deleted account was theirs and gives the {_KIND_WORDS.get(p.kind, p.kind)} that deleted account gave as its own", cite))


def replied_claims(inputs: Inputs, out: LinkSet) -> None:
    """A reply to another account's message that says that account is the author's ("이거 내 예전
    계정임", "얘 제 부계예요", "that's my old acc"): the platform's reply link names the account,
    so no name or handle needs resolving. Both replying so of each other is surer still."""
    said: dict[tuple[int, int], list[int]] = defaultdict(list)
    for author, mid, other in inputs.reply_claims:
        said[(author, other)].append(mid)
    for (author, other), mids in said.items():
        both = (other, author) in said
        cite = mids[:3] + (said[(other, author)][:2] if both else [])
        out.add(author, other, Evidence("stated_reply", 0.95 if both else 0.85,
                "replies to the other account's message saying that account is theirs", cite))


RULES = (stated, declared_handles, own_values, username_reuse, nicknames, named_claims, announced_takeover, deleted_successor,
         replied_claims)


def find_links(inputs: Inputs) -> list[Link]:
    out = LinkSet(inputs)
    for rule in RULES:
        rule(inputs, out)
    return sorted((link.seal() for link in out.links.values()), key=lambda link: (link.a, link.b))
