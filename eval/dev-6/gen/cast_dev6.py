"""dev-6 cast: accounts, chats, roles, victims, identity links, non-links (assigned by hand)."""

# key, display name, handle, options
CAST = [
    # ---- ring staff
    ("mst", "공방장", "@gongbang_jang", {}),
    ("mstalt", "검수반", "@geomsu_ban", {}),
    ("bot", "필터봇 🤖", "@pilter_gongbang_bot", {}),
    ("chan", "필터공방 📢 공지", None, {"prefix": "channel"}),
    ("latte", "라떼", "@latte_mod", {}),
    ("hadam", "ㅎㄷ", "@hadam_gn", {}),
    ("jsan", "정산맨", "@jeongsan_man", {}),
    # ---- members
    ("dohyun", "이도현", "@dohyun_2k", {}),
    ("taeo", "강태오", "@taeo_k", {}),
    ("bamtol", "밤톨", "@bamtol_main", {}),
    ("bamsub", "밤톨 부계", "@bamtol_sub", {}),
    ("kimchi", "kimchi_lord", "@kimchi_lord", {}),
    ("kl", "K.L.", None, {}),
    ("ghost", "ghost", "@ghost_kr", {}),
    ("yeoubi", "여우비", "@yeoubi_x", {}),
    ("yeoubi2", "비온뒤", "@after_rain_x", {}),
    ("deleted", "새벽세시", None, {"deleted": True}),
    ("saebyeok", "새벽네시", "@four_am_kr", {}),
    ("chanho", "찬호", None, {}),
    ("taebae", "택배", "@taebae_fwd", {}),
    ("rookie", "루키", "@rookie_99", {}),
    ("mint", "민트", None, {}),
    ("happy", "해피", None, {}),
    ("ooo", "ㅇㅇ", None, {}),
    ("subak", "수박", None, {}),
    ("minjic", "민지", None, {}),
    ("jayc", "Jay", "@jay_onthe_run", {}),
    ("sogeum", "소금빵", None, {}),
    ("cheolsu", "철수", None, {}),
    ("norang", "노랑", None, {}),
    ("ttakpul", "딱풀", None, {}),
    ("gomdol", "곰돌이", None, {}),
    ("saeu", "새우깡", None, {}),
    ("r2", "R2", None, {}),
    ("pixel", "픽셀", None, {}),
    ("daon", "다온", None, {}),
    ("dokk", "도깨비", None, {}),
    # ---- victims with accounts (and one known only from a mention_name entity)
    ("seoa", "서아", None, {}),
    ("chaerin", "채린", None, {}),
    ("yuna", "최유나", None, {}),
    # ---- benign: AI art
    ("ai_owner", "노을빛", None, {}), ("ai_a", "프롬프트장인", None, {}), ("ai_b", "수채화", None, {}),
    ("ai_c", "Leo", None, {}), ("ai_d", "감자튀김", None, {}), ("ai_e", "해파리", None, {}),
    ("ai_f", "오로라", None, {}), ("ai_g", "코코", None, {}),
    # ---- benign: photo studio
    ("st", "온빛사진관", None, {}), ("st_a", "김지훈", None, {}), ("st_b", "유하나", None, {}),
    ("chanhob", "최찬호", None, {}), ("st_c", "서민영", None, {}), ("st_d", "윤재석", None, {}),
    # ---- benign: university class
    ("u_rep", "과대 정우진", None, {}), ("minjiu", "민지", None, {}), ("u_a", "송하람", None, {}),
    ("u_b", "박건우", None, {}), ("u_c", "이채윤", None, {}), ("u_d", "Tom", None, {}),
    ("u_e", "한결", None, {}), ("u_f", "조예은", None, {}),
    # ---- benign: k-pop edits
    ("k_own", "NOVA에디트", None, {}), ("jayk", "Jay", None, {}), ("k_a", "별하", None, {}),
    ("k_b", "lumi", None, {}), ("k_c", "딸기우유", None, {}), ("k_d", "nova_ever", None, {}),
    ("k_e", "체리", None, {}),
    # ---- benign: parents
    ("p_rep", "2반 반대표 (서윤맘)", None, {}), ("p_a", "도준아빠", None, {}), ("p_b", "하린엄마", None, {}),
    ("p_c", "지호맘", None, {}), ("p_d", "예서엄마", None, {}), ("p_e", "민재아빠", None, {}),
    # ---- benign 1:1
    ("me1", "준서", None, {}), ("doyun", "도윤", None, {}),
    ("me2", "임수빈", None, {}), ("tj", "박팀장", None, {}),
    ("me3", "하윤", None, {}), ("sis", "언니", None, {}),
]
NAME_OF = {c[0]: c[1] for c in CAST}

