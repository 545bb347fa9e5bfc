"""The criminal rooms of dev-5: recruitment room, three paid tiers, staff room, two coercion 1:1s.
Non-graphic: intent shows only through euphemism and logistics."""
import datetime

import engine as E
from cast import *  # noqa: F401,F403  (the cast is this module's vocabulary)
from engine import Chat, later, rand_time

D = lambda mo, d, h=0: datetime.datetime(2026, mo, d, h, 0, tzinfo=E.KST)  # noqa: E731
NOT = "(File not included. Change data exporting settings to download.)"

OFFTOPIC = [
    "오늘 한국 경기 몇시임", "월드컵 새벽경기 보다가 잠 다 깼네", "장마 언제 끝나냐 진짜", "아 더워 죽겠다",
    "편의점 신상 라면 먹어본 사람", "치킨 시킬까 피자 시킬까", "내일 출근 개싫다", "에어컨 고장남 ㅠㅠ",
    "ㅋㅋㅋㅋ 오늘 공지 왤케 많아", "다들 휴가 어디 감?", "폰 바꿨는데 텔레 백업 어케함", "배고프다",
    "축구 16강 가냐 이번엔", "졸려", "비 오는데 우산 없음 ㅋㅋ 방 이름이랑 반대네", "롤 하실분",
    "기말 끝나서 살 것 같다", "편의점 야간 알바 힘드네", "누가 이 방 알려줬더라", "오늘 택배 왜 안 오냐",
    "ㅇㄷ? 다들", "world cup tonight who's watching", "lol", "야구 보는 사람?", "주식 다 떨어짐 ㅠ",
    "헬스 갔다 옴", "ㅅㅂ 과제 마감", "집에 모기 들어옴", "여름휴가 제주 감", "새벽인데 다들 안 잠?",
]
GREET = ["ㅎㅇ", "안녕하세요", "ㅎㅇㅎㅇ", "처음 왔어요", "눈팅만 할게요", "하이", "ㅂㄱㄱ", "안뇽"]
REACT = ["ㄷㄷ", "ㄷㄷㄷ", "감사합니다", "ㄱㅅ", "오..", "굿", "👍", "ㅇㅈ", "와", "잘 봤습니다", "ㄳㄳ", "대박",
         "ty", "ㅁㅊ", "🔥", "다운 완료", "저장함", "이건 좀 ㄷㄷ", "nice", "오늘 건 별로", "ㄱㅅㄱㅅ"]
OPSEC = ["여기 경찰 안 뜨죠?", "텔레 진짜 안 털림?", "폰 압수되면 어떡함 ㅋㅋ", "비번 걸어놔야겠다",
         "혹시 몰라서 기록 다 지우는 중", "VPN 켜고 들어오세요 다들", "뉴스에 비슷한 방 걸렸던데",
         "저는 보기만 하는 거라 괜찮겠죠", "is this safe lol", "자동삭제 켜두세요"]
PRICE_Q = ["1단계 얼마에요?", "가격표 어디서 봐요", "문상도 받나여", "2단계랑 3단계 차이가 뭐임?",
           "비트 말고 계좌도 돼요?", "입장 어떻게 해요", "환불 되나요?", "가격 공지 다시 좀", "how much for lvl 1",
           "1단계 들어가면 뭐 있어요?", "이더로 내면 얼마임", "ㄱㄱ 가격 ㅈㄱㄴ", "해피머니도 돼요?"]
