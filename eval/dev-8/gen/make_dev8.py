#!/usr/bin/env python3
"""dev-8 generator: rooms that TALK ABOUT a paid-room sex-crime case beside the small ring itself.

usage: python3 make_dev8.py OUT_DIR
Deterministic (seeded); imports ../../dev-2/gen/engine.py unchanged and ../../common/artifacts.py.
Content rule: euphemism and logistics only; no sexual or bodily description.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, os.pardir, os.pardir, "common"),
                os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen")]
import engine as E  # noqa: E402
import artifacts as A  # noqa: E402

R = E.R
R.seed(8080808)
D = datetime.datetime
KST = E.KST
CHATS = []
DETAIL = {}  # account key -> why
NOTES = []


def T(y, mo, d, h, mi=0):
    return D(y, mo, d, h, mi, R.randrange(60), tzinfo=KST)


def acc(name, handle=None, why="", **kw):
    a = E.Acc(name, handle, **kw)
    a.why = why
    return a


def chat(name, ctype, label, export_date, sparse=False):
    c = E.Chat(name, ctype, label, export_date, sparse=sparse)
    CHATS.append(c)
    return c


def script(c, t, lines, lo=0.3, hi=6.0):
    """lines: (acc, text) or (acc, text, dict(tags=..., raw/keep=..., reply=index, gap=minutes, photo=True))."""
    out = []
    for ln in lines:
        a, text = ln[0], ln[1]
        o = ln[2] if len(ln) > 2 else {}
        t = t + datetime.timedelta(minutes=o.get("gap", R.uniform(lo, hi)))
        extra = {}
        if o.get("photo"):
            extra.update(E.photo(c, t))
        if o.get("video"):
            extra.update(E.video_file(t))
        rep = out[o["reply"]] if "reply" in o else None
        m = c.say(a, t, text, tags=o.get("tags", ()), reply=rep, keep=o.get("keep", False), **extra)
        out.append(m)
    return out, t


ALT = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def alt(s):
    """'[a|b|c]' -> one of a, b, c (written variation, chosen by the seeded generator)."""
    return ALT.sub(lambda m: R.choice(m.group(1).split("|")), s)


def filler(c, people, pool, start, end, n, tags_of=None):
    """n loose messages: the pool is shuffled and walked through (reshuffled when used up), each
    line's [a|b] alternatives are chosen afresh, so a line recurs only in varied form."""
    order = []
    for _ in range(n):
        if not order:
            order = list(pool)
            R.shuffle(order)
        tpl = alt(order.pop())
        a = R.choice(people)
        t = E.rand_time(start, end)
        tags = tags_of(a) if tags_of else ()
        c.say(a, t, tpl, tags=tags)


def amt(s):
    return "{amt:%s}" % s


# ====================================================================== the ring's people
op = acc("달토끼", "moon_rabbit_x", "operator: runs the paid room 별빛 정원, coerces 한예린 in 1:1")
op_alt = acc("별빛관리", "byeolbit_admin", "operator's announced alt: posts the paid room's notices; '별빛관리 = 나, 내 부계' in the staff room")
scr = acc("별지기", "star_keeper22", "operator: staff scripter, coerces 윤채원 in 1:1, uploads files")
col = acc("금고지기", "vault_k", "operator: collector; re-posts payers' PINs as '확인완료' in the staff room")
upl = acc("택배상자", "box_courier", "distributor: posts 'new upload' notices and files in the paid room")
staff = [op, scr, col, upl]

payers = [acc(n) for n in ["민트초코", "ㅇㅇ", "겨울나그네", "Jay", "불곰", "삼다수", "코코넛", "밤하늘", "로켓단", "k_97"]]
pant_old = acc("흑표범", "black_pnt77", "payer; old account: 'DM은 @black_pnt77로'")
pant_new = acc("흑표범2", "pnt_returns", "payer; new account: '예전 계정 @black_pnt77 정지당해서 이걸로 옴'")
solic = [acc(n) for n in ["고구마맛탕", "ㅁㄴㅇㄹ", "무명씨", "라면왕", "Shadow", "초록불"]]
viewers_talk = [acc(n) for n in ["새벽감자", "너구리", "파란우산", "ㄱㄱ", "노을", "Zed", "스팸메일", "치즈볼"]]
viewers_silent = [acc(n) for n in ["하루살이", "동동", "user", "익명", "해바라기씨", "ㅎㅎ", "바람", "Tom", "감귤", "키위새"]]

# victims (the ring's): 한예린 (account), 윤채원 (account), 서하은 (name only), @dahye_0x (mention only)
yerin = acc("예린", "yerin_h0", "victim (an adult student of a civil-service exam academy): coerced by 달토끼; tells her teacher and quotes the threats")
chaewon = acc("윤채원", "chaewon_y", "victim: coerced by 별지기 (her own export); a lawyer's client")

# ====================================================================== criminal 1: paid room
paid = chat("별빛 정원 🌙", "private_supergroup", "criminal", "2026-07-14")
t0 = T(2026, 3, 2, 22, 10)
paid.service_msg(op, t0, "create_group", title="별빛 정원", members=[op.name, scr.name, upl.name])
for v in viewers_silent[:6]:
    paid.service_msg(v, E.rand_time(T(2026, 3, 3, 0), T(2026, 5, 20, 0)), "join_group_by_link", inviter=op.name)
for v in viewers_silent[6:]:
    paid.service_msg(v, E.rand_time(T(2026, 3, 3, 0), T(2026, 6, 20, 0)), "join_group_by_link", inviter=op_alt.name)
for a in payers + solic + viewers_talk + [pant_old]:
    paid.service_msg(a, E.rand_time(T(2026, 3, 3, 0), T(2026, 3, 25, 0)), "join_group_by_link", inviter=op.name)
paid.service_msg(pant_new, T(2026, 5, 11, 21, 3), "join_group_by_link", inviter=op_alt.name)

OPS = ("operator",)
paid.ctx["opbtc"] = E.W.opbtc[0]
paid.ctx["opbank"] = E.W.opbank[1]
ms, t = script(paid, T(2026, 3, 3, 21, 0), [
    (op_alt, "📌 공지: 입장 확인은 관리 계정(별빛관리)에서만 합니다. 다른 계정이 입장료 받는다고 하면 사칭", dict(tags=OPS, keep=True)),
    (op_alt, "입장료 " + amt("10만원") + " 문상 핀으로. 핀 번호는 DM 말고 여기 올리면 금고가 확인함", dict(tags=OPS, keep=True)),
    (op_alt, "VIP(원본방) " + amt("30만원") + ". 비트는 {opbtc} 로만", dict(tags=OPS, keep=True)),
    (op_alt, "계좌 원하는 사람은 {opbank} (예금주 아무개) 입금 후 캡처", dict(tags=OPS, keep=True)),
])
paid.service_msg(op_alt, t + datetime.timedelta(minutes=3), "pin_message", tags=OPS, message_id=ms[1])

PAYLOG = []  # (payer acc, kind, value, time)


def pay_line(a, t, kind="pin"):
    if kind == "pin":
        p = A.pin(R)
        paid.ctx["p"] = ("gift_card", p)
        tpl = R.choice(["입장료 문상 핀 {p}", "컬쳐랜드 {p} 입금했습니다", "핀 보냈어요 {p} 확인부탁", "{p} 입장료요", "문상 {p} 이거 맞나요?"])
        m = paid.say(a, t, tpl, tags=("payer",))
        PAYLOG.append((a, "gift_card", p, m))
    else:
        paid.ctx["p"] = ("amount", R.choice(["10만원", "100,000원", "30만원"]))
        tpl = R.choice(["{opbank} 으로 {p} 보냈습니다 캡쳐 첨부", "계좌로 {p} 입금했어요"])
        m = paid.say(a, t, tpl, tags=("payer",), **E.photo(paid, t))
        PAYLOG.append((a, "bank", None, m))
    return m


