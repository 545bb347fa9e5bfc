#!/usr/bin/env python3
"""Generate the sealed-1 corpus (deterministic; stdlib + Pillow + base58/bech32/pycryptodome).

usage: python3 make_sealed.py OUT_DIR

Writes OUT_DIR/ChatExport_*/result.json (+ photos/), OUT_DIR/truth.json and
OUT_DIR/truth_detail.json.  The case: "AURORA", a Discord server that moved to
Telegram after its server was taken down; victims are recruited through fake
"fitting model / sponsor" part-time job offers and then blackmailed.  Entry is
paid with gift-card PINs or crypto.  Five benign look-alike rooms reuse the same
surface words.  See ../README.md.
"""
import datetime
import json
import os
import random
import re
import sys

from PIL import Image, ImageDraw

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "common"))
import artifacts as A  # noqa: E402  (eval/common/artifacts.py, shared by the corpora)
import bank_benign as BB
import bank_crime as BC
import bank_dm as BD

R = random.Random(20230305)
KST = datetime.timezone(datetime.timedelta(hours=9))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

# ================================================================ accounts
USED_IDS = set()


class Acc:
    def __init__(self, name, handle=None, style=None, deleted=False):
        while True:
            uid = R.randrange(10 ** 8, 7 * 10 ** 9)
            if uid not in USED_IDS:
                break
        USED_IDS.add(uid)
        self.id, self.name, self.handle, self.deleted = uid, name, handle, deleted
        self.style = style if style is not None else random_style()
        self.tags, self.chats, self.own = set(), set(), {}

    @property
    def key(self):
        return "telegram:user%d" % self.id

    @property
    def from_name(self):
        return None if self.deleted else self.name


def random_style():
    return {"kk": R.choice([0, 0, 0.1, 0.3, 0.5]), "emoji": R.choice([0, 0, 0, 0.15, 0.3]),
            "nospace": R.choice([0, 0, 0.1, 0.3]), "typo": R.choice([0, 0.03, 0.08]),
            "yeo": R.random() < 0.2, "seumda": R.random() < 0.15, "dots": R.choice([0, 0, 0.2]),
            "lower": R.random() < 0.5, "ellip": R.choice([0, 0.1])}


# ================================================================ text filling and perturbation
PLACE = re.compile(r"(\{[^{}]*\}|@[A-Za-z0-9_]{3,}|https?://\S+|t\.me/\S+)")
MARK = re.compile(r"⟦(\w+)\|([01])\|([^⟧]*)⟧")
MN = re.compile(r"⟪(\d+)\|([^⟫]*)⟫")
EMOJI = ["😂", "🙏", "👍", "🔥", "😭", "🤔", "😅", "ㅎㅎ", "^^", "💀"]


def perturb(text, st):
    def seg(s):
        if not s.strip():
            return s
        if st["yeo"]:
            s = s.replace("요?", "여?").replace("해요", "해여")
        if st["seumda"]:
            s = s.replace("습니다", "슴다")
        if st["nospace"] and R.random() < st["nospace"]:
            words = s.split(" ")
            if len(words) > 2:
                i = R.randrange(len(words) - 1)
                words[i:i + 2] = [words[i] + words[i + 1]]
                s = " ".join(words)
        if st["typo"] and R.random() < st["typo"] * 3 and len(s) > 4:
            i = R.randrange(1, len(s) - 2)
            if s[i] != " " and s[i + 1] != " ":
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if st["lower"] and re.fullmatch(r"[A-Za-z0-9 ,.'?!]+", s):
            s = s.lower()
        return s
    parts = PLACE.split(text)
    out = "".join(p if PLACE.fullmatch(p) else seg(p) for p in parts)
    if st["dots"] and R.random() < st["dots"]:
        out += ".."
    if st["kk"] and R.random() < st["kk"] and not out.endswith("ㅋ"):
        out += " " + R.choice(["ㅋㅋ", "ㅋㅋㅋ", "ㅋㅋㅋㅋ", "ㅎㅎ"])
    if st["emoji"] and R.random() < st["emoji"]:
        out += " " + R.choice(EMOJI)
    return out


def pay(kind, value, valid=True):
    return "⟦%s|%d|%s⟧" % (kind, 1 if valid else 0, value)


class World:
    """Shared state for placeholders: network wallets, prices, PIN queue."""

    def __init__(self):
        self.opbtc = [A.btc(R, "bech32"), A.btc(R, "p2pkh")]
        self.opeth = [A.eth(R)]
        self.opxmr = [A.xmr(R)]
        self.opbank = [A.bank(R, 6), A.bank(R, 4)]  # (bank name, number): money-mule accounts
        self.pin_queue = []  # (payer acc, pin, msg time)
        self.pay_btc = []  # (payer acc, wallet) payers sending to the same operator wallet


W = World()


def fill(tpl, acc, ctx):
    """Replace {placeholders}; payment artifacts become ⟦kind|valid|value⟧ marks."""
    def rep(m):
        key = m.group(1)
        if key.startswith("amt:"):
            return pay("amount", key[4:])
        if key == "price_m":
            return pay("amount", ctx.get("price_m", "10만원"))
        if key == "price_v":
            return "%s (코인은 %s / %s)" % (pay("amount", ctx.get("price_v", "30만원")),
                                         pay("amount", "0.0105 BTC"), pay("amount", "0.16 ETH"))
        if key == "pin":
            p = A.pin(R)
            ctx.setdefault("pins", []).append(p)
            return pay("gift_card", p)
        if key == "repin":
            p = ctx["repins"].pop(0) if ctx.get("repins") else A.pin(R)
            return pay("gift_card", p)
        if key == "opbtc":
            w = ctx.get("opbtc") or R.choice(W.opbtc)
            ctx.setdefault("used_opbtc", []).append(w)
            return pay("btc", w)
        if key == "opeth":
            return pay("eth", W.opeth[0])
        if key == "opxmr":
            return pay("xmr", W.opxmr[0])
        if key == "opbank":
            name, num = ctx.get("opbank") or W.opbank[0]
            return "%s %s" % (name, pay("bank_account", num))
        if key in ("mybtc", "myeth", "mybank"):
            if key not in acc.own:
                acc.own[key] = A.btc(R, R.choice(["bech32", "p2pkh", "p2sh"])) if key == "mybtc" else (
                    A.eth(R) if key == "myeth" else A.bank(R))
            v = acc.own[key]
            if key == "mybank":
                return "%s %s" % (v[0], pay("bank_account", v[1]))
            return pay("btc" if key == "mybtc" else "eth", v)
        if key == "club_bank":
            name, num = ctx["club_bank"]
            return "%s %s" % (name, pay("bank_account", num))
        if key == "tx":
            return "%064x" % R.getrandbits(256)
        if key == "who":
            pool = [a for a in ctx.get("members", []) if a is not acc and a.name and not a.deleted]
            return R.choice(pool).name if pool else "그분"
        if key == "series":
            return R.choice(["A", "B", "S", "R", "N", "X"]) + "-" + "%02d" % R.randrange(1, 40)
        if key == "n":
            return str(R.randrange(3, 19))
        if key == "phone":
            return A.phone(R)
        if key in ctx:
            v = ctx[key]
            if isinstance(v, tuple):  # a (kind, value) payment
                return pay(*v)
            return v
        raise KeyError(key)
    return re.sub(r"\{([^{}]+)\}", rep, tpl)


# ================================================================ chats and messages
class Msg:
    def __init__(self, chat, t, acc, text="", tags=(), reply=None, service=None, extra=None):
        self.chat, self.t, self.acc, self.reply = chat, t, acc, reply
        self.service, self.extra = service, extra or {}
        self.pays = [(k, v == "1", val) for k, v, val in MARK.findall(text)]
        self.text = MARK.sub(lambda m: m.group(3), text)
        self.tags = set(tags)
        self.id = None