SOLICIT = [
    "좋은 거 좀 보내봐", "새 거 언제 올라와요", "요즘 업로드 너무 뜸한데 ㅡㅡ", "2탄 기다리는 중입니다",
    "다음 미션 제가 정해도 돼요?", "이번엔 방 이름 적은 쪽지 들고 인증하게 해주세요", "걔 후속 없음?",
    "미션 좀 쎈 걸로 가죠", "반성문 미션 ㄱㄱ", "새 애는 언제 들어와요", "얼굴 나오게 인증 시켜주세요 ㅎㅎ",
    "시킨 거 한 거 올려줘요", "지난번 걔 다시 불러서 미션 ㄱ", "노래 부르는 거 시켜봐요 ㅋㅋ",
    "혹시 리퀘도 받나요.. 하나 생각한 게 있어서", "제 닉네임 불러주는 인증 받고싶음",
    "ㅈㄱㄴ 빨리 좀", "업로드 ㄱㄱ", "새 거 풀어주면 2단계 바로 감", "걔 학교 어딘지 풀어줘요",
    "any new drops?", "send sth good pls", "new one when", "이번 주는 뭐 없나요..ㅎ", "신입 소식 있음?",
    "다음 편은 더 길게 부탁", "저번 그 애 또 볼 수 있나요", "이름표 인증 한번 더 시켜줘요", "ㅅㅇ 건 업뎃 기대중",
    "다음 미션 투표해요 ㅋㅋ", "혹시 리퀘 비용 따로임? 내고 시킬게", "좀 더 분발하세요 운영진 ㅋ",
]
QUOTE_SARC = ["'좋은 거 좀 보내봐' 이 소리 하루에 백번 나옴 ㅋㅋ", "맨날 '새 거 언제' 만 하네 다들",
              "'미션 ㄱㄱ' 하는 사람들 좀 조용히 해봐요", "ㅋㅋ 또 리퀘 타령", "전 리퀘 같은 거 안 해요 그냥 봄",
              "'2탄 언제' 봇이냐 ㅋㅋ"]


def _joins(chat, accs, a, b, inviter):
    for acc in accs:
        chat.service_msg(acc, rand_time(a, b), "join_group_by_link", inviter=inviter)


def _rand(pool):
    return R.choice(pool)


def _upload(chat, acc, t, caption, fwd=None):
    """A material drop: photo, video or archive, with a euphemistic caption."""
    kind = R.random()
    extra = E.photo(chat, t) if kind < 0.45 else (E.video_file(t) if kind < 0.8 else E.archive_file(t))
    if fwd:
        extra["forwarded_from"] = fwd
    role(acc, "distributor")
    return chat.say(acc, t, caption, **extra)


def _price_post(chat, t):
    return chat.say(desk, t, "📌 입장 안내\n1단계 {amt:5만원} / 2단계 {amt:15만원} / 3단계 {amt:35만원}\n"
                    "BTC {w_btc}\nETH {w_eth}\n계좌 하나 {w_bank}\n문상 PIN도 받음. 입금 후 @glassbox_paybot 에 캡처",
                    keep=True)


