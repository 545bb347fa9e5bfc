"""Accounts of dev-3, their hand-assigned roles (by what each account does in the scripts),
victims, identity links and non-links.  Keys are the short names the scripts use."""
import engine as E

ACC = {}
ROLE = {}


def mk(key, name, handle=None, roles=None, deleted=False, prefix="user"):
    ACC[key] = E.Acc(name, handle, style={}, deleted=deleted, prefix=prefix)
    ACC[key].key_name = key
    if roles:
        ROLE[key] = roles


# ---------------------------------------------------------------- the ring (staff group, 1:1 chats)
mk("boss", "곰사장", "@gom_boss_25", ["operator"])             # runs the ring; in staff only
mk("bossalt", "관리실", "@gwanri_sil", ["operator"])            # boss's stated alt: runs the resale room
mk("scr1", "루나", "@luna_x_luna", ["operator"])               # scripter; shown as 하린 in the export made in October
mk("scr2", "지유", "@jiyu_0o0", ["operator"])                  # scripter, polite-form blackmail
mk("mia", "Mia", "@mia_cam_love", ["operator"])                # scr2's stated second account, English victims
mk("scr4", "케이", "@k_script", ["operator"])                  # scripter; also sells phones in the used-phone market
mk("coll1", "정산", "@jeongsan_01", ["operator"])              # collector, later banned
mk("coll2", "정산2", "@jeongsan_02", ["operator"])             # collector's new account ("본계 터져서 부계로 왔음")
mk("sales", "새벽상점", "@saebyeok_shop", ["operator", "distributor"])  # resells recordings, runs entry
# ---------------------------------------------------------------- victims with accounts (1:1 chats)
mk("vic1", "최민혁")        # scr1's export of the coercion chat (반말)
mk("vic2", "Yoon")          # the victim's own export (존댓말); called 이윤서 / @ys_lee_03 / ㅇㅇㅅ elsewhere
mk("vic3", "Daniel")        # Mia's export, English
mk("vic4", "준영")          # the victim's own export; scr4 shows as "Kei" there

# ---------------------------------------------------------------- resale room members
mk("up1", "택배왕", "@parcel_king", ["distributor"])
mk("owl1", "올빼미", "@night_owl_kr", ["payer", "solicitor"])
mk("owl2", "부엉이", None, ["payer"])
mk("ghost1", "Ghost_K", "@ghostk_main", ["payer", "solicitor"])
mk("ghost2", "gk", None, ["solicitor"])
mk("del1", "노랑", "@yellowcab77", ["payer"], deleted=True)
mk("taxi", "노란택시", None, ["payer"])
mk("fry", "감자튀김", None, ["payer"])
mk("pA", "불닭", None, ["payer"])
mk("pB", "쿨가이", None, ["payer"])
mk("pC", "무명", None, ["payer"])
mk("pD", "ㄱㄴㄷ", None, ["payer", "solicitor"])
mk("pE", "hwan", None, ["payer"])
mk("pF", "steve", None, ["payer"])
mk("pG", "라면왕", None, ["payer"])
mk("pH", "달빛", None, ["payer"])
mk("pI", "ㅇㅇ", None, ["payer"])
mk("pJ", "김부장", None, ["payer", "solicitor"])
mk("sA", "새우깡", None, ["solicitor"])
mk("sB", "귤", None, ["solicitor"])
mk("sC", "검은별", None, ["solicitor"])
mk("sD", "xx", None, ["solicitor"])
mk("sE", "밤샘", None, ["solicitor"])
mk("sF", "Jin", None, ["solicitor"])
mk("sG", "삼겹살", None, ["solicitor"])
mk("vA", "민준", None)             # viewer; display-name collision with a student in the class group
mk("vB", "고독한늑대", None)
mk("vC", "ㅎㅎ", None)
mk("vD", "민트", None)             # viewer; also jokes with a friend in a benign 1:1 chat (exports it)
mk("vE", "회색", None)
mk("vF", "nobody", None)
mk("vG", "탄산수", None)
mk("vH", "구경꾼", None)
mk("vI", "ㅇㅇ", None)             # second ㅇㅇ (collision with pI)
mk("vJ", "tom", None)
mk("vK", "한량", None)
mk("pK", "하루살이", None, ["payer"])
mk("pL", "문상왕", None, ["payer"])
mk("pM", "btc_lover", None, ["payer"])
mk("pN", "소금빵", None, ["payer"])
mk("sH", "조용한사람", None, ["solicitor"])
mk("sI", "야식", None, ["solicitor"])
mk("sJ", "뒷북", None, ["solicitor"])
mk("sK", "감사충", None, ["solicitor"])
mk("vL", "눈팅족", None)          # says more than once he has NOT paid (negation); viewer
mk("vM", "초보", None)
mk("vN", "ㄴㄴ", None)
mk("vO", "비오는날", None)
mk("vP", "의심많음", None)
mk("vQ", "팩폭러", None)          # quotes other people's requests sarcastically; viewer
mk("vR", "월급루팡", None)
for i, n in enumerate(["시골쥐", "ㅁㅁ", "abc123", "동동", "Neo", "김씨", "푸른밤", "ghost", "초코", "정글",
                       "J", "먹구름", "바람", "ㅋㅋ맨", "토끼", "kkk", "쏘주", "미스터리", "우주인", "lee",
                       "고양이발", "빵", "돌맹이", "ㄹㄹ", "야간조", "망고", "zero", "곰돌", "모름", "박"], 1):
    mk("j%02d" % i, n, None)       # only join (and maybe one greeting)