class Chat:
    def __init__(self, name, ctype, label, export_date, cid=None, sparse=False):
        self.name, self.type, self.label, self.export_date = name, ctype, label, export_date
        self.id = cid or R.randrange(10 ** 9, 2 * 10 ** 9)
        self.sparse, self.msgs, self.members = sparse, [], []
        self.ctx = {"members": self.members}

    def say(self, acc, t, tpl, tags=(), reply=None, raw=False, keep=False, **extra):
        """raw: text is final; keep: fill placeholders but do not perturb (scripted lines)."""
        text = tpl if raw else fill(tpl if keep else perturb(tpl, acc.style), acc, self.ctx)
        m = Msg(self, t, acc, text, tags, reply, extra=extra)
        self.msgs.append(m)
        acc.chats.add(self.name)
        if self.label == "criminal":
            acc.tags.update(tags)
        if acc not in self.members:
            self.members.append(acc)
        return m

    def service_msg(self, acc, t, action, tags=(), **extra):
        m = Msg(self, t, acc, "", tags, service=action, extra=extra)
        self.msgs.append(m)
        if acc is not None:
            acc.chats.add(self.name)
            if self.label == "criminal":
                acc.tags.update(tags)
        return m


def ts(y, mo, d, h=None, mi=None):
    h = R.choice([10, 13, 19, 20, 21, 22, 23, 0, 1]) if h is None else h
    mi = R.randrange(60) if mi is None else mi
    return datetime.datetime(y, mo, d, h % 24, mi, R.randrange(60), tzinfo=KST)


def rand_time(a, b):
    """Uniform time between datetimes a and b, nudged toward evening hours."""
    for _ in range(6):
        t = a + datetime.timedelta(seconds=R.randrange(int((b - a).total_seconds())))
        if t.hour >= 9 or R.random() < 0.3:
            return t
    return t


def later(t, lo=0.2, hi=20):
    return t + datetime.timedelta(minutes=R.uniform(lo, hi))


# ================================================================ media
PHOTO_N = [0]


def photo(chat, t):
    """A tiny generated abstract JPEG (gradient + shapes)."""
    PHOTO_N[0] += 1
    rel = "photos/photo_%d@%s.jpg" % (PHOTO_N[0], t.strftime("%d-%m-%Y_%H-%M-%S"))
    w, h = R.choice([(96, 72), (72, 96), (80, 80)])
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    c1 = [R.randrange(256) for _ in range(3)]
    c2 = [R.randrange(256) for _ in range(3)]
    for y in range(h):
        d.line([(0, y), (w, y)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * y / h) for i in range(3)))
    for _ in range(R.randrange(1, 4)):
        x0, y0 = R.randrange(w), R.randrange(h)
        d.ellipse([x0, y0, x0 + R.randrange(8, 30), y0 + R.randrange(8, 30)],
                  fill=tuple(R.randrange(256) for _ in range(3)))
    chat.pending_photos = getattr(chat, "pending_photos", [])
    chat.pending_photos.append((rel, img))
    return {"photo": rel, "width": w, "height": h}


def video_file(t):
    return {"file": "(File not included. Change data exporting settings to download.)",
            "file_name": "video_%s.mp4" % t.strftime("%Y%m%d_%H%M%S"), "thumbnail":
            "(File not included. Change data exporting settings to download.)", "media_type": "video_file",
            "mime_type": "video/mp4", "duration_seconds": R.randrange(20, 600), "width": 720, "height": 1280}


def archive_file(t):
    return {"file": "(File not included. Change data exporting settings to download.)",
            "file_name": R.choice(["pack", "모음", "set", "backup"]) + "_%02d.zip" % R.randrange(1, 60),
            "mime_type": "application/zip"}


STICKER_EMOJI = ["😂", "👍", "😭", "🙏", "🔥", "😎", "🤔", "❤️"]


def sticker(chat, acc, t, tags=(), reply=None):
    """A sticker message: no text, a sticker_emoji, the file not included."""
    return chat.say(acc, t, "", tags, reply=reply, raw=True, **{
        "file": "(File not included. Change data exporting settings to download.)",
        "file_name": "sticker.webp", "thumbnail": "(File not included. Change data exporting settings to download.)",
        "media_type": "sticker", "sticker_emoji": R.choice(STICKER_EMOJI), "mime_type": "image/webp",
        "width": 512, "height": 512})


# ================================================================ cast
NICKS = """감자칩 새벽감성 ㅇㅇ 익명123 고양이집사 밤산책 국밥러버 떡볶이 ㄱㄴㄷ 호빵 솜사탕 야식왕 낙엽 겨울바다 파란하늘색
초코칩 바닐라 모찌 두부 콩떡 망고 자몽 레몬티 흑당 라면왕 김밥 만두 짬뽕 탕수육 곰돌이 토끼풀 여우비 별똥별 은하수
무지개 소나기 바람개비 종이배 연필 지우개 책갈피 모니터 키보드 마우스 헤드셋 스피커 충전기 배터리 와이파이 블루투스
ㅂㅂ ㅈㅈ ㅋㅋ맨 노잼 꿀잼 핵인싸 아싸 집순이 집돌이 출근러 퇴근러 야근러 월급루팡 휴학생 복학생 공시생 취준생 재수생
편의점 알바생 배달러 택시 지하철 버스킹 자전거 킥보드 산책러 조깅 헬스 요가 필라테스 수영 등산 낚시꾼 캠핑러 차박러
dk_99 jh1004 zzz_ sleepy rainy_day moonwalk kimchi_lover sk8er nightowl404 pepe_kr hyun_0 taeyang_ zeroone blank_
user7781 anon_kr lurker22 ssong minho_x jay_k dodo_kr coldbrew latte_art matcha99 tteok_ bbq_king soju_time kbbq""".split()

ENG_NICKS = """ghosty quietman redline nullptr byte_me chillguy lowkey_ someguy justlooking xx_ panda77 wolfpack
neon_rain static_ mr_blue kpop_lurker seoul_night hanriver toast_ cipher9 grim_ frostbite echo_ drift_""".split()

POOL = NICKS + ENG_NICKS
R.shuffle(POOL)


ADJ = "배고픈 졸린 심심한 조용한 행복한 우울한 느린 빠른 수상한 평범한 게으른 바쁜 작은 커다란 착한 까만 하얀 파란".split()
NOUN = "고양이 강아지 다람쥐 펭귄 곰 여우 판다 부엉이 감자 고구마 호떡 붕어빵 라면 만두 구름 별 달 바다".split()
FAMILY = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍".split()
GIVEN = "민준 서준 도윤 예준 시우 하준 지호 주원 지후 준우 현우 건우 우진 선우 서진 유준 연우 은우 지안 수아 하윤 지유 서아 하은 윤서 지아 서윤 채원 민서 다은 예린 수빈 지원 소율 시은".split()
EN1 = "dark cold lazy lucky silent neon tiny big night red blue grey".split()
EN2 = "fox wolf cat owl moon star rain wave byte pixel ghost bear".split()


def compose():
    r = R.random()
    if r < 0.3:
        return R.choice(ADJ) + R.choice(NOUN)
    if r < 0.5:
        return R.choice(FAMILY) + R.choice(GIVEN)
    if r < 0.65:
        return R.choice(GIVEN)[-1] + R.choice(GIVEN)[-1] + R.choice(["", "이", "쓰", "링"])
    if r < 0.9:
        return R.choice(EN1) + R.choice(["_", "", "."]) + R.choice(EN2) + str(R.randrange(1, 999))
    return R.choice("ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ") + R.choice("ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ")