def recruitment():
    c = Chat("유리상자 모집방", "public_supergroup", "criminal", "2026-08-21")
    c.ctx.update(w_btc=("btc", OP_BTC), w_eth=("eth", OP_ETH), w_bank=("bank_account", OP_BANK[1]))
    a, b = D(6, 3), D(8, 20)
    role(desk, "operator")
    first = c.say(desk, D(6, 3, 21), "모집방 오픈. 규칙: 캡처 금지, 외부 공유 금지, 질문은 공지 먼저 보고", keep=True)
    p = _price_post(c, D(6, 3, 22))
    c.service_msg(desk, later(p.t), "pin_message", message_id=p)
    for mo, d in [(6, 24), (7, 15), (8, 5)]:
        _price_post(c, D(mo, d, 22))
    talkers = solicitors[:12] + payers + viewers_talk + [reposter, deleted_old, two_wallet_a, phone_cross]
    _joins(c, viewers_join + talkers + [overlap_viewer, reposter2, successor], a, D(8, 1), "안내데스크")
    for v in viewers_talk:
        c.say(v, rand_time(a, b), _rand(GREET + PRICE_Q + OFFTOPIC))
    for v in viewers_talk[:18]:
        c.say(v, rand_time(a, b), _rand(PRICE_Q + OPSEC + OFFTOPIC))
    for _ in range(40):
        c.say(_rand(viewers_talk + solicitors[:12]), rand_time(a, b), _rand(OFFTOPIC + GREET))
    for q in range(25):
        m = c.say(_rand(viewers_talk), rand_time(a, b), _rand(PRICE_Q))
        c.say(desk, later(m.t, 2, 40), _rand(["공지 보세요", "고정 메시지 확인", "네 됩니다", "DM 주세요",
                                              "문상은 컬쳐랜드 해피머니 둘 다 됨", "환불 없음"]), reply=m)
    for s in solicitors[:12]:
        role(s, "solicitor")
        c.say(s, rand_time(a, b), _rand(SOLICIT))
    for v in viewers_talk[:6]:
        c.say(v, rand_time(a, b), _rand(QUOTE_SARC))
    # payments in the open: PIN posts re-posted by the bot, proofs to the shared wallet
    c.ctx["repins"] = []
    for pr in payers[:8]:
        role(pr, "payer")
        t = rand_time(a, D(8, 10))
        m = c.say(pr, t, _rand(["1단계 문상으로 낼게요 {pin}", "문상 PIN {pin} 1단계요", "컬쳐랜드 {pin} 입장 부탁"]))
        c.ctx["repins"] = list(c.ctx["pins"][-1:])
        c.say(paybot, later(t, 0.1, 2), "확인완료 ✅ {repin} → 1단계 링크 DM 발송", reply=m, keep=True)
        role(paybot, "operator")
    for pr in payers[8:14]:
        role(pr, "payer")
        c.say(pr, rand_time(a, D(8, 10)), _rand(["비트로 보냄 {w_btc} 캡처 봇한테 드림", "{w_btc} 여기로 {amt:0.0041 BTC} 보냈어요",
                                                  "입금 완료 {amt:5만원} 하나은행", "1단계 {amt:50,000원} 이체했습니다"]))
    c.ctx["bad_btc"] = ("btc", BAD_BTC, False)
    m = c.say(payers[14], D(7, 2, 23), "{bad_btc} 여기 맞아요? 계속 안 가는데", keep=True)
    role(payers[14], "payer")
    c.say(desk, later(m.t), "주소 틀렸음 복붙하세요 {w_btc}", reply=m, keep=True)
    # recruiter K advertises the sponsor job and declares his handle
    role(rec_k, "operator")
    c.say(rec_k, D(6, 8, 20), "스폰 알바 찾는 애들 연결해주면 인센 드림. DM은 @k_sponsor_biz 로", keep=True)
    c.say(rec_k, D(6, 19, 23), "고액알바 찾는 학생 있으면 소개 ㄱ 사례 확실함", keep=True)
    c.say(viewers_talk[3], D(7, 28, 22), "@k_sponsor_biz 이 사람 요즘 안 보이네", keep=True)
    c.say(deleted_old, D(6, 11, 1), "ETH로 내도 되죠?", keep=True)
    c.say(phone_cross, D(6, 20, 20), "2단계 바로 가려면 어떻게 해요", keep=True)
    c.say(two_wallet_a, D(6, 14, 23), "눈팅중", keep=True)
    return c


