"""The privacy layer: every row, document, line and file that roomsift shows passes through
here. `roomsift.present.output` (the only module that writes user-visible output) calls
`show_rows` / `show_document` directly; nothing is installed by importing anything.

Identifying columns (Col kinds account, name, username, phone, bank_account) become
per-case pseudonyms; message text (kind text) has @mentions, e-mails, phone numbers and
the case's known names, usernames and account ids replaced; plain columns are still
scanned for unmistakable identifiers (usernames, account ids, e-mails, a value that is
exactly a person's display name), so a column given the wrong kind does not leak them. With --reveal, real identifiers are
shown only for persons covered by an active legal basis, and only to an investigator or
supervisor; every reveal and every refused reveal is written to the audit log."""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Any

from sqlalchemy import Connection, func, select

from roomsift.case import schema
from roomsift.errors import UserError
from roomsift.analysis.identity.api import person_lookup, person_map
from roomsift.oversight import index_cache, keys
from roomsift.oversight.access import command_path, log_access, reveal_permission, sign_reveal
from roomsift.oversight.basis import Coverage, coverage
from roomsift.oversight.pseudonyms import ARTIFACT_NS, PERSON_LABEL, PREFIX, IdentityIndex, Pseudonymizer, normalise

HIDDEN = "[hidden]"
COLUMN_KINDS = ("account", "name", "username", "phone", "bank_account", "wallet", "pin")
# Chat types whose title is the other person's name (Telegram's; a KakaoTalk or WhatsApp
# chat has no type, and its title is a name when it is exactly a person's display name).
PERSONAL_CHAT_TYPES = ("personal_chat", "bot_chat", "saved_messages", "replies", "verification_codes")
# JSON keys whose values identify people, for documents (triage output and the like).
DOCUMENT_KEYS = {
    "account": "account", "accounts": "account", "account_key": "account", "account_keys": "account",
    "platform_id": "account", "sender": "name", "sender_name": "name", "display_name": "name",
    "display_names": "name", "names": "name", "author": "name", "from": "name", "from_name": "name",
    "username": "username", "usernames": "username", "mention": "mention", "mentions": "mention",
    "phone": "phone", "phones": "phone", "bank_account": "bank_account", "bank_accounts": "bank_account",
    "text": "text", "message": "text", "excerpt": "text", "quote": "text", "snippet": "text",
    "chat": "room", "chat_title": "room", "room": "room", "rooms": "room", "room_names": "room", "title": "room",
    "role": "vocab", "roles": "vocab", "signal": "vocab", "cues": "vocab", "kind": "vocab", "how": "vocab",
}
PAYMENT_NS = ("wallet", "bank_account", "pin")
PLAIN_SCAN = ("username", "account")  # unmistakable enough to mask even in plain columns
DIGEST = re.compile(r"[0-9A-Fa-f]{16,128}|\d+")  # hashes and counts: never phone numbers

SHOWN_MEMO = 50_000  # values per open case (texts and their shown forms: some tens of MB at most)

_reveal_requested = False


def request_reveal(on: bool = True) -> None:
    """Set by --reveal; reset when a command starts."""
    global _reveal_requested
    _reveal_requested = on


def reveal_requested() -> bool:
    return _reveal_requested


_told: set[str] = set()  # reveal notices already stated during this command


def start_command() -> None:
    """A command starts: no --reveal yet, nothing stated yet."""
    request_reveal(False)
    _told.clear()


def first_telling(line: str) -> bool:
    """True the first time a notice is stated in this command (a command may print many tables)."""
    if line in _told:
        return False
    _told.add(line)
    return True


