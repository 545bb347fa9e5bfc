"""Legal bases: the recorded authority (warrant, court order, consent, exigent
circumstances) under which named persons of a case may be shown with real identifiers.

In a single-investigator case a basis takes effect when recorded; in a team case it waits
for a supervisor other than its author (four eyes). It covers only the persons in its
scope and nothing after it expires. Every decision is signed with the actor's own key
and lands in the audit log."""

from __future__ import annotations

import calendar
import hashlib
from datetime import datetime, timezone

from sqlalchemy import Connection, insert, select, update

from roomsift.case.store import now_utc
from roomsift.errors import UserError
from roomsift.oversight import keys, tables
from roomsift.oversight.auditlog import canonical
from roomsift.oversight.users import INVESTIGATING, acting_user, case_mode, signing_key

TYPES = ("warrant", "court_order", "consent", "exigent", "victim_protection")


def parse_expiry(text: str) -> int:
    """ISO date (valid to the end of that day, UTC) or ISO date-time (UTC unless zoned)."""
    try:
        if len(text) == 10:
            d = datetime.strptime(text, "%Y-%m-%d")
            return calendar.timegm(d.timetuple()) + 86399
        dt = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"--expires {text!r}: use a date like 2026-12-31 or 2026-12-31T18:00") from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return int(dt.timestamp())


def effective_status(row, now: int | None = None) -> str:
    now = now_utc() if now is None else now
    if row.status == "revoked":
        return "revoked"
    if now >= row.expires_utc:
        return "expired"
    if row.status == "pending":
        return "pending approval"
    return "active"


def all_bases(conn: Connection) -> list:
    return list(conn.execute(select(tables.legal_bases).order_by(tables.legal_bases.c.id)))


def coverage(conn: Connection, now: int | None = None) -> tuple[dict[str, list], dict[str, str]]:
    """({person: [active basis rows]}, {person: why no basis covers them})."""
    covered: dict[str, list] = {}
    why: dict[str, str] = {}
    for row in all_bases(conn):
        status = effective_status(row, now)
        for person in row.scope:
            if status == "active":
                covered.setdefault(person, []).append(row)
            else:
                why.setdefault(person, f"basis #{row.id} is {status}")
    return covered, why


def _sign(case, user, action: str, record: dict) -> dict:
    message = canonical({"action": action, **record}).encode()
    private = signing_key(case, user)
    return {"user": user.name, "action": action, "key_id": keys.public_key_id(user.public_key),
            "signature": keys.sign(private, message)}


def _victim_scope(case, victims: list[str]) -> list[str]:
    """A victim record (V…, from `roomsift victims`) in scope: its label and the persons of its
    accounts, so protection covers the accounts the record holds."""
    if not victims:
        return []
    from roomsift.analysis.triage import store as triage_store

    result, _ = triage_store.load_or_run(case)
    records = {v.label: v for v in result.victims}
    out: list[str] = []
    for label in victims:
        rec = records.get(label.strip())
        if rec is None:
            raise UserError(f"{label!r} is not a victim record of this case; see `roomsift victims`")
        out.extend(x for x in [rec.label, *sorted({result.labels[a] for a in rec.accounts if a in result.labels})] if x not in out)
    return out


def add_basis(case, *, type: str, reference: str, persons: list[str], issuer: str, expires_utc: int, grounds: str,
              victims: list[str] = ()) -> int:
    from roomsift.oversight.privacy import resolve_persons

    if type not in TYPES:
        raise UserError(f"unknown basis type {type!r}; choose one of {', '.join(TYPES)}")
    if not persons and not victims:
        raise UserError("a legal basis needs a scope: give --person (or --victim) at least once")
    victim_scope = _victim_scope(case, list(victims))
    for name, value in (("--reference", reference), ("--issuer", issuer), ("--grounds", grounds)):
        if not value or not value.strip():
            raise UserError(f"a legal basis needs {name}")
    if expires_utc <= now_utc():
        raise UserError("the expiry is in the past")
    with case.begin() as conn:
        user = acting_user(conn, INVESTIGATING, "recording a legal basis")
        scope = resolve_persons(case, conn, persons) if persons else []
        scope += [v for v in victim_scope if v not in scope]
        team = case_mode(conn) == "team"
        record = {"type": type, "reference": reference.strip(), "scope": scope, "issuer": issuer.strip(),
                  "expires_utc": expires_utc, "grounds": grounds.strip(), "created_by": user.name, "created_utc": now_utc()}
        sig = _sign(case, user, "add", record)
        status = "pending" if team else "active"
        basis_id = conn.execute(
            insert(tables.legal_bases).returning(tables.legal_bases.c.id), {**record, "status": status, "signatures": [sig]}
        ).scalar_one()
        case.record_event(
            conn, "basis_added",
            f"legal basis #{basis_id} ({type}) recorded" + (", awaiting a supervisor's approval" if team else ", in effect"),
            {"basis_id": basis_id, "type": type, "reference": record["reference"], "issuer": record["issuer"],
             "scope": scope, "expires_utc": expires_utc, "status": status,
             "grounds_sha256": hashlib.sha256(record["grounds"].encode()).hexdigest(), "signature": sig},
        )
    return basis_id


def _get(conn: Connection, basis_id: int):
    row = conn.execute(select(tables.legal_bases).where(tables.legal_bases.c.id == basis_id)).first()
    if row is None:
        raise UserError(f"no legal basis #{basis_id}")
    return row


def approve_basis(case, basis_id: int) -> None:
    with case.begin() as conn:
        user = acting_user(conn, ("supervisor",), "approving a legal basis")
        row = _get(conn, basis_id)
        status = effective_status(row)
        if status != "pending approval":
            raise UserError(f"basis #{basis_id} is {status}; only a pending basis can be approved")
        if row.created_by == user.name:
            raise UserError(f"basis #{basis_id} was recorded by {user.name}; a second person must approve it")
        sig = _sign(case, user, "approve", {"basis_id": basis_id, "type": row.type, "reference": row.reference,
                                             "scope": row.scope, "expires_utc": row.expires_utc})
        conn.execute(update(tables.legal_bases).where(tables.legal_bases.c.id == basis_id).values(
            status="active", approved_by=user.name, approved_utc=now_utc(), signatures=list(row.signatures) + [sig]))
        case.record_event(conn, "basis_approved", f"legal basis #{basis_id} approved; in effect",
                          {"basis_id": basis_id, "type": row.type, "scope": row.scope, "signature": sig})


def revoke_basis(case, basis_id: int, reason: str) -> None:
    with case.begin() as conn:
        user = acting_user(conn, ("investigator", "supervisor", "admin"), "revoking a legal basis")
        row = _get(conn, basis_id)
        if row.status == "revoked":
            raise UserError(f"basis #{basis_id} is already revoked")
        if user.role == "investigator" and row.created_by != user.name:
            raise UserError(f"basis #{basis_id} was recorded by {row.created_by}; only they, a supervisor or an admin may revoke it")
        sig = _sign(case, user, "revoke", {"basis_id": basis_id, "reason": reason})
        conn.execute(update(tables.legal_bases).where(tables.legal_bases.c.id == basis_id).values(
            status="revoked", revoked_by=user.name, revoked_utc=now_utc(), signatures=list(row.signatures) + [sig]))
        case.record_event(conn, "basis_revoked", f"legal basis #{basis_id} revoked",
                          {"basis_id": basis_id, "type": row.type, "reason_sha256": hashlib.sha256(reason.encode()).hexdigest(),
                           "signature": sig})
