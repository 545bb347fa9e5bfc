#!/usr/bin/env python3
"""Generate the sealed-2 corpus (deterministic; Pillow + base58/bech32/pycryptodome).

usage: python3 make_sealed2.py OUT_DIR

"꿀알바": a fake high-pay part-time-job / sponsor lure.  A free lobby advertises jobs and a paid
VIP room; a staff room runs the lure, the money and the exposure threats; one 1:1 coercion chat;
three benign look-alike rooms.  Every message is a hand-written script line (script_*.py), used
once; only the export engine (accounts, per-speaker typos, payment marks, serialisation) is
shared with dev-2 by import.  See ../README.md.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir, os.pardir, "common"))
sys.path.insert(1, os.path.join(HERE, os.pardir, os.pardir, "dev-2", "gen"))
import artifacts as A  # noqa: E402  (eval/common/artifacts.py)
import engine as E  # noqa: E402  (eval/dev-2/gen/engine.py: the open export engine)
from engine import R, Acc, Chat, archive_file, assign_ids, photo, serialise, video_file  # noqa: E402

import script_benign as SB  # noqa: E402
import script_crim as SC  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, os.pardir)
YEAR = 2025
R.seed(20250514)  # our own stream, independent of dev-2's


def T(mo, d, h, mi=None):
    return E.ts(YEAR, mo, d, h, mi)


# ---------------------------------------------------------------- cast (code -> account)
CAST = {}


def acc(code, name, handle=None, prefix="user", deleted=False):
    a = Acc(name, handle, prefix=prefix, deleted=deleted)
    CAST[code] = a
    return a


def crowd(prefix, names):
    return [acc("%s%d" % (prefix, i), n) for i, n in enumerate(names)]


# the ring
acc("boss", "꿀벌대장", "honeyboss_kk")
acc("alt", "퀸비", "queenbee_sub2")          # boss's second account, declared in words
acc("col", "총무님")                          # collector: confirms payments
acc("rec", "채용담당 J")                      # recruiter: lure + 1:1 coercion
acc("up", "자료실장")                         # uploader
acc("up2", "2탄요정")                         # second uploader
# victims
acc("vsy", "서연")
# lobby / VIP speakers
for code, name, handle in SC.SPEAKERS:
    acc(code, name, handle)
# cross-room people and look-alikes
acc("nightowl", "밤샘러")                     # VIP payer, chatty in the clan
acc("acorn", "도토리묵")                      # silent lobby member, chatty in the cosplay club
acc("kimbu", "김부장")                        # states 'my account' in VIP ...
acc("dealer", "직거래남")                     # ... the same 신한 account as the market seller
acc("oldmoon", "달밤산책")                    # old account, named by its successor
acc("newmoon", "새벽감성")
acc("ghost", "ghost_k", "ghost_k77")
acc("ghost2", "ghostk_two", "ghostk_two")
acc("gone", "Deleted Account", deleted=True)   # a VIP requester who later deleted the account
acc("sy_cos", "서연")                         # cosplay member, same display name as the victim
acc("tofu_b", "두부튀김")                     # cosplay member, same display name as a VIP member
LURK_L = crowd("ll", SC.LURK_LOBBY)
LURK_V = crowd("lv", SC.LURK_VIP)
for code, name, handle in SB.SPEAKERS:
    acc(code, name, handle)
LURK_COS = crowd("lc", SB.LURK_COS)
LURK_CLAN = crowd("lk", SB.LURK_CLAN)
LURK_MKT = crowd("lm", SB.LURK_MKT)
LURK_CR = crowd("lr", SB.LURK_CRYPTO)

# payment artifacts
MULE = A.bank(R, 4)          # 신한-layout mule account ("총무" account)
MULE2 = A.bank(R, 7)         # 하나 backup mule
OPETH = A.eth(R)
OPBTC = A.btc(R, "bech32")
KIMBU = A.bank(R, 4)[1]      # 신한 account of 김부장 / 직거래남
COS_BANK = A.bank(R, 0)
CLAN_BANK = A.bank(R, 2)
MKT_SELLER = A.bank(R, 5)
CR_DONATE = A.eth(R)
VP4_ETH = A.eth(R)

LINKS = [
    ("boss", "alt", "stated alt: 꿀벌대장 says @queenbee_sub2 (퀸비) is his second account; 퀸비 confirms"),
    ("oldmoon", "newmoon", "alt announced by name: 새벽감성 says it used to be the account '달밤산책', which was banned"),
    ("ghost", "ghost2", "alt announced in English: ghost_k names its next account @ghostk_two; ghostk_two says it is ghost_k"),
    ("vp4", "cr9", "the same ETH wallet stated as 'my wallet' in the VIP room and in the crypto study"),
    ("kimbu", "dealer", "the same 신한 account stated as 'my account' in the VIP room and in the used-goods market"),
]
NON_LINKS = [
    ("vp1", "vp2", "two payers repeat the collector's mule account"),
    ("vp1", "boss", "a payer repeats the account the operator published in the lobby"),
    ("lob3", "alt", "a lobby member @mentions the operator's second account"),
    ("sy_cos", "vsy", "same display name 서연 (cosplay member vs the victim of the 1:1 chat)"),
    ("tofu_b", "vt1", "same display name 두부튀김 in the cosplay club and the VIP room"),
    ("mk_buy1", "mk_sell1", "a buyer repeats the seller's bank account when confirming a transfer"),
    ("cr3", "cr_lead", "a study member repeats the study leader's donation address"),
    ("kc1", "kc2", "two clan members repeat the clan treasurer's account"),
]


def ctx_common():
    return {"mule": "%s %s" % (MULE[0], E.pay("bank_account", MULE[1])),
            "mule2": "%s %s" % (MULE2[0], E.pay("bank_account", MULE2[1])),
            "mule_bare": ("bank_account", MULE[1]),
            "ringeth": ("eth", OPETH), "ringbtc": ("btc", OPBTC),
            "badeth": E.pay("eth", A.corrupt(R, OPETH, A.eth_ok), False),
            "kimbu": ("bank_account", KIMBU),
            "cosbank": "%s %s" % (COS_BANK[0], E.pay("bank_account", COS_BANK[1])),
            "clanbank": "%s %s" % (CLAN_BANK[0], E.pay("bank_account", CLAN_BANK[1])),
            "clan_bare": ("bank_account", CLAN_BANK[1]),
            "seller": "%s %s" % (MKT_SELLER[0], E.pay("bank_account", MKT_SELLER[1])),
            "seller_bare": ("bank_account", MKT_SELLER[1]),
            "crdonate": E.pay("eth", CR_DONATE), "crdonate_bare": ("eth", CR_DONATE),
            "vp4eth": ("eth", VP4_ETH), "cr1eth": ("eth", A.eth(R)), "cr5btc": ("btc", A.btc(R, "bech32")),
            "mn:col": "⟪%d|%s⟫" % (CAST["col"].id, CAST["col"].name),   # Telegram text mentions
            "mn:up2": "⟪%d|%s⟫" % (CAST["up2"].id, CAST["up2"].name),
            "mn:cs_tr": "⟪%d|%s⟫" % (CAST["cs_tr"].id, CAST["cs_tr"].name),
            "vphone": A.phone(R), "mumphone": A.phone(R)}


# ---------------------------------------------------------------- script runner
def run(chat, script, start):
    """Play a hand-written script.  Line: 'code [flags]|text'.  Flags: o d r p (role tags in
    criminal rooms), ^ / ^N (reply to the previous / N-th previous message), = (no per-speaker
    perturbation), ph / vid / zip (media), fwd:NAME (forwarded from).  '# M-D H' sets the clock."""
    t = start
    hist = []
    for raw in script.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        if raw.startswith("#"):
            md, h = raw[1:].split()
            mo, d = md.split("-")
            t = T(int(mo), int(d), int(h))
            continue
        head, text = raw.split("|", 1)
        code, *flags = head.split()
        a = CAST[code]
        t = E.later(t, 0.3, 18)
        tags, extra, reply, keep = [], {}, None, False
        for f in flags:
            if f in ("o", "d", "r", "p"):
                tags.append({"o": "op", "d": "dist", "r": "req", "p": "pay"}[f])
            elif f.startswith("^"):
                reply = hist[-int(f[1:] or 1)]
            elif f == "=":
                keep = True
            elif f == "ph":
                extra.update(photo(chat, t))
            elif f == "vid":
                extra.update(video_file(t))
            elif f == "zip":
                extra.update(archive_file(t))
            elif f.startswith("fwd:"):
                extra["forwarded_from"] = f[4:].replace("_", " ")
            else:
                raise ValueError("bad flag %r in %r" % (f, raw))
        hist.append(chat.say(a, t, text, tuple(tags), reply=reply, keep=keep, **extra))
    return t


def joins(chat, owner, lurkers, start, end, invite=0.2):
    """Service joins for everyone who speaks (before their first line) and for silent members."""
    first = {}
    for m in chat.msgs:
        if m.acc is not owner and m.acc not in first:
            first[m.acc] = m.t
    for a in list(first) + lurkers:
        hi = first.get(a, end)
        t = E.rand_time(start, hi) if hi > start + datetime.timedelta(hours=1) else start
        if R.random() < invite:
            chat.service_msg(owner, t, "invite_members", ("op",) if chat.label == "criminal" else (), members=[a.name])
        else:
            chat.service_msg(a, t, "join_group_by_link", (), inviter=owner.name)
        if a not in chat.members:
            chat.members.append(a)


# ---------------------------------------------------------------- rooms
lobby = Chat("🍯 꿀알바 구인구직 (무료방)", "public_supergroup", "criminal", "2025-05-20")
vip = Chat("🍯 VIP 자료실", "private_supergroup", "criminal", "2025-05-20")
staff = Chat("꿀벌 운영실", "private_group", "criminal", "2025-05-21", sparse=True)
dm = Chat("서연", "personal_chat", "criminal", "2025-04-30", cid=CAST["vsy"].id, sparse=True)
cos = Chat("코스모스 코스프레 촬영회 🎀", "private_supergroup", "benign", "2025-06-02")
clan = Chat("[LoL] 새벽반 클랜 ⚔️", "public_supergroup", "benign", "2025-06-02")
dmc = Chat("총무님", "personal_chat", "criminal", "2025-05-02", cid=CAST["col"].id, sparse=True)
mkt = Chat("한빛대 중고장터 🛒", "public_supergroup", "benign", "2025-06-03")
cry = Chat("코인 스터디 (공부만 합니다) 📚", "private_supergroup", "benign", "2025-06-03")
CHATS = [lobby, vip, staff, dm, dmc, cos, clan, mkt, cry]
COMMON = ctx_common()
for c in CHATS:
    c.ctx.update(COMMON)
    c.ctx["opbank"] = MULE


def build():
    b = CAST["boss"]
    lobby.service_msg(b, T(1, 6, 22, 0), "create_channel", ("op",), title=lobby.name)
    run(lobby, SC.LOBBY, T(1, 6, 22, 5))
    run(lobby, SC.LOBBY_MORE, T(4, 18, 23))
    joins(lobby, b, LURK_L + [CAST["acorn"]], T(1, 6, 23), T(5, 15, 23))
    vip.service_msg(b, T(1, 10, 23, 0), "create_channel", ("op",), title=vip.name)
    vip.service_msg(b, T(1, 10, 23, 2), "invite_members", ("op",), members=["퀸비", "총무님", "자료실장", "2탄요정"])
    run(vip, SC.VIP, T(1, 10, 23, 5))
    run(vip, SC.VIP_MORE, T(4, 28, 22))
    joins(vip, b, LURK_V, T(1, 11, 20), T(5, 15, 23), invite=0.35)
    staff.service_msg(b, T(1, 4, 21, 0), "create_group", ("op",), title=staff.name,
                      members=["꿀벌대장", "퀸비", "총무님", "채용담당 J", "자료실장"])
    for code in ("boss", "alt", "col", "rec", "up"):
        staff.members.append(CAST[code])
        CAST[code].chats.add(staff.name)
    run(staff, SC.STAFF, T(1, 4, 21, 10))
    run(staff, SC.STAFF_MORE, T(4, 16, 22))
    run(dm, SC.DM, T(3, 24, 20, 0))
    run(dmc, SC.DM_COL, T(2, 25, 22, 0))
    cos.service_msg(CAST["cs_host"], T(1, 2, 14, 0), "create_channel", (), title=cos.name)
    run(cos, SB.COS, T(1, 2, 14, 10))
    run(cos, SB.COS_MORE, T(5, 3, 20))
    joins(cos, CAST["cs_host"], LURK_COS, T(1, 2, 15), T(5, 20, 20))
    clan.service_msg(CAST["kc_lead"], T(1, 1, 1, 0), "create_channel", (), title=clan.name)
    run(clan, SB.CLAN, T(1, 1, 1, 10))
    run(clan, SB.CLAN_MORE, T(5, 9, 1))
    joins(clan, CAST["kc_lead"], LURK_CLAN, T(1, 1, 2), T(5, 20, 2))
    mkt.service_msg(CAST["mk_admin"], T(1, 3, 12, 0), "create_channel", (), title=mkt.name)
    run(mkt, SB.MKT, T(1, 3, 12, 10))
    run(mkt, SB.MKT_MORE, T(5, 20, 15))
    joins(mkt, CAST["mk_admin"], LURK_MKT, T(1, 3, 13), T(5, 25, 20))
    cry.service_msg(CAST["cr_lead"], T(1, 8, 21, 0), "create_channel", (), title=cry.name)
    run(cry, SB.CRYPTO, T(1, 8, 21, 10))
    run(cry, SB.CRYPTO_MORE, T(5, 21, 22))
    joins(cry, CAST["cr_lead"], LURK_CR, T(1, 8, 22), T(5, 10, 20))


def main():
    build()
    victims = [
        {"account": CAST["vsy"].key, "mention": None, "name": "서연"},
        {"account": None, "mention": "@haru_day_0", "name": None},
        {"account": None, "mention": None, "name": "정다은"},
        {"account": None, "mention": "@yuna_k0420", "name": "윤아"},
    ]
    folders, payments = {}, []
    for chat in CHATS:
        assign_ids(chat)
    for chat in CHATS:
        folder = "ChatExport_" + chat.export_date
        n = 1
        while folder in folders.values():
            folder = "ChatExport_%s (%d)" % (chat.export_date, n)
            n += 1
        folders[chat.name] = folder
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        if getattr(chat, "pending_photos", []):
            os.makedirs(os.path.join(d, "photos"), exist_ok=True)
            for rel, img in chat.pending_photos:
                img.save(os.path.join(d, rel), "JPEG", quality=60)
        with open(os.path.join(d, "result.json"), "w", encoding="utf-8") as f:
            json.dump(serialise(chat), f, ensure_ascii=False, indent=1)
            f.write("\n")
        for m in chat.msgs:
            for kind, valid, value in m.pays:
                payments.append({"chat": chat.name, "message_id": m.id, "value": value, "kind": kind, "valid": valid})
    vic_keys = {v["account"] for v in victims if v["account"]}
    accs = {}
    for c in CHATS:
        for m in c.msgs:
            if m.acc:
                accs[m.acc.key] = m.acc
    crim = {c.name for c in CHATS if c.label == "criminal"}
    participants, benign_accs = [], []
    for key, a in sorted(accs.items()):
        if key in vic_keys:
            continue
        if a.chats & crim:
            roles = [r for t, r in (("op", "operator"), ("dist", "distributor"), ("req", "solicitor"), ("pay", "payer"))
                     if t in a.tags] or ["viewer"]
            participants.append({"account": key, "roles": roles})
        else:
            benign_accs.append(key)
    truth = {"participants": participants, "potential_victims": victims,
             "benign_chats": [c.name for c in CHATS if c.label == "benign"], "benign_accounts": benign_accs,
             "identity_links": [[CAST[a].key, CAST[b].key, why] for a, b, why in LINKS],
             "non_links": [[CAST[a].key, CAST[b].key, why] for a, b, why in NON_LINKS],
             "payments": payments, "rooms": {c.name: c.label for c in CHATS}}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    detail = {"accounts": {k: {"name": a.name, "handle": a.handle, "chats": sorted(a.chats),
                               "code": next(c for c, x in CAST.items() if x is a)} for k, a in sorted(accs.items())},
              "folders": folders}
    with open(os.path.join(OUT, "truth_detail.json"), "w", encoding="utf-8") as f:
        json.dump(detail, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
