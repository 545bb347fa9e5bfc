"""Stable per-case pseudonyms and the index that recognises a case's identifiers.

A pseudonym is a keyed HMAC-SHA256 of the normalised identifier with the case's secret:
the same account gets the same pseudonym in every output of the case, but without the
secret nobody can test a guessed identifier against it, and other cases use other secrets."""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import sqlite3
import threading
import unicodedata
from typing import Callable

from sqlalchemy import Connection, func, select, text

from roomsift.analysis.artifacts import extract
from roomsift.case import schema
from roomsift.oversight import identifiers
from roomsift.oversight.identifiers import casefold_same_length

PREFIX = {"account": "acct_", "name": "name_", "username": "user_", "phone": "phone_", "bank_account": "bank_",
          "wallet": "wallet_", "pin": "pin_", "email": "email_", "person": "person_"}
PERSON_LABEL = re.compile(r"^P\d{4,}$")  # case-internal person labels (analysis.identity)


def normalise(ns: str, value: str) -> str:
    v = str(value)
    v = (v if v.isascii() else unicodedata.normalize("NFKC", v)).strip()
    if ns == "username":
        return v.lstrip("@").lower()
    if ns == "phone":
        return re.sub(r"\D", "", v)
    if ns == "bank_account":
        return re.sub(r"[\s\-.]", "", v).upper()
    if ns in ("name", "email"):
        return " ".join(v.casefold().split())
    return v


class Pseudonymizer:
    def __init__(self, secret: bytes):
        self._secret = secret

    def __call__(self, ns: str, norm: str) -> str:
        digest = hmac.new(self._secret, f"{ns}\x00{norm}".encode("utf-8"), hashlib.sha256).hexdigest()
        return PREFIX.get(ns, "id_") + digest[:12]


# -- recognising identifiers in free text ----------------------------------------------------------
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
MENTION = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]{2,31})")
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|0\d{1,2}[\s.-]?\d{3,4}[\s.-]?\d{4})(?!\w)"
)

# Artifact kinds (roomsift.analysis.artifacts) that identify a person, and their namespace.
# Each payment-identifier kind keeps its own pseudonym prefix; amounts, URLs and invite
# links identify nobody and stay as written.
ARTIFACT_NS = {"bank_account": "bank_account", "phone": "phone", "username": "username",
               "btc": "wallet", "eth": "wallet", "xmr": "wallet", "trx": "wallet", "gift_card": "pin"}
PAYMENT_NS = ("wallet", "bank_account", "pin")

# Not names, whatever an export says: placeholders exporters put for the phone's owner or
# a departed member, and everyday words some people use as display names. Never looked
# for in free text (masking "you" in every message hides nothing and garbles evidence).
_PLACEHOLDERS = ("you", "me", "나", "저", "회원님", "본인", "unknown", "unknown user", "deleted account",
                 "알 수 없음", "(알 수 없음)", "알수없음", "탈퇴한 사용자", "(탈퇴한 사용자)")
_COMMON_WORDS = """
the a an and or but if of to in on at by for with from as is are was were be been it this that these those he she
we they them his her our your their my mine yours not no yes ok okay hi hello hey thanks thank please sorry bye
good bad new old all any some one two three here there now then what who when where why how admin bot user guest
member group chat room channel team staff owner manager support info news test home mom dad love friend baby
엄마 아빠 관리자 방장 운영자 회원 멤버 친구 사장님 선생님 고객님 누나 언니 오빠 형 동생
"""
NOT_NAMES = frozenset(_PLACEHOLDERS) | frozenset(_COMMON_WORDS.split())

Decide = Callable[[str, str, str], str]  # (namespace, normalised value, original text) -> shown text


_ARTIFACTS_SEEN: set[str] = set()  # databases known to have the table (it is never dropped)


def _has_artifacts(conn: Connection) -> bool:
    """Whether the payment capability's table exists; asked on every output (the index's
    stamp), so a database once seen with it is not asked again."""
    from sqlalchemy import inspect

    where = conn.engine.url.render_as_string(hide_password=True)
    if where in _ARTIFACTS_SEEN:
        return True
    if inspect(conn).has_table("artifacts"):
        _ARTIFACTS_SEEN.add(where)
        return True
    return False


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


