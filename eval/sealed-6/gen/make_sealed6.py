#!/usr/bin/env python3
"""Generator for the sealed-6 corpus.

usage: python3 make_sealed6.py [OUT]     (default: the corpus folder, one level up)

The chats are hand-written scripts (scripts_crime.py, scripts_benign.py), one event per line:
  ## 2026-03-14 21:05        set the clock (KST); later lines advance it by a few minutes
  +30m / +2h / +1d           advance the clock
  key: text                  a message;  key:^ text  replies to the last message by someone else
  [photo] [video] [zip] [fwd:Name]   media / forwarded-from prefixes inside text
  +join k1 k2 ...            join_group_by_link events;  +crowd N  N generated passive joiners
  +create k: title / +invite k: a b / +remove k: a / +pin k / +title k: new title
Tokens: {a:15만원} amount, {btc:x} {eth:x} {xmr:x} {bank:x} {pin:x} wallets/accounts/PINs by name,
{btcbad:x} {ethbad:x} corrupted copies, {phone:x}, {mn:key|text} mention_name, {tx} a tx hash.
Uses ../../dev-2/gen/engine.py unchanged (accounts, serialisation, photos) and ../../common/artifacts.py.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "common"))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen"))
sys.path.insert(0, HERE)

import engine as E  # noqa: E402
import artifacts as A  # noqa: E402

E.R.seed(20260412)
R = E.R

import cast as C  # noqa: E402
import scripts_crime as SC  # noqa: E402
import scripts_benign as SB  # noqa: E402

# ------------------------------------------------------------------ accounts
ACC = {}
for key, (name, handle, roles) in C.CAST.items():
    a = E.Acc(name, handle, style={}, deleted=(name is None))
    a.key_, a.roles = key, roles
    ACC[key] = a
CROWD = list(C.CROWD_NAMES)
CROWD_N = [0]


def crowd_acc():
    name = CROWD[CROWD_N[0] % len(CROWD)]
    CROWD_N[0] += 1
    a = E.Acc(name, None, style={})
    key = "crowd%03d" % CROWD_N[0]
    a.key_, a.roles = key, ""
    ACC[key] = a
    return a


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


def token(m):
    kind, _, arg = m.group(1).partition(":")
    if kind == "a":
        return E.pay("amount", arg)
    if kind in ("btc", "eth", "xmr"):
        return E.pay(kind, art(kind, arg))
    if kind in ("btcbad", "ethbad"):
        k = kind[:3]
        good = art(k, arg)
        bk = ("bad" + k, arg)
        if bk not in ART:
            ART[bk] = A.corrupt(R, good, A.btc_ok if k == "btc" else A.eth_ok)
        return E.pay(k, ART[bk], valid=False)
    if kind == "bank":
        bname, num = art("bank", arg)
        return "%s %s" % (bname, E.pay("bank_account", num))
    if kind == "banknum":
        return E.pay("bank_account", art("bank", arg)[1])
    if kind == "pin":
        return E.pay("gift_card", art("pin", arg))
    if kind == "phone":
        return art("phone", arg)
    if kind == "mn":
        key, _, txt = arg.partition("|")
        return "⟪%d|%s⟫" % (ACC[key].id, txt)
    if kind == "tx":
        return "%064x" % R.getrandbits(256)
    raise KeyError(m.group(0))


TOK = re.compile(r"\{([a-z]+(?::[^{}]*)?)\}")
CLOCK = re.compile(r"## (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)")
ADV = re.compile(r"\+(\d+)([mhd])$")
KST = E.KST


def run_script(chat, script):
    t = None
    last = None
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#!"):
            continue
        m = CLOCK.match(line)
        if m:
            y, mo, d, h, mi = map(int, m.groups())
            t = datetime.datetime(y, mo, d, h, mi, R.randrange(60), tzinfo=KST)
            continue
        m = ADV.match(line)
        if m:
            n, u = int(m.group(1)), m.group(2)
            t += datetime.timedelta(minutes=n * {"m": 1, "h": 60, "d": 1440}[u] + R.uniform(0, 3))
            continue
        t += datetime.timedelta(seconds=R.randrange(15, 200))
        if line.startswith("+"):
            cmd, _, rest = line[1:].partition(" ")
            if cmd == "join":
                for k in rest.split():
                    t += datetime.timedelta(minutes=R.uniform(1, 90))
                    chat.service_msg(ACC[k], t, "join_group_by_link", inviter="Group")
                    if ACC[k] not in chat.members:
                        chat.members.append(ACC[k])
            elif cmd == "rejoin":  # crowd accounts that joined an earlier room join this one too
                n = int(rest)
                pool = [a for a in ACC.values() if a.key_.startswith("crowd") and a not in chat.members]
                for a in pool[:n]:
                    t += datetime.timedelta(minutes=R.uniform(2, 200))
                    chat.service_msg(a, t, "join_group_by_link", inviter="Group")
                    chat.members.append(a)
            elif cmd == "crowd":
                for _ in range(int(rest)):
                    a = crowd_acc()
                    t += datetime.timedelta(minutes=R.uniform(2, 150))
                    chat.service_msg(a, t, "join_group_by_link", inviter="Group")
                    chat.members.append(a)
            else:
                who, _, arg = rest.partition(":")
                a = ACC[who.strip()]
                arg = arg.strip()
                if cmd == "create":
                    if chat.type == "private_group":
                        chat.service_msg(a, t, "create_group", title=arg, members=[a.name])
                    else:
                        chat.service_msg(a, t, "create_channel", title=arg)
                    chat.members.append(a)
                elif cmd == "invite":
                    ms = [ACC[k] for k in arg.split()]
                    chat.service_msg(a, t, "invite_members", members=[x.name for x in ms])
                    for x in ms:
                        x.chats.add(chat.name)
                        chat.members.append(x)
                elif cmd == "remove":
                    ms = [ACC[k] for k in arg.split()]
                    chat.service_msg(a, t, "remove_members", members=[x.from_name for x in ms])
                elif cmd == "pin":
                    chat.service_msg(a, t, "pin_message", message_id=last)
                elif cmd == "title":
                    chat.service_msg(a, t, "edit_group_title", title=arg)
                else:
                    raise ValueError(line)
            continue
        key, sep, text = line.partition(":")
        reply = None
        if text.startswith("^"):
            text = text[1:]
            a = ACC[key.strip()]
            reply = next((x for x in reversed(chat.msgs) if x.acc is not a and not x.service), None)
        key = key.strip()
        if key not in ACC:
            raise KeyError("%s in %s: %s" % (key, chat.name, line))
        text = text.strip()
        extra = {}
        while text.startswith("["):
            tag, _, text = text[1:].partition("]")
            text = text.strip()
            if tag == "photo":
                extra.update(E.photo(chat, t))
            elif tag == "video":
                extra.update(E.video_file(t))
            elif tag == "zip":
                extra.update(E.archive_file(t))
            elif tag.startswith("fwd:"):
                extra["forwarded_from"] = tag[4:]
            else:
                raise ValueError(line)
        text = TOK.sub(token, text.replace("\\n", "\n"))
        msg = chat.say(ACC[key], t, text, reply=reply, raw=True, **extra)
        last = msg


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir)
    chats = []
    for spec in SC.CHATS + SB.CHATS:
        name, ctype, label, date, script = spec
        sparse = ctype in ("private_group", "personal_chat")
        ch = E.Chat(name, ctype, label, date, sparse=sparse)
        run_script(ch, script)
        chats.append(ch)
    # folders
    used = {}
    rooms, payments = {}, []
    for ch in chats:
        E.assign_ids(ch)
        n = used.get(ch.export_date, 0)
        used[ch.export_date] = n + 1
        folder = "ChatExport_%s" % ch.export_date + ("" if n == 0 else " (%d)" % n)
        d = os.path.join(out, folder)
        os.makedirs(d, exist_ok=True)
        doc = E.serialise(ch)
        with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        for rel, img in getattr(ch, "pending_photos", []):
            os.makedirs(os.path.join(d, "photos"), exist_ok=True)
            img.save(os.path.join(d, rel), "JPEG", quality=80)
        rooms[ch.name] = ch.label
        for m in ch.msgs:
            for kind, valid, value in m.pays:
                payments.append({"chat": ch.name, "message_id": m.id, "value": value, "kind": kind, "valid": valid})
    # labels
    seen = {}
    for ch in chats:
        for m in ch.msgs:
            seen.setdefault(m.acc.key_, set()).add(ch.label)
            for mm in E.MN.finditer(m.text):
                k = next(a.key_ for a in ACC.values() if a.id == int(mm.group(1)))
                seen.setdefault(k, set()).add("mention")
    victims_acc = {v[0] for v in C.VICTIMS if v[0]}
    participants, benign = [], []
    for key, a in ACC.items():
        if key not in seen or key in victims_acc:
            continue
        if "criminal" in seen[key]:
            roles = a.roles.split() if a.roles else ["viewer"]
            participants.append({"account": a.key, "roles": roles})
        elif seen[key] == {"benign"}:
            if a.roles:
                raise ValueError("benign-only account has roles: " + key)
            benign.append(a.key)
    for key in C.CAST:
        if key not in seen:
            raise ValueError("cast member never appears: " + key)
    truth = {
        "participants": participants,
        "potential_victims": [{"account": ACC[k].key if k else None, "mention": mn, "name": nm}
                              for k, mn, nm in C.VICTIMS],
        "benign_chats": [ch.name for ch in chats if ch.label == "benign"],
        "benign_accounts": benign,
        "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.LINKS],
        "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in C.NONLINKS],
        "payments": payments,
        "rooms": rooms,
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    detail = {a.key: {"key": k, "name": a.name, "handle": a.handle, "roles": a.roles or None,
                      "chats": sorted(a.chats)} for k, a in ACC.items() if k in seen}
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
