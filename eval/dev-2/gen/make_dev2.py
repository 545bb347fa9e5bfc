#!/usr/bin/env python3
"""Generate the dev-2 corpus (deterministic; stdlib + Pillow + base58/bech32/pycryptodome).

usage: python3 make_dev2.py OUT_DIR

"BLUEMOON": a fake idol-trainee audition / casting lure.  A public preview channel advertises a
paid room (bank transfer, ETH, occasionally a gift-card PIN); a three-person staff group runs it;
two 1:1 coercion chats; four benign look-alike rooms.  See ../README.md.
"""
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "common"))
import artifacts as A  # noqa: E402  (eval/common/artifacts.py, shared by the corpora)
import bank_dev2 as B
from engine import (KST, MN, R, Acc, Chat, Msg, W, assign_ids, later, pay, photo, rand_time,
                    serialise, ts, video_file)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

DECKS = {}


def pick(lst):
    if not all(isinstance(x, str) for x in lst):
        return R.choice(lst)
    deck = DECKS.setdefault(tuple(lst), [])
    if not deck:
        deck.extend(R.sample(lst, len(lst)))
    return deck.pop()


def D(mo, d, h=None, mi=None):
    return ts(2024, mo, d, h, mi)


START, END = D(4, 2, 21, 0), D(8, 20, 23, 0)

FIRST = "민 서 지 하 도 윤 예 수 채 유 다 소 시 은 주 현 태 건 준 우".split()
SECOND = "준 아 우 윤 린 호 원 빈 은 진 현 율 희 솔 결 람".split()
HANDLE_A = "moon sky blue cold lazy pink null zero night soft".split()
HANDLE_B = "cat bird fish boy kid one man lee kim park".split()


def name():
    r = R.random()
    if r < 0.45:
        return R.choice(FIRST) + R.choice(SECOND)
    if r < 0.8:
        return R.choice(HANDLE_A) + R.choice(["", "_", "."]) + R.choice(HANDLE_B) + str(R.randrange(1, 100))
    return R.choice(["익명", "구경꾼", "손님", "직장인", "대학생", "아저씨", "ㅇㅇ", "ㅁㅁ"]) + str(R.randrange(1, 1000))


def make(n):
    return [Acc(name()) for _ in range(n)]


def ep():
    return "ep.%02d" % R.randrange(1, 40)


# ---------------------------------------------------------------- cast
channel_acc = Acc("BLUEMOON 미리보기", prefix="channel")
boss = Acc("달지기")               # operator; runs the channel and the paid room
boss_alt = Acc("moonkeeper", "moonkeeper_bm")       # the same person's second account, declared in words
casting = Acc("캐스팅팀장")         # operator; does the lure and the coercion
editor = Acc("편집자")              # distributor in the staff group
UPLOADERS = [editor, Acc("밤편지"), Acc("reel_maker")]
SOL = make(14)
PAY = make(22)
SOLPAY = make(6)
CHAT = make(14)
SILENT = make(40)
old_blue = Acc("bluebird_", "bluebird_kr")    # English alt pair
new_blue = Acc("bluebird.v2")
cash_pay = Acc("현금왕")                       # states a bank account that his other account also states
cash_apt = Acc("1203호")                       # the apartment account of the same person
gym_sol = Acc("근육곰")                         # solicitor who gives "my number" ...
gym_alt = Acc("곰돌이코치")                     # ... which the gym account also gives
SOL += [old_blue, new_blue, gym_sol]
PAY += [cash_pay]
overlap = [PAY[1], CHAT[2], SILENT[3], SOL[2]]   # criminal-room accounts that also sit in benign rooms
v_hayun = Acc("하윤")
v_jia = Acc("Jia")

LINKS = [
    (boss, boss_alt, "stated alt: 달지기 says moonkeeper is his second account; moonkeeper says it is 달지기"),
    (old_blue, new_blue, "stated alt in English: bluebird_ gave @bluebird_kr as its handle; bluebird.v2 says @bluebird_kr got nuked"),
    (cash_pay, cash_apt, "the same 국민 account stated as 'my account' in the paid room and in the apartment group"),
    (gym_sol, gym_alt, "the same phone number stated as 'my number' in the paid room and the gym group"),
]
NON_LINKS = []
CASH_BANK = A.bank(R, 3)[1]
GYM_PHONE = A.phone(R)

