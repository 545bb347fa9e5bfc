"""The privacy layer's identifier index, kept in the case between commands (issue 13).

Building the index (every name, username, account id and owned payment value of the case,
normalised, with its surface forms) takes many seconds at 260,000 accounts, and every
command that shows anything needs it. It is kept in `<case>/derived/privacy-index-<state>.bin`:

- `<state>` names the case state the index was built for: the token in the case's
  `privacy_state` row, which database triggers replace whenever a row the index is built
  from changes (accounts, recorded names and usernames, payment values presented as one's
  own; migration `oversight_0003`), hashed with the source of the modules whose rules build
  the index. Checking that the stored index is current is one indexed read, whatever the
  size of the case; no write path can forget to invalidate it, raw SQL included. The token
  is random, so a case restored from an older copy never meets an index kept for another state.
- Who is who (the person map: identity links and investigators' decisions) is never
  stored: the privacy layer asks identity about the accounts an output shows, every time.
- The file is an SQLite database image (`IdentityIndex.image`), opened in memory: no
  Python objects are unpickled, and lookups read only what a command shows.
- The file is authenticated with a key derived from the case's pseudonym secret (HMAC-SHA256
  over the state and the image) and opened only when the tag verifies, so a file written by
  anything but roomsift for this case and this state is ignored, and the index rebuilt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from roomsift.oversight import identifiers, pseudonyms

VERSION = "2"  # 2: SQLite image named by the case-state token (1: pickled, content fingerprint)
FOLDER = "derived"

_SOURCES = hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in (pseudonyms, identifiers))).hexdigest()


def has_state(conn: Connection) -> bool:
    """Whether the case keeps a state token (every case after migration oversight_0003)."""
    return inspect(conn).has_table("privacy_state")


def state(conn: Connection) -> str | None:
    """The name of the case's current state for the index, or None when it has no token.
    Read it before reading what the index is built from: a change committed in between then
    gives an index newer than its name, which the next check discards, never the reverse."""
    token = conn.execute(text("SELECT token FROM privacy_state WHERE id = 1")).scalar()
    if not token:
        return None
    return hashlib.sha256(f"{VERSION}|{_SOURCES}|{token}".encode()).hexdigest()[:24]


def _path(case, name: str) -> Path:
    return Path(case.path) / FOLDER / f"privacy-index-{name}.bin"


def _tag(key: bytes, name: str, body) -> bytes:
    mac = hmac.new(key, name.encode() + b"\x00", hashlib.sha256)
    mac.update(body)  # no concatenated copy of a file of tens of megabytes
    return mac.digest()


def load(case, key: bytes, name: str) -> "pseudonyms.IdentityIndex | None":
    """The stored index for this state, or None (missing, foreign, tampered or unreadable)."""
    try:
        blob = _path(case, name).read_bytes()
    except OSError:
        return None
    tag, body = blob[:32], memoryview(blob)[32:]
    if len(tag) != 32 or not hmac.compare_digest(tag, _tag(key, name, body)):
        return None  # not written by roomsift for this case and this state
    try:
        return pseudonyms.IdentityIndex.from_image(body)
    except Exception:  # authentic but unreadable (another SQLite, a cut file): build instead
        return None


def save(case, key: bytes, name: str, index: "pseudonyms.IdentityIndex") -> None:
    """Store the index for this state; files of older states are removed."""
    body = index.image()
    folder = Path(case.path) / FOLDER
    try:
        folder.mkdir(exist_ok=True)
        tmp = folder / f".privacy-index-{name}.{os.getpid()}.tmp"
        tmp.write_bytes(_tag(key, name, body) + body)
        os.replace(tmp, _path(case, name))
        for old in folder.glob("privacy-index-*.bin"):
            if old.name != _path(case, name).name:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only case folder: the index is built each time, as before
