"""Legal bases: the recorded authority (warrant, court order, consent, exigent
circumstances) under which named persons of a case may be shown with real identifiers.

In a single-investigator case a basis takes effect when recorded; in a team case it waits
for a supervisor other than its author (four eyes). It covers only the persons in its
scope and nothing after it expires. Every decision is signed with the actor's own key
and lands in the audit log.

A basis covers the accounts its persons had when it was signed (`accounts`); accounts
merged into a person later are not covered until a new basis is approved. Before a basis
is used, its row must match the signed log (`Ledger`): a basis inserted, widened,
prolonged or un-revoked with SQL is refused and reported."""

from __future__ import annotations

import calendar
import hashlib
from datetime import datetime, timezone

from sqlalchemy import Connection, insert, select, update

from roomsift.case.store import now_utc
from roomsift.errors import UserError
from roomsift.oversight import tables
from roomsift.oversight.decisions import DECISION_KEY, Tampered, check, log_entries, record_hash, sign
from roomsift.oversight.users import INVESTIGATING, Roster, acting_user, case_mode, signing_key

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


# -- what was signed --------------------------------------------------------------------------------
def basis_record(row) -> dict:
    """The record the author signs: everything that decides what the basis reveals."""
    return {"type": row.type, "reference": row.reference, "scope": list(row.scope), "accounts": list(row.accounts or []),
            "issuer": row.issuer, "expires_utc": row.expires_utc, "grounds": row.grounds,
            "created_by": row.created_by, "created_utc": row.created_utc}


def approve_record(row) -> dict:
    return {"basis_id": row.id, "basis": record_hash("basis_add", basis_record(row))}


BASIS_KINDS = ("basis_added", "basis_approved", "basis_revoked")


class Ledger:
    """Legal bases as the signed audit log proves them (see `decisions`)."""

    def __init__(self, conn: Connection, roster: Roster | None = None):
        self.roster = roster or Roster(conn)
        self.entries: dict[int, list] = {}
        for e in log_entries(conn, BASIS_KINDS):
            bid = e.details.get("basis_id")
            if isinstance(bid, int):
                self.entries.setdefault(bid, []).append(e)

    def _signer(self, entry, roles: tuple[str, ...]):
        """The user who signed `entry`, if they held one of `roles` then (per the signed log)."""
        row = self.roster.rows.get(entry.actor)
        try:
            role, active = self.roster.state(entry.actor, entry.seq) if row else (None, False)
        except UserError as exc:
            raise Tampered(f"{entry.actor!r}, who signed log entry #{entry.seq}, does not verify: {exc}") from None
        return row if row is not None and active and role in roles else None

    def status(self, row, now: int | None = None) -> str:
        """The effective status the log supports; raises Tampered when the row claims more."""
        mine = self.entries.get(row.id, [])
        added = [e for e in mine if e.kind == "basis_added"]
        if not added:
            raise Tampered(f"basis #{row.id} has no signed audit-log entry (recorded outside roomsift)")
        entry = added[0]
        author = self._signer(entry, INVESTIGATING)
        if author is None or entry.actor != row.created_by or not check(
                entry.decision, "basis_add", basis_record(row), author.public_key):
            raise Tampered(f"basis #{row.id}: its scope, accounts, expiry or wording differ from what "
                           f"{entry.actor} signed (log entry #{entry.seq})")
        for e in mine:
            if e.kind == "basis_revoked":
                signer = self._signer(e, ("investigator", "supervisor", "admin"))
                reason = {"basis_id": row.id, "reason_sha256": e.details.get("reason_sha256")}
                if signer is not None and check(e.decision, "basis_revoke", reason, signer.public_key):
                    if row.status != "revoked":
                        raise Tampered(f"basis #{row.id} was revoked (log entry #{e.seq}) but the case shows it {row.status}")
                    return "revoked"
        if row.status == "active" and entry.details.get("status") != "active":
            approved = False
            for e in mine:
                if e.kind != "basis_approved":
                    continue
                signer = self._signer(e, ("supervisor",))
                if (signer is not None and signer.name != row.created_by and signer.name == row.approved_by
                        and check(e.decision, "basis_approve", approve_record(row), signer.public_key)):
                    approved = True
            if not approved:
                raise Tampered(f"basis #{row.id} is shown in effect but no second person's signed approval is in the log")
        return effective_status(row, now)


def coverage(conn: Connection, now: int | None = None) -> "Coverage":
    """Which accounts active, verified bases cover; why the others are not covered."""
    ledger = Ledger(conn)
    cov = Coverage()
    for row in all_bases(conn):
        try:
            status = ledger.status(row, now)
        except Tampered as exc:
            cov.problems.append(str(exc))
            for person in row.scope:
                cov.why.setdefault(person, str(exc))
            continue
        for person in row.scope:
            if status == "active":
                cov.persons.setdefault(person, []).append(row)
                for account in row.accounts or []:
                    cov.accounts.setdefault(account, []).append(row)
            else:
                cov.why.setdefault(person, f"basis #{row.id} is {status}")
    return cov