# ---------------------------------------------------------------- chats
chan = Chat("BLUEMOON 미리보기", "public_channel", "criminal", "2024-08-22", cid=channel_acc.id)
room = Chat("블루문 본방 🌕", "private_supergroup", "criminal", "2024-08-22")
staff = Chat("bm 운영진", "private_group", "criminal", "2024-08-23", sparse=True)
dm_a = Chat("하윤", "personal_chat", "criminal", "2024-08-01", cid=v_hayun.id, sparse=True)
dm_b = Chat("캐스팅팀장", "personal_chat", "criminal", "2024-08-01", cid=casting.id, sparse=True)
apt = Chat("래미안 하늘숲 입주민 소통방", "private_supergroup", "benign", "2024-09-01")
mir = Chat("미라클모닝 6시 인증방", "private_group", "benign", "2024-09-01", sparse=True)
gym = Chat("크로스핏 동쪽박스 WOD", "private_supergroup", "benign", "2024-09-02")
snap = Chat("스냅·프로필 작가 외주방", "public_supergroup", "benign", "2024-09-02")
CHATS = [chan, room, staff, dm_a, dm_b, apt, mir, gym, snap]
BANKS = ["%s %s" % (nm, pay("bank_account", num)) for nm, num in (A.bank(R, 1), A.bank(R, 0), A.bank(R, 5))]
for c in CHATS:
    c.ctx.update(ep=ep, opbank=W.opbank[0], cash_bank=("bank_account", CASH_BANK), gym_phone=GYM_PHONE,
                 apt_phone=A.phone(R), apt_bank=BANKS[0], mir_bank=BANKS[1], gym_bank=BANKS[2],
                 n=lambda: str(R.randrange(3, 25)))


def build_channel():
    c = chan
    c.service_msg(channel_acc, D(4, 2, 21, 0), "create_channel", ("op",), title="BLUEMOON 미리보기")
    for i in range(40):
        t = rand_time(D(4, 3), END)
        line = pick(B.CHANNEL)
        teaser = "{ep}" in line
        media = photo(c, t) if teaser and R.random() < 0.6 else {}
        c.say(channel_acc, t, line, ("op", "dist") if teaser else ("op",), keep=True, **media)
    for t in (D(5, 10, 22), D(6, 20, 22), D(7, 30, 22)):
        c.say(channel_acc, t, pick(B.CHANNEL[1:2] + B.CHANNEL[6:7]), ("op", "dist"), keep=True, **photo(c, t))