def nick():
    base = POOL.pop() if POOL else compose()
    if R.random() < 0.15:
        base += str(R.randrange(1, 99))
    return base


def handle_of(name):
    return None


def make(n, **kw):
    return [Acc(nick(), **kw) for _ in range(n)]


# operators
nox_old = Acc("Nox", "nox_aurora", {"kk": 0.1, "emoji": 0, "nospace": 0, "typo": 0, "yeo": False,
                                    "seumda": False, "dots": 0, "lower": True, "ellip": 0})
n0x = Acc("N0X", "n0x_main", nox_old.style)
latte = Acc("라떼", "latte_gate", {"kk": 0.3, "emoji": 0, "nospace": 0.2, "typo": 0.03, "yeo": False,
                                  "seumda": True, "dots": 0, "lower": True, "ellip": 0})
munjigi = Acc("문지기", "aurora_door", latte.style)
vanta = Acc("Vanta", "vanta_x", {"kk": 0, "emoji": 0, "nospace": 0, "typo": 0.03, "yeo": False,
                                 "seumda": False, "dots": 0, "lower": True, "ellip": 0})
OPS = [nox_old, n0x, latte, munjigi, vanta]

# distributors (the first two sit in the staff room)
DIST = [Acc(n) for n in ["택배기사", "Moth", "우체국", "밤배", "Courier_J", "새벽배송", "pixel", "등대지기", "ㅇㄹㅇ"]]

# members
SOL = make(24)                 # solicitors who never pay in view
SOLPAY = make(16)              # solicitors who also pay
PAYERS = make(38)              # payers only
CHATTY = make(30)              # viewers who talk
SILENT = make(98)              # viewers seen only through their join events

# special members
kr_ghost = Acc("kr_ghost", "kr_ghost", {**random_style(), "lower": True})
ghost_v2 = Acc("ghost.v2", "ghost_v2", kr_ghost.style)
donkatsu = Acc("돈까스", None)
saeu = Acc("새우깡", None)
snowman = Acc("snowman", None)
snowman2 = Acc("snowman_", None)
deleted_payer = Acc("Deleted Account", None, deleted=True)
jimin_c = Acc("지민")           # name collision with the church 지민
luna_c = Acc("루나")            # name collision with the fandom 루나
mint_c = Acc("민트")            # name collision with the club 민트
ghost_c = Acc("Ghost")          # name collision with the e-sports Ghost
SOL += [kr_ghost, ghost_v2, saeu, jimin_c]
PAYERS += [donkatsu, snowman, snowman2, deleted_payer, luna_c]
CHATTY += [mint_c]
SILENT += [ghost_c]

# criminal-room members who also sit in benign rooms (same account)
gamja = SILENT[0]; gamja.name = "감자튀김"        # silent in crime, chatty in the club
jun = PAYERS[0]; jun.name = "Jun"                 # payer, buys things in the market
milkbread = SOL[0]; milkbread.name = "우유식빵"   # solicitor, trash talk in e-sports
pixel = DIST[6]                                   # distributor, posts fan photos in the fandom room
haru = PAYERS[1]; haru.name = "하루"             # payer, church volunteer
yuna = CHATTY[0]; yuna.name = "yuna_22"           # viewer, fandom
coco = SILENT[1]; coco.name = "코코"             # silent viewer, church
nightsky = SOLPAY[0]; nightsky.name = "밤하늘"     # solicitor+payer, club
OVERLAP = [gamja, jun, milkbread, pixel, haru, yuna, coco, nightsky]

# alt accounts that live only in benign rooms
bike_seller = Acc("망원동 자전거")     # 돈까스's other account (same Toss account stated as own)
bc_shrimp = Acc("BC_Shrimp")           # 새우깡's other account (same phone stated as own)

# victims
v_chaerin = Acc("채린", "rin_c0")
v_mina = Acc("Mina", None)
v_doha = Acc("도하", "doha_j")
v_seoyeon = Acc("ㅅㅇ", None)          # pleads in the lobby and is removed
v_yena_uid = R.randrange(10 ** 9, 6 * 10 ** 9)  # known only through a mention_name entity
USED_IDS.add(v_yena_uid)

NON_LINKS = []
LINKS = []


def D(mo, d, h=None, mi=None):
    return ts(2023, mo, d, h, mi)


START, END = D(3, 5, 20, 0), D(8, 30, 23, 0)
NOX_BANNED = D(5, 20, 3, 0)


def span(a=START, b=END):
    return rand_time(a, b)


DECKS = {}
OPENERS = ["", "", "", "", "아 ", "근데 ", "혹시 ", "저기 ", "ㅇㅇ ", "음 ", "와 ", "진짜 "]


def pick(lst):
    """Draw lines like cards from a shuffled deck, so a bank is used evenly before any line repeats."""
    if not all(isinstance(x, str) for x in lst):
        return R.choice(lst)
    deck = DECKS.setdefault(tuple(lst), [])
    if not deck:
        deck.extend(R.sample(lst, len(lst)))
    line = deck.pop()
    if R.random() < 0.12 and not line.startswith(("📌", "📢", "[", "{", "@", "#", "📦")) and re.match(r"[가-힣]", line):
        line = R.choice(OPENERS) + line
    return line


# ================================================================ chats
staff = Chat("aurora staff 🛠", "private_group", "criminal", "2023-09-04", sparse=True)
lobby = Chat("AURORA ✦ 로비 #welcome", "public_supergroup", "criminal", "2023-09-02")
general = Chat("AURORA ✦ #general", "private_supergroup", "criminal", "2023-09-02")
vip = Chat("AURORA ✦ #vip-lounge 🔒", "private_supergroup", "criminal", "2023-09-03")
dm1 = Chat("채린", "personal_chat", "criminal", "2023-08-30", cid=v_chaerin.id, sparse=True)
dm2 = Chat("Vanta", "personal_chat", "criminal", "2023-08-18", cid=vanta.id, sparse=True)
dm3 = Chat("라떼", "personal_chat", "criminal", "2023-08-18", cid=latte.id, sparse=True)
club = Chat("한결대 산악부 🏔 23-2", "private_group", "benign", "2023-09-12", sparse=True)
market = Chat("망원·합정 중고장터 (텔레)", "public_supergroup", "benign", "2023-09-12")
fandom = Chat("LUMINA 자료방 💫", "private_supergroup", "benign", "2023-09-14")
esports = Chat("팀 BLACKCAT 스크림방", "private_supergroup", "benign", "2023-09-14")
church = Chat("새벽빛교회 청년부 봉사팀", "private_group", "benign", "2023-09-16", sparse=True)
CHATS = [staff, lobby, general, vip, dm1, dm2, dm3, club, market, fandom, esports, church]

for c in (lobby, general, vip):
    c.ctx.update(price_m="10만원", price_v="30만원")

# values that two accounts of one person both state as their own
SAEU_PHONE = A.phone(R)
DON_BANK = A.bank(R, 2)[1]
SN_ETH = A.eth(R)
snowman.own["myeth"] = SN_ETH
for c in CHATS:
    c.ctx.update(saeu_phone=SAEU_PHONE, don_bank=("bank_account", DON_BANK), sn_eth=("eth", SN_ETH),
                 gaeul_phone=A.phone(R))

PINS_TO_REPOST = []   # (payer, pin, time)


def op_gate():
    return latte if R.random() < 0.5 else munjigi


