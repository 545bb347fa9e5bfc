"""Who may reveal, and how a reveal is signed: the credential half of the privacy layer.

A reveal needs a case user whose row verifies against the signed log (`users.Roster`),
who investigates (investigator or supervisor), and whose private key unlocks with their
passphrase. A name on the command line alone gets a refusal that is logged."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection

from roomsift.case.store import CaseError, current_actor
from roomsift.errors import UserError
from roomsift.oversight import decisions
from roomsift.oversight.users import INVESTIGATING, Roster, User, signing_key


def reveal_permission(case, conn: Connection) -> tuple[User | None, str | None, str | None]:
    """(user, reason the reveal is refused, credential failure that must stop the command)."""
    name = current_actor()
    try:
        user = Roster(conn).verify(name)
    except decisions.Tampered as exc:
        return None, str(exc), str(exc)
    except UserError:
        return None, f"{name} is not a user of this case", None
    if not user.active:
        return None, f"{name} is not an active user of this case", None
    if user.role not in INVESTIGATING:
        return None, f"{user.name} is {user.role}; only investigators and supervisors may reveal", None
    try:
        signing_key(case, user)
    except (CaseError, UserError) as exc:
        msg = f"reveal refused: {exc}"
        return None, msg, msg
    return user, None, None


def sign_reveal(case, user: User, record: dict) -> dict:
    """The reveal's signature by the user who saw the identities."""
    return decisions.sign(signing_key(case, user), "reveal", record)


# -- the command being run ------------------------------------------------------------------------
_command: dict = {"logged": set(), "root": None}


def started(ctx) -> None:
    """Called when a CLI command starts: forget the last command's access entries."""
    _command["logged"] = set()
    _command["root"] = ctx


def _leaf_context():
    """The running command's context. Typer (0.29) runs commands with its own vendored click,
    so click's context stack is asked there first."""
    for module in ("typer._click.globals", "click.globals"):
        try:
            import importlib

            ctx = importlib.import_module(module).get_current_context(silent=True)
        except Exception:
            ctx = None
        if ctx is not None:
            return ctx
    return None


def command_path() -> str:
    """The command being run, for the log ("api" outside the CLI)."""
    ctx = _leaf_context()
    return ctx.command_path if ctx is not None else "api"


def _options() -> list[str]:
    ctx = _leaf_context()
    if ctx is None:
        return []
    return sorted(k for k, v in ctx.params.items() if v not in (None, False, (), []) and k != "case")


def _arguments_sha256() -> str | None:
    ctx = _leaf_context()
    if ctx is None:
        return None
    return hashlib.sha256(repr(sorted((k, str(v)) for k, v in ctx.params.items())).encode("utf-8")).hexdigest()


def log_access(case, every_output: bool = False) -> None:
    """One audit entry per command and case that shows case data: which command, which
    options (the arguments only as a hash: a search term may itself be an identifier).
    `every_output`: a service's output (a web page), logged even inside a CLI command
    (`roomsift serve` is one, running for hours)."""
    key = str(case.path)
    if _command["root"] is not None and not every_output:  # a CLI command: one entry per command; elsewhere (a service): every output
        if key in _command["logged"]:
            return
        _command["logged"].add(key)
    with case.begin() as conn:
        where = command_path()
        case.record_event(conn, "access", f"case data shown by {where}",
                          {"output": where, "options": _options(), "arguments_sha256": _arguments_sha256()})
