"""Case users and roles. Each user has an Ed25519 key whose private half sits in that
user's keyring, encrypted with their passphrase: acting as a user (a reveal, a decision,
a countersignature) needs that user's key and passphrase, not just their name on the
command line.

The `case_users` table is only a copy: a user counts only when their row matches a
signed `user_added` entry of the audit log, signed by an admin who counts themselves
(or, for the first user of a case, by the user's own key). A role changed or a user
inserted with SQL is refused."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from roomsift.case.store import current_actor, now_utc
from roomsift.errors import UserError
from roomsift.oversight import decisions, keys, tables

ROLES = ("investigator", "supervisor", "auditor", "admin")
INVESTIGATING = ("investigator", "supervisor")  # may see revealed identities under a basis


@dataclass(frozen=True)
class User:
    name: str
    role: str
    public_key: str
    active: bool


def user_record(name: str, role: str, public_key: str) -> dict:
    return {"name": name, "role": role, "public_key": public_key}


def get_user(conn: Connection, name: str) -> User | None:
    """The stored row, unchecked: for listing. Use `Roster.verify` before relying on it."""
    row = conn.execute(select(tables.case_users).where(tables.case_users.c.name == name)).first()
    return User(row.name, row.role, row.public_key, bool(row.active)) if row else None


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute(select(tables.case_users).order_by(tables.case_users.c.name))
    return [User(r.name, r.role, r.public_key, bool(r.active)) for r in rows]


def name_hash(name: str) -> str:
    """How a user's log entries name them (hex, untouched by the log's pseudonymisation)."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


ACTIONS = {"user_added": "user_add", "user_role": "user_role", "user_removed": "user_remove"}


class Roster:
    """The case's users as the signed log proves them: for each user, the history of
    `user_added`, `user_role` and `user_removed` entries, each signed by someone who was an
    admin at that point (the case's first user: by their own key). The stored row must
    match the end of that history."""

    def __init__(self, conn: Connection):
        self.rows = {u.name: u for u in list_users(conn)}
        self.entries = decisions.log_entries(conn, tuple(ACTIONS))
        first = next((e for e in self.entries if e.kind == "user_added"), None)
        self.first_seq = first.seq if first else None
        self._states: dict[tuple[str, int | None], tuple[str | None, bool]] = {}

    def verify(self, name: str) -> User:
        """The user if their row matches what was signed and logged; raises otherwise."""
        row = self.rows.get(name)
        if row is None:
            raise UserError(f"{name!r} is not a user of this case")
        role, active = self.state(name, None)
        if role is None:
            raise decisions.Tampered(f"user {name!r} as {row.role}: no signed audit-log entry adds this user with this key "
                                     "(inserted outside roomsift)")
        if role != row.role:
            raise decisions.Tampered(f"user {name!r}: the case says {row.role}, the signed log says {role} (changed outside roomsift)")
        if row.active and not active:
            raise decisions.Tampered(f"user {name!r} was removed in the signed log but the case shows them active")
        return User(row.name, row.role, row.public_key, row.active and active)

    def state(self, name: str, before: int | None) -> tuple[str | None, bool]:
        """(role, active) of `name` from the signed entries before log position `before`."""
        key = (name, before)
        if key not in self._states:
            self._states[key] = self._replay(name, before)
        return self._states[key]

    def _replay(self, name: str, before: int | None) -> tuple[str | None, bool]:
        row = self.rows.get(name)
        if row is None:
            return None, False
        who = name_hash(name)
        role, active = None, False
        for e in self.entries:
            if before is not None and e.seq >= before:
                break
            if e.details.get("user_sha256") != who:
                continue
            action = ACTIONS[e.kind]
            if action == "user_remove":
                found = {"removed"} if e.decision.get("record_sha256") == decisions.record_hash(action, {"name": name}) else set()
            else:
                found = {r for r in ROLES if e.decision.get("record_sha256") == decisions.record_hash(action, user_record(name, r, row.public_key))}
            if not found:
                raise decisions.Tampered(f"user {name!r}: log entry #{e.seq} ({e.kind}) does not match this user's key "
                                         "(changed outside roomsift)")
            new_role = next(iter(found))
            record = {"name": name} if action == "user_remove" else user_record(name, new_role, row.public_key)
            self._check_signer(e, name, action, record)
            if action == "user_remove":
                active = False
            else:
                role, active = new_role, True
        return role, active

    def _check_signer(self, entry, name: str, action: str, record: dict) -> None:
        if entry.actor == name and action == "user_add" and entry.seq == self.first_seq:
            public = self.rows[name].public_key  # the case's first user adds themselves
        else:
            signer = self.rows.get(entry.actor)
            role, active = self.state(entry.actor, entry.seq) if signer else (None, False)
            if signer is None or role != "admin" or not active:
                raise decisions.Tampered(f"user {name!r}: log entry #{entry.seq} was signed by {entry.actor!r}, "
                                         "who was not an admin then")
            public = signer.public_key
        if not decisions.check(entry.decision, action, record, public):
            raise decisions.Tampered(f"user {name!r}: the signature on log entry #{entry.seq} does not verify")


