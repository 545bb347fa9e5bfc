"""sealed-9 cast: key -> (display name | None for a deleted account, hidden handle, label).
label: comma-separated roles, "benign", "victim", or "channel:<roles>"."""

CAST = {
    # ---- ring
    "chan": ("필터공방 공지", None, "channel:operator,distributor"),
    "boss": ("소장", "sojang_k", "operator"),
    "desk": ("접수창구", None, "operator"),
    "ed1": ("칼국수", "kalguksu_ed", "operator,distributor"),
    "ed2": ("Nox", "nox_edits", "operator,distributor"),
    "acct": ("회계", None, "operator"),
    "acct2": ("정산", None, "operator"),
    # ---- members who talk
    "m01": ("감자칩", "gamja_chip_", "solicitor,payer"),
    "m01b": ("감자칩2", None, "solicitor"),
    "m02": ("ㅁㄴㅇ", None, "solicitor,payer"),
    "m03": ("민트", None, "viewer"),
    "m04": ("ㅇㅇ", None, "solicitor"),
    "m05": ("ㅇㅇ", None, "viewer"),
    "m06": ("새벽세시", None, "solicitor,payer"),
    "m07": ("Ghost_k", None, "solicitor,payer"),
    "m08": (None, None, "solicitor,payer"),
    "m08b": ("돌아온탕자", None, "solicitor,payer"),
    "m09": ("편돌이", None, "viewer"),
    "m10": ("냉면", None, "payer"),
    "m11": ("라떼", None, "payer"),
    "m12": ("우주먼지", None, "solicitor,payer"),
    "m13": ("jjk", None, "solicitor,payer"),
    "m14": ("검은고양이", None, "viewer"),
    "m15": ("퇴근하고싶다", None, "payer"),
    "m16": ("hoon", None, "solicitor,payer"),
    "m17": ("반숙란", None, "solicitor,payer"),
    "m18": ("초코송이", None, "solicitor,payer"),
    "m19": ("Blue", None, "viewer"),
    "m20": ("고등어", None, "solicitor,payer"),
    "m21": ("낙지", None, "distributor"),
    "m22": ("시루떡", None, "solicitor,payer"),
    "m23": ("하품", None, "payer"),
    "m24": ("Ryu", None, "payer"),
    # ---- victims
    "v1": ("채린", "chaerin_03", "victim"),
    "v2": ("윤하", None, "victim"),
    "v3": ("Sora", None, "victim"),
    "v4": ("김다은", None, "victim"),
    # ---- benign: retouch room
    "r01": ("보정하는곰", None, "benign"),
    "r02": ("포토샵장인", None, "benign"),
    "r03": ("하루", None, "benign"),
    "r04": ("증명사진급함", None, "benign"),
    "r05": ("웨딩준비중", None, "benign"),
    "r06": ("ㅇㅇ", None, "benign"),
    "r07": ("Jay", None, "benign"),
    "r08": ("곰돌이맘", None, "benign"),
    "r09": ("소장", None, "benign"),
    "r10": ("상품사진", None, "benign"),
    "r11": ("할머니손녀", None, "benign"),
    "r12": ("보정배우는중", None, "benign"),
    # ---- benign: game clan
    "g01": ("도시락", None, "benign"),
    "g02": ("김치볶음밥", None, "benign"),
    "g03": ("민트", None, "benign"),
    "g04": ("탱커구함", None, "benign"),
    "g05": ("힐러", None, "benign"),
    "g06": ("Zed", None, "benign"),
    "g07": ("도토리", None, "benign"),
    "g08": ("소금빵", None, "benign"),
    "g09": ("딜찍누", None, "benign"),
    "g10": ("서폿장인", None, "benign"),
    # ---- benign: AI art lab
    "a01": ("픽셀", None, "benign"),
    "a02": ("송이", None, "benign"),
    "a03": ("lora_lover", None, "benign"),
    "a04": ("그림쟁이", None, "benign"),
    "a05": ("박사과정", None, "benign"),
    "a06": ("Nox", None, "benign"),
    "a07": ("연필", None, "benign"),
    "a08": ("디자인과", None, "benign"),
    "a09": ("썸네일러", None, "benign"),
    # ---- benign: class group
    "c01": ("과대 김준", None, "benign"),
    "c02": ("이서진", None, "benign"),
    "c03": ("박현우", None, "benign"),
    "c04": ("최유나", None, "benign"),
    "c05": ("정민규", None, "benign"),
    "c06": ("한소희", None, "benign"),
    "c07": ("오태민", None, "benign"),
    "c08": ("한지호", None, "benign"),
    # ---- benign 1:1 chats
    "s01": ("민재", None, "benign"),
    "s02": ("누나", None, "benign"),
    "s03": ("다현", None, "benign"),
    "s04": ("수진", None, "benign"),
    "s05": ("하얀사진관", None, "benign"),
    "s06": ("이정민", None, "benign"),
}

