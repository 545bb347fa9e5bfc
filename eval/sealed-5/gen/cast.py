"""Who is who in sealed-5.  Nicknames are the script keys; display names are what exports show."""
from lines import person

OP, DI, SO, PA, VI = "operator", "distributor", "solicitor", "payer", "viewer"

# ---- ring staff
person("chan", "🍯 꿀단지 샘플방", [OP, DI], prefix="channel")
person("yeoul", "여울", [OP, DI], handle="yeoul_on")
person("desk", "문의", [OP], handle="yeoul_desk")            # yeoul's contact account
person("mukseon", "먹선", [OP], handle="muk_sun")            # cashier: confirms, removes
person("podo", "포도", [OP, DI], handle="podo_work")         # "작업자": staff, announces finished uploads
person("kkami", "까미", [OP, DI], handle="kkami_up")          # uploads to the archive, mods the group

# ---- members who submit people / ask for work
person("mint", "민트맛치약", [SO])
person("najam", "낮잠왕", [SO, PA])
person("pooh", "곰돌이푸", [SO])
person("lemon", "레몬사탕", [SO])
person("daltokki", "달토끼", [SO])
person("jjinbbang", "찐빵", [SO, PA])
person("ramen", "라면먹고갈래", [SO], handle="ramen_go")
person("ramen2", "라면2", [SO, PA], handle="ramen_go2")
person("phoneguy", "ㅂㄷㅎ", [SO, PA])                      # "제 번호" in the group
# ---- payers in the archive
person("heugu", "흑우", [PA])
person("squid", "오징어", [PA])
person("dawn", "새벽세시", [PA, SO])
person("munsang", "문상러", [PA])
person("ghost", "Deleted Account", [PA], deleted=True)
person("ghost2", "환불좀", [PA])
person("chal", "찰칵", [PA])
person("jay", "Jay", [PA])
person("minjun_c", "민준", [PA])                              # name collides with an alumni member
# ---- chatty viewers
person("kk", "kk", [VI])
person("samdasu", "삼다수", [VI])
person("oo_c", "ㅇㅇ", [VI])                                  # collides with an airdrop ㅇㅇ
person("nugu", "누구세요", [VI])
person("bamsae", "밤새", [VI])
person("sikgu", "식구", [VI])
person("toto", "토토로", [VI])
person("haneul", "하늘색", [VI])
person("gwang", "광어", [VI])
person("jeolmi", "절미", [VI])
person("ppang", "빵떡", [VI])

# ---- silent joiners (viewers: only their own join event)
JOINERS = ["호떡", "Kevin", "ㅁㄴㅇㄹ", "nob0dy", "도토리묵", "초코칩", "햄찌", "불닭", "sky7", "ㄱㄱ",
           "감자튀김", "새우깡", "박하", "zzz", "마루", "익명1", "아아메", "quiet", "모카", "백구",
           "ㅎㅇ", "연필", "딸기우유", "kbs", "루피", "빌리", "콩떡", "한강", "나무늘보", "0o0",
           "꿀벌", "다람쥐", "mmm", "국밥", "솜사탕", "자두", "hun", "방울", "사과", "고구마",
           "tmdwn", "철수", "곶감", "떡볶이", "j", "우동", "노을", "비둘기", "ㅋ", "파랑"]
for i, n in enumerate(JOINERS):
    person("j%02d" % i, n, [VI])

# ---- victims who appear with an account
person("seojin", "서진", victim=True)                         # 윤서진, cloud account hacked
person("yujin", "김유진", victim=True)                        # friend who confronts 달토끼, then threatened
person("daeun", "정다은", victim=True)                        # only a mention_name entity

# ---- benign people
person("ghost_air", "코인초보")          # 새벽세시's airdrop account (same BTC "제 지갑")
person("phone_shop", "박동현")           # ㅂㄷㅎ in the repair-shop chat (same "제 번호")
for nick, name in [("al_pres", "회장 이상훈"), ("al_tres", "총무 오지현"), ("al_1", "98 김태윤"), ("al_2", "민준"),
                   ("al_3", "05 한소희"), ("al_4", "99 정우성"), ("al_5", "박선배"), ("al_6", "02 최유나"),
                   ("al_7", "97 강민호"), ("al_8", "03 서하린"), ("al_9", "01 윤재석"), ("al_10", "04 문가영"),
                   ("al_11", "96 배준호"), ("al_12", "00 임수빈")]:
    person(nick, name)
