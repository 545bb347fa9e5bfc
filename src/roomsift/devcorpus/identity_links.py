"""A labelled corpus for identity links: people with one or more accounts across rooms and
platforms, the messages and name histories that tie (or seem to tie) accounts together,
and the truth of who is who.

Every account pair of one person is a true link; everything else is not. The corpus
mixes the signals identity looks for (stated links, username reuse, own phone, own
wallet or bank account, re-posted gift-card PINs) with confounders that must not merge
people: staff sharing a fee wallet, payers quoting it, staff exposing a victim's phone,
questions about someone else's alt account, nickname collisions in KakaoTalk rooms,
the same handle on two platforms, released handles taken by someone else.

Two splits: `dev` (phrasings the rules were written against) and `heldout` (a different
seed, plus phrasings the rules never saw). Texts are synthetic and non-graphic."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from roomsift.analysis.identity.inputs import AccountInfo, Inputs, add_message
from roomsift.demo import wallets

DEV_STATED = ["제 예전 계정 @{u} 입니다", "부계정 @{u} 도 저예요", "my old account was @{u}", "본계정은 @{u}", "이전 계정 @{u} 정지당함", "this is my new account, old one @{u}"]
HELDOUT_STATED = DEV_STATED + ["@{u} 이것도 제꺼", "예전에 쓰던 계정이 @{u} 였어요", "my alt account is @{u}", "@{u} was banned, that was me"]
QUESTIONS = ["@{u} 부계정 아님?", "is @{u} your alt account?", "@{u} 예전 계정 맞아요?"]
SCENARIOS = ["stated", "declared", "username_reuse", "phone", "wallet", "bank", "gift_pin", "none"]
SCENARIO_WEIGHTS = [2, 1, 1, 1, 1, 1, 1, 0.42]
# Scenarios that leave a trace, but no ownership: one person paying with the same gift-card
# PIN from two accounts looks exactly like a payer and the collector who re-posts the PIN,
# so it is a payment relation, not identity (docs/identity.md). Reported apart from recall.
NOT_OWNERSHIP = {"none", "gift_pin"}
DECLARE = ["저 DM은 @{u} 로 주세요", "my handle is @{u}", "dm me at @{u}", "제 텔레 아이디 @{u} 입니다"]
ALT_AFTER_DECLARE = ["예전 계정 @{u} 터져서 새로 팠어요", "old acc @{u} got banned, this is me now", "@{u} 도 저예요"]
CHATTER = ["ㅋㅋ 좋네요", "새 자료 언제 올라와요", "new batch uploaded", "감사합니다 형님", "공지 확인했어요", "lol nice"]


@dataclass
class Corpus:
    inputs: Inputs
    person_of: dict[int, str]  # account id → true person key
    notes: dict[str, int] = field(default_factory=dict)  # how many of each scenario
    scenario_of: dict[str, str] = field(default_factory=dict)  # person key → how their accounts are tied

    def true_pairs(self) -> set[tuple[int, int]]:
        by: dict[str, list[int]] = {}
        for acc, p in self.person_of.items():
            by.setdefault(p, []).append(acc)
        return {(a, b) for accs in by.values() for i, a in enumerate(sorted(accs)) for b in sorted(accs)[i + 1 :]}


class _Builder:
    def __init__(self, seed: int, split: str):
        self.rng = random.Random(f"{split}:{seed}")
        self.split = split
        self.inp = Inputs()
        self.person_of: dict[int, str] = {}
        self.next_account = 1
        self.next_message = 1
        self.clock = 1_580_000_000
        self.notes: dict[str, int] = {}
        self.rooms = list(range(1, 61))
        self.taken: set[str] = set()
        self.scenario_of: dict[str, str] = {}

    def note(self, key: str) -> None:
        self.notes[key] = self.notes.get(key, 0) + 1

    def account(self, person: str, platform: str = "telegram", basis: str = "id", username: str | None = None,
                display: str | None = None, span: tuple[int, int] | None = None) -> int:
        acc = self.next_account
        self.next_account += 1
        pid = display if basis == "nickname" else f"user{9_000_000 + acc}"
        info = AccountInfo(acc, platform, pid, basis, [display or f"member{acc}"])
        if username:
            info.usernames[username] = span or (self.clock, self.clock + 86400 * 30)
        self.inp.accounts[acc] = info
        self.person_of[acc] = person
        return acc

    def say(self, acc: int, text: str, room: int | None = None) -> None:
        add_message(self.inp, acc, room or self.rng.choice(self.rooms), self.next_message, text)
        self.next_message += 1

    def handle(self) -> str:
        while True:
            u = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(self.rng.randint(5, 9))) + str(self.rng.randint(1, 99))
            if u not in self.taken:
                self.taken.add(u)
                return u

    def phone(self) -> str:
        return f"010-{self.rng.randint(2000, 9999)}-{self.rng.randint(1000, 9999)}"


def generate(seed: int = 1, split: str = "dev", persons: int = 600) -> Corpus:
    b = _Builder(seed, split)
    rng = b.rng
    stated = DEV_STATED if split == "dev" else HELDOUT_STATED
    fee_wallet = wallets.btc_bech32(f"corpus-fee-{split}-{seed}")
    staff = [b.account(f"staff{i}", username=b.handle()) for i in range(3)]
    for s in staff:  # staff share the fee wallet: an offer, not identity
        b.say(s, f"입장료 15만원 BTC {fee_wallet} 로 보내주세요")
    b.note("staff_sharing_fee_wallet")
    victim_phones = []
    for i in range(persons):
        key = f"p{i}"
        r = rng.random()
        if r < 0.62:  # one account only
            acc = b.account(key, username=b.handle() if rng.random() < 0.5 else None)
            b.say(acc, rng.choice(CHATTER))
            if rng.random() < 0.3:
                b.say(acc, f"보냈어요 0.01 BTC {fee_wallet}")  # payers quote the fee wallet
            if rng.random() < 0.05:
                ph = b.phone()
                b.say(acc, f"제 번호 {ph} 입니다")
                victim_phones.append(ph)
            b.note("single")
            continue
        n = 2 if r < 0.9 else 3
        # About 1 in 20 people with several accounts leave no trace linking them: a recall
        # loss no rule can avoid, kept so the figures are not flattered.
        scenario = rng.choices(SCENARIOS, weights=SCENARIO_WEIGHTS)[0]
        b.scenario_of[key] = scenario
        b.note(f"multi_{scenario}")
        old_u = b.handle()
        accs = [b.account(key, username=old_u, span=(b.clock, b.clock + 86400 * 10))]
        for _ in range(n - 1):
            if scenario == "username_reuse":
                accs.append(b.account(key, username=old_u, span=(b.clock + 86400 * 20, b.clock + 86400 * 40)))
            else:
                accs.append(b.account(key, username=b.handle()))
        rest = accs[1:]
        if scenario == "stated":
            for acc in rest:
                b.say(acc, rng.choice(stated).format(u=old_u))
        elif scenario == "declared":
            # Telegram Desktop exports carry no usernames: the old account's own words tie
            # the handle to it, and the new accounts' alt claims resolve through them.
            b.inp.accounts[accs[0]].usernames.clear()
            b.say(accs[0], rng.choice(DECLARE).format(u=old_u))
            for acc in rest:
                b.say(acc, rng.choice(ALT_AFTER_DECLARE).format(u=old_u))
        elif scenario == "phone":
            ph = b.phone()
            for acc in accs:
                b.say(acc, rng.choice(["제 번호 {p} 입니다", "연락은 제 번호로 {p}", "my number is {p}"]).format(p=ph))
        elif scenario == "wallet":
            w = wallets.eth_eip55(f"corpus-{split}-{seed}-{i}")
            for acc in accs:
                b.say(acc, rng.choice(["제 지갑 {w} 로 환불 부탁", "my wallet {w}", "내 지갑 주소 {w}"]).format(w=w))
        elif scenario == "bank":
            bank = f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
            for acc in accs:
                b.say(acc, f"제 계좌 국민 {bank} 입니다")
        elif scenario == "gift_pin":
            pin = "-".join(str(rng.randint(1000, 9999)) for _ in range(4))
            for acc in accs:
                b.say(acc, rng.choice(["문상 보냈습니다 핀번호 {p}", "해피머니 핀 {p} 보냈어요"]).format(p=pin))
        for acc in accs:
            b.say(acc, rng.choice(CHATTER))

    # Confounders.
    accounts = list(b.inp.accounts)
    for ph in victim_phones:  # staff expose a victim's number: a mention, not the staff's own phone
        b.say(rng.choice(staff), f"이 사람 번호 {ph} 다들 저장해")
        b.note("exposed_phone")
    for _ in range(persons // 20):  # questions about someone else's account
        target = b.inp.accounts[rng.choice(accounts)]
        if target.usernames:
            b.say(rng.choice(accounts), rng.choice(QUESTIONS).format(u=next(iter(target.usernames))))
            b.note("question_about_other")
    collector = staff[0]
    for _ in range(persons // 15):  # payers send PINs; the collector re-posts each one as received
        payer = rng.choice(accounts)
        pin = "-".join(str(rng.randint(1000, 9999)) for _ in range(4))
        b.say(payer, f"문상 핀 {pin} 보냈어요")
        b.say(collector, rng.choice(["컬쳐랜드 {p} 확인완료", "PIN {p} received", "문상 {p} 정상. 초대"]).format(p=pin))
        b.note("pin_reposted_by_collector")
    for _ in range(persons // 30):  # handles advertised by others: not their own
        target = b.inp.accounts[rng.choice(accounts)]
        if target.usernames:
            b.say(rng.choice(staff), rng.choice(["문의 @{u}", "입장 문의는 @{u} 로 DM", "@{u} 님 DM 확인해보세요"]).format(u=next(iter(target.usernames))))
            b.note("handle_advertised_by_other")
    for j in range(persons // 30):  # KakaoTalk nickname collisions: different people, same nickname
        nick = rng.choice(["민수", "지훈", "하늘", "별빛", "Tom", "익명"]) + str(j)
        x = b.account(f"kakao_a{j}", platform="kakaotalk", basis="nickname", display=nick)
        y = b.account(f"kakao_b{j}", platform="kakaotalk", basis="nickname", display=nick)
        b.say(x, "안녕하세요", room=1000 + j)
        b.say(y, "반가워요", room=2000 + j)
        b.note("nickname_collision")
    for j in range(persons // 30):  # one handle on two platforms, two different people
        u = b.handle()
        b.account(f"tg_h{j}", username=u)
        b.account(f"dc_h{j}", platform="discord", username=u)
        b.note("cross_platform_handle_collision")
    for j in range(max(1, persons // 200)):  # a released handle taken later by someone else
        u = b.handle()
        b.account(f"rel_a{j}", username=u, span=(b.clock, b.clock + 86400 * 5))
        b.account(f"rel_b{j}", username=u, span=(b.clock + 86400 * 60, b.clock + 86400 * 90))
        b.note("released_handle_reused_by_other")
    return Corpus(b.inp, b.person_of, b.notes, b.scenario_of)


def evaluate(corpus: Corpus, decisions: dict | None = None) -> dict[str, float]:
    """Pairwise precision/recall of the merged persons, and of the merging links."""
    from roomsift.analysis.identity.cluster import CONFIRMED, MERGED, cluster
    from roomsift.analysis.identity.links import find_links

    links = find_links(corpus.inputs)
    clusters = cluster(corpus.inputs.accounts.keys(), links, decisions or {})
    truth = corpus.true_pairs()
    groups: dict[str, list[int]] = {}
    for acc, p in clusters.person_of.items():
        groups.setdefault(p, []).append(acc)
    predicted = {(a, b) for accs in groups.values() for i, a in enumerate(sorted(accs)) for b in sorted(accs)[i + 1 :]}
    merged = [l for l in links if clusters.status[l.label] in (MERGED, CONFIRMED)]
    candidates = [l for l in links if clusters.status[l.label] in ("candidate", "review")]
    tp = len(predicted & truth)
    traced = {(a, b) for a, b in truth if corpus.scenario_of.get(corpus.person_of[a]) not in NOT_OWNERSHIP}
    missed: dict[str, int] = {}
    for a, b in truth - predicted:
        sc = corpus.scenario_of.get(corpus.person_of[a], "?")
        missed[sc] = missed.get(sc, 0) + 1
    false_merges: dict[str, int] = {}
    for a, b in predicted - truth:
        key = corpus.person_of[a].rstrip("0123456789") + "/" + corpus.person_of[b].rstrip("0123456789")
        false_merges[key] = false_merges.get(key, 0) + 1
    link_tp = sum(1 for l in merged if (l.a, l.b) in truth)
    return {
        "accounts": len(corpus.inputs.accounts),
        "true_pairs": len(truth),
        "predicted_pairs": len(predicted),
        "pair_precision": tp / len(predicted) if predicted else 1.0,
        "pair_recall": tp / len(truth) if truth else 1.0,
        "merged_links": len(merged),
        "link_precision": link_tp / len(merged) if merged else 1.0,
        "candidates": len(candidates),
        "candidate_true": sum(1 for l in candidates if (l.a, l.b) in truth),
        "pair_recall_traced": len(predicted & traced) / len(traced) if traced else 1.0,
        "missed_by_scenario": missed,
        "false_merges": false_merges,
    }
