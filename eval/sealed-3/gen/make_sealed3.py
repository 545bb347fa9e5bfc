#!/usr/bin/env python3
"""Generator for eval/sealed-3 (SEALED: score only).

usage: python3 make_sealed3.py OUT_DIR

Reads the hand-written scripts (cast.py, script_crim.py, script_benign.py), drives the generic
export engine of dev-2 (../../dev-2/gen/engine.py, by import) and writes OUT_DIR/ChatExport_*/
result.json, truth.json and truth_detail.json.  Deterministic: fixed seeds, byte-identical output.

Script syntax (one item per line):
  @ MM-DD HH:MM          set the clock (2026, KST); later lines advance it by a few minutes
  @ +N                   advance the clock by N minutes
  key: text              a message; key^N: replies to the N-th previous item; key!: no perturbation
  +create key: title | k1,k2     +join k1 k2 ...     +invite key: k1,k2
  +remove key: k1,k2     +pin key     +title key: new title
Text prefixes: [photo] [video] [file:NAME] [sticker:E] [fwd:NAME] [as:NAME] (display name shown).
Placeholders: {lit:TEXT} (kept as is) {mn:key:TEXT} (mention_name entity) {bank:X} {acct:X} {pin:X} {btc:X} {eth:X} {xmr:X} {badbtc:X} {badeth:X} {phone:X};
amounts ("3만원", "40 USDT", "0.0006 BTC") are found and labelled automatically.
"""
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "common"))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen"))
sys.path.insert(0, HERE)
import artifacts as A  # noqa: E402
import engine as E  # noqa: E402
import cast as C  # noqa: E402
import script_crim as SC  # noqa: E402
import script_benign as SB  # noqa: E402

R = random.Random(20260405)
YEAR = 2026
AMOUNT = re.compile(r"(\d[\d,.]*\s?(만\s?)?(천\s?)?원(?!본)|\d+만|\d[\d.]*\s?(BTC|ETH|XMR)|\d+ dollars|₩\d[\d,]*"
                    r"|\d[\d,.]*\s?USDT)")
BRACE = re.compile(r"(\{[^{}]*\})")
NOT_INCL = "(File not included. Change data exporting settings to download.)"

# ------------------------------------------------------------------ accounts
ACC = {}
for key, name, handle, note in C.ACCOUNTS:
    deleted = name is None
    prefix = "channel" if key.startswith("chan") else "user"
    a = E.Acc(name or "Deleted Account", handle, deleted=deleted, prefix=prefix)
    a.keyname, a.note = key, note
    if key in C.STYLES:  # set after creation so the engine's random stream is unchanged
        a.style = dict(a.style, **C.STYLES[key])
    ACC[key] = a

# ------------------------------------------------------------------ payment artifacts
ART = {}


def artifact(kind, name):
    base = {"acct": "bank", "badbtc": "btc", "badeth": "eth"}.get(kind, kind)
    k = (base, name)
    if k not in ART:
        if base == "bank":
            which = C.BANK_OF.get(name)
            ART[k] = A.bank(R, which)
        elif base == "pin":
            ART[k] = A.pin(R)
        elif base == "btc":
            ART[k] = A.btc(R, C.BTC_STYLE.get(name, "bech32"))
        elif base == "eth":
            ART[k] = A.eth(R)
        elif base == "xmr":
            ART[k] = A.xmr(R)
        elif base == "phone":
            ART[k] = A.phone(R)
        else:
            raise KeyError(kind)
    v = ART[k]
    if kind == "bank":
        return "%s %s" % (v[0], E.pay("bank_account", v[1]))
    if kind == "acct":
        return E.pay("bank_account", v[1])
    if kind == "pin":
        return E.pay("gift_card", v)
    if kind in ("btc", "eth", "xmr"):
        return E.pay(kind, v)
    if kind == "badbtc":
        bk = ("badbtc", name)
        if bk not in ART:
            ART[bk] = A.corrupt(R, v, A.btc_ok)
        return E.pay("btc", ART[bk], valid=False)
    if kind == "badeth":
        bk = ("badeth", name)
        if bk not in ART:
            ART[bk] = A.corrupt(R, v, A.eth_ok)
        return E.pay("eth", ART[bk], valid=False)
    if kind == "phone":
        return v
    raise KeyError(kind)