# -- per-case state ------------------------------------------------------------------------------
class CaseView:
    """The pseudonym key and identity index of one open case, loaded once and reloaded
    when the case's state token changes (index_cache.py)."""

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
        self._cache_key = hmac.new(secret, b"roomsift privacy index cache", hashlib.sha256).digest()
        self._index: IdentityIndex | None = None
        self._state: object = None
        self._has_state: bool | None = None
        self._shown: tuple = (None, None, {})  # (index, 1:1 chat titles, memo): see shown_without_reveal

    def shown_without_reveal(self, index: IdentityIndex, personal_titles: frozenset) -> dict:
        """Memo of values shown without a reveal, for this index and these 1:1 chat titles:
        then every value's pseudonymised form depends on nothing else (no basis, no user, no
        person map), so a web server shows a snippet or a room name it showed before without
        scanning it again. Tied to the index object the asking session decides with (not the
        newest state), so a session still holding an older index never fills the newer
        index's memo; emptied when either changes, and when it grows past SHOWN_MEMO values."""
        memo_index, memo_titles, memo = self._shown  # one read: another thread may replace it meanwhile
        if memo_index is not index or memo_titles != personal_titles or len(memo) > SHOWN_MEMO:
            memo = {}
            self._shown = (index, personal_titles, memo)
        return memo

    def index(self, conn: Connection) -> IdentityIndex:
        """The identifier index for the case as it is now: one indexed read to check."""
        if self._has_state is None:
            self._has_state = index_cache.has_state(conn)
        name = index_cache.state(conn) if self._has_state else None
        state = name or IdentityIndex.stamp_of(conn)  # no token (never after migrations): max ids
        if self._index is None or state != self._state:
            self._index = self._stored_or_built(conn, name)
            self._state = state
        return self._index

    def persons(self, conn: Connection) -> "Persons":
        """Who is who, asked fresh (links and decisions change it between any two outputs)."""
        return Persons(self.case, conn)

    def _stored_or_built(self, conn: Connection, name: str | None) -> IdentityIndex:
        """The index kept in the case for its current state, else built and kept."""
        index = index_cache.load(self.case, self._cache_key, name) if name else None
        if index is not None:
            return index
        index = IdentityIndex.build(conn)
        if name:
            index_cache.save(self.case, self._cache_key, name, index)
        return index