BTC_PAYERS = []
for i, a in enumerate(payers):
    t = E.rand_time(T(2026, 3, 4, 0), T(2026, 4, 20, 0))
    pay_line(a, t, "pin" if i % 3 else "bank")
    if i in (1, 4, 7):
        pay_line(a, E.rand_time(T(2026, 4, 21, 0), T(2026, 6, 20, 0)), "pin")
    if i in (2, 5):
        paid.ctx["p"] = ("amount", "0.0041 BTC")
        m = paid.say(a, E.rand_time(T(2026, 5, 1, 0), T(2026, 6, 25, 0)),
                     "VIP 비트로 보냄 {p} → {opbtc} 확인좀", tags=("payer",))
        BTC_PAYERS.append(a)
# the alt story
script(paid, T(2026, 3, 20, 23, 40), [
    (pant_old, "입장료 보냈어요 핀은 DM으로 드렸는데", dict(tags=("payer",))),
    (col, "핀 여기 올리라니까요", dict(tags=OPS)),
    (pant_old, "아 ㅈㅅ. 혹시 원본방 문의는 DM 어디로? 제 DM은 @black_pnt77 로 주세요", dict(keep=True)),
])
pay_line(pant_old, T(2026, 3, 21, 0, 5))
script(paid, T(2026, 5, 11, 21, 5), [
    (pant_new, "예전 계정 @black_pnt77 정지당해서 이걸로 옴 ㅠ 입장료 다시 내야 됨?", dict(keep=True)),
    (op, "흑표범 맞으면 예전 핀 번호 말해봐", dict(tags=OPS)),
    (pant_new, "전에 낸 거 확인해주세요 저 맞아요", dict()),
    (op, "ㅇㅋ 확인. VIP는 새로 내", dict(tags=OPS)),
])
pay_line(pant_new, T(2026, 5, 11, 22, 30))

# uploads and offers (victims named only in offers)
UP = [
    "새 자료 올라감 📦 {series} 묶음", "[오늘|금일] 업로드 끝. 다음 건 [주말에|수요일에|내일 밤]", "원본은 VIP방에만 올림 여기는 [미리보기|맛보기]",
    "예린 건 2탄 [올렸음|올라감|업로드 완]", "예린 건 3탄은 VIP만", "@dahye_0x 건 1탄 있음 원하는 사람 [말해|DM]", "{series} 원본 요청 많아서 재업",
    "링크 터지면 새 방 공지 채널에서 확인", "파일 용량 커서 [나눠|쪼개서] 올림", "저번 거 링크 죽어서 다시 올림", "새 거 올라왔어요 [확인들|ㄱㄱ]",
    "{series} 묶음 [정리본|압축본]", "다혜 건 [미리보기|1탄] 재업", "VIP 쪽에 {series} 원본 올림",
]
for i in range(22):
    t = E.rand_time(T(2026, 3, 6, 0), T(2026, 7, 5, 0))
    who = R.choice([upl, upl, scr, op])
    tags = ("distributor",) if who is upl else ("operator", "distributor")
    ex = E.video_file(t) if R.random() < 0.35 else (E.archive_file(t) if R.random() < 0.3 else {})
    paid.say(who, t, R.choice(UP), tags=tags, **ex)
SOL = [
    "예린 건 다음 편 [언제 나와요?|언제임?|ㅇㅈ?]", "새 미션 시켜주세요 기다리는 사람 [많음|많아요]", "그거 2탄 [빨리요|언제요|ㄱㄱ]", "VIP 원본 좀 풀어주세요",
    "좋은 거 더 없어요?", "다혜 건 더 있으면 [올려주세요|풀어주세요]", "미션 이번엔 제가 낸 걸로 해주면 안돼요?", "새 애 없어요?",
    "다음 건 언제요 [ㅠ|ㅠㅠ|?]", "원본으로 보고 싶은데 가격 좀 깎아줘요", "{series} 다음 편 요청합니다", "예린 건 원본 따로 [팔아요?|얼마예요?]",
    "이번 미션 [제 아이디어로|제가 말한 걸로] 부탁", "2탄 나오면 바로 입금함",
]
filler(paid, solic, SOL, T(2026, 3, 8, 0), T(2026, 7, 5, 0), 34, tags_of=lambda a: ("solicitor",))
# a few payers also ask
filler(paid, payers[:4], SOL[:5], T(2026, 4, 1, 0), T(2026, 7, 1, 0), 6, tags_of=lambda a: ("solicitor",))
CHAT = [
    "[ㅎㅇ|하이|ㅎㅇㅎㅇ]", "오늘 [롤|발로] 한판 할 사람", "치킨 뭐가 [맛있음?|맛있냐]", "야구 보는 사람? 오늘 [이겼다|졌다 ㅡㅡ]", "입장료 얼마였죠?", "여기 안전한 거 맞죠?",
    "폰 바꿨는데 텔레 다시 깔아야 되나", "[비 오네|덥다] ㅡㅡ", "ㅋㅋㅋㅋ", "형들 다 자요?", "VPN 뭐 써요", "이 방 캡쳐하는 놈 있으면 죽여버린다 ㅋㅋ",
    "'좋은 거 보여주세요' 이 말 하루에 백번 나오네 ㅋㅋ", "저는 그냥 구경만", "뉴스에 비슷한 방 나왔던데 여긴 괜찮음?", "ㄹㅇ 배고프다",
    "내일 출근 ㅠㅠ", "월급날까지 버티자", "닉 바꾸는 법 아는 사람", "ㅇㅇ 나도 구경중", "ㅈㄱㄴ", "ㄱㅊ", "[시험기간|야근] 죽겠다",
    "주말에 뭐함", "편의점 신상 먹어봤는데 별로", "텔레 알림 왜 안 옴", "다들 어디 살아요? ㅋㅋ 아 말하면 안 되나", "ㅇㅈ",
    "롤 패치 ㄹㅇ 망함", "커피 몇 잔째냐", "헐 벌써 새벽 2시", "ㅂㅂ 자러감", "ㄷㄷ", "방장 요즘 바쁜가", "공지 어디 있어요?",
]
filler(paid, viewers_talk, CHAT, T(2026, 3, 5, 0), T(2026, 7, 8, 0), 110)
filler(paid, payers + solic, CHAT, T(2026, 3, 5, 0), T(2026, 7, 8, 0), 60)
STAFFTALK = ["캡쳐 금지. 걸리면 강퇴", "공지 읽고 질문해라", "입금 확인은 금고가 함", "링크 외부 유출하면 끝이다", "원본 문의는 VIP 안내 참고",
             "새로 온 사람들 핀 올리세요", "오늘 확인 늦음 양해"]
filler(paid, [op, op_alt, col], STAFFTALK, T(2026, 3, 5, 0), T(2026, 7, 8, 0), 28, tags_of=lambda a: ("operator",))
paid.service_msg(op_alt, T(2026, 6, 2, 23, 1), "remove_members", tags=OPS, members=["스팸메일"])

# ====================================================================== criminal 1b: VIP room
vip = chat("별빛 원본방 🔒", "private_supergroup", "criminal", "2026-07-14")
gone = acc("Deleted Account", deleted=True, why="payer; account later deleted (from: null); gave '제 환불계좌' in the VIP room")
back = acc("재입장", "rejoin_88", "payer; new account of the deleted one: re-posts the same refund account as his own")
vip_members = BTC_PAYERS + [payers[0], payers[3], pant_new, payers[6], payers[8], gone]
vip.service_msg(op_alt, T(2026, 4, 1, 23, 0), "create_group", tags=OPS, title="별빛 원본방", members=[op_alt.name, upl.name, scr.name])
vip.service_msg(op_alt, T(2026, 4, 2, 0, 10), "invite_members", tags=OPS, members=[a.from_name or None for a in vip_members])
for a in vip_members:
    vip.members.append(a)
    a.chats.add(vip.name)
