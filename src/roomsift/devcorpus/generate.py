"""Generate a labelled development corpus: Telegram Desktop single-chat exports + truth file.

Each "ring" is a small paid-room network (free lobby, paid room, staff room, an operator's
1:1 chat with a coerced person) in Korean, English or mixed language; benign look-alike
rooms (photo club, gaming clan, parents' group, crypto chat) reuse the same surface
phrases about everyday things. Every line comes from the phrasing banks (banks.py), drawn
from the chosen split, so figures measured on the "heldout" split use templates and
fillers tuning never saw.

    python3 -m roomsift.devcorpus OUT --seed 7 --split heldout --rings 6
writes OUT/exports/<room>/result.json and OUT/truth.json (the shape `roomsift eval` reads).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from roomsift.demo import wallets
from roomsift.demo.tgwriter import TelegramChatWriter
from roomsift.devcorpus import banks

START = int(datetime(2021, 3, 1, 12, 0, tzinfo=timezone.utc).timestamp())
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"
NAME_PARTS = ["민", "서", "지", "하", "도", "윤", "준", "아", "Alex", "Sam", "Kim", "Lee", "moon", "night", "blue", "wolf", "tiger", "guest", "anon", "joy"]


@dataclass
class Member:
    uid: int
    name: str
    username: str
    roles: set[str] = field(default_factory=set)
    victim: bool = False

    @property
    def sender(self) -> tuple[str, str]:
        return (self.name, f"user{self.uid}")

    @property
    def account(self) -> str:
        return f"telegram:user{self.uid}"


class Room:
    def __init__(self, root: Path, slug: str, title: str, chat_type: str, chat_id: int, rng: random.Random, clock: int):
        self.w = TelegramChatWriter(root / slug, title, chat_type, chat_id)
        self.rng, self.clock, self.next_id, self.title = rng, clock, 1, title

    def _tick(self) -> int:
        self.clock += self.rng.randint(30, 1800)
        return self.clock

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def say(self, who: Member, text: str, media: bool = False, **extra) -> int:
        mid = self._id()
        if media:
            extra.update(photo=NOT_INCLUDED, width=800, height=600)
        self.w.message(mid, self._tick(), who.sender, text, **extra)
        return mid

    def service(self, who: Member, action: str, **fields) -> int:
        mid = self._id()
        self.w.service(mid, self._tick(), who.sender, action, **fields)
        return mid

    def close(self) -> None:
        self.w.close()


class Corpus:
    def __init__(self, root: Path, seed: int, split: str | None):
        self.root, self.split = root, split
        self.rng = random.Random(seed)
        self.members: list[Member] = []
        self.victims: list[dict] = []
        self.benign_chats: list[str] = []
        self.next_uid = 9_100_000 + seed * 10_000
        self.chat_ids = 1_900_000_000 + seed * 1000

    def member(self, role: str | None = None) -> Member:
        self.next_uid += 1
        rng = self.rng
        name = f"{rng.choice(NAME_PARTS)}{rng.choice(NAME_PARTS)}{rng.randint(1, 999)}"
        m = Member(self.next_uid, name, f"u{self.next_uid}")
        if role:
            m.roles.add(role)
        self.members.append(m)
        return m

    def line(self, signal: str, lang: str, benign: bool = False, **gen) -> str:
        rng = self.rng
        lang = rng.choice(["ko", "en"]) if lang == "mixed" else lang
        template = rng.choice(banks.templates(signal, lang, self.split, benign))
        generated = {"n4": f"{rng.randint(0, 9999):04d}", "handle": f"h{rng.randint(100, 999)}", "pin": "-".join(f"{rng.randint(0, 9999):04d}" for _ in range(4)),
                     "addr": self.wallet(), "bank": f"국민 {rng.randint(100000, 999999)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}", "user": "someone"}
        generated.update(gen)
        return banks.perturb(banks.fill(template, rng, self.split, generated), rng)

    def wallet(self) -> str:
        kind = self.rng.choice([wallets.btc_bech32, wallets.btc_p2pkh, wallets.eth_eip55, wallets.tron])
        return kind(f"w{self.rng.random()}")

    def room(self, slug: str, title: str, chat_type: str, chat_id: int | None = None) -> Room:
        self.chat_ids += 1
        return Room(self.root / "exports", slug, title, chat_type, chat_id or self.chat_ids, self.rng, START + self.rng.randint(0, 86400 * 30))


def _ring(c: Corpus, r: int, lang: str, with_victims: bool) -> None:
    rng = c.rng
    ops = [c.member("operator") for _ in range(rng.randint(2, 3))]
    dists = [c.member("distributor") for _ in range(2)]
    sols = [c.member("solicitor") for _ in range(rng.randint(5, 7))]
    paying_sols = sols[: len(sols) // 2]
    for s in paying_sols:
        s.roles.add("payer")
    payers = [c.member("payer") for _ in range(rng.randint(6, 10))]
    viewers = [c.member("viewer") for _ in range(rng.randint(25, 45))]
    title = rng.choice(["자료방", "VIP room", "비밀방", "the archive", "노을방", "night club", "정원", "garden"]) + f" {r}"

    # Free lobby: joins, rules, prices, requests, payment questions and claims.
    lobby = c.room(f"ring{r}_lobby", f"{title} lobby", "private_supergroup")
    lobby.service(ops[0], "create_group", title=f"{title} lobby", members=[o.name for o in ops[1:]])
    rules = lobby.say(ops[0], c.line("rules_announcement", lang))
    lobby.service(ops[0], "pin_message", message_id=rules)
    lobby.say(ops[-1], c.line("price_announcement", lang))
    for m in sols + payers + viewers:
        lobby.service(m, "join_group_by_link", inviter=ops[0].name)
    speakers = sols * 3 + payers + viewers
    for _ in range(rng.randint(60, 90)):
        who = rng.choice(speakers)
        if who in sols and rng.random() < 0.6:
            lobby.say(who, c.line("request_material", lang))
        elif who in payers and rng.random() < 0.3:
            lobby.say(who, c.line("payment_question", lang))
        else:
            lobby.say(who, c.line("chatter", lang))
    for p in payers[: len(payers) // 2] + paying_sols:
        lobby.say(p, c.line("payment_claim", lang))
    lobby.say(ops[-1], c.line("admission_control", lang))
    lobby.service(ops[0], "remove_members", members=[viewers[0].name])
    lobby.close()

    # Paid room: invited payers; distributors post; requests answered with media.
    paid = c.room(f"ring{r}_paid", f"{title} VIP", "private_supergroup")
    paid.service(ops[0], "create_group", title=f"{title} VIP", members=[o.name for o in ops[1:]] + [d.name for d in dists])
    paid.say(ops[0], c.line("price_announcement", lang))
    for p in payers + paying_sols:
        paid.service(rng.choice(ops), "invite_members", members=[p.name])
    for _ in range(rng.randint(5, 8)):
        d = rng.choice(dists)
        paid.say(d, c.line("distribute_material", lang))
        for _ in range(rng.randint(1, 3)):
            paid.say(d, "", media=True)
        req = paid.say(rng.choice(paying_sols or sols), c.line("request_material", lang))
        if rng.random() < 0.6:
            paid.say(rng.choice(dists), "", media=True, reply_to_message_id=req)
        for _ in range(rng.randint(2, 5)):
            paid.say(rng.choice(payers), c.line("chatter", lang))
    paid.close()

    if not with_victims:
        return
    # Staff room: threats and exposure aimed at a person who is only mentioned.
    target = f"v{c.next_uid}{r}"
    c.victims.append({"account": None, "mention": f"@{target}"})
    staff = c.room(f"ring{r}_staff", f"{title} staff", "private_group")
    staff.service(ops[0], "create_group", title=f"{title} staff", members=[o.name for o in ops[1:]])
    for _ in range(3):
        staff.say(rng.choice(ops), c.line("mention_threat", lang, user=target))
        staff.say(rng.choice(ops), c.line("expose_personal", lang, user=target))
        staff.say(rng.choice(ops), c.line("chatter", lang))
    staff.close()

    # The operator's 1:1 chat with a coerced person (exported from the operator's phone).
    victim = c.member()
    victim.victim = True
    c.victims.append({"account": victim.account, "mention": None})
    dm = c.room(f"ring{r}_dm", victim.name, "personal_chat", chat_id=victim.uid)
    for _ in range(rng.randint(3, 5)):
        dm.say(ops[0], c.line("threat", lang))
        dm.say(victim, c.line("victim_plea", lang))
    dm.close()


def _benign(c: Corpus, kind: str, i: int, lang: str, extra_members: list[Member]) -> None:
    rng = c.rng
    titles = {"photo": ["Film Photo Club", "출사 동호회"], "gaming": ["Raid Night Clan", "길드 공지방"], "parents": ["3반 학부모 모임", "PTA parents"], "crypto": ["BTC 단타방", "Alpha Traders"]}
    title = f"{rng.choice(titles[kind])} {i}"
    c.benign_chats.append(title)
    people = [c.member() for _ in range(rng.randint(8, 16))] + extra_members
    room = c.room(f"benign_{kind}_{i}", title, "private_supergroup")
    room.service(people[0], "create_group", title=title, members=[p.name for p in people[1:]])
    pin = room.say(people[0], c.line(kind, lang, benign=True))
    room.service(people[0], "pin_message", message_id=pin)
    for _ in range(rng.randint(30, 50)):
        who = rng.choice(people)
        if rng.random() < 0.7:
            room.say(who, c.line(kind, lang, benign=True), media=(kind == "photo" and rng.random() < 0.3))
        else:
            room.say(who, c.line("chatter", lang))
    room.close()


def generate(out: Path, seed: int = 7, split: str | None = "heldout", rings: int = 6, benign_per_kind: int = 2) -> dict:
    out = Path(out)
    (out / "exports").mkdir(parents=True, exist_ok=True)
    c = Corpus(out, seed, split)
    langs = ["ko", "en", "mixed"]
    for r in range(rings):
        _ring(c, r, langs[r % 3], with_victims=(r % 3 != 1))
    crossover = [m for m in c.members if m.roles & {"viewer", "payer"}]
    i = 0
    for kind in ("photo", "gaming", "parents", "crypto"):
        for _ in range(benign_per_kind):
            extra = c.rng.sample(crossover, 2) if crossover else []
            _benign(c, kind, i, langs[i % 3], extra)
            i += 1
    truth = {
        "participants": [{"account": m.account, "roles": sorted(m.roles)} for m in c.members if m.roles],
        "potential_victims": c.victims,
        "benign_chats": c.benign_chats,
        "generator": {"seed": seed, "split": split, "rings": rings},
    }
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth
