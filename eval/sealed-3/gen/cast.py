"""sealed-3 cast: accounts, labels (roles as an investigator reads the behaviour), victims, links."""

# (key, display name or None for a deleted account, own handle or None, design note)
ACCOUNTS = [
    # ---- staff of the ring
    ("boss", "국장", "@gukjang_desk", "ring leader: rules, prices, staff decisions"),
    ("cash", "회계", "@hoegye_0", "collector: confirms transfers and PINs, runs the mule accounts"),
    ("gate", "문지기", "@munjigi_k", "lobby admin: verification, kicks"),
    ("care", "상담실", "@sangdam_room", "coerces a victim in polite form (his own export)"),
    ("fix", "정리반", "@jeongri_ban", "coerces a victim in casual form (the victim's export)"),
    ("ed1", "붓터치", "@brush_touch7", "editor: delivers result files"),
    ("ed2", "누끼장인", "@nukki_master", "editor: delivers result files; old account"),
    ("ed2b", "누끼장인 작업용", "@nukki_work2", "editor's second account, declared in the staff room"),
    ("chan", "📢 합성소 알림", None, "notice channel (bot-like posts)"),
    # ---- members of the request room / lobby
    ("s01", "밤비", "@bambi_0o0", "submits a victim (mention+name), pays the first mule account"),
    ("s02", "ㅇㅇ", None, "submits the same victim as s01, pays by PIN"),
    ("s03", "익명", None, "submits a name-only victim (school/class), pays BTC"),
    ("s04", "코코넛", "@coconut_tree88", "pays by bank for his other account"),
    ("s05", "야자수", "@yaja_palm", "submits a mention-only victim; says payment came from his other account"),
    ("s06", "라떼", "@latte_no_sugar", "submits a name-only victim, pays USDT"),
    ("s07", "hoxy", "@hoxy_hoxy99", "old account, gives its handle as own; banned later"),
    ("s08", "hoxy 새계정", "@hoxy_again", "new account: says the old one was banned"),
    ("s09", "새벽네시", "@dawn_3am", "renamed 새벽세시 -> 새벽네시 on 05-13; the lobby export (05-11) still shows the old name"),
    ("s10", "ㅇㅇ", None, "pays the same mule account as s01"),
    ("s11", None, None, "deleted account; paid XMR, posted a request photo"),
    ("s12", "토끼굴", "@rabbit_hole_x", "submits a neighbour, gives own refund account after paying"),
    ("s13", "mint", "@mint_xx", "English-mixed requester, asks for more of the same person"),
    ("s14", "감자", "@gamja_fry", "sarcastic quotes, opsec worry; never requests or pays"),
    ("s15", "ㅇㅇ", None, "lobby: asks the price only"),
    ("s16", "익명", None, "pays by PIN"),
    ("s17", "고등어", "@mackerel_k", "submits the same mention-only victim as s05, pays"),
    ("s18", "철수", "@cheolsu_1004", "pays; denies being mint's alt"),
    ("s19", "dddd", "@dddd_dddd", "nudges for his delivery, pays"),
    ("s20", "블루", "@blue_note_k", "asks about trust and safety only; also in the AI-art study"),
    ("s21", "피치", "@peach_pit", "submits the same name-only victim as s06, pays"),
    ("s22", "오징어", "@ojingeo_22", "pays by PIN"),
    ("s23", "Leo", "@leo_kr_", "lobby: English price question"),
    ("s24", "무명", None, "lobby: asks where the price list is"),
    ("s25", "빵빵", "@bbangbbang", "lobby: off-topic chatter"),
    ("s26", "노을", "@noeul_sky", "lobby: asks how entry works"),
    ("s27", "반달", "@bandal_moon", "submits a victim (co-worker), pays"),
    ("s28", "kkk", None, "request room: off-topic only"),
    ("s29", "곰돌", "@gomdol_i", "request room: worried about police, leaves"),
    ("s30", "익명", None, "request room: asks for more of the same person"),
    ("s31", "ㅁㄴㅇㄹ", None, "submits a former partner's new partner, pays, nudges"),
    ("s32", "도비", "@dobby_free", "request room: watches only, leaves"),
    ("s33", "Jay", "@jay_k_0", "English; pays USDT ahead, never submits a request"),
    ("s34", "jay 백업", "@jay_backup_2", "Jay's second account, declared in English"),
    ("s35", "하루살이", None, "lobby: asks questions only"),
    ("s36", "ㅇㅇ", None, "lobby: asks where to pay; never enters"),
    # ---- victims (accounts in the 1:1 chats)
    ("vic1", "하린", "@harin_seo02", "victim in the polite-form 1:1 chat"),
    ("vic2", "지우", "@jiwoo_min_", "victim who exported her 1:1 chat"),
    # ---- benign: retouching commissions
    ("r01", "보정하는곰", "@bear_retouch", "retoucher (owner)"),
    ("r02", "수박바", None, "client"), ("r03", "해랑", None, "client"), ("r04", "ㅈㅎ", None, "client"),
    ("r05", "Mina", None, "client"), ("r06", "찰떡", None, "client"), ("r07", "유자차", None, "client"),
    ("r08", "보라돌이", None, "client"), ("r09", "도토리", None, "client"), ("r10", "봄날", None, "client"),
    ("r11", "아리", None, "client"), ("r12", "냥냥펀치", None, "client"), ("r13", "익명", None, "client"),
    # ---- benign: K-pop fan edits
    ("f01", "별빛편집", "@starlight_edit", "fan-edit community owner"),
    ("f02", "ㅇㅇ", None, "fan"), ("f03", "루나틱", None, "fan"), ("f04", "꼬북칩", None, "fan"),
    ("f05", "은하수", None, "fan"), ("f06", "jjong", None, "fan"), ("f07", "모찌", None, "fan"),
    ("f08", "여름밤", None, "fan"), ("f09", "하쿠", None, "fan"), ("f10", "솜사탕", None, "fan"),
    ("f11", "단무지", None, "fan"), ("f12", "리본", None, "fan"), ("f13", "pixel_", None, "fan"),
    ("f14", "하윤덕후", None, "fan"),
    # ---- benign: university hiking club
    ("c01", "김도윤(회장)", None, "club president"), ("c02", "총무 박서진", None, "club treasurer"),
    ("c03", "이준호", None, "member"), ("c04", "정하은", None, "member"), ("c05", "최민재", None, "member"),
    ("c06", "윤소율", None, "member"), ("c07", "장우진", None, "member"), ("c08", "한예원", None, "member"),
    ("c09", "오태민", None, "member"), ("c10", "신지아", None, "member"), ("c11", "배성호", None, "member"),
    ("c12", "산토끼", "@santokki_26", "member; states the same refund account as s12"),
    ("c13", "문가영", None, "member"), ("c14", "류시우", None, "member"),
    ("c15", "김나래", None, "member"), ("c16", "박준서", None, "member"),
    # ---- benign: AI-art study
    ("a01", "픽셀농부", "@pixel_farmer", "study host"), ("a02", "노이즈", None, "member"),
    ("a03", "익명", None, "member"), ("a04", "세이", None, "member"), ("a05", "cfg7", None, "member"),
    ("a06", "램프", None, "member"), ("a07", "구름빵", None, "member"), ("a08", "Yuna", None, "member"),
    ("a09", "바닐라", None, "member"), ("a10", "ㅇㅇ", None, "member"),
    # ---- benign 1:1 chats
    ("j01", "지훈", None, "friend (peer of a joking 1:1 chat)"), ("j00", "태현", None, "exporter"),
    ("p01", "조장 민서", None, "team-project lead (peer)"), ("p00", "은비", None, "exporter"),
]
# passive lobby viewers: only their own join event
VIEWER_NAMES = ["ㅎㅎ", "낭만고양이", "zzz", "ㅇㅇ", "익명", "밤산책", "lemon", "호두", "청포도", "야옹",
                "ㄱㄱ", "무지개", "solo", "달팽이", "별똥별", "루키", "익명", "망고", "K", "초코칩",
                "헬로", "스누피", "ㅁㅁ", "나그네", "고구마", "hhh", "우주인", "검은콩", "ㅇㅇ", "파도",
                "치즈", "눈사람", "jin", "토마토", "사과", "익명", "메롱", "하늘색", "새우깡", "밤톨",
                "갈매기", "모래", "구름", "xyz", "버터", "레몬티", "ㅊㅊ", "딸기우유", "익명", "새싹", "빗소리",
                "ㅇㅇ"]