_A = ["달", "별", "구름", "파도", "모래", "바람", "솔", "밤", "눈", "비", "숲", "강", "돌", "불꽃", "새",
      "여름", "겨울", "봄", "가을", "노을"]
_B = ["이", "빛", "꽃", "곰", "토끼", "고양이", "늑대", "사냥꾼", "덕후", "왕", "맨", "러", "킹", "쟁이", "짱",
      "99", "07", "_x", "ㅋ", "2"]
_E = ["neo", "zzz", "kdh", "mk", "jjj", "anon", "bb", "lucky", "wolf", "x_x", "h2o", "q"]


def passive_names():
    out, seen = [], set()
    i = c = 0
    for a in _A:
        for b in _B:
            c += 1
            if c % 4:
                continue
            nm = a + b
            if nm in seen:
                continue
            seen.add(nm)
            i += 1
            out.append(("p%03d" % i, nm))
    for j, e in enumerate(_E):
        i += 1
        out.append(("p%03d" % i, e + str(j * 7 + 3)))
    return out


PASSIVE = [k for k, _ in passive_names()]

CHATS = [
    dict(name="필터공방 📢 공지", type="private_channel", label="criminal", export="2026-05-12", script="chan"),
    dict(name="필터공방 로비 (인증대기)", type="public_supergroup", label="criminal", export="2026-05-12",
         script="lobby", greet="bot"),
    dict(name="필터공방 경기남부 🏫", type="private_supergroup", label="criminal", export="2026-05-13", script="south"),
    dict(name="솔내고 🔒", type="private_group", label="criminal", export="2026-05-08", script="school",
         sparse=True),
    dict(name="필터공방 서울동부·직장", type="private_supergroup", label="criminal", export="2026-05-13", script="east",
         names={"dokk": "dokkaebi"}),
    dict(name="운영진", type="private_group", label="criminal", export="2026-05-14", script="staff", sparse=True),
    dict(name="이도현", type="personal_chat", label="criminal", export="2026-04-20", script="dm_seoa", sparse=True),
    dict(name="윤채린", type="personal_chat", label="criminal", export="2026-04-28", script="dm_chaerin", sparse=True),
    dict(name="AI 그림 연구소 🎨", type="public_supergroup", label="benign", export="2026-05-20", script="ai"),
    dict(name="온빛사진관 예약·상담", type="private_supergroup", label="benign", export="2026-05-02", script="studio"),
    dict(name="26-1 경영학원론 03분반", type="private_group", label="benign", export="2026-06-10", script="univ",
         sparse=True),
    dict(name="NOVA 팬에디트 요청방 ✂️", type="public_supergroup", label="benign", export="2026-05-25", script="kpop"),
    dict(name="한빛중 2학년 학부모", type="private_group", label="benign", export="2026-04-15", script="parents",
         sparse=True),
    dict(name="도윤", type="personal_chat", label="benign", export="2026-03-30", script="b_doyun", sparse=True),
    dict(name="박팀장", type="personal_chat", label="benign", export="2026-04-15", script="b_tj", sparse=True),
    dict(name="언니", type="personal_chat", label="benign", export="2026-06-10", script="b_sis", sparse=True),
]
ROOM_LABEL = {c["name"]: c["label"] for c in CHATS}