def wrap_amounts(text):
    out = []
    for part in BRACE.split(text):
        if BRACE.fullmatch(part):
            out.append(part)
        else:
            out.append(AMOUNT.sub(lambda m: "{amt:%s}" % m.group(0), part))
    return "".join(out)


def substitute(text):
    def rep(m):
        body = m.group(1)
        kind, _, name = body.partition(":")
        if kind == "amt":
            return E.pay("amount", name)
        if kind == "lit":
            return name
        if kind == "mn":  # a mention_name entity: {mn:key:shown text}
            key, _, shown = name.partition(":")
            return "⟪%d|%s⟫" % (ACC[key].id, shown)
        return artifact(kind, name)
    return re.sub(r"\{([^{}]+)\}", rep, text)


PROTECT = [v["name"] for v in C.VICTIMS if v.get("name")] + C.PROTECT


DIGITS = re.compile(r"\d[\d,.:/-]*")


def protect_digits(text):
    """Numbers (dates, student numbers, times) are not scrambled by the typo layer."""
    return "".join(p if BRACE.fullmatch(p) else DIGITS.sub(lambda m: "{lit:%s}" % m.group(0), p)
                   for p in BRACE.split(text))


def render(acc, text, keep):
    if not text.strip():  # media without caption
        return text
    text = protect_digits(wrap_amounts(text))
    if not keep and not any(p in text for p in PROTECT) and not acc.deleted:
        text = E.perturb(text, acc.style)
    return substitute(text)


# ------------------------------------------------------------------ scripts
LINE = re.compile(r"^([a-z][a-z0-9_]*)(\^(\d+))?(!)?:\s?(.*)$")
TAG = re.compile(r"^\[(photo|video|file:[^\]]+|sticker:[^\]]+|fwd:[^\]]+|as:[^\]]+)\]\s?")


def run(chat, script):
    t = None
    items = []
    for raw in script.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            arg = line[1:].strip()
            if arg.startswith("+"):
                t = t + datetime.timedelta(minutes=float(arg[1:]))
            else:
                d, hm = arg.split()
                mo, dd = map(int, d.split("-"))
                hh, mi = map(int, hm.split(":"))
                nt = datetime.datetime(YEAR, mo, dd, hh, mi, R.randrange(60), tzinfo=E.KST)
                t = max(nt, t + datetime.timedelta(seconds=40)) if t else nt
            continue
        if line.startswith("+"):
            cmd, _, rest = line[1:].partition(" ")
            if cmd == "join":
                for k in rest.split():  # "key=name": the display name shown in this export
                    k, _, shown = k.partition("=")
                    t = t + datetime.timedelta(minutes=R.uniform(2, 70))
                    extra = {"actor": shown} if shown else {}
                    items.append(chat.service_msg(ACC[k], t, "join_group_by_link",
                                                  inviter=chat.owner.name, **extra))
                continue
            who, _, arg = rest.partition(":")
            acc = ACC[who.strip()]
            arg = arg.strip()
            t = t + datetime.timedelta(minutes=R.uniform(0.3, 3))
            if cmd == "create":
                title, _, mem = arg.partition("|")
                names = [ACC[k.strip()].name for k in mem.split(",") if k.strip()]
                if chat.type.endswith("channel"):
                    items.append(chat.service_msg(acc, t, "create_channel", title=title.strip()))
                else:
                    items.append(chat.service_msg(acc, t, "create_group", title=title.strip(), members=names))
            elif cmd in ("invite", "remove"):
                names = [ACC[k.strip()].name for k in arg.split(",")]
                items.append(chat.service_msg(acc, t, cmd + "_members", members=names))
            elif cmd == "pin":
                target = [m for m in items if not m.service][-1]
                items.append(chat.service_msg(acc, t, "pin_message", message_id=target))
            elif cmd == "title":
                items.append(chat.service_msg(acc, t, "edit_group_title", title=arg))
            else:
                raise ValueError(line)
            continue
        m = LINE.match(line)
        if not m:
            raise ValueError("bad script line: %r" % line)
        key, _, back, bang, text = m.groups()
        acc = ACC[key]
        extra = {}
        gap = R.uniform(0.2, 1.5) if len(text) < 12 else R.uniform(0.5, 4.5)
        t = t + datetime.timedelta(minutes=gap)
        while True:
            tm = TAG.match(text)
            if not tm:
                break
            tag = tm.group(1)
            text = text[tm.end():]
            if tag == "photo":
                extra.update(E.photo(chat, t))
            elif tag == "video":
                extra.update(E.video_file(t))
            elif tag.startswith("file:"):
                fn = tag[5:]
                mime = "application/zip" if fn.endswith(".zip") else (
                    "video/mp4" if fn.endswith(".mp4") else "application/octet-stream")
                extra.update({"file": NOT_INCL, "file_name": fn, "mime_type": mime})
            elif tag.startswith("sticker:"):
                extra.update({"file": NOT_INCL, "thumbnail": NOT_INCL, "media_type": "sticker",
                              "sticker_emoji": tag[8:], "width": 512, "height": 512})
            elif tag.startswith("fwd:"):
                extra["forwarded_from"] = tag[4:]
            elif tag.startswith("as:"):
                extra["from"] = tag[3:]
        reply = items[-int(back)] if back else None
        msg = chat.say(acc, t, render(acc, text, bool(bang)), reply=reply, raw=True, **extra)
        items.append(msg)
    return items


