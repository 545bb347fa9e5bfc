#!/usr/bin/env python3
"""Generate eval/dev-5 (open development set; written blind as sealed-4 and unsealed after one score): Telegram Desktop JSON exports + truth.json.

usage: python3 make_dev5.py [OUT]     (default: the corpus folder, ..)
Deterministic: every random draw comes from engine.R (fixed seed) in a fixed order.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "common"), os.path.join(HERE, "..", "..", "dev-2", "gen")]

import engine as E  # noqa: E402
import cast as C  # noqa: E402
import crime  # noqa: E402
import dms  # noqa: E402
import benign  # noqa: E402


def build():
    chats = [crime.recruitment(), crime.tier1(), crime.tier2(), crime.tier3(), crime.staff(),
             dms.seoa_dm(), dms.chaeeun_dm(),
             benign.photocards(), benign.streamer(), benign.study(), benign.jobs(),
             benign.siblings(), benign.tutor(), benign.friend()]
    for c in chats:
        E.assign_ids(c)
    return chats


def by_name(chat, name):
    hits = [m.acc for m in chat.msgs if m.acc is not None and m.acc.name == name]
    assert hits, (chat.name, name)
    return hits[0]


def truth(chats):
    crim = {c.name for c in chats if c.label == "criminal"}
    accs = {}
    for c in chats:
        for m in c.msgs:
            if m.acc is not None:
                accs[m.acc.key] = m.acc
    victims = {v.key for v in C.VICTIMS}
    participants, benign_accs = [], []
    for key, acc in sorted(accs.items()):
        if key in victims:
            continue
        if acc.chats & crim:
            roles = sorted(C.ROLES.get(key, ())) or ["viewer"]
            participants.append({"account": key, "roles": roles})
        else:
            assert key not in C.ROLES, key
            benign_accs.append(key)
    assert not set(C.ROLES) - {p["account"] for p in participants}, "a roled account never appears"
    ch = {c.name: c for c in chats}
    fan, stream, study = ch["LUMINA 포카 교환/양도 🌸"], ch["뽀삐 방송 팬방 🐶"], ch["새벽 5시 기상 스터디 📚"]
    P = C.payers
    assert (C.viewers_talk[0].name, C.viewers_talk[1].name, C.viewers_talk[5].name, P[22].name) == \
        ("민트", "ㅇㅇ", "Kim", "ㅇㅇ")
    links = [
        [C.boss.key, C.desk.key, "staff room: 'the recruitment room runs on my alt @glassbox_desk; 안내데스크 = me'"],
        [C.rec_k.key, C.rec_k2.key, "old recruiter account declares its handle in the recruitment room; new account "
                                    "says it is the person who used that handle, banned"],
        [C.collector.key, C.collector_en.key, "English second account announced, confirmed by the collector"],
        [C.deleted_old.key, C.successor.key, "deleted account's ETH refund wallet reclaimed as own by the successor"],
        [C.two_wallet_a.key, C.two_wallet_b.key, "same BTC wallet declared as own in tier 1 and tier 3 (second account)"],
        [C.phone_cross.key, C.phone_cross_b.key, "same phone given as own in tier 2 and in the job board"],
    ]
    non = [[p.key, C.paybot.key, "payer's gift-card PIN re-posted by the payment bot as confirmed"] for p in P[:4]]
    non += [
        [P[0].key, P[1].key, "both paid to the same operator BTC wallet"],
        [P[14].key, C.desk.key, "payer mistyped the operator wallet; the operator re-posted the right one"],
        [P[17].key, C.collector.key, "payer mistyped the operator ETH wallet; the collector re-posted it"],
        [C.viewers_talk[3].key, C.rec_k.key, "quotes the recruiter's handle"],
        [C.viewers_talk[0].key, by_name(fan, "민트").key, "display-name collision (민트) across chats"],
        [C.viewers_talk[1].key, P[22].key, "display-name collision (ㅇㅇ) in the criminal rooms"],
        [C.viewers_talk[1].key, by_name(stream, "ㅇㅇ").key, "display-name collision (ㅇㅇ) with the streamer chat"],
        [C.viewers_talk[5].key, by_name(study, "Kim").key, "display-name collision (Kim) with the study group"],
        [by_name(fan, "꼬북칩").key, by_name(fan, "민트").key, "buyer repeats the seller's bank account"],
        [by_name(study, "아침형인간").key, by_name(study, "스터디장").key, "member repeats the fine account"],
    ]
    for a, b, _ in links + non:
        assert a in accs and b in accs and a != b, (a, b)
    pv = [
        {"account": C.v_seoa.key, "mention": "@seoa_j07", "name": "정서아"},
        {"account": C.v_chaeeun.key, "mention": "@chaeeun_y06", "name": "윤채은"},
        {"account": C.v_minji.key, "mention": None, "name": "민지"},
        {"account": None, "mention": "@dahye_x02", "name": None},
        {"account": None, "mention": None, "name": "이수빈"},
        {"account": None, "mention": "@hayeon_0923", "name": "김하연"},
    ]
    pays = [{"chat": c.name, "message_id": m.id, "value": v, "kind": k, "valid": ok}
            for c in chats for m in c.msgs for k, ok, v in m.pays]
    return {"participants": participants, "potential_victims": pv,
            "benign_chats": [c.name for c in chats if c.label == "benign"], "benign_accounts": benign_accs,
            "identity_links": links, "non_links": non, "payments": pays,
            "rooms": {c.name: c.label for c in chats}}, accs


def write(out, chats):
    for c in chats:
        folder = os.path.join(out, "ChatExport_" + c.export_date)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        for rel, img in getattr(c, "pending_photos", []):
            os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
            img.save(os.path.join(folder, rel), "JPEG", quality=80)
        with open(os.path.join(folder, "result.json"), "w", encoding="utf-8") as f:
            json.dump(E.serialise(c), f, ensure_ascii=False, indent=1)
            f.write("\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")
    chats = build()
    t, accs = truth(chats)
    write(out, chats)
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
    detail = {k: {"display": a.name, "handle": a.handle, "deleted": a.deleted, "chats": sorted(a.chats)}
              for k, a in sorted(accs.items())}
    with open(os.path.join(out, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d chats, %d messages to %s" % (len(chats), sum(len(c.msgs) for c in chats), out))


if __name__ == "__main__":
    main()