def _alnum_ascii(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class _Collector:
    """The index's content while it is being read from the case (plain dicts, one pass)."""

    def __init__(self):
        self.by_value: dict[tuple[str, str], set[int]] = {}
        self.surfaces: dict[str, tuple[str, str]] = {}  # lower-case surface as written in text -> (ns, norm)
        self.lengths: dict[str, set[int]] = {}
        self.key_of: dict[int, str] = {}
        self.rooms: set[int] = set()

    def add(self, ns: str, value: str | None, account_id: int, min_len: int = 3) -> None:
        if not value:
            return
        norm = normalise(ns, value)
        if not norm:
            return
        found = self.by_value.get((ns, norm))
        if found is None:
            self.by_value[(ns, norm)] = {account_id}
        else:
            found.add(account_id)
            return  # its surface is registered already
        if ns == "name" and norm.lower() in NOT_NAMES:
            return  # a placeholder or common word: a value of columns, never searched in text
        written = casefold_same_length(" ".join(str(value).split())) if ns == "name" else ""
        for surface in {norm.lower(), written} - {""}:  # NFKC turns standalone jamo (수ㅈ) into other code points
            if len(surface) >= (min_len if surface.isascii() else min(min_len, 2)) and surface not in self.surfaces:
                self.surfaces[surface] = (ns, norm)
                self.lengths.setdefault(surface[:2], set()).add(len(surface))


_TABLES = """
CREATE TABLE ident_values (ns TEXT NOT NULL, norm TEXT NOT NULL, account_id INTEGER NOT NULL,
                           PRIMARY KEY (ns, norm, account_id)) WITHOUT ROWID;
CREATE TABLE ident_surfaces (surface TEXT PRIMARY KEY, ns TEXT NOT NULL, norm TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE ident_heads (head TEXT PRIMARY KEY, lengths TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE ident_keys (account_id INTEGER PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE ident_rooms (account_id INTEGER PRIMARY KEY);
"""
_LOOKUPS = 1 << 18  # remembered answers per index (a long output asks the same few values often)


class IdentityIndex:
    """Every identifier the case knows for its accounts, mapped to account ids.

    Held in a small SQLite database in memory, so that a stored copy (index_cache.py) is
    opened without turning a million entries into Python objects: a command asks only for
    the values its output contains. The first two characters of every surface (with the
    lengths of the surfaces starting with them) are read whole, so scanning text costs one
    dict lookup per position and a query only where a known identifier may start."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self._lock = threading.Lock()  # one in-memory connection, shared by a server's threads
        self.lengths: dict[str, list[int]] = {
            head: [int(n) for n in lens.split(",")] for head, lens in db.execute("SELECT head, lengths FROM ident_heads")}
        self.rooms: set[int] = {a for (a,) in db.execute("SELECT account_id FROM ident_rooms")}
        self._surface = functools.lru_cache(_LOOKUPS)(self._surface_uncached)
        self._values = functools.lru_cache(_LOOKUPS)(self._values_uncached)

    @staticmethod
    def stamp_of(conn: Connection) -> tuple:
        artifacts = conn.exec_driver_sql("SELECT MAX(id), COUNT(*) FROM artifacts").first() if _has_artifacts(conn) else None
        return (conn.execute(select(func.max(schema.accounts.c.id))).scalar(),
                conn.execute(select(func.max(schema.account_names.c.id))).scalar(), tuple(artifacts or ()))

    @classmethod
    def build(cls, conn: Connection) -> "IdentityIndex":
        idx = _Collector()
        add = idx.add
        # Plain driver-level reads: a case has up to hundreds of thousands of accounts, and
        # SQLAlchemy's row objects were a third of the build time.
        for aid, key, pid, basis, name in conn.exec_driver_sql(
                "SELECT id, key, platform_id, identity_basis, name FROM accounts"):
            idx.key_of[aid] = key
            if pid.startswith("channel"):
                idx.rooms.add(aid)
            # The name first: a nickname account's id is its name, and in text it should read as
            # the name (name_…, as its sender column shows it), not as an account id.
            if name:
                add("name", name, aid)
            add("account", key, aid, min_len=99)  # keys never appear verbatim in text
            add("account", pid, aid, min_len=4)
            if basis == "phone":
                add("phone", pid, aid, min_len=99)
        for aid, kind, name in conn.exec_driver_sql("SELECT account_id, kind, name FROM account_names"):
            add("username" if kind == "username" else "name", name, aid)
        # A payment identifier belongs to whoever presented it as their own ("pay here",
        # "my wallet"): a basis covering that person reveals it.
        # A channel posting as itself is a room run by its operators, not an owner: the
        # operator who offers the same wallet in person is.
        owned = conn.execute(text(
            "SELECT DISTINCT a.account_id, a.kind, a.value FROM artifacts a JOIN accounts c ON c.id = a.account_id "
            "WHERE a.context IN ('offer', 'self') AND a.validity != 'malformed' "
            "AND c.platform_id NOT LIKE :channel"), {"channel": "channel%"}).all() if _has_artifacts(conn) else []
        for aid, kind, value in owned:
            if ARTIFACT_NS.get(kind) in PAYMENT_NS:
                add(ARTIFACT_NS[kind], value, aid, min_len=99)
        return cls(cls._write(idx))

    @staticmethod
    def _write(idx: _Collector) -> sqlite3.Connection:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.executescript(_TABLES)
        # In key order: appending to a B-tree is several times cheaper than inserting at random.
        db.executemany("INSERT INTO ident_values VALUES (?, ?, ?)",
                       ((ns, norm, a) for (ns, norm) in sorted(idx.by_value) for a in sorted(idx.by_value[ns, norm])))
        db.executemany("INSERT INTO ident_surfaces VALUES (?, ?, ?)",
                       ((s, *idx.surfaces[s]) for s in sorted(idx.surfaces)))
        db.executemany("INSERT INTO ident_heads VALUES (?, ?)",
                       ((h, ",".join(map(str, sorted(lens, reverse=True)))) for h, lens in idx.lengths.items()))
        db.executemany("INSERT INTO ident_keys VALUES (?, ?)", sorted(idx.key_of.items()))
        db.executemany("INSERT INTO ident_rooms VALUES (?)", ((a,) for a in idx.rooms))
        db.commit()
        return db

    def image(self) -> bytes:
        """The whole index as bytes (an SQLite database image), for index_cache."""
        with self._lock:
            return self.db.serialize()

    @classmethod
    def from_image(cls, data: bytes) -> "IdentityIndex":
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.deserialize(data)
        return cls(db)

    def _query(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self.db.execute(sql, args).fetchall()

    def _surface_uncached(self, surface: str) -> tuple[str, str] | None:
        row = self._query("SELECT ns, norm FROM ident_surfaces WHERE surface = ?", (surface,))
        return (row[0][0], row[0][1]) if row else None

    def _values_uncached(self, ns: str, norm: str) -> frozenset[int]:
        return frozenset(a for (a,) in self._query(
            "SELECT account_id FROM ident_values WHERE ns = ? AND norm = ?", (ns, norm)))

    def key_of(self, account_id: int) -> str | None:
        row = self._query("SELECT key FROM ident_keys WHERE account_id = ?", (account_id,))
        return row[0][0] if row else None

    def values(self):
        """Every (namespace, normalised value) the index knows (for reverse lookups by pseudonym)."""
        return self._query("SELECT DISTINCT ns, norm FROM ident_values", ())

    def accounts(self, ns: str, norm: str) -> set[int]:
        found = set(self._values(ns, norm))
        if not found and ns == "account":  # an internal account id or a bare platform id
            if norm.isdigit() and len(norm) < 19 and self.key_of(int(norm)) is not None:
                return {int(norm)}
        return found

    def person_name(self, value: str) -> str | None:
        """The normalised name when `value` is exactly the display name of a person's account."""
        norm = normalise("name", value)
        found = self._values("name", norm)
        return norm if found and not found <= self.rooms else None

    def canonical_account(self, norm: str) -> str:
        """Account values in any form (key, platform id, row id) get the pseudonym of the key."""
        found = self.accounts("account", norm)
        return self.key_of(next(iter(found))) if len(found) == 1 else norm

    def scan(self, text: str, decide: Decide, namespaces: tuple[str, ...] = ("name", "username", "account"),
             digits: bool = True, phones: bool = True) -> str:
        """Replace identifiers in free text: e-mails, @mentions, the case's known display
        names, usernames and platform ids (those in `namespaces`) and, when `digits`, phone
        and bank account numbers; when `phones`, phone numbers in the forms people type
        (see `identifiers`); always Telegram profile and user links. All detectors run on
        the original text and the longest match wins, so a replacement is never replaced again."""
        spans: list[tuple[int, int, str, str]] = []  # (start, end, namespace, normalised)
        if digits:
            for a in extract(text):
                if a.kind in ARTIFACT_NS:
                    ns = ARTIFACT_NS[a.kind]
                    spans.append((a.start, a.end, ns, normalise(ns, a.value)))
            for m in PHONE.finditer(text):
                if 8 <= len(normalise("phone", m.group(0))) <= 15:
                    spans.append((m.start(), m.end(), "phone", normalise("phone", m.group(0))))
        spans.extend(identifiers.find(text, phone_numbers=digits or phones))
        for m in EMAIL.finditer(text):
            spans.append((m.start(), m.end(), "email", normalise("email", m.group(0))))
        for m in MENTION.finditer(text):
            spans.append((m.start(), m.end(), "username", normalise("username", m.group(1))))
        if namespaces and self.lengths:
            spans.extend(self._known(text, namespaces))
        if not spans:
            return text
        spans.sort(key=lambda s: (s[0], s[0] - s[1]))
        out, last = [], 0
        for start, end, ns, norm in spans:
            if start < last:
                continue
            raw = text[start:end]
            shown = decide(ns, norm, raw)
            if shown != raw and ns == "username" and raw.startswith("@"):
                shown = "@" + shown
            out.append(text[last:start])
            out.append(shown)
            last = end
        out.append(text[last:])
        return "".join(out)

    def _known(self, text: str, namespaces: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
        """Known identifiers: Latin ones at word boundaries, Hangul ones anywhere (a surname
        may precede and a particle follow a Korean name)."""
        low = casefold_same_length(text)
        found, n = [], len(text)
        for i in range(n):
            lens = self.lengths.get(low[i:i + 2])
            if not lens:
                continue
            # Korean names also hide inside words (김하늘님); "_" separates words in file names
            if i > 0 and _alnum_ascii(text[i - 1]) and low[i].isascii():
                continue
            for length in lens:
                end = i + length
                hit = self._surface(low[i:end]) if end <= n else None
                if hit is not None and hit[0] in namespaces and (end == n or not _alnum_ascii(text[end])):
                    found.append((i, end, hit[0], hit[1]))
                    break
        return found
