#!/usr/bin/env python3
"""Generator for sealed-9 (SEALED evaluation corpus; do not read unless you are its author).

usage: python3 make_sealed9.py [OUT]     (default: the corpus folder, one level up)

Script syntax (gen/scripts9.py), one event per line:
  ## YYYY-MM-DD HH:MM      set the clock
  key: text                a message (clock advances a little)
  key:^ text               a reply to the previous message
  key:photo text           a message with a generated abstract photo
  key:file text            a message with an archive stub ("File not included")
  +join k1 k2 ...          join_group_by_link events
  +create key TITLE        create_group / create_channel
  +invite key k1 k2        invite_members
  +remove key k1           remove_members
  +pin key                 pin the previous message
Tokens: {a:3만원} amount, {pin:n} gift-card PIN, {btc:n} {btcbad:n} {eth:n} {ethbad:n} {xmr:n},
{bank:n} bank account (name + number), {phone:n}, {mn:key} mention_name entity, {tx}.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, os.pardir, os.pardir, "common"),
                os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen")]

import engine as E  # noqa: E402
import artifacts as A  # noqa: E402
import cast9 as C  # noqa: E402
import scripts9 as S  # noqa: E402

R = E.R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir)

# ------------------------------------------------------------------ accounts
ACC = {}
for key, (name, handle, label) in C.CAST.items():
    ACC[key] = E.Acc(name, handle, style={}, deleted=(name is None),
                     prefix="channel" if label.startswith("channel") else "user")

# ------------------------------------------------------------------ artifacts
ART = {}


def art(kind, name):
    k = (kind, name)
    if k not in ART:
        if kind == "btc":
            ART[k] = A.btc(R, R.choice(["bech32", "p2pkh", "p2sh"]))
        elif kind == "eth":
            ART[k] = A.eth(R)
        elif kind == "xmr":
            ART[k] = A.xmr(R)
        elif kind == "bank":
            ART[k] = A.bank(R)
        elif kind == "pin":
            ART[k] = A.pin(R)
        elif kind == "phone":
            ART[k] = A.phone(R)
    return ART[k]


def fill(text):
    import re

    def rep(m):
        kind, _, arg = m.group(1).partition(":")
        if kind == "a":
            return E.pay("amount", arg)
        if kind in ("btc", "eth", "xmr"):
            return E.pay(kind, art(kind, arg))
        if kind == "btcbad":
            return E.pay("btc", A.corrupt(R, art("btc", arg), A.btc_ok), False)
        if kind == "ethbad":
            return E.pay("eth", A.corrupt(R, art("eth", arg), A.eth_ok), False)
        if kind == "bank":
            b, num = art("bank", arg)
            return "%s %s" % (b, E.pay("bank_account", num))
        if kind == "banknum":
            return E.pay("bank_account", art("bank", arg)[1])
        if kind == "pin":
            return E.pay("gift_card", art("pin", arg))
        if kind == "phone":
            return art("phone", arg)
        if kind == "mn":
            a = ACC[arg]
            return "⟪%d|%s⟫" % (a.id, C.CAST[arg][0])
        if kind == "tx":
            return "%064x" % R.getrandbits(256)
        raise KeyError(m.group(0))
    return re.sub(r"\{([a-z]+(?::[^{}]*)?)\}", rep, text)


# ------------------------------------------------------------------ chats
def run(spec):
    name, ctype, label, export_date, peer, script = spec
    sparse = ctype in ("private_group", "personal_chat")
    chat = E.Chat(name, ctype, label, export_date, cid=ACC[peer].id if peer else None, sparse=sparse)
    t = None
    last = None
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("##"):
            t = datetime.datetime.strptime(line[2:].strip(), "%Y-%m-%d %H:%M").replace(
                second=R.randrange(60), tzinfo=E.KST)
            continue
        t = t + datetime.timedelta(seconds=R.randrange(15, 420))
        if line.startswith("+"):
            cmd, *args = line[1:].split(" ")
            if cmd == "join":
                for k in args:
                    chat.service_msg(ACC[k], t, "join_group_by_link", inviter="Group")
                    t = t + datetime.timedelta(seconds=R.randrange(30, 5400))
            elif cmd == "create":
                title = " ".join(args[1:])
                if ctype.endswith("channel"):
                    chat.service_msg(ACC[args[0]], t, "create_channel", title=title)
                else:
                    chat.service_msg(ACC[args[0]], t, "create_group", title=title,
                                     members=[ACC[args[0]].name])
            elif cmd == "invite":
                chat.service_msg(ACC[args[0]], t, "invite_members", members=[ACC[k].name for k in args[1:]])
                for k in args[1:]:
                    ACC[k].chats.add(name)
            elif cmd == "remove":
                chat.service_msg(ACC[args[0]], t, "remove_members", members=[ACC[k].name for k in args[1:]])
                for k in args[1:]:
                    ACC[k].chats.add(name)
            elif cmd == "pin":
                chat.service_msg(ACC[args[0]], t, "pin_message", message_id=last)
            else:
                raise ValueError(line)
            continue
        key, _, text = line.partition(":")
        text = text[1:] if text.startswith(" ") else text
        mode = ""
        for m in ("^", "photo", "file"):
            if text.startswith(m + " ") or text == m:
                mode, text = m, text[len(m) + 1:]
                break
        extra = {}
        if mode == "photo":
            extra = E.photo(chat, t)
        elif mode == "file":
            extra = E.archive_file(t)
        text = fill(text.replace("\\n", "\n"))
        m = chat.say(ACC[key], t, text, raw=True, reply=last if mode == "^" else None, **extra)
        last = m
    return chat


def write(chat, folder):
    d = os.path.join(OUT, folder)
    os.makedirs(d, exist_ok=True)
    E.assign_ids(chat)
    doc = E.serialise(chat)
    with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for rel, img in getattr(chat, "pending_photos", []):
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        img.save(p, "JPEG", quality=80)


def main():
    chats = []
    for spec in S.CHATS:
        chats.append(run(spec))
    per_day = {}
    for chat in chats:
        n = per_day.get(chat.export_date, 0)
        per_day[chat.export_date] = n + 1
        folder = "ChatExport_%s" % chat.export_date + ("" if n == 0 else " (%d)" % n)
        write(chat, folder)

    # ---------------------------------------------------------- truth
    seen = {}
    for chat in chats:
        for m in chat.msgs:
            if m.acc is not None:
                seen.setdefault(m.acc.key, set()).add(chat.name)
            for uid in E.MN.findall(m.text):
                seen.setdefault("telegram:user%s" % uid[0], set()).add(chat.name)
    crim = {c.name for c in chats if c.label == "criminal"}
    parts, benign, victims = [], [], []
    for key, (name, handle, label) in C.CAST.items():
        a = ACC[key]
        if a.key not in seen:
            raise SystemExit("cast account never appears: %s" % key)
        if label == "victim":
            continue
        if label == "benign":
            if seen[a.key] & crim:
                raise SystemExit("benign account in a criminal chat: %s" % key)
            benign.append(a.key)
            continue
        roles = [r for r in label.replace("channel:", "").split(",")]
        if not seen[a.key] & crim:
            raise SystemExit("participant never in a criminal chat: %s" % key)
        parts.append({"account": a.key, "roles": roles})
    for v in C.VICTIMS:
        victims.append({"account": ACC[v["key"]].key if v.get("key") else None,
                        "mention": v.get("mention"), "name": v.get("name")})
    pays = []
    for chat in chats:
        for m in chat.msgs:
            for kind, valid, value in m.pays:
                pays.append({"chat": chat.name, "message_id": m.id, "value": value, "kind": kind,
                             "valid": valid})
    truth = {
        "participants": parts,
        "potential_victims": victims,
        "benign_chats": [c.name for c in chats if c.label == "benign"],
        "benign_accounts": benign,
        "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.LINKS],
        "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.NON_LINKS],
        "payments": pays,
        "rooms": {c.name: c.label for c in chats},
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    detail = {ACC[k].key: {"key": k, "name": v[0], "handle": v[1], "label": v[2],
                           "chats": sorted(seen.get(ACC[k].key, ()))} for k, v in C.CAST.items()}
    with open(os.path.join(OUT, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
