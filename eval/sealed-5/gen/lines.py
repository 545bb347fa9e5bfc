"""Shared state and the line format the sealed-5 scripts are written in."""
import datetime
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "common"), os.path.join(HERE, "..", "..", "dev-2", "gen")]

import artifacts as A  # noqa: E402
import engine as E  # noqa: E402

RA = random.Random(5_2026_0915)  # artifacts
RT = random.Random(5_2026_1103)  # timing


def _vals():
    v = {}
    v["MULE1"] = ("bank_account", A.bank(RA, 5)[1])   # 우리 mule
    v["MULE2"] = ("bank_account", A.bank(RA, 8)[1])   # 케이뱅크 mule
    v["MULE3"] = ("bank_account", A.bank(RA, 2)[1])   # 토스뱅크 mule (later)
    v["OPBTC"] = ("btc", A.btc(RA, "bech32"))
    v["OPETH"] = ("eth", A.eth(RA))
    v["OPBTC_BAD"] = ("btc", A.corrupt(RA, v["OPBTC"][1], A.btc_ok), False)
    v["OPETH_BAD"] = ("eth", A.corrupt(RA, v["OPETH"][1], A.eth_ok), False)
    v["REFUND_ETH"] = ("eth", A.eth(RA))               # deleted account + successor
    v["DAWN_BTC"] = ("btc", A.btc(RA, "p2pkh"))       # 새벽세시 + airdrop alt
    v["CHAL_BTC"] = ("btc", A.btc(RA, "p2sh"))        # another payer's refund wallet
    v["SQUID_BANK"] = ("bank_account", A.bank(RA, 1)[1])
    v["PHONE_F"] = A.phone(RA)
    for i in range(1, 9):
        v["PIN%d" % i] = ("gift_card", A.pin(RA))
    v["ALUM_BANK"] = ("bank_account", A.bank(RA, 3)[1])   # 국민, alumni treasurer
    v["COS_BANK"] = ("bank_account", A.bank(RA, 0)[1])    # 카카오뱅크, photographer
    v["SHOP_BANK"] = ("bank_account", A.bank(RA, 4)[1])   # 신한, repair shop
    v["AIR_ETH1"] = ("eth", A.eth(RA))
    v["AIR_ETH2"] = ("eth", A.eth(RA))
    v["AIR_ETH3"] = ("eth", A.eth(RA))
    v["AIR_ETH3_BAD"] = ("eth", A.corrupt(RA, v["AIR_ETH3"][1], A.eth_ok), False)
    v["AIR_BTC1"] = ("btc", A.btc(RA, "bech32"))
    v["ROOM_BANK"] = ("bank_account", A.bank(RA, 7)[1])   # 하나, roommate
    v["PET_PHONE"] = A.phone(RA)
    v["PET_PHONE2"] = A.phone(RA)
    v["ALUM_PHONE"] = A.phone(RA)
    v["SHOP_PHONE"] = A.phone(RA)
    return v


V = _vals()
ACC = {}      # nick -> engine.Acc
ROLES = {}    # nick -> set of roles (criminal-side participants)
VICTIM = set()


def person(nick, name, roles=(), handle=None, deleted=False, prefix="user", victim=False):
    ACC[nick] = E.Acc(name, handle, deleted=deleted, prefix=prefix)
    if roles:
        ROLES[nick] = set(roles)
    if victim:
        VICTIM.add(nick)
    return ACC[nick]


# ------------------------------------------------------------ the line format
LINE = re.compile(r"^(?:(\w+)=)?([^\s:>*\[]+)(>(\d*|@\w+))?(\*)?(\[(photo|video|zip|fwd:[^\]]+)\])?:\s?(.*)$")
TOKEN = re.compile(r"\{([^{}]+)\}")


def expand(text):
    def rep(m):
        k = m.group(1)
        if k.startswith("$"):
            return E.pay("amount", k[1:])
        if k.startswith("mn:"):
            nick, shown = k[3:].split("|")
            return "⟪%d|%s⟫" % (ACC[nick].id, shown)
        val = V[k]
        if isinstance(val, str):
            return val
        return E.pay(val[0], val[1], val[2] if len(val) > 2 else True)
    return TOKEN.sub(rep, text)


def play(chat, script, admin=None):
    """Lines:  `== 2026-09-14 21:05` set the clock;  `~ 40` wait 40 minutes;
    `[lab=]nick[>|>N|>@lab][*][[photo|video|zip|fwd:Name]]: text`  a message
    (`>` reply to the previous message, `>N` to N messages back, `*` edited);
    `+nick` joins by link;  `+nick<adder` is added;  `-nick<admin` removed;
    `!pin lab <nick`  pin;  `!create <nick> title`;  `!title <nick> new title`."""
    t = None
    hist, labels = [], {}
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            t = datetime.datetime.strptime(line[2:].strip(), "%Y-%m-%d %H:%M").replace(tzinfo=E.KST)
            t += datetime.timedelta(seconds=RT.randrange(60))
            continue
        if line.startswith("~"):
            t += datetime.timedelta(minutes=float(line[1:]))
            continue
        t += datetime.timedelta(seconds=RT.randrange(15, 260))
        if line[0] in "+-" and ":" not in line:
            who, _, by = line[1:].partition("<")
            if line[0] == "+" and not by:
                hist.append(chat.service_msg(ACC[who], t, "join_group_by_link", inviter=(admin or "Group")))
            elif line[0] == "+":
                hist.append(chat.service_msg(ACC[by], t, "invite_members", members=[ACC[who].name]))
                ACC[who].chats.add(chat.name)
            else:
                hist.append(chat.service_msg(ACC[by], t, "remove_members", members=[ACC[who].from_name]))
                ACC[who].chats.add(chat.name)
            continue
        if line.startswith("!"):
            cmd, rest = line[1:].split(" ", 1)
            if cmd == "pin":
                lab, who = rest.split(" <")
                hist.append(chat.service_msg(ACC[who], t, "pin_message", message_id=labels[lab]))
            elif cmd in ("create", "title"):
                who, title = rest.split(" ", 1)
                who = who.strip("<")
                if cmd == "create":
                    hist.append(chat.service_msg(ACC[who], t, "create_group", title=title,
                                                 members=[a.name for a in chat.members] or [ACC[who].name]))
                else:
                    hist.append(chat.service_msg(ACC[who], t, "edit_group_title", title=title))
            continue
        m = LINE.match(line)
        if not m:
            raise ValueError("bad line: %r" % raw)
        lab, nick, rmark, rarg, edited, _, media, text = m.groups()
        reply = None
        if rmark:
            reply = labels[rarg[1:]] if rarg.startswith("@") else hist[-int(rarg or 1)]
        extra = {}
        if edited:
            e = t + datetime.timedelta(minutes=RT.randrange(1, 25))
            extra["edited"] = e.strftime("%Y-%m-%dT%H:%M:%S")
            extra["edited_unixtime"] = str(int(e.timestamp()))
        if media == "photo":
            extra.update(E.photo(chat, t))
        elif media == "video":
            extra.update(E.video_file(t))
        elif media == "zip":
            extra.update(E.archive_file(t))
        elif media and media.startswith("fwd:"):
            extra["forwarded_from"] = media[4:]
        msg = chat.say(ACC[nick], t, expand(text.replace("\\n", "\n")), reply=reply, raw=True, **extra)
        hist.append(msg)
        if lab:
            labels[lab] = msg
    chat.labels = labels
    return chat