def build_room():
    c = room
    c.service_msg(boss, D(4, 2, 21, 30), "create_channel", ("op",), title="블루문 본방 🌕")
    c.service_msg(boss, D(4, 2, 21, 31), "invite_members", ("op",), members=["캐스팅팀장", "편집자", "밤편지", "reel_maker", "moonkeeper"])
    rules = c.say(boss, D(4, 2, 21, 40), "본방 규칙: 캡처·녹화 금지, 외부 공유 시 강퇴 + 신상 공개. 요청은 하루 두 번까지", ("op",), keep=True)
    c.service_msg(boss, D(4, 2, 21, 41), "pin_message", ("op",), message_id=rules)
    c.say(boss, D(4, 2, 21, 50), "운영 부계 moonkeeper 도 제 계정입니다. 입금 확인은 둘 중 아무한테나", ("op",), keep=True)
    c.say(boss_alt, D(4, 2, 21, 52), "ㅇㅇ 저 달지기 부계임", ("op",), keep=True)
    members = SOL + PAY + SOLPAY + CHAT + SILENT + [UPLOADERS[1], UPLOADERS[2]]
    joined = {}
    for a in members:
        t = rand_time(D(4, 3), D(8, 10))
        joined[a] = t
        if R.random() < 0.75:
            c.service_msg(a, t, "join_group_by_link", (), inviter="달지기")
        else:
            c.service_msg(R.choice([boss, boss_alt]), t, "invite_members", ("op",), members=[a.name])
            c.say(a, later(t, 1, 30), R.choice(["ㅎㅇ", "안녕하세요", "초대 감사해요", "들어왔습니다"]), ())
        c.members.append(a)

    def when(a):
        return rand_time(joined[a], END)
    for u in UPLOADERS:
        for _ in range(R.randrange(8, 16)):
            t = rand_time(D(4, 5), END)
            media = photo(c, t) if R.random() < 0.4 else (video_file(t) if R.random() < 0.7 else {})
            c.say(u, t, pick(B.MAIN_UPLOAD), ("dist",), **media)
    for a in SOL + SOLPAY:
        for _ in range(R.randrange(2, 6)):
            c.say(a, when(a), pick(B.MAIN_REQUEST), ("req",))
    for a in PAY + SOLPAY:
        for _ in range(R.randrange(1, 3)):
            t = when(a)
            m = c.say(a, t, pick(B.MAIN_PAY), ("pay",))
            c.say(R.choice([boss, boss_alt]), later(t, 5, 300), R.choice(["확인", "확인됐어요", "입금자명 안 보임 다시 DM", "ㅇㅋ"]), ("op",), reply=m)
    for a in CHAT + R.sample(SOL + PAY, 12):
        for _ in range(R.randrange(1, 5)):
            c.say(a, when(a), pick(B.MAIN_CHAT), ())
    for _ in range(10):
        c.say(R.choice([boss, boss_alt, casting]), rand_time(D(4, 5), END),
              R.choice(["공지 읽으세요", "요청 도배 금지", "이번 주 업로드 목요일", "유령회원 정리합니다", "입금 확인 밀려서 늦어요",
                        "신인 섭외 중. 곧 새 회차"]), ("op",))
    # identity statements and look-alikes
    c.say(old_blue, D(4, 20, 23), "my handle's @bluebird_kr btw, dm for trades", (), keep=True)
    c.say(new_blue, D(6, 15, 23), "old acc @bluebird_kr got nuked, this is me now", (), keep=True)
    c.say(new_blue, D(6, 15, 23, 20), "any new ep soon?", ("req",), keep=True)
    c.say(cash_pay, D(5, 3, 22), "입금했어요 {amt:7만원}. 혹시 환불되면 제 계좌 국민 {cash_bank} 로 부탁해요", ("pay",), keep=True)
    c.say(gym_sol, D(5, 20, 22), "급한 일 있으면 제 번호 {gym_phone} 로 연락주세요", (), keep=True)
    p1, p2 = PAY[4], PAY[5]
    c.say(p1, D(5, 8, 21), "%s 로 이체했어요" % pay("bank_account", W.opbank[0][1]), ("pay",), raw=True)
    c.say(p2, D(5, 9, 21), "저도 %s 로 보냈어요" % pay("bank_account", W.opbank[0][1]), ("pay",), raw=True)
    NON_LINKS.append((p1, p2, "two payers repeat the same network bank account"))
    NON_LINKS.append((p1, boss, "a payer repeats the account the operator's channel published"))
    c.say(CHAT[5], D(6, 1, 22), "입금 확인은 @moonkeeper_bm 한테 물어보세요", (), keep=True)
    NON_LINKS.append((CHAT[5], boss_alt, "someone @mentions the operator's second account"))
    c.say(SOL[4], D(7, 2, 23), "@yerin_0408 이 애 다음 회차 없어요? 예린이 편 좋았는데", ("req",), keep=True)
    bad = A.corrupt(R, W.opeth[0], A.eth_ok)
    m = c.say(PAY[7], D(5, 15, 22), "이 주소 맞아요? %s" % pay("eth", bad, False), (), raw=True)
    c.say(boss, D(5, 15, 22, 10), "아니 틀림 채널 고정글 주소 복붙", ("op",), reply=m)
    return joined


def build_staff():
    s = staff
    s.service_msg(boss, D(4, 1, 20), "create_group", ("op",), title="bm 운영진", members=["달지기", "캐스팅팀장", "편집자"])
    s.members += [boss, casting, editor]
    for _ in range(60):
        t = rand_time(D(4, 2), END)
        who = R.choice([boss, casting, casting, editor])
        s.say(who, t, pick(B.STAFF), ("dist",) if who is editor else ("op",))
    s.say(casting, D(5, 28, 23), "하윤이 카메라 테스트 잡았음. 학교는 서현여고래", ("op",), keep=True)
    s.say(casting, D(6, 18, 22), "@sua_ing 지원서 왔는데 부모님 번호까지 적어줌 ㅋㅋ", ("op",), keep=True)
    s.say(boss, D(7, 3, 23), "김예린 건은 끝났으니까 정리해. 학교 단톡에 한 번 뿌려서 겁주고", ("op",), keep=True)
    s.say(casting, D(7, 10, 1), "Jia 카운트다운 걸어놨음 내일 아침까지", ("op",), keep=True)


