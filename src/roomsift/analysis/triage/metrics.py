"""Evaluation of triage output against a truth file.

Truth file (JSON; the demo and the development corpus write it):
  {"participants": [{"account": "telegram:user1", "roles": ["solicitor", "payer"]}, ...],
   "potential_victims": [{"account": "telegram:user9" | null, "mention": "@name" | null}, ...],
   "benign_chats": ["title", ...]}
Per role, precision/recall/F1 are over accounts (a person's roles apply to each of its
accounts). Victim recall: a truth victim is found when its account or its @mention is in
the output's potential_victims. Benign false-positive rate: of the accounts seen only in
benign chats, the share listed as participants. NDCG@k: gain by truth tier (operator 5 …
viewer 1, none 0) over the output order.
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


def evaluate(doc: dict, truth: dict, result=None, k: int = 50) -> dict:
    true_roles: dict[str, set] = {}
    for p in truth.get("participants", []):
        if p.get("account"):
            true_roles[p["account"]] = set(p.get("roles", []))
    pred_roles: dict[str, set] = {}
    order: list[str] = []
    for p in doc.get("participants", []):
        for acc in p.get("accounts", []):
            pred_roles.setdefault(acc, set()).update(p.get("roles", []))
            order.append(acc)
    roles = {r: _prf({a for a, rs in pred_roles.items() if r in rs}, {a for a, rs in true_roles.items() if r in rs}) for r in ROLES}

    found_acc = set()
    found_mentions = set()
    for v in doc.get("potential_victims", []):
        if v.get("mention"):
            found_mentions.add(v["mention"].lower())
        if v.get("person") and result is not None:
            found_acc |= {result.corpus.account_keys[m] for m, l in result.labels.items() if l == v["person"] and isinstance(m, int)}
    victims = truth.get("potential_victims", [])
    hit = sum(1 for v in victims if (v.get("account") and v["account"] in found_acc) or (v.get("mention") and v["mention"].lower() in found_mentions))

    benign_only: set = set()
    if result is not None and truth.get("benign_chats"):
        benign_titles = set(truth["benign_chats"])
        seen_in: dict[str, set] = {}
        for chat_id, f in result.facts.items():
            title = result.corpus.chats[chat_id].title
            for member in f.members:
                key = result.corpus.account_keys.get(member) if isinstance(member, int) else None
                if key:
                    seen_in.setdefault(key, set()).add(title in benign_titles)
        benign_only = {a for a, flags in seen_in.items() if flags == {True}}
    fp = len(benign_only & set(pred_roles))

    gains = [_gain(true_roles.get(a, ())) for a in order[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((_gain(r) for r in true_roles.values()), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return {
        "roles": roles,
        "victim_recall": round(hit / len(victims), 4) if victims else 1.0,
        "victims_found": hit,
        "victims_total": len(victims),
        "benign_fp_rate": round(fp / len(benign_only), 4) if benign_only else 0.0,
        "benign_false_positives": fp,
        "benign_accounts": len(benign_only),
        "ndcg": round(dcg / idcg, 4) if idcg else 1.0,
        "k": k,
        "ranked": len(order),
    }
