"""Accounts of dev-4, their roles (assigned by hand from what each one does in the scripts),
the potential victims, identity links and non-links; builds truth.json / truth_detail.json."""
import engine as E

ACC, KEY_OF, ROLE = {}, {}, {}
BANK_OF = {"mule1": "국민", "mule2": "농협", "mule3": "토스", "shop": "카뱅", "refund_delp": "신한",
           "cctv_boss": "우리", "club": "카뱅", "gonggu": "농협",
           "bike": "국민", "film": "카뱅", "books": "카뱅"}


def acc(key, name, roles=None, **kw):
    a = E.Acc(name, **kw)
    ACC[key], KEY_OF[a.id] = a, key
    if roles:
        ROLE[key] = roles
    return a


# ---------------------------------------------------------------- the ring
acc("chan", "몰래보는 맛보기 👀", ["operator", "distributor"], prefix="channel")
acc("boss", "사장", ["operator"])
acc("desk", "VIP상담", ["operator"])          # boss's alt ("상담 계정은 내 부계")
acc("upl", "필름공장", ["operator", "distributor"])   # uploader; coerces his ex-partner 수빈
acc("upl2", "공장2호", ["distributor"])         # uploader's announced alt
acc("coll", "정산팀", ["operator"])            # collector: confirms payments, re-posts PINs
acc("mod", "문지기", ["operator"])             # moderator: admits / kicks
acc("d1", "택배기사", ["distributor"])          # forwards from other channels
acc("d2", "ㄱㄱ맨", ["distributor", "solicitor"])  # bare "ㄱㄱ" + link drops, also asks
acc("d3", "하드디스크", ["distributor", "payer"])   # bare file posts, paid in PIN
acc("hana1", "하나둘셋", ["solicitor"])         # "DM은 @hana_dm77 로"
acc("hana2", "하나둘셋2", ["solicitor", "payer"])  # "예전 @hana_dm77 쓰던 사람"
acc("delp", "민트", ["payer"], deleted=True)   # later deleted ("Deleted Account")
acc("delp2", "민트초코칩", ["payer", "solicitor"])  # "지워진 계정 저예요", same 신한 refund account
acc("mk", "엠케이", ["payer"])                 # same ETH wallet as Mark in the English DM
acc("mark", "Mark K", ["solicitor", "payer"])  # English buyer (1:1 with VIP상담)
acc("buyer", "검은고양이", ["solicitor", "payer"])  # negotiates privately with VIP상담
acc("phonep", "오늘도출근", ["payer"])          # phone "제 번호" in VIP; same phone in the market (mkt_ph)
acc("minsu", "민수", ["viewer"])               # display-name collision with 민수 in the CCTV group
acc("oo1", "ㅇㅇ", ["solicitor"])
acc("oo2", "ㅇㅇ", ["viewer"])
acc("quoter", "눈팅만함", ["viewer"])           # quotes @hana_dm77, sarcastic quotes of requests
acc("notpaid", "월급루팡", ["viewer"])          # "저 입금 안 했어요"

# victims
acc("subin", "수빈")                            # ex-partner, coerced in a 1:1 chat
acc("haeun", "하은")                            # joins the lounge to ask for removal; kicked