# ---------------------------------------------------------------- benign people
BENIGN_NAMES = {
    # dating-advice community
    "d_host": "연애코치 수진", "d01": "하린", "d02": "솔로탈출", "d03": "곰돌이푸", "d04": "민성", "d05": "쭈니",
    "d06": "썸타는중", "d07": "Jay", "d08": "소심이", "d09": "예린", "d10": "직장인A", "d11": "오늘도맑음",
    "d12": "뚜벅이", "d13": "현우", "d14": "사랑꾼", "d15": "ㅂㅂ", "d16": "노을", "d17": "김대리", "d18": "Hana",
    "d19": "연애고자", "d20": "지나가던사람", "d21": "봄", "d22": "와플", "d23": "taeho", "d24": "카페인",
    # used-phone market
    "m_admin": "장터지기", "m01": "폰팔이아님", "m02": "아이폰러", "m03": "갤럭시매니아", "m04": "직거래만",
    "m05": "튀김장인", "m06": "서초구", "m07": "학생이에요", "m08": "suho", "m09": "중고왕", "m10": "택배거래",
    "m11": "정직맨", "m12": "ㅅㅅ", "m13": "노트북도팜", "m14": "부산", "m15": "새거같은중고", "m16": "윤",
    "m17": "마포", "m18": "케이스수집가", "m19": "jm", "m20": "액정깨짐",
    # high-school class group (2학년 5반)
    "c_t": "담임 박선생님", "c01": "민준", "c02": "서연", "c03": "지호", "c04": "하은", "c05": "도현",
    "c06": "시우", "c07": "예준", "c08": "수아", "c09": "건우", "c10": "유진", "c11": "반장 채원",
    "c12": "태윤", "c13": "나연", "c14": "승민", "c15": "은서", "c16": "주원", "c17": "가은", "c18": "현서",
    # freelance video-editing group
    "e_admin": "편집실장", "e01": "컷편집 장인", "e02": "모션그래퍼 리오", "e03": "영상PD 김", "e04": "자막요정",
    "e05": "유튜버 먹방곰", "e06": "웨딩영상 스튜디오봄", "e07": "색보정 현", "e08": "프리랜서 J", "e09": "초보편집러",
    "e10": "드론촬영 하늘", "e11": "브이로그 소영", "e12": "이벤트영상팀", "e13": "ㅍㅍ", "e14": "사운드 믹싱 민",
    "e15": "쇼츠전문",
    # benign 1:1 chats
    "mom": "엄마", "son": "이준서", "friend": "준호", "tenant": "박지원", "landlord": "301호 집주인",
}
for k, n in BENIGN_NAMES.items():
    mk(k, n, None)

# ---------------------------------------------------------------- artifacts
BANK_OF = {"mule1": "국민", "mule2": "농협", "refund_owl": "카뱅", "seller_m03": "카뱅", "seller_m09": "토스",
           "seller_m11": "신한", "seller_scr4": "우리", "class_fund": "카뱅", "rent": "국민", "edit_e03": "하나",
           "edit_e06": "신한", "edit_e11": "케이", "refund_pj": "우리", "d_fee2": "토스", "mom_card": "농협", "d_fee": "토스"}
BTC_STYLE = {"coll": "bech32", "coll_old": "p2pkh", "pF": "p2sh", "ghost": "bech32"}

# ---------------------------------------------------------------- victims
VICTIMS = [
    {"account": "vic1", "mention": "@minhyuk_c", "name": "최민혁"},
    {"account": "vic2", "mention": "@ys_lee_03", "name": "이윤서"},
    {"account": "vic3", "mention": None, "name": "Daniel"},
    {"account": None, "mention": "@jh_0817", "name": None},
    {"account": None, "mention": None, "name": "김태현"},
    {"account": None, "mention": "@seongmin_0x", "name": "정성민"},
    {"account": "vic4", "mention": None, "name": "박준영"},
]