class Persons:
    """The person of each account an output shows, asked of identity only for those
    accounts and only when a reveal needs it (a 260,000-account map is never built to show
    20 rows). `full()` is the whole map, for the rare commands that need every person."""

    def __init__(self, case, conn: Connection):
        self._case, self._conn = case, conn
        self._lookup = None
        self._known: dict[int, str | None] = {}
        self._all: dict[int, str] | None = None

    def _with_conn(self, work):
        if not self._conn.closed:  # the caller's connection, inside its transaction if any
            return work(self._conn)
        with self._case.connect() as conn:  # an output rendered after its reading connection closed
            return work(conn)

    def prefetch(self, accounts) -> None:
        missing = [a for a in accounts if a not in self._known]
        if not missing:
            return
        if self._all is not None:
            found = {a: self._all[a] for a in missing if a in self._all}
        else:
            def ask(conn):
                if self._lookup is None:
                    self._lookup = person_lookup(conn)
                return self._lookup(conn, missing)
            found = self._with_conn(ask)
        for a in missing:
            self._known[a] = found.get(a)

    def get(self, account: int, default=None):
        self.prefetch((account,))
        found = self._known[account]
        return default if found is None else found

    def __contains__(self, account: int) -> bool:
        return self.get(account) is not None

    def __getitem__(self, account: int) -> str:
        found = self.get(account)
        if found is None:
            raise KeyError(account)
        return found

    def full(self) -> dict[int, str]:
        if self._all is None:
            self._all = self._with_conn(person_map)
        return self._all

    def labels(self) -> set[str]:
        return set(self.full().values())


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
        self.index = view.index(conn)
        self.persons = view.persons(conn)
        self.reveal = reveal
        self.refusal: str | None = None
        self.credential_error: str | None = None
        self.coverage = Coverage()
        self.revealed: dict[str, set[int]] = {}
        self.refused: dict[str, str] = {}
        self.unattributed = 0
        self.personal_titles = frozenset(t for (t,) in conn.execute(
            select(schema.chats.c.title).where(schema.chats.c.type.in_(PERSONAL_CHAT_TYPES))) if t)
        self.user = None
        # Without a reveal nothing is decided per user or basis: values shown before are looked up.
        self._memo = None if reveal else view.shown_without_reveal(self.index, self.personal_titles)
        if reveal:
            self.user, self.refusal, self.credential_error = reveal_permission(view.case, conn)
            if self.refusal is None:
                self.coverage = coverage(conn)

    def decide(self, ns: str, norm: str, original: str) -> str:
        if self.reveal:
            accounts = self.index.accounts(ns, norm)
            self.persons.prefetch(accounts)
            persons = {self.persons.get(a) for a in accounts} - {None}
            named = self.pseudo(ns, norm) if ns in PAYMENT_NS else None
            if named and self.refusal is None and named in self.coverage.persons:  # a basis names this value itself
                self.revealed.setdefault(named, set()).update(b.id for b in self.coverage.persons[named])
                return original
            if not persons:
                self.unattributed += 1
            elif self.refusal is None and all(a in self.coverage.accounts for a in accounts if a in self.persons):
                for a in accounts:
                    p = self.persons.get(a)
                    if p is not None:
                        self.revealed.setdefault(p, set()).update(b.id for b in self.coverage.accounts[a])
                return original
            else:
                for a in accounts:
                    p = self.persons.get(a)
                    if p is not None and (self.refusal or a not in self.coverage.accounts):
                        self.refused.setdefault(p, self.refusal or self.coverage.reason(p))
        if ns == "account":
            norm = self.index.canonical_account(norm)
        return self.pseudo(ns, norm)

    def value(self, kind: str, value: Any) -> Any:
        if self._memo is not None and isinstance(value, str):
            key = (kind, self.digits_in_plain, value)
            shown = self._memo.get(key)
            if shown is None:
                shown = self._memo[key] = self._value(kind, value)
            return shown
        return self._value(kind, value)

    def _value(self, kind: str, value: Any) -> Any:
        if value is None or value == "":
            return value
        if isinstance(value, (list, tuple)):
            return [self.value(kind, v) for v in value]
        if isinstance(value, dict):
            return self.document(value)
        if kind == "text":
            return self.index.scan(str(value), self.decide)
        if kind == "vocab":  # roomsift's own words (roles, signals): never anybody's name
            return value
        if kind == "room":
            return self.room(str(value))
        if kind == "person":
            s = str(value)
            # every person label is P + digits (identity.api.account_person_label)
            return s if PERSON_LABEL.match(s) else self.decide("name", normalise("name", s), s)
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

    def room(self, title: str) -> str:
        """Only a 1:1 chat's title is a person's name; a group's title is shown, with any
        identifier inside it masked."""
        name = self.index.person_name(title)
        if title in self.personal_titles or name is not None:
            return self.decide("name", name or normalise("name", title), title)
        named = self.index.accounts("name", normalise("name", title))
        if named and named <= self.index.rooms:
            return title  # a channel posting as itself carries the room's title as its name
        return self.index.scan(title, self.decide)

    def payment(self, artifact_kind: str | None, value: Any) -> Any:
        """A payment or contact value under its own kind's pseudonym (wallet_, bank_, pin_,
        phone_, user_); amounts, URLs and invite links identify nobody and stay as written.
        "kind:value" strings (a price list's pay-to column) carry their kind."""
        if value is None or value == "":
            return value
        if isinstance(value, (list, tuple)):
            return [self.payment(artifact_kind, v) for v in value]
        s = str(value)
        if artifact_kind is None and ":" in s:
            head, rest = s.split(":", 1)
            if head in ARTIFACT_NS:
                return f"{head}:{self.payment(head, rest)}"
        ns = ARTIFACT_NS.get(artifact_kind or "")
        if ns is None:
            return self.value("plain", s)
        return self.value(ns, s)

    def document(self, doc: Any, kind: str = "plain") -> Any:
        if isinstance(doc, dict):
            return {k: self.document(v, DOCUMENT_KEYS.get(str(k).lower(), kind)) for k, v in doc.items()}
        if isinstance(doc, (list, tuple)):
            return [self.document(v, kind) for v in doc]
        if isinstance(doc, str) or (kind == "account" and isinstance(doc, int) and not isinstance(doc, bool)):
            return self.value(kind, doc)
        return doc

    def log(self, case, access: bool = True) -> "Outcome":
        """Write what was revealed and what was refused to the audit log, the reveal signed
        by the user who saw it; then refuse a reveal whose credential failed. `access=False`:
        the caller logged this output's access itself (e.g. a web page view of a person)."""
        if access:
            log_access(case)  # every output of case data is an access, revealing or not
        if not self.reveal:
            return Outcome()
        where = command_path()
        with case.begin() as conn:
            if self.revealed:
                bases = sorted({b for ids in self.revealed.values() for b in ids})
                active = [b for bs in (*self.coverage.accounts.values(), *self.coverage.persons.values()) for b in bs]
                types = sorted({b.type for b in active if b.id in bases})
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
                                   "problems": self.coverage.problems[:100] if self.coverage else []})
        if self.credential_error:
            raise UserError(self.credential_error)
        return Outcome(True, len(self.revealed), dict(self.refused), self.unattributed, self.refusal)


