#!/usr/bin/env python3
"""Generator for eval/dev-4 (불법촬영 footage-trading ring, spring 2026, KST). Written blind.

usage: python3 gen/make_dev4.py [OUT_DIR]      (default: regenerate eval/dev-4 in place)

Chats are scripts (gen/crime.py, gen/benign.py) run through the generic export engine
../../dev-2/gen/engine.py (imported unchanged).  Deterministic: one seed, no set iteration in output.

Script syntax, one event per line:
  ## 2026-03-14 21:10      start a session (KST); following lines come 0.3-7 minutes apart
  ## +40                   jump 40 minutes
  key: text                message from account `key`      key:^ text  reply to the previous message
  key:^N text              reply to the message N messages back
  key:[photo] caption      generated abstract photo     key:[video] / key:[zip]   "File not included" stubs
  key:[fwd NAME] text      forwarded from NAME
  +join k1 k2              join_group_by_link           +invite actor: k1 k2     invite_members
  +create actor: TITLE     create_group / create_channel (members: all keys of the chat's `create` list)
  +remove actor: k1        remove_members               +pin actor               pin the previous message
  +call actor: missed      phone_call
  ~S 3 / ~P 2 / ~V 4 / ~D 2   three lines of the room's solicitor/payer/viewer/distributor pool, spoken by
                           the crowd accounts of that role in this room, each crowd account in turn
  ~J 5                     five silent crowd viewers join by link (next ones in turn)
Tokens (every payment artifact is a token, so the payment labels are exact):
  {a:15만원} amount   {pin:NAME} gift-card PIN (same NAME, same PIN; NAME * = a fresh one)
  {btc:NAME} {eth:NAME} {bank:NAME} wallets/accounts (same NAME, same value)   {btcbad:NAME} {ethbad:NAME} corrupted copy
  {phone:NAME} 010-0xxx phone   {mybank} {myeth} {mybtc} the speaker's own   {m:KEY|text} mention_name entity
"""
import datetime
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "common"), os.path.join(HERE, "..", "..", "dev-2", "gen")]

import artifacts as A  # noqa: E402
import engine as E  # noqa: E402

E.R.seed(20260412)  # own seed: ids must not repeat dev-2's / dev-3's
R = E.R

import cast  # noqa: E402
import crime  # noqa: E402
import benign  # noqa: E402

ART = {}
BANK_IDX = {"국민": 3, "신한": 4, "우리": 5, "농협": 6, "하나": 7, "카뱅": 1, "토스": 2, "케이": 8}


def artifact(kind, name):
    if name == "*":
        name = "*%d" % len(ART)
    k = (kind, name)
    if k not in ART:
        if kind == "pin":
            ART[k] = A.pin(R)
        elif kind == "btc":
            ART[k] = A.btc(R, R.choice(["bech32", "p2pkh", "p2sh"]))
        elif kind == "eth":
            ART[k] = A.eth(R)
        elif kind == "bank":
            ART[k] = A.bank(R, BANK_IDX.get(cast.BANK_OF.get(name, ""), None))[1]
        elif kind == "phone":
            ART[k] = A.phone(R)
    return ART[k]


def fill(text, acc):
    def rep(m):
        kind, _, name = m.group(1).partition(":")
        if kind == "a":
            return E.pay("amount", name)
        if kind == "m":
            key, _, shown = name.partition("|")
            return "⟪%d|%s⟫" % (cast.ACC[key].id, shown)
        if kind in ("mybank", "myeth", "mybtc"):
            kind, name = kind[2:], "own:" + cast.KEY_OF[acc.id]
        if kind in ("btcbad", "ethbad"):
            base = kind[:3]
            good = artifact(base, name)
            if ("bad", name) not in ART:
                ART[("bad", name)] = A.corrupt(R, good, A.btc_ok if base == "btc" else A.eth_ok)
            return E.pay(base, ART[("bad", name)], valid=False)
        v = artifact(kind, name)
        if kind == "phone":
            return v
        return E.pay({"pin": "gift_card", "bank": "bank_account"}.get(kind, kind), v)
    return re.sub(r"\{([^{}]+)\}", rep, text)


LINE = re.compile(r"^(\w+):(\^(\d*))?(\[(photo|video|zip|fwd [^\]]+)\])?\s?(.*)$")


