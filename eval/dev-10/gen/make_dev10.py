#!/usr/bin/env python3
"""Generator for eval/dev-10 (open development set).  Deterministic.

usage: python3 make_dev10.py [OUT]     (default: the corpus folder, ../)

Script syntax (scripts_dev10.py), one event per line:
  ## 2026-09-03 21:10     set the clock (each message then advances a few minutes)
  ~ 90 | ~ 5h | ~ 2d      advance the clock
  key: text               a message;  key:^ text replies to the previous message, key:^3 to the 3rd-previous
  key:[photo] text        with a generated abstract photo ([file] archive stub, [video] video stub)
  + k1 k2 ...             each joins by link;  - k1 k2 by op   op removes them;  ! pin   owner pins the last message
  * create k1 k2 ...      owner creates the (basic) group with these members
  = N k1 k2 ...           N lines drawn from the chat's small line bank (each bank line used at most twice,
                          perturbed in the speaker's style), speakers drawn from k1 k2 ...
Tokens: {a:15만원} amount, {btc:w} {btcbad:w} {eth:w} {ethbad:w} {bank:w} {pin:w} wallets/accounts/PINs
by name (same name = same value), {mn:key|text} mention_name entity.
"""
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen"))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "common"))
import engine as E  # noqa: E402
import artifacts as A  # noqa: E402
import scripts_dev10 as S  # noqa: E402

E.R.seed(20261130)
RB = random.Random(1010)

# ------------------------------------------------------------------ cast
ACC = {}
for key, name, handle in S.CAST:
    ACC[key] = E.Acc(name, handle, deleted=(name is None))
for key in S.EXTRA_VIEWERS:
    ACC[key] = E.Acc(S.EXTRA_VIEWERS[key])
for key in S.EXTRA_BENIGN:
    ACC[key] = E.Acc(S.EXTRA_BENIGN[key])

VAL = {}


def value(kind, name):
    k = (kind.replace("bad", ""), name)
    if k not in VAL:
        if k[0] == "btc":
            VAL[k] = A.btc(E.R, RB.choice(["bech32", "p2pkh", "p2sh"]))
        elif k[0] == "eth":
            VAL[k] = A.eth(E.R)
        elif k[0] == "xmr":
            VAL[k] = A.xmr(E.R)
        elif k[0] == "bank":
            VAL[k] = A.bank(E.R)
        elif k[0] == "pin":
            VAL[k] = A.pin(E.R)
        elif k[0] == "phone":
            VAL[k] = A.phone(E.R)
    v = VAL[k]
    if kind.endswith("bad"):
        kb = (kind, name)
        if kb not in VAL:
            VAL[kb] = A.corrupt(E.R, v, A.btc_ok if k[0] == "btc" else A.eth_ok if k[0] == "eth" else A.xmr_ok)
        return VAL[kb]
    return v


TOK = re.compile(r"\{(\w+):([^{}]+)\}")


def tokens(text):
    def rep(m):
        kind, arg = m.group(1), m.group(2)
        if kind == "a":
            return E.pay("amount", arg)
        if kind == "mn":
            k, t = arg.split("|")
            return "⟪%d|%s⟫" % (ACC[k].id, t)
        if kind == "phone":
            return value("phone", arg)
        v = value(kind, arg)
        if kind == "bank":
            return "%s %s" % (v[0], E.pay("bank_account", v[1]))
        if kind == "pin":
            return E.pay("gift_card", v)
        base = kind.replace("bad", "")
        return E.pay(base, v, valid=not kind.endswith("bad"))
    return TOK.sub(rep, text)


LINE = re.compile(r"^(\w+):(\^(\d*))?(\[(photo|file|video)\])? ?(.*)$")


