"""Case users and roles. Each user has an Ed25519 key; the private half sits in that
user's keyring, so acting as a user (signing an approval, countersigning a checkpoint)
needs that user's key, not just their name on the command line."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from roomsift.case.store import current_actor, now_utc
from roomsift.errors import UserError
from roomsift.oversight import keys, tables

ROLES = ("investigator", "supervisor", "auditor", "admin")
INVESTIGATING = ("investigator", "supervisor")  # may see revealed identities under a basis


@dataclass(frozen=True)
class User:
    name: str
    role: str
    public_key: str
    active: bool


def get_user(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(tables.case_users).where(tables.case_users.c.name == name)).first()
    return User(row.name, row.role, row.public_key, bool(row.active)) if row else None


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute(select(tables.case_users).order_by(tables.case_users.c.name))
    return [User(r.name, r.role, r.public_key, bool(r.active)) for r in rows]


def acting_user(conn: Connection, roles: tuple[str, ...], what: str) -> User:
    """The active case user running this command, if they hold one of `roles`."""
    name = current_actor()
    user = get_user(conn, name)
    if user is None or not user.active:
        raise UserError(f"{name!r} is not a user of this case; {what} needs a case user (roomsift user add)")
    if user.role not in roles:
        raise UserError(f"{name!r} is {user.role}; {what} needs the role {' or '.join(roles)}")
    return user


def signing_key(case, user: User):
    """The acting user's private key, checked against the public key the case holds."""
    private = keys.session_key(user.name) or keys.load_user_key(case, user.name)
    if keys.public_b64(private) != user.public_key:
        raise UserError(f"the key in the keyring is not the registered key of {user.name!r}")
    return private


def add_user(case, name: str, role: str) -> str:
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if not name or any(ch.isspace() for ch in name):
        raise UserError("a user name must be one word")
    with case.begin() as conn:
        existing = list_users(conn)
        if existing:  # the first user bootstraps the case; afterwards only an admin adds users
            acting_user(conn, ("admin",), "adding a user")
        elif role == "auditor":
            raise UserError("the first user of a case must be an investigator, supervisor or admin")
        if get_user(conn, name):
            raise UserError(f"user {name!r} already exists")
        public, path = keys.create_user_key(case, name)
        conn.execute(insert(tables.case_users), {"name": name, "role": role, "public_key": public,
                                                   "added_by": current_actor(), "added_utc": now_utc(), "active": True})
        case.record_event(conn, "user_added", f"user {name} added as {role}",
                          {"user": name, "role": role, "key_id": keys.public_key_id(public)})
    return str(path)


def remove_user(case, name: str) -> None:
    with case.begin() as conn:
        acting_user(conn, ("admin",), "removing a user")
        if get_user(conn, name) is None:
            raise UserError(f"no user {name!r}")
        conn.execute(update(tables.case_users).where(tables.case_users.c.name == name).values(active=False))
        case.record_event(conn, "user_removed", f"user {name} deactivated", {"user": name})


# -- single-investigator or team case -------------------------------------------------------------
def case_mode(conn: Connection) -> str:
    v = conn.execute(select(tables.oversight_settings.c.value).where(tables.oversight_settings.c.key == "mode")).scalar()
    return v or "single"


def set_team_mode(case) -> None:
    """Make the case a team case. One way only: a team case cannot drop four-eyes approval."""
    with case.begin() as conn:
        acting_user(conn, ("admin", "supervisor"), "changing the case to a team case")
        if case_mode(conn) == "team":
            raise UserError("the case is already a team case")
        conn.execute(insert(tables.oversight_settings), {"key": "mode", "value": "team"})
        case.record_event(conn, "case_mode", "case became a team case: legal bases need a supervisor's approval", {"mode": "team"})
