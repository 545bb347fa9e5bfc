#!/usr/bin/env python3
"""dev-6 generator: hand-written scripts (scripts_dev6.py) + cast (cast_dev6.py) -> Telegram Desktop exports.

usage: python3 make_dev6.py [OUT]     (default: the corpus folder, ..)

Script syntax (one event per line):
  ## 2026-03-02 21:10        set the clock; each following event comes 0.3-6 minutes later
  key: text                 a message          key[lbl]: text   labels it     key^lbl: text  replies to lbl
  key|photo: caption        with a generated abstract photo   (|video, |zip, |fwd=Name also possible)
  +a b c                    join_group_by_link events (bot greets when the chat has greet=True)
  *key create_group a,b     *key create_channel   *key invite a,b   *key remove a   *key pin lbl   *key title T
Tokens: {a:3만원} amount, {pin:P} gift card (named, same value when reused), {btc:W} {btcbad:W} {eth:W}
{xmr:W} {bank:B} (named values), {ph:X} phone, {mn:key|shown} mention_name entity.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "..", "common"), os.path.join(HERE, "..", "..", "dev-2", "gen")]
import engine as E  # noqa: E402  (imported unchanged)
import artifacts as A  # noqa: E402
import random  # noqa: E402

import cast_dev6 as C  # noqa: E402
import scripts_dev6 as S  # noqa: E402

RNG = random.Random(60606)
OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, ".."))

ACC = {}
for key, name, handle, *rest in C.CAST:
    opts = rest[0] if rest else {}
    ACC[key] = E.Acc(name, handle, style={}, deleted=opts.get("deleted", False),
                     prefix=opts.get("prefix", "user"))
    ACC[key].key_ = key
for key, name in C.passive_names():
    ACC[key] = E.Acc(name, None, style={})
    ACC[key].key_ = key

VAL = {}


def value(kind, name, bad=False):
    k = (kind, name)
    if k not in VAL:
        if kind == "btc":
            VAL[k] = A.btc(RNG, C.BTC_STYLE.get(name, "bech32"))
        elif kind == "eth":
            VAL[k] = A.eth(RNG)
        elif kind == "xmr":
            VAL[k] = A.xmr(RNG)
        elif kind == "bank":
            VAL[k] = A.bank(RNG, C.BANK_LAYOUT.get(name, 0))[1]
        elif kind == "pin":
            VAL[k] = A.pin(RNG)
        elif kind == "ph":
            VAL[k] = A.phone(RNG)
    v = VAL[k]
    if bad:
        ok = {"btc": A.btc_ok, "eth": A.eth_ok, "xmr": A.xmr_ok}[kind]
        kb = (kind + "bad", name)
        if kb not in VAL:
            VAL[kb] = A.corrupt(RNG, v, ok)
        return VAL[kb]
    return v


def tok(m):
    kind, arg = m.group(1), m.group(2)
    if kind == "a":
        return E.pay("amount", arg)
    if kind == "mn":
        key, shown = arg.split("|")
        return "⟪%d|%s⟫" % (ACC[key].id, shown)
    if kind == "ph":
        return value("ph", arg)
    bad = kind.endswith("bad")
    base = kind[:-3] if bad else kind
    v = value(base, arg, bad)
    pk = {"pin": "gift_card", "bank": "bank_account"}.get(base, base)
    return E.pay(pk, v, not bad)


TOK = re.compile(r"\{(a|mn|ph|pin|btc|btcbad|eth|ethbad|xmr|xmrbad|bank):([^{}]+)\}")
LINE = re.compile(r"^([A-Za-z0-9_]+)(\[\w+\])?(\^\w+)?((?:\|[^:|]+)*):\s?(.*)$")


def run(spec):
    chat = E.Chat(spec["name"], spec["type"], spec["label"], spec["export"], sparse=spec.get("sparse", False))
    chat.spec = spec
    labels, t = {}, None
    greet = spec.get("greet")
    for raw in S.SCRIPTS[spec["script"]].strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("## "):
            d = line[3:].split()
            y, mo, dd = map(int, d[0].split("-"))
            hh, mi = map(int, d[1].split(":")) if len(d) > 1 else (RNG.choice([19, 20, 21, 22]), RNG.randrange(60))
            t = datetime.datetime(y, mo, dd, hh, mi, RNG.randrange(60), tzinfo=E.KST)
            continue
        t = t + datetime.timedelta(seconds=RNG.randrange(18, 360))
        if line.startswith("+"):
            for k in line[1:].split():
                inv = None
                if "<" in k:
                    k, inv = k.split("<")
                t = t + datetime.timedelta(seconds=RNG.randrange(30, 5000))
                chat.service_msg(ACC[k], t, "join_group_by_link", inviter=ACC[inv].name if inv else "Group")
                if greet:
                    t2 = t + datetime.timedelta(seconds=RNG.randrange(1, 4))
                    chat.say(ACC[greet], t2, S.GREETS[RNG.randrange(len(S.GREETS))].replace("NAME", ACC[k].name), raw=True)
                    t = t2
            continue
        if line.startswith("*"):
            who, act, *arg = line[1:].split(None, 2)
            arg = arg[0] if arg else ""
            if act == "create_group":
                title, mem = arg.split("=")
                chat.service_msg(ACC[who], t, "create_group", title=title.strip(), members=[ACC[x].name for x in mem.split(",")])
            elif act == "create_channel":
                chat.service_msg(ACC[who], t, "create_channel", title=arg)
            elif act == "invite":
                chat.service_msg(ACC[who], t, "invite_members", members=[ACC[x].name for x in arg.split(",")])
            elif act == "remove":
                chat.service_msg(ACC[who], t, "remove_members", members=[ACC[x].name for x in arg.split(",")])
            elif act == "pin":
                chat.service_msg(ACC[who], t, "pin_message", message_id=labels[arg])
            elif act == "title":
                chat.service_msg(ACC[who], t, "edit_group_title", title=arg)
            elif act == "call":
                chat.service_msg(ACC[who], t, "phone_call", discard_reason=arg)
            continue
        m = LINE.match(line)
        if not m:
            raise SystemExit("bad line in %s: %r" % (spec["script"], raw))
        key, lbl, rep, flags, text = m.groups()
        extra = {}
        for f in filter(None, flags.split("|")):
            if f == "photo":
                extra.update(E.photo(chat, t))
            elif f == "video":
                extra.update(E.video_file(t))
            elif f == "zip":
                extra.update(E.archive_file(t))
            elif f.startswith("fwd="):
                extra["forwarded_from"] = f[4:]
        text = TOK.sub(tok, text.replace("\\n", "\n"))
        msg = chat.say(ACC[key], t, text, raw=True, reply=labels[rep[1:]] if rep else None, **extra)
        if lbl:
            labels[lbl[1:-1]] = msg
    return chat


def main():
    chats = [run(spec) for spec in C.CHATS]
    used_folders = {}
    truth_rooms, payments = {}, []
    for chat in chats:
        E.assign_ids(chat)
    for chat in chats:
        for key, nm in chat.spec.get("names", {}).items():  # display names as of this export
            ACC[key].name = nm
        doc = E.serialise(chat)
        d = "ChatExport_" + chat.export_date
        n = used_folders.get(d, 0)
        used_folders[d] = n + 1
        folder = os.path.join(OUT, d + (" (%d)" % n if n else ""))
        os.makedirs(folder, exist_ok=True)
        for rel, img in getattr(chat, "pending_photos", []):
            os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
            img.save(os.path.join(folder, rel), "JPEG", quality=80)
        with open(os.path.join(folder, "result.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        truth_rooms[chat.name] = chat.label
        for m in chat.msgs:
            for kind, ok, val in m.pays:
                payments.append({"chat": chat.name, "message_id": m.id, "value": val, "kind": kind, "valid": ok})
        for key, nm in chat.spec.get("names", {}).items():
            ACC[key].name = C.NAME_OF[key]
    crim = {k for k, a in ACC.items() if any(C.ROOM_LABEL[c] == "criminal" for c in a.chats)}
    victims = set(C.VICTIM_KEYS)
    participants = []
    for k in sorted(crim - victims, key=lambda k: ACC[k].key):
        roles = C.ROLES.get(k, ["viewer"])
        participants.append({"account": ACC[k].key, "roles": roles})
    benign = sorted(ACC[k].key for k, a in ACC.items() if a.chats and k not in crim and k not in victims)
    pv = []
    for v in C.VICTIMS:
        pv.append({"account": ACC[v["key"]].key if v.get("key") else None, "mention": v.get("mention"), "name": v.get("name")})
    truth = {"participants": participants, "potential_victims": pv,
             "benign_chats": [c.name for c in chats if c.label == "benign" and c.type != "personal_chat"] +
                             [c.name for c in chats if c.label == "benign" and c.type == "personal_chat"],
             "benign_accounts": benign,
             "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.LINKS],
             "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.NON_LINKS],
             "payments": payments, "rooms": truth_rooms}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    detail = []
    for k, a in sorted(ACC.items(), key=lambda x: x[1].key):
        if not a.chats and k not in victims:
            continue
        detail.append({"account": a.key, "display_name": C.NAME_OF.get(k, a.name), "handle": a.handle,
                       "deleted": a.deleted, "chats": sorted(a.chats), "script_key": k,
                       "roles": C.ROLES.get(k, ["viewer"]) if k in crim and k not in victims else
                       ("victim" if k in victims else "benign")})
    with open(os.path.join(OUT, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump({"accounts": detail}, f, ensure_ascii=False, indent=1)
        f.write("\n")


main()