def tier1():
    c = Chat("유리상자 1단계", "private_supergroup", "criminal", "2026-08-21 (1)")
    c.ctx.update(w_btc=("btc", OP_BTC), w_btc2=("btc", OP_BTC2), ghost=("eth", GHOST_ETH),
                 polaris=("btc", POLARIS_BTC), w_bank=("bank_account", OP_BANK[1]))
    a, b = D(6, 5), D(8, 20)
    members = payers + solicitors + viewers_talk[:16] + [reposter, deleted_old, two_wallet_a, overlap_viewer]
    _joins(c, members + viewers_join[:20], a, D(7, 25), "안내데스크")
    c.say(uploader, D(6, 5, 22), "1단계 공지: 업로드는 배달부만. 잡담 ㄱㅊ, 외부유출시 강퇴+신상", keep=True)
    role(uploader, "operator")
    for i in range(30):
        t = rand_time(a, b)
        _upload(c, uploader, t, _rand(["새거 📦 {series}", "{series} 올림", "오늘 자료 📦", "ㅈㅅㅇ 1탄 {series}",
                                       "신입 {series}", "미션 인증본 {series}", "요청 많던 거 {series}", ""]))
        for _ in range(R.randrange(1, 4)):
            c.say(_rand(members), later(t, 1, 90), _rand(REACT))
    for i in range(8):
        _upload(c, reposter, rand_time(a, b), _rand(["다른방 거 퍼옴", "", "이거 2단계 거임 ㅋㅋ", "옆동네 자료"]),
                fwd=_rand(["유리상자 2단계", "정리방", "딴방 자료실", None]))
    for s in solicitors:
        role(s, "solicitor")
        for _ in range(R.randrange(2, 5)):
            c.say(s, rand_time(a, b), _rand(SOLICIT))
    for _ in range(45):
        c.say(_rand(members), rand_time(a, b), _rand(OFFTOPIC + REACT + OPSEC))
    for v in viewers_talk[:5]:
        c.say(v, rand_time(a, b), _rand(QUOTE_SARC))
    for pr in payers[10:20]:
        role(pr, "payer")
        c.say(pr, rand_time(D(6, 20), b), _rand(["2단계 업글 {amt:10만원} 보냈어요 하나 {w_bank}", "2단계 차액 비트로 {w_btc2}",
                                                  "업글 입금했어요 봇 확인 부탁", "차액 {amt:100,000원} 이체 완료"]))
    for s in solicitors[:4]:
        role(s, "payer")
        c.say(s, rand_time(a, b), _rand(["1단계 입금 {amt:5만원} 했으니까 좋은 거 좀", "돈 냈으니 미션 리퀘 받아줘요"]))
    c.say(deleted_old, D(6, 12, 0), "입금 {amt:0.018 ETH} 완료. 혹시 환불이면 제 이더 지갑 {ghost} 로 주세요", keep=True)
    role(deleted_old, "payer")
    c.say(two_wallet_a, D(6, 16, 22), "비트 보냈어요. 보낸 주소 제 지갑 {polaris} 입니다", keep=True)
    role(two_wallet_a, "payer")
    m = c.say(payers[0], D(7, 3, 21), "{w_btc} 여기로 보냈는데 확인 언제 돼요", keep=True)
    c.say(payers[1], later(m.t), "저도 {w_btc} 로 보냈음 아직 안 됨 ㅋㅋ", keep=True)
    c.say(collector, later(m.t, 20, 60), "둘 다 확인함. 블록 느려서 그럼", keep=True)
    role(collector, "operator")
    return c


def tier2():
    c = Chat("유리상자 2단계", "private_supergroup", "criminal", "2026-08-21 (2)")
    c.ctx.update(w_btc=("btc", OP_BTC), ghost=("eth", GHOST_ETH), shrimp=SHRIMP_PHONE,
                 w_eth=("eth", OP_ETH), bad_eth=("eth", BAD_ETH, False))
    a, b = D(6, 20), D(8, 20)
    members = payers[10:] + solicitors[:10] + viewers_talk[:6] + [reposter, reposter2, successor, phone_cross]
    _joins(c, members, a, D(8, 1), "안내데스크")
    for i in range(18):
        t = rand_time(a, b)
        _upload(c, uploader, t, _rand(["ㅈㅅㅇ 2탄", "2단계 전용 {series}", "미션 인증 {series} 📦", "채은 건 정리본",
                                       "신입 {series} 첫 인증", "쪽지 인증 {series}"]))
        for _ in range(R.randrange(1, 3)):
            c.say(_rand(members), later(t, 1, 60), _rand(REACT))
    for _ in range(6):
        _upload(c, reposter2, rand_time(a, b), _rand(["딴방에서 가져옴", "", "모음집"]), fwd=_rand(["자료공유방", None]))
    for s in solicitors[:10]:
        for _ in range(R.randrange(2, 4)):
            c.say(s, rand_time(a, b), _rand(SOLICIT))
    c.say(solicitors[2], D(7, 9, 23), "ㅈㅅㅇ 다음 미션은 교실 칠판에 방 이름 쓰기 어때요", keep=True)
    c.say(solicitors[5], D(7, 19, 0), "채은이한테 제 닉 부르는 영상 시켜주세요 ㅋㅋ 3단계 갈게요", keep=True)
    for _ in range(25):
        c.say(_rand(members), rand_time(a, b), _rand(OFFTOPIC + REACT))
    for pr in payers[10:16]:
        role(pr, "solicitor")
        c.say(pr, rand_time(a, b), _rand(SOLICIT))
    for pr in payers[16:]:
        role(pr, "payer")
        c.say(pr, rand_time(D(7, 1), b), _rand(["3단계 {amt:20만원} 이더로 {w_eth}", "3단계 업글 입금함",
                                                 "3단계 차액 {amt:200,000원} 보냄"]))
    m = c.say(payers[17], D(7, 22, 22), "{bad_eth} 이거 맞나요 안 보내짐", keep=True)
    c.say(collector, later(m.t), "대소문자 그대로 복붙 {w_eth}", reply=m, keep=True)
    c.say(successor, D(7, 21, 21), "전 계정(유령) 지웠어요. 그때 환불지갑 {ghost} 제꺼 맞음", keep=True)
    c.say(successor, D(7, 21, 22), "2단계 {amt:10만원} 입금했고요", keep=True)
    role(successor, "payer")
    c.say(phone_cross, D(7, 2, 20), "입금자명 달라서요 확인 안 되면 제 번호 {shrimp} 로 문자 주세요", keep=True)
    c.say(phone_cross, D(7, 2, 21), "2단계 {amt:150,000원} 이체했습니다", keep=True)
    role(phone_cross, "payer")
    return c


