#!/usr/bin/env python3
"""Sanity-check a corpus of eval/ (sealed-1, dev-2) and print its counts.

usage: python3 validate_corpus.py CORPUS_DIR   (each corpus's validate.py runs it on its own folder)

Stdlib checks: every ChatExport_*/result.json parses and has name/type/id/messages;
message ids are unique and increase with time; replies and pins point at earlier
existing messages; photo files exist; every truth account appears in an export
(from_id, actor_id or mention_name user_id); every payment points at an existing
message whose text contains the value; every written amount-looking token
("3만원", "0.16 ETH", "300 dollars") is labelled; each victim identifier occurs in
the text; participants and benign accounts are disjoint; phone numbers stay in
the unassigned 010-0xxx block.
If base58, bech32 and pycryptodome are importable, wallet `valid` flags are
re-checked with them.  Exit status 1 on any failure.
"""
import collections
import glob
import json
import os
import re
import sys

if len(sys.argv) < 2:
    sys.exit("usage: python3 validate_corpus.py CORPUS_DIR")
root = sys.argv[1]
errors = []
err = errors.append


def text_of(m):
    t = m.get("text", "")
    return "".join(x if isinstance(x, str) else x["text"] for x in t) if isinstance(t, list) else t


AMOUNT = re.compile(r"(\d[\d,.]*\s?(만\s?)?(천\s?)?원(?!본)|\d+만|\d[\d.]*\s?(BTC|ETH|XMR)|\d+ dollars|₩\d)")
PHONE = re.compile(r"(?<![\d-])01[016789]-?\d{3,4}-?\d{4}(?![\d-])")

chats, seen_ids, all_text = {}, set(), []
n_msgs = n_service = 0
for path in sorted(glob.glob(os.path.join(root, "ChatExport_*", "result.json"))):
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except ValueError as e:
        err("%s: not JSON (%s)" % (path, e))
        continue
    for k in ("name", "type", "id", "messages"):
        if k not in doc:
            err("%s: missing top-level %r" % (path, k))
    msgs = doc.get("messages", [])
    byid = {}
    last = (-1, -1)
    for m in msgs:
        for k in ("id", "type", "date", "date_unixtime"):
            if k not in m:
                err("%s: message without %r" % (path, k))
        if m["id"] in byid:
            err("%s: duplicate id %s" % (path, m["id"]))
        cur = (m["id"], int(m["date_unixtime"]))
        if cur[0] <= last[0] or cur[1] < last[1]:
            err("%s #%s: ids/dates not increasing" % (path, m["id"]))
        last = cur
        byid[m["id"]] = m
        for ref in (m.get("reply_to_message_id"), m.get("message_id") if m.get("action") == "pin_message" else None):
            if ref is not None and (ref not in byid):
                err("%s #%s: reply/pin to a missing or later id %s" % (path, m["id"], ref))
        if "photo" in m and not os.path.exists(os.path.join(os.path.dirname(path), m["photo"])):
            err("%s #%s: photo file missing" % (path, m["id"]))
        for k in ("from_id", "actor_id"):
            if m.get(k):
                seen_ids.add("telegram:" + m[k])
        for e in m.get("text_entities", []):
            if e.get("type") == "mention_name":
                seen_ids.add("telegram:user%d" % e["user_id"])
        if "".join(e["text"] for e in m.get("text_entities", [])) != text_of(m):
            err("%s #%s: text_entities do not add up to text" % (path, m["id"]))
        if m["type"] == "service":
            n_service += 1
        all_text.append(text_of(m))
        for p in PHONE.findall(text_of(m)):
            if not re.match(r"010-?0", p):
                err("%s #%s: phone outside the 010-0xxx block: %s" % (path, m["id"], p))
    if doc.get("name") in chats:
        err("two exports share the name %r" % doc["name"])
    chats[doc.get("name")] = (doc, byid)
    n_msgs += len(msgs)

with open(os.path.join(root, "truth.json"), encoding="utf-8") as f:
    truth = json.load(f)

part = {p["account"] for p in truth["participants"]}
if part & set(truth["benign_accounts"]):
    err("accounts both participant and benign: %s" % sorted(part & set(truth["benign_accounts"]))[:5])
vic_accs = {v["account"] for v in truth["potential_victims"] if v["account"]}
if vic_accs & (part | set(truth["benign_accounts"])):
    err("victim accounts listed as participants/benign")
accounts = part | set(truth["benign_accounts"]) | vic_accs | \
    {a for pair in truth["identity_links"] + truth["non_links"] for a in pair[:2]}
for a in sorted(accounts):
    if a not in seen_ids:
        err("truth account %s not found in any export" % a)
