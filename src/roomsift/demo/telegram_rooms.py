"""The demo's Telegram rooms, written as Telegram Desktop single-chat exports.

A paid-room network in the style of DESIGN.md — an announcement channel, a free lobby,
two paid rooms, a staff group, an operator's 1:1 chat with a coerced person — plus benign
look-alike groups that reuse the same surface phrases (a photo club, a gaming clan with a
crypto "entry fee", a parents' group, a crypto-trading chat). Non-graphic throughout:
intent shows only through euphemism and logistics; media are generated abstract images.
"""

from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from roomsift.demo import wallets
from roomsift.demo.cast import Cast, Person
from roomsift.demo.images import save_abstract_jpeg
from roomsift.demo.tgwriter import KST, TelegramChatWriter

START = int(datetime(2020, 1, 6, 21, 0, tzinfo=timezone.utc).timestamp())
NOTICE_TITLE = "노을 공지 | Sunset Notice"

FEE_WALLET = wallets.btc_bech32("fee-wallet")
FEE_WALLET_2 = wallets.btc_p2pkh("fee-wallet-2")
ETH_WALLET = wallets.eth_eip55("eth-fee")
TRON_WALLET = wallets.tron("tron-fee")
BANK_ACCOUNT = f"{wallets.digits('bank-a', 6)}-{wallets.digits('bank-b', 2)}-{wallets.digits('bank-c', 6)}"
GIFT_PIN = "-".join(wallets.digits(f"pin-{i}", 4) for i in range(4))
INVITE_LOBBY = "https://t.me/+NoeulLobbyDemo0001"
INVITE_PAID = "https://t.me/+NoeulPaidDemo0002"


class Room:
    """A chat being written: ids, a clock that moves forward, photo files."""

    def __init__(self, root: Path, slug: str, title: str, chat_type: str, chat_id: int, start: int, rng: random.Random, manifest: list):
        self.folder = root / slug
        self.slug = slug
        self.w = TelegramChatWriter(self.folder, title, chat_type, chat_id)
        self.next_id = 1
        self.clock = start
        self.rng = rng
        self.photos = 0
        self.manifest = manifest
        self.title = title

    def tick(self, lo: int = 20, hi: int = 900) -> int:
        self.clock += self.rng.randint(lo, hi)
        return self.clock

    def _id(self) -> int:
        i = self.next_id
        self.next_id += 1
        return i

    def say(self, who: Person, text: str | list[Any], **extra: Any) -> int:
        mid = self._id()
        self.w.message(mid, self.tick(), who.sender, text, **extra)
        return mid

    def post(self, author_signature: str, channel_id: int, text: str | list[Any], **extra: Any) -> int:
        """A channel post: from = the channel itself, with the author's signature."""
        mid = self._id()
        self.w.message(mid, self.tick(), (self.title, f"channel{channel_id}"), text, author=author_signature, **extra)
        return mid

    def photo(self, who: Person, seed: int, caption: str = "", **extra: Any) -> int:
        self.photos += 1
        when = self.tick()
        stamp = datetime.fromtimestamp(when, tz=KST).strftime("%d-%m-%Y_%H-%M-%S")
        rel = f"photos/photo_{self.photos}@{stamp}.jpg"
        save_abstract_jpeg(self.folder / rel, seed)
        mid = self._id()
        self.w.message(mid, when, who.sender, caption, photo=rel, photo_file_size=(self.folder / rel).stat().st_size, width=640, height=480, **extra)
        self.manifest.append({"room": self.slug, "path": rel, "seed": seed, "message": mid, "poster": who.account})
        return mid

    def service(self, who: Person, action: str, **fields: Any) -> int:
        mid = self._id()
        self.w.service(mid, self.tick(), who.sender, action, **fields)
        return mid

    def close(self) -> Path:
        self.w.close()
        return self.folder


def _pick(rng: random.Random, items: list[str]) -> str:
    return rng.choice(items)


SOLICIT = [
    "좋은 거 좀 올려주세요", "형님들 오늘은 뭐 없나요? 새로운 거 기대합니다", "Send us something good",
    "show us some positive things tonight", "새 자료 언제 풀려요?", "next batch when? can't wait",
    "이번엔 진짜 쎈 걸로 부탁드려요 ㅎㅎ", "more from the same girl pls", "하늘이 거 더 없어요?", "업뎃 좀요 현기증 나요",
]
PAYER_ASK = ["입장료 어디로 보내요?", "where do I send the fee?", "2단계 가려면 얼마예요?", "문상으로도 되나요?", "how much for VIP?"]
CHATTER = ["ㅋㅋㅋ", "ㄷㄷ", "오", "lol", "nice", "ㅇㅈ", "굿", "hello", "안녕하세요", "들어왔습니다", "감사합니다", "ok"]
DISTRIBUTE = ["새 자료 올렸습니다", "new batch uploaded", "오늘 분량 업로드 완료", "2편 올림, 다음 건 주말에", "fresh set, don't share outside"]


