#!/usr/bin/env python3
"""Generator for dev-9 (open development set).

usage: python3 make_dev9.py [OUT]      (default: the corpus folder, one level up)

Every message is a hand-written line in scripts_crime9.py / scripts_benign9.py.  Script syntax,
one event per line:

    ## 2026-03-04 21:10        set the clock (KST); each following event moves it on a little
    ## +90                     move the clock on by 90 minutes
    key: text                  a message from cast member `key`
    key^: text                 a reply to the previous message
    key^3: text                a reply to the message three events back
    +join key [inviter]        join_group_by_link
    +joins tag N               N auto-named join-only viewers (ids from the name list)
    +invite key k1,k2          invite_members
    +create key title          create_group / create_channel
    +pin key                   pin the previous message
    +photo key: caption        a generated abstract photo (caption may be empty)
    +video key: caption        a "File not included" video stub
    +zip key: caption          a "File not included" archive stub

Tokens: {a:15만원} amount; {pin:NAME} gift-card PIN (same NAME, same PIN); {bank:NAME} bank
account "은행 번호"; {btc:NAME}; {mn:key|text} a mention_name entity.
"""
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "common"))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen"))
sys.path.insert(0, HERE)

import datetime  # noqa: E402

import artifacts as A  # noqa: E402
import engine as E  # noqa: E402

import cast9 as C  # noqa: E402
import scripts_benign9 as SB  # noqa: E402
import scripts_crime9 as SC  # noqa: E402

RNG = random.Random(90909)


class Alias:
    """The same Telegram account shown under another display name in one export."""

    def __init__(self, acc, name):
        self.base, self.name = acc, name
        self.id, self.prefix, self.deleted = acc.id, acc.prefix, acc.deleted
        self.style, self.tags, self.chats, self.own = acc.style, acc.tags, acc.chats, acc.own

    @property
    def from_name(self):
        return self.name


ACC = {}
for key, (name, handle) in C.CAST.items():
    ACC[key] = E.Acc(name, handle)
JOINERS = {}
VALUES = {}


def value(kind, name):
    k = (kind, name)
    if k not in VALUES:
        if kind == "pin":
            VALUES[k] = A.pin(RNG)
        elif kind == "bank":
            VALUES[k] = A.bank(RNG, C.BANK_LAYOUT.get(name))
        elif kind == "btc":
            VALUES[k] = A.btc(RNG, "bech32")
    return VALUES[k]


def fill(text):
    def rep(m):
        kind, _, arg = m.group(1).partition(":")
        if kind == "a":
            return E.pay("amount", arg)
        if kind == "pin":
            return E.pay("gift_card", value("pin", arg))
        if kind == "bank":
            b, num = value("bank", arg)
            return "%s %s" % (b, E.pay("bank_account", num))
        if kind == "btc":
            return E.pay("btc", value("btc", arg))
        if kind == "mn":
            key, _, shown = arg.partition("|")
            return "⟪%d|%s⟫" % (ACC[key].id, shown)
        raise KeyError(m.group(0))
    return re.sub(r"\{([^{}]+)\}", rep, text)


def run(chat, script, names):
    who = {}

    def acc(key):
        if key not in who:
            a = ACC[key] if key in ACC else JOINERS[key]
            who[key] = Alias(a, names[key]) if key in names else a
        return who[key]

    t = None
    hist = []
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("## +"):
            t = t + datetime.timedelta(minutes=int(line[4:]))
            continue
        if line.startswith("## "):
            d = datetime.datetime.strptime(line[3:].strip(), "%Y-%m-%d %H:%M")
            t = d.replace(tzinfo=E.KST, second=RNG.randrange(60))
            continue
        t = t + datetime.timedelta(seconds=RNG.randrange(25, 400))
        if line.startswith("+joins "):
            _, tag, n = line.split()
            pool = [k for k in JOINERS if k.startswith(tag + ".") and k not in who]
            if len(pool) < int(n):
                raise ValueError("not enough %s joiners" % tag)
            for k in pool[:int(n)]:
                hist.append(chat.service_msg(acc(k), t, "join_group_by_link", inviter="Group"))
                t = t + datetime.timedelta(seconds=RNG.randrange(60, 5000))
            continue
        if line.startswith("+join "):
            parts = line.split()
            inviter = acc(parts[2]).from_name if len(parts) > 2 else "Group"
            hist.append(chat.service_msg(acc(parts[1]), t, "join_group_by_link", inviter=inviter))
            continue
        if line.startswith("+invite "):
            _, k, lst = line.split(None, 2)
            hist.append(chat.service_msg(acc(k), t, "invite_members",
                                         members=[acc(x).from_name for x in lst.split(",")]))
            continue
        if line.startswith("+create "):
            _, k, title = line.split(None, 2)
            if chat.type.endswith("channel"):
                hist.append(chat.service_msg(acc(k), t, "create_channel", title=title))
            elif chat.type == "private_group":
                hist.append(chat.service_msg(acc(k), t, "create_group", title=title,
                                             members=[acc(x).from_name for x in names.get("_members", [k])]))
            else:
                hist.append(chat.service_msg(acc(k), t, "create_channel", title=title))
            continue
        if line.startswith("+pin "):
            k = line.split()[1]
            hist.append(chat.service_msg(acc(k), t, "pin_message", message_id=hist[-1]))
            continue
        m = re.match(r"^(\+photo |\+video |\+zip )?([\w.]+)(\^\d*)?:\s?(.*)$", line)
        if not m:
            raise ValueError("bad script line: %r" % line)
        media, key, rep, text = m.groups()
        reply = None
        if rep:
            reply = hist[-int(rep[1:] or 1)]
        extra = {}
        if media == "+photo ":
            extra = E.photo(chat, t)
        elif media == "+video ":
            extra = E.video_file(t)
        elif media == "+zip ":
            extra = E.archive_file(t)
        hist.append(chat.say(acc(key), t, fill(text), reply=reply, raw=True, **extra))
    return chat