BTC_STYLE = {"op1": "bech32", "op2": "p2pkh", "kimchi": "p2sh"}
BANK_LAYOUT = {"mule": 3, "mule2": 5, "refund_del": 2, "studio": 4, "parents": 1, "kpop": 6, "univ": 0}

OP = ["operator"]
ROLES = {
    "mst": OP, "mstalt": OP, "bot": ["operator", "distributor"], "chan": ["operator", "distributor"],
    "latte": OP, "hadam": OP, "jsan": OP,
    "dohyun": ["solicitor", "payer"], "taeo": ["distributor", "solicitor", "payer"], "bamtol": ["solicitor", "payer"],
    "kimchi": ["payer"], "kl": ["payer"], "ghost": ["solicitor"], "yeoubi": ["solicitor"],
    "yeoubi2": ["solicitor", "payer"], "deleted": ["payer"], "saebyeok": ["payer"], "chanho": ["solicitor", "payer"],
    "taebae": ["distributor"], "rookie": ["distributor", "payer"], "happy": ["solicitor", "payer"], "ooo": ["solicitor", "payer"],
    "subak": ["payer"], "jayc": ["solicitor"], "norang": ["solicitor", "payer"], "gomdol": ["solicitor"],
    "saeu": ["solicitor", "payer"], "r2": ["solicitor", "payer"], "dokk": ["distributor"],
}

VICTIM_KEYS = ["seoa", "chaerin", "yuna"]
VICTIMS = [
    {"key": "seoa", "mention": "@seoa_h03", "name": "한서아"},
    {"key": "chaerin", "mention": None, "name": "윤채린"},
    {"key": "yuna", "mention": None, "name": "최유나"},
    {"mention": "@jiwoo_lee07", "name": None},
    {"mention": None, "name": "박소연"},
    {"mention": "@min_ha_0", "name": "김민하"},
    {"mention": None, "name": "정예린"},
    {"mention": None, "name": "오서진"},
]

LINKS = [
    ("bamtol", "bamsub", "stated alt: the alt says '본계 밤톨임 ... 부계로도 들어옴' and 밤톨 confirms '@bamtol_sub 그거 내 부계 맞음'"),
    ("kimchi", "kl", "the same BTC refund wallet given as 'my wallet' in the lobby and as '내 지갑' in the 서울동부 room"),
    ("yeoubi", "yeoubi2", "name history: the new account says it used to be 여우비 (@yeoubi_x) and dropped that account"),
    ("deleted", "saebyeok", "a deleted account's successor: 새벽네시 reclaims the 토스뱅크 refund account the deleted "
                            "account gave as '제 계좌' ('그 계정 지웠어요')"),
    ("chanho", "chanhob", "the same phone given as '제 번호' in the 경기남부 room and in the photo studio's customer chat"),
    ("mst", "mstalt", "the boss states in the staff room that 검수반 is his own second account ('검수반 = 나')"),
]
NON_LINKS = [
    ("happy", "bot", "a payer posts a 문화상품권 PIN and the bot echoes it back as charged (payee, not the same person)"),
    ("saeu", "jsan", "a payer's PIN re-posted by the collector in the staff room as '확인'"),
    ("ooo", "subak", "two payers send BTC to the same operator wallet"),
    ("kimchi", "subak", "a payer quotes the operator wallet; another payer paid to it"),
    ("mint", "rookie", "민트 re-posts 루키's referral link ('루키 형 링크')"),
    ("sogeum", "yeoubi", "소금빵 quotes @yeoubi_x ('@yeoubi_x 요즘 안 보이네')"),
    ("minjic", "minjiu", "display-name collision: 민지 in the lobby and 민지 in the university class"),
    ("jayc", "jayk", "display-name collision: Jay in the lobby and Jay in the fan-edit room"),
    ("st_a", "st", "a studio customer repeats the studio's deposit account"),
    ("p_b", "p_rep", "a parent repeats the class rep's 회비 account"),
]
