"""Keys: the case key outside the case, secrets wrapped inside it, users' signing keys.

Threat model (see docs/oversight.md): the case folder alone — a copied database, a backup,
a laptop image without the keyring — does not give the pseudonym secret (so pseudonyms
cannot be reversed by hashing candidate identifiers) nor the log signing key. Both are
stored in the case AES-256-GCM wrapped with a per-case key kept in the keyring folder
(`$ROOMSIFT_KEYRING`, default `~/.config/roomsift/keyring`, files mode 0600) or given in
`$ROOMSIFT_CASE_KEY`. Whoever holds both the case and the keyring can unwrap them; that is
the case holder, and the audit log with outside witnesses is what keeps the holder honest.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import sys
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, insert, select

from roomsift.case.store import CaseError, now_utc
from roomsift.oversight import tables
from roomsift.oversight.verify import key_id

PSEUDONYM_SECRET = "pseudonym_hmac"
LOG_SIGNING_KEY = "log_signing_key"


def keyring_dir() -> Path:
    return Path(os.environ.get("ROOMSIFT_KEYRING") or Path.home() / ".config" / "roomsift" / "keyring")


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def case_key(case, create: bool) -> bytes:
    """The 32-byte key that wraps this case's secrets."""
    env = os.environ.get("ROOMSIFT_CASE_KEY")
    if env:
        return base64.b64decode(env)
    path = keyring_dir() / f"{case.meta['id']}.key"
    if path.exists():
        return base64.b64decode(path.read_bytes())
    if not create:
        raise CaseError(
            f"the case key of {case.name!r} is not in {path.parent}; copy {path.name} there or set ROOMSIFT_KEYRING / ROOMSIFT_CASE_KEY"
        )
    key = AESGCM.generate_key(bit_length=256)
    _write_private(path, base64.b64encode(key))
    return key


def case_secret(case, conn: Connection, name: str, make=lambda: os.urandom(32)) -> bytes:
    """Unwrap a named case secret, creating it (inside the caller's transaction) when new."""
    row = conn.execute(select(tables.oversight_secrets).where(tables.oversight_secrets.c.name == name)).first()
    aad = f"{case.meta['id']}/{name}".encode()
    if row is not None:
        key = case_key(case, create=False)  # a missing key says where to put it
        try:
            return AESGCM(key).decrypt(row.nonce, row.wrapped, aad)
        except Exception as exc:  # InvalidTag: wrong case key
            raise CaseError(f"the case key does not open secret {name!r} of case {case.name!r}") from exc
    secret = make()
    nonce = os.urandom(12)
    wrapped = AESGCM(case_key(case, create=True)).encrypt(nonce, secret, aad)
    conn.execute(insert(tables.oversight_secrets), {"name": name, "nonce": nonce, "wrapped": wrapped, "created_utc": now_utc()})
    return secret


def log_signing_key(case, conn: Connection) -> Ed25519PrivateKey:
    raw = case_secret(case, conn, LOG_SIGNING_KEY, make=lambda: Ed25519PrivateKey.generate().private_bytes_raw())
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_b64(private: Ed25519PrivateKey) -> str:
    return base64.b64encode(private.public_key().public_bytes_raw()).decode()


def public_key_id(public: str) -> str:
    return key_id(base64.b64decode(public))