DM_A = [
    ("o", 0, "안녕하세요 하윤님, 블루문 엔터 캐스팅팀입니다. 인스타 보고 연락드렸어요"),
    ("v", 30, "헐 진짜요? 저 연습생 같은 거 해본 적 없는데"),
    ("o", 2, "괜찮아요 신인 위주로 뽑아요. 비공개 오디션이라 간단한 카메라 테스트만 보시면 돼요"),
    ("v", 10, "뭐 준비하면 돼요?"),
    ("o", 1, "프로필 사진 몇 장이랑 학생증 사진이요. 부모님 동의서는 나중에 받을게요"),
    ("v", 60, "보냈어요!"),
    ("o", 1, "감사합니다 ^^ 내일 영상통화로 카메라 테스트 진행할게요"),
    ("o", 1800, "하윤님 어제 테스트 영상 잘 받았어요. 근데 추가로 찍어주셔야 할 게 있어요"),
    ("v", 5, "뭔데요?"),
    ("o", 1, "어제 말씀드린 거요. 오디션 통과하려면 필요해요"),
    ("v", 8, "그건 싫다고 했잖아요. 오디션 안 볼게요"),
    ("o", 1, "그러시면 어제 영상이랑 학생증은 서현여고 커뮤니티에 올라갈 거예요"),
    ("v", 2, "네? 그게 무슨 말이에요"),
    ("o", 1, "선택은 하윤님이 하시는 거예요. 금요일 밤 10시까지 기다릴게요"),
    ("v", 3, "제발 지워주세요 부탁드려요"),
    ("o", 1, "지우는 건 하윤님 하기에 달렸죠"),
    ("o", 1440, "이틀 남았어요"),
    ("v", 20, "엄마한테 말할 거예요"),
    ("o", 1, "말씀하셔도 돼요. 어머님 번호 {vphone} 맞죠? 제가 먼저 보내드릴까요"),
    ("v", 3, "하지 마세요 할게요"),
    ("o", 1, "네 그렇게 해요. 현명하시네요"),
    ("o", 1440, "오늘이에요 하윤님 ^^"),
    ("v", 40, "보냈어요 이제 진짜 지워주세요"),
    ("o", 1, "확인했어요. 다음 주에 한 번만 더 하면 끝"),
    ("v", 2, "약속이랑 다르잖아요"),
    ("o", 1, "오디션이 원래 그래요 ^^"),
]

DM_B = [
    ("o", 0, "hi Jia, 블루문 캐스팅이에요. your dance cover was amazing"),
    ("v", 60, "oh thank you! is this a real agency?"),
    ("o", 1, "yes, private audition for trainees. send a profile pic and your student ID"),
    ("v", 30, "ok sent"),
    ("o", 1440, "Jia the director wants one more test video. the one we talked about"),
    ("v", 10, "no i'm not doing that"),
    ("o", 1, "then your ID and the test video go to your school group chat tonight"),
    ("v", 2, "please don't. i'm serious please"),
    ("o", 1, "and i know your apartment, 하늘숲 102동. i can wait downstairs"),
    ("o", 1, "you'll regret it if you make me come there"),
    ("v", 5, "i'll call the police"),
    ("o", 1, "go ahead. 12 hours. clock's running"),
    ("o", 300, "7 hours"),
    ("o", 240, "3"),
    ("v", 10, "ok. i'll do it. just stop"),
    ("o", 1, "good choice"),
    ("v", 2000, "i did what you said. delete everything"),
    ("o", 5, "we'll see. keep your phone on"),
]


def build_dm(chat, script, off, vic, t0, ctx):
    chat.ctx.update(ctx)
    t = t0
    for who, mins, line in script:
        t = t + datetime.timedelta(minutes=mins, seconds=R.randrange(5, 50))
        a = off if who == "o" else vic
        chat.say(a, t, line, ("op",) if who == "o" else (), keep=True)


def benign(chat, owner, members, lines, n, start, end, photos=0.0, group=False):
    if group:
        chat.service_msg(owner, start, "create_group", (), title=chat.name, members=[owner.name] + [m.name for m in members])
    else:
        chat.service_msg(owner, start, "create_channel", (), title=chat.name)
        for m in members:
            chat.service_msg(m, rand_time(start, start + datetime.timedelta(days=15)), "join_group_by_link", (), inviter=owner.name)
    chat.members += [owner] + members
    for _ in range(n):
        t = rand_time(start + datetime.timedelta(hours=2), end)
        a = R.choice(members + [owner])
        media = photo(chat, t) if R.random() < photos else {}
        chat.say(a, t, pick(lines), **media)


