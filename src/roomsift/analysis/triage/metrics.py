"""Evaluation of triage output against a truth file.

Truth file (JSON; the schema of ../shared/corpora/*/README.md, the demo writes a subset):
  {"participants": [{"account": "telegram:user1", "roles": ["solicitor", "payer"]}, ...],
   "potential_victims": [{"account": "telegram:user9" | null, "mention": "@name" | null,
                          "name": "김가온" | null}, ...],
   "benign_chats": ["title", ...], "benign_accounts": ["telegram:…", ...],
   "rooms": {"title": "criminal" | "benign"},
   "identity_links": [...], "non_links": [...]}

- Per role, precision/recall/F1 over accounts: each account's own roles (`account_roles`;
  a person's other accounts, seen only outside criminal rooms, are not suspects), or, in a
  document without them, the person's roles on each of its accounts; macro-F1 is their mean
  over the five roles.
- Victim recall: a truth victim is found when any identifier it has (account, @mention,
  name) is one of the identifiers of an output victim record. Participants and mention-only
  or name-only victims count alike; a victim listed as a suspect is counted too.
- Benign: of the accounts seen only in benign rooms (truth `benign_accounts`, else derived
  from `benign_chats`), the share listed at all and the share given an active role
  (anything but viewer).
- Rooms: the judged-criminal set against truth `rooms` (precision/recall, benign judged
  criminal).
- NDCG@k: gain by truth tier (operator 5 … viewer 1, none 0) over the output order.
- Identity-link figures are computed by the identity capability and joined in by the
  caller under "identity" (see present/commands/triage.py); nothing here scores them.
"""

from __future__ import annotations

import math

from roomsift.analysis.triage.weights import ROLES, TIERS


def _prf(pred: set, true: set) -> dict:
    tp = len(pred & true)
    p = tp / len(pred) if pred else (1.0 if not true else 0.0)
    r = tp / len(true) if true else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "support": len(true), "predicted": len(pred)}


def _gain(roles) -> int:
    tiers = [TIERS[r] for r in roles if r in TIERS]
    return 6 - min(tiers) if tiers else 0


def _norm_mention(m: str | None) -> str | None:
    return ("@" + m.lstrip("@")).lower() if m else None


def _victim_hits(doc_victims: list[dict], truth_victims: list[dict], suspects: set[str]) -> tuple[int, list[dict]]:
    accounts, mentions, names = set(), set(), set()
    for v in doc_victims:
        accounts.update(v.get("accounts") or [])
        mentions.update(filter(None, (_norm_mention(m) for m in v.get("mentions") or [])))
        names.update(n.strip() for n in v.get("names") or [] if n)
    hit = 0
    missed = []
    for v in truth_victims:
        found = ((v.get("account") and v["account"] in accounts)
                 or (v.get("mention") and _norm_mention(v["mention"]) in mentions)
                 or (v.get("name") and v["name"].strip() in names))
        hit += bool(found)
        if not found:
            missed.append({k: v.get(k) for k in ("account", "mention", "name")} | {"listed_as_suspect": bool(v.get("account") in suspects)})
    return hit, missed


def _benign_only(truth: dict, seen_in: dict[str, set[str]] | None) -> set[str]:
    if truth.get("benign_accounts"):
        return set(truth["benign_accounts"])
    if seen_in is None or not truth.get("benign_chats"):
        return set()
    benign_titles = set(truth["benign_chats"])
    return {a for a, titles in seen_in.items() if titles and titles <= benign_titles}


def _rooms(judged: dict[str, bool] | None, truth: dict) -> dict | None:
    truth_rooms = truth.get("rooms")
    if judged is None or not truth_rooms:
        return None
    true_crim = {t for t, lab in truth_rooms.items() if lab == "criminal"}
    true_benign = {t for t, lab in truth_rooms.items() if lab == "benign"}
    pred_crim = {t for t, c in judged.items() if c}
    out = _prf(pred_crim & set(truth_rooms), true_crim)
    out["benign_judged_criminal"] = sorted(pred_crim & true_benign)
    out["criminal_missed"] = sorted(true_crim - pred_crim)
    out["judged_criminal"] = len(pred_crim & set(truth_rooms))
    out["rooms"] = len(truth_rooms)
    out["truth_criminal"] = len(true_crim)
    return out


def evaluate(doc: dict, truth: dict, *, seen_in: dict[str, set[str]] | None = None,
             judged_rooms: dict[str, bool] | None = None, k: int = 50) -> dict:
    """doc: triage document (participants, potential_victims); seen_in: account key → titles of
    rooms it was seen in; judged_rooms: room title → judged criminal."""
    true_roles: dict[str, set] = {}
    for p in truth.get("participants", []):
        if p.get("account"):
            true_roles[p["account"]] = set(p.get("roles", []))
    pred_roles: dict[str, set] = {}
    order: list[str] = []
    for p in doc.get("participants", []):
        # Each account's own roles when the output gives them (engine.account_roles); an
        # older document's person roles apply to each of its accounts.
        own = p.get("account_roles")
        pairs = [(a["account"], a.get("roles", [])) for a in own] if own is not None else [(acc, p.get("roles", [])) for acc in p.get("accounts", [])]
        for acc, rs in pairs:
            pred_roles.setdefault(acc, set()).update(rs)
            order.append(acc)
    roles = {r: _prf({a for a, rs in pred_roles.items() if r in rs}, {a for a, rs in true_roles.items() if r in rs}) for r in ROLES}
    macro = sum(m["f1"] for m in roles.values()) / len(roles)

    victims = truth.get("potential_victims", [])
    hit, missed = _victim_hits(doc.get("potential_victims", []), victims, set(pred_roles))

    benign_only = _benign_only(truth, seen_in)
    listed = benign_only & set(pred_roles)
    active = {a for a in listed if pred_roles[a] - {"viewer"}}

    gains = [_gain(true_roles.get(a, ())) for a in order[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((_gain(r) for r in true_roles.values()), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return {
        "roles": roles,
        "macro_f1": round(macro, 4),
        "victim_recall": round(hit / len(victims), 4) if victims else 1.0,
        "victims_found": hit,
        "victims_total": len(victims),
        "victims_missed": missed,
        "victim_records": len(doc.get("potential_victims", [])),
        "benign_fp_rate": round(len(listed) / len(benign_only), 4) if benign_only else 0.0,
        "benign_false_positives": len(listed),
        "benign_active_rate": round(len(active) / len(benign_only), 4) if benign_only else 0.0,
        "benign_active": len(active),
        "benign_accounts": len(benign_only),
        "rooms": _rooms(judged_rooms, truth),
        "ndcg": round(dcg / idcg, 4) if idcg else 1.0,
        "k": k,
        "ranked": len(order),
        "identity": None,  # filled by the identity capability when it can score links
    }


def evaluate_result(result, truth: dict, k: int = 50) -> dict:
    """evaluate() over a TriageResult (rooms seen per account and room verdicts included)."""
    from roomsift.analysis.triage import engine

    return evaluate(engine.document(result), truth, seen_in=engine.rooms_seen(result),
                    judged_rooms=engine.judged_rooms(result), k=k)
