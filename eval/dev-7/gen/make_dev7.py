#!/usr/bin/env python3
"""dev-7 generator: hand-written scripts (gen/scripts_*.py) -> Telegram Desktop exports + truth.

usage: python3 make_dev7.py [OUT]      (default: regenerate ../ in place)

Script syntax (one event per line, see scripts_*.py):
  ## 2026-02-03 21:10        set the clock (KST); every following line advances it a little
  ## +35                     advance the clock by 35 minutes
  key: text                  a message by cast member `key`
  key:^ text                 ... replying to the previous message;  key:^3 text -> 3 messages back
  key: [photo] text          with a generated photo;  [video] / [zip] / [pdf:name.pdf] -> "not included" file
  key: [fwd:Name] text       forwarded from Name
  +join k1 k2 ...            join_group_by_link (inviter = chat owner)
  +create k: Title | k2 k3   create_group / create_channel
  +invite k: k2 k3           invite_members;   +remove k: k2   remove_members
  +pin k                     k pins the previous message;   +title k: New title
  +call k: missed            phone_call
Tokens: {a:5만원} amount, {bank:R} bank name + account, {btc:R} {btcbad:R} {eth:R} {ethbad:R},
{pin:R} gift-card PIN, {phone:R}, {mn:key|text} mention_name entity.  R names a value in the registry,
so re-posting {btc:R} repeats the same wallet.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, os.pardir, os.pardir, "common"),
                os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen"), HERE]
import engine as E  # noqa: E402  (imported unchanged)
import artifacts as A  # noqa: E402
import cast  # noqa: E402
import scripts_crime  # noqa: E402
import scripts_benign  # noqa: E402

ACC = {}
for key, name, handle in cast.CAST:
    ACC[key] = E.Acc(name, handle, style={}, deleted=(name is None))
    ACC[key].skey = key

REG = {}


def reg(kind, name):
    k = (kind, name)
    if k not in REG:
        if kind == "btc":
            REG[k] = A.btc(E.R, cast.BTC_STYLE.get(name, "bech32"))
        elif kind == "eth":
            REG[k] = A.eth(E.R)
        elif kind == "bank":
            REG[k] = A.bank(E.R, cast.BANK_WHICH.get(name))
        elif kind == "pin":
            REG[k] = A.pin(E.R)
        elif kind == "phone":
            REG[k] = A.phone(E.R)
    return REG[k]


def tokens(text):
    def rep(m):
        kind, arg = m.group(1), m.group(2)
        if kind == "a":
            return E.pay("amount", arg)
        if kind == "bank":
            b, num = reg("bank", arg)
            return "%s %s" % (b, E.pay("bank_account", num))
        if kind == "acct":
            return E.pay("bank_account", reg("bank", arg)[1])
        if kind in ("btc", "eth"):
            return E.pay(kind, reg(kind, arg))
        if kind in ("btcbad", "ethbad"):
            k = kind[:3]
            good = reg(k, arg)
            if ("bad", arg) not in REG:
                REG[("bad", arg)] = A.corrupt(E.R, good, A.btc_ok if k == "btc" else A.eth_ok)
            return E.pay(k, REG[("bad", arg)], valid=False)
        if kind == "pin":
            return E.pay("gift_card", reg("pin", arg))
        if kind == "phone":
            return reg("phone", arg)
        if kind == "mn":
            key, shown = arg.split("|", 1)
            return "⟪%d|%s⟫" % (ACC[key].id, shown)
        raise KeyError(kind)
    return re.sub(r"\{(a|bank|acct|btc|eth|btcbad|ethbad|pin|phone|mn):([^{}]+)\}", rep, text)


LINE = re.compile(r"^([A-Za-z0-9_]+):(\^\d*)?\s?(.*)$")


def run(spec):
    name, ctype, label, export_date, owner, script = spec
    chat = E.Chat(name, ctype, label, export_date, sparse=ctype in ("personal_chat", "private_group"))
    chat.owner = owner
    t = None
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("##"):
            arg = line[2:].strip()
            if arg.startswith("+"):
                t = t + datetime.timedelta(minutes=int(arg[1:]))
            else:
                d = datetime.datetime.strptime(arg, "%Y-%m-%d %H:%M")
                t = d.replace(second=E.R.randrange(60), tzinfo=E.KST)
            continue
        t = t + datetime.timedelta(seconds=E.R.randrange(15, 240))
        if line.startswith("+"):
            cmd, _, rest = line[1:].partition(" ")
            if cmd == "join":
                for k in rest.split():
                    chat.service_msg(ACC[k], t, "join_group_by_link", inviter=ACC[owner].name)
                    t = t + datetime.timedelta(seconds=E.R.randrange(30, 1800))
                continue
            who, _, rest = rest.partition(":")
            who = ACC[who.strip()]
            rest = rest.strip()
            if cmd == "create":
                title, _, mem = rest.partition("|")
                if ctype in ("private_group",):
                    chat.service_msg(who, t, "create_group", title=title.strip(),
                                     members=[ACC[k].name for k in mem.split()])
                else:
                    chat.service_msg(who, t, "create_channel", title=title.strip())
            elif cmd == "invite":
                chat.service_msg(who, t, "invite_members", members=[ACC[k].name for k in rest.split()])
                for k in rest.split():
                    ACC[k].chats.add(chat.name)
                    if label == "criminal":
                        ACC[k].tags.add("listed")
            elif cmd == "remove":
                chat.service_msg(who, t, "remove_members", members=[ACC[k].name for k in rest.split()])
            elif cmd == "pin":
                last = [m for m in chat.msgs if not m.service][-1]
                chat.service_msg(who, t, "pin_message", message_id=last)
            elif cmd == "title":
                chat.service_msg(who, t, "edit_group_title", title=rest)
            elif cmd == "call":
                chat.service_msg(who, t, "phone_call", discard_reason=rest)
            else:
                raise ValueError(line)
            continue
        m = LINE.match(line)
        if not m:
            raise ValueError("bad line in %s: %r" % (name, line))
        key, rep, text = m.groups()
        acc = ACC[key]
        extra = {}
        mm = re.match(r"\[(photo|video|zip|pdf:[^\]]+|fwd:[^\]]+)\]\s?", text)
        while mm:
            tag = mm.group(1)
            text = text[mm.end():]
            if tag == "photo":
                extra.update(E.photo(chat, t))
            elif tag == "video":
                extra.update(E.video_file(t))
            elif tag == "zip":
                extra.update(E.archive_file(t))
            elif tag.startswith("pdf:"):
                extra.update({"file": "(File not included. Change data exporting settings to download.)",
                              "file_name": tag[4:], "mime_type": "application/pdf"})
            else:
                extra["forwarded_from"] = tag[4:]
            mm = re.match(r"\[(photo|video|zip|pdf:[^\]]+|fwd:[^\]]+)\]\s?", text)
        reply = None
        if rep:
            back = int(rep[1:] or 1)
            reply = [x for x in chat.msgs if not x.service][-back]
        chat.say(acc, t, tokens(text.replace("\\n", "\n")), reply=reply, raw=True, **extra)
    return chat


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir)
    chats = [run(s) for s in scripts_crime.CHATS + scripts_benign.CHATS]
    used = {}
    payments, rooms = [], {}
    for chat in sorted(chats, key=lambda c: (c.export_date, c.name)):
        E.assign_ids(chat)
        n = used.get(chat.export_date, 0)
        used[chat.export_date] = n + 1
        folder = "ChatExport_%s%s" % (chat.export_date, " (%d)" % n if n else "")
        d = os.path.join(out, folder)
        os.makedirs(os.path.join(d, "photos") if getattr(chat, "pending_photos", None) else d, exist_ok=True)
        for rel, img in getattr(chat, "pending_photos", []):
            img.save(os.path.join(d, rel), "JPEG", quality=85)
        doc = E.serialise(chat)
        with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        rooms[chat.name] = chat.label
        for m in chat.msgs:
            for kind, valid, val in m.pays:
                payments.append({"chat": chat.name, "message_id": m.id, "value": val, "kind": kind, "valid": valid})
    crim_chats = {c.name for c in chats if c.label == "criminal"}
    victims = set(cast.VICTIM_ACCOUNTS)
    participants, benign, detail = [], [], []
    for key, acc in ACC.items():
        if not acc.chats and key not in cast.MENTION_ONLY:
            raise SystemExit("cast member never used: " + key)
        in_crime = bool(acc.chats & crim_chats)
        role = None
        if key in victims or key in cast.MENTION_ONLY:
            pass
        elif in_crime:
            roles = cast.ROLES.get(key, ["viewer"])
            participants.append({"account": acc.key, "roles": roles})
            role = roles
        else:
            benign.append(acc.key)
            role = "benign"
        detail.append({"account": acc.key, "key": key, "name": acc.name, "handle": acc.handle,
                       "chats": sorted(acc.chats), "label": role if role else "victim"})
    for key in cast.ROLES:
        if not (ACC[key].chats & crim_chats):
            raise SystemExit("role given to an account not in a criminal room: " + key)
    pv = []
    for v in cast.VICTIMS:
        pv.append({"account": ACC[v[0]].key if v[0] else None, "mention": v[1], "name": v[2]})
    truth = {
        "participants": participants,
        "potential_victims": pv,
        "benign_chats": [c.name for c in chats if c.label == "benign"],
        "benign_accounts": benign,
        "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in cast.LINKS],
        "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in cast.NON_LINKS],
        "payments": payments,
        "rooms": rooms,
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump({"accounts": detail}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