def build_benign():
    apt_admin = Acc("하늘숲 동대표")
    am = make(24) + [cash_apt, overlap[0], overlap[1]]
    benign(apt, apt_admin, am, B.APT, 190, D(3, 20, 10), D(8, 30, 22), photos=0.05)
    apt.say(cash_apt, D(6, 5, 20), "중고 김치냉장고 팝니다 {amt:20만원}. 입금은 제 계좌 국민 {cash_bank} 로 주세요", keep=True)
    apt.say(am[3], D(6, 6, 9), "관리사무소 번호 {apt_phone} 맞나요?", keep=True)
    NON_LINKS.append((am[3], apt_admin, "two residents repeat the management office's phone number"))
    mir_host = Acc("아침형인간")
    mm = make(14) + [overlap[2]]
    benign(mir, mir_host, mm, B.MIRACLE, 160, D(4, 1, 6), D(8, 30, 8), photos=0.2, group=True)
    coach = Acc("동쪽박스 코치")
    gm = make(18) + [gym_alt, overlap[3]]
    benign(gym, coach, gm, B.GYM, 170, D(3, 5, 21), D(8, 31, 22), photos=0.06)
    gym.say(gym_alt, D(5, 22, 21), "저 이번 주 클래스 못 가면 제 번호 {gym_phone} 로 문자 주세요", keep=True)
    jia_b = Acc("Jia")
    NON_LINKS.append((jia_b, v_jia, "same display name Jia (gym member vs the victim of the English chat)"))
    gym.say(jia_b, D(6, 2, 20), "오늘 와드 미쳤다 ㅋㅋ 저 죽었어요")
    host = Acc("스냅작가모임장")
    sm = make(20)
    dup = Acc(SOL[6].name)
    sm.append(dup)
    NON_LINKS.append((dup, SOL[6], "same display name in the photographers' group and the paid room"))
    benign(snap, host, sm, B.SNAP, 160, D(3, 1, 12), D(8, 31, 22), photos=0.08)


def main():
    build_channel()
    build_room()
    build_staff()
    build_dm(dm_a, DM_A, casting, v_hayun, D(5, 25, 20, 10), {"vphone": A.phone(R)})
    build_dm(dm_b, DM_B, casting, v_jia, D(7, 8, 19, 0), {})
    build_benign()
    victims = [
        {"account": v_hayun.key, "mention": None, "name": "하윤"},
        {"account": v_jia.key, "mention": None, "name": "Jia"},
        {"account": None, "mention": "@sua_ing", "name": None},
        {"account": None, "mention": "@yerin_0408", "name": "김예린"},
    ]
    folders, payments = {}, []
    for chat in CHATS:
        assign_ids(chat)
    for chat in CHATS:
        folder = "ChatExport_" + chat.export_date
        n = 1
        while folder in folders.values():
            folder = "ChatExport_%s (%d)" % (chat.export_date, n)
            n += 1
        folders[chat.name] = folder
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        if getattr(chat, "pending_photos", []):
            os.makedirs(os.path.join(d, "photos"), exist_ok=True)
            for rel, img in chat.pending_photos:
                img.save(os.path.join(d, rel), "JPEG", quality=60)
        with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
            json.dump(serialise(chat), f, ensure_ascii=False, indent=1)
            f.write("\n")
        for m in chat.msgs:
            for kind, valid, value in m.pays:
                payments.append({"chat": chat.name, "message_id": m.id, "value": value, "kind": kind, "valid": valid})
    vic_keys = {v["account"] for v in victims if v["account"]}
    accs = {m.acc.key: m.acc for c in CHATS for m in c.msgs if m.acc}
    crim = {c.name for c in CHATS if c.label == "criminal"}
    participants, benign_accs = [], []
    for key, a in sorted(accs.items()):
        if key in vic_keys:
            continue
        if a.chats & crim:
            roles = [r for t, r in (("op", "operator"), ("dist", "distributor"), ("req", "solicitor"), ("pay", "payer"))
                     if t in a.tags] or ["viewer"]
            participants.append({"account": key, "roles": roles})
        else:
            benign_accs.append(key)
    truth = {"participants": participants, "potential_victims": victims,
             "benign_chats": [c.name for c in CHATS if c.label == "benign"], "benign_accounts": benign_accs,
             "identity_links": [[a.key, b.key, why] for a, b, why in LINKS],
             "non_links": [[a.key, b.key, why] for a, b, why in NON_LINKS],
             "payments": payments, "rooms": {c.name: c.label for c in CHATS}}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    detail = {"accounts": {k: {"name": a.name, "handle": a.handle, "chats": sorted(a.chats)} for k, a in sorted(accs.items())},
              "folders": folders}
    with open(os.path.join(OUT, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
