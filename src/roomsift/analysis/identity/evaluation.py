"""Score identity and payment extraction against a labelled truth file.

`score(conn, truth)` reads the case as it is (persons as `api.person_map` gives them) and
the truth file's `identity_links` (exhaustive: every same-person pair of account keys),
`non_links` (curated look-alike pairs that must never merge) and, when present,
`payments` (every artifact with its chat, message id, exact text, kind and validity).

Identity is scored over account pairs: a pair is predicted when both accounts belong to one
person, so a wrong merge of a large group costs every pair it creates. Links waiting for a
human (candidate, review) are predicted only once confirmed, and are reported apart."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, select

from roomsift.analysis.artifacts.model import MALFORMED
from roomsift.analysis.artifacts.tables import artifacts
from roomsift.analysis.identity.api import person_map
from roomsift.analysis.identity.tables import identity_links
from roomsift.case import schema
from roomsift.errors import UserError

# The truth schema labels these kinds (phones and usernames are not payments).
PAYMENT_TRUTH_KINDS = ("btc", "eth", "xmr", "trx", "bank_account", "gift_card", "amount")


def _pairs(items: Any, name: str) -> list[tuple[str, str]]:
    if items is None:
        return []
    if not isinstance(items, list) or not all(isinstance(x, (list, tuple)) and len(x) >= 2 for x in items):
        raise UserError(f"truth file: {name} must be a list of [account, account, why] entries")
    return [(str(x[0]), str(x[1])) for x in items]


def score(conn: Connection, truth: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(truth, dict):
        raise UserError("truth file must be a JSON object")
    out: dict[str, Any] = {"identity": None, "payments": None}
    if isinstance(truth.get("payments"), list):
        out["payments"] = _payments(conn, truth["payments"])
    if "identity_links" not in truth:
        return out  # this truth file does not label identity
    links = _pairs(truth.get("identity_links"), "identity_links")
    non_links = _pairs(truth.get("non_links"), "non_links")
    ids = {r.key: r.id for r in conn.execute(select(schema.accounts.c.key, schema.accounts.c.id))}
    persons = person_map(conn)

    def pair(a: str, b: str) -> tuple[int, int] | None:
        x, y = ids.get(a), ids.get(b)
        return None if x is None or y is None or x == y else (min(x, y), max(x, y))

    truth_pairs = {p for p in (pair(a, b) for a, b in links) if p}
    unknown = sum(1 for a, b in links if pair(a, b) is None)
    members: dict[str, list[int]] = defaultdict(list)
    for acc, person in persons.items():
        members[person].append(acc)
    predicted = {(a, b) for accs in members.values() if len(accs) > 1 for i, a in enumerate(sorted(accs)) for b in sorted(accs)[i + 1:]}
    tp = len(predicted & truth_pairs)
    # keyed "accounts" so the privacy layer pseudonymises them like every account key
    merged_non_links = [{"accounts": [a, b]} for a, b in non_links if (p := pair(a, b)) and persons.get(p[0]) == persons.get(p[1])]
    waiting = Counter()
    for r in conn.execute(select(identity_links.c.account_a, identity_links.c.account_b, identity_links.c.status)
                          .where(identity_links.c.status.in_(("candidate", "review")))):
        if (r.account_a, r.account_b) in truth_pairs and persons.get(r.account_a) != persons.get(r.account_b):
            waiting[r.status] += 1
    out["identity"] = {
        "true_pairs": len(truth_pairs) + unknown,
        "true_pairs_missing_accounts": unknown,
        "predicted_pairs": len(predicted),
        "correct_pairs": tp,
        "precision": tp / len(predicted) if predicted else 1.0,
        "recall": tp / (len(truth_pairs) + unknown) if truth_pairs or unknown else 1.0,
        "true_pairs_waiting_as_candidate": waiting["candidate"],
        "true_pairs_waiting_for_review": waiting["review"],
        "non_links": len(non_links),
        "non_links_merged": len(merged_non_links),
        "merged_non_links": merged_non_links,
    }
    return out


def _payments(conn: Connection, items: list) -> dict[str, Any]:
    """Extraction against truth `payments`: an artifact is correct when its chat, message,
    kind and exact text match a truth entry (one entry per occurrence)."""
    titles: dict[int, set[str]] = defaultdict(set)
    for r in conn.execute(select(schema.chats.c.id, schema.chats.c.title)):
        if r.title:
            titles[r.id].add(r.title)
    for r in conn.execute(select(schema.chat_titles.c.chat_id, schema.chat_titles.c.title)):
        titles[r.chat_id].add(r.title)
    chat_of_title: dict[str, set[int]] = defaultdict(set)
    for cid, names in titles.items():
        for n in names:
            chat_of_title[n].add(cid)
    want: Counter = Counter()
    valid_of: dict[tuple, bool] = {}
    for x in items:
        if not isinstance(x, dict) or not {"chat", "message_id", "value", "kind"} <= set(x):
            raise UserError("truth file: each payments entry needs chat, message_id, value and kind")
        chats = sorted(chat_of_title.get(str(x["chat"]), ()))
        key = (chats[0] if chats else None, str(x["message_id"]), str(x["kind"]), str(x["value"]))
        want[key] += 1
        valid_of[key] = bool(x.get("valid", True))
    t, m = artifacts.c, schema.messages.c
    got: Counter = Counter()
    got_valid: dict[tuple, bool] = {}
    q = (select(t.chat_id, m.platform_id, t.kind, t.raw, t.validity).join(schema.messages, m.id == t.message_id)
         .where(t.kind.in_(PAYMENT_TRUTH_KINDS), t.source == "text"))
    for r in conn.execute(q):
        key = (r.chat_id, str(r.platform_id), r.kind, r.raw)
        got[key] += 1
        got_valid[key] = r.validity != MALFORMED
    kinds = sorted({k[2] for k in want} | {k[2] for k in got})
    per_kind = {}
    for kind in kinds:
        w = Counter({k: n for k, n in want.items() if k[2] == kind})
        g = Counter({k: n for k, n in got.items() if k[2] == kind})
        tp = sum((w & g).values())
        per_kind[kind] = {
            "truth": sum(w.values()), "found": sum(g.values()), "correct": tp,
            "precision": tp / sum(g.values()) if g else 1.0, "recall": tp / sum(w.values()) if w else 1.0,
        }
    both = [k for k in want if k in got and k[2] in ("btc", "eth", "xmr", "trx")]
    tp_all = sum((want & got).values())
    return {
        "truth": sum(want.values()), "found": sum(got.values()), "correct": tp_all,
        "precision": tp_all / sum(got.values()) if got else 1.0,
        "recall": tp_all / sum(want.values()) if want else 1.0,
        "checksum_validity_agreement": (sum(1 for k in both if valid_of[k] == got_valid[k]) / len(both)) if both else 1.0,
        "by_kind": per_kind,
    }