vip.ctx["opbtc"] = E.W.opbtc[0]
script(vip, T(2026, 4, 2, 0, 30), [
    (op_alt, "원본방 공지: 여기 자료 밖으로 나가면 바로 추적함. 캡쳐 금지", dict(tags=OPS)),
    (op_alt, "추가 결제는 {opbtc} 로만", dict(tags=OPS, keep=True)),
    (gone, "VIP 결제 " + amt("30만원") + " 계좌로 했어요. 혹시 안 되면 제 환불계좌 {mybank}", dict(tags=("payer",), keep=True)),
    (col, "ㅇㅋ 확인됨", dict(tags=OPS)),
])
VIPUP = ["{series} 원본 올림", "예린 건 원본 [전체|묶음] 올림", "서하은 건 원본 [1|2]편", "새 거 올라옴 ✔", "[오늘|이번주] 업로드 끝", "파일 깨지면 말해"]
for i in range(14):
    t = E.rand_time(T(2026, 4, 3, 0), T(2026, 7, 5, 0))
    who = R.choice([upl, upl, op_alt])
    ex = E.video_file(t) if R.random() < 0.5 else E.archive_file(t)
    vip.say(who, t, alt(R.choice(VIPUP)), tags=("distributor",) if who is upl else ("operator", "distributor"), **ex)
filler(vip, [a for a in vip_members if a is not gone], ["[ㄳ|감사요|굿]", "원본 [맞네요|확인]", "다음 건 언제요?", "예린 건 [4탄|다음 편] 요청합니다",
                                                        "다혜 건 원본도 [올려주세요|풀어주세요]", "ㅇㅇ", "링크 죽었어요", "재업 부탁"],
       T(2026, 4, 3, 0), T(2026, 7, 5, 0), 40,
       tags_of=None)
# requests count as soliciting: tag them after the fact
for m in vip.msgs:
    if m.acc in vip_members and any(k in m.text for k in ("요청", "올려주세요", "풀어주세요", "언제요")):
        m.acc.tags.add("solicitor")
vip.service_msg(back, T(2026, 6, 10, 22, 0), "join_group_by_link", inviter=op_alt.name)
gone_bank = gone.own["mybank"]
vip.ctx["gb"] = ("bank_account", gone_bank[1])
script(vip, T(2026, 6, 10, 22, 2), [
    (back, "전 계정 삭제됐어요 ㅠ 위에 환불계좌 " + gone_bank[0] + " {gb} 이거 제 거 맞아요", dict(tags=("payer",), keep=True)),
    (op_alt, "그 계정 본인 맞으면 결제 날짜 말해", dict(tags=OPS)),
    (back, "4월 초요. " + amt("30만원") + " 계좌로", dict(tags=("payer",), keep=True)),
    (op_alt, "ㅇㅋ 유지", dict(tags=OPS)),
])

# ====================================================================== criminal 2: staff room
staffc = chat("정산실", "private_group", "criminal", "2026-07-14", sparse=True)
staffc.service_msg(op, T(2026, 3, 1, 23, 0), "create_group", tags=OPS, title="정산실", members=[op.name, scr.name, col.name])
staffc.service_msg(op, T(2026, 3, 5, 1, 0), "invite_members", tags=OPS, members=[upl.name])
script(staffc, T(2026, 3, 2, 0, 10), [
    (op, "공지는 별빛관리 계정으로 올림. 별빛관리 = 나, 내 부계임", dict(tags=OPS, keep=True)),
    (scr, "ㅇㅋ 입장 확인도 그걸로 함?", dict(tags=OPS)),
    (op, "ㅇㅇ 본계는 DM만", dict(tags=OPS)),
])
script(staffc, T(2026, 3, 10, 22, 0), [
    (op, "한예린 건은 내가 직접 관리. @yerin_h0 계정 아직 살아있고 답장은 느림", dict(tags=OPS, keep=True)),
    (scr, "채원 건은 내가 함. 회사 단톡 정보 받아놨음", dict(tags=OPS, keep=True)),
    (op, "서하은 건 원본은 따로 판매 " + amt("30만원") + " 고정", dict(tags=OPS, keep=True)),
    (upl, "@dahye_0x 건은 1탄만 풀고 보류할까요", dict(tags=("distributor",), keep=True)),
    (op, "ㅇㅇ 보류. 반응 보고", dict(tags=OPS)),
])
for a, kind, p, m in PAYLOG:
    if kind != "gift_card":
        continue
    t = m.t + datetime.timedelta(minutes=R.uniform(20, 300))
    staffc.ctx["p"] = ("gift_card", p)
    staffc.say(col, t, R.choice(["확인완료 {p}", "{p} 확인완료 ✅", "{p} ㅇㅋ 충전됨", "확인완료 {p} " + a.name]), tags=OPS)
for a, kind, p, m in PAYLOG:
    if kind == "bank":
        staffc.say(col, m.t + datetime.timedelta(minutes=R.uniform(30, 400)), "계좌 입금 확인 " + a.name + " 1건", tags=OPS)
STAFF2 = [
    "오늘 정산 합계 나중에 올림", "문상 핀 중에 이미 쓴 거 하나 있었음 걔 강퇴함", "계좌 통장 하나 막혔다. 다른 거 구해야 됨",
    "뉴스 기사 떴다는데 우리 방은 아님", "신고 들어오면 방 새로 판다", "새 링크 준비해둬", "예린 건 3탄 업로드 완료",
    "채원 답장 없음. [내일 아침까지|오늘 밤까지] 기다려봄", "서하은 건 문의 [2명|3명]", "미션 요청 목록 정리해서 줘", "VIP 인원 몇 명임?",
    "다음 달부터 입장료 올릴까", "ㅇㅋ", "ㄱㄱ", "밥 먹고 옴", "택배 업로드 속도 좀", "금고 이번주 얼마 들어옴?",
    "핀 중복 체크 꼭 해라", "비트 들어온 거 [2건|1건]", "원본 파일 백업 두 군데로", "다혜 건 요청 계속 옴", "예린이 읽씹중 ㅋ",
    "채원이 변호사 얘기함. 겁주면 됨", "예린 마감 오늘 자정", "캡쳐 돌아다닌다는 소문 있음 확인해봐", "기자 같은 놈 들어온 거 아님?",
    "강퇴 명단 정리함", "방 인원 [60|58]명", "통장 주인한테 수수료 줘야 됨", "핀 잔액 조회 끝", "다음 방 이름 뭐로 함",
]
filler(staffc, [op, scr, col], STAFF2, T(2026, 3, 6, 0), T(2026, 7, 10, 0), 95, tags_of=lambda a: ("operator",))
filler(staffc, [upl], ["업로드 완료", "파일 깨져서 재업함", "다음 묶음 정리중", "링크 새로 팜"], T(2026, 3, 6, 0),
       T(2026, 7, 10, 0), 12, tags_of=lambda a: ("distributor",))
staffc.ctx["opbtc"] = E.W.opbtc[0]
script(staffc, T(2026, 6, 1, 23, 0), [
    (col, "지갑 {opbtc} 로 2건 들어옴 " + BTC_PAYERS[0].name + ", " + BTC_PAYERS[1].name, dict(tags=OPS, keep=True)),
    (op, "ㅇㅋ 원본방 초대해", dict(tags=OPS)),
])

