"""`roomsift user …`, `roomsift basis …` and `roomsift audit …`."""

from __future__ import annotations

import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import List, Optional

import typer

from roomsift.case.options import CaseOpt, format_option
from roomsift.case.store import Case
from roomsift.oversight import basis as bases
from roomsift.oversight import hook  # noqa: F401  (installs the audit log and privacy layer)
from roomsift.oversight import report as transparency
from roomsift.oversight import users
from roomsift.oversight.bundle import export_bundle
from roomsift.oversight.verify import verify_bundle
from roomsift.present.output import Col, emit, emit_document

user_app = typer.Typer(help="Case users and their roles (investigator, supervisor, auditor, admin).", no_args_is_help=True)
basis_app = typer.Typer(help="Legal bases that allow real identifiers of named persons to be shown.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log: export, verify, witness, transparency report.", no_args_is_help=True)


def _day(t: int | None) -> str:
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%d %H:%M") if t else ""


# -- users ---------------------------------------------------------------------------------------
@user_app.command("add")
def user_add(
    name: str = typer.Argument(..., help="User name (what --user / ROOMSIFT_USER will say)."),
    role: str = typer.Option(..., "--role", help="investigator | supervisor | auditor | admin"),
    case: Path = CaseOpt,
) -> None:
    """Add a case user with their own signing key, encrypted with a passphrase (admin only,
    except for the first user, who adds themselves with their own passphrase).

    The new user's passphrase is $ROOMSIFT_NEW_PASSPHRASE, else one is generated and shown
    once; they change it with `roomsift user passphrase`."""
    with Case.open(case) as c:
        path, generated = users.add_user(c, name, role)
    typer.echo(f"added {name} as {role}; private key written to {path}, encrypted (hand it to {name} only)")
    if generated:
        typer.echo(f"one-time passphrase of {name}: {generated}  (give it to {name} only; change it with `roomsift user passphrase`)")


@user_app.command("passphrase")
def user_passphrase(case: Path = CaseOpt) -> None:
    """Change your own key's passphrase: the current one from $ROOMSIFT_PASSPHRASE or a
    prompt, the new one from $ROOMSIFT_NEW_PASSPHRASE or a prompt."""
    import os

    from roomsift.oversight.keys import NEW_PASSPHRASE_ENV

    new = os.environ.get(NEW_PASSPHRASE_ENV) or typer.prompt("new passphrase", hide_input=True, confirmation_prompt=True)
    with Case.open(case) as c:
        path = users.change_passphrase(c, new.encode())
    typer.echo(f"passphrase changed; key re-encrypted at {path}")


@user_app.command("list")
def user_list(case: Path = CaseOpt, fmt: str = format_option()) -> None:
    """List case users and roles."""
    from roomsift.oversight.keys import public_key_id

    with Case.open(case) as c:
        with c.connect() as conn:
            mode = users.case_mode(conn)
            roster = users.Roster(conn)
            rows = [{"name": u.name, "role": u.role, "key_id": public_key_id(u.public_key), "active": "yes" if u.active else "no",
                     "signed": _checked_user(roster, u.name)} for u in users.list_users(conn)]
        emit(rows, [Col("name", "user"), Col("role", "role"), Col("key_id", "key id"), Col("active", "active"),
                    Col("signed", "matches the signed log")], fmt,
             title=f"case users ({mode} case)", context={"case": c})


def _checked_user(roster, name: str) -> str:
    from roomsift.errors import UserError

    try:
        roster.verify(name)
        return "yes"
    except UserError as exc:
        return f"REFUSED ({exc})"


@user_app.command("role")
def user_role(
    name: str = typer.Argument(...),
    role: str = typer.Option(..., "--role", help="investigator | supervisor | auditor | admin"),
    case: Path = CaseOpt,
) -> None:
    """Change a user's role (admin only; signed and logged)."""
    with Case.open(case) as c:
        users.change_role(c, name, role)
    typer.echo(f"{name} is now {role}")