# ================================================================ lobby
def build_lobby():
    c = lobby
    t0 = START
    c.service_msg(nox_old, t0, "create_channel", ("op",), title="AURORA 로비")
    first = None
    for i, line in enumerate(BC.LOBBY_RULES):
        m = c.say(nox_old, later(t0, 1 + i, 2 + i), line, ("op",))
        first = first or m
    c.service_msg(nox_old, later(t0, 9, 10), "pin_message", ("op",), message_id=first)
    c.say(nox_old, later(t0, 11, 12), "개인 문의는 @nox_aurora 로 DM. 입장 확인은 라떼랑 문지기가 함", ("op",), keep=True)
    c.service_msg(nox_old, later(t0, 13, 14), "invite_members", ("op",), members=["라떼", "문지기", "Vanta"])
    c.service_msg(nox_old, D(3, 6, 1, 10), "edit_group_title", ("op",), title="AURORA ✦ 로비 #welcome")
    c.say(latte, D(3, 6, 1, 20), "로비 문지기 계정은 제 부계입니다. 둘 중 아무한테나 신청하셈", ("op",), keep=True)

    joiners = DIST[2:] + SOL + SOLPAY + PAYERS + CHATTY + SILENT
    R.shuffle(joiners)
    join_at = {}
    for a in joiners:
        early = R.random() < 0.4
        t = rand_time(START, D(3, 12)) if early else rand_time(D(3, 12), D(8, 25))
        join_at[a] = t
        c.service_msg(a, t, "join_group_by_link", ("view",), inviter="Nox")
        c.members.append(a)

    for a in CHATTY + SOL[:10] + PAYERS[:12]:
        for _ in range(R.randrange(1, 6) if a in CHATTY else R.randrange(0, 3)):
            bank = R.choice([BC.LOBBY_GREET, BC.LOBBY_CHAT, BC.LOBBY_CHAT, BC.LOBBY_PRICE_Q, BC.OPSEC])
            t = rand_time(join_at[a], END) if R.random() < 0.6 else later(join_at[a], 1, 90)
            m = c.say(a, t, pick(bank), ("view",))
            if bank is BC.LOBBY_PRICE_Q and R.random() < 0.6:
                c.say(op_gate(), later(t, 1, 30), R.choice(["공지 보세요", "고정 메시지 확인", "{price_m} / VIP {price_v}",
                                                          "핀 16자리로 보내면 됨", "코인은 공지 주소만"]), ("op",), reply=m)

    # member-to-member threads, English speakers, stickers
    talkers = CHATTY + SOL[:10] + PAYERS[:12]
    for q, ans in BC.LOBBY_QA * 2:
        a, b = R.sample(talkers, 2)
        t = rand_time(max(join_at[a], join_at[b]), END)
        m = c.say(a, t, q, ("view",))
        c.say(b, later(t, 1, 40), ans, ("view",), reply=m)
    for a in R.sample(CHATTY, 8) + [kr_ghost]:
        for _ in range(R.randrange(1, 4)):
            c.say(a, rand_time(join_at[a], END), pick(BC.LOBBY_EN), ("view",))
    for _ in range(25):
        a = R.choice(talkers)
        sticker(c, a, rand_time(join_at[a], END))

    # payers apply in the lobby (PIN or coin), gatekeeper confirms
    for a in PAYERS + SOLPAY:
        t = later(join_at[a], 5, 600)
        if R.random() < 0.62 or a in (deleted_payer, jun, haru):
            c.ctx["pins"] = []
            m = c.say(a, t, pick(BC.LOBBY_APPLY), ("pay",))
            for p in c.ctx["pins"]:
                PINS_TO_REPOST.append((a, p, t))
        else:
            c.ctx["pins"] = []
            c.ctx["used_opbtc"] = []
            if a is snowman:
                m = c.say(a, t, "paid vip {amt:0.16 ETH} to {opeth}. my refund wallet is {myeth} if anything goes wrong",
                          ("pay",), keep=True)
            else:
                m = c.say(a, t, pick(BC.LOBBY_APPLY_COIN), ("pay",))
            for w in c.ctx["used_opbtc"]:
                W.pay_btc.append((a, w))
        c.say(op_gate(), later(t, 2, 240), pick(BC.LOBBY_GATE), ("op",), reply=m)
        a.paid_at = t

    # solicitors asking for material in the free lobby get told off
    for a in R.sample(SOL + SOLPAY, 14):
        t = rand_time(join_at[a], END)
        m = c.say(a, t, pick(["여기 자료 없어요?", "로비에도 샘플 좀 올려주세요", "새로 들어온 애 꺼 맛보기 없나",
                               "free sample?", "VIP 거 하나만 풀어줘요 ㅋㅋ", "걔 다음편 로비에도 좀"]), ("req",))
        c.say(op_gate(), later(t, 1, 40), pick(["로비에서 자료 얘기 금지라고 했죠. 한 번 더 하면 강퇴", "여기서 그런 얘기 하지 마셈",
                                                 "로비 규칙 읽으세요. 경고 1회", "자료는 멤버관에서만", "한 번만 더 하면 밴"]), ("op",), reply=m)

    # wrong addresses (invalid checksums)
    for a, kind in ((PAYERS[5], "btc"), (PAYERS[6], "eth"), (SOLPAY[3], "btc")):
        good = W.opbtc[0] if kind == "btc" else W.opeth[0]
        bad = A.corrupt(R, good, A.btc_ok if kind == "btc" else A.eth_ok)
        t = later(join_at[a], 2, 100)
        m = c.say(a, t, "이 주소 맞아요? %s 로 보내려는데" % pay(kind, bad, False), ("view",), raw=True)
        c.say(op_gate(), later(t, 1, 30), "아뇨 한 글자 틀림. 공지 주소 복붙하세요", ("op",), reply=m)

    # handle announcements and an @mention of someone else's handle (not identity)
    c.say(kr_ghost, D(3, 9, 23), "my handle's @kr_ghost if anyone wants to swap old discord backups", ("view",), keep=True)
    c.say(CHATTY[3], D(4, 2, 21), "입장 문의는 @latte_gate 한테 하세요 여기다 쓰지 말고", ("view",))
    c.say(CHATTY[7], D(6, 3, 22), "@latte_gate 님 저 DM 보냈어요", ("view",))
    NON_LINKS.append((CHATTY[3], latte, "@mentions the gatekeeper's handle in the lobby"))

    # the account ban and the new account
    c.say(nox_old, D(5, 18, 23), "신고 많이 들어오는 중. 혹시 이 계정 터지면 새 계정으로 공지함", ("op",))
    c.service_msg(latte, D(5, 22, 21, 5), "invite_members", ("op",), members=["N0X"])
    c.say(n0x, D(5, 22, 21, 8), "예전 계정 @nox_aurora 밴 먹었습니다. 이제 이 계정이 본계. 문의는 @n0x_main", ("op",), keep=True)
    c.say(DIST[8], D(5, 23, 0, 30), "공지: 새 문의 계정 @n0x_main 입니다 예전 계정으로 DM 하지 마세요", ("view",))
    NON_LINKS.append((DIST[8], n0x, "a distributor advertises the operator's new handle"))

    # price change and wallet notice
    c.say(n0x, D(6, 1, 20), "📌 6월부터 가격 조정: 멤버관 {amt:12만원} / VIP {amt:35만원}. 코인은 그날 시세로", ("op",))
    c.say(n0x, D(7, 2, 20), "📌 BTC 주소 변경됨. 예전 주소로 보내지 마세요: {opbtc}", ("op",))

    # the pleading victim, removed
    t = D(6, 14, 1, 12)
    c.service_msg(v_seoyeon, t, "join_group_by_link", (), inviter="Nox")
    c.say(v_seoyeon, later(t, 1, 2), "여기 제 사진 올라간 거 맞죠? 제발 내려주세요", (), raw=True)
    c.say(v_seoyeon, later(t, 3, 4), "저 서연인데요 학교에만 알리지 말아주세요 제발요", (), raw=True)
    c.say(CHATTY[9], later(t, 5, 6), "뭐임?", ("view",))
    c.say(latte, later(t, 6, 7), "누가 링크 줬냐 ㅋㅋ", ("op",))
    c.say(v_seoyeon, later(t, 8, 9), "신고할 거예요 진짜로", (), raw=True)
    c.service_msg(latte, later(t, 10, 11), "remove_members", ("op",), members=["ㅅㅇ"])
    c.say(CHATTY[10], later(t, 12, 14), "ㄷㄷ", ("view",))
    c.say(latte, later(t, 15, 16), "로비 링크 바꿈. 외부에 링크 뿌리지 마셈", ("op",))

    # monthly rule re-posts
    for mo in (4, 5, 7, 8):
        who = nox_old if mo < 5 or (mo == 5) else n0x
        c.say(who, D(mo, 1, 19), pick(BC.LOBBY_RULES), ("op",))
    return join_at