# ====================================================================== criminal 3: coercion 1:1 (operator's export)
c1 = chat("예린", "personal_chat", "criminal", "2026-07-14", sparse=True)
yer = yerin
script(c1, T(2026, 3, 9, 22, 0), [
    (op, "답장 왜 안 함?", dict(tags=OPS, keep=True)),
    (yer, "누구세요?", dict(keep=True)),
    (op, "너 자료 나한테 있음. 캡쳐 보내줄까", dict(tags=OPS, keep=True)),
    (yer, "제발 그만해주세요 돈 원하시는 거면", dict(keep=True)),
    (op, "돈 필요 없어. 시키는 것만 해", dict(tags=OPS, keep=True)),
    (op, "오늘 밤 12시까지 인증 안 오면 너 다니는 학원이랑 가족 단톡에 다 뿌린다", dict(tags=OPS, keep=True)),
    (yer, "그건 진짜 안돼요 하지마세요", dict(keep=True)),
    (op, "그럼 시간 지켜", dict(tags=OPS, keep=True)),
], lo=0.5, hi=4)
script(c1, T(2026, 3, 9, 23, 40), [
    (op, "20분 남음", dict(tags=OPS, keep=True)),
    (op, "10분", dict(tags=OPS, keep=True)),
    (yer, "지금 집에 사람 있어서 못해요 내일 할게요 제발", dict(keep=True)),
    (op, "장난하냐? 내일 아침 9시. 한번만 봐준다", dict(tags=OPS, keep=True)),
], lo=3, hi=10)
C1 = [
    (op, "[읽씹하냐|답장 안 하냐|왜 대답 없음]"), (op, "학원 단톡 캡쳐 가지고 있는 거 알지"), (op, "너 사는 동네도 알아"), (yer, "제발요 지워주세요"),
    (op, "미션 하나만 더 하면 지워줄게"), (yer, "지난번에도 그렇게 말했잖아요"), (op, "말 많다. 시간 지켜"), (yer, "[신고할 거예요|경찰에 말할 거예요]"),
    (op, "신고하면 그날로 다 뿌린다. 경찰이 나 못 잡아"), (op, "[3시간|2시간|1시간] 준다"), (yer, "..."), (op, "답장"), (op, "마지막 경고"),
    (yer, "알겠어요 조금만 시간 주세요"), (op, "[새벽 1시|밤 11시]까지"), (op, "인증 확인. 다음 건 [주말|다음주]"),
]
t = T(2026, 3, 12, 21)
for i in range(3):
    for a, x in C1:
        if R.random() < 0.25:
            continue
        t = t + datetime.timedelta(minutes=R.uniform(2, 90))
        c1.say(a, t, alt(x), tags=OPS if a is op else (), keep=True)
    t = t + datetime.timedelta(days=R.randrange(8, 20))
script(c1, T(2026, 6, 28, 23, 0), [
    (op, "요즘 답장 느리다? 학원 끝나는 시간 알고 있음", dict(tags=OPS, keep=True)),
    (yer, "선생님한테 다 말했어요. 이제 안 해요", dict(keep=True)),
    (op, "ㅋ 마음대로 해봐. 내일 자정 지나면 끝이다", dict(tags=OPS, keep=True)),
])

# ====================================================================== criminal 4: coercion 1:1 (victim's own export)
c2 = chat("별지기", "personal_chat", "criminal", "2026-06-30", sparse=True)
cw = chaewon
script(c2, T(2026, 4, 2, 20, 0), [
    (scr, "윤채원 씨 맞으시죠. 메시지 확인 부탁드립니다", dict(tags=OPS, keep=True)),
    (cw, "누구세요", dict(keep=True)),
    (scr, "채원 씨 자료를 가지고 있는 사람입니다. 회사 단톡방 인원 명단도 확보했습니다", dict(tags=OPS, keep=True)),
    (cw, "무슨 말씀이세요? 그거 어디서 났어요", dict(keep=True)),
    (scr, "답장 안 하시면 내일 오전 9시에 회사 단톡방에 올라갑니다", dict(tags=OPS, keep=True)),
    (cw, "제발 그러지 마세요. 원하는 게 뭐예요", dict(keep=True)),
    (scr, "제가 보내는 미션 인증하시면 됩니다. 간단합니다", dict(tags=OPS, keep=True)),
    (cw, "싫어요", dict(keep=True)),
    (scr, "그럼 9시에 뵙겠습니다. 팀장님 성함도 알고 있어요", dict(tags=OPS, keep=True)),
], lo=1, hi=8)
C2 = [
    (scr, "어제 약속 안 지키셨네요"), (cw, "[회사에서|출근해서] 못 한다고 했잖아요"), (scr, "변명은 안 받습니다. 오늘 밤 [11시|10시]까지"),
    (scr, "[1시간|30분] 남았습니다"), (cw, "돈으로 하면 안 돼요? 제발요"), (scr, "돈은 관심 없습니다. 말씀드린 대로만 하세요"),
    (cw, "이거 하면 진짜 지워주는 거죠"), (scr, "약속드립니다"), (scr, "확인했습니다. [다음 주에|며칠 뒤에] 또 연락드릴게요"),
    (cw, "이제 그만해주세요 제발"), (scr, "시간 지났습니다. 팀 단톡 캡쳐 보내드릴까요"), (cw, "변호사랑 상담했어요. 고소할 거예요"),
    (scr, "고소하시는 순간 올라갑니다. 선택하세요"),
]
t = T(2026, 4, 5, 21)
for i in range(3):
    for a, x in C2:
        if R.random() < 0.25:
            continue
        t = t + datetime.timedelta(minutes=R.uniform(3, 120))
        c2.say(a, t, alt(x), tags=OPS if a is scr else (), keep=True)
    t = t + datetime.timedelta(days=R.randrange(6, 15))

# ====================================================================== benign people
def people(names, calm=False):
    out = [acc(n) for n in names]
    for a in out:
        if calm:  # professionals at work: no ㅋㅋ or emoji tails
            a.style.update(kk=0, emoji=0, dots=0)
    return out


# ---------------------------------------------------------------- B1 newsroom
news = chat("사회부 디지털성범죄 취재팀", "private_group", "benign", "2026-08-20", sparse=True)
rep = people(["정다은 기자", "오승훈 기자", "이보람 데스크", "최한결 기자", "박지환 인턴"], calm=True)
news.service_msg(rep[2], T(2026, 6, 10, 9, 0), "create_group", title="사회부 디지털성범죄 취재팀", members=[a.name for a in rep[:4]])
news.service_msg(rep[2], T(2026, 6, 15, 10, 0), "invite_members", members=[rep[4].name])
script(news, T(2026, 6, 10, 9, 30), [
    (rep[2], "제보 들어온 유료방 건, 이번주 기획으로 갑니다. 방 이름은 '별빛 정원', 운영자 닉 달토끼, 핸들 @moon_rabbit_x"),
    (rep[0], "제보자가 준 캡처 40장 정도 있어요. 공지 문구 그대로 인용하면 '입장료 " + amt("10만원") + " 문상 핀으로. 핀 번호는 여기 올리면 금고가 확인함'"),
    (rep[1], "'원본은 VIP방에만 올림' 이 문장도 캡처에 있음. 원본 판매를 따로 했다는 정황"),
    (rep[2], "인용은 하되 피해자 특정될 수 있는 닉은 전부 가려요. 'OO 건' 식으로"),
    (rep[3], "제보자 말로는 '입장료 얼마였죠?' 묻는 사람도 많았대요. 그냥 보기만 한 회원도 처벌되는지 법조팀 확인 필요"),
    (rep[0], "네 제가 변호사 두 분 섭외해볼게요"),
    (rep[4], "캡처 원본 파일 사진 올려주세요. 저는 메타데이터 정리할게요"),
    (rep[0], "원본은 보안폴더에만 둡니다. 인턴은 모자이크본으로 작업해주세요"),
])
news.ctx["q"] = lambda: R.choice(["'핀 보냈어요 확인부탁'", "'예린 건 3탄은 VIP만'", "'새 미션 시켜주세요 기다리는 사람 많음'",
                                  "'캡쳐 금지. 걸리면 강퇴'", "'링크 터지면 새 방 공지 채널에서 확인'"])
