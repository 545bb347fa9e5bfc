"""Evidence that two accounts belong to one person, each with a strength in 0..1.

Strengths are set by what each signal proves, and checked against the labelled
development corpus (devcorpus/identity_links.py):

| evidence | strength | why |
|---|---|---|
| stated, username resolved exactly | 0.95 | the author claims the other account; the username names one account |
| stated, username held by 2-3 accounts over time | 0.9 | each holder is covered by the claim |
| stated, resolved by display name only | 0.6 | the claim is strong, but which account owns the username is a guess |
| same gift-card PIN, outside offers | 0.85 | a PIN is a bearer secret only its buyer knows |
| same wallet/bank account given as one's own by both | 0.9 | "my wallet" from two accounts |
| same phone given as one's own by both (or as an account's phone id) | 0.9 | |
| username reused on the same platform, at different times | 0.85 | handles move when an account is banned |
| username shared across platforms | 0.6 | common handles collide across platforms |
| own phone/wallet vs the same value mentioned by someone else | 0.4 | others post victims' and staff's details |
| same value mentioned by exactly two accounts | 0.3 | |
| nickname-only accounts with the same name in different rooms | 0.45 | KakaoTalk nicknames are not unique |

Combined strength of a pair: 1 − Π(1 − s) over the strongest evidence of each kind. A pair
merges at MERGE_AT and above; below it the link is a candidate that only an investigator's
`roomsift link confirm` merges. A pair involving a nickname-only account is capped below
MERGE_AT: a nickname is never enough to merge silently."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from roomsift.analysis.artifacts.context import MENTION, OFFER, PROOF, SELF
from roomsift.analysis.artifacts.model import GIFT_CARD, PHONE
from roomsift.analysis.identity.inputs import Inputs

MERGE_AT = 0.8
NICKNAME_CAP = 0.5
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


@dataclass
class Link:
    a: int
    b: int
    evidence: list[Evidence] = field(default_factory=list)
    capped: bool = False

    @cached_property
    def label(self) -> str:
        return f"L{self.a}-{self.b}"

    # Cached: read only after every rule has added its evidence (find_links returns).
    @cached_property
    def kinds(self) -> list[str]:
        return sorted({e.kind for e in self.evidence})

    @cached_property
    def strength(self) -> float:
        best: dict[str, float] = {}
        for e in self.evidence:
            best[e.kind] = max(best.get(e.kind, 0.0), e.strength)
        miss = 1.0
        for s in best.values():
            miss *= 1.0 - s
        value = 1.0 - miss
        return min(value, NICKNAME_CAP) if self.capped else value


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
            accs = self.inputs.accounts
            link = self.links[(a, b)] = Link(a, b, capped="nickname" in (accs[a].basis, accs[b].basis))
        link.evidence.append(ev)


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]", "", name.lower())


def stated(inputs: Inputs, out: LinkSet) -> None:
    by_username: dict[str, list[int]] = defaultdict(list)
    for acc in inputs.accounts.values():
        for u in acc.usernames:
            by_username[u].append(acc.id)
    by_display: dict[str, set[int]] = {}

    def display_index() -> dict[str, set[int]]:  # built only if some handle needs it
        if not by_display:
            for acc in inputs.accounts.values():
                for d in acc.display:
                    key = _norm(d)
                    if len(key) >= 4:
                        by_display.setdefault(key, set()).add(acc.id)
        return by_display
    for st in inputs.statements:
        for u in st.usernames:
            owners = [o for o in by_username.get(u, []) if o != st.account_id]
            if len(owners) == 1:
                out.add(st.account_id, owners[0], Evidence("stated", 0.95, f"says @{u} is also theirs", [st.message_id]))
                continue
            if 1 < len(owners) <= 3:
                # The handle moved between a few accounts (see username_reuse): the claim
                # covers each holder, a little less surely than a handle held by one account.
                for o in owners:
                    out.add(st.account_id, o, Evidence("stated", 0.9, f"says @{u} is also theirs; @{u} was held by {len(owners)} accounts", [st.message_id]))
                continue
            if owners or st.account_id in by_username.get(u, []):
                continue
            index = display_index()
            guess = index.get(_norm(u), set()) | index.get(_norm(re.sub(r"\d+$", "", u)), set())
            guess.discard(st.account_id)
            if len(guess) == 1:
                (other,) = guess
                out.add(st.account_id, other, Evidence("stated", 0.6, f"says @{u} is also theirs; @{u} matched by display name only", [st.message_id]))


def shared_values(inputs: Inputs, out: LinkSet) -> None:
    groups: dict[tuple[str, str], dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for p in inputs.posts:
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
                    if any(p.context == SELF for p in posts):
                        out.add(owner, acc_id, Evidence("shared_phone", 0.9, "gives as their own phone the phone number that identifies the other account", [p.message_id for p in posts][:5]))
        if len(by_acc) < 2 or len(by_acc) > MAX_SHARED:
            continue
        accs = sorted(by_acc)
        ctx = {acc: {p.context for p in by_acc[acc]} for acc in accs}
        ev_kind = "shared_phone" if kind == PHONE else "shared_payment"
        for i, x in enumerate(accs):
            for y in accs[i + 1 :]:
                cx, cy = ctx[x], ctx[y]
                msgs = [p.message_id for p in by_acc[x][:3] + by_acc[y][:3]]
                if kind == GIFT_CARD:
                    if OFFER not in cx and OFFER not in cy:
                        out.add(x, y, Evidence(ev_kind, 0.85, "both posted the same gift-card PIN", msgs))
                    continue
                if SELF in cx and SELF in cy:
                    out.add(x, y, Evidence(ev_kind, 0.9, f"both give the same {_KIND_WORDS.get(kind, kind)} as their own", msgs))
                elif (SELF in cx or SELF in cy) and not ({OFFER, PROOF} & (cx | cy)):
                    out.add(x, y, Evidence(ev_kind, 0.4, f"same {_KIND_WORDS.get(kind, kind)}: one gives it as their own, the other mentions it", msgs))
                elif len(accs) == 2 and cx <= {MENTION, SELF} and cy <= {MENTION, SELF}:
                    out.add(x, y, Evidence(ev_kind, 0.3, f"only these two accounts posted this {_KIND_WORDS.get(kind, kind)}", msgs))


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
    by_name: dict[str, list[int]] = defaultdict(list)
    for acc in inputs.accounts.values():
        if acc.basis == "nickname":
            key = _norm(acc.platform_id) or acc.platform_id
            by_name[key].append(acc.id)
    for key, accs in by_name.items():
        if len(accs) < 2 or len(accs) > MAX_SHARED:
            continue
        for i, x in enumerate(accs):
            for y in accs[i + 1 :]:
                if inputs.chats_of.get(x, set()) & inputs.chats_of.get(y, set()):
                    continue  # two nickname accounts in one room are two people
                out.add(x, y, Evidence("nickname", 0.45, f"same nickname {inputs.accounts[x].platform_id!r} in different rooms"))


RULES = (stated, shared_values, username_reuse, nicknames)


def find_links(inputs: Inputs) -> list[Link]:
    out = LinkSet(inputs)
    for rule in RULES:
        rule(inputs, out)
    return sorted(out.links.values(), key=lambda link: (link.a, link.b))