for i, n in enumerate(VIEWER_NAMES, 1):
    ACCOUNTS.append(("v%02d" % i, n, None, "lobby viewer: join only" if i <= 36 or i > 40 else "joins lobby and paid room"))

ROLES = {
    "boss": ["operator"], "cash": ["operator"], "gate": ["operator"], "care": ["operator"],
    "fix": ["operator"], "ed1": ["distributor"], "ed2": ["distributor"], "ed2b": ["distributor"],
    "chan": ["operator", "distributor"],
    "s01": ["solicitor", "payer"], "s02": ["solicitor", "payer"], "s03": ["solicitor", "payer"],
    "s04": ["payer"], "s05": ["solicitor", "payer"], "s06": ["solicitor", "payer"],
    "s07": ["solicitor", "payer"], "s08": ["solicitor", "payer"], "s09": ["solicitor", "payer"],
    "s10": ["payer"], "s11": ["solicitor", "payer"], "s12": ["solicitor", "payer"], "s13": ["solicitor"],
    "s16": ["payer"], "s17": ["solicitor", "payer"], "s18": ["payer"], "s19": ["solicitor", "payer"],
    "s21": ["solicitor", "payer"], "s22": ["payer"], "s27": ["solicitor", "payer"],
    "s30": ["solicitor", "payer"], "s31": ["solicitor", "payer"], "s33": ["payer"],
}