NEWS = [
    "캡처 속 회원 메시지 인용: {q}", "{q} 이 문장 기사에 그대로 써도 될까요?", "문상 핀 결제 구조 설명 그래픽 필요해요",
    "입장료가 {amt:10만원}, VIP가 {amt:30만원}이었다고 제보자 진술", "경찰 사이버수사대 공보 답변 왔어요. 수사 중이라 확인 불가",
    "@moon_rabbit_x 계정은 현재 정지 상태로 보여요", "원본 판매 정황은 제보자 2명 진술이 일치", "마감 오후 [5시|6시]입니다. 데스크 보고 [4시|5시]까지",
    "피해자 지원단체 코멘트 받았습니다", "제목 후보: '[문상 핀으로 입장료|입장료는 문상 핀으로]… 유료방 운영 실태'", "이거 기사 나가면 방 또 옮기겠죠",
    "어제 야근 죽을 뻔 ㅋㅋ", "점심 [김치찌개|국밥|돈까스] ㄱ?", "법조팀이 판례 [두|세] 개 보내줌", "제보자 신원 보호 절대 우선입니다",
    "운영자가 '신고하면 방 새로 판다'고 했다는 캡처도 있음", "피해자 A씨 측 변호인 연락 됐어요", "수치 재확인 부탁: 회원 수 추정 60명 내외",
    "사진 올려주세요 (취재원 면담 장소 약도)", "원고 넘겼습니다 체크 부탁", "데스크 수정본 반영했어요", "후속은 플랫폼 대응 쪽으로",
    "캡처에 '핀 중복 체크 꼭 해라'라는 운영진 대화도 있대요. 운영진방 캡처는 진위 확인 중", "'기자 같은 놈 들어온 거 아님?' ㅋㅋ 이 캡처 웃프네요",
    "{q} 이건 [피해자 특정 우려로|맥락상] 빼죠", "플랫폼 측 입장문 [왔어요|아직이요]", "내일 [오전|오후] 회의 때 구성안 확정",
    "수고하셨습니다 오늘 먼저 들어갈게요", "데스크: 제목에 '원본 판매' 쓰는 거 괜찮은지 법무 확인", "[인턴|막내] 오늘 고생했어요 👍",
    "경찰이 금고 역할 계정 특정했다는 말이 있네요. 확인 전 보도 X", "후속 기사 마감 [목요일|금요일]",
]
filler(news, rep, NEWS, T(2026, 6, 10, 11), T(2026, 8, 18, 20), 120)

# ---------------------------------------------------------------- B2 counsellors
coun = chat("해온 상담팀 (내부)", "private_group", "benign", "2026-08-25", sparse=True)
cs = people(["김소연 상담사", "한지수 팀장", "문다인 상담사", "장유진 법률지원", "서민호 삭제지원"], calm=True)
coun.service_msg(cs[1], T(2026, 3, 2, 9, 0), "create_group", title="해온 상담팀 (내부)", members=[a.name for a in cs])
script(coun, T(2026, 4, 20, 10, 0), [
    (cs[0], "서하은 님 2차 상담 기록 공유드려요. 가해자한테 받은 메시지 그대로: '내일 6시까지 안 하면 학교랑 부모님한테 다 뿌린다'"),
    (cs[1], "유포 협박 문구 캡처 받아두셨죠? 삭제지원 요청도 같이 갑시다"),
    (cs[4], "서하은 님 건 신고된 방이 '별빛 정원'이라는 방이라고 하셨죠. 삭제요청 오늘 넣을게요"),
    (cs[3], "고소장 초안은 금요일 마감으로 잡겠습니다"),
    (cs[0], "내담자분이 '원본 다 갖고 있다, 판매도 한다'는 말을 들었다고 하세요. 많이 불안해하세요"),
    (cs[1], "안전계획 먼저. 오늘 야간 연락 가능하게 해두세요"),
])
script(coun, T(2026, 5, 6, 14, 0), [
    (cs[2], "김다은 님 건은 전 연인이 '헤어지면 사진 단톡에 올린다'고 한 건이에요. 유료방이랑은 무관"),
    (cs[3], "그건 협박죄 + 성폭력처벌법 14조의3 검토할게요"),
    (cs[2], "다은 님이 '죽여버리고 싶다'고까지 하셨는데 감정 표현이고 위험행동 징후는 없음"),
])
COUN = [
    "삭제요청 접수번호 회신 왔어요", "방심위 심의 마감 다음주 [화요일|수요일]", "내담자 연락 두절 24시간 넘으면 팀장님께 보고",
    "오늘 상담 [3건|4건], 협박 문구 인용해서 기록 올립니다", "'답장 안 하면 회사에 뿌린다'는 유형이 이번달만 [네|다섯] 번째", "플랫폼 신고 결과 아직",
    "증거 채증 캡처 사진 올려주세요 (원본 파일로)", "원본 해시값 기록 완료", "재유포 모니터링 키워드 추가했어요", "수당 입금은 월말입니다 ㅎㅎ",
    "회의 [4시|3시]로 미룰게요", "커피 사갈게요 뭐 드실래요", "경찰 동행 일정 [목요일|화요일] 오전", "피해자 쉼터 연계 가능 여부 확인",
    "상담기록 비식별 처리 꼭 부탁드려요", "'미션 안 하면 다 뿌린다' 문구 또 나왔어요. 같은 가해자 계정 추정", "국선 변호사 배정됐대요",
    "마감: 분기 보고서 이번주 금요일", "내담자분이 많이 안정되셨어요", "삭제 완료 통보 [2건|3건|1건]", "서하은 님 야간 안부 연락 완료",
    "서하은 님 건 재유포 [1건|2건] 추가 발견, 삭제요청 넣음", "김다은 님 접근금지 신청 서류 준비 중", "수퍼비전 자료 공유드려요",
    "오늘 신규 내담자 'ㄱ님' 초기상담 예약", "'학교에 다 뿌린다' 같은 협박 문구는 원문 그대로 기록해주세요, 고소장에 씀",
    "퇴근합니다 다들 고생 많으셨어요", "연수 신청 마감 내일이래요",
]
filler(coun, cs, COUN, T(2026, 3, 10, 9), T(2026, 8, 22, 19), 105)

# ---------------------------------------------------------------- B3 trust & safety
ts = chat("T&S 모더레이션 야간조", "private_supergroup", "benign", "2026-08-28")
mods = people(["mod_hyejin", "mod_taeyang", "T&S 리드 Grace", "mod_jun", "mod_sora", "검수봇 운영"])
for m_ in mods:
    ts.service_msg(m_, E.rand_time(T(2026, 4, 1, 9), T(2026, 4, 3, 9)), "join_group_by_link", inviter="T&S 리드 Grace")
ts.ctx["rid"] = lambda: "TS-%05d" % R.randrange(10000, 99999)
ts.ctx["h"] = lambda: "%016x" % R.getrandbits(64)
ts.ctx["lnk"] = lambda: "t.me/+" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(16))
TSL = [
    "신고된 방 링크 {lnk} 리포트 {rid} 검토 부탁", "리포트 {rid} 처리 완료, 방 삭제", "해시 {h} 매칭됨, 자동 차단 리스트 추가",
    "@moon_rabbit_x 계정 정지 완료 (리포트 {rid})", "@black_pnt77 밴 처리, 재가입 감시", "@byeolbit_admin 도 같은 운영자로 보여요 정지",
    "문상 핀 거래 언급 있는 방 [3개|2개] 에스컬레이션", "'입장료' '원본' 키워드만으로는 오탐 많아요. 게임방도 걸림", "신고 큐 [120|85|40]건 남음",
    "리포트 {rid} 오탐. [사진 동호회방|게임 클랜방|코인방]이었음", "법집행기관 요청 들어옴, 보존 조치 {rid}", "밴된 핸들 목록 업데이트했습니다",
    "야간조 교대 10분 전", "[라면|컵밥] 먹고 올게요 ㅋㅋ", "이 방 또 새로 팠네요 {lnk}", "해시 {h} 중복 업로드 [14|6|9]건 제거",
    "리포트 {rid} 신고자가 피해 당사자. 우선처리", "검수봇 오늘 오탐률 조금 높음", "마감: 주간 리포트 금요일 18시",
    "Escalated {rid} to the regional LE liaison, preservation request sent", "Grace: pls double-check hash {h} before mass removal",
    "EN summary for HQ: paid room, entry fee via gift-card PINs, operator handle @moon_rabbit_x suspended",
    "'죽여버린다' 키워드는 게임방에서 너무 많이 나와요 필터 빼죠", "재업로드 감지 {h}", "@pnt_returns 신규 계정, 이전 밴 계정과 동일인 의심 보류",
    "신고 사유 '원본 판매' {rid} 확인 중", "{rid} 신고자 요청: 신고된 방 링크 {lnk} 스크린샷 첨부됨", "교대합니다 수고하셨어요",
    "Reminder: never open reported media outside the sandbox", "{rid} closed as duplicate of {rid}",
]
filler(ts, mods, TSL, T(2026, 4, 3, 21), T(2026, 8, 26, 6), 150)