class Outcome:
    """What a --reveal output did, for the person who asked: stated on stderr."""

    def __init__(self, reveal: bool = False, revealed: int = 0, refused: dict[str, str] | None = None,
                 unattributed: int = 0, refusal: str | None = None):
        self.reveal, self.revealed, self.refused = reveal, revealed, refused or {}
        self.unattributed, self.refusal = unattributed, refusal

    def notices(self) -> list[str]:
        if not self.reveal:
            return []
        if self.refusal:
            return [f"reveal refused: {self.refusal}; every identifier stayed pseudonymised"]
        out = []
        by_reason: dict[str, list[str]] = {}
        for person, reason in sorted(self.refused.items()):
            by_reason.setdefault(reason, []).append(person)
        for reason, persons in sorted(by_reason.items()):
            more = f" and {len(persons) - 5} more" if len(persons) > 5 else ""
            out.append(f"reveal refused for {len(persons)} person(s) ({', '.join(persons[:5])}{more}): {reason}")
        if self.unattributed:
            out.append(f"{self.unattributed} identifier(s) belong to no person of this case and no basis names them; "
                       "they stayed pseudonymised")
        return out


def open_output(case, reveal: bool = False) -> Session:
    """One output made of several parts (a web page: its table, its room list, its title):
    one session decides them all, and the caller logs it once with `session.log(case)`.
    Pass it to show_rows / show_document as context["output"]."""
    with case.connect() as conn:
        return Session(case_view(case), conn, bool(reveal or _reveal_requested))


def _session(context: dict[str, Any]):
    case = context.get("case")
    if case is None:
        return None, None
    view = case_view(case)
    with case.connect() as conn:
        return case, Session(view, conn, bool(context.get("reveal") or _reveal_requested))


def _shared_or_own(context: dict[str, Any]):
    """(case, session, log now?): the caller's open output (logged by the caller), else a
    session of this one output."""
    shared = context.get("output")
    if shared is not None and context.get("case") is not None:
        return context["case"], shared, False
    case, session = _session(context)
    return case, session, True


def show_rows(rows: list[dict[str, Any]], cols: list, context: dict[str, Any],
              extra: tuple[list[dict[str, Any]], list] | None = None) -> tuple[list[dict[str, Any]], Outcome | None]:
    """Rows (and `extra` rows with their own columns, e.g. a title) as they may be shown.
    Without a case there is no key: every identifying value is hidden (fail closed)."""
    case, session, log_now = _shared_or_own(context)
    for part, part_cols in [(rows, cols)] + ([extra] if extra else []):
        kinds = {c.key: c.kind for c in part_cols}
        for row in part:
            for key, kind in kinds.items():
                if key not in row:
                    continue
                if session is None:
                    if kind != "plain" and row[key] not in (None, ""):
                        row[key] = HIDDEN
                elif kind == "payment":
                    row[key] = session.payment(row.get("kind"), row[key])
                else:
                    row[key] = session.value(kind, row[key])
    return rows, (session.log(case) if session is not None and log_now else None)


