"""The privacy layer: every row and document that roomsift prints passes through here.

Identifying columns (Col kinds account, name, username, phone, bank_account) become
per-case pseudonyms; message text (kind text) has @mentions, e-mails, phone numbers and
the case's known names, usernames and account ids replaced; plain columns are still
scanned for unmistakable identifiers (usernames, account ids, e-mails, a value that is
exactly a person's display name), so a column given the wrong kind does not leak them. With --reveal, real identifiers are
shown only for persons covered by an active legal basis, and only to an investigator or
supervisor; every reveal and every refused reveal is written to the audit log."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, func, select

from roomsift.case import schema
from roomsift.errors import UserError
from roomsift.oversight import keys
from roomsift.oversight.basis import Coverage, coverage
from roomsift.oversight.access import command_path, log_access, reveal_permission, sign_reveal
from roomsift.oversight.pseudonyms import PERSON_LABEL, IdentityIndex, Pseudonymizer, normalise

HIDDEN = "[hidden]"
COLUMN_KINDS = ("account", "name", "username", "phone", "bank_account")
# JSON keys whose values identify people, for documents (triage output and the like).
DOCUMENT_KEYS = {
    "account": "account", "accounts": "account", "account_key": "account", "account_keys": "account",
    "platform_id": "account", "sender": "name", "sender_name": "name", "display_name": "name",
    "display_names": "name", "names": "name", "author": "name", "from": "name", "from_name": "name",
    "username": "username", "usernames": "username", "mention": "mention", "mentions": "mention",
    "phone": "phone", "phones": "phone", "bank_account": "bank_account", "bank_accounts": "bank_account",
    "text": "text", "message": "text", "excerpt": "text", "quote": "text", "snippet": "text",
}
PLAIN_SCAN = ("username", "account")  # unmistakable enough to mask even in plain columns
DIGEST = re.compile(r"[0-9A-Fa-f]{16,128}|\d+")  # hashes and counts: never phone numbers

_reveal_requested = False


def request_reveal(on: bool = True) -> None:
    """Set by --reveal; reset when a command starts."""
    global _reveal_requested
    _reveal_requested = on


# -- per-case state ------------------------------------------------------------------------------
class CaseView:
    """The pseudonym key and identity index of one open case, built once and refreshed
    when accounts are added."""

    def __init__(self, case, conn: Connection | None = None):
        self.case = case
        if conn is not None:  # inside the caller's transaction (the audit log listener)
            secret = keys.case_secret(case, conn, keys.PSEUDONYM_SECRET)
        else:
            with case.connect() as read:
                try:
                    secret = keys.case_secret(case, read, keys.PSEUDONYM_SECRET, make=_missing)
                except _Missing:
                    secret = None
            if secret is None:  # a case made before the oversight layer: create its secret once
                with case.begin() as write:
                    secret = keys.case_secret(case, write, keys.PSEUDONYM_SECRET)
        self.pseudo = Pseudonymizer(secret)
        self._index: IdentityIndex | None = None
        self._stamp: tuple = ()

    def index(self, conn: Connection, strict: bool = False) -> IdentityIndex:
        """`strict` also rebuilds after any recorded event (a confirmed or rejected identity
        link changes who is who): reveal decisions must never use a stale person map."""
        stamp = IdentityIndex.stamp_of(conn)
        if strict:
            stamp += (conn.execute(select(func.max(schema.events.c.id))).scalar(),)
        if self._index is None or self._stamp[:len(stamp)] != stamp:
            self._index = IdentityIndex.build(conn)
            self._stamp = stamp
        return self._index


class _Missing(Exception):
    pass


def _missing() -> bytes:
    raise _Missing


def case_view(case, conn: Connection | None = None) -> CaseView:
    view = getattr(case, "_oversight_view", None)
    if view is None:
        view = CaseView(case, conn)
        case._oversight_view = view
    return view


def scrub_event(case, conn: Connection, summary: str, details: dict) -> tuple[str, dict]:
    """An event as the audit log keeps it: identifiers pseudonymised, so the log can be
    handed to outside overseers. (The case's own event table keeps the original.)"""
    session = Session(case_view(case, conn), conn, reveal=False, digits_in_plain=True)
    return session.value("text", summary), session.document(details)


# -- one output ----------------------------------------------------------------------------------
class Session:
    """Decides, value by value, what one output shows, and remembers what was revealed."""

    def __init__(self, view: CaseView, conn: Connection, reveal: bool, digits_in_plain: bool = False):
        self.digits_in_plain = digits_in_plain  # also look for phone/bank numbers in plain strings
        self.pseudo = view.pseudo
        self.index = view.index(conn, strict=reveal)
        self.reveal = reveal
        self.refusal: str | None = None
        self.credential_error: str | None = None
        self.coverage = Coverage()
        self.revealed: dict[str, set[int]] = {}
        self.refused: dict[str, str] = {}
        self.unattributed = 0
        self.user = None
        if reveal:
            self.user, self.refusal, self.credential_error = reveal_permission(view.case, conn)
            if self.refusal is None:
                self.coverage = coverage(conn)

    def decide(self, ns: str, norm: str, original: str) -> str:
        if self.reveal:
            accounts = self.index.accounts(ns, norm)
            persons = {self.index.person_of.get(a) for a in accounts} - {None}
            if not persons:
                self.unattributed += 1
            elif self.refusal is None and all(a in self.coverage.accounts for a in accounts if a in self.index.person_of):
                for a in accounts:
                    p = self.index.person_of.get(a)
                    if p is not None:
                        self.revealed.setdefault(p, set()).update(b.id for b in self.coverage.accounts[a])
                return original
            else:
                for a in accounts:
                    p = self.index.person_of.get(a)
                    if p is not None and (self.refusal or a not in self.coverage.accounts):
                        self.refused.setdefault(p, self.refusal or self.coverage.reason(p))
        if ns == "account":
            norm = self.index.canonical_account(norm)
        return self.pseudo(ns, norm)

    def value(self, kind: str, value: Any) -> Any:
        if value is None or value == "":
            return value
        if isinstance(value, (list, tuple)):
            return [self.value(kind, v) for v in value]
        if isinstance(value, dict):
            return self.document(value)
        if kind == "text":
            return self.index.scan(str(value), self.decide)
        if kind == "person":
            s = str(value)
            return s if PERSON_LABEL.match(s) or s in self.index.labels else self.decide("name", normalise("name", s), s)
        if kind == "plain":
            if not isinstance(value, str):
                return value
            name = self.index.person_name(value)  # e.g. a 1:1 chat titled with the other person's name
            if name is not None:
                return self.decide("name", name, value)
            digits = self.digits_in_plain and not DIGEST.fullmatch(value)
            return self.index.scan(value, self.decide, PLAIN_SCAN, digits=digits)
        s = str(value)
        if kind == "mention":
            kind = "username" if s.startswith("@") or self.index.accounts("username", normalise("username", s)) else "name"
        ns = kind if kind in COLUMN_KINDS else "name"
        shown = self.decide(ns, normalise(ns, s), s)
        if shown == s:
            return value  # revealed: keep the original type (an account id stays an int)
        return "@" + shown if ns == "username" and s.startswith("@") else shown

    def document(self, doc: Any, kind: str = "plain") -> Any:
        if isinstance(doc, dict):
            return {k: self.document(v, DOCUMENT_KEYS.get(str(k).lower(), kind)) for k, v in doc.items()}
        if isinstance(doc, (list, tuple)):
            return [self.document(v, kind) for v in doc]
        if isinstance(doc, str) or (kind == "account" and isinstance(doc, int) and not isinstance(doc, bool)):
            return self.value(kind, doc)
        return doc

    def log(self, case) -> None:
        """Write what was revealed and what was refused to the audit log, the reveal signed
        by the user who saw it; then refuse a reveal whose credential failed."""
        log_access(case)  # every output of case data is an access, revealing or not
        if not self.reveal:
            return
        where = command_path()
        with case.begin() as conn:
            if self.revealed:
                bases = sorted({b for ids in self.revealed.values() for b in ids})
                types = sorted({b.type for a in self.coverage.accounts for b in self.coverage.accounts[a] if b.id in bases})
                persons = sorted(self.revealed)
                details = {"persons": persons[:1000], "count": len(persons), "bases": bases,
                           "basis_types": types, "output": where}
                details["decision"] = sign_reveal(case, self.user, {"persons": persons, "bases": bases, "output": where})
                case.record_event(conn, "reveal", f"real identifiers of {len(self.revealed)} person(s) shown", details)
            if self.refused or self.unattributed or self.credential_error:  # nothing identifying shown: nothing refused
                case.record_event(conn, "reveal_refused",
                                  f"reveal refused for {len(self.refused)} person(s); their identifiers stayed pseudonymised",
                                  {"persons": dict(sorted(self.refused.items())[:1000]), "count": len(self.refused),
                                   "unattributed_values": self.unattributed, "reason": self.refusal, "output": where,
                                   "problems": self.coverage.problems[:100]})
        if self.credential_error:
            raise UserError(self.credential_error)


def _session(context: dict[str, Any]):
    case = context.get("case")
    if case is None:
        return None, None
    view = case_view(case)
    with case.connect() as conn:
        return case, Session(view, conn, bool(context.get("reveal") or _reveal_requested))


def filter_rows(rows: list[dict[str, Any]], cols: list, context: dict[str, Any]) -> list[dict[str, Any]]:
    case, session = _session(context)
    kinds = {c.key: c.kind for c in cols}
    for row in rows:
        for key, kind in kinds.items():
            if key not in row:
                continue
            if session is None:  # no case, no key: fail closed
                if kind != "plain" and row[key] not in (None, ""):
                    row[key] = HIDDEN
            else:
                row[key] = session.value(kind, row[key])
    if session is not None:
        session.log(case)
    return rows


def filter_document(doc: Any, context: dict[str, Any]) -> Any:
    case, session = _session(context)
    if session is None:
        return _hide_document(doc)
    out = session.document(doc)
    session.log(case)
    return out


def _hide_document(doc: Any, kind: str = "plain") -> Any:
    if isinstance(doc, dict):
        return {k: _hide_document(v, DOCUMENT_KEYS.get(str(k).lower(), kind)) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_hide_document(v, kind) for v in doc]
    return HIDDEN if kind != "plain" and doc not in (None, "") else doc


# -- naming persons for a basis scope -------------------------------------------------------------
def resolve_persons(case, conn: Connection, tokens: list[str]) -> list[str]:
    """Person labels for what an investigator typed: a label (P000012), a pseudonym shown
    by roomsift (acct_…, user_…, name_…), or an identifier the investigator already holds."""
    index = case_view(case).index(conn)
    pseudo = case_view(case).pseudo
    labels = index.labels
    reverse: dict[str, set[int]] | None = None
    out: list[str] = []
    for token in tokens:
        token = token.strip()
        if token in labels:
            persons = {token}
        else:
            accounts: set[int] = set()
            for ns in ("account", "username", "name", "phone"):
                accounts |= index.accounts(ns, normalise(ns, token))
            if not accounts:
                if reverse is None:
                    reverse = {}
                    for (ns, norm), ids in index.by_value.items():
                        reverse.setdefault(pseudo(ns, index.canonical_account(norm) if ns == "account" else norm), set()).update(ids)
                accounts = reverse.get(token.lstrip("@"), set())
            persons = {index.person_of[a] for a in accounts if a in index.person_of}
        if not persons:
            raise UserError(f"{token!r} is not a person, pseudonym or account of this case")
        if len(persons) > 1:
            raise UserError(f"{token!r} matches {len(persons)} persons; name one by its label")
        out.extend(p for p in persons if p not in out)
    return out


def scope_accounts(case, conn: Connection, persons: list[str]) -> list[int]:
    """The account ids that make up `persons` now: what a basis signed today covers."""
    wanted = set(persons)
    index = case_view(case).index(conn, strict=True)
    return sorted(a for a, p in index.person_of.items() if p in wanted)