for a in sorted(seen_ids - part - set(truth["benign_accounts"]) - vic_accs):
    err("account %s appears in an export but is not labelled" % a)
for p in truth["participants"]:
    if not p["roles"] or not set(p["roles"]) <= {"operator", "distributor", "solicitor", "payer", "viewer"} or \
            ("viewer" in p["roles"] and len(p["roles"]) > 1):
        err("bad roles %s" % p)
if set(truth["rooms"]) != set(chats):
    err("truth rooms %s != exports %s" % (sorted(truth["rooms"]), sorted(chats)))
for title in truth["benign_chats"]:
    if truth["rooms"].get(title) != "benign":
        err("benign chat %r not marked benign in rooms" % title)
corpus = "\n".join(all_text)
for v in truth["potential_victims"]:
    for k in ("mention", "name"):
        if v[k] and v[k] not in corpus:
            err("victim identifier %r not in any text" % v[k])

labelled = collections.defaultdict(list)
for p in truth["payments"]:
    if p["kind"] not in ("btc", "eth", "xmr", "bank_account", "gift_card", "amount"):
        err("unknown payment kind: %s" % p)
    chat = chats.get(p["chat"])
    if chat is None or p["message_id"] not in chat[1]:
        err("payment points at a missing message: %s" % p)
    elif p["value"] not in text_of(chat[1][p["message_id"]]):
        err("payment value not in message text: %s" % p)
    else:
        labelled[(p["chat"], p["message_id"])].append(p["value"])
for name, (doc, byid) in chats.items():
    for mid, m in byid.items():
        txt = text_of(m)
        for v in labelled.get((name, mid), []):
            txt = txt.replace(v, " ", 1)
        for hit in AMOUNT.finditer(txt):
            err("unlabelled amount %r in %s #%s" % (hit.group(0), name, mid))

try:  # optional third-party re-check of wallet checksums
    import base58
    import bech32
    from Crypto.Hash import keccak

    def k256(b):
        return keccak.new(digest_bits=256, data=b).digest()

    def ok(kind, v):
        if kind == "btc":
            if v.startswith("bc1"):
                return bech32.decode("bc", v) != (None, None)
            try:
                return len(base58.b58decode_check(v)) == 21
            except ValueError:
                return False
        if kind == "eth":
            h = k256(v[2:].lower().encode()).hex()
            return all((c.upper() if int(h[i], 16) >= 8 else c.lower()) == c for i, c in enumerate(v[2:]))
        if kind == "xmr":
            alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
            size = {11: 8, 7: 5}
            raw = b""
            for i in range(0, len(v), 11):
                n = 0
                for ch in v[i:i + 11]:
                    n = n * 58 + alpha.index(ch)
                raw += n.to_bytes(size[len(v[i:i + 11])], "big")
            return len(raw) == 69 and k256(raw[:-4])[:4] == raw[-4:]
        return True
    for p in truth["payments"]:
        if ok(p["kind"], p["value"]) != p["valid"]:
            err("checksum flag wrong: %s" % p)
    checked = "wallet flags re-checked with base58/bech32/pycryptodome"
except ImportError:
    checked = "wallet flags NOT re-checked (base58/bech32/pycryptodome not installed)"

print("chats %d, messages %d (service events %d)" % (len(chats), n_msgs, n_service))
for name, (doc, msgs) in sorted(chats.items(), key=lambda x: -len(x[1][1])):
    print("  %-5d %-18s %s  [%s]" % (len(msgs), doc["type"], name, truth["rooms"].get(name)))
roles = collections.Counter(r for p in truth["participants"] for r in p["roles"])
multi = sum(1 for p in truth["participants"] if len(p["roles"]) > 1)
print("participants %d (multi-role %d): %s" % (len(truth["participants"]), multi,
                                               ", ".join("%s %d" % kv for kv in sorted(roles.items()))))
print("benign accounts %d; distinct account ids seen %d" % (len(truth["benign_accounts"]), len(seen_ids)))
kinds = collections.Counter(("account" if v["account"] else "") + ("+mention" if v["mention"] else "") +
                            ("+name" if v["name"] else "") for v in truth["potential_victims"])
print("potential victims %d: %s" % (len(truth["potential_victims"]), dict(kinds)))
print("identity links %d, non-links %d" % (len(truth["identity_links"]), len(truth["non_links"])))
pk = collections.Counter((p["kind"], p["valid"]) for p in truth["payments"])
print("payments %d: %s" % (len(truth["payments"]),
                           ", ".join("%s%s %d" % (k, "" if v else "(invalid)", c) for (k, v), c in sorted(pk.items()))))
print(checked)
if errors:
    print("\nFAILED: %d problem(s)" % len(errors))
    for e in errors[:60]:
        print("  " + e)
    sys.exit(1)
print("OK")
