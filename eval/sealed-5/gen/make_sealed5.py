#!/usr/bin/env python3
"""Generator for eval/sealed-5 (SEALED).  Deterministic: fixed seeds, no network.

usage: python make_sealed5.py [OUT_DIR]     (default: the corpus folder, ..)

Dialogue lives in scripts_crime.py / scripts_benign.py as hand-written lines in a tiny
line format (lines.play).  The export engine (accounts, Telegram JSON, abstract photos)
is dev-2's, imported unchanged; wallets/PINs come from ../../common/artifacts.py.
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lines import ACC, ROLES, VICTIM, E  # noqa: E402
import cast  # noqa: E402
import scripts_crime  # noqa: E402
import scripts_benign  # noqa: E402


def build(out):
    chats = scripts_crime.chats() + scripts_benign.chats()
    for c in chats:
        E.assign_ids(c)
    # export folder names, Telegram Desktop style: same-day exports get " (n)"
    per_day = {}
    if os.path.isdir(out):
        for d in os.listdir(out):
            if d.startswith("ChatExport_"):
                shutil.rmtree(os.path.join(out, d))
    rooms, payments, seen_crim, seen_ben = {}, [], set(), set()
    for c in chats:
        n = per_day.get(c.export_date, 0)
        per_day[c.export_date] = n + 1
        folder = os.path.join(out, "ChatExport_%s%s" % (c.export_date, " (%d)" % n if n else ""))
        os.makedirs(folder)
        for rel, img in getattr(c, "pending_photos", []):
            os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
            img.save(os.path.join(folder, rel), "JPEG", quality=70)
        with open(os.path.join(folder, "result.json"), "w", encoding="utf-8") as f:
            json.dump(E.serialise(c), f, ensure_ascii=False, indent=1)
        rooms[c.name] = c.label
        for m in c.msgs:
            (seen_crim if c.label == "criminal" else seen_ben).add(m.acc)
            for kind, valid, value in m.pays:
                payments.append({"chat": c.name, "message_id": m.id, "value": value, "kind": kind, "valid": valid})
            for uid in re.findall(r"⟪(\d+)\|", m.text):
                (seen_crim if c.label == "criminal" else seen_ben).update(
                    a for a in ACC.values() if a.id == int(uid))
    by_acc = {a: k for k, a in ACC.items()}
    participants, benign = [], []
    for a in sorted(seen_crim | seen_ben, key=lambda a: a.key):
        nick = by_acc[a]
        if nick in VICTIM:
            continue
        if a in seen_crim:
            if nick not in ROLES:
                raise SystemExit("criminal-side account without roles: " + nick)
            participants.append({"account": a.key, "roles": sorted(ROLES[nick])})
        else:
            if nick in ROLES:
                raise SystemExit("role given to a benign-only account: " + nick)
            benign.append(a.key)
    for nick in ROLES:
        if ACC[nick] not in seen_crim:
            raise SystemExit("roled account never appears: " + nick)
    truth = {
        "participants": participants,
        "potential_victims": [{"account": ACC[v["account"]].key if v["account"] else None,
                               "mention": v["mention"], "name": v["name"]} for v in cast.VICTIMS],
        "benign_chats": [c.name for c in chats if c.label == "benign"],
        "benign_accounts": benign,
        "identity_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in cast.LINKS],
        "non_links": [[ACC[a].key, ACC[b].key, why] for a, b, why in cast.NON_LINKS],
        "payments": payments,
        "rooms": rooms,
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    detail = {ACC[k].key: {"nick": k, "display": ACC[k].name, "handle": ACC[k].handle,
                           "chats": sorted(ACC[k].chats)} for k in sorted(ACC)}
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    build(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")))
