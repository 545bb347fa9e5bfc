#!/usr/bin/env python3
"""sealed-7 generator: hand-written scripts (scripts7.py) -> Telegram Desktop exports + truth.

usage: python3 make_sealed7.py [OUT]   (default: the corpus folder, one level up)

Script syntax (one event per line):
  ## 2026-03-14 21:05        set the clock (each later line advances it by a few minutes)
  key: text                  a message;  key:^ text  replies to the previous message
  [photo] / [video] / [zip] / [sticker X] at the start of the text attach media
  +k1,k2                     join_group_by_link (inviter: the chat's owner)
  >a k1,k2                   a invites k1,k2      -a k1   a removes k1
  !create a                  create_group / create_channel by a     !pin a   pin the previous message
  !title a New title         edit_group_title     !call a            a missed phone call
  ~N k1,k2,...               N short reactions from this chat's pool, by the listed speakers
Tokens: {a:5천원} amount, {pin:X} gift-card PIN X, {bank:X} account X, {phone:X}, {eth:X}, {ethbad:X},
{mn:key} a mention_name entity for that account.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "..", "dev-2", "gen"), os.path.join(HERE, "..", "..", "common"), HERE]
import engine as E  # noqa: E402
import artifacts as A  # noqa: E402
import scripts7 as S  # noqa: E402

R = E.R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")

# ---------------------------------------------------------------- accounts
ACC = {}
for key, name, handle in S.CAST:
    ACC[key] = E.Acc(name, handle, style={}, deleted=key in S.DELETED)

VALS = {}


def val(kind, x):
    k = (kind, x)
    if k not in VALS:
        if kind == "pin":
            VALS[k] = A.pin(R)
        elif kind == "bank":
            VALS[k] = A.bank(R, S.BANKS[x])[1]
        elif kind == "phone":
            VALS[k] = A.phone(R)
        elif kind == "eth":
            VALS[k] = A.eth(R)
    return VALS[k]


def fill(text):
    out, i = "", 0
    while True:
        j = text.find("{", i)
        if j < 0:
            return out + text[i:]
        k = text.index("}", j)
        out += text[i:j]
        kind, _, x = text[j + 1:k].partition(":")
        if kind == "a":
            out += E.pay("amount", x)
        elif kind == "pin":
            out += E.pay("gift_card", val("pin", x))
        elif kind == "bank":
            out += E.pay("bank_account", val("bank", x))
        elif kind == "phone":
            out += val("phone", x)
        elif kind == "eth":
            out += E.pay("eth", val("eth", x))
        elif kind == "ethbad":
            out += E.pay("eth", A.corrupt(R, val("eth", x), A.eth_ok), valid=False)
        elif kind == "mn":
            out += "⟪%d|%s⟫" % (ACC[x].id, S.MN_TEXT[x])
        else:
            raise KeyError(kind)
        i = k + 1


# ---------------------------------------------------------------- chats
CHATS = []


def run(spec):
    name, ctype, label, export_date, owner, pool, script = spec
    sparse = ctype in ("private_group", "personal_chat")
    chat = E.Chat(name, ctype, label, export_date, sparse=sparse)
    t = None
    last = None
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("## "):
            d = line[3:].strip()
            t = datetime.datetime.strptime(d, "%Y-%m-%d %H:%M").replace(
                second=R.randrange(60), tzinfo=E.KST)
            continue
        t = t + datetime.timedelta(seconds=R.randrange(15, 200))
        if line.startswith("+"):
            for k in line[1:].split(","):
                t = t + datetime.timedelta(seconds=R.randrange(30, 3000))
                chat.service_msg(ACC[k.strip()], t, "join_group_by_link", inviter=ACC[owner].name)
            continue
        if line.startswith(">") or line.startswith("-"):
            a, ks = line[1:].split(" ", 1)
            names = [ACC[k.strip()].name for k in ks.split(",")]
            chat.service_msg(ACC[a], t, "invite_members" if line[0] == ">" else "remove_members", members=names)
            continue
        if line.startswith("!"):
            cmd, a, *rest = line[1:].split(" ", 2)
            if cmd == "create":
                act = "create_group" if ctype == "private_group" else "create_channel"
                extra = {"title": name if not rest else rest[0]}
                if act == "create_group":
                    extra["members"] = [ACC[owner].name]
                chat.service_msg(ACC[a], t, act, **extra)
            elif cmd == "pin":
                chat.service_msg(ACC[a], t, "pin_message", message_id=last)
            elif cmd == "title":
                chat.service_msg(ACC[a], t, "edit_group_title", title=rest[0])
            elif cmd == "call":
                chat.service_msg(ACC[a], t, "phone_call", discard_reason="missed")
            continue
        if line.startswith("~"):
            n, ks = line[1:].split(" ", 1)
            ks = [k.strip() for k in ks.split(",")]
            for _ in range(int(n)):
                t = t + datetime.timedelta(seconds=R.randrange(10, 240))
                last = chat.say(ACC[R.choice(ks)], t, R.choice(S.POOLS[pool]), raw=True)
            continue
        key, _, text = line.partition(":")
        reply = None
        if text.startswith("^"):
            reply, text = last, text[1:]
        text = text.strip()
        extra = {}
        if text.startswith("[photo]"):
            extra, text = E.photo(chat, t), text[7:].strip()
        elif text.startswith("[video]"):
            extra, text = E.video_file(t), text[7:].strip()
        elif text.startswith("[zip]"):
            extra, text = E.archive_file(t), text[5:].strip()
        elif text.startswith("[sticker"):
            em = text[9:text.index("]")]
            extra = {"file": "(File not included. Change data exporting settings to download.)",
                     "media_type": "sticker", "sticker_emoji": em, "width": 512, "height": 512}
            text = text[text.index("]") + 1:].strip()
        elif text.startswith("[fwd "):
            extra = {"forwarded_from": text[5:text.index("]")]}
            text = text[text.index("]") + 1:].strip()
        last = chat.say(ACC[key.strip()], t, fill(text), reply=reply, raw=True, **extra)
    CHATS.append(chat)
    return chat


for spec in S.CHATS:
    run(spec)

# ---------------------------------------------------------------- write exports
folders = {}
for chat in sorted(CHATS, key=lambda c: (c.export_date, c.name)):
    E.assign_ids(chat)
    base = "ChatExport_" + chat.export_date
    n = folders.get(base, 0)
    folders[base] = n + 1
    folder = os.path.join(OUT, base if n == 0 else "%s (%d)" % (base, n))
    os.makedirs(folder, exist_ok=True)
    for rel, img in getattr(chat, "pending_photos", []):
        os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
        img.save(os.path.join(folder, rel), "JPEG", quality=80)
    with open(os.path.join(folder, "result.json"), "w", encoding="utf-8") as f:
        json.dump(E.serialise(chat), f, ensure_ascii=False, indent=1)
        f.write("\n")
    chat.folder = os.path.basename(folder)

# ---------------------------------------------------------------- truth
vic_keys = [v[0] for v in S.VICTIMS if v[0]]
seen = {}  # key -> set of labels of chats
for chat in CHATS:
    for m in chat.msgs:
        if m.acc is not None:
            seen.setdefault(m.acc, set()).add(chat.label)
        if not m.service:
            for mid in E.MN.findall(m.text):
                a = next(x for x in ACC.values() if x.id == int(mid[0]))
                seen.setdefault(a, set()).add(chat.label)
KEY = {a: k for k, a in ACC.items()}
participants, benign = [], []
for a, labels in sorted(seen.items(), key=lambda x: x[0].key):
    k = KEY[a]
    if k in vic_keys:
        continue
    if "criminal" in labels:
        roles = S.ROLES.get(k, ["viewer"])
        participants.append({"account": a.key, "roles": roles})
    else:
        if k in S.ROLES:
            raise SystemExit("role given to benign-only account " + k)
        benign.append(a.key)
for k in S.ROLES:
    if ACC[k] not in seen or "criminal" not in seen[ACC[k]]:
        raise SystemExit("role for an account not seen in crime: " + k)

payments = []
for chat in CHATS:
    for m in chat.msgs:
        for kind, ok, v in m.pays:
            payments.append({"chat": chat.name, "message_id": m.id, "value": v, "kind": kind, "valid": ok})

truth = {
    "participants": participants,
    "potential_victims": [{"account": ACC[k].key if k else None, "mention": mn, "name": nm}
                          for k, mn, nm in S.VICTIMS],
    "benign_chats": [c.name for c in CHATS if c.label == "benign"],
    "benign_accounts": benign,
    "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in S.LINKS],
    "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in S.NONLINKS],
    "payments": payments,
    "rooms": {c.name: c.label for c in CHATS},
}
with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")
detail = {a.key: {"key": KEY[a], "name": a.name, "handle": a.handle, "deleted": a.deleted,
                  "chats": sorted(a.chats), "roles": S.ROLES.get(KEY[a])}
          for a in sorted(seen, key=lambda x: x.key)}
with open(os.path.join(OUT, "truth_detail.json"), "w", encoding="utf-8") as f:
    json.dump({"accounts": detail, "folders": {c.name: c.folder for c in CHATS}}, f, ensure_ascii=False, indent=1)
    f.write("\n")