def build(spec):
    key, name, ctype, label, export_date, owner = spec
    chat = E.Chat(name, ctype, label, export_date, sparse=ctype in ("personal_chat", "private_group"))
    chat.key, chat.owner = key, ACC[owner]
    bank = list(S.BANKS.get(key, []))
    used = {}
    t = None
    for raw in S.SCRIPTS[key].strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("##"):
            parts = line[2:].split()
            d = datetime.date.fromisoformat(parts[0])
            if len(parts) > 1:
                h, mi = map(int, parts[1].split(":"))
            else:
                h, mi = RB.choice([12, 19, 20, 21, 22, 23]), RB.randrange(60)
            t = datetime.datetime(d.year, d.month, d.day, h, mi, RB.randrange(60), tzinfo=E.KST)
            continue
        if line.startswith("~"):
            a = line[1:].strip()
            mult = 60 if a.endswith("h") else 1440 if a.endswith("d") else 1
            t += datetime.timedelta(minutes=float(a.rstrip("hd")) * mult)
            continue
        t += datetime.timedelta(seconds=RB.randrange(15, 400))
        if line.startswith("+ "):
            for k in line[2:].split():
                chat.service_msg(ACC[k], t, "join_group_by_link", inviter=chat.owner.name)
                t += datetime.timedelta(seconds=RB.randrange(60, 5000))
            continue
        if line.startswith("- "):
            ks, op = line[2:].split(" by ")
            chat.service_msg(ACC[op.strip()], t, "remove_members", members=[ACC[k].name for k in ks.split()])
            continue
        if line.startswith("! pin"):
            last = [m for m in chat.msgs if not m.service][-1]
            chat.service_msg(chat.owner, t, "pin_message", message_id=last)
            continue
        if line.startswith("* create"):
            chat.service_msg(chat.owner, t, "create_group", title=name,
                             members=[ACC[k].name for k in line.split()[2:]])
            continue
        if line.startswith("= "):
            parts = line[2:].split()
            n, who = int(parts[0]), parts[1:]
            for _ in range(n):
                free = [b for b in bank if used.get(b, 0) < 2]
                b = RB.choice(free)
                used[b] = used.get(b, 0) + 1
                acc = ACC[RB.choice(who)]
                chat.say(acc, t, tokens(E.perturb(b, acc.style)), raw=True)
                t += datetime.timedelta(seconds=RB.randrange(30, 900))
            continue
        m = LINE.match(line)
        if not m:
            raise ValueError("%s: bad line %r" % (key, line))
        acc = ACC[m.group(1)]
        reply = None
        if m.group(2):
            back = int(m.group(3) or 1)
            reply = [x for x in chat.msgs if not x.service][-back]
        extra = {}
        if m.group(5) == "photo":
            extra = E.photo(chat, t)
        elif m.group(5) == "file":
            extra = E.archive_file(t)
        elif m.group(5) == "video":
            extra = E.video_file(t)
        chat.say(acc, t, tokens(m.group(6)), raw=True, reply=reply, **extra)
    E.assign_ids(chat)
    return chat


def main(out):
    chats = [build(spec) for spec in S.CHATS]
    folders, truth_pay = {}, []
    for chat in chats:
        base = "ChatExport_" + chat.export_date
        n = folders.get(base, 0)
        folders[base] = n + 1
        folder = base if n == 0 else "%s (%d)" % (base, n)
        d = os.path.join(out, folder)
        os.makedirs(d, exist_ok=True)
        for rel, img in getattr(chat, "pending_photos", []):
            os.makedirs(os.path.join(d, os.path.dirname(rel)), exist_ok=True)
            img.save(os.path.join(d, rel), "JPEG", quality=70)
        doc = E.serialise(chat)
        with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        for m in chat.msgs:
            for kind, ok, val in m.pays:
                truth_pay.append({"chat": chat.name, "message_id": m.id, "value": val, "kind": kind, "valid": ok})
    # ------------------------------------------------------------ labels
    crim = {c.name for c in chats if c.label == "criminal"}
    seen = {}
    for c in chats:
        for m in c.msgs:
            seen.setdefault(m.acc.key, set()).add(c.name)
            for mm in E.MN.findall(m.text):
                seen.setdefault("telegram:user" + mm[0], set()).add(c.name)
    victims = S.VICTIMS
    vic_keys = {ACC[v[0]].key for v in victims if v[0]}
    parts, benign = [], []
    for key, acc in ACC.items():
        if acc.key not in seen or acc.key in vic_keys:
            continue
        if seen[acc.key] & crim:
            roles = S.ROLES.get(key, ["viewer"])
            parts.append({"account": acc.key, "roles": roles})
        else:
            if key in S.ROLES:
                raise ValueError("role for benign-only account " + key)
            benign.append(acc.key)
    for key in S.ROLES:
        if ACC[key].key not in seen:
            raise ValueError("role for unseen account " + key)
    truth = {
        "participants": parts,
        "potential_victims": [{"account": ACC[a].key if a else None, "mention": mn, "name": nm}
                              for a, mn, nm in victims],
        "benign_chats": [c.name for c in chats if c.label == "benign"],
        "benign_accounts": benign,
        "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in S.LINKS],
        "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in S.NON_LINKS],
        "payments": truth_pay,
        "rooms": {c.name: c.label for c in chats},
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    detail = {"accounts": [{"account": acc.key, "key": key, "name": acc.name, "handle": acc.handle,
                            "chats": sorted(seen.get(acc.key, ())),
                            "roles": S.ROLES.get(key, ["viewer"]) if seen.get(acc.key, set()) & crim and
                            acc.key not in vic_keys else ("victim" if acc.key in vic_keys else "benign")}
                           for key, acc in ACC.items() if acc.key in seen],
              "chats": [{"name": c.name, "type": c.type, "label": c.label, "messages": len(c.msgs),
                         "exported_by": c.owner.name} for c in chats]}
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir))