def acting_user(case, conn: Connection, roles: tuple[str, ...], what: str) -> User:
    """The case user running this command: their row must verify against the signed log,
    they must hold one of `roles`, and their key must unlock with their passphrase."""
    name = current_actor()
    try:
        user = Roster(conn).verify(name)
    except decisions.Tampered:
        raise
    except UserError:
        raise UserError(f"{name!r} is not a user of this case; {what} needs a case user (roomsift user add)") from None
    if not user.active:
        raise UserError(f"{name!r} is no longer an active user of this case; {what} needs an active case user")
    if user.role not in roles:
        raise UserError(f"{name!r} is {user.role}; {what} needs the role {' or '.join(roles)}")
    signing_key(case, user)  # proves the credential now, before anything is done
    return user


def signing_key(case, user: User):
    """The acting user's private key — the one their web session unlocked, else unlocked with
    their passphrase — checked against the public key the case holds."""
    private = keys.session_key(user.name) or keys.load_user_key(case, user.name)
    if keys.public_b64(private) != user.public_key:
        raise UserError(f"the key in the keyring is not the registered key of {user.name!r}")
    return private


def add_user(case, name: str, role: str) -> tuple[str, str | None]:
    """Add a user; returns (key file, generated passphrase to hand over, if one was made)."""
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if not name or any(ch.isspace() for ch in name):
        raise UserError("a user name must be one word")
    with case.begin() as conn:
        existing = list_users(conn)
        actor = current_actor()
        if existing:  # the first user bootstraps the case; afterwards only an admin adds users
            admin = acting_user(case, conn, ("admin",), "adding a user")
        elif role == "auditor":
            raise UserError("the first user of a case must be an investigator, supervisor or admin")
        elif actor != name:
            raise UserError(f"the first user of a case adds themselves: run as --user {name}")
        if get_user(conn, name):
            raise UserError(f"user {name!r} already exists")
        if existing:
            passphrase, generated = keys.new_passphrase()
        else:
            passphrase, generated = keys.own_new_passphrase(name), False
        public, path = keys.create_user_key(case, name, passphrase)
        record = user_record(name, role, public)
        signer = signing_key(case, admin) if existing else keys.load_user_key(case, name)
        conn.execute(insert(tables.case_users), {"name": name, "role": role, "public_key": public,
                                                   "added_by": actor, "added_utc": now_utc(), "active": True})
        case.record_event(conn, "user_added", f"user {name} added as {role}",
                          {"user": name, "user_sha256": name_hash(name), "role": role, "key_id": keys.public_key_id(public),
                           decisions.DECISION_KEY: decisions.sign(signer, "user_add", record)})
    return str(path), passphrase.decode() if generated else None


def remove_user(case, name: str) -> None:
    with case.begin() as conn:
        admin = acting_user(case, conn, ("admin",), "removing a user")
        if get_user(conn, name) is None:
            raise UserError(f"no user {name!r}")
        conn.execute(update(tables.case_users).where(tables.case_users.c.name == name).values(active=False))
        case.record_event(conn, "user_removed", f"user {name} deactivated",
                          {"user": name, "user_sha256": name_hash(name),
                           decisions.DECISION_KEY: decisions.sign(signing_key(case, admin), "user_remove", {"name": name})})


def change_role(case, name: str, role: str) -> None:
    """Give a user another role (admin only); signed and logged like any decision."""
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    with case.begin() as conn:
        admin = acting_user(case, conn, ("admin",), "changing a role")
        user = Roster(conn).verify(name)
        if not user.active:
            raise UserError(f"{name!r} is not an active user")
        if user.role == role:
            raise UserError(f"{name!r} is already {role}")
        conn.execute(update(tables.case_users).where(tables.case_users.c.name == name).values(role=role))
        record = user_record(name, role, user.public_key)
        case.record_event(conn, "user_role", f"user {name} is now {role} (was {user.role})",
                          {"user": name, "user_sha256": name_hash(name), "role": role, "previous_role": user.role,
                           decisions.DECISION_KEY: decisions.sign(signing_key(case, admin), "user_role", record)})


def change_passphrase(case, new: bytes) -> str:
    """Re-encrypt the acting user's own key with a new passphrase."""
    with case.connect() as conn:
        user = acting_user(case, conn, ROLES, "changing a passphrase")
    return str(keys.change_passphrase(case, user.name, new))


# -- single-investigator or team case -------------------------------------------------------------
def case_mode(conn: Connection) -> str:
    """'team' or 'single'. A `case_mode` entry in the audit log makes it a team case whatever
    the settings table says, so deleting the setting with SQL cannot drop four eyes."""
    if decisions.log_entries(conn, ("case_mode",)):
        return "team"
    v = conn.execute(select(tables.oversight_settings.c.value).where(tables.oversight_settings.c.key == "mode")).scalar()
    return v or "single"


def set_team_mode(case) -> None:
    """Make the case a team case. One way only: a team case cannot drop four-eyes approval."""
    with case.begin() as conn:
        user = acting_user(case, conn, ("admin", "supervisor"), "changing the case to a team case")
        if case_mode(conn) == "team":
            raise UserError("the case is already a team case")
        conn.execute(insert(tables.oversight_settings), {"key": "mode", "value": "team"})
        case.record_event(conn, "case_mode", "case became a team case: legal bases need a supervisor's approval",
                          {"mode": "team", decisions.DECISION_KEY: decisions.sign(signing_key(case, user), "team_mode", {"mode": "team"})})