# crowd (roles by group; each one speaks its pool lines in turn)
SOL = ["s%02d" % i for i in range(1, 15)]
PAY = ["p%02d" % i for i in range(1, 17)]
SP = ["x%02d" % i for i in range(1, 6)]
VCH = ["v%02d" % i for i in range(1, 15)]
SIL = ["q%02d" % i for i in range(1, 61)]
_NAMES = ("밤바다 코코넛 야간근무 구름빵 ㄱㄴㄷ 라면왕 파란우산 dd 탕수육 zzz 바람 오징어 "
          "새벽3시 곰돌이 헬창 편의점 고등어 블랙 쿨쿨 무명 배고파 노을 k 흰둥이 철수 "
          "두부 한강 소주한잔 ㅁㅁ 레몬 갈매기 j 회색 보리차 야구광 고양이집사 몽 "
          "닉없음 Ghost 고구마 사과 냥 퇴근각 우동 ray 밤11시 dk 포도 소나기 "
          "잠만보 77 냠냠 파도 ㅎㅇ 직장인 겨울 마라탕 감자 Tom 오리 둥둥 낚시꾼 "
          "초보 솔방울 ㅋ 산책 빵 콩 초코 바닐라 커피 녹차 ㅌㅌ 곰 hj 다람쥐 여름 호수 "
          "밤 별 소금 후추 ㄷㄷ 안녕 도토리 라떼 민트 bb 토끼 풍선 해바라기 연필 "
          "지우개 버스 택시 지하철 기차 비행기 배 자전거 사다리 망원경 "
          "양말 모자 우산 장화 신발끈 손전등 나침반 돋보기 시계 달력").split()
_n = iter(_NAMES)
for k in SOL:
    acc(k, next(_n), ["solicitor"])
for k in PAY:
    acc(k, next(_n), ["payer"])
for k in SP:
    acc(k, next(_n), ["solicitor", "payer"])
for k in VCH:
    acc(k, next(_n), ["viewer"])
for k in SIL:
    acc(k, next(_n), ["viewer"])

# ---------------------------------------------------------------- benign people
BENIGN_KEYS = []


def bacc(key, name, **kw):
    BENIGN_KEYS.append(key)
    return acc(key, name, **kw)


for key, name in [
        # CCTV installers
        ("c_boss", "한결보안 대표"), ("c1", "민수"), ("c2", "김기사"), ("c3", "박과장"), ("c4", "설치왕 이주임"),
        ("c5", "오반장"), ("c6", "정기사"), ("c7", "윤실장"), ("c8", "신입 태호"),
        # apartment residents
        ("a_mgr", "관리사무소"), ("a1", "302동 주민"), ("a2", "105동 703호"), ("a3", "동대표 김영숙"),
        ("a4", "201동 엄마"), ("a5", "한빛3단지 주민"), ("a6", "101동"), ("a7", "ㅇㅇ"), ("a8", "산책러"),
        ("a9", "104동 1502"), ("a10", "경비실 이반장"),
        # photo club
        ("f_pres", "회장 도윤"), ("f1", "총무 서연"), ("f2", "지민"), ("f3", "Jay"), ("f4", "예린"),
        ("f5", "현우"), ("f6", "새내기 채원"), ("f7", "필카덕후"), ("f8", "민재"),
        # used-goods market
        ("m_admin", "방장"), ("m1", "자전거팝니다"), ("m2", "새댁"), ("m3", "캠핑러"), ("mkt_ph", "출근러"),
        ("m5", "육아맘"), ("m6", "아이폰구함"), ("m7", "동네주민"), ("m8", "책부자"), ("m9", "무료나눔"),
        # 1:1 chats
        ("gf", "자기 💕"), ("me_gf", "준영"), ("mgr", "김팀장님"), ("me_mgr", "이대리"),
        ("fr", "동현"), ("me_fr", "상우")]:
    bacc(key, name)
BSIL = ["b%02d" % i for i in range(1, 17)]
_bn = iter("은행나무 주말농장 301호 소풍 등산 새싹 라이카 f1.8 필름 나무 하늘색 초록 벚꽃 "
           "수국 딸기 메론".split())
for k in BSIL:
    bacc(k, next(_bn))

# ---------------------------------------------------------------- victims, links, non-links
VICTIMS = [
    {"key": "subin", "mention": "@subin_j2", "name": "정수빈"},
    {"key": "haeun", "mention": None, "name": "박하은"},
    {"key": None, "mention": "@jieun_kim99", "name": "김지은"},
    {"key": None, "mention": "@yoonah_0412", "name": None},
    {"key": None, "mention": None, "name": "이서현"},
]