def show_document(doc: Any, context: dict[str, Any]) -> tuple[Any, Outcome | None]:
    case, session, log_now = _shared_or_own(context)
    if session is None:
        return _hide_document(doc), None
    out = session.document(doc)
    return out, (session.log(case) if log_now else None)


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
    view = case_view(case)
    index, pseudo, persons = view.index(conn), view.pseudo, view.persons(conn)
    reverse: dict[str, set[int]] | None = None
    out: list[str] = []
    for token in tokens:
        token = token.strip()
        value = _payment_scope(conn, pseudo, token)
        if value is not None:  # a basis may name a payment identifier itself (its pseudonym is recorded)
            out.extend([value] if value not in out else [])
            continue
        if PERSON_LABEL.match(token) and token in persons.labels():
            found = {token}
        else:
            accounts: set[int] = set()
            for ns in ("account", "username", "name", "phone"):
                accounts |= index.accounts(ns, normalise(ns, token))
            if not accounts:
                if reverse is None:
                    reverse = {}
                    for ns, norm in index.values():
                        reverse.setdefault(pseudo(ns, index.canonical_account(norm) if ns == "account" else norm),
                                           set()).update(index.accounts(ns, norm))
                accounts = reverse.get(token.lstrip("@"), set())
            found = {persons[a] for a in accounts if a in persons}
        if not found:
            raise UserError(f"{token!r} is not a person, pseudonym, account or payment identifier of this case")
        if len(found) > 1:
            raise UserError(f"{token!r} matches {len(found)} persons; name one by its label")
        out.extend(p for p in found if p not in out)
    return out


def _payment_scope(conn: Connection, pseudo: Pseudonymizer, token: str) -> str | None:
    """The pseudonym (wallet_…, bank_…, pin_…) of a payment identifier given as written or
    as its pseudonym: what a basis scope records (so the scope itself reveals nothing)."""
    from roomsift.analysis.artifacts import extract
    from roomsift.analysis.artifacts.tables import artifacts

    if any(token.startswith(PREFIX[ns]) for ns in PAYMENT_NS):
        kinds = [k for k, ns in ARTIFACT_NS.items() if ns in PAYMENT_NS]
        known = conn.execute(select(artifacts.c.kind, artifacts.c.value).where(artifacts.c.kind.in_(kinds)).distinct())
        if any(pseudo(ARTIFACT_NS[k], normalise(ARTIFACT_NS[k], v)) == token for k, v in known):
            return token
        raise UserError(f"{token!r} is not the pseudonym of a payment identifier of this case")
    for a in extract(token):
        ns = ARTIFACT_NS.get(a.kind)
        if ns in PAYMENT_NS and a.start == 0 and a.end == len(token.strip()):
            return pseudo(ns, normalise(ns, a.value))
    return None


def find_labelled(case, conn: Connection, token: str) -> list[tuple[str, str]]:
    """(namespace, normalised value) pairs whose pseudonym is `token` (acct_…, user_…,
    name_…, phone_…): lets every label roomsift shows be typed back as input."""
    view = case_view(case)
    index, pseudo = view.index(conn), view.pseudo
    token = token.strip().lstrip("@")
    ns = next((n for n, p in PREFIX.items() if token.startswith(p)), None)
    if ns is None:
        return []
    found = []
    for vns, norm in index.values():
        if vns == ns and pseudo(vns, index.canonical_account(norm) if vns == "account" else norm) == token:
            found.append((vns, norm))
    if ns == "name":
        titles = [t for (t,) in conn.execute(select(schema.chats.c.title).where(schema.chats.c.title.is_not(None)))]
        found += [("name", normalise("name", t)) for t in titles if pseudo("name", normalise("name", t)) == token]
    return found


def scope_accounts(case, conn: Connection, persons: list[str]) -> list[int]:
    """The account ids that make up `persons` now: what a basis signed today covers."""
    wanted = set(persons)
    return sorted(a for a, p in case_view(case).persons(conn).full().items() if p in wanted)
