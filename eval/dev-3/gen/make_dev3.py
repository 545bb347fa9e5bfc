#!/usr/bin/env python3
"""Generator for eval/dev-3 ("몸캠피싱" sextortion ring, autumn 2025).

usage: python3 gen/make_dev3.py OUT_DIR

Every chat is a hand-written script (gen/scripts_*.py); this file only turns the scripts into
Telegram Desktop exports with ../../dev-2/gen/engine.py and writes truth.json / truth_detail.json.
Deterministic: fixed seeds, no set iteration in output.

Script syntax (one line per event):
  ## 2025-09-03 21:10          start a session at this KST time; later lines follow a few minutes apart
  ## +40                       jump 40 minutes ahead
  key: text                    a message from account `key`
  key:^ text                   the same, as a reply to the previous message
  key:^N text                  a reply to the message N lines back (N messages earlier)
  key:[photo] caption          a photo (generated gradient) with an optional caption
  key:[video] caption          a video, "file not included"
  key:[zip] caption            an archive, "file not included"
  key:[fwd NAME] text          forwarded from NAME
  +join k1 k2 ...              join_group_by_link events (inviter: the group)
  +invite actor: k1 k2         invite_members
  +create actor: TITLE         create_group / create_channel (members = the keys listed in CHAT.create_members)
  +remove actor: k1            remove_members
  +pin actor                   pin the previous non-service message
  +title actor: TITLE          edit_group_title
  +call actor: reason          phone_call (missed / hangup / busy)
Payment tokens inside text (every artifact and amount is a token, so truth is exact):
  {a:50만원}  amount      {pin:NAME}  gift-card PIN (same NAME = same PIN)
  {btc:NAME} {eth:NAME} {xmr:NAME}  wallets (same NAME = same wallet)   {btcbad:NAME} {ethbad:NAME}: corrupted copies
  {bank:NAME}  bank account number (layout from ART_BANK)   {phone:NAME}  010-0xxx phone
  {m:KEY|text}  mention_name entity pointing at account KEY
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "common"), os.path.join(HERE, "..", "..", "dev-2", "gen")]

import datetime  # noqa: E402

import artifacts as A  # noqa: E402
import engine as E  # noqa: E402

E.R.seed(20251103)  # own seed: dev-3 ids must not repeat dev-2's
R = E.R

import cast  # noqa: E402
import scripts_crime  # noqa: E402
import scripts_benign  # noqa: E402

ART = {}
BANK_LAYOUT = {"국민": 3, "신한": 4, "우리": 5, "농협": 6, "하나": 7, "카뱅": 1, "토스": 2, "케이": 8}


def artifact(kind, name):
    k = (kind, name)
    if k not in ART:
        if kind == "btc":
            ART[k] = A.btc(R, cast.BTC_STYLE.get(name, "bech32"))
        elif kind == "eth":
            ART[k] = A.eth(R)
        elif kind == "xmr":
            ART[k] = A.xmr(R)
        elif kind == "pin":
            ART[k] = A.pin(R)
        elif kind == "phone":
            ART[k] = A.phone(R)
        elif kind == "bank":
            ART[k] = A.bank(R, BANK_LAYOUT[cast.BANK_OF[name]])[1]
        elif kind in ("btcbad", "ethbad"):
            good = artifact(kind[:3], name)
            ART[k] = A.corrupt(R, good, A.btc_ok if kind == "btcbad" else A.eth_ok)
    return ART[k]


TOKEN = re.compile(r"\{(\w+):([^{}]+)\}")


def fill(text):
    def rep(m):
        kind, arg = m.group(1), m.group(2)
        if kind == "a":
            return E.pay("amount", arg)
        if kind == "m":
            key, shown = arg.split("|", 1)
            return "⟪%d|%s⟫" % (cast.ACC[key].id, shown)
        v = artifact(kind, arg)
        if kind == "phone":
            return v
        if kind == "pin":
            return E.pay("gift_card", v)
        if kind == "bank":
            return E.pay("bank_account", v)
        if kind.endswith("bad"):
            return E.pay(kind[:3], v, valid=False)
        return E.pay(kind, v)
    return TOKEN.sub(rep, text)


LINE = re.compile(r"^(\w+):(\^\d*)?\s?(?:\[(photo|video|zip|fwd [^\]]+)\]\s?)?(.*)$")


def run_script(chat, script, members_created=()):
    t = None
    made = []  # non-service messages in order
    present = set(members_created)  # who is already in the room (groups only)
    t0 = None
    open_room = chat.type in ("public_supergroup", "private_supergroup")
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("##"):
            arg = line[2:].strip()
            if arg.startswith("+"):
                t = t + datetime.timedelta(minutes=int(arg[1:]))
            else:
                t = datetime.datetime.strptime(arg, "%Y-%m-%d %H:%M").replace(
                    second=R.randrange(60), tzinfo=E.KST)
            continue
        t = t + datetime.timedelta(seconds=R.randrange(15, 260))
        if line.startswith("+"):
            cmd, _, rest = line[1:].partition(" ")
            if cmd == "join":
                for k in rest.split():
                    if k in present:
                        continue
                    present.add(k)
                    chat.service_msg(cast.ACC[k], t, "join_group_by_link", inviter="Group")
                    t = t + datetime.timedelta(minutes=R.uniform(3, 200))
                continue
            actor, _, arg = rest.partition(":")
            acc = cast.ACC[actor.strip()]
            arg = arg.strip()
            if cmd == "create":
                present.add(actor.strip())
                t0 = t
                if chat.type == "private_group":
                    chat.service_msg(acc, t, "create_group", title=arg,
                                     members=[cast.ACC[k].from_name for k in members_created])
                else:  # supergroups and channels are created as channels
                    chat.service_msg(acc, t, "create_channel", title=arg)
            elif cmd == "invite":
                present.update(arg.split())
                chat.service_msg(acc, t, "invite_members", members=[cast.ACC[k].from_name for k in arg.split()])
            elif cmd == "remove":
                chat.service_msg(acc, t, "remove_members", members=[cast.ACC[k].from_name for k in arg.split()])
            elif cmd == "pin":
                chat.service_msg(acc, t, "pin_message", message_id=made[-1])
            elif cmd == "title":
                chat.service_msg(acc, t, "edit_group_title", title=arg)
            elif cmd == "call":
                chat.service_msg(acc, t, "phone_call", discard_reason=arg,
                                 **({"duration_seconds": R.randrange(40, 400)} if arg == "hangup" else {}))
            else:
                raise ValueError(line)
            continue
        m = LINE.match(line)
        if not m:
            raise ValueError("bad line: %r" % line)
        key, rep, media, text = m.groups()
        acc = cast.ACC[key]
        if open_room and key not in present:  # joined by link some time before the first message
            present.add(key)
            tj = max(t0 + datetime.timedelta(minutes=1), t - datetime.timedelta(minutes=R.uniform(2, 900)))
            chat.service_msg(acc, tj, "join_group_by_link", inviter="Group")
        reply = None
        if rep is not None:
            reply = made[-(int(rep[1:]) if len(rep) > 1 else 1)]
        extra = {}
        if media == "photo":
            extra.update(E.photo(chat, t))
        elif media == "video":
            extra.update(E.video_file(t))
        elif media == "zip":
            extra.update(E.archive_file(t))
        elif media:
            extra["forwarded_from"] = media[4:]
        made.append(chat.say(acc, t, fill(text), reply=reply, raw=True, **extra))
    return chat


def main(out):
    chats, spec_of = [], {}
    for spec in scripts_crime.CHATS + scripts_benign.CHATS:
        chat = E.Chat(spec["name"], spec["type"], spec["label"], spec["export"], sparse=spec["type"] in ("personal_chat", "private_group"))
        run_script(chat, spec["script"], spec.get("create_members", ()))
        spec_of[spec["name"]] = spec
        chats.append(chat)
    if os.path.exists(out):
        for d in os.listdir(out):
            if d.startswith("ChatExport_"):
                shutil.rmtree(os.path.join(out, d))
    os.makedirs(out, exist_ok=True)
    folders = {}
    payments = []
    for chat in chats:
        E.assign_ids(chat)
        base = "ChatExport_" + chat.export_date
        n = folders.get(base, 0)
        folders[base] = n + 1
        folder = os.path.join(out, base + (" (%d)" % n if n else ""))
        os.makedirs(folder)
        saved = {}
        for key, shown in spec_of[chat.name].get("names", {}).items():  # display name at that export's date
            saved[key] = cast.ACC[key].name
            cast.ACC[key].name = shown
        doc = E.serialise(chat)
        for key, name in saved.items():
            cast.ACC[key].name = name
        with open(os.path.join(folder, "result.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        for rel, img in getattr(chat, "pending_photos", []):
            os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
            img.save(os.path.join(folder, rel), "JPEG", quality=80)
        for m in chat.msgs:
            for kind, valid, val in m.pays:
                payments.append({"chat": chat.name, "message_id": m.id, "value": val, "kind": kind, "valid": valid})
    truth, detail = cast.truth(chats, payments)
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, ".."))