def sign(private: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(private.sign(message)).decode()


# -- users' own keys ---------------------------------------------------------------------------
# A user's private key is stored encrypted with their passphrase (PKCS#8, the library's best
# available encryption), so a copy of the keyring alone does not let anyone act as that user.
PASSPHRASE_ENV = "ROOMSIFT_PASSPHRASE"  # the acting user's passphrase (else a prompt on a terminal)
NEW_PASSPHRASE_ENV = "ROOMSIFT_NEW_PASSPHRASE"  # passphrase for a key being made for someone else

_unlocked: dict[tuple[str, str], Ed25519PrivateKey] = {}  # (key file, digest of pem + passphrase) -> key


def user_key_path(case, user: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in user)
    return keyring_dir() / case.meta["id"] / f"{safe}.pem"


def acting_passphrase(user: str) -> bytes:
    """The acting user's passphrase: $ROOMSIFT_PASSPHRASE, else asked on the terminal."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env.encode()
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        typed = getpass.getpass(f"passphrase of {user}: ")
        if typed:
            return typed.encode()
    raise CaseError(f"acting as {user!r} needs {user}'s passphrase: set {PASSPHRASE_ENV} or run in a terminal")


def own_new_passphrase(user: str) -> bytes:
    """A passphrase the user chooses for their own new key: $ROOMSIFT_PASSPHRASE, else typed
    twice on the terminal (a typo here would lock the key for good)."""
    if os.environ.get(PASSPHRASE_ENV) or sys.stdin is None or not sys.stdin.isatty():
        return acting_passphrase(user)
    import getpass

    first = getpass.getpass(f"new passphrase for {user}: ")
    if first != getpass.getpass("again: "):
        raise CaseError("the two passphrases differ; nothing was changed")
    return first.encode()


def new_passphrase() -> tuple[bytes, bool]:
    """(passphrase for a key made for someone else, whether it was generated here and must be
    handed over). $ROOMSIFT_NEW_PASSPHRASE, else a random one."""
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env:
        return env.encode(), False
    return secrets.token_urlsafe(12).encode(), True


def _write_user_key(path: Path, private: Ed25519PrivateKey, passphrase: bytes) -> None:
    if len(passphrase) < 8:
        raise CaseError("a passphrase must have at least 8 characters")
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(passphrase))
    tmp = path.with_name(path.name + ".new")
    if tmp.exists():
        tmp.unlink()
    _write_private(tmp, pem)
    tmp.replace(path)


def create_user_key(case, user: str, passphrase: bytes) -> tuple[str, Path]:
    """Generate a user's Ed25519 key; the private half goes to the keyring, encrypted with
    `passphrase`, never into the case."""
    private = Ed25519PrivateKey.generate()
    path = user_key_path(case, user)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _write_user_key(path, private, passphrase)  # a re-added user gets a fresh key; the old public key stays in the log
    return public_b64(private), path


def load_user_key(case, user: str) -> Ed25519PrivateKey:
    """The user's private key, unlocked with the acting passphrase."""
    path = user_key_path(case, user)
    try:
        pem = path.read_bytes()
    except OSError as exc:
        raise CaseError(f"no signing key for user {user!r} at {path}; only that user can act as {user!r}") from exc
    if b"ENCRYPTED" not in pem:
        raise CaseError(f"the key of {user!r} at {path} is not protected by a passphrase; an admin must issue a new one")
    passphrase = acting_passphrase(user)
    # the passphrase is part of the memo: a wrong one never reuses a key unlocked earlier
    memo = (str(path), hashlib.sha256(pem + b"\0" + passphrase).hexdigest())
    if memo in _unlocked:
        return _unlocked[memo]
    try:
        key = serialization.load_pem_private_key(pem, password=passphrase)
    except (TypeError, ValueError) as exc:
        raise CaseError(f"wrong passphrase for {user!r}; acting as {user!r} needs {user}'s own passphrase") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise CaseError(f"{path}: not an Ed25519 key")
    _unlocked[memo] = key
    return key


def change_passphrase(case, user: str, new: bytes) -> Path:
    private = load_user_key(case, user)
    path = user_key_path(case, user)
    _write_user_key(path, private, new)
    return path


# -- a key unlocked for one web request (roomsift.present.web): the user's own key, opened by their
# web password at sign-in and held in their session; never process-wide.
_SESSION_KEYS: ContextVar[dict[str, Ed25519PrivateKey]] = ContextVar("roomsift_session_keys", default={})


def session_key(user: str) -> Ed25519PrivateKey | None:
    return _SESSION_KEYS.get().get(user)


@contextmanager
def using_session_key(user: str, private: Ed25519PrivateKey) -> Iterator[None]:
    token = _SESSION_KEYS.set({user: private})
    try:
        yield
    finally:
        _SESSION_KEYS.reset(token)