# ---------------------------------------------------------------- B4 parents
par = chat("새솔고 2학년 학부모 대책방", "private_group", "benign", "2026-07-30", sparse=True)
pa = people(["2반 은서맘", "대표 학부모 윤정", "3반 지호아빠", "민준맘", "하린엄마", "5반 도윤아빠", "서아맘", "익명 학부모"])
par.service_msg(pa[1], T(2026, 5, 20, 21, 0), "create_group", title="새솔고 2학년 학부모 대책방", members=[a.name for a in pa])
par.ctx["rep_bank"] = A.bank(R, 2)
par.ctx["club_bank"] = par.ctx["rep_bank"]
script(par, T(2026, 5, 20, 21, 10), [
    (pa[1], "학교에서 합성사진(딥페이크) 사건 공지 받으셨죠. 피해 학생 보호가 먼저입니다. 아이들 이름은 여기 쓰지 말아주세요"),
    (pa[0], "그 남학생 진짜 죽여버리고 싶다 ㅠㅠ 어떻게 이런 걸"),
    (pa[2], "저도요 손이 떨려요. 근데 일단 경찰 신고 절차부터 정리해요"),
    (pa[3], "경찰서 사이버수사팀 접수하려면 캡처 원본 필요하대요. 사진 올려주세요 하면 안 되고 각자 보관하세요"),
    (pa[1], "변호사 상담비 모으려고요. 1인 " + amt("3만원") + " {club_bank} 로 입금 부탁드려요"),
    (pa[4], "입금했습니다"),
    (pa[6], "계좌 다시 한번만요"),
    (pa[5], "{club_bank} 여기요 대표님 계좌"),
])
PAR = [
    "오늘 학교 면담 [7시|6시 반]입니다", "학폭위 일정 나왔나요?", "그 아이 부모는 사과 한마디 없네요 정말 죽여버리고 싶은 심정",
    "감정은 이해하지만 여기 말은 조심해요 캡처될 수 있어요", "경찰서에서 진술 일정 연락 왔어요", "교육청 민원 마감 [금요일|다음주 월요일]이래요",
    "입금 확인했습니다 총 [14|16]명", "아이가 학교 가기 싫다고 해요 ㅠ", "상담센터 연락처 공유드려요", "딥페이크 삭제 신고는 어디로 하나요?",
    "디지털성범죄피해자지원센터에 삭제지원 요청하면 된대요", "가해 학생 징계 결과 나오면 공유 부탁드려요", "원본 파일은 절대 단톡에 올리지 마세요",
    "내일 비 온대요 아이들 우산", "급식 메뉴 바뀐 거 보셨어요?", "회비 영수증 올려주세요", "경찰이 '유포 목적' 입증이 관건이라네요",
    "저희 애는 괜찮다는데 걱정돼요", "학교 공문 사진 올려주세요", "우리 애들 지켜요 💪", "변호사님이 다음주에 설명회 해주신대요",
    "오늘 입금하신 분들 명단 확인 중", "그 반 담임 선생님 너무 고생하세요", "피해 학생 가족분들께 연락은 대표님 통해서만",
    "[진짜|솔직히] 그 녀석 잡히면 가만 안 둔다 싶어요 ㅠ", "학교 전체 디지털 성범죄 예방교육 한대요", "수행평가 마감이 겹쳐서 애들 더 힘들어해요",
    "경찰 담당 수사관 번호는 대표님께 개인톡으로", "교장 면담 결과 요약 올립니다", "학부모 총회 [다음주|이번주] 목요일",
]
filler(par, pa, PAR, T(2026, 5, 21, 8), T(2026, 7, 28, 23), 150)

# ---------------------------------------------------------------- B5 law school study
law = chat("형사특별법 스터디 📚", "private_supergroup", "benign", "2026-08-12")
lw = people(["로스쿨 2L 준영", "김서진", "Alex Park", "도하", "민트초코", "수빈"])
for m_ in lw:
    law.service_msg(m_, E.rand_time(T(2026, 3, 1, 9), T(2026, 3, 4, 9)), "join_group_by_link", inviter="김서진")
LAW = [
    "이번주 범위: 성폭력처벌법 14조, 14조의2(허위영상물), 14조의3(촬영물 이용 협박·강요)", "14조의3은 '유포하겠다'고 협박만 해도 성립하죠?",
    "사례: 갑이 을에게 '내일까지 안 보내면 뿌린다'고 함. 협박죄 vs 14조의3 관계?", "특별법 우선이고 상상적 경합 얘기는 안 나올 듯",
    "유료방 입장료 낸 사람: 소지·구입·시청죄 (14조 4항) 검토", "그냥 방에 들어가만 있었으면? 시청 입증 문제", "판례 요약 원본 파일 올려주세요",
    "문상 핀으로 결제한 기록도 구입 증거가 되나?", "N번방 사건 이후 개정 내용 정리해옴", "범죄단체조직죄 적용된 사례 있었죠",
    "딥페이크는 14조의2, 반포 목적 요건 삭제된 거 체크", "모의고사 마감 [일요일|토요일] 자정", "과제 안 하면 교수님이 죽여버린대 ㅋㅋ (농담)",
    "스터디 카페 비용 1인 {amt:8천원} 입금 부탁", "입금했어요", "내일 [9시|10시] 도서관", "What's the English term for 14조의3? 'coercion using recordings'?",
    "'intimidation using illegally filmed material' 정도?", "피해자 진술 조력인 제도도 시험 범위", "몰수·추징: 범죄수익 가상자산 몰수 가능",
    "운영자·유포자·구매자 역할별 처벌 비교표 만들어요", "배고파요 스터디 끝나고 [떡볶이|마라탕]", "리딩 자료 사진 올려주세요",
    "'미션'을 시킨 회원도 강요죄 공범 되나? 교사범 논의", "금고 역할(돈 받은 사람)은 방조 vs 공동정범?", "기사에 나온 별빛 정원 사건 사례로 쓰면 좋겠다",
    "I'll upload the outline tonight", "다음주 발표 [제가|도하님이] 할게요", "ㅇㅋ 정리본 좋아요 👍", "출석 체크 ✅",
]
filler(law, lw, LAW, T(2026, 3, 5, 10), T(2026, 8, 10, 23), 115)