VICTIMS = [
    {"key": "vic1", "mention": "@harin_seo02", "name": "서하린"},
    {"key": "vic2", "mention": None, "name": "민지우"},
    {"key": None, "mention": "@yuuna_0314", "name": None},
    {"key": None, "mention": None, "name": "최다온"},
    {"key": None, "mention": "@seoa_lim", "name": "임서아"},
    {"key": None, "mention": None, "name": "강예린"},
    {"key": None, "mention": "@soyeon_k_", "name": "권소연"},
]

LINKS = [
    ("ed2", "ed2b", "stated second account: '작업용 계정 새로 팠음, 누끼장인2 이거 나' in the staff room"),
    ("s07", "s08", "stated alt: new account says its old account @hoxy_hoxy99 was banned; the old one gave that handle as its own"),
    ("s04", "s05", "yaja says his payment came 'from my other account' (코코넛), and 코코넛 posted that transfer"),
    ("s33", "s34", "stated alt in English: 'this is jay's backup acc. main one is Jay', confirmed by Jay"),
    ("s12", "c12", "same KakaoBank refund account stated as own in the request room and the hiking club"),
]
NON_LINKS = [
    ("s01", "s10", "both pay the same mule account (shared payee, different payers)"),
    ("s10", "s19", "both pay the same mule account (shared payee, different payers)"),
    ("s02", "cash", "payer posts a PIN; the collector re-posts it in the staff room as confirmed"),
    ("s22", "cash", "payer posts a PIN; the collector re-posts it in the staff room as confirmed"),
    ("s18", "s13", "s18 denies being mint's alt and quotes @mint_xx"),
    ("s02", "s10", "display-name collision ㅇㅇ"),
    ("s03", "s16", "display-name collision 익명"),
    ("s02", "f02", "display-name collision ㅇㅇ across a benign room"),
    ("s01", "s02", "submit the same victim independently"),
    ("s33", "cash", "Jay re-posts the collector's ETH address (first with a checksum typo)"),
    ("s36", "s15", "display-name collision ㅇㅇ in the lobby"),
    ("s14", "s13", "s14 quotes s13's request sarcastically"),
]
# per-speaker overrides of the engine's perturbation style
_CLEAN = {"kk": 0, "emoji": 0, "nospace": 0, "typo": 0, "dots": 0}
STYLES = {"care": _CLEAN, "chan": _CLEAN, "vic1": {"kk": 0, "emoji": 0}, "vic2": {"kk": 0, "emoji": 0},
          "fix": {"emoji": 0}, "r01": {"kk": 0.1}, "c02": {"typo": 0}}
BANK_OF = {"mule1": 4, "mule2": 6, "refund12": 1, "retouch": 0, "club": 3, "fan": 2, "a04own": 8, "fansup": 7}
BTC_STYLE = {"op": "bech32", "op2": "p2pkh"}
PROTECT = ["세림여고", "한빛고", "2학년", "3반", "5반", "같은 과", "다솜", "서하린", "하린", "지우"]
NOTES = ("Accounts only listed by name in create_group / invite_members carry no id and are not labelled. "
         "Display-name change (s09) is one account id, so no identity link. Every other pair of distinct "
         "ids belongs to different people.")
