"""Who may reveal, and how a reveal is signed: the credential half of the privacy layer.

A reveal needs a case user whose row verifies against the signed log (`users.Roster`),
who investigates (investigator or supervisor), and whose private key unlocks with their
passphrase. A name on the command line alone gets a refusal that is logged."""

from __future__ import annotations

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


def command_path() -> str:
    """The command being run, for the log: click's command path, else the program's arguments."""
    try:
        import click

        ctx = click.get_current_context(silent=True)
        if ctx is not None:
            return ctx.command_path
    except Exception:
        pass
    return "api"
