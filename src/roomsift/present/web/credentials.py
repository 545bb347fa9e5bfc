"""Web passwords of case users, kept next to their signing keys in the keyring of the
machine that serves the case (`<keyring>/<case id>/<user>.web.json`, mode 0600).

A credential holds an Argon2id hash of the password (argon2-cffi) and the user's own
Ed25519 key, encrypted with a key derived from the same password (Argon2id raw, then
AES-256-GCM). Signing in therefore both proves the password and unlocks the key that signs
the user's decisions for that session: the server cannot act as a user who is not signed in,
and a copy of the keyring alone does not let anyone act as them.

Failed sign-ins are counted in the credential; after MAX_FAILURES in a row the user is
locked out for LOCKOUT_SECONDS (also across restarts)."""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from roomsift.case.store import now_utc
from roomsift.errors import UserError
from roomsift.oversight import keys

MAX_FAILURES = 5
LOCKOUT_SECONDS = 15 * 60
MIN_LENGTH = 10
_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters
_lock = threading.Lock()  # failure counts: one read-modify-write at a time


class SignInError(Exception):
    """Wrong name or password, or locked out. The message is safe to show."""


@dataclass
class Unlocked:
    name: str
    key: Ed25519PrivateKey


def path_of(case, user: str) -> Path:
    key_path = keys.user_key_path(case, user)
    return key_path.with_name(key_path.stem + ".web.json")


def _kdf(password: str, salt: bytes) -> bytes:
    return hash_secret_raw(password.encode(), salt, time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, type=Type.ID)


def _save(path: Path, doc: dict) -> None:
    tmp = path.with_name(path.name + ".new")
    tmp.unlink(missing_ok=True)
    keys._write_private(tmp, json.dumps(doc).encode())  # the keyring's own writer: 0600, never the case
    os.replace(tmp, path)


def _load(path: Path) -> dict | None:
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: unreadable web credential: {exc}") from exc


def generate_password() -> str:
    return secrets.token_urlsafe(12)


def set_password(case, user: str, private: Ed25519PrivateKey, password: str) -> Path:
    """Store `user`'s web password and their key wrapped under it. `private` is the key
    the caller unlocked as that user (their keyring key)."""
    if len(password) < MIN_LENGTH:
        raise UserError(f"a web password needs at least {MIN_LENGTH} characters")
    salt, nonce = os.urandom(16), os.urandom(12)
    aad = f"{case.meta['id']}/{user}/web".encode()
    wrapped = AESGCM(_kdf(password, salt)).encrypt(nonce, private.private_bytes_raw(), aad)
    path = path_of(case, user)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _lock:
        _save(path, {"user": user, "argon2": _hasher.hash(password), "salt": base64.b64encode(salt).decode(),
                     "nonce": base64.b64encode(nonce).decode(), "wrapped_key": base64.b64encode(wrapped).decode(),
                     "failures": 0, "locked_until": 0})
    return path


def has_password(case, user: str) -> bool:
    return path_of(case, user).is_file()


def sign_in(case, user: str, password: str) -> Unlocked:
    """Check the password (counting failures, honouring lock-out) and unlock the key."""
    path = path_of(case, user) if user and user.replace("-", "").replace("_", "").replace(".", "").isalnum() else None
    with _lock:
        doc = _load(path) if path else None
        if doc is None:
            _hasher.hash(password or "x")  # same work as a real check: no telling which names exist by timing
            raise SignInError("wrong user name or password")
        now = now_utc()
        if doc.get("locked_until", 0) > now:
            raise SignInError(f"too many failed sign-ins; locked for {(doc['locked_until'] - now) // 60 + 1} more minute(s)")
        try:
            _hasher.verify(doc["argon2"], password)
        except (VerificationError, InvalidHashError):
            doc["failures"] = doc.get("failures", 0) + 1
            locked = doc["failures"] >= MAX_FAILURES
            if locked:
                doc["failures"], doc["locked_until"] = 0, now + LOCKOUT_SECONDS
            _save(path, doc)
            raise SignInError("too many failed sign-ins; locked for 15 minute(s)" if locked
                              else "wrong user name or password") from None
        if doc.get("failures"):
            doc["failures"] = 0
            _save(path, doc)
    salt, nonce = base64.b64decode(doc["salt"]), base64.b64decode(doc["nonce"])
    raw = AESGCM(_kdf(password, salt)).decrypt(nonce, base64.b64decode(doc["wrapped_key"]),
                                               f"{case.meta['id']}/{user}/web".encode())
    return Unlocked(user, Ed25519PrivateKey.from_private_bytes(raw))


def was_locked(case, user: str) -> bool:
    doc = _load(path_of(case, user))
    return bool(doc and doc.get("locked_until", 0) > now_utc())