def main(out):
    for tag, names in C.JOIN_NAMES.items():
        for i, n in enumerate(names):
            JOINERS["%s.%d" % (tag, i)] = E.Acc(n)
    chats = []
    for spec in SC.CHATS + SB.CHATS:
        ctype = spec["type"]
        chat = E.Chat(spec["name"], ctype, spec["label"], spec["export"],
                      sparse=ctype in ("personal_chat", "private_group"))
        names = dict(spec.get("names", {}))
        if "members" in spec:
            names["_members"] = spec["members"]
        run(chat, spec["script"], names)
        chats.append(chat)
    for c in chats:
        E.assign_ids(c)

    for d in os.listdir(out) if os.path.isdir(out) else []:
        if d.startswith("ChatExport_"):
            shutil.rmtree(os.path.join(out, d))
    os.makedirs(out, exist_ok=True)
    used = {}
    payments = []
    for c in sorted(chats, key=lambda c: (c.export_date, c.name)):
        n = used.get(c.export_date, 0)
        used[c.export_date] = n + 1
        folder = "ChatExport_%s%s" % (c.export_date, " (%d)" % n if n else "")
        path = os.path.join(out, folder)
        os.makedirs(path)
        doc = E.serialise(c)
        with open(os.path.join(path, "result.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        for rel, img in getattr(c, "pending_photos", []):
            os.makedirs(os.path.dirname(os.path.join(path, rel)), exist_ok=True)
            img.save(os.path.join(path, rel), "JPEG", quality=70)
        for m in c.msgs:
            for kind, ok, val in m.pays:
                payments.append({"chat": c.name, "message_id": m.id, "value": val, "kind": kind, "valid": ok})

    # ---------------------------------------------------------------- truth
    crim = [c for c in chats if c.label == "criminal"]
    ben = [c for c in chats if c.label == "benign"]

    def base(a):
        return a.base if isinstance(a, Alias) else a

    def seen(cs):
        s = set()
        for c in cs:
            for m in c.msgs:
                if m.acc is not None:
                    s.add(base(m.acc))
        return s

    in_crim, in_ben = seen(crim), seen(ben)
    victim_accs = {ACC[k] for k in C.VICTIMS if C.VICTIMS[k]["account"]}
    key_of = {a: k for k, a in list(ACC.items()) + list(JOINERS.items())}
    participants = []
    for a in sorted(in_crim - victim_accs, key=lambda a: a.id):
        k = key_of[a]
        roles = C.ROLES.get(k) or (["viewer"] if k in JOINERS else None)
        if not roles:
            raise SystemExit("no roles for criminal-room account %s" % k)
        participants.append({"account": a.key, "roles": roles})
    for k in C.ROLES:
        if ACC[k] not in in_crim:
            raise SystemExit("role given to %s, never seen in a criminal room" % k)
    benign = sorted(a.key for a in in_ben - in_crim - victim_accs)
    victims = []
    for k, v in C.VICTIMS.items():
        victims.append({"account": ACC[k].key if v["account"] else None, "mention": v["mention"], "name": v["name"]})
    truth = {
        "participants": participants,
        "potential_victims": victims,
        "benign_chats": [c.name for c in ben],
        "benign_accounts": benign,
        "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.LINKS],
        "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.NON_LINKS],
        "payments": payments,
        "rooms": {c.name: c.label for c in chats},
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    detail = []
    for k, a in sorted(list(ACC.items()) + list(JOINERS.items()), key=lambda x: x[1].id):
        if not a.chats and k not in C.VICTIMS:
            continue
        detail.append({"account": a.key, "key": k, "name": a.name, "handle": a.handle,
                       "chats": sorted(a.chats), "roles": C.ROLES.get(k, ["viewer"] if a in in_crim else []),
                       "victim": k in C.VICTIMS})
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir))
