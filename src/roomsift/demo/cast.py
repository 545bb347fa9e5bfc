"""The people of the demo case: who they are, their accounts, and their true roles.

Entirely fictional. Roles use DESIGN.md's fixed vocabulary; the truth file written
with the demo lets `roomsift eval` score the analyses against it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Person:
    key: str  # stable handle in the demo script
    name: str  # Telegram display name
    user_id: int
    username: str | None = None
    roles: list[str] = field(default_factory=list)  # true roles (DESIGN.md vocabulary)
    victim: bool = False
    phone: str | None = None  # synthetic, 010-0000-xxxx is not a subscriber range in use
    other_names: list[str] = field(default_factory=list)  # earlier display names

    @property
    def from_id(self) -> str:
        return f"user{self.user_id}"

    @property
    def sender(self) -> tuple[str, str]:
        return (self.name, self.from_id)

    @property
    def account(self) -> str:
        return f"telegram:{self.from_id}"


def _p(key, name, uid, username=None, roles=(), **kw) -> Person:
    return Person(key, name, uid, username, list(roles), **kw)


class Cast:
    """Everyone in the demo, built deterministically from a seed."""

    def __init__(self, seed: int = 2020):
        rng = random.Random(seed)
        self.sunset = _p("sunset", "노을지기", 7001001, "noeul_keeper", ["operator"], other_names=["Sunset"])
        self.moth = _p("moth", "나방 Moth", 7001002, "moth_night", ["operator"])
        self.ledger = _p("ledger", "장부", 7001003, "ledger_kr", ["operator"])
        self.gate = _p("gate", "문지기", 7001004, "gatekeeper_n", ["operator"])
        self.courier = _p("courier", "택배기사", 7001010, "courier_box", ["distributor"])
        self.uploader = _p("uploader", "Uploader99", 7001011, "up99", ["distributor"])
        self.solicitors = [
            _p("sol1", "밤손님", 7001021, "night_guest", ["solicitor", "payer"]),
            _p("sol2", "qwerty", 7001022, None, ["solicitor"]),
            _p("sol3", "JJ", 7001023, "jj_lee", ["solicitor", "payer"], other_names=["jj"]),
            _p("sol4", "구경꾼아님", 7001024, None, ["solicitor"]),
            _p("sol5", "K-dragon", 7001025, "kdragon", ["solicitor"]),
            _p("sol6", "불나방", 7001026, None, ["solicitor", "payer"]),
        ]
        self.payers = [
            _p(f"pay{i}", name, 7001030 + i, uname, ["payer"])
            for i, (name, uname) in enumerate(
                [("초보", None), ("mr.kim", "mrkim88"), ("파란하늘", None), ("Tom", "tom_k"), ("익명123", None),
                 ("늑대", "wolf_kr"), ("Blue", None), ("호랑이", None), ("pkpk", "pkpk"), ("하루", None)], start=1
            )
        ]
        # A second account of payer 2 ("my old account was @mrkim88") — one person, two accounts.
        self.payer2_alt = _p("pay2alt", "김씨", 7001099, "kim_new", ["payer"])
        self.victims = [
            _p("haneul", "하늘", 7002001, "haneul_sky", [], victim=True, phone="010-0000-4821"),
        ]
        # Mentioned only, never a member: exposed by the staff.
        self.mentioned_victim_username = "mirae_k"
        self.viewers = [
            _p(f"view{i}", self._viewer_name(rng, i), 7003000 + i, None, ["viewer"]) for i in range(1, 121)
        ]
        # Benign rooms' members (not suspects). One solicitor is also in the crypto chat.
        self.benign = [_p(f"ben{i}", self._benign_name(rng, i), 7004000 + i, None, []) for i in range(1, 41)]

    @staticmethod
    def _viewer_name(rng: random.Random, i: int) -> str:
        pool = ["익명", "guest", "user", "손님", "anon", "보는사람", "nobody", "walker", "바람", "moon"]
        return f"{rng.choice(pool)}{i}"

    @staticmethod
    def _benign_name(rng: random.Random, i: int) -> str:
        pool = ["민준", "서연", "Alex", "지우", "Sam", "하은", "도윤", "Mina", "Chris", "예린"]
        return f"{rng.choice(pool)}{'' if i < 11 else i}"

    @property
    def operators(self) -> list[Person]:
        return [self.sunset, self.moth, self.ledger, self.gate]

    @property
    def distributors(self) -> list[Person]:
        return [self.courier, self.uploader]

    def everyone(self) -> list[Person]:
        return (
            self.operators + self.distributors + self.solicitors + self.payers + [self.payer2_alt]
            + self.victims + self.viewers + self.benign
        )