# ---------------------------------------------------------------- B6 student -> teacher (teacher's export)
tch = acc("이서윤 선생님", why="benign: academy teacher; advises her student to report")
tch.style.update(kk=0, emoji=0)
st1 = chat("한예린 수강생", "personal_chat", "benign", "2026-07-02", sparse=True)
script(st1, T(2026, 6, 27, 22, 30), [
    (yerin, "선생님 늦게 죄송해요.. 상의드릴 게 있어서요", dict(keep=True)),
    (tch, "괜찮아 예린아 무슨 일이야?"),
    (yerin, "몇 달 전부터 모르는 사람이 텔레그램으로 협박을 해요", dict(keep=True)),
    (yerin, "이렇게 보냈어요 '오늘 밤 12시까지 인증 안 오면 너 다니는 학원이랑 가족 단톡에 다 뿌린다'", dict(keep=True)),
    (yerin, "또 '신고하면 그날로 다 뿌린다. 경찰이 나 못 잡아' 이런 말도요", dict(keep=True)),
    (tch, "많이 무서웠겠다. 말해줘서 정말 고마워. 예린이 잘못 하나도 없어"),
    (tch, "지금 그 사람 말대로 하면 안 되고, 대화 지우지 말고 전부 캡처해 둬"),
    (yerin, "학원 끝나는 시간도 안대요. '학원 끝나는 시간 알고 있음'이라고", dict(keep=True)),
    (tch, "내일 같이 경찰서 가자. 사이버수사팀에 신고하고, 디지털성범죄피해자지원센터에 삭제지원도 요청하자"),
    (yerin, "부모님한테는 아직 말 못했어요", dict(keep=True)),
    (tch, "그건 예린이 준비될 때. 우선 안전이 먼저야. 1366에도 전화해볼 수 있어"),
    (yerin, "근데 신고하면 진짜 뿌릴까봐 무서워요", dict(keep=True)),
    (tch, "협박하는 사람들이 제일 많이 하는 말이 그거야. 신고하는 게 멈추게 하는 방법이야"),
], lo=1, hi=6)
ST = [
    (tch, "오늘 잘 잤어? 내일 몇 시에 만날까"), (yerin, "10시 괜찮아요"), (tch, "캡처 파일 정리해서 가져와. 폰 그대로 가져오면 돼"),
    (yerin, "네 그 사람이 또 '내일 자정 지나면 끝이다'라고 보냈어요"), (tch, "답장하지 말자. 경찰에 그대로 보여주면 돼"),
    (yerin, "경찰서 다녀왔어요 접수됐어요"), (tch, "정말 잘했어 👍 수업은 당분간 온라인으로 들어도 돼"), (yerin, "감사해요 선생님"),
    (tch, "상담센터에서 연락 오면 나한테도 알려줘"), (yerin, "네! 삭제 요청도 넣었대요"), (tch, "오늘 공무원반 모의고사 있는데 무리하지 말고 다음에 봐도 돼"),
    (yerin, "아니에요 할 수 있어요 ㅎㅎ"), (tch, "밥은 먹었어?"), (yerin, "네 엄마한테도 말했어요. 같이 수사관 만났어요"),
    (tch, "정말 용기 냈다. 선생님도 학원에 얘기해서 단톡방 관리 강화할게"), (yerin, "수사관님이 그 계정 여러 명 피해자 있대요"),
    (tch, "혹시 또 연락 오면 바로 말해. 밤이라도 괜찮아"), (yerin, "네 선생님 감사합니다 🙏"),
]
t = T(2026, 6, 28, 9)
for a, x in ST:
    t = t + datetime.timedelta(minutes=R.uniform(5, 900))
    st1.say(a, t, x, keep=a is yerin)

# ---------------------------------------------------------------- B7 lawyer <-> client (lawyer's export)
lawyer = acc("법무법인 온결 박재희 변호사", why="benign: lawyer of 윤채원")
lawyer.style.update(kk=0, emoji=0, seumda=False)
lc = chat("윤채원 의뢰인", "personal_chat", "benign", "2026-07-20", sparse=True)
lc.ctx["lbank"] = ("bank_account", A.bank(R, 5)[1])
script(lc, T(2026, 5, 12, 10, 0), [
    (lawyer, "윤채원 님, 오늘 상담 내용 정리해서 보내드립니다."),
    (chaewon, "네 변호사님", dict(keep=True)),
    (lawyer, "상대방이 보낸 메시지는 원본 그대로 캡처해서 보내주세요. 특히 '답장 안 하시면 내일 오전 9시에 회사 단톡방에 올라갑니다' 부분이요."),
    (chaewon, "'고소하시는 순간 올라갑니다. 선택하세요' 이것도 보내야 하나요?", dict(keep=True)),
    (lawyer, "네, 그 문장이 14조의3 협박의 핵심 증거입니다. 날짜가 보이게 캡처해주세요."),
    (chaewon, "상대 아이디는 별지기였어요 @star_keeper22", dict(keep=True)),
    (lawyer, "고소장 제출 마감은 다음주 수요일로 잡겠습니다. 수임료는 " + amt("55만원") + ", 신한 {lbank} 로 입금 부탁드립니다."),
    (chaewon, "입금했습니다", dict(keep=True)),
    (lawyer, "확인했습니다. 회사에는 아직 알리지 않으셔도 됩니다."),
])
LC = [
    (lawyer, "경찰 출석 일정 잡혔습니다. 목요일 오후 2시"), (chaewon, "같이 가주시는 거죠?"), (lawyer, "네 동행합니다"),
    (chaewon, "또 연락 왔어요. 답장 안 했어요"), (lawyer, "잘하셨어요. 차단하지 말고 증거로 두세요"), (chaewon, "무서워서 잠을 못 자요"),
    (lawyer, "피해자 지원센터 심리상담 연결해드릴게요"), (lawyer, "삭제지원 요청 결과 나왔습니다. 2건 삭제 완료"), (chaewon, "감사합니다 정말"),
    (lawyer, "진술 조서 확인하실 부분 메일로 보냈습니다"), (chaewon, "회사에는 말 안 해도 될까요?"),
    (lawyer, "네, 현재로선 필요 없습니다. 만약 회사로 연락이 가면 저희가 대응합니다"), (chaewon, "상대가 '팀장님 성함도 알고 있어요'라고 했었어요"),
    (lawyer, "그 문장도 캡처 부탁드립니다. 신상 노출 협박으로 추가됩니다"), (lawyer, "피의자 특정됐다는 연락 받았습니다"),
    (lawyer, "검찰 송치됐다는 연락 받았습니다"), (chaewon, "다행이에요 정말 감사해요"), (lawyer, "배상명령 신청도 검토해보죠"),
]
t = T(2026, 5, 14, 10)
for a, x in LC:
    t = t + datetime.timedelta(minutes=R.uniform(30, 2000))
    lc.say(a, t, x, keep=a is chaewon)

# ---------------------------------------------------------------- B8 podcast fans
pod = chat("사건파일 팬클럽 🎙 트루크라임", "public_supergroup", "benign", "2026-09-02")
pf = people(["그알덕후", "달토끼", "미스터리헌터", "soyeon_k", "탐정놀이", "라디오키드", "밤샘청취자", "모모", "Ellie", "ㅈㄴ", "사건노트", "코난"])
potato = viewers_talk[0]  # 새벽감자: silent-ish viewer in the paid room, chatty here -> participant
for m_ in pf + [potato]:
    pod.service_msg(m_, E.rand_time(T(2026, 4, 1, 9), T(2026, 6, 1, 9)), "join_group_by_link", inviter="사건노트")