@user_app.command("remove")
def user_remove(name: str = typer.Argument(...), case: Path = CaseOpt) -> None:
    """Deactivate a user (admin only). Their past actions stay in the log."""
    with Case.open(case) as c:
        users.remove_user(c, name)
    typer.echo(f"deactivated {name}")


# -- legal bases ---------------------------------------------------------------------------------
@basis_app.command("add")
def basis_add(
    type_: str = typer.Option(..., "--type", help="warrant | court_order | consent | exigent | victim_protection"),
    reference: str = typer.Option(..., "--reference", help="Reference number of the warrant, order or consent."),
    person: List[str] = typer.Option([], "--person", help="Person in scope: label (P000012) or pseudonym; repeat."),
    victim: List[str] = typer.Option([], "--victim", help="Victim record in scope (V…, from `roomsift victims`); repeat."),
    issuer: str = typer.Option(..., "--issuer", help="Who issued it (court, prosecutor, the consenting person's counsel)."),
    expires: str = typer.Option(..., "--expires", help="Expiry: date (valid to its end, UTC) or date-time."),
    grounds: str = typer.Option(..., "--grounds", help="Why the identities are needed."),
    case: Path = CaseOpt,
) -> None:
    """Record a legal basis. Takes effect at once in a single-investigator case; waits for a
    supervisor's approval in a team case."""
    with Case.open(case) as c:
        basis_id = bases.add_basis(c, type=type_, reference=reference, persons=person, issuer=issuer,
                                   expires_utc=bases.parse_expiry(expires), grounds=grounds, victims=victim)
        with c.connect() as conn:
            team = users.case_mode(conn) == "team"
    typer.echo(f"recorded legal basis #{basis_id}" + (" — awaiting a supervisor's approval" if team else " — in effect"))


@basis_app.command("approve")
def basis_approve(basis_id: int = typer.Argument(...), case: Path = CaseOpt) -> None:
    """Approve a pending basis (a supervisor other than its author; team cases)."""
    with Case.open(case) as c:
        bases.approve_basis(c, basis_id)
    typer.echo(f"approved legal basis #{basis_id}; in effect")


@basis_app.command("revoke")
def basis_revoke(
    basis_id: int = typer.Argument(...),
    reason: str = typer.Option(..., "--reason", help="Why the basis is withdrawn."),
    case: Path = CaseOpt,
) -> None:
    """Revoke a basis: identities it covered are pseudonymised again at once."""
    with Case.open(case) as c:
        bases.revoke_basis(c, basis_id, reason)
    typer.echo(f"revoked legal basis #{basis_id}")


@basis_app.command("list")
def basis_list(case: Path = CaseOpt, fmt: str = format_option()) -> None:
    """List legal bases: every person each covers, how many accounts were signed for, and
    the status the signed audit log supports (a basis edited outside roomsift shows REFUSED)."""
    with Case.open(case) as c:
        with c.connect() as conn:
            ledger = bases.Ledger(conn)
            rows = [{"id": r.id, "type": r.type, "reference": r.reference, "scope": list(r.scope),
                     "accounts": len(r.accounts or []), "issuer": r.issuer,
                     "expires": _day(r.expires_utc), "status": _checked_status(ledger, r), "by": r.created_by,
                     "approved_by": r.approved_by or "", "grounds": r.grounds} for r in bases.all_bases(conn)]
        emit(rows, [Col("id", "#"), Col("type", "type"), Col("reference", "reference"), Col("scope", "persons", "person"),
                    Col("accounts", "accounts signed"), Col("issuer", "issuer"), Col("expires", "expires (UTC)"), Col("status", "status"), Col("by", "recorded by"),
                    Col("approved_by", "approved by"), Col("grounds", "grounds", "text", max_width=40)],
             fmt, title="legal bases", context={"case": c})


def _checked_status(ledger, row) -> str:
    from roomsift.oversight.decisions import Tampered

    try:
        return ledger.status(row)
    except Tampered as exc:
        return f"REFUSED ({exc})"


