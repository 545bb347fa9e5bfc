"""The privacy layer's identifier index, kept in the case between commands (issue 13).

Building the index (every name, username, account id and owned payment value of the case,
normalised, with its surface forms) takes seconds at 260,000 accounts, and every command
that shows anything needs it. It is kept in `<case>/derived/privacy-index-<fingerprint>.bin`:

- The fingerprint is a hash of the *content* the index is built from, read in the database
  (one aggregate string per table, hashed here): every account's id, key, platform id,
  identity basis and name; every recorded name and username; the payment values accounts
  presented as their own; plus the source of the modules whose rules build the index. A
  change of any of them (an added account, a name changed in place) gives another
  fingerprint, so a stale index is never used; an unreadable or unexpected aggregate gives
  no fingerprint, and the index is built as before.
- Who is who (the person map: identity links and investigators' decisions) is never
  cached: it is read fresh from the case every time the index is loaded.
- The file is authenticated with a key derived from the case's pseudonym secret (HMAC-SHA256)
  and read only when the tag verifies, so a file written by anything but roomsift for this
  case is ignored, never unpickled.
"""

from __future__ import annotations

import gc
import hashlib
import hmac
import os
import pickle
from pathlib import Path

from sqlalchemy import Connection, text

from roomsift.oversight import identifiers, pseudonyms

VERSION = "1"
FOLDER = "derived"
_SEP = "\x1f"

_SOURCES = hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in (pseudonyms, identifiers))).hexdigest()

_ACCOUNTS = ("SELECT CAST(id AS TEXT) || :u || key || :u || platform_id || :u || COALESCE(identity_basis, '') || :u || "
             "COALESCE(name, '') AS v FROM accounts ORDER BY id")
_NAMES = "SELECT CAST(account_id AS TEXT) || :u || COALESCE(kind, '') || :u || COALESCE(name, '') AS v FROM account_names ORDER BY id"
# The same rows IdentityIndex.build reads as owned payment values.
_OWNED = ("SELECT CAST(a.account_id AS TEXT) || :u || a.kind || :u || a.value AS v FROM artifacts a "
          "JOIN accounts c ON c.id = a.account_id WHERE a.context IN ('offer', 'self') AND a.validity != 'malformed' "
          "AND c.platform_id NOT LIKE :channel ORDER BY a.id")


def _digest(conn: Connection, rows_sql: str) -> str | None:
    agg = {"sqlite": "group_concat(v, :r)", "postgresql": "string_agg(v, :r)"}.get(conn.dialect.name)
    if agg is None:
        return None
    value = conn.execute(text(f"SELECT COUNT(*), {agg} FROM ({rows_sql}) AS t"),
                         {"u": _SEP, "r": "\x1e", "channel": "channel%"}).one()
    return hashlib.sha256(f"{value[0]}|{value[1] or ''}".encode()).hexdigest()


def fingerprint(conn: Connection) -> str | None:
    """A hash of everything the index is built from, or None when it cannot be taken."""
    try:
        parts = [VERSION, _SOURCES, _digest(conn, _ACCOUNTS), _digest(conn, _NAMES),
                 _digest(conn, _OWNED) if pseudonyms._has_artifacts(conn) else "no-artifacts"]
    except Exception:  # an older schema, a database that refuses the aggregate: no cache
        return None
    if None in parts:
        return None
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def _path(case, fp: str) -> Path:
    return Path(case.path) / FOLDER / f"privacy-index-{fp}.bin"


def load(case, key: bytes, fp: str):
    """The stored index for this fingerprint (without its person map), or None."""
    try:
        blob = _path(case, fp).read_bytes()
    except OSError:
        return None
    tag, body = blob[:32], blob[32:]
    if len(tag) != 32 or not hmac.compare_digest(tag, hmac.new(key, fp.encode() + body, hashlib.sha256).digest()):
        return None  # not written by roomsift for this case and this content
    paused = gc.isenabled()
    gc.disable()  # a million small objects: the collector's passes would double the load time
    try:
        return pickle.loads(body)
    except Exception:
        return None
    finally:
        if paused:
            gc.enable()


def save(case, key: bytes, fp: str, index) -> None:
    """Store the index without its person map (read fresh on every load); older states removed."""
    person_of, labels = index.person_of, index.labels
    index.person_of, index.labels = {}, set()
    try:
        body = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        index.person_of, index.labels = person_of, labels
    folder = Path(case.path) / FOLDER
    try:
        folder.mkdir(exist_ok=True)
        tmp = folder / f".privacy-index-{fp}.{os.getpid()}.tmp"
        tmp.write_bytes(hmac.new(key, fp.encode() + body, hashlib.sha256).digest() + body)
        os.replace(tmp, _path(case, fp))
        for old in folder.glob("privacy-index-*.bin"):
            if old.name != _path(case, fp).name:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only case folder: the index is built each time, as before
