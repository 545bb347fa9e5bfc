"""Sessions, CSRF and roles for the web application.

A session is server-side (a random token in an HttpOnly, SameSite=Strict cookie) and holds
the user's key as unlocked at sign-in, so decisions taken in the browser are signed with
that user's own key. Every state-changing request carries the session's CSRF token (a form
field or the X-CSRF-Token header, as htmx sends it); a missing or wrong token is 403."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

COOKIE = "roomsift_session"
IDLE_SECONDS = 30 * 60
MAX_SECONDS = 12 * 3600

# Which roles may use which part of the application. Every route names one of these.
ALL = ("investigator", "supervisor", "auditor", "admin")
CASE_READERS = ("investigator", "supervisor", "auditor")  # pseudonymised case pages
INVESTIGATING = ("investigator", "supervisor")  # reveal, decisions on links, media previews, victims
APPROVERS = ("supervisor",)
AUDIT_READERS = ("auditor", "supervisor", "admin")
ADMINS = ("admin",)


@dataclass
class WebSession:
    token: str
    user: str
    role: str
    key: Ed25519PrivateKey
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    created: float = field(default_factory=time.time)
    seen: float = field(default_factory=time.time)
    reveal: bool = False
    lang: str = "en"


class Sessions:
    def __init__(self) -> None:
        self._by_token: dict[str, WebSession] = {}
        self._lock = threading.Lock()

    def start(self, user: str, role: str, key: Ed25519PrivateKey, lang: str = "en") -> WebSession:
        s = WebSession(secrets.token_urlsafe(32), user, role, key, lang=lang)
        with self._lock:
            self._by_token[s.token] = s
        return s

    def get(self, token: str | None) -> WebSession | None:
        if not token:
            return None
        with self._lock:
            s = self._by_token.get(token)
            now = time.time()
            if s is None:
                return None
            if now - s.seen > IDLE_SECONDS or now - s.created > MAX_SECONDS:
                del self._by_token[token]
                return None
            s.seen = now
            return s

    def end(self, token: str | None) -> None:
        with self._lock:
            self._by_token.pop(token or "", None)

    def save(self, s: WebSession) -> None:
        pass  # held in this process's memory: changes to the session object are its state

    def end_user(self, user: str) -> None:
        with self._lock:
            for t in [t for t, s in self._by_token.items() if s.user == user]:
                del self._by_token[t]


def csrf_ok(session: WebSession, sent: str | None) -> bool:
    return bool(sent) and secrets.compare_digest(session.csrf, sent)


class SharedSessions:
    """Sessions every server process sees (`roomsift serve` runs one process per core): a
    small SQLite file in a folder private to this server run, removed when it stops. The
    user's unlocked key is kept there only encrypted (AES-256-GCM) with a secret that exists
    only in the server processes' memory and environment, never on disk; the cookie's token
    is stored only as its SHA-256."""

    def __init__(self, folder: str, secret: bytes) -> None:
        import sqlite3

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(secret)
        self._db = sqlite3.connect(f"{folder}/sessions.db", timeout=30, isolation_level=None, check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, user TEXT, role TEXT, "
                             "key BLOB, csrf TEXT, created REAL, seen REAL, reveal INTEGER, lang TEXT)")

    @staticmethod
    def _hash(token: str) -> str:
        import hashlib

        return hashlib.sha256(token.encode()).hexdigest()

    def _seal(self, key: Ed25519PrivateKey) -> bytes:
        from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

        nonce = secrets.token_bytes(12)
        return nonce + self._aead.encrypt(nonce, key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()), None)

    def start(self, user: str, role: str, key: Ed25519PrivateKey, lang: str = "en") -> WebSession:
        s = WebSession(secrets.token_urlsafe(32), user, role, key, lang=lang)
        with self._lock:
            self._db.execute("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (self._hash(s.token), user, role, self._seal(key), s.csrf, s.created, s.seen, 0, lang))
        return s

    def get(self, token: str | None) -> WebSession | None:
        if not token:
            return None
        with self._lock:
            row = self._db.execute("SELECT user, role, key, csrf, created, seen, reveal, lang FROM sessions WHERE token = ?",
                                   (self._hash(token),)).fetchone()
        if row is None:
            return None
        user, role, sealed, csrf, created, seen, reveal, lang = row
        now = time.time()
        if now - seen > IDLE_SECONDS or now - created > MAX_SECONDS:
            self.end(token)
            return None
        if now - seen > 60:  # idle time to the minute: no write on every request
            with self._lock:
                self._db.execute("UPDATE sessions SET seen = ? WHERE token = ?", (now, self._hash(token)))
        key = Ed25519PrivateKey.from_private_bytes(self._aead.decrypt(sealed[:12], sealed[12:], None))
        return WebSession(token, user, role, key, csrf=csrf, created=created, seen=now, reveal=bool(reveal), lang=lang)

    def save(self, s: WebSession) -> None:
        """Keep a session's preferences (reveal, language) for every process."""
        with self._lock:
            self._db.execute("UPDATE sessions SET reveal = ?, lang = ? WHERE token = ?", (int(s.reveal), s.lang, self._hash(s.token)))

    def end(self, token: str | None) -> None:
        with self._lock:
            self._db.execute("DELETE FROM sessions WHERE token = ?", (self._hash(token or ""),))