@basis_app.command("team")
def basis_team(case: Path = CaseOpt) -> None:
    """Make the case a team case: from now on every basis needs a supervisor's approval.
    There is no way back."""
    with Case.open(case) as c:
        users.set_team_mode(c)
    typer.echo("the case is now a team case; new legal bases need a second person's approval")


# -- audit log -----------------------------------------------------------------------------------
@audit_app.command("export")
def audit_export(
    out: Path = typer.Option(..., "--out", help="New folder for the bundle."),
    case: Path = CaseOpt,
) -> None:
    """Write the log (entries, signed checkpoints, countersignatures, public keys) for outside verification."""
    with Case.open(case) as c:
        info = export_bundle(c, out)
    typer.echo(f"wrote {info['entries']} entries and {info['checkpoints']} checkpoints to {out}; "
               f"log key {info['log_key_id']} — verify with: roomsift-verify {out} --log-key {info['log_key_id']}")


@audit_app.command("verify")
def audit_verify(case: Path = CaseOpt) -> None:
    """Export the log to a temporary bundle and check it with the standalone verifier; then
    check the case database against the log: every event's content, every user and basis."""
    from roomsift.oversight.crosscheck import compare_decisions, compare_events

    with Case.open(case) as c:
        with tempfile.TemporaryDirectory() as tmp:
            export_bundle(c, Path(tmp) / "bundle")
            report = verify_bundle(Path(tmp) / "bundle")
        with c.connect() as conn:
            event_problems, legacy = compare_events(c, conn)
            decision_problems = compare_decisions(conn)
    typer.echo(f"{report.entries} entries, {report.checkpoints} checkpoints, {report.witnesses} countersignatures; "
               f"log key {report.log_key_id}")
    if legacy:
        typer.echo(f"note: {legacy} entries predate event MACs; only their presence is checked")
    problems = [p.message for p in report.problems] + event_problems + decision_problems
    if problems:
        first = report.first_tampered_entry
        typer.echo("TAMPERED" + (f": first tampered entry #{first}" if first is not None else ""))
        for p in problems:
            typer.echo(f"  - {p}")
        raise typer.Exit(1)
    typer.echo("OK: the log verifies, every event matches its entry, every user and legal basis matches its signed decision")


@audit_app.command("witness")
def audit_witness(
    case: Path = CaseOpt,
    out: Optional[Path] = typer.Option(None, "--out", help="Your own file of countersignatures (appended to)."),
) -> None:
    """Countersign the log's current checkpoint as an auditor, after checking it extends
    every checkpoint you countersigned before."""
    from roomsift.oversight.witness import witness

    with Case.open(case) as c:
        cos = witness(c, out)
    typer.echo(f"countersigned checkpoint of {cos['size']} entries (root {cos['root'][:16]}…) as {cos['witness']}"
               + (f"; saved to {out}" if out else ""))


@audit_app.command("proof")
def audit_proof(
    entry: int = typer.Option(..., "--entry", help="Entry number (0-based)."),
    case: Path = CaseOpt,
) -> None:
    """Print an inclusion proof of one entry against the latest signed checkpoint (JSON)."""
    from roomsift.oversight.witness import inclusion

    with Case.open(case) as c:
        emit_document(inclusion(c, entry), context={"case": c})


@audit_app.command("report")
def audit_report(case: Path = CaseOpt, fmt: str = format_option()) -> None:
    """Transparency report: reveals by basis type, refused reveals, exports, person views per
    user, basis decisions — per month, with no personal data of the people in the case."""
    with Case.open(case) as c:
        rows = transparency.build(c)
        emit(rows, [Col("month", "month"), Col("measure", "measure"), Col("detail", "by type / user"), Col("count", "count")],
             fmt, title=f"transparency report — {c.name}", context={"case": c})


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
    app.add_typer(basis_app, name="basis")
    app.add_typer(audit_app, name="audit")