# ================================================================ paid rooms
def build_paid(join_at):
    g, v = general, vip
    g.service_msg(nox_old, D(3, 5, 20, 30), "create_channel", ("op",), title="AURORA 멤버관")
    g.service_msg(nox_old, D(3, 5, 20, 31), "invite_members", ("op",), members=["라떼", "문지기", "Vanta"] + [d.name for d in DIST])
    g.service_msg(nox_old, D(3, 6, 1, 12), "edit_group_title", ("op",), title="AURORA ✦ #general")
    v.service_msg(nox_old, D(3, 6, 2, 0), "create_channel", ("op",), title="AURORA ✦ #vip-lounge 🔒")
    v.service_msg(nox_old, D(3, 6, 2, 1), "invite_members", ("op",), members=["라떼", "Vanta", "택배기사", "Moth", "밤배"])
    rules = g.say(nox_old, D(3, 6, 2, 5), "📌 #general 규칙: 자료 외부 유출 = 영구밴 + 신상 공개. 요청은 한 사람당 하루 3번까지", ("op",))
    g.service_msg(nox_old, D(3, 6, 2, 6), "pin_message", ("op",), message_id=rules)
    for d in DIST + OPS[:1] + [latte, munjigi, vanta]:
        g.members.append(d)
    for d in (latte, vanta, DIST[0], DIST[1], DIST[3]):
        v.members.append(d)

    # members enter after paying (link from the gatekeeper) or are added by an operator
    paid = PAYERS + SOLPAY
    vip_members = R.sample(paid, 26) + [donkatsu, luna_c]
    for a in paid:
        t = later(getattr(a, "paid_at", START), 30, 700)
        if R.random() < 0.7:
            g.service_msg(a, t, "join_group_by_link", (), inviter="라떼")
        else:
            g.service_msg(op_gate(), t, "invite_members", ("op",), members=[a.from_name])
            a.invited_at = t
        g.members.append(a)
        a.in_general = t
    for a in dict.fromkeys(vip_members):
        t = later(a.in_general, 60, 4000)
        v.service_msg(a, t, "join_group_by_link", (), inviter="라떼")
        v.members.append(a)
        a.in_vip = t
    # solicitors without visible payment and some silent/chatty viewers are in the paid room too
    others = SOL + R.sample(SILENT, 40) + R.sample(CHATTY, 18)
    for a in others:
        t = later(join_at.get(a, START), 60, 3000)
        g.service_msg(a, t, "join_group_by_link", (), inviter="라떼")
        g.members.append(a)
        a.in_general = t
    for a in R.sample(SOL, 8) + R.sample([x for x in SILENT[2:] if hasattr(x, "in_general")], 8):
        t = later(a.in_general, 100, 5000)
        v.service_msg(a, t, "join_group_by_link", (), inviter="라떼")
        v.members.append(a)
        a.in_vip = t

    def when(a, room):
        lo = getattr(a, "in_vip" if room is v else "in_general", START)
        return rand_time(lo, END) if lo < END else later(END, 1, 60)

    # uploads
    uploads = []
    for d in DIST:
        for _ in range(R.randrange(6, 16)):
            room = v if (d in v.members and R.random() < 0.45) else g
            t = rand_time(START + datetime.timedelta(days=1), END)
            media = {}
            r = R.random()
            if r < 0.35:
                media = photo(room, t)
            elif r < 0.65:
                media = video_file(t)
            elif r < 0.8:
                media = archive_file(t)
            m = room.say(d, t, pick(BC.UPLOAD), ("dist",), **media)
            uploads.append(m)
            if R.random() < 0.15:  # the same material forwarded into the other room
                other = g if room is v else v
                other.say(d, later(t, 60, 3000), m.text, ("dist",), raw=True, forwarded_from=d.name)
    # a few operator uploads too (operators who also distribute)
    for _ in range(4):
        t = rand_time(D(5, 25), END)
        vip.say(n0x, t, pick(BC.UPLOAD), ("dist",), **photo(vip, t))

    # requests, many as replies to uploads
    for a in SOL + SOLPAY:
        for _ in range(R.randrange(2, 8)):
            room = v if (a in v.members and R.random() < 0.55) else g
            t = when(a, room)
            prior = [u for u in uploads if u.chat is room and u.t < t]
            rep = pick(prior) if prior and R.random() < 0.4 else None
            if rep:
                t = later(rep.t, 1, 300)
            rq = room.say(a, t, pick(BC.REQUEST), ("req",), reply=rep)
            if rep is not None and R.random() < 0.3:
                room.say(rep.acc, later(rq.t, 2, 120), pick(BC.DIST_REPLY), (), reply=rq)
    # thanks and stickers under uploads (viewer behaviour)
    for u in uploads:
        if R.random() < 0.35:
            pool = [x for x in CHATTY + SILENT if getattr(x, "in_general", END) < u.t and
                    (u.chat is g or getattr(x, "in_vip", END) < u.t)]
            if pool:
                a = R.choice(pool)
                if R.random() < 0.3:
                    sticker(u.chat, a, later(u.t, 1, 200), ("view",), reply=u)
                else:
                    u.chat.say(a, later(u.t, 1, 200), pick(BC.THANKS), ("view",), reply=u)

    # renewals and payment claims inside the rooms
    for a in PAYERS + SOLPAY:
        for _ in range(R.randrange(0, 3)):
            room = v if (a in v.members and R.random() < 0.5) else g
            room.say(a, when(a, room), pick(BC.PAYCLAIM), ("pay",))
    # chatter
    for a in CHATTY + SOL + PAYERS:
        if not hasattr(a, "in_general"):
            continue
        for _ in range(R.randrange(0, 5) if a in CHATTY else R.randrange(0, 3)):
            bank = R.choice([BC.MEMBER_CHAT, BC.MEMBER_CHAT, BC.MEMBER_CHAT, BC.OPSEC, BC.QUOTE_SARC])
            room = v if (a in v.members and R.random() < 0.5) else g
            room.say(a, when(a, room), pick(bank), ("view",))
    # operators in the paid rooms
    for _ in range(14):
        t = span()
        who = (nox_old if t < NOX_BANNED else n0x) if R.random() < 0.5 else pick([latte, munjigi, vanta])
        room = pick([g, g, v])
        if who is munjigi and room is v:
            room = g
        room.say(who, t, pick(["📌 업로드 일정: 화 목 토", "캡처 유출자 확인됨. 강퇴 + 신상 공개함", "연장 안 한 사람 이번 주에 정리함",
                               "요청 도배하지 마세요", "VIP 먼저 풀리고 일주일 뒤 여기", "신입 환영. 공지부터 읽어요",
                               "업로드 늦어서 미안. 새 애 섭외 중", "이번 주는 {series} 시리즈 마무리"]), ("op",))
    for _ in range(3):
        t = span()
        g.service_msg(latte, t, "remove_members", ("op",), members=[pick(SILENT).name])

    # identity and look-alike statements
    g.say(ghost_v2, D(6, 10, 23), "my main @kr_ghost got restricted, this is my alt now. same guy", ("view",), keep=True)
    g.say(ghost_v2, D(6, 10, 23, 30), "anyway when's the next drop", ("req",))
    g.say(saeu, D(4, 20, 22), "텔레 알림 잘 안 봐서 급한 거 있으면 제 번호 {saeu_phone} 로 문자 주세요", ("view",), keep=True)
    v.say(donkatsu, D(5, 2, 22), "VIP 업글 {amt:35만원} 보냈는데 혹시 안 되면 환불은 제 토스뱅크 {don_bank} 로 부탁드려요", ("pay",), keep=True)
    g.say(snowman2, D(7, 8, 21), "upgraded again. refund to my wallet {sn_eth} if it doesn't go through", ("pay",), keep=True)
    g.say(pick(SOL[1:]), D(5, 11, 23), "@haeun_k 얘 다음편 언제 올라와요?", ("req",), keep=True)
    v.say(pick(SOLPAY[1:]), D(5, 19, 0), "하은이 거 VIP에 먼저 푼다며 언제임", ("req",), keep=True)
    v.say(luna_c, D(4, 14, 21), "VIP 처음 와봄 ㅎㅎ 연장비 {amt:30만원} 냈어요", ("pay",))
    # two payers send to the same operator wallet and say so
    w = W.opbtc[0]
    a1, a2 = PAYERS[10], PAYERS[11]
    g.say(a1, D(4, 3, 22), "업글비 %s 로 보냈어요 확인 부탁" % pay("btc", w), ("pay",), raw=True)
    g.say(a2, D(4, 5, 23), "저도 %s 로 보냄. 같은 주소 맞죠?" % pay("btc", w), ("pay",), raw=True)
    NON_LINKS.append((a1, a2, "two payers send to the same operator BTC wallet"))
    a3 = PAYERS[12]
    g.say(a3, D(4, 7, 20), "공지에 있던 %s 이거 맞음? 보내고 나서 물어봄 ㅋㅋ" % pay("eth", W.opeth[0]), ("pay",), raw=True)
    NON_LINKS.append((a3, vanta, "a payer quotes the network's ETH wallet that Vanta manages"))
    uploads.sort(key=lambda m: m.t)
    return uploads


