"""Generic export engine for dev-2: accounts, per-speaker perturbation, payment marks, chats,
messages, photos.  No phrase bank lives here (see bank_*.py)."""
import datetime
import os
import random
import re

from PIL import Image, ImageDraw

import artifacts as A

R = random.Random(20240611)
KST = datetime.timezone(datetime.timedelta(hours=9))

# ================================================================ accounts
USED_IDS = set()


class Acc:
    def __init__(self, name, handle=None, style=None, deleted=False, prefix="user"):
        while True:
            uid = R.randrange(10 ** 8, 7 * 10 ** 9)
            if uid not in USED_IDS:
                break
        USED_IDS.add(uid)
        self.id, self.name, self.handle, self.deleted, self.prefix = uid, name, handle, deleted, prefix
        self.style = style if style is not None else random_style()
        self.tags, self.chats, self.own = set(), set(), {}

    @property
    def key(self):
        return "telegram:%s%d" % (self.prefix, self.id)

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
            if callable(v):
                v = v()
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
            o["actor_id"] = "%s%d" % (m.acc.prefix, m.acc.id)
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
            o["from_id"] = "%s%d" % (m.acc.prefix, m.acc.id)
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


