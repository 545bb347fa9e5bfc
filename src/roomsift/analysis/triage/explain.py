"""`roomsift explain PERSON`: every finding for one person with the cited message in context,
as a record (roomsift.present renders it)."""

from __future__ import annotations

from roomsift.analysis.triage.engine import TriageResult, participant_accounts
from roomsift.analysis.triage.evidence import Evidence
from roomsift.errors import UserError


def _resolve(result: TriageResult, person: str) -> str:
    labels = set(result.labels.values()) | {v.label for v in result.victims}
    if person in labels:
        return person
    for member, label in result.labels.items():
        if isinstance(member, int) and result.corpus.account_keys.get(member) == person:
            return label
    raise UserError(f"unknown person {person!r}; use a person label from `roomsift triage` or an account key")


def _context(result: TriageResult, e: Evidence, n: int) -> list[dict]:
    chat = e.chat
    idx = chat.by_platform_id.get(e.msg.platform_id)
    rows = []
    if idx is None:
        return rows
    lo, hi = max(0, idx - n), min(len(chat.messages), idx + n + 1)
    for i in range(lo, hi):
        m = chat.messages[i]
        rows.append(_line(result, m, "before" if i < idx else ("▶ cited" if i == idx else "after")))
    for m in chat.messages[idx + 1:]:
        if m.reply_to == e.msg.platform_id:
            rows.append(_line(result, m, "reply"))
    return rows


def _line(result: TriageResult, m, where: str) -> dict:
    text = m.text or (f"[{m.action}]" if m.action else "")
    if m.media:
        text = (text + " " if text else "") + "[" + ", ".join(m.media) + "]"
    if m.forwarded_from:
        text = f"[forwarded from {m.forwarded_from}] " + text
    return {"message": m.platform_id, "where": where, "person": result.labels.get(m.account_id, None), "text": text,
            "time_utc": m.time_utc, "time_local": m.time_local, "account": result.corpus.account_keys.get(m.account_id)}


def explain(result: TriageResult, person: str, n: int = 2) -> dict:
    label = _resolve(result, person)
    pf = next((p for p in result.participants if p.person == label), None)
    findings = []
    if pf is not None:
        for c in sorted(pf.cited, key=lambda c: -c.weight):
            e = c.evidence
            findings.append({"kind": "role", "role": c.role, "signal": e.signal, "weight": c.weight, "strength": e.strength,
                             "cues": list(e.cues), "chat": e.chat.title, "message": e.msg.platform_id,
                             "context": _context(result, e, n)})
    for v in result.victims:
        if any(result.labels.get(a) == label for a in v.accounts) or v.label == label:
            for e, w in v.cited:
                findings.append({"kind": "potential_victim", "role": "potential_victim", "signal": e.signal, "weight": w,
                                 "strength": e.strength, "cues": list(e.cues), "chat": e.chat.title,
                                 "message": e.msg.platform_id, "context": _context(result, e, n)})
    return {
        "person": label,
        "accounts": participant_accounts(result, pf) if pf else sorted(
            k for m, l in result.labels.items() if l == label and isinstance(m, int) for k in [result.corpus.account_keys.get(m)] if k),
        "roles": pf.roles if pf else [],
        "tier": pf.tier if pf else None,
        "score": pf.score if pf else None,
        "role_scores": pf.role_scores if pf else {},
        "rooms": sorted({m.chat.title for m in pf.membership}) if pf else [],
        "findings": findings,
    }
