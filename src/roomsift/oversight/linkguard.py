"""The guard around identity link decisions.

A confirmed link joins two accounts into one person, and a legal basis names persons, so a
link decision is an oversight decision: once a case has users it is made by a case user
with their credential and signed; in a team case, a confirmation that touches a person
named by a legal basis waits for a supervisor other than its author (four eyes, as for the
basis itself). Decisions and pending requests are listed with `link list` and logged.

Coverage does not depend on this guard alone: a basis covers the accounts it was signed
for (see `basis`), so even an approved merge needs a new basis before it reveals more."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from roomsift.analysis.identity.tables import link_decisions
from roomsift.case.store import current_actor, now_utc
from roomsift.errors import UserError
from roomsift.oversight.basis import all_bases, effective_status
from roomsift.oversight.decisions import DECISION_KEY, check, log_entries, sign
from roomsift.oversight.users import INVESTIGATING, Roster, acting_user, case_mode, list_users, signing_key

KINDS = ("link_confirm_requested", "link_confirm", "link_reject")


def _record(a: int, b: int, decision: str, note: str | None) -> dict[str, Any]:
    return {"account_a": a, "account_b": b, "decision": decision,
            "note_sha256": hashlib.sha256((note or "").encode("utf-8")).hexdigest()}


def _named_by_basis(conn: Connection, persons: set[str]) -> list[int]:
    return [row.id for row in all_bases(conn)
            if effective_status(row) in ("active", "pending approval") and persons & set(row.scope)]


def decide(case, conn: Connection, a: int, b: int, decision: str, note: str | None) -> bool:
    """Record a link decision inside the caller's transaction; returns False when a
    confirmation only became a request awaiting a second person."""
    signature = None
    if list_users(conn):  # a case without users has no one to sign and nothing to reveal
        user = acting_user(case, conn, INVESTIGATING, f"{decision}ing an identity link")
        if decision == "confirm" and case_mode(conn) == "team":
            from roomsift.oversight.privacy import case_view

            person_of = case_view(case).persons(conn)
            bases = _named_by_basis(conn, {person_of.get(a), person_of.get(b)} - {None})
            if bases and not _approvable(conn, a, b, user.name):
                record = _record(a, b, decision, note)
                sig = sign(signing_key(case, user), "link_request", record)
                case.record_event(conn, "link_confirm_requested",
                                  f"asked to confirm identity link L{a}-{b}; a person of basis "
                                  f"{', '.join(f'#{i}' for i in bases)} would change: awaiting a second person",
                                  {"link": f"L{a}-{b}", "account_a": a, "account_b": b, "bases": bases, "note": note,
                                   "note_sha256": record["note_sha256"], DECISION_KEY: sig})
                return False
        signature = sign(signing_key(case, user), f"link_{decision}", _record(a, b, decision, note))
    _write(case, conn, a, b, decision, note, signature)
    return True


def _approvable(conn: Connection, a: int, b: int, by: str) -> bool:
    """A pending request for this pair made by someone other than `by`, if `by` is a supervisor."""
    request = pending(conn).get((a, b))
    return request is not None and request.actor != by and Roster(conn).verify(by).role == "supervisor"


def approve(case, conn: Connection, a: int, b: int) -> None:
    user = acting_user(case, conn, ("supervisor",), "approving an identity link")
    request = pending(conn).get((a, b))
    if request is None:
        raise UserError(f"no confirmation of L{a}-{b} awaits approval")
    if request.actor == user.name:
        raise UserError(f"L{a}-{b} was asked for by {user.name}; a second person must approve it")
    requester = Roster(conn).verify(request.actor)
    note_sha = request.details.get("note_sha256")
    rec = {"account_a": a, "account_b": b, "decision": "confirm", "note_sha256": note_sha}
    if not check(request.decision, "link_request", rec, requester.public_key):
        raise UserError(f"refused: the request to confirm L{a}-{b} does not carry {request.actor}'s valid signature")
    signature = sign(signing_key(case, user), "link_confirm", {**rec, "requested_in": request.seq})
    _write(case, conn, a, b, "confirm", None, signature, requested_by=request.actor)


def _write(case, conn, a, b, decision, note, signature, requested_by: str | None = None) -> None:
    d = link_decisions.c
    conn.execute(delete(link_decisions).where(d.account_a == a, d.account_b == b))
    conn.execute(insert(link_decisions), {"account_a": a, "account_b": b, "decision": decision, "actor": current_actor(),
                                          "time_utc": now_utc(), "note": note})
    details: dict[str, Any] = {"link": f"L{a}-{b}", "account_a": a, "account_b": b, "note": note}
    if requested_by:
        details["requested_by"] = requested_by
    if signature:
        details[DECISION_KEY] = signature
    case.record_event(conn, f"link_{decision}", f"{decision}ed identity link L{a}-{b}", details)


def pending(conn: Connection) -> dict[tuple[int, int], Any]:
    """Confirmation requests not yet followed by a decision on the same pair."""
    out: dict[tuple[int, int], Any] = {}
    for e in log_entries(conn, KINDS):
        pair = (e.details.get("account_a"), e.details.get("account_b"))
        if e.kind == "link_confirm_requested":
            out[pair] = e
        else:
            out.pop(pair, None)
    return out


def manual_rows(conn: Connection, listed: set[str]) -> list[dict]:
    """Rows for `link list`: investigators' decisions on pairs no rule found, and requests
    awaiting approval, in the shape of the identity link rows."""
    from roomsift.analysis.identity.api import person_map
    from roomsift.case import schema

    keys = dict(conn.execute(select(schema.accounts.c.id, schema.accounts.c.key)).all())
    person_of = person_map(conn)
    rows = []
    d = link_decisions.c
    for r in conn.execute(select(link_decisions).order_by(d.id)):
        label = f"L{r.account_a}-{r.account_b}"
        if label not in listed:
            rows.append(_row(label, "confirmed" if r.decision == "confirm" else "rejected", r.account_a, r.account_b,
                             f"no rule found this pair; {r.decision}ed by {r.actor}" + (f": {r.note}" if r.note else ""),
                             keys, person_of))
    for (a, b), e in pending(conn).items():
        rows.append(_row(f"L{a}-{b}", "pending approval", a, b, f"confirmation asked by {e.actor}; awaiting a second person",
                         keys, person_of))
    return rows


def _row(label, status, a, b, evidence, keys, person_of) -> dict:
    return {"link": label, "status": status, "strength": None, "kinds": "manual", "account_a": keys.get(a),
            "person_a": person_of.get(a), "account_b": keys.get(b), "person_b": person_of.get(b),
            "evidence": evidence, "messages": []}