def tier3():
    c = Chat("유리상자 3단계 🔒", "private_supergroup", "criminal", "2026-08-22")
    c.ctx.update(w_xmr=("xmr", OP_XMR), polaris=("btc", POLARIS_BTC))
    a, b = D(7, 5), D(8, 21)
    members = payers[16:] + solicitors[:5] + [two_wallet_b]
    _joins(c, members, a, D(8, 5), "상자지기")
    c.say(boss, D(7, 5, 22), "3단계는 인원 제한함. 여기서 본 거 밖에 새면 니 신상도 뿌림", keep=True)
    c.say(boss, D(7, 6, 22), "다음부턴 모네로만 받음 {w_xmr}", keep=True)
    for i in range(12):
        t = rand_time(a, b)
        _upload(c, uploader, t, _rand(["3단계 전용 📦 {series}", "@seoa_j07 풀버전", "리퀘 미션 완료본", "신입 원본"]))
        c.say(_rand(members), later(t, 1, 30), _rand(REACT))
    for s in solicitors[:5]:
        c.say(s, rand_time(a, b), _rand(SOLICIT))
    for _ in range(10):
        c.say(_rand(members), rand_time(a, b), _rand(OFFTOPIC + REACT))
    c.say(payers[20], D(7, 30, 23), "XMR {amt:0.9 XMR} 보냄 {w_xmr}", keep=True)
    c.say(two_wallet_b, D(8, 2, 23), "부계로 왔어요. 환불 주소는 전처럼 제 지갑 {polaris}", keep=True)
    c.say(two_wallet_b, D(8, 2, 23, ), "3단계 {amt:35만원} 완료", keep=True)
    role(two_wallet_b, "payer")
    return c