def build_chat(spec):
    title, ctype, label, export_date, owner, script = spec
    peer = None
    if ctype == "personal_chat":
        peer = ACC[owner]
        chat = E.Chat(title, ctype, label, export_date, cid=peer.id, sparse=True)
    elif ctype.endswith("channel"):
        chat = E.Chat(title, ctype, label, export_date, cid=ACC[owner].id, sparse=False)
    else:
        chat = E.Chat(title, ctype, label, export_date, sparse=ctype == "private_group")
    chat.owner = ACC[owner]
    run(chat, script)
    return chat


def main(out):
    chats = [build_chat(s) for s in SC.CHATS + SB.CHATS]
    for c in chats:
        E.assign_ids(c)
    # folders: ChatExport_<export date>[ (n)]
    used = {}
    folders = []
    for c in chats:
        n = used.get(c.export_date, 0)
        used[c.export_date] = n + 1
        folders.append("ChatExport_%s%s" % (c.export_date, "" if n == 0 else " (%d)" % n))
    os.makedirs(out, exist_ok=True)
    for c, f in zip(chats, folders):
        d = os.path.join(out, f)
        os.makedirs(d, exist_ok=True)
        for rel, img in getattr(c, "pending_photos", []):
            p = os.path.join(d, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            img.save(p, "JPEG", quality=80)
        with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as fh:
            json.dump(E.serialise(c), fh, ensure_ascii=False, indent=1)
            fh.write("\n")

    # ---------------------------------------------------------- truth
    seen = {}  # account key -> set of chat labels
    for c in chats:
        for m in c.msgs:
            if m.acc is not None:
                seen.setdefault(m.acc.keyname, set()).add(c.label)
    vic_keys = {v["key"] for v in C.VICTIMS if v.get("key")}
    participants, benign = [], []
    for key, labels in sorted(seen.items(), key=lambda kv: ACC[kv[0]].key):
        if key in vic_keys:
            continue
        if "criminal" in labels:
            roles = C.ROLES.get(key, ["viewer"])
            participants.append({"account": ACC[key].key, "roles": roles})
        else:
            if key in C.ROLES:
                raise SystemExit("%s has roles but is only in benign rooms" % key)
            benign.append(ACC[key].key)
    for key in C.ROLES:
        if key not in seen:
            raise SystemExit("%s has roles but never appears" % key)
    payments = []
    for c in chats:
        for m in c.msgs:
            for kind, valid, value in m.pays:
                payments.append({"chat": c.name, "message_id": m.id, "value": value, "kind": kind,
                                 "valid": valid})
    truth = {
        "participants": participants,
        "potential_victims": [{"account": ACC[v["key"]].key if v.get("key") else None,
                               "mention": v.get("mention"), "name": v.get("name")} for v in C.VICTIMS],
        "benign_chats": [c.name for c in chats if c.label == "benign"],
        "benign_accounts": benign,
        "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.LINKS],
        "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.NON_LINKS],
        "payments": payments,
        "rooms": {c.name: c.label for c in chats},
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    detail = {
        "accounts": [{"account": a.key, "display_name": a.from_name, "handle": a.handle,
                      "chats": sorted(ch for ch in a.chats), "designed": a.note}
                     for a in ACC.values() if a.keyname in seen],
        "chat_keys": {c.name: f for c, f in zip(chats, folders)},
        "notes": C.NOTES,
    }
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as fh:
        json.dump(detail, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d chats, %d messages to %s" % (len(chats), sum(len(c.msgs) for c in chats), out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