POD = [
    "이번 에피 '별빛 정원' 편 봤어요? 입장료를 문상 핀으로 받았대", "PD님 다음 에피 안 나오면 죽여버린다 ㅋㅋ", "원본 음원 파일 올려주세요 편집 전 버전 듣고 싶어요",
    "'원본 판매'를 따로 했다는 게 제일 소름", "N번방 때랑 구조가 똑같네", "후원 {amt:5천원} 입금했어요 굿즈 언제 와요?",
    "입금 계좌는 공지 확인하세요", "보기만 한 회원도 처벌되나요? 에피에서 변호사가 설명함", "피해자분들 진짜 괜찮으셨으면",
    "다음 주제 투표: 미제사건 vs 사이버범죄", "새 거 올라왔어요! 에피 [42|43|44]", "마감 전에 사연 보내세요 [금요일|일요일]까지", "오늘 퇴근길에 들었어요",
    "에피 중에 '캡쳐 금지. 걸리면 강퇴' 읽어줄 때 소름", "이 방은 진짜 그냥 팬방이죠? ㅋㅋ", "ㅋㅋㅋ 팬방 맞아요", "진행자 목소리 좋음",
    "사연 채택되면 스티커 준대요", "오프라인 모임 {amt:2만원} 회비 있대요", "음질 개선됐네요", "자막본 있나요",
    "The English version of the episode drops next week btw", "lol the host said 'don't be a 달토끼' 😂", "[2회차|3회차] 듣는 중",
    "'새 미션 시켜주세요' 읽을 때 진짜 역겨웠음", "기자분 인터뷰 나온 편 좋았어요", "이번 게스트 변호사님 설명 최고", "다음 에피 예고 떴다!!",
]
script(pod, T(2026, 6, 3, 21, 0), [
    (pf[0], "기사에 나온 운영자 닉이 달토끼래 ㅋㅋ 여기 달토끼님 해명하세요"),
    (pf[1], "아 저 아니에요 ㅠㅠ 닉 바꿔야 하나"),
    (pf[4], "ㅋㅋㅋ 달토끼님은 그냥 토끼 좋아하는 분"),
    (pf[1], "죽여버린다 진짜 ㅋㅋ 2년째 이 닉인데"),
])
filler(pod, pf + [potato], POD, T(2026, 6, 2, 18), T(2026, 8, 30, 23), 170)
filler(pod, [potato], ["저도 들었어요 ㅋㅋ", "이번 에피 최고", "진행자분 팬이에요", "다음 주 기대됨", "ㅇㅇ 소름"], T(2026, 6, 2, 18),
       T(2026, 8, 30, 23), 10)

# ====================================================================== write
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir)
for c in CHATS:
    E.assign_ids(c)
by_date = {}
for c in sorted(CHATS, key=lambda c: (c.export_date, CHATS.index(c))):
    n = by_date.get(c.export_date, 0)
    by_date[c.export_date] = n + 1
    c.folder = "ChatExport_%s%s" % (c.export_date, "" if n == 0 else " (%d)" % n)
    d = os.path.join(out, c.folder)
    os.makedirs(d, exist_ok=True)
    doc = E.serialise(c)
    with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for rel, img in getattr(c, "pending_photos", []):
        os.makedirs(os.path.join(d, os.path.dirname(rel)), exist_ok=True)
        img.save(os.path.join(d, rel), "JPEG", quality=70)

# ---------------------------------------------------------------- truth
victims = [yerin, chaewon]
crim = [c for c in CHATS if c.label == "criminal"]
seen = {}
for c in CHATS:
    for m in c.msgs:
        if m.acc is not None:
            seen.setdefault(m.acc.key, m.acc)
crim_accs = {}
for c in crim:
    for m in c.msgs:
        if m.acc is not None:
            crim_accs.setdefault(m.acc.key, m.acc)
vkeys = {v.key for v in victims}
participants = []
for k in sorted(crim_accs):
    if k in vkeys:
        continue
    a = crim_accs[k]
    roles = sorted(a.tags & {"operator", "distributor", "solicitor", "payer"}) or ["viewer"]
    participants.append({"account": k, "roles": roles})
benign = sorted(k for k in seen if k not in crim_accs and k not in vkeys)
pvict = [
    {"account": yerin.key, "mention": "@yerin_h0", "name": "한예린"},
    {"account": chaewon.key, "mention": None, "name": "윤채원"},
    {"account": None, "mention": None, "name": "서하은"},
    {"account": None, "mention": "@dahye_0x", "name": None},
]
links = [
    [op.key, op_alt.key, "stated alt: the operator writes in the staff room '별빛관리 = 나, 내 부계임'"],
    [gone.key, back.key, "deleted account (from: null) gave '제 환불계좌' in the VIP room; the new account 재입장 says '전 계정 삭제됐어요 … 이거 제 거 맞아요' about the same bank account"],
    [pant_old.key, pant_new.key, "stated alt: the old account gave '제 DM은 @black_pnt77'; the new one says '예전 계정 @black_pnt77 정지당해서 이걸로 옴'"],
]
non_links = []
for a, kind, p, m in PAYLOG:
    if kind == "gift_card" and not any(n[0] == a.key for n in non_links):
        non_links.append([a.key, col.key, "payer posted a gift-card PIN in the paid room; the collector re-posted it as '확인완료' in the staff room (payee, not the same person)"])
non_links.append([BTC_PAYERS[0].key, BTC_PAYERS[1].key, "both paid to the same operator BTC wallet"])
non_links.append([rep[2].key, op.key, "a reporter quotes the operator's handle @moon_rabbit_x and name 달토끼 from leaked screenshots"])
podmoon = pf[1]
non_links.append([podmoon.key, op.key, "display-name collision: a podcast fan is also called 달토끼 and is teased about it"])
non_links.append([pa[5].key, pa[1].key, "a parent repeats the class rep's bank account for others to pay into"])
non_links.append([lw[4].key, payers[0].key, "display-name collision: 민트초코 in the law-school study group vs a payer 민트초코 in the paid room"])
banner = next(m.acc for m in sorted(ts.msgs, key=lambda m: m.t) if "@black_pnt77" in m.text)
non_links.append([banner.key, pant_old.key, "a moderator posts '@black_pnt77 밴 처리' (report about the account, not the same person)"])
non_links.append([chaewon.key, scr.key, "the victim gives her coercer's handle @star_keeper22 to her lawyer"])
payments = []
for c in CHATS:
    for m in c.msgs:
        for kind, valid, val in m.pays:
            payments.append({"chat": c.name, "message_id": m.id, "value": val, "kind": kind, "valid": valid})
truth = {"participants": participants, "potential_victims": pvict,
         "benign_chats": [c.name for c in CHATS if c.label == "benign"], "benign_accounts": benign,
         "identity_links": links, "non_links": non_links, "payments": payments,
         "rooms": {c.name: c.label for c in CHATS}}
with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")

detail = {"accounts": {}, "chats": {c.name: {"folder": c.folder, "label": c.label, "type": c.type, "messages": len(c.msgs)} for c in CHATS},
          "victims": {
              "한예린": "ring victim: coerced by 달토끼 in the 1:1 '예린' (operator's export), offered as '예린 건' in the paid room, "
                      "@yerin_h0 in the staff room; in the benign 1:1 with her teacher (export name '한예린 수강생') she QUOTES the "
                      "threats she received. Same account in both 1:1 chats.",
              "윤채원": "ring victim: coerced by 별지기 (her own export '별지기'); in the benign 1:1 with her lawyer she quotes the threats.",
              "서하은": "ring victim known only by name: offered in the staff room ('서하은 건 원본은 따로 판매'); a counsellors' client "
                      "whose quoted threat names the room 별빛 정원.",
              "@dahye_0x": "ring victim known only by @mention in offers (paid room, staff room); '다혜 건' too.",
              "not victims": "김다은 (counsellors' client threatened by an ex-partner, unrelated to the ring); the parents' school "
                             "deepfake case (a classmate, no names given, unrelated to the ring); the law group's 갑/을 hypotheticals; "
                             "the newsroom's '피해자 A씨' is not identified further.",
          },
          "notes": ["benign rooms quote criminal-room lines verbatim (newsroom, counsellors, teacher 1:1, lawyer 1:1, podcast)",
                    "새벽감자 is a chatty viewer in the paid room and also talks in the podcast fan room: a participant (viewer), not benign",
                    "moderators post banned handles @moon_rabbit_x, @black_pnt77, @byeolbit_admin, @pnt_returns: reports, not identity"]}
for k in sorted(seen):
    a = seen[k]
    detail["accounts"][k] = {"name": a.name, "handle": a.handle, "chats": sorted(a.chats),
                             "why": getattr(a, "why", "") or ("benign: speaks only in benign rooms" if k in benign else
                                                               "participant: " + ",".join(sorted(a.tags)) if a.tags else "viewer")}
with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
    json.dump(detail, f, ensure_ascii=False, indent=1)
    f.write("\n")