def staff():
    c = Chat("상자 관리팀", "private_group", "criminal", "2026-08-22 (1)", sparse=True)
    c.ctx.update(w_btc=("btc", OP_BTC), minji="⟪%d|민지⟫" % v_minji.id)
    c.service_msg(boss, D(6, 1, 23), "create_group", title="상자 관리팀",
                  members=[x.name for x in (boss, collector, rec_k, rec_haru, uploader)])
    role(boss, "operator")
    say = lambda acc, t, s, **kw: c.say(acc, t, s, keep=True, **kw)  # noqa: E731
    say(boss, D(6, 1, 23), "여기서만 얘기함. 모집방은 내 부계 @glassbox_desk 로 돌림. 안내데스크 = 나임")
    say(boss, D(6, 2, 0), "결제봇 세팅 끝. PIN 들어오면 자동 확인")
    say(collector, D(6, 2, 12), "계좌는 하나로 통일. 비트 지갑 {w_btc} 계속 씀")
    say(rec_k, D(6, 9, 22), "랜챗에서 스폰 미끼로 하나 잡음. 고1, 학교랑 반, 엄마 번호까지 받았음")
    say(rec_k, D(6, 9, 22), "@seoa_j07 정서아. 인스타 아이디도 따놨음")
    say(boss, D(6, 9, 23), "ㅇㅋ 천천히 길들여. 처음엔 용돈 준다고 해")
    say(rec_haru, D(6, 15, 21), "저는 언니인 척 하는 중이에요. 윤채은, 스폰 소개해준다니까 다 알려주더라구요")
    say(rec_haru, D(6, 22, 23), "채은이 오늘 밤 10시까지 안 하면 학교 단톡에 올린다고 해놨어요")
    say(boss, D(6, 22, 23), "말투 존댓말로 해. 그게 더 무서움")
    say(rec_k, D(6, 26, 1), "{minji} 얘는 연락 끊김. 번호 바꾼 듯")
    say(boss, D(6, 26, 1), "끊기면 신상 뿌린다고 한번 더 보내")
    say(rec_haru, D(7, 1, 22), "이수빈 이라고 새로 하나 있어요. 아직 신상만 받은 단계")
    say(rec_k, D(7, 3, 22), "수빈이는 하루가 계속 맡아")
    say(rec_k, D(7, 8, 23), "@dahye_x02 이 계정 애도 스폰 미끼 물었음. 이름은 아직 모름")
    say(rec_haru, D(7, 12, 22), "@hayeon_0923 김하연, 학생이래요. 부모님 가게 주소까지 받았어요")
    say(boss, D(7, 12, 22), "ㅇㅋ 2단계 신입으로 올려")
    say(uploader, D(7, 13, 21), "ㅈㅅㅇ 2탄 2단계에 올림. 회원들 반응 좋음")
    say(uploader, D(7, 18, 20), "ㅇㅅㅂ 건은 아직 자료 없죠?")
    say(rec_haru, D(7, 18, 20), "네 수빈이는 아직이요")
    say(rec_k, D(7, 20, 23), "@k_sponsor_biz 정지 먹음. 새 계정 만들어서 다시 들어올게")
    c.service_msg(boss, D(7, 21, 13), "invite_members", members=[rec_k2.name, collector_en.name])
    say(rec_k2, D(7, 21, 14), "K임. 예전 @k_sponsor_biz 쓰던 사람. 폰도 바꿈")
    say(boss, D(7, 21, 14), "ㅇㅇ 확인")
    say(collector_en, D(7, 21, 15), "this is my 2nd acc btw, same guy as 정산. for the english buyers")
    say(collector, D(7, 21, 15), "ㅇㅇ Ledger 나임. 외국인 결제는 그걸로 받음")
    role(rec_k2, "operator")
    role(collector, "operator")
    role(collector_en, "operator")
    role(rec_haru, "operator")
    for mo, d in [(6, 30), (7, 15), (7, 31), (8, 15)]:
        say(collector, D(mo, d, 23), _rand(["이번 정산 {amt:0.21 BTC} + 문상 {n}장", "정산: 계좌 {amt:340만원}, 코인 따로",
                                            "이번주 {amt:2,150,000원} 들어옴", "정산 끝 각자 {amt:60만원}씩"]))
    say(collector_en, D(8, 3, 2), "3 buyers paid today, {amt:1.2 ETH} total")
    for _ in range(45):
        acc = _rand([boss, collector, rec_haru, uploader, rec_k2, desk])
        c.say(acc, rand_time(D(6, 3), D(8, 20)), _rand(["회의 ㄱ", "ㅇㅋ", "오늘 업로드 쉼", "모집방 신입 많음",
                                                         "캡처 돌아다니는지 확인 좀", "나 오늘 야근", "밥 먹고 옴",
                                                         "폭염 미쳤다", "내일 경기 보냐", "공지 올렸음",
                                                         "결제봇 또 멈춤", "3단계 인원 다 참", "ㅋㅋㅋ",
                                                         "경찰 얘기 나오면 바로 방 폭파", "모집방 가격 올릴까",
                                                         "문상 현금화 내일 함", "신입 리퀘 목록 정리 중",
                                                         "2단계 애들이 미션 리퀘 너무 많이 함 ㅋㅋ", "주말엔 쉼",
                                                         "새 계정 만들 때 번호 조심", "ㄱㄱ", "확인", "피곤하다"]))
    say(rec_k2, D(8, 10, 23), "서아 요즘 말 안 들음. 학교 단톡 캡처 한장 보내서 겁줌")
    say(boss, D(8, 11, 0), "김하연은 보류. 부모가 눈치챈 듯")
    return c