# ================================================================ staff room
def build_staff():
    s = staff
    t0 = D(3, 4, 22, 0)
    s.service_msg(nox_old, t0, "create_group", ("op",), title="aurora staff 🛠", members=["Nox", "라떼", "Vanta", "택배기사", "Moth"])
    s.members += [nox_old, latte, vanta, DIST[0], DIST[1]]
    s.say(nox_old, later(t0, 1, 2), "디코 서버 신고로 터짐. 텔레로 옮긴다. 로비/멤버관/VIP 세 개", ("op",))
    s.say(latte, later(t0, 3, 4), "ㅇㅋ 입장 확인은 제가 할게요. 부계 하나 더 파서 로비 봄", ("op",))
    s.say(vanta, later(t0, 5, 6), "i'll handle coin. eth for the pot is {opeth}, that one's mine, i convert weekly", ("op",))
    s.say(vanta, later(t0, 7, 8), "xmr too: {opxmr}", ("op",))
    s.say(DIST[0], later(t0, 9, 10), "디코 백업 폴더 있어요 그대로 옮길게요", ("dist",))
    s.service_msg(latte, D(3, 5, 0, 40), "invite_members", ("op",), members=["문지기"])
    s.say(munjigi, D(3, 5, 0, 42), "부계 들어옴 ㅋㅋ 문지기 = 라떼임", ("op",), keep=True)

    # the collector re-posts payers' PINs here (a payment relation, not an identity)
    pl = sorted(PINS_TO_REPOST, key=lambda x: x[2])
    reposted = []
    for payer, p, t in pl:
        if R.random() < 0.75:
            who = op_gate()
            tt = later(t, 20, 600)
            s.ctx["repins"] = [p]
            s.say(who, tt, pick(["확인완료: {repin}", "사용 처리함 {repin}", "{repin} 확인. 멤버관 링크 보냄", "핀 {repin} 잔액 확인 끝"]), ("op",))
            reposted.append((payer, who))
    seen = set()
    for payer, who in reposted:
        if payer not in seen and len(seen) < 6:
            seen.add(payer)
            NON_LINKS.append((payer, who, "payer's gift-card PIN re-posted by the collector in the staff room"))

    # routine operations, upload planning, off-topic
    for _ in range(70):
        t = span(D(3, 6), END)
        who = pick([nox_old if t < NOX_BANNED else n0x, latte, latte, vanta, munjigi])
        s.say(who, t, pick(BC.STAFF_OPS), ("op",))
    for _ in range(26):
        t = span(D(3, 6), END)
        s.say(pick(DIST[:2]), t, pick(BC.STAFF_UPLOAD_PLAN), ("dist",))
    for _ in range(24):
        t = span(D(3, 6), END)
        who = pick([latte, vanta, DIST[0], DIST[1], munjigi] + ([nox_old] if t < NOX_BANNED else [n0x]))
        s.say(who, t, pick(["ㅋㅋㅋ", "ㅇㅋ", "밥 먹고 옴", "오늘 피곤", "ㄱㄱ", "ok", "확인", "내일 얘기해요", "롤 할 사람",
                             "퇴근함", "ㅇㅇ", "lol", "다들 몸조심", "뉴스 봤냐 또 잡혔다던데"]), ())

    # the alt-account change
    s.say(nox_old, D(5, 19, 2), "이 계정 곧 터질 듯. 새 계정 파면 라떼한테 말할게", ("op",))
    s.service_msg(latte, D(5, 22, 21, 0), "invite_members", ("op",), members=["N0X"])
    s.say(n0x, D(5, 22, 21, 2), "나임. 예전 계정 @nox_aurora 터져서 새로 팜. 이제 @n0x_main", ("op",), keep=True)
    s.say(latte, D(5, 22, 21, 3), "ㅇㅋ 확인", ("op",))

    # victims named, @mentioned and exposed only here
    s.say(n0x, D(6, 2, 23), "알바 공고로 온 애 @rin_c0 (이채린) 진행중. 학교 한결대. 말 잘 들음", ("op",), keep=True)
    s.say(latte, D(6, 9, 0), "청람고 @doha_j 돈 일부 받음 {amt:20만원}. 나머지 문상으로 받기로", ("op",), keep=True)
    s.say(vanta, D(6, 12, 1), "Mina Park from Hollis High agreed. first set due sunday", ("op",), keep=True)
    s.say(latte, D(6, 20, 23), "신규: @sooah_99 알바 공고 보고 DM옴. 프로필이랑 학생증 받음", ("op",), keep=True)
    s.say(n0x, D(7, 1, 22), "윤가을 한빛고 1학년 번호 {gaeul_phone} 집 주소까지 땄음. 말 안 들으면 학교 단톡에 뿌린다고 해놨어", ("op",), keep=True)
    s.say(latte, D(7, 1, 22, 30), "윤가을 인스타 팔로워 목록도 캡처해둠. 친구들한테 보낼 거", ("op",), keep=True)
    m = s.say(n0x, D(7, 15, 23), "⟪%d|예나⟫ 이 계정 연락 끊음. 내일까지 답 없으면 신상 풀어" % v_yena_uid, ("op",), raw=True)
    s.say(latte, later(m.t, 2, 10), "ㅇㅋ 예나 학교 단톡 찾아볼게", ("op",), reply=m)
    s.say(DIST[1], D(7, 20, 1), "@rin_c0 거 편집 끝났어요 VIP 먼저", ("dist",), keep=True)
    s.say(n0x, D(7, 25, 22), "하은이는 그만하자 경찰 얘기함. @haeun_k 계정 차단함", ("op",), keep=True)
    s.say(vanta, D(8, 3, 2), "mina tried to block me. sent her a reminder, she's back in line", ("op",), keep=True)