class Coverage:
    def __init__(self) -> None:
        self.accounts: dict[int, list] = {}  # account id -> active bases whose signed accounts include it
        self.persons: dict[str, list] = {}  # person label -> active bases naming it
        self.why: dict[str, str] = {}
        self.problems: list[str] = []

    def reason(self, person: str) -> str:
        if person in self.persons:
            ids = ", ".join(f"#{b.id}" for b in self.persons[person])
            return f"accounts joined {person} after basis {ids} was signed; a new basis must cover them"
        return self.why.get(person, "no legal basis covers this person")


def _sign(case, user, action: str, record: dict) -> dict:
    return sign(signing_key(case, user), action, record)


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
    from roomsift.oversight.privacy import resolve_persons, scope_accounts

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
        user = acting_user(case, conn, INVESTIGATING, "recording a legal basis")
        scope = resolve_persons(case, conn, persons) if persons else []
        scope += [v for v in victim_scope if v not in scope]
        team = case_mode(conn) == "team"
        record = {"type": type, "reference": reference.strip(), "scope": scope, "accounts": scope_accounts(case, conn, scope),
                  "issuer": issuer.strip(), "expires_utc": expires_utc, "grounds": grounds.strip(),
                  "created_by": user.name, "created_utc": now_utc()}
        sig = _sign(case, user, "basis_add", record)
        status = "pending" if team else "active"
        basis_id = conn.execute(
            insert(tables.legal_bases).returning(tables.legal_bases.c.id), {**record, "status": status, "signatures": [sig]}
        ).scalar_one()
        case.record_event(
            conn, "basis_added",
            f"legal basis #{basis_id} ({type}) recorded" + (", awaiting a supervisor's approval" if team else ", in effect"),
            {"basis_id": basis_id, "type": type, "reference": record["reference"], "issuer": record["issuer"],
             "scope": scope, "accounts": len(record["accounts"]), "expires_utc": expires_utc, "status": status,
             "grounds_sha256": hashlib.sha256(record["grounds"].encode()).hexdigest(), DECISION_KEY: sig},
        )
    return basis_id


def _get(conn: Connection, basis_id: int):
    row = conn.execute(select(tables.legal_bases).where(tables.legal_bases.c.id == basis_id)).first()
    if row is None:
        raise UserError(f"no legal basis #{basis_id}")
    return row


def approve_basis(case, basis_id: int) -> None:
    with case.begin() as conn:
        user = acting_user(case, conn, ("supervisor",), "approving a legal basis")
        row = _get(conn, basis_id)
        status = Ledger(conn).status(row)
        if status != "pending approval":
            raise UserError(f"basis #{basis_id} is {status}; only a pending basis can be approved")
        if row.created_by == user.name:
            raise UserError(f"basis #{basis_id} was recorded by {user.name}; a second person must approve it")
        sig = _sign(case, user, "basis_approve", approve_record(row))
        conn.execute(update(tables.legal_bases).where(tables.legal_bases.c.id == basis_id).values(
            status="active", approved_by=user.name, approved_utc=now_utc(), signatures=list(row.signatures) + [sig]))
        case.record_event(conn, "basis_approved", f"legal basis #{basis_id} approved; in effect",
                          {"basis_id": basis_id, "type": row.type, "scope": row.scope, "accounts": len(row.accounts or []),
                           DECISION_KEY: sig})


def revoke_basis(case, basis_id: int, reason: str) -> None:
    with case.begin() as conn:
        user = acting_user(case, conn, ("investigator", "supervisor", "admin"), "revoking a legal basis")
        row = _get(conn, basis_id)
        if row.status == "revoked":
            raise UserError(f"basis #{basis_id} is already revoked")
        if user.role == "investigator" and row.created_by != user.name:
            raise UserError(f"basis #{basis_id} was recorded by {row.created_by}; only they, a supervisor or an admin may revoke it")
        reason_sha = hashlib.sha256(reason.encode()).hexdigest()
        sig = _sign(case, user, "basis_revoke", {"basis_id": basis_id, "reason_sha256": reason_sha})
        conn.execute(update(tables.legal_bases).where(tables.legal_bases.c.id == basis_id).values(
            status="revoked", revoked_by=user.name, revoked_utc=now_utc(), signatures=list(row.signatures) + [sig]))
        case.record_event(conn, "basis_revoked", f"legal basis #{basis_id} revoked",
                          {"basis_id": basis_id, "type": row.type, "reason_sha256": reason_sha, DECISION_KEY: sig})