def run_script(chat, spec):
    t = None
    last = []  # messages in order, for replies and pins
    crowd = spec.get("crowd", {})
    pools = {k: list(v) for k, v in spec.get("pools", {}).items()}
    for k in pools:
        R.shuffle(pools[k])
    turn = {k: 0 for k in crowd}
    for raw in spec["script"].strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("## +"):
            t += datetime.timedelta(minutes=int(line[4:]))
            continue
        if line.startswith("## "):
            t = datetime.datetime.strptime(line[3:], "%Y-%m-%d %H:%M").replace(tzinfo=E.KST)
            continue
        t += datetime.timedelta(seconds=R.randrange(20, 420))
        if line.startswith("~"):
            role, n = line[1:].split()
            for _ in range(int(n)):
                who = crowd[role][turn[role] % len(crowd[role])]
                turn[role] += 1
                acc = cast.ACC[who]
                if role == "J":
                    last.append(chat.service_msg(acc, t, "join_group_by_link", inviter="Group"))
                else:
                    text = fill(E.perturb(pools[role].pop(), acc.style), acc)
                    last.append(chat.say(acc, t, text, raw=True))
                t += datetime.timedelta(seconds=R.randrange(20, 300))
            continue
        if line.startswith("+"):
            cmd, _, rest = line[1:].partition(" ")
            if cmd == "join":
                for k in rest.split():
                    last.append(chat.service_msg(cast.ACC[k], t, "join_group_by_link", inviter="Group"))
                    t += datetime.timedelta(seconds=R.randrange(5, 200))
                continue
            actor, _, arg = rest.partition(":")
            acc = cast.ACC[actor.strip()]
            arg = arg.strip()
            if cmd == "invite":
                m = chat.service_msg(acc, t, "invite_members", members=[cast.ACC[k].from_name for k in arg.split()])
                for k in arg.split():
                    cast.ACC[k].chats.add(chat.name)
            elif cmd == "create":
                action = "create_group" if chat.type == "private_group" else "create_channel"  # supergroups are channels
                extra = {"title": arg}
                if action == "create_group":
                    extra["members"] = [cast.ACC[k].from_name for k in spec.get("create", [])]
                m = chat.service_msg(acc, t, action, **extra)
            elif cmd == "remove":
                m = chat.service_msg(acc, t, "remove_members", members=[cast.ACC[k].from_name for k in arg.split()])
            elif cmd == "pin":
                m = chat.service_msg(acc, t, "pin_message", message_id=[x for x in last if not x.service][-1])
            elif cmd == "call":
                m = chat.service_msg(acc, t, "phone_call", discard_reason=arg)
            else:
                raise ValueError(line)
            last.append(m)
            continue
        mt = LINE.match(line)
        if not mt:
            raise ValueError("bad line: %r" % line)
        key, rep, back, _, media, text = mt.groups()
        acc = cast.ACC[key]
        reply = None
        if rep is not None:
            reply = last[-(int(back) if back else 1)]
        extra = {}
        if media == "photo":
            extra.update(E.photo(chat, t))
        elif media == "video":
            extra.update(E.video_file(t))
        elif media == "zip":
            extra.update(E.archive_file(t))
        elif media:
            extra["forwarded_from"] = media[4:]
        last.append(chat.say(acc, t, fill(text, acc), reply=reply, raw=True, **extra))


def main(out):
    chats = []
    for spec in crime.CHATS + benign.CHATS:
        chat = E.Chat(spec["name"], spec["type"], spec["label"], spec["export"],
                      sparse=spec["type"] in ("personal_chat", "private_group"))
        run_script(chat, spec)
        chats.append(chat)
    cast.check(chats)
    if os.path.exists(out):
        for d in os.listdir(out):
            if d.startswith("ChatExport_"):
                shutil.rmtree(os.path.join(out, d))
    os.makedirs(out, exist_ok=True)
    folders, payments = {}, []
    for chat in chats:
        E.assign_ids(chat)
        base = "ChatExport_" + chat.export_date
        n = folders.get(base, 0)
        folders[base] = n + 1
        folder = os.path.join(out, base + (" (%d)" % n if n else ""))
        os.makedirs(folder)
        with open(os.path.join(folder, "result.json"), "w", encoding="utf-8") as f:
            json.dump(E.serialise(chat), f, ensure_ascii=False, indent=1)
            f.write("\n")
        for rel, img in getattr(chat, "pending_photos", []):
            os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
            img.save(os.path.join(folder, rel), "JPEG", quality=80)
        for m in chat.msgs:
            for kind, valid, val in m.pays:
                payments.append({"chat": chat.name, "message_id": m.id, "value": val, "kind": kind, "valid": valid})
    truth, detail = cast.truth(chats, payments)
    for fname, doc in (("truth.json", truth), ("truth_detail.json", detail)):
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, ".."))