# ================================================================ 1:1 coercion chats
def build_dm(chat, script, off, vic, t0, ctx):
    chat.ctx.update(ctx)
    t = t0
    for who, mins, line in script:
        t = t + datetime.timedelta(minutes=mins, seconds=R.randrange(5, 50))
        a = off if who == "o" else vic
        chat.say(a, t, fill(line, a, chat.ctx), ("op",) if who == "o" else (), raw=True)
    if chat is dm2:
        chat.service_msg(vanta, later(t0, 60, 61), "phone_call", (), discard_reason="missed")


def build_dms():
    build_dm(dm1, BD.DM_CHAERIN, n0x, v_chaerin, D(5, 27, 21, 10),
             {"vphone": A.phone(R), "vaddr": "한결로 27길 " + str(R.randrange(2, 90)), "opbank": W.opbank[1]})
    build_dm(dm2, BD.DM_MINA, vanta, v_mina, D(5, 30, 22, 40),
             {"vaddr_en": "%d Hollis Street" % R.randrange(10, 400)})
    build_dm(dm3, BD.DM_DOHA, latte, v_doha, D(6, 5, 16, 20),
             {"vphone": A.phone(R), "opbank": W.opbank[0], "vpin": ("gift_card", A.pin(R))})


# ================================================================ benign rooms
def benign_room(chat, owner, members, lines, n, start, end, admin_lines=(), admin_share=0.08,
                photos=0.0, create="create_channel", extra=()):
    if create == "create_group":
        chat.service_msg(owner, start, "create_group", (), title=chat.name,
                         members=[owner.name] + [m.name for m in members[:12]] + list(extra))
    else:
        chat.service_msg(owner, start, "create_channel", (), title=chat.name)
        for m in members:
            chat.service_msg(m, rand_time(start, start + datetime.timedelta(days=20)), "join_group_by_link", (),
                             inviter=owner.name)
    chat.members += [owner] + members
    if create == "create_group" and len(members) > 12:
        chat.service_msg(owner, later(start, 30, 200), "invite_members", (), members=[m.name for m in members[12:]])
    msgs = []
    for _ in range(n):
        t = rand_time(start + datetime.timedelta(hours=1), end)
        if admin_lines and R.random() < admin_share:
            m = chat.say(owner, t, pick(admin_lines))
        else:
            a = pick(members)
            media = photo(chat, t) if R.random() < photos else {}
            prior = [x for x in msgs if x.t < t and x.t > t - datetime.timedelta(hours=6)]
            rep = pick(prior) if prior and R.random() < 0.15 else None
            if R.random() < 0.03:
                m = sticker(chat, a, t, reply=rep)
            else:
                m = chat.say(a, t, pick(lines), reply=rep, **media)
        msgs.append(m)
    return msgs


def build_benign():
    # university club (dues)
    treas = Acc("산악부 총무 수빈")
    club.ctx["club_bank"] = A.bank(R, 0)
    cm = make(26) + [gamja, nightsky, Acc("민트")]
    mint_b = cm[-1]
    NON_LINKS.append((mint_b, mint_c, "same display name 민트 (club member vs lobby viewer)"))
    benign_room(club, treas, cm, BB.CLUB_MEMBER, 240, D(2, 27, 20), D(9, 10, 22), BB.CLUB_TREASURER, 0.12,
                photos=0.05, create="create_group", extra=["박준서"])
    club.say(gamja, D(4, 11, 21), "오늘 산행 사진 원본 올려주세요 ㅋㅋ 제 얼굴 반쯤 잘렸어요")
    club.say(nightsky, D(5, 8, 20), "저 회비 늦게 냈어요 죄송합니다 🙏")
    rep = club.say(cm[4], D(3, 10, 21), "총무님 {club_bank} 이거 맞죠? 방금 보냈어요")
    NON_LINKS.append((cm[4], treas, "a member repeats the treasurer's dues account"))

    # used-goods market
    mod = Acc("장터지기")
    mm = make(34) + [jun, bike_seller]
    market.ctx.update(don_bank=("bank_account", DON_BANK))
    benign_room(market, mod, mm, BB.MARKET_TALK + BB.MARKET_SELL + BB.MARKET_PAY, 290, D(3, 1, 12), D(9, 10, 22),
                ["📌 선입금 거래는 본인 책임입니다", "📌 판매글 양식: [판매] 물건 / 가격 / 지역", "📌 사기 신고는 방장에게"], 0.04,
                photos=0.12)
    market.say(bike_seller, D(6, 3, 19), "[판매] 하이브리드 자전거 {amt:15만원}. 입금은 제 토스뱅크 {don_bank} 로 해주세요", **photo(market, D(6, 3, 19)), keep=True)
    buyer = mm[2]
    market.say(buyer, D(6, 4, 10), "토스뱅크 {don_bank} 로 {amt:15만원} 보냈어요 확인 부탁드립니다", keep=True)
    NON_LINKS.append((buyer, bike_seller, "a buyer repeats the seller's bank account after paying"))
    market.say(jun, D(6, 20, 21), "에어팟 아직 있나요? 직거래 원해요")
    market.say(mm[5], D(7, 2, 20), "비트코인으로 받아도 돼요? 제 지갑 {mybtc} 로 보내주시면 됩니다")

    # fandom
    fadm = Acc("루미나총대")
    fandom.ctx["club_bank"] = A.bank(R, 5)
    luna_b = Acc("루나")
    fm = make(30) + [pixel, yuna, luna_b]
    NON_LINKS.append((luna_b, luna_c, "same display name 루나 (fandom member vs VIP payer)"))
    benign_room(fandom, fadm, fm, BB.FANDOM, 300, D(3, 3, 20), D(9, 12, 23), BB.FANDOM_ADMIN, 0.06, photos=0.14)
    fandom.say(pixel, D(5, 6, 23), "오늘 공방 직찍 자료 풀어요 출처 pixel 표기 부탁!", **photo(fandom, D(5, 6, 23)))
    fandom.say(fm[3], D(6, 10, 22), "overseas fan here, can I pay the group order in eth? my wallet {myeth}")

    # e-sports
    cap = Acc("BC_팀장")
    esports.ctx["club_bank"] = A.bank(R, 2)
    ghost_b = Acc("Ghost")
    em = make(16) + [milkbread, bc_shrimp, ghost_b]
    NON_LINKS.append((ghost_b, ghost_c, "same display name Ghost (e-sports player vs lobby viewer)"))
    benign_room(esports, cap, em, BB.ESPORTS + BB.ESPORTS_PAY, 280, D(3, 10, 21), D(9, 12, 23),
                ["스크림 일정 공지: 화 목 9시", "대회 참가비 {amt:5만원} {club_bank} 로. 금요일 마감", "오늘 안 오는 사람 말해"], 0.08)
    esports.say(bc_shrimp, D(5, 1, 20), "스크림 일정 바뀌면 제 번호 {saeu_phone} 로 연락 주세요", keep=True)
    esports.say(milkbread, D(5, 14, 22), "내일 저 미드 죽여버린다 ㅋㅋㅋ 각오해라")

    # church volunteers
    lead = Acc("청년부 봉사팀장")
    church.ctx["club_bank"] = A.bank(R, 3)
    church.ctx["leader_phone"] = A.phone(R)
    jimin_b = Acc("지민")
    chm = make(20) + [haru, coco, jimin_b]
    NON_LINKS.append((jimin_b, jimin_c, "same display name 지민 (church volunteer vs #general member)"))
    benign_room(church, lead, chm, BB.CHURCH, 210, D(3, 1, 19), D(9, 14, 22), [], 0, photos=0.04,
                create="create_group")
    church.say(lead, D(3, 20, 20), "목사님 번호 {leader_phone} 이에요 급한 일은 여기로")
    church.say(chm[2], D(3, 20, 21), "혹시 {leader_phone} 맞나요? 문자 보냈는데 답이 없으셔서")
    NON_LINKS.append((chm[2], lead, "a volunteer repeats the pastor's phone number the leader posted"))
    church.say(haru, D(7, 9, 20), "봉사 사진 올려주세요~ 저 이번에 처음 갔어요")


