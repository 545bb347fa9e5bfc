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

    def end_user(self, user: str) -> None:
        with self._lock:
            for t in [t for t, s in self._by_token.items() if s.user == user]:
                del self._by_token[t]


def csrf_ok(session: WebSession, sent: str | None) -> bool:
    return bool(sent) and secrets.compare_digest(session.csrf, sent)