for nick, name in [("co_phot", "렌즈장인 📷"), ("co_1", "루나"), ("co_2", "미코"), ("co_3", "하루"), ("co_4", "에리"),
                   ("co_5", "카게"), ("co_6", "뽀송"), ("co_7", "tomo"), ("co_8", "시엘"), ("co_9", "유키"),
                   ("co_10", "냥냥")]:
    person(nick, name)
for nick, name in [("sh_boss", "폰닥터 강남점"), ("sh_tech", "폰닥터 기사 민호"), ("sh_1", "이수아"),
                   ("sh_2", "Daniel Park"), ("sh_3", "최은별")]:
    person(nick, name)
for nick, name in [("ad_mod", "Moonbeam Mod"), ("ad_bot", "MoonDropBot"), ("ad_1", "ㅇㅇ"), ("ad_2", "코인좀비"),
                   ("ad_3", "HODL"), ("ad_4", "떡상기원"), ("ad_5", "eth_kim"), ("ad_6", "Jay"), ("ad_7", "개미1"),
                   ("ad_8", "satoshi_fan"), ("ad_9", "존버"), ("ad_10", "미국주식")]:
    person(nick, name)
for nick, name in [("pe_admin", "망원동 반장"), ("pe_1", "콩이엄마"), ("pe_2", "뭉치아빠"), ("pe_3", "망원2동 주민"),
                   ("pe_4", "김소라"), ("pe_5", "보리누나"), ("pe_6", "동네약사"), ("pe_7", "초코집사"),
                   ("pe_8", "이정훈"), ("pe_9", "산책러")]:
    person(nick, name)
person("ex_me", "한도윤")
person("ex_her", "수빈")
person("rm_me", "이건우")
person("rm_he", "태식이")

VICTIMS = [
    {"account": "seojin", "mention": None, "name": "윤서진"},
    {"account": "yujin", "mention": None, "name": "김유진"},
    {"account": "daeun", "mention": None, "name": "정다은"},
    {"account": None, "mention": "@soyeon_kwon", "name": "권소연"},
    {"account": None, "mention": "@haeun_0412", "name": None},
    {"account": None, "mention": None, "name": "도채린"},
    {"account": None, "mention": None, "name": "채나은"},
    {"account": None, "mention": None, "name": "박예린"},
]

LINKS = [
    ("yeoul", "desk", "여울 says DMs go to @yeoul_desk, 'mine'; the 문의 account later says it is the one that used @yeoul_desk"),
    ("ramen", "ramen2", "라면먹고갈래 announces his alt @ramen_go2 before a ban; 라면2 says it is the old 라면먹고갈래"),
    ("ghost", "ghost2", "same refund ETH wallet claimed as '내 지갑' by the deleted account and by 환불좀"),
    ("phoneguy", "phone_shop", "same phone number given as '제 번호' in the members' group and in the repair-shop chat"),
    ("dawn", "ghost_air", "same BTC wallet given as '제 지갑' in the archive (refund) and in the airdrop group"),
]

NON_LINKS = [
    ("munsang", "mukseon", "먹선 re-posts 문상러's gift-card PIN as 확인완료"),
    ("heugu", "squid", "both pay to the same mule account"),
    ("jay", "chal", "both send BTC to the same operator wallet"),
    ("minjun_c", "al_2", "display-name collision 민준"),
    ("oo_c", "ad_1", "display-name collision ㅇㅇ"),
    ("jay", "ad_6", "display-name collision Jay"),
    ("kk", "ramen", "kk quotes @ramen_go (someone else's handle)"),
    ("al_5", "al_tres", "a member repeats the treasurer's account number"),
    ("samdasu", "yeoul", "삼다수 quotes @yeoul_desk when asking who it is"),
    ("mukseon", "heugu", "먹선 re-posts the mule account 흑우 paid to"),
]
