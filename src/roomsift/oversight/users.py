"""Case users and roles. Each user has an Ed25519 key whose private half sits in that
user's keyring, encrypted with their passphrase: acting as a user (a reveal, a decision,
a countersignature) needs that user's key and passphrase, not just their name on the
command line.

The `case_users` table is only a copy: a user counts only when their row matches a
signed `user_added` entry of the audit log, signed by an admin who counts themselves
(or, for the first user of a case, by the user's own key). A role changed or a user
inserted with SQL is refused."""

from __future__ import annotations

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


class Roster:
    """The case's users as the signed log proves them."""

    def __init__(self, conn: Connection):
        self.rows = {u.name: u for u in list_users(conn)}
        self.entries = decisions.log_entries(conn, ("user_added", "user_removed"))
        self._done: dict[str, tuple[User, int] | Exception] = {}

    def verify(self, name: str) -> User:
        """The user if their row matches what was signed and logged; raises otherwise."""
        return self._verify(name, set())[0]

    def _verify(self, name: str, busy: set[str]) -> tuple[User, int]:
        done = self._done.get(name)
        if isinstance(done, Exception):
            raise done
        if done is not None:
            return done
        if name in busy:
            raise decisions.Tampered(f"user {name!r}: the log's chain of who added whom is circular")
        busy.add(name)
        try:
            result = self._check(name, busy)
        except UserError as exc:
            self._done[name] = exc
            raise
        self._done[name] = result
        return result

    def _check(self, name: str, busy: set[str]) -> tuple[User, int]:
        row = self.rows.get(name)
        if row is None:
            raise UserError(f"{name!r} is not a user of this case")
        record = user_record(row.name, row.role, row.public_key)
        digest = decisions.record_hash("user_add", record)
        added = [e for e in self.entries if e.kind == "user_added" and e.decision.get("record_sha256") == digest]
        if not added:
            raise decisions.Tampered(
                f"user {name!r} as {row.role}: no signed audit-log entry records this user with this role and key "
                "(changed outside roomsift)")
        entry = added[0]
        first_add = next(e for e in self.entries if e.kind == "user_added")
        if entry.actor == name:  # self-signed: only the case's first user bootstraps this way
            if entry.seq != first_add.seq or not decisions.check(entry.decision, "user_add", record, row.public_key):
                raise decisions.Tampered(f"user {name!r}: added by themselves, but is not the case's first user")
        else:
            admin, admin_seq = self._verify(entry.actor, busy)
            if admin.role != "admin" or admin_seq > entry.seq or self._removed_at(admin.name, entry.seq):
                raise decisions.Tampered(f"user {name!r}: added by {entry.actor!r}, who was not an admin then")
            if not decisions.check(entry.decision, "user_add", record, admin.public_key):
                raise decisions.Tampered(f"user {name!r}: the signature of {entry.actor!r} on this user does not verify")
        removed = self._removed_at(name, None)
        if removed is not None and row.active:
            raise decisions.Tampered(f"user {name!r} was removed (log entry #{removed}) but the case shows them active")
        return User(row.name, row.role, row.public_key, row.active and removed is None), entry.seq

    def _removed_at(self, name: str, before: int | None) -> int | None:
        digest = decisions.record_hash("user_remove", {"name": name})
        for e in self.entries:
            if before is not None and e.seq >= before:
                break
            if e.kind == "user_removed" and e.decision.get("record_sha256") == digest:
                return e.seq
        return None


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
    """The acting user's private key, unlocked with their passphrase and checked against
    the public key the case holds."""
    private = keys.load_user_key(case, user.name)
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
                          {"user": name, "role": role, "key_id": keys.public_key_id(public),
                           decisions.DECISION_KEY: decisions.sign(signer, "user_add", record)})
    return str(path), passphrase.decode() if generated else None


def remove_user(case, name: str) -> None:
    with case.begin() as conn:
        admin = acting_user(case, conn, ("admin",), "removing a user")
        if get_user(conn, name) is None:
            raise UserError(f"no user {name!r}")
        conn.execute(update(tables.case_users).where(tables.case_users.c.name == name).values(active=False))
        case.record_event(conn, "user_removed", f"user {name} deactivated",
                          {"user": name, decisions.DECISION_KEY: decisions.sign(signing_key(case, admin), "user_remove", {"name": name})})


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