LINKS = [
    ("boss", "desk", "staff room: '상담 계정 VIP상담은 내 부계'; VIP상담 answers as the boss"),
    ("upl", "upl2", "공장2호 in VIP: '필름공장 부계입니다, 본계 제한 걸려서'; 필름공장 confirms in staff"),
    ("hana1", "hana2", "lounge: 'DM은 @hana_dm77 로'; later in VIP: '예전 @hana_dm77 쓰던 사람입니다'"),
    ("delp", "delp2", "deleted account posted its 신한 refund account as '제 계좌'; 민트초코칩 re-posts it as his and says '지워진 계정 저예요'"),
    ("mk", "mark", "same ETH wallet stated as own: '제 이더 지갑' in VIP and 'my eth wallet' in the English DM"),
    ("phonep", "mkt_ph", "same phone stated as '제 번호' in VIP and in the used-goods market"),
]

NON_LINKS = [
    ("x01", "coll", "collector re-posts x01's 문상 PIN as '확인완료'"),
    ("p03", "coll", "collector re-posts p03's PIN as '확인완료'"),
    ("d3", "coll", "collector re-posts 하드디스크's PIN"),
    ("p01", "p02", "both paid to the same 국민 mule account"),
    ("buyer", "mk", "both sent to the ring's ETH wallet"),
    ("p05", "chan", "payer quotes the channel's BTC wallet"),
    ("quoter", "hana1", "'@hana_dm77 요즘 안 보이네' quotes someone else's handle"),
    ("minsu", "c1", "display-name collision: 민수"),
    ("oo1", "oo2", "display-name collision: ㅇㅇ"),
    ("oo1", "a7", "display-name collision: ㅇㅇ (apartment resident)"),
    ("m6", "m1", "market buyer repeats the seller's account to confirm"),
    ("a2", "a_mgr", "resident repeats the management office's phone number"),
    ("delp2", "coll", "collector repeats the refund account back to 민트초코칩"),
]


def check(chats):
    """Every crowd account spoke in its role at least once (roles are by behaviour)."""
    said = {}
    for c in chats:
        for m in c.msgs:
            if not m.service:
                said.setdefault(KEY_OF[m.acc.id], 0)
                said[KEY_OF[m.acc.id]] += 1
    for k in SOL + PAY + SP + VCH:
        assert said.get(k), "crowd account %s never speaks" % k


def truth(chats, payments):
    rooms = {c.name: c.label for c in chats}
    seen = {}
    for c in chats:
        for m in c.msgs:
            if m.acc is not None:
                seen.setdefault(KEY_OF[m.acc.id], set()).add(c.name)
    vic = {v["key"] for v in VICTIMS if v["key"]}
    parts, ben = [], []
    for key in sorted(seen, key=lambda k: ACC[k].id):
        crim = any(rooms[n] == "criminal" for n in seen[key])
        if key in vic:
            continue
        if crim:
            parts.append({"account": ACC[key].key, "roles": ROLE[key]})
        else:
            assert key in BENIGN_KEYS, key
            ben.append(ACC[key].key)
    t = {"participants": parts,
         "potential_victims": [{"account": ACC[v["key"]].key if v["key"] else None, "mention": v["mention"],
                                "name": v["name"]} for v in VICTIMS],
         "benign_chats": [c.name for c in chats if c.label == "benign"],
         "benign_accounts": ben,
         "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in LINKS],
         "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in NON_LINKS],
         "payments": payments,
         "rooms": rooms}
    detail = {"accounts": {ACC[k].key: {"script_key": k, "name": ACC[k].name, "deleted": ACC[k].deleted,
                                        "chats": sorted(seen[k]), "roles": ROLE.get(k, ["victim"] if k in vic else ["benign"])}
                           for k in sorted(seen, key=lambda k: ACC[k].id)}}
    return t, detail