# join-only members of the ring's lobby / paid room (viewers)
_A = ["졸린", "배고픈", "조용한", "심심한", "파란", "작은", "느린", "늦은", "차가운", "노란", "익명의", "지나가던",
      "야근하는", "동네", "새벽의", "평범한"]
_B = ["너구리", "펭귄", "수달", "고양이", "감자", "호랑이", "참새", "두부", "오리", "여우", "판다", "만두", "곰"]
JOINERS = []
_i = 0
for _a in _A:
    for _b in _B:
        _i += 1
        if _i % 2 == 0 and len(JOINERS) < 98:
            k = "j%03d" % len(JOINERS)
            JOINERS.append(k)
            CAST[k] = (_a + _b if len(JOINERS) % 9 else _a + " " + _b + str(len(JOINERS)), None, "viewer")
for _n, _name in enumerate(["k", "ㅎㅎ", "ㄱㄱ", "12345", "x", "ㅇ", "asdf", "none", "Kim", "JH", "ㅡㅡ", ".", None, None]):
    k = "j%03d" % len(JOINERS)
    JOINERS.append(k)
    CAST[k] = (_name, None, "viewer")

VICTIMS = [
    {"key": "v1", "mention": "@chaerin_03", "name": "채린"},
    {"key": "v2", "mention": None, "name": "이윤하"},
    {"key": "v3", "mention": None, "name": "Sora"},
    {"key": "v4", "mention": None, "name": "김다은"},
    {"key": None, "mention": "@jiwoo_0521", "name": None},
    {"key": None, "mention": None, "name": "박서영"},
    {"key": None, "mention": "@minseo_lee04", "name": "이민서"},
]

LINKS = [
    ("boss", "desk", "stated alt: the boss says in the staff room that the desk account (접수창구) is his own second account ('접수창구 계정 나임. 부계로 돌림')"),
    ("m01", "m01b", "stated alt: new account says its old account @gamja_chip_ was banned; the old account had given @gamja_chip_ as its own DM handle"),
    ("m02", "g07", "the same bank account number given as '제 계좌' for a refund in the lobby and in the game clan"),
    ("m08", "m08b", "deleted account posted its ETH refund wallet as its own; the new account re-posts it as '제 지갑' and says it deleted the old one"),
    ("acct", "acct2", "stated alt in the staff room: the collector's account was reported, this is its new account"),
    ("m18", "a02", "the same phone number given as '제 번호' in the lobby and in the AI art lab"),
]

NON_LINKS = [
    ("m16", "acct", "payer posted a gift-card PIN; the collector re-posted the same PIN as 확인 (payee, not the same person)"),
    ("m17", "acct2", "payer posted a gift-card PIN; the new collector account re-posted it as 확인 (payee)"),
    ("m10", "m11", "two payers paid to the same operator BTC wallet"),
    ("m15", "m10", "both posted the same ring BTC address (the ring's published wallet, not their own)"),
    ("m03", "g03", "display-name collision 민트 (lobby viewer vs. game clan member)"),
    ("m04", "m05", "display-name collision ㅇㅇ in the lobby"),
    ("m04", "r06", "display-name collision ㅇㅇ (lobby vs. retouch room)"),
    ("boss", "r09", "display-name collision 소장 (ring boss vs. a studio owner in the retouch room)"),
    ("ed2", "a06", "display-name collision Nox (ring editor vs. AI art lab member)"),
    ("m20", "m01", "고등어 @mentions @gamja_chip_ (someone else's handle)"),
    ("c03", "c01", "a classmate repeats the class rep's dues account"),
    ("r03", "r01", "a customer repeats the retoucher's bank account back to confirm the transfer"),
]