LINKS = [
    ("coll1", "coll2", "stated alt: the collector's new account says '본계 터져서 부계로 왔음' and the boss confirms; both post the same mule account as the collector"),
    ("scr2", "mia", "stated alt (Korean and English): 지유 says the English cases run on her second account Mia; Mia says 'this is my backup acc' in the staff room"),
    ("boss", "bossalt", "stated alt: the boss says the resale room's 관리실 account is his own sub-account (부계)"),
    ("owl1", "owl2", "stated alt: new account says '예전 @night_owl_kr 쓰던 사람'; the old account had said 'DM은 @night_owl_kr'"),
    ("ghost1", "ghost2", "stated alt (English): 'old acc got nuked, its me ghost' with @ghostk_main; the old account had said 'dm me at @ghostk_main'"),
    ("del1", "taxi", "deleted account's ETH refund wallet ('제 이더 지갑') re-posted by the new account as its own; the new account confirms it is the deleted yellowcab account"),
    ("fry", "m05", "the same phone number stated as '제 번호' in the resale room and in the used-phone market"),
]

NON_LINKS = [
    ("pA", "coll1", "payer posted a 문화상품권 PIN; the collector re-posted the same PIN in the staff room as checked (payee, not the same person)"),
    ("pC", "coll1", "payer posted a gift-card PIN; the collector re-posted it in the staff room"),
    ("pI", "coll2", "payer posted a gift-card PIN; the new collector account re-posted it in the staff room"),
    ("pB", "pE", "two payers both paid to the collector's USDT(ERC20)/ETH address"),
    ("pB", "coll1", "payer repeats the collector's wallet it paid to"),
    ("pG", "pH", "two payers both transferred to the same 농협 mule account"),
    ("vE", "owl1", "viewer quotes the handle @night_owl_kr of someone else ('@night_owl_kr 요즘 안 보이네')"),
    ("scr1", "d01", "display-name collision: scr1 showed as 하린 in the October export; 하린 is also a dating-advice member"),
    ("vA", "c01", "display-name collision: 민준 in the resale room and a student 민준 in the class group"),
    ("pI", "vI", "display-name collision: two different ㅇㅇ accounts in the resale room"),
    ("m07", "m03", "buyer repeats the seller's 카뱅 account to confirm the transfer"),
    ("c11", "c04", "class member repeats the class rep's 카뱅 account for the class fund"),
    ("scr4", "m09", "scr4 repeats a market seller's 토스 account while buying a phone case bundle"),
]


def truth(chats, payments):
    label = {c.name: c.label for c in chats}
    seen = {}
    for c in chats:
        for m in c.msgs:
            if m.acc is not None:
                seen.setdefault(m.acc.key_name, set()).add(c.name)
            for p in __import__("re").findall(r"⟪(\d+)\|", m.text):
                pass
    vic_keys = {v["account"] for v in VICTIMS if v["account"]}
    participants, benign = [], []
    for key, acc in ACC.items():
        if key not in seen:
            raise SystemExit("account never appears: " + key)
        crim = any(label[c] == "criminal" for c in seen[key])
        if key in vic_keys:
            continue
        if crim:
            participants.append({"account": acc.key, "roles": ROLE.get(key, ["viewer"])})
        else:
            if key in ROLE:
                raise SystemExit("role given to a benign-only account: " + key)
            benign.append(acc.key)
    for key in ROLE:
        if not any(label[c] == "criminal" for c in seen[key]):
            raise SystemExit("role but no criminal room: " + key)
    order = {"operator": 0, "distributor": 1, "solicitor": 2, "payer": 3, "viewer": 4}
    for p in participants:
        p["roles"] = sorted(p["roles"], key=order.get)
    participants.sort(key=lambda p: p["account"])
    benign.sort()
    t = {
        "participants": participants,
        "potential_victims": [{"account": ACC[v["account"]].key if v["account"] else None,
                               "mention": v["mention"], "name": v["name"]} for v in VICTIMS],
        "benign_chats": [c.name for c in chats if c.label == "benign"],
        "benign_accounts": benign,
        "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in LINKS],
        "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in NON_LINKS],
        "payments": payments,
        "rooms": {c.name: c.label for c in chats},
    }
    detail = {"accounts": [{"account": acc.key, "display_name": acc.name, "handle": acc.handle,
                            "deleted": acc.deleted, "chats": sorted(seen[key]), "script_key": key,
                            "roles": ROLE.get(key, ["victim"] if key in vic_keys else (
                                ["viewer"] if any(label[c] == "criminal" for c in seen[key]) else ["benign"]))}
                           for key, acc in ACC.items()]}
    return t, detail
