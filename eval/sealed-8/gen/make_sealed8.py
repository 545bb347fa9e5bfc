#!/usr/bin/env python3
"""Generator for the sealed-8 corpus (written blind; Apache-2.0).

usage: python3 make_sealed8.py OUT_DIR

Imports eval/dev-2/gen/engine.py unchanged (accounts, perturbation, Telegram serialisation,
abstract photos) and eval/common/artifacts.py (checksum-valid fake wallets, accounts, PINs).
Deterministic: a fixed seed; no iteration over unordered sets of objects.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "common"))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen"))

import engine as E  # noqa: E402
import artifacts as A  # noqa: E402

E.R.seed(80808808)
R = E.R
ts, later, rand_time, photo, video_file, archive_file = E.ts, E.later, E.rand_time, E.photo, E.video_file, E.archive_file

pay = E.pay
ROLES = {}      # acc.key -> set of roles (criminal behaviour)
DETAIL = {}     # acc.key -> list of reasons
ACCS = []


def acc(name, handle=None, deleted=False, prefix="user", style=None):
    a = E.Acc(name, handle, style=style, deleted=deleted, prefix=prefix)
    ACCS.append(a)
    return a


def role(a, r, why):
    ROLES.setdefault(a.key, set()).add(r)
    DETAIL.setdefault(a.key, []).append(why)


def note(a, why):
    DETAIL.setdefault(a.key, []).append(why)


def dt(y, mo, d, h=21, mi=0):
    return datetime.datetime(y, mo, d, h, mi, R.randrange(60), tzinfo=E.KST)


def amt(v):
    return "{amt:%s}" % v


POLITE = {"kk": 0, "emoji": 0, "nospace": 0, "typo": 0, "yeo": False, "seumda": False, "dots": 0,
          "lower": False, "ellip": 0}

# ================================================================ people
# ring
boss = acc("대표", "ceo_lumi")                       # runs staff room, owner of the paid room
boss_alt = acc("루미 관리자", "lumi_admin")            # boss's alt that runs the paid room (stated in staff room)
rec1 = acc("수아실장", "sua_casting")                  # recruiter 1: open room + coercion chat A, B
rec2_old = acc("하린매니저", "harin_mgr")              # recruiter 2 (old account)
rec2_new = acc("하린매니저 new", "harin_mgr2")          # recruiter 2 (new account; name history only)
rec3 = acc("Leo | casting", "leo_cast_intl")           # English recruiter, coercion chat C
uploader = acc("자료담당", "lumi_files")               # distributor in the paid room
collector = acc("정산", "jungsan_77")                  # collector: PINs, transfers, USDT
col_new = acc("정산팀", "jungsan_team")                # collector's new account (announced in words)
# victims
v1 = acc("김나래", "narae_k0")                          # recruiter's export of chat A (named after her)
v2 = acc("서유진", "yujin_s")                           # her own export of chat B
v3 = acc("Emily", "emily_w")                           # English chat C (recruiter's export)
V_MENTION = "@dahye_0305"                              # mention only, staff room
V_NAME = "박소연"                                        # name only, paid room + staff room
v6 = acc("윤채원", "chae1_y")                           # known only by a mention_name entity (staff room)

# paid room members
def members(names):
    return [acc(n, h) for n, h in names]


paid_talk = members([("하루", "haru_2020"), ("blackcat", "blkcat99"), ("ㅇㅇ", None), ("동네형", "dongne_h"),
                     ("Mr.K", "mrk_777"), ("새벽반", "dawn_class"), ("무명", None), ("치킨러버", "chicken_lv"),
                     ("Noah", "noah_kr"), ("돌돌이", "doldol_2"), ("퇴근하고싶다", "tired_9to6"),
                     ("ghost", "ghost_k1"), ("야행성", "nightowl_88"), ("kimbap", "kimbap_o")])
(haru_c, blackcat, oo, dongne, mrk, dawn, mumyeong, chicken, noah, doldol, tired, ghost, owl, kimbap) = paid_talk
reseller = acc("별다방", "stars_room")                 # unrelated seller advertising his own room, same OTC wallet
otc_seller_open = acc("급처 자료상", "quick_sell9")      # another unrelated seller in the open room, same OTC wallet
paid_silent = [acc(n) for n in ["민호", "J", "tmdwls", "카이", "송이버섯", "hj", "무야호", "Lucas", "ㅁㅁ", "수박바",
                                "구름", "박사장", "zzz", "lemon", "진", "토끼", "Ace", "모모", "호떡", "대충"]]
# open room applicants / lurkers
open_talk = members([("지나가던사람", "passerby_1"), ("알바구함", "job_plz"), ("봄봄", "bombom_s"),
                     ("취준생", "jobseek_22"), ("익명의", None), ("다람쥐", "daram_j")])
open_silent = [acc(n) for n in ["y", "은", "서진", "ㅎㅇ", "마루", "Kate", "새싹", "유리", "오렌지", "아라", "밍", "단비",
                                "솔", "rin", "하양", "Zoe", "나나", "보리"]]

# benign people
agency = members([("스텔라모델 캐스팅팀", "stella_casting"), ("김PD", "kimpd_stella"), ("이예린", "yerin_lee"),
                  ("정하은", "haeun_j"), ("모델 도윤", "doyun_md"), ("최서아", "seoa_c"), ("민준", "minjun_m"),
                  ("Jenny", "jenny_park"), ("스타일리스트 은비", "eunbi_style"), ("한솔", "hansol_h")])
board = members([("알바게시판 운영자", "albaboard"), ("카페사장", "cafe_owner1"), ("편의점점장", "cvs_mgr"),
                 ("대학생1", "univ_one"), ("구직중", "seeking_j"), ("물류센터 채용", "logi_hire"),
                 ("주말알바", "weekend_job"), ("경계경보", "scam_alert"), ("Tom", "tom_hire"), ("과외샘", "tutor_s"),
                 ("ㅈㅇ", None), ("행사스탭 모집", "event_staff")])
club = members([("사진동아리 회장", "photo_pres"), ("총무 지우", "jiwoo_tm"), ("현수", "hyunsu_p"),
                ("하루", "haru_photo"), ("민트", "mint_film"), ("태오", "taeo_k"), ("서연", "seoyeon_cam"),
                ("다인", "dain_lens"), ("주원", "juwon_f"), ("새내기 보람", "boram_new")])
cos = members([("코스모스 운영", "cosmos_admin"), ("레이어 유나", "yuna_cos"), ("찍사 민", "min_shot"),
               ("아오이", "aoi_layer"), ("코덕", "cos_duck"), ("벚꽃", "sakura_b"), ("Rei", "rei_layer"),
               ("굿즈요정", "goods_fairy"), ("사진집수집가", "book_collect"), ("라벤더", "lavender_c")])
friend_a = acc("소영", "soyoung_h")
friend_b = acc("은지", "eunji_o")
shop_owner = acc("담다공방", "damda_shop")
shop_cust = acc("이현아", "hyuna_l")

OTC_USDT = A.eth(R)          # payee wallet of an OTC agent both unrelated sellers use
BOSS_USDT = A.eth(R)
BOSS_BANK = A.bank(R, 3)     # 국민 mule account
COL_BANK = A.bank(R, 0)      # collector's own account (stated "제 계좌" by old and new accounts)
BOSS_BTC = A.btc(R, "bech32")

CHATS = []


def chat(name, ctype, label, export_date, sparse=False):
    c = E.Chat(name, ctype, label, export_date, sparse=sparse)
    CHATS.append(c)
    return c


def join(c, a, t, inviter=None):
    c.service_msg(a, t, "join_group_by_link", inviter=inviter or "Group")
    if a not in c.members:
        c.members.append(a)


def offtopic_pool():
    return ["오늘 비 겁나 오네", "점심 뭐 먹지", "롤 하는 사람?", "내일 출근 ㅈㄴ 싫다", "요즘 코인 다 떨어짐",
            "배달비 미쳤네 진짜", "토트넘 경기 봤냐", "ㅋㅋㅋㅋㅋ", "ㄹㅇ", "ㅇㅈ", "졸리다", "주말에 뭐함",
            "치킨 시킴 ㅎㅎ", "야구 시즌 언제 시작함", "폰 바꿨는데 카메라 좋더라", "감기 걸림 ㅠ", "ㄱㄱ",
            "아 월요일", "편의점 신상 먹어봄?", "헬스 3일째", "이 방 조용하네", "ㅎㅇ", "ㅂㅂ", "ㄴㄴ"]


# ================================================================ 1. recruiter's open room
op = chat("💎고수익 알바 · 모델 구인 (당일지급)", "public_supergroup", "criminal", "2026-03-14")
t0 = dt(2026, 1, 5, 14)
op.service_msg(rec1, t0, "create_channel", title="💎고수익 알바 · 모델 구인 (당일지급)")
role(rec1, "operator", "recruiter: runs the open lure room, moves applicants to 1:1 chats and coerces two of them")
ADS = ["[모집] 피팅·촬영 모델 알바 구합니다 💎 경력무관, 일 {p1} 당일지급. 개인톡 주세요",
       "재택 가능한 촬영 알바 있어요~ 사진 몇 장만 보내주시면 바로 상담 도와드립니다 😊",
       "고수익 보장!! 얼굴 안 나와도 됩니다. 프로필 사진 올려주세요 (개인톡으로)",
       "오늘 마감 ✨ 주말 촬영 {p2}, 부담없이 문의주세요. 신분 확실하신 분만",
       "지난주 지원자분들 전부 입금 완료했습니다 👍 다음 기수 모집중"]
ASKS = ["시급 얼마에요?", "혹시 얼굴 나와야 하나요", "지방인데 가능해요?", "이거 사기 아니죠?", "대학생도 되나요",
        "개인톡 드렸어요", "재택이면 뭐 하는 거예요?", "당일지급 진짜에요?", "경력 없어도 돼요?", "주말만 가능한데요"]
t = t0
for i in range(26):
    t = later(t, 60, 3000)
    a = rec1 if i < 14 or R.random() < 0.4 else rec2_old
    if i >= 14:
        a = rec1 if R.random() < 0.5 else rec2_old
    op.ctx["p1"] = lambda: pay("amount", R.choice(["15만원", "20만원", "30만원"]))
    op.ctx["p2"] = lambda: pay("amount", R.choice(["50만원", "40만원", "80만원"]))
    op.say(a, t, R.choice(ADS), keep=a is not rec1)
role(rec2_old, "operator", "recruiter 2 (old account): posts the lure ads, splits takings in the staff room")
joiners = open_talk + open_silent + [v1, v2]
tj = t0
for a in joiners[:]:
    tj = later(tj, 30, 900)
    join(op, a, tj)
for a in paid_silent[:6]:
    tj = later(tj, 30, 900)
    join(op, a, tj)
t = dt(2026, 1, 9, 20)
for i in range(60):
    t = later(t, 20, 600)
    a = R.choice(open_talk)
    r = R.random()
    if r < 0.45:
        m = op.say(a, t, R.choice(ASKS))
        op.say(R.choice([rec1, rec1, rec2_old]), later(t, 1, 20), R.choice(
            ["개인톡 주세요~", "네 가능해요 😊 개인톡으로 자세히 알려드릴게요", "사기 아닙니다 ㅎㅎ 후기 보세요",
             "DM 주시면 바로 답드려요", "네네 당일지급 맞아요"]), reply=m)
    elif r < 0.8:
        op.say(a, t, R.choice(offtopic_pool()))
    else:
        op.say(a, t, R.choice(["다들 해보셨어요?", "후기 있나요", "저 어제 상담받았는데 괜찮던데요", "요즘 알바 구하기 힘드네요"]))
for a in open_talk:
    note(a, "open lure room: asked about pay/greeted/off-topic only -> viewer")
# victims ask in the open room
op.say(v1, dt(2026, 1, 10, 22, 5), "안녕하세요 재택 촬영 알바 아직 모집하나요?")
op.say(rec1, dt(2026, 1, 10, 22, 9), "네 모집중이에요 개인톡 주세요 😊")
op.say(v2, dt(2026, 1, 18, 23, 40), "저도 문의드려요 주말만 가능해요")
op.say(rec2_old, dt(2026, 1, 18, 23, 52), "개인톡 확인해주세요~")
op.say(rec2_old, dt(2026, 1, 24, 13, 0), "상담은 개인톡으로만 합니다. DM은 @harin_mgr 로")
# recruiter 2 reappears with a new account under a continued display name (no words about it)
t = dt(2026, 2, 3, 15)
for i in range(12):
    t = later(t, 120, 4000)
    op.ctx["p1"] = lambda: pay("amount", R.choice(["15만원", "20만원", "25만원"]))
    op.ctx["p2"] = lambda: pay("amount", R.choice(["50만원", "60만원"]))
    op.say(rec2_new, t, R.choice(ADS), keep=True)
role(rec2_new, "operator", "recruiter 2's new account: same ad templates; display name continues the old one")
# unrelated seller dumps an ad with the OTC payee wallet
op.ctx["a"] = ("amount", "30 USDT")
op.ctx["w"] = ("eth", OTC_USDT)
op.say(otc_seller_open, dt(2026, 2, 7, 2, 11), "급처합니다 자료 모음 {a} 선입금 (ERC20) → {w} 입금 후 캡쳐", keep=True)
role(otc_seller_open, "distributor", "advertises his own material for sale in the open room, payee = an OTC wallet")
op.say(rec1, dt(2026, 2, 7, 2, 30), "여기 광고 금지입니다 강퇴할게요")
op.service_msg(rec1, dt(2026, 2, 7, 2, 31), "remove_members", members=["급처 자료상"])
op.say(rec1, dt(2026, 2, 20, 12), "📌 공지: 상담은 수아실장 / 하린매니저 new 두 명만 합니다. 그 외 DM은 사칭이에요")

# ================================================================ 2. coercion chat A (recruiter's export, named after victim)
ca = chat("김나래", "personal_chat", "criminal", "2026-03-14", sparse=True)
SA = [
    (v1, "안녕하세요 오픈방 보고 연락드려요"), (rec1, "안녕하세요 😊 수아실장입니다. 재택 촬영 알바 관심 있으세요?"),
    (v1, "네 어떤 건지 궁금해서요"), (rec1, "의류 피팅 사진이에요. 먼저 프로필 사진 몇 장 올려주세요"),
    (v1, "얼굴 나와야 하나요?"), (rec1, "아뇨 괜찮아요~ 신분 확인용으로 학생증이나 신분증 사진도 같이요"),
    (v1, "신분증까지요? 좀 그런데"), (rec1, "당일지급이라 확인이 필요해서요. 다들 보내세요 ㅎㅎ"),
    (v1, "PHOTO"), (rec1, "감사합니다 첫 건 {a1} 바로 보내드릴게요. 계좌 알려주세요"),
    (v1, "{b}"), (rec1, "입금했어요 확인해보세요 😊"), (v1, "확인했어요 감사합니다!"),
    (rec1, "다음 건은 미션 형식이에요. 설명서 보내드릴게요"), (v1, "미션이요? 어떤 거요"),
    (rec1, "영상 몇 개만 찍어서 보내면 돼요. 단가 두 배예요"), (v1, "그건 처음 말씀하신 거랑 다른데요"),
    (v1, "저 그건 못 할 것 같아요"), (rec1, "이미 선금 받으셨잖아요?"), (v1, "돌려드릴게요 그럼"),
    (rec1, "그렇게는 안 되고요"), (rec1, "나래씨 학교랑 학과 다 알고 있어요. 보내주신 신분증 있잖아요"),
    (v1, "그게 무슨 말이에요"), (rec1, "오늘 밤 12시까지 시킨 거 안 보내면 학과 단톡이랑 인스타 맞팔들한테 사진이랑 신분증 다 뿌립니다"),
    (v1, "제발 그러지 마세요"), (v1, "신고할 거예요"), (rec1, "신고하면 그 즉시 올라가요. 경찰 오기 전에 다 퍼져요"),
    (rec1, "마감 11시 59분. 1분이라도 늦으면 끝"), (v1, "시간 좀만 더 주세요 제발"),
    (rec1, "30분 남았다"), (rec1, "10분"), (v1, "VIDEO"), (rec1, "ㅇㅋ 다음 미션은 금요일"),
    (v1, "이번이 마지막이라고 하셨잖아요"), (rec1, "내가 언제 ㅋㅋ 원본 다 나한테 있다"),
    (rec1, "금요일까지 2개. 안 하면 부모님 번호 {ph} 여기로 먼저 보냄"), (v1, "부모님한테는 제발요"),
    (v1, "돈으로 드리면 안 돼요?"), (rec1, "{a2} 가져오면 생각해볼게. 문상 핀번호로 보내"),
    (v1, "{pin}"), (rec1, "하나 더"), (v1, "{pin}"), (rec1, "확인. 그래도 금요일 미션은 그대로"),
    (v1, "약속이랑 다르잖아요"), (rec1, "약속? ㅋㅋ 니가 뭔데"), (v1, "VIDEO"), (rec1, "ㅇㅇ 수고"),
    (v1, "이제 삭제해주세요 제발"), (rec1, "생각해볼게"), (rec1, "담주 월요일 또 연락함. 폰 꺼두면 바로 뿌린다"),
    (v1, "..."), (rec1, "읽씹하지 마라 3시간 준다"), (v1, "알겠어요"),
]
t = dt(2026, 1, 10, 22, 20)
ca.ctx.update(a1=("amount", "15만원"), a2=("amount", "50만원"), b=lambda: "%s %s" % tuple(
    ["농협", pay("bank_account", A.bank(R, 6)[1])]), ph=lambda: A.phone(R))
for who, line in SA:
    t = later(t, 0.3, 40) if R.random() < 0.85 else t + datetime.timedelta(days=R.randrange(1, 3), hours=R.randrange(5))
    if line == "PHOTO":
        ca.say(who, t, "", raw=True, **photo(ca, t))
    elif line == "VIDEO":
        ca.say(who, t, "", raw=True, **video_file(t))
    else:
        ca.say(who, t, line, keep=(who is rec1 and R.random() < 0.5))
# filler back-and-forth
for i in range(18):
    t = later(t, 60, 1500)
    ca.say(R.choice([rec1, v1]), t, R.choice(["?", "답장해", "네", "지금 수업중이에요", "5분 안에 답장", "알겠어요",
                                              "인증 사진 보내", "늦으면 알지?", "ㅇㅇ", "조금만요"]))
ca.say(rec1, later(t, 5, 60), "", raw=True, **photo(ca, later(t, 5, 60)))

# ================================================================ 3. coercion chat B (victim's own export; named after recruiter's alias)
cb = chat("하린매니저", "personal_chat", "criminal", "2026-03-02", sparse=True)
SB = [
    (v2, "안녕하세요 오픈방 문의드렸던 사람이에요"), (rec2_old, "네~ 주말 알바 맞으시죠? 사진 먼저 보내주세요"),
    (v2, "PHOTO"), (v2, "이거면 될까요"), (rec2_old, "좋아요 ㅎㅎ 카톡 아이디랑 사는 동네도요"), (v2, "동네까지요?"),
    (rec2_old, "촬영장 배정 때문에요"), (v2, "수원이에요"), (rec2_old, "오케이 첫 촬영 토요일. 선금 {a1}"),
    (v2, "와 감사합니다"), (rec2_old, "대신 연습용 영상 하나 먼저"), (v2, "연습용이 뭐예요?"),
    (rec2_old, "시키는 대로 하면 됨"), (v2, "좀 이상한데요 안 할래요"),
    (rec2_old, "안 하면? 니 사진 니 동네 맘카페에 올라가는 거지"), (v2, "장난하지 마세요"),
    (rec2_old, "장난 아님. 니 인스타 팔로워 목록 다 캡쳐해둠"), (rec2_old, "PHOTO"),
    (v2, "이거 어떻게 구했어요"), (rec2_old, "오늘 10시까지. 10분 늦을 때마다 한 명씩 보냄"),
    (v2, "제발요 돈 드릴게요"), (rec2_old, "돈은 돈이고 영상은 영상"), (rec2_old, "9시 50분이다"),
    (v2, "VIDEO"), (rec2_old, "굿. 다음주도 같은 시간"), (v2, "이번만이라고 했잖아요"),
    (rec2_old, "그건 니 생각이고"), (v2, "경찰서 갈 거예요"), (rec2_old, "가 ㅋㅋ 가는 순간 업로드 버튼 누름"),
    (rec2_old, "그리고 이 계정 곧 바뀜. 새 계정으로 연락 가면 무조건 받아라"),
    (v2, "..."), (rec2_old, "대답"), (v2, "네"),
]
t = dt(2026, 1, 19, 0, 5)
cb.ctx.update(a1=("amount", "20만원"))
for who, line in SB:
    t = later(t, 0.3, 35) if R.random() < 0.85 else t + datetime.timedelta(days=R.randrange(1, 4))
    if line == "PHOTO":
        cb.say(who, t, "", raw=True, **photo(cb, t))
    elif line == "VIDEO":
        cb.say(who, t, "", raw=True, **video_file(t))
    else:
        cb.say(who, t, line)
for i in range(30):
    t = later(t, 30, 1800)
    cb.say(R.choice([rec2_old, rec2_old, v2]), t, R.choice(
        ["읽어", "답장 안 하냐", "지금 알바 중이라요", "몇 시까지요?", "3시간", "알겠어요", "사진 하나 더", "ㅇㅇ",
         "늦으면 뿌린다", "잠깐만요 제발", "지금 보낼게요", "2시간 남음", "1시간"]))

# ================================================================ 4. coercion chat C (English; recruiter's export)
cc = chat("Emily", "personal_chat", "criminal", "2026-03-10", sparse=True)
SC = [
    (v3, "hi, saw your post about remote modelling work?"), (rec3, "Hi Emily! yes, remote fitting shoots, paid same day"),
    (rec3, "send a few profile pics + ID for verification pls"), (v3, "is the ID really needed"),
    (rec3, "standard for payroll 🙂"), (v3, "PHOTO"), (rec3, "great. first payment {a1} tonight"),
    (rec3, "next task is a short video, instructions attached"), (v3, "that's not what the ad said. no thanks"),
    (rec3, "you already took the money"), (v3, "i'll send it back"), (rec3, "not how this works"),
    (rec3, "i have your ID, your uni and your IG followers. midnight deadline or everyone gets it"),
    (v3, "please don't do this"), (rec3, "tick tock. 2 hours"), (v3, "i can pay instead"),
    (rec3, "{a2} in USDT to {w}. and the video still"), (v3, "i don't have that much"),
    (rec3, "then the video. 1 hour left"), (v3, "VIDEO"), (rec3, "good girl. next one friday"),
    (v3, "you said one time"), (rec3, "i say a lot of things lol"), (v3, "i'm going to the police"),
    (rec3, "go ahead, first thing they'll see is your name trending"), (v3, "ok. ok. friday"),
]
t = dt(2026, 1, 27, 21)
cc.ctx.update(a1=("amount", "$100"), a2=("amount", "300 USDT"), w=("eth", BOSS_USDT))
for who, line in SC:
    t = later(t, 0.5, 30)
    if line == "PHOTO":
        cc.say(who, t, "", raw=True, **photo(cc, t))
    elif line == "VIDEO":
        cc.say(who, t, "", raw=True, **video_file(t))
    else:
        cc.say(who, t, line)
for i in range(16):
    t = later(t, 30, 2000)
    cc.say(R.choice([rec3, rec3, v3]), t, R.choice(["answer me", "in class rn", "30 min", "?", "ok", "last warning",
                                                    "please give me time", "now.", "sent", "deadline is deadline"]))
role(rec3, "operator", "English recruiter: coerces a victim 1:1 with exposure threats and deadlines; staff member")

# ================================================================ 5. paid members' room
pr = chat("🔒 루미 라운지 (정회원)", "private_supergroup", "criminal", "2026-03-14")
t0 = dt(2026, 1, 12, 23)
pr.service_msg(boss_alt, t0, "create_channel", title="🔒 루미 라운지 (정회원)")
role(boss_alt, "operator", "owns/admins the paid members' room; the boss states it is his alt")
pr.ctx.update(e=("amount", "10만원"), v=("amount", "30만원"))
pr.say(boss_alt, later(t0, 1, 5), "입장료 {e} / VIP {v}. 문상 핀 or 계좌 or USDT. 입금 후 캡쳐 올리면 확인", keep=True)
tj = later(t0, 5, 30)
pr_members = paid_talk + paid_silent + [uploader, reseller, collector]
for a in pr_members:
    tj = later(tj, 10, 600)
    join(pr, a, tj, inviter="루미 관리자")
pr.say(boss_alt, later(tj, 5, 30), "📌 규칙: 캡쳐 금지, 외부 유출 시 영구강퇴. 자료 요청은 정중하게", keep=True)
UPL = ["🆕 새 자료 올라왔습니다 ({s}) 원본은 VIP", "오늘 업데이트 {n}개. 이번 건은 오픈방 신입", "{s} 2탄 올림",
       "미션 영상 추가됐어요", "정리본 올려요 (지난주 분)", "🆕 신규 들어왔습니다. 후속은 다음주"]
SOL = ["다음 미션 언제 올라와요?", "그 전꺼 2탄은요", "신입 건 더 없나요", "원본 풀버전 주세요 VIP 갈게요",
       "이번엔 더 센 걸로 시켜주세요", "지난번 그 사람 후속 ㄱㄱ", "요청: 얼굴 나온 버전", "빨리 좀 올려주세요 현기증남"]
PAYL = ["입금했습니다 {amt} 확인 부탁드려요", "문상으로 보냅니다 {pin}", "VIP 업글합니다 {pin}",
        "{amt} 보냈어요 캡쳐 첨부", "핀번호 {pin} {pin}"]
OFF = offtopic_pool() + ["여기 사람 많네", "아 오늘 회식", "누구 축구 봄?", "새벽인데 다 안 자냐 ㅋㅋ",
                         "이번 주 로또 됐으면", "겨울 언제 끝남", "주식 망함 ㅠ"]
solicitors = [dongne, mrk, dawn, chicken, ghost]
payers = [haru_c, blackcat, mrk, dawn, noah, doldol, kimbap, owl, chicken]
viewers_talk = [oo, mumyeong, tired]
PIN_LOG = []   # (payer, pin) for the collector's re-posts
t = later(tj, 30, 200)
end = dt(2026, 3, 12, 23)
for i in range(250):
    t = later(t, 30, 380)
    if t > end:
        break
    r = R.random()
    if r < 0.14:
        pr.ctx["s"] = lambda: R.choice(["A", "B", "N", "R"]) + "-" + "%02d" % R.randrange(1, 30)
        m = pr.say(uploader, t, R.choice(UPL))
        if R.random() < 0.6:
            k = R.randrange(3)
            pr.say(uploader, later(t, 0.2, 1), "", raw=True,
                   **(photo(pr, t) if k == 0 else video_file(t) if k == 1 else archive_file(t)))
    elif r < 0.3:
        a = R.choice(solicitors)
        pr.say(a, t, R.choice(SOL))
        role(a, "solicitor", "paid room: requests new missions/sequels (incitement)")
    elif r < 0.42:
        a = R.choice(payers)
        pr.ctx["amt"] = lambda: pay("amount", R.choice(["10만원", "100,000원", "30만원", "20만원"]))
        m = pr.say(a, t, R.choice(PAYL))
        role(a, "payer", "paid room: claims/proves entry-fee or VIP payment")
        for k, ok, val in m.pays:
            if k == "gift_card":
                PIN_LOG.append((a, val, t))
        if R.random() < 0.7:
            pr.say(boss_alt, later(t, 2, 40), R.choice(["확인완료", "확인됐습니다 VIP 초대 보냄", "ㅇㅋ 확인", "입금 확인 👍"]),
                   reply=m, keep=True)
    elif r < 0.82:
        a = R.choice(viewers_talk + payers + solicitors + [reseller])
        pr.say(a, t, R.choice(OFF))
    else:
        a = R.choice(viewers_talk + [noah, kimbap, blackcat])
        pr.say(a, t, R.choice(["가격 얼마에요?", "VIP는 뭐가 달라요", "여기 안전한가요", "캡쳐하면 진짜 강퇴임?",
                              "텔레 털리면 어캄", "'더 보여주세요' 이 소리 하루에 백 번 나오네 ㅋㅋ", "ㅎㅇ", "잘 보고 갑니다"]))
role(uploader, "distributor", "paid room: posts 'new material' notices and files")
# the name-only victim
pr.say(uploader, dt(2026, 2, 14, 1, 3), "박소연 건 정리본 올렸습니다. 후속 없음", keep=True)
pr.say(dongne, dt(2026, 2, 14, 1, 9), "박소연 건 2탄 없어요?? 다음 미션 시켜줘요")
role(dongne, "solicitor", "asks for a sequel / next mission for a named victim")
pr.say(owl, dt(2026, 2, 14, 1, 15), "그 사람 진짜 학생이에요? 와")
# a benign-looking sarcastic quote by a viewer
pr.say(tired, dt(2026, 2, 16, 0, 20), "'좋은 거 올려주세요' 맨날 이 소리 ㅋㅋ 난 그냥 구경만 함")
# a payer mistypes the operator's wallet (invalid checksum), then corrects it
pr.ctx["bad"] = ("eth", A.corrupt(R, BOSS_USDT, A.eth_ok), False)
pr.ctx["bw"] = ("eth", BOSS_USDT)
m = pr.say(kimbap, dt(2026, 2, 9, 23, 30), "이 주소 맞아요? {bad} 송금이 안 되는데", keep=True)
role(kimbap, "payer", "tries to pay the operator's wallet (mistyped address), told to re-send")
pr.say(boss_alt, dt(2026, 2, 9, 23, 41), "틀렸음. 공지 주소 복붙해 {bw}", reply=m, keep=True)
# the reseller advertises his own room with the OTC wallet
pr.ctx["w"] = ("eth", OTC_USDT)
pr.ctx["a"] = ("amount", "25 USDT")
pr.say(reseller, dt(2026, 2, 22, 2, 0), "제 방도 있어요 입장 {a} → {w} (ERC20) 보내고 DM", keep=True)
role(reseller, "distributor", "advertises his own paid room / material in the paid room, payee = an OTC wallet")
pr.say(boss_alt, dt(2026, 2, 22, 2, 6), "홍보 금지. 그리고 그 주소 대행업체 주소잖아 ㅋㅋ 아무나 씀", keep=True)
# boss_alt posts own USDT wallet
pr.ctx["bw"] = ("eth", BOSS_USDT)
pr.say(boss_alt, dt(2026, 1, 13, 0, 40), "USDT(ERC20)는 여기로만: {bw}", keep=True)
pr.ctx["bk"] = lambda: "%s %s" % (BOSS_BANK[0], pay("bank_account", BOSS_BANK[1]))
pr.say(boss_alt, dt(2026, 2, 1, 12, 0), "공지) 계좌 변경 {bk}", keep=True)
# collector: 'my account' for refunds
pr.ctx["cb"] = lambda: "%s %s" % (COL_BANK[0], pay("bank_account", COL_BANK[1]))
pr.say(collector, dt(2026, 1, 20, 15, 0), "환불 문의는 제 계좌로 처리합니다 {cb}", keep=True)
role(collector, "operator", "collector: states his own account for refunds; splits takings in the staff room")
# payer who quotes the boss's wallet he paid to
pr.ctx["u"] = ("amount", "80 USDT")
role(noah, "payer", "states he sent USDT to the operator's wallet")
pr.say(noah, dt(2026, 2, 4, 22, 10), "{bw} 여기로 {u} 보냈어요", keep=True)

# ================================================================ 6. staff room
st = chat("작전실", "private_group", "criminal", "2026-03-14", sparse=True)
t0 = dt(2026, 1, 4, 23)
st.service_msg(boss, t0, "create_group", title="작전실", members=["대표", "수아실장", "하린매니저", "자료담당", "정산"])
st.service_msg(boss, dt(2026, 1, 26, 1), "invite_members", members=["Leo | casting"])
role(boss, "operator", "ring boss: runs the staff room, sets the split, orders coercion")
SCR = [
    (boss, "이번 달부터 분배 대표 4 / 섭외 3 / 자료 2 / 정산 1"), (rec1, "ㅇㅋ"), (uploader, "네"),
    (boss, "라운지 방 관리 계정 '루미 관리자' 그거 나임. 거기서 공지는 그걸로만 함"),
    (rec1, "오픈방 신입 둘 들어옴. 하나는 대학생"), (boss, "신분증 먼저 받아. 그게 있어야 말 들음"),
    (rec2_old, "수원 애 연습용 받았음"), (boss, "마감 박아. 하루 넘기면 안 됨"),
    (collector, "1월 정산: 문상 핀 모아서 올림"), (collector, "계좌는 {bk}로 모으고 USDT는 {bw}"),
    (rec1, "@dahye_0305 걔는 연락 끊겼어요. 인스타 비공개 돌림"), (boss, "학교 알잖아. 과 단톡 찾아서 겁 줘"),
    (rec1, "ㅇㅋ 내일까지"), (rec3, "hi all. english side: one new girl, Emily, ID received"),
    (boss, "good. same script, deadline midnight"), (uploader, "박소연 건은 원본 다 정리했어요 라운지 올릴까요"),
    (boss, "ㅇㅇ 정리본만. 원본은 VIP"), (rec2_old, "이 계정 곧 터질 듯. 신고 들어옴"),
    (boss, "새 계정 만들고 이름 비슷하게 해. 오픈방엔 공지하지 말고"),
    (collector, "저도 폰 바꾸면서 계정 새로 팜. 당분간 두 개 같이 씀"),
    (col_new, "정산 새 계정입니다. 예전 계정 @jungsan_77 곧 정지될 것 같아서 이걸로 옮김"),
    (col_new, "환불 계좌는 그대로 제 계좌 {cb}"),
    (boss, "OK"), (rec1, "내일 점심 뭐 먹냐 ㅋㅋ 이 얘기 말고"), (uploader, "국밥"), (rec2_new, "ㅇㅋ 확인"),
    (boss, "ㅇㅋ"), (rec1, "{mn} 이번 주 미션 두 개 받음"), (rec1, "김나래 신분증 받음. 학과까지 확인"),
    (rec2_old, "서유진 연습용 받았고 다음주 또 잡음"), (boss, "좋아. 3월엔 가격 올린다 VIP {v}"),
]
st.ctx.update(bk=lambda: "%s %s" % (BOSS_BANK[0], pay("bank_account", BOSS_BANK[1])), bw=("eth", BOSS_USDT),
              cb=lambda: "%s %s" % (COL_BANK[0], pay("bank_account", COL_BANK[1])),
              mn="⟪%d|윤채원⟫" % v6.id, v=("amount", "40만원"))
t = later(t0, 5, 30)
for who, line in SCR:
    t = later(t, 10, 900) if R.random() < 0.8 else t + datetime.timedelta(days=R.randrange(1, 5))
    if who is col_new and t < dt(2026, 2, 10):
        t = dt(2026, 2, 10, 21) + datetime.timedelta(minutes=R.randrange(60))
    if who is rec2_new and t < dt(2026, 2, 3, 16):
        t = dt(2026, 2, 3, 16) + datetime.timedelta(minutes=R.randrange(60))
    st.say(who, t, line, keep=True)
# collector re-posts payers' PINs as confirmed, reports splits
REPOSTS = []
for a, p, tp in PIN_LOG:
    who = col_new if tp > dt(2026, 2, 11) else collector
    st.say(who, later(tp, 30, 300), "확인 " + E.pay("gift_card", p), raw=True)
    REPOSTS.append((a, who))
STAFF = ["이번 주 정산 {x}", "국민 쪽 입금 {x} 들어옴", "USDT {u} 들어옴", "수아 몫 {x} 보냄", "하린 몫 {x}",
         "문상 깡 수수료 너무 떼감", "계좌 하나 또 막힘 새 대포 구해야 함", "신입 미션 어디까지 됨?", "마감 지킴?",
         "오픈방 신고 들어옴 문구 바꾸자", "라운지 인원 늘었음", "오늘 축구 누가 이김", "야식 ㄱ?", "졸려 죽겠다",
         "자료 백업 해둠", "VIP 방 하나 더 팔까", "응 그거 죽여버린다 ㅋㅋ 농담", "Leo 쪽 정산 USDT로?", "ok USDT"]
st.ctx.update(x=lambda: pay("amount", R.choice(["120만원", "85만원", "60만원", "210만원", "45만원"])),
              u=lambda: pay("amount", R.choice(["200 USDT", "350 USDT", "150 USDT"])))
t = dt(2026, 1, 8, 22)
staff_people = [boss, rec1, rec2_old, uploader, collector, rec3]
for i in range(120):
    t = later(t, 60, 1000)
    if t > dt(2026, 3, 13):
        break
    a = R.choice(staff_people)
    if a is rec2_old and t > dt(2026, 2, 3):
        a = rec2_new
    if a is collector and t > dt(2026, 2, 11):
        a = col_new
    st.say(a, t, R.choice(STAFF))
role(col_new, "operator", "collector's new account (announced in words in the staff room)")
role(uploader, "operator", "staff member taking a share of the split")
role(rec2_new, "operator", "staff room: recruiter 2's new account")

# ================================================================ benign rooms
OWNERS = {}


def extra_owners(c, people):
    return OWNERS.get(c.name, people[:1])


def bulk(c, people, lines, start, end, n, extra=None):
    t = start
    step = (end - start).total_seconds() / max(n, 1) / 60
    out = []
    for i in range(n):
        t = later(t, step * 0.3, step * 1.7)
        line = R.choice(lines)
        a = R.choice(people)
        if line.startswith("!"):  # a line only the room's owners/staff say
            a = R.choice(extra_owners(c, people))
            line = line[1:]
        m = c.say(a, t, line)
        out.append(m)
        if extra and R.random() < 0.12:
            c.say(a, later(t, 0.1, 2), "", raw=True, **photo(c, t))
    return out


ag = chat("스텔라모델 캐스팅 공지방", "private_supergroup", "benign", "2026-03-15")
ag.service_msg(agency[0], dt(2025, 12, 1, 10), "create_channel", title="스텔라모델 캐스팅 공지방")
for a in agency[1:]:
    join(ag, a, later(dt(2025, 12, 1, 11), 1, 3000), inviter="스텔라모델 캐스팅팀")
ag.ctx.update(fee=lambda: pay("amount", R.choice(["25만원", "30만원", "40만원"])))
AG = ["![캐스팅] 3월 봄 의류 룩북 모델 모집합니다. 출연료 {fee}, 계약서 작성 후 촬영", "!프로필 사진 올려주세요 (전신 1, 상반신 1)",
      "!오디션 마감 금요일 6시입니다", "!출연료는 촬영 후 7일 이내 입금됩니다", "!원본은 계약상 회사 보관입니다 😊",
      "!선입금·교육비 요구하는 곳은 저희 사칭이니 조심하세요!!", "!촬영 장소: 성수동 스튜디오, 보호자 동반 가능",
      "네 확인했습니다", "프로필 제출했어요", "혹시 피팅 시간 변경 가능할까요?", "계약서 사본 메일로 받았습니다",
      "지난달 출연료 입금 확인했어요 감사합니다", "내일 촬영 몇 시까지 가면 되나요", "헤어 메이크업은 현장에서 해주시나요",
      "!요즘 모델 알바라고 신분증 달라는 DM 오는데 저희 아니에요", "!마감 연장 없습니다~", "네네 알겠습니다 ^^"]
OWNERS[ag.name] = [agency[0], agency[1], agency[8]]
bulk(ag, agency, AG, dt(2025, 12, 2, 10), dt(2026, 3, 10, 18), 125, extra=True)

jb = chat("동네 알바 구인구직 게시판", "public_supergroup", "benign", "2026-03-15")
jb.service_msg(board[0], dt(2025, 11, 20, 9), "create_channel", title="동네 알바 구인구직 게시판")
for a in board[1:]:
    join(jb, a, later(dt(2025, 11, 21, 9), 1, 6000))
jb.ctx.update(w=lambda: pay("amount", R.choice(["10,030원", "11,000원", "12,000원", "15만원"])))
JB = ["![구인] 카페 주말 알바 시급 {w}, 주휴 있음", "!편의점 야간 구합니다 시급 {w}", "!물류센터 단기 일당 {w}",
      "고수익 알바 ㅋㅋ 이런 거 다 사기임 조심", "선입금 요구하면 100% 사기입니다", "사진 보내달라는 모델 알바 절대 하지 마세요",
      "신분증 먼저 보내라는 곳 거르세요", "이력서 DM 드렸어요", "혹시 마감됐나요?", "!오늘 마감입니다~",
      "!입금은 매달 10일이에요", "면접 보고 왔는데 괜찮네요", "주말만 가능한데 지원해도 될까요", "사장님 연락 부탁드려요",
      "!과외 구해요 중3 수학", "!행사 스탭 하루 {w}, 점심 제공", "!여기 방 규칙: 불법 홍보 즉시 강퇴",
      "'당일지급 고수익' 광고 또 올라왔다 신고함", "저 그 모델알바 DM 받았는데 소름", "ㄹㅇ 요즘 그런 거 많음",
      "알바 끝나고 치킨 ㄱ", "시급 올려주세요 ㅠ"]
OWNERS[jb.name] = [board[1], board[2], board[5], board[8], board[9], board[11], board[0]]
bulk(jb, board, JB, dt(2025, 11, 22, 9), dt(2026, 3, 12, 20), 145)

cl = chat("📷 한빛대 사진동아리 빛담", "private_supergroup", "benign", "2026-03-15")
cl.service_msg(club[0], dt(2026, 1, 2, 12), "create_channel", title="📷 한빛대 사진동아리 빛담")
for a in club[1:] + [mumyeong]:
    join(cl, a, later(dt(2026, 1, 2, 13), 1, 3000), inviter="사진동아리 회장")
cl.ctx.update(fee=lambda: pay("amount", R.choice(["2만원", "3만원", "15,000원"])),
              club_bank=A.bank(R, 2))
CL = ["이번 주 출사 사진 올려주세요!", "원본 있으면 드라이브에 올려주세요", "!회비 {fee} {club_bank} 입금 부탁해요",
      "회비 입금했습니다", "!전시회 작품 마감 금요일까지", "노출 좀 더 줬으면 좋았을 듯", "필름 스캔 맡겼어요",
      "하루 종일 하늘만 찍음 ㅋㅋ", "다음 출사는 서울숲", "모델 섭외는 동아리 친구끼리 해요", "!인화비 정산 {fee}",
      "사진 너무 예쁘다", "렌즈 빌려주실 분", "마감 안 지키면 죽여버린다 ㅋㅋ (농담)", "ㅋㅋㅋㅋ 회장님 무서워",
      "단체사진 원본 누구한테 있어요?", "새내기 환영합니다 🎉", "과제 때문에 이번 주 못 가요 ㅠ"]
OWNERS[cl.name] = [club[0], club[1]]
bulk(cl, club + [mumyeong], CL, dt(2026, 1, 3, 12), dt(2026, 3, 11, 22), 120, extra=True)
note(mumyeong, "silent-ish viewer in the paid room who also talks in the photo club")

cs = chat("코스모스 코스프레 커뮤니티 🌸", "public_supergroup", "benign", "2026-03-15")
cs.service_msg(cos[0], dt(2025, 12, 10, 20), "create_channel", title="코스모스 코스프레 커뮤니티 🌸")
for a in cos[1:]:
    join(cs, a, later(dt(2025, 12, 10, 21), 1, 4000))
cs.ctx.update(p=lambda: pay("amount", R.choice(["3만원", "25,000원", "4만원", "5천원"])), bk=lambda: "%s %s" % (
    "토스뱅크", pay("bank_account", yuna_bank[1])))
yuna_bank = A.bank(R, 2)
CS = ["!유나 님 새 사진집 예약 받아요! {p}, 선입금 후 순차 발송", "사진집 입금했어요 🙏", "!입금 확인했습니다~ 주소 DM 주세요",
      "행사 사진 올려주세요!!", "원본 파일은 찍사님 허락 받고 공유해주세요", "이번 코믹 마감 언제예요?",
      "가발 어디서 사요?", "찍사 민님 사진 미쳤다", "!굿즈 {p} 에 양도합니다", "무단 도용하면 죽여버린다 ㅋㅋ 진심 반",
      "사진 도용 신고는 운영진한테", "!프리뷰 컷 올려요", "다음 사진집 언제 나와요?", "ㅠㅠ 품절", "!예약 마감됐습니다",
      "!계좌 {bk} (예금주 유나)", "택배 왔어요 포장 너무 이뻐요", "요즘 모델 알바 DM 돌던데 다들 조심", "ㅋㅋㅋ 귀여워"]
OWNERS[cs.name] = [cos[1]]
bulk(cs, cos, CS, dt(2025, 12, 11, 20), dt(2026, 3, 12, 23), 135, extra=True)
# name collision: a benign '하루' in the photo club vs the paid-room '하루' (payer)

fr = chat("은지", "personal_chat", "benign", "2026-03-15", sparse=True)
FR = [(friend_a, "은지야 너 그 모델 알바 DM 받았다며"), (friend_b, "응 오픈방에서 수아실장이라는 사람"),
      (friend_a, "하지마 진짜로. 그거 우리 과 선배 당한 거랑 똑같아"), (friend_b, "헐 어떻게 됐는데"),
      (friend_a, "처음엔 사진만 달라다가 신분증 받고 나서 \"오늘 12시까지 안 보내면 과 단톡에 다 뿌린다\" 이랬대"),
      (friend_b, "미친... 그거 협박이잖아"), (friend_a, "응 선배가 캡쳐 보여줬는데 \"1분이라도 늦으면 끝\" 이런 말도 있었어"),
      (friend_a, "그 사람 아이디 @sua_casting 이거 맞지?"), (friend_b, "어 맞아 ㅠ 나 아직 사진은 안 보냄"),
      (friend_a, "다행이다 진짜. 차단하고 신고해"), (friend_b, "알았어 지금 차단함"), (friend_a, "경찰 사이버수사대 신고도 하자 같이 가줄게"),
      (friend_b, "고마워 ㅠㅠ"), (friend_a, "돈 준다고 해도 절대 입금 계좌 알려주지 마"), (friend_b, "응응"),
      (friend_a, "아 그리고 내일 과제 마감인 거 알지"), (friend_b, "헐 까먹음 죽었다 ㅋㅋ"), (friend_a, "나 죽여버린다 ㅋㅋ 같이 하자")]
t = dt(2026, 2, 11, 22)
for who, line in FR:
    t = later(t, 0.3, 8)
    fr.say(who, t, line)
for i in range(28):
    t = later(t, 20, 1500)
    fr.say(R.choice([friend_a, friend_b]), t, R.choice(["ㅋㅋㅋㅋ", "밥 먹었어?", "내일 몇 시 수업?", "나 지금 알바 끝남",
                                                        "그 사람 또 연락 옴? 무시해", "응 안 옴", "헐", "ㄱㄱ",
                                                        "주말에 영화 볼래", "과제 다 했냐", "ㅠㅠ", "굿밤"]))
note(friend_a, "benign: warns a friend about the lure and quotes the recruiter's threats")
note(friend_b, "benign: was approached by the recruiter but sent nothing; blocks and reports")

sh = chat("담다공방", "personal_chat", "benign", "2026-03-15", sparse=True)
sb = A.bank(R, 5)
SH = [(shop_cust, "안녕하세요 라탄 바구니 주문하고 싶어요"), (shop_owner, "안녕하세요 😊 담다공방입니다. 색상 골라주세요"),
      (shop_cust, "베이지 M 사이즈요"), (shop_owner, "{p} 이고 주문제작이라 선입금 부탁드려요. {bk}"),
      (shop_cust, "입금했습니다!"), (shop_owner, "입금 확인했어요. 받으실 주소랑 연락처 알려주세요"),
      (shop_cust, "서울시 마포구 가상로 12 101동 1203호 이현아 {ph}"), (shop_owner, "감사합니다 제작 마감은 금요일이에요"),
      (shop_owner, "완성 사진 올려드릴게요"), (shop_owner, "PHOTO"), (shop_cust, "너무 예뻐요!!"),
      (shop_owner, "오늘 발송했습니다 송장번호 5520-1184-3301"), (shop_cust, "받았어요 감사합니다 후기 남길게요"),
      (shop_cust, "혹시 원본 사진 후기에 써도 돼요?"), (shop_owner, "네 물론이죠 🙏")]
sh.ctx.update(p=("amount", "38,000원"), bk="%s %s" % (sb[0], E.pay("bank_account", sb[1])), ph=lambda: A.phone(R))
t = dt(2026, 2, 20, 14)
for who, line in SH:
    t = later(t, 2, 300)
    if line == "PHOTO":
        sh.say(who, t, "", raw=True, **photo(sh, t))
    else:
        sh.say(who, t, line, keep=True)
for i in range(22):
    t = later(t, 60, 3000)
    sh.say(R.choice([shop_owner, shop_cust]), t, R.choice(["네~", "감사합니다", "혹시 재입고 언제예요?", "다음주요",
                                                            "작은 사이즈도 있나요", "네 있어요", "😊", "좋은 하루 되세요"]))
note(shop_owner, "benign shop owner: 선입금, account number, shipping")
note(shop_cust, "benign customer: gives an address and phone for delivery")


# ================================================================ write out
def main(out):
    os.makedirs(out, exist_ok=True)
    names = {}
    payments, rooms = [], {}
    for c in CHATS:
        E.assign_ids(c)
        doc = E.serialise(c)
        base = "ChatExport_" + c.export_date
        n = names.get(base, 0)
        names[base] = n + 1
        folder = base if n == 0 else "%s (%d)" % (base, n)
        d = os.path.join(out, folder)
        os.makedirs(d, exist_ok=True)
        for rel, img in getattr(c, "pending_photos", []):
            os.makedirs(os.path.join(d, os.path.dirname(rel)), exist_ok=True)
            img.save(os.path.join(d, rel), "JPEG", quality=80)
        with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        rooms[c.name] = c.label
        for m in c.msgs:
            for k, ok, val in m.pays:
                payments.append({"chat": c.name, "message_id": m.id, "value": val, "kind": k, "valid": ok})
    victims = {v1.key, v2.key, v3.key, v6.key}
    crim, ben = [], []
    for a in ACCS:
        cs_ = sorted(a.chats)
        if not cs_ and a is not v6:
            continue
        in_crim = any(rooms[x] == "criminal" for x in cs_)
        if a.key in victims:
            continue
        if in_crim:
            crim.append(a)
        elif cs_:
            ben.append(a)
    participants = []
    for a in crim:
        r = sorted(ROLES.get(a.key, set())) or ["viewer"]
        if r == ["viewer"] and a.key not in DETAIL:
            DETAIL[a.key] = ["seen in criminal rooms only joining or chatting trivially -> viewer"]
        participants.append({"account": a.key, "roles": r})
    truth = {
        "participants": participants,
        "potential_victims": [
            {"account": v1.key, "mention": None, "name": "김나래"},
            {"account": v2.key, "mention": None, "name": "서유진"},
            {"account": v3.key, "mention": None, "name": "Emily"},
            {"account": None, "mention": V_MENTION, "name": None},
            {"account": None, "mention": None, "name": V_NAME},
            {"account": v6.key, "mention": None, "name": "윤채원"},
        ],
        "benign_chats": [c.name for c in CHATS if c.label == "benign"],
        "benign_accounts": [a.key for a in ben],
        "identity_links": [
            [rec2_old.key, rec2_new.key, "name history: the new account's display name continues the old one "
             "('하린매니저' -> '하린매니저 new'), posts the same ad templates after the old account stops; the old account had said it would soon "
             "change accounts and the boss told him to pick a similar name"],
            [collector.key, col_new.key, "stated alt in words: '예전 계정 @jungsan_77 곧 정지될 것 같아서 이걸로 옮김'; "
             "both state the same refund account as '제 계좌'"],
            [boss.key, boss_alt.key, "boss states in the staff room that the paid room's admin account is him"],
        ],
        "non_links": [
            [reseller.key, otc_seller_open.key, "two unrelated sellers give the same USDT payee wallet: it belongs to "
             "an OTC agent ('대행업체 주소') that anyone uses"],
            [reseller.key, boss_alt.key, "the admin comments on the reseller's OTC wallet; different people"],
            [haru_c.key, club[3].key, "display-name collision '하루': a paid-room payer vs a photo-club member"],
            [noah.key, boss_alt.key, "payer quotes the operator's USDT wallet he paid to (payee, not same person)"],
            [friend_a.key, rec1.key, "the friend @mentions the recruiter's handle while warning someone"],
        ] + [[p.key, who.key, "payer posted a gift-card PIN in the paid room; the collector re-posted the same "
              "PIN in the staff room as '확인' (a payment, not identity)"] for p, who in REPOSTS[:5]],
        "payments": payments,
        "rooms": rooms,
    }
    detail = {a.key: {"name": a.name, "handle": a.handle, "chats": sorted(a.chats),
                      "why": DETAIL.get(a.key, ["benign room member"])} for a in ACCS if a.chats or a is v6}
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir))