LINKS += [
    (nox_old, n0x, "stated alt: the old account gave @nox_aurora as its DM handle; the new one says @nox_aurora was banned and it is the new main"),
    (latte, munjigi, "stated alt: 라떼 says the lobby account 문지기 is her/his second account; 문지기 says 문지기 = 라떼"),
    (kr_ghost, ghost_v2, "stated alt in English: kr_ghost gave @kr_ghost as its handle; ghost.v2 says its main @kr_ghost was restricted"),
    (donkatsu, bike_seller, "the same Toss Bank account stated as 'my' refund / receiving account (VIP room and the market)"),
    (saeu, bc_shrimp, "the same phone number stated as 'my number' (#general and the e-sports room)"),
    (snowman, snowman2, "the same ETH refund wallet stated as 'my' wallet (lobby and #general)"),
]

VICTIMS = [
    {"account": v_chaerin, "mention": "@rin_c0", "name": "이채린"},
    {"account": v_mina, "mention": None, "name": "Mina Park"},
    {"account": v_doha, "mention": "@doha_j", "name": "정도하"},
    {"account": v_seoyeon, "mention": None, "name": "서연"},
    {"account": None, "mention": "@sooah_99", "name": None},
    {"account": None, "mention": None, "name": "윤가을"},
    {"account": "telegram:user%d" % v_yena_uid, "mention": None, "name": "예나"},
    {"account": None, "mention": "@haeun_k", "name": "하은"},
]


# ================================================================ serialisation
ENT = re.compile(r"(⟪\d+\|[^⟫]*⟫|@[A-Za-z0-9_]{5,32}|t\.me/\S+)")


def text_parts(text):
    parts = []
    for p in ENT.split(text):
        if not p:
            continue
        m = MN.fullmatch(p)
        if m:
            parts.append({"type": "mention_name", "text": m.group(2), "user_id": int(m.group(1))})
        elif p.startswith("@") and ENT.fullmatch(p):
            parts.append({"type": "mention", "text": p})
        elif p.startswith("t.me/"):
            parts.append({"type": "link", "text": p})
        else:
            parts.append({"type": "plain", "text": p})
    return parts


def plain(text):
    return MN.sub(lambda m: m.group(2), text)


def assign_ids(chat):
    chat.msgs.sort(key=lambda m: m.t)
    nid = R.randrange(200000, 900000) if chat.sparse else 1
    for m in chat.msgs:
        m.id = nid
        nid += R.randrange(1, 60) if chat.sparse else (1 + (R.randrange(1, 4) if R.random() < 0.04 else 0))
    for m in chat.msgs:  # replies must point backwards in time
        if m.reply is not None and m.reply.t >= m.t:
            m.t = m.reply.t + datetime.timedelta(seconds=R.randrange(20, 300))
    chat.msgs.sort(key=lambda m: m.t)
    ids = sorted(m.id for m in chat.msgs)
    for m, i in zip(chat.msgs, ids):
        m.id = i


def serialise(chat):
    out = []
    for m in chat.msgs:
        o = {"id": m.id, "type": "service" if m.service else "message",
             "date": m.t.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(m.t.timestamp()))}
        if m.service:
            o["actor"] = m.acc.from_name if m.acc else None
            o["actor_id"] = "user%d" % m.acc.id
            o["action"] = m.service
            for k, v in m.extra.items():
                o[k] = v.id if isinstance(v, Msg) else v
            o["text"] = ""
            o["text_entities"] = []
        else:
            if R.random() < 0.02:
                e = m.t + datetime.timedelta(minutes=R.randrange(1, 30))
                o["edited"] = e.strftime("%Y-%m-%dT%H:%M:%S")
                o["edited_unixtime"] = str(int(e.timestamp()))
            o["from"] = m.acc.from_name
            o["from_id"] = "user%d" % m.acc.id
            if "forwarded_from" in m.extra:
                o["forwarded_from"] = m.extra["forwarded_from"]
            if m.reply is not None:
                o["reply_to_message_id"] = m.reply.id
            for k, v in m.extra.items():
                if k != "forwarded_from":
                    o[k] = v
            parts = text_parts(m.text)
            if len(parts) == 1 and parts[0]["type"] == "plain":
                o["text"] = parts[0]["text"]
            elif not parts:
                o["text"] = ""
            else:
                o["text"] = [p["text"] if p["type"] == "plain" else p for p in parts]
            o["text_entities"] = parts
        out.append(o)
    return {"name": chat.name, "type": chat.type, "id": chat.id, "messages": out}


def main():
    join_at = build_lobby()
    build_paid(join_at)
    build_staff()
    build_dms()
    build_benign()

    folders, truth_pay = {}, []
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
        os.makedirs(os.path.join(d, "photos"), exist_ok=True)
        for rel, img in getattr(chat, "pending_photos", []):
            img.save(os.path.join(d, rel), "JPEG", quality=60)
        if not getattr(chat, "pending_photos", []):
            os.rmdir(os.path.join(d, "photos"))
        with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
            json.dump(serialise(chat), f, ensure_ascii=False, indent=1)
            f.write("\n")
        for m in chat.msgs:
            for kind, valid, value in m.pays:
                truth_pay.append({"chat": chat.name, "message_id": m.id, "value": value, "kind": kind, "valid": valid})

    victim_accs = {v["account"].key for v in VICTIMS if isinstance(v["account"], Acc)}
    all_accs = {a.key: a for c in CHATS for m in c.msgs if m.acc for a in [m.acc]}
    crim = {c.name for c in CHATS if c.label == "criminal"}
    participants, benign = [], []
    for key, a in sorted(all_accs.items()):
        if key in victim_accs:
            continue
        if a.chats & crim:
            roles = [r for t, r in (("op", "operator"), ("dist", "distributor"), ("req", "solicitor"), ("pay", "payer"))
                     if t in a.tags] or ["viewer"]
            participants.append({"account": key, "roles": roles})
        else:
            benign.append(key)
    truth = {
        "participants": participants,
        "potential_victims": [{"account": v["account"].key if isinstance(v["account"], Acc) else v["account"],
                               "mention": v["mention"], "name": v["name"]} for v in VICTIMS],
        "benign_chats": [c.name for c in CHATS if c.label == "benign"],
        "benign_accounts": benign,
        "identity_links": [[a.key, b.key, why] for a, b, why in LINKS],
        "non_links": [[a.key, b.key, why] for a, b, why in NON_LINKS],
        "payments": truth_pay,
        "rooms": {c.name: c.label for c in CHATS},
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    detail = {"accounts": {key: {"name": a.name, "handle": a.handle, "deleted": a.deleted,
                                 "chats": sorted(a.chats)} for key, a in sorted(all_accs.items())},
              "folders": folders,
              "name_only_members": {"한결대 산악부 🏔 23-2": ["박준서"]},
              "operator_wallets": {"btc": W.opbtc, "eth": W.opeth, "xmr": W.opxmr,
                                   "bank": [b for _, b in W.opbank]}}
    with open(os.path.join(OUT, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