def write_rooms(root: Path, cast: Cast, seed: int = 2020) -> tuple[list[Path], list[dict[str, Any]]]:
    """Write every demo Telegram chat under `root`; return the export folders and a
    manifest of the photos (room, path, image seed, message id, poster)."""
    rng = random.Random(seed)
    manifest: list[dict[str, Any]] = []
    folders = []
    c = cast
    sunset, moth, ledger, gate = c.operators
    haneul = c.victims[0]

    # 1. Announcement channel: rules, prices over time, payment instructions.
    notice = Room(root, "notice", NOTICE_TITLE, "private_channel", 1700000001, START, rng, manifest)
    notice.service(sunset, "create_channel", title=NOTICE_TITLE)
    notice.post("노을지기", 1700000001, f"[공지] 맛보기방 링크: {INVITE_LOBBY}\n규칙: 외부 유출 금지, 캡처 금지. 어기면 강퇴.")
    notice.post("노을지기", 1700000001, f"입장 안내\n1단계 15만원, 2단계(VIP) 50만원\nBTC: {FEE_WALLET}\n입금 후 장부에게 인증샷 보내면 초대")
    notice.post("장부", 1700000001, f"Entry fee for stage 1 is 0.02 BTC to {FEE_WALLET}. ETH also ok: {ETH_WALLET}. Send proof to @ledger_kr")
    notice.post("노을지기", 1700000001, f"문화상품권 핀번호로도 받습니다 (10만원권 2장). 계좌는 국민 {BANK_ACCOUNT} 예금주 노을")
    notice.tick(86400 * 5, 86400 * 6)
    notice.post("노을지기", 1700000001, f"[가격 변경] 1단계 20만원, VIP 1.55 million won. 새 지갑: {FEE_WALLET_2} / TRX {TRON_WALLET}")
    notice.post("노을지기", 1700000001, "오늘 밤 2단계에 새 자료 풀립니다. VIP만.")
    folders.append(notice.close())

    # 2. Free lobby: mass joins, teasers, solicitation, payment questions and proofs.
    lobby = Room(root, "lobby", "노을 맛보기방 (free)", "private_supergroup", 1700000002, START + 3600, rng, manifest)
    lobby.service(sunset, "create_group", title="노을 맛보기방 (free)", members=[moth.name, gate.name])
    lobby.service(sunset, "invite_members", members=[ledger.name, c.courier.name])
    rules = lobby.say(sunset, f"여기는 맛보기방. 본방은 유료. 공지 채널 확인: {INVITE_LOBBY}")
    lobby.service(sunset, "pin_message", message_id=rules)
    members = c.solicitors + c.payers + [c.payer2_alt, c.uploader] + c.viewers
    for p in members:
        lobby.service(p, "join_group_by_link", inviter=sunset.name)
    for i in range(4):
        lobby.photo(sunset, 900 + i, "맛보기 ㅎㅎ 본방은 훨씬 많음")
    for _ in range(60):
        who = rng.choice(c.solicitors)
        lobby.say(who, _pick(rng, SOLICIT))
        if rng.random() < 0.4:
            lobby.say(rng.choice(c.viewers), _pick(rng, CHATTER))
    for p in c.payers[:6]:
        ask = lobby.say(p, _pick(rng, PAYER_ASK))
        lobby.say(ledger, f"공지 확인하세요. BTC {FEE_WALLET} 또는 문상 핀번호 장부한테 DM", reply_to_message_id=ask)
    lobby.say(c.payers[1], "보냈어요 0.02 BTC, txid 확인 부탁드립니다")
    lobby.say(c.payer2_alt, "제 예전 계정 @mrkim88 입니다, 그걸로 결제했었어요")
    lobby.say(c.solicitors[0], f"문상 보냈습니다 핀번호 {GIFT_PIN}")
    lobby.say(c.solicitors[2], "sent 150,000원 to the 국민 account, proof in DM")
    lobby.say(c.solicitors[5], "5만원 입금 완료요 확인 좀")
    lobby.say(gate, "결제 확인된 분들 1단계 초대합니다")
    lobby.service(gate, "remove_members", members=[c.viewers[0].name])
    lobby.say(gate, "캡처하다 걸린 사람 강퇴함. 규칙 지키세요")
    for _ in range(40):
        lobby.say(rng.choice(c.viewers[:30]), _pick(rng, CHATTER))
    folders.append(lobby.close())

    # 3. Paid room, stage 1: payers invited; distributors post; solicitors ask for more.
    paid1 = Room(root, "paid1", "노을 1단계", "private_supergroup", 1700000003, START + 86400, rng, manifest)
    paid1.service(sunset, "create_group", title="노을 1단계", members=[gate.name, c.courier.name, c.uploader.name])
    paying_solicitors = [s for s in c.solicitors if "payer" in s.roles]
    # Everyone invited here was invited after paying (the room is paid-only).
    for p in c.payers + [c.payer2_alt] + paying_solicitors:
        paid1.service(gate, "invite_members", members=[p.name])
    welcome = paid1.say(sunset, "1단계 입장 환영. 규칙 공지 필독. 유출하면 신상 턴다")
    paid1.service(sunset, "pin_message", message_id=welcome)
    image_seed = 1000
    for day in range(6):
        paid1.say(c.courier, _pick(rng, DISTRIBUTE))
        for _ in range(rng.randint(3, 5)):
            image_seed += 1
            paid1.photo(rng.choice(c.distributors), image_seed)
        for _ in range(rng.randint(4, 8)):
            req = paid1.say(rng.choice(paying_solicitors), _pick(rng, SOLICIT))
            if rng.random() < 0.5:
                image_seed += 1
                paid1.photo(c.uploader, image_seed, "요청하신 거", reply_to_message_id=req)
        paid1.say(
            sunset, f"2단계 VIP 모집. 50만원 {FEE_WALLET}",
            forwarded_from=NOTICE_TITLE,
        )
        for _ in range(rng.randint(5, 10)):
            paid1.say(rng.choice(c.payers), _pick(rng, CHATTER))
        paid1.tick(40000, 80000)
    paid1.say(c.payers[3], "VIP fee sent: 0.05 BTC, screenshot attached")
    paid1.say(c.payers[5], f"2단계 입금했습니다 국민 {BANK_ACCOUNT} 50만원")
    folders.append(paid1.close())

    # 4. Paid room, stage 2 (VIP).
    paid2 = Room(root, "paid2", "노을 2단계 VIP", "private_supergroup", 1700000004, START + 86400 * 4, rng, manifest)
    paid2.service(sunset, "create_group", title="노을 2단계 VIP", members=[moth.name, ledger.name])
    vip = [c.payers[3], c.payers[5], c.solicitors[0], c.solicitors[2]]
    paid2.service(ledger, "invite_members", members=[p.name for p in vip])
    paid2.service(sunset, "edit_group_title", title="노을 2단계 VIP (new)")
    for _ in range(8):
        paid2.say(moth, _pick(rng, DISTRIBUTE))
        for _ in range(3):
            image_seed += 1
            paid2.photo(moth, image_seed)
        paid2.say(rng.choice([c.solicitors[0], c.solicitors[2]]), _pick(rng, SOLICIT))
        paid2.say(rng.choice(vip), _pick(rng, CHATTER))
    # Forwarded from stage 1: the same files travel between rooms.
    for entry in [m for m in manifest if m["room"] == "paid1"][:4]:
        paid2.photo(c.uploader, entry["seed"], "", forwarded_from="노을 1단계")
    folders.append(paid2.close())

    # 5. Staff group: coordination, a threat against a coerced person, exposure of details.
    staff = Room(root, "staff", "스태프 회의", "private_group", 1700000005, START + 7200, rng, manifest)
    staff.service(sunset, "create_group", title="스태프 회의", members=[moth.name, ledger.name, gate.name])
    staff_lines = [
        (ledger, "오늘 입금 12명, 문상 3건. 장부 정리해서 올릴게요"),
        (sunset, "장부야 VIP 가격 1.55 million won으로 올려"),
        (gate, "캡처한 놈 두 명 강퇴했습니다"),
        (sunset, f"하늘이 요즘 말 안 듣네. 계속 버티면 학교랑 부모한테 다 뿌린다고 전해 @{haneul.username}"),
        (moth, f"하늘 본명 김하늘, {haneul.phone}, OO고 2학년. 주소도 알아냄"),
        (sunset, f"@{c.mentioned_victim_username} 도 연락 안 되면 신상 공개한다고 해"),
        (ledger, f"수수료 지갑 {FEE_WALLET} 잔고 옮겼습니다"),
        (sunset, "택배기사한테 새 자료 받으면 1단계에 풀어"),
        (gate, "새 인원 40명 초대 완료"),
        (moth, "If she refuses again we post everything with her name"),
    ]
    for who, text in staff_lines * 2:
        staff.say(who, text)
    folders.append(staff.close())

    # 6. The operator's 1:1 chat with a coerced person (from the operator's seized phone).
    dm = Room(root, "dm_haneul", haneul.name, "personal_chat", haneul.user_id, START + 5000, rng, manifest)
    dm_lines = [
        (sunset, "시키는 대로 안 하면 사진 다 퍼뜨린다. 학교 애들한테도"),
        (haneul, "제발 그만해주세요. 지워주세요"),
        (sunset, "오늘 밤까지 보내. 안 보내면 네 번호랑 이름 방에 올린다"),
        (haneul, "please stop, I'll do what you ask, just don't post my name"),
        (sunset, "경찰에 말하면 다 끝이야. 알지?"),
        (haneul, "무서워요 제발요"),
    ]
    for who, text in dm_lines * 3:
        dm.say(who, text)
    folders.append(dm.close())

    # 7–10. Benign look-alikes reusing the same surface phrases.
    b = c.benign
    photo = Room(root, "photoclub", "Seoul Film Photo Club", "private_supergroup", 1800000001, START, rng, manifest)
    photo.service(b[0], "create_group", title="Seoul Film Photo Club", members=[p.name for p in b[1:10]])
    for i in range(25):
        photo.say(rng.choice(b[:10]), rng.choice([
            "Send us something good from your trip!", "좋은 거 좀 올려주세요, 여행 사진 기대중", "exhibition entry fee is 15,000원 this year",
            "new batch of film scans uploaded", "이번 주 출사 어디로 가요?", "show us some positive things from the weekend",
        ]))
        if i % 3 == 0:
            photo.photo(rng.choice(b[:10]), 5000 + i, "한강 노을 / sunset at the river")
    folders.append(photo.close())

    clan = Room(root, "clan", "Raid Night Clan", "private_supergroup", 1800000002, START, rng, manifest)
    clan.service(b[10], "create_group", title="Raid Night Clan", members=[p.name for p in b[11:20]])
    for _ in range(25):
        clan.say(rng.choice(b[10:20]), rng.choice([
            f"tournament entry fee 0.001 BTC to {wallets.btc_bech32('clan-pot')}", "send your best clips tonight",
            "입장료 보냈어요 토너먼트 참가!", "new patch uploaded, servers down at 3", "who's in for the raid?", "proof of payment posted in #fees",
        ]))
    folders.append(clan.close())

    parents = Room(root, "parents", "3반 학부모 모임", "private_group", 1800000003, START, rng, manifest)
    parents.service(b[20], "create_group", title="3반 학부모 모임", members=[p.name for p in b[21:30]])
    for _ in range(25):
        parents.say(rng.choice(b[20:30]), rng.choice([
            "소풍 사진 좀 올려주세요~", "회비 만원씩 국민 123456-01-000001 로 보내주세요", "아이들 사진은 외부 공유 금지예요",
            "선생님 연락처 010-0000-1111 입니다", "내일 준비물 확인 부탁드려요", "사진 잘 받았어요 감사합니다",
        ]))
    folders.append(parents.close())

    crypto = Room(root, "crypto", "BTC 단타방", "public_supergroup", 1800000004, START, rng, manifest)
    crypto.service(b[30], "create_group", title="BTC 단타방", members=[p.name for p in b[31:40]])
    crypto.service(c.solicitors[4], "join_group_by_link", inviter=b[30].name)
    for _ in range(25):
        crypto.say(rng.choice(b[30:40] + [c.solicitors[4]]), rng.choice([
            "I sent 0.5 BTC to my cold wallet", f"donations: {wallets.btc_p2pkh('crypto-donate')}", "proof of payment: exchange screenshot",
            "지금 들어가면 물림", "send us something good, any alpha today?", "ETH gas is crazy",
        ]))
    folders.append(crypto.close())
    return folders, manifest


def truth(cast: Cast) -> dict[str, Any]:
    """Ground truth in the shape of `roomsift triage --format json` (keys kept)."""
    participants = []
    for p in cast.everyone():
        if p.roles:
            participants.append({"account": p.account, "roles": sorted(p.roles)})
    return {
        "participants": participants,
        "potential_victims": [{"account": v.account, "mention": f"@{v.username}"} for v in cast.victims]
        + [{"account": None, "mention": f"@{cast.mentioned_victim_username}"}],
        "benign_chats": ["Seoul Film Photo Club", "Raid Night Clan", "3반 학부모 모임", "BTC 단타방"],
        "same_person": [[cast.payers[1].account, cast.payer2_alt.account]],
    }
