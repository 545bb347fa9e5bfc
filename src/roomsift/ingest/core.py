"""Write a parser's record stream into a case: transactional, idempotent, with custody.

One ingest is one database transaction. If anything fails — malformed input deep in a
large file, a hostile media path, a killed process — nothing of it is committed and the
case is exactly as before. The same export ingested twice adds nothing; a later export
of the same chat adds only new messages and records edits of known ones as versions.

Chain of custody: every file read (main export files, every included media file, the
zip archive itself) becomes an `evidence` row with SHA-256 and size (media also SHA-1
and MD5), who added it and when. Main files are hashed before parsing and again while
being parsed; a file that changes in between fails the ingest.
"""

from __future__ import annotations

import gc
import hashlib
import json
import threading
from contextlib import contextmanager
from operator import attrgetter
from collections import Counter

import orjson
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, select, update

from roomsift.case import schema
from roomsift.case.store import Case, current_actor, now_utc
from roomsift.evidence.hashing import hash_stream
from roomsift.ingest import timezone
from roomsift.ingest.bulk import RowWriter
from roomsift.ingest.compiled import speedups as _fast
from roomsift.ingest.errors import AlreadyIngested, IngestError
from roomsift.ingest.records import (
    MEDIA_INCLUDED,
    MEDIA_MISSING,
    AccountRef,
    ChatRecord,
    ExportInfo,
    MediaRecord,
    MessageRecord,
)
from roomsift.ingest.registry import detect_format
from roomsift.ingest.source import ExportSource

BATCH = 5000
# No messenger allows messages near this size (Telegram: 4,096 characters); a larger text
# field is a corrupt or hostile export. Parsers may refuse earlier, while reading.
MAX_TEXT_CHARS = 1_000_000
_TEXT, _TIME_UTC, _SENDER, _TARGETS = attrgetter("text"), attrgetter("time_utc"), attrgetter("sender"), attrgetter("targets")
TITLE_ACTIONS = {"create_group", "edit_group_title", "create_channel", "migrate_from_group"}


@dataclass
class IngestResult:
    ingest_id: int
    format: str
    location: str
    chats: int = 0
    messages_new: int = 0
    messages_known: int = 0
    messages_edited: int = 0
    accounts_new: int = 0
    media_included: int = 0
    media_missing: int = 0
    media_not_in_export: int = 0
    evidence_files: int = 0
    local_time_only: int = 0  # messages whose zone is unknown
    zone_applied: int = 0  # local-time messages given a UTC time by --tz or the format's default
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if isinstance(v, int) and k != "ingest_id"}


def _content_hash(rec: MessageRecord) -> str:
    """What makes two exports of one message differ as an edit. Display names and
    reactions change without the message changing, so they are left out."""
    h = hashlib.blake2b(rec.text.encode(), digest_size=16)
    if not (rec.media or rec.extra or rec.edited_local or rec.edited_utc is not None or (rec.entities and _styled(rec.entities))):
        return h.hexdigest()  # most messages: the text alone
    if rec.edited_utc is not None or rec.edited_local:
        h.update(f"\x1fedited:{rec.edited_utc}:{rec.edited_local}".encode())
    if _styled(rec.entities):
        h.update(b"\x1fentities:" + _dumps(rec.entities, sort=True))
    if rec.media:
        h.update(b"\x1fmedia:" + _dumps([(m.kind, m.path, m.status) for m in rec.media]))
    if rec.extra:
        extra = {k: v for k, v in rec.extra.items() if k != "reactions"}
        if extra:
            h.update(b"\x1fextra:" + _dumps(extra, sort=True))
    return h.hexdigest()


def _count_seen(seen: list, n: int, lo, hi) -> None:
    """Add n occurrences between times lo and hi (None: no time) to a name's
    [first_utc, last_utc, count]."""
    seen[2] += n
    if lo is not None:
        if seen[0] is None or lo < seen[0]:
            seen[0] = lo
        if seen[1] is None or hi > seen[1]:
            seen[1] = hi


def _add_name_stats(resolved: dict, keys: list, times: list) -> None:
    """Add one batch's occurrences to the [first_utc, last_utc, count] of each sender's
    names: what the per-message path does one message at a time."""
    if None not in times and times == sorted(times):
        # Chronological batch (the usual case): a sender's first and last occurrence hold
        # its extreme times, and dicts built from the pairs find them in C.
        counts = Counter(keys)
        last = dict(zip(keys, times))
        first = dict(zip(reversed(keys), reversed(times)))
        for key, (_acc, stats) in resolved.items():
            lo, hi, c = first[key], last[key], counts[key]
            for seen in stats:
                _count_seen(seen, c, lo, hi)
        return
    for key, t in zip(keys, times):
        if key is None:
            continue
        for seen in resolved[key][1]:
            _count_seen(seen, 1, t, t)


def _styled(entities: list[dict[str, Any]] | None) -> bool:
    """Entities beyond one plain run (links, mentions, formatting) carry information;
    a single plain run only repeats the text."""
    if not entities:
        return False
    return len(entities) > 1 or entities[0].get("type") != "plain"


def _dumps(value: Any, sort: bool = False) -> bytes:
    return orjson.dumps(value, option=(orjson.OPT_SORT_KEYS if sort else 0) | orjson.OPT_NON_STR_KEYS, default=str)


def _json(value: Any) -> str | None:
    """Pre-serialised JSON column value (the bulk insert bypasses SQLAlchemy's types)."""
    return None if value is None else _dumps(value).decode()


def _batch_columns_pure(batch: list[MessageRecord]) -> tuple:
    """Per-message part of `_flush_new`, as columns: (texts, times, senders, has_targets,
    longest text, content hashes, columns, special) where columns maps platform_id, kind,
    sender_name, time_local and entities … extra to their stored values, and special lists
    the positions of messages with targets, an action or media.
    `roomsift.ingest._speedups.batch_columns` is the compiled twin."""
    texts = list(map(_TEXT, batch))
    blake2b = hashlib.blake2b
    hashes = [
        blake2b(r.text.encode(), digest_size=16).hexdigest()
        if not (r.media or r.extra or r.edited_local or r.edited_utc is not None or r.entities) else _content_hash(r)
        for r in batch
    ]
    columns = {
        "platform_id": list(map(attrgetter("platform_id"), batch)), "kind": list(map(attrgetter("kind"), batch)),
        "sender_name": list(map(attrgetter("sender_name"), batch)), "time_local": list(map(attrgetter("time_local"), batch)),
        "entities": [_json(r.entities) if r.entities and _styled(r.entities) else None for r in batch],
    }
    for name in MESSAGE_COLUMNS[10:20]:  # reply_to ... action: values as they are
        columns[name] = list(map(attrgetter(name), batch))
    columns["extra"] = [_json(r.extra) if r.extra else None for r in batch]
    special = [i for i, r in enumerate(batch) if r.targets or r.action or r.media]
    return (texts, list(map(_TIME_UTC, batch)), list(map(_SENDER, batch)), any(map(_TARGETS, batch)),
            max(map(len, texts)), hashes, columns, special)


def _batch_columns(batch: list[MessageRecord]) -> tuple:
    if _fast is not None:
        return _fast.batch_columns(batch, _content_hash, _styled, _json)
    return _batch_columns_pure(batch)


MESSAGE_COLUMNS = [
    "id", "chat_id", "platform_id", "kind", "account_id", "sender_name", "time_utc", "time_local", "text", "entities",
    "reply_to", "reply_to_chat", "forwarded_from", "forwarded_from_id", "saved_from", "via_bot", "author", "edited_utc",
    "edited_local", "action", "extra", "content_hash", "ingest_id", "evidence_id",
]
MEDIA_COLUMNS = [
    "message_id", "kind", "path", "status", "file_name", "mime", "size", "width", "height", "duration", "extra",
    "sha256", "sha1", "md5", "evidence_id",
]
TARGET_COLUMNS = ["message_id", "role", "name", "account_id"]


class _Writer:
    """Holds per-ingest state (id caches, batches) inside one transaction."""

    def __init__(self, conn: Connection, result: IngestResult, source: ExportSource, platform: str, actor: str):
        self.conn = conn
        self.result = result
        self.ingest_id = result.ingest_id
        self.source = source
        self.platform = platform
        self.actor = actor
        self.zone = None  # set by ingest(): the zone of local-time-only messages, if known
        self.now = now_utc()
        self.account_ids: dict[str, int] = {}
        self.ref_cache: dict[tuple, tuple[int, list]] = {}
        self.ref_by_object: dict[int, tuple[AccountRef, tuple[int, list]]] = {}
        self.names: dict[tuple[int, str, str], list[int | None]] = {}
        self.chat_id: int | None = None
        self.chat_new = False
        self.chat_seen: set[int] = set()
        self.evidence_id: int | None = None
        self.main_evidence: dict[str, int] = {}  # main file path -> its evidence row
        self.media_evidence: dict[str, tuple[int, str, str, str, int]] = {}
        self.batch: list[MessageRecord] = []
        # Bulk inserts go through the driver (SQLAlchemy's per-row parameter processing cost
        # more than SQLite's insert itself: 3x overall), on a writer thread beside the parser.
        self.rows = RowWriter(conn)
        self.export_info: dict[str, Any] = {}
        self.bulk_indexes: list = []  # secondary indexes dropped for this load, rebuilt at the end
        self.next_message_id = (conn.execute(select(func.max(schema.messages.c.id))).scalar() or 0) + 1

    # -- evidence -------------------------------------------------------------------
    def add_evidence(self, role: str, path: str, size: int, sha256: str, sha1: str | None = None, md5: str | None = None) -> int:
        row = {
            "ingest_id": self.ingest_id,
            "role": role,
            "location": str(self.source.location),
            "path": path,
            "size": size,
            "sha256": sha256,
            "sha1": sha1,
            "md5": md5,
            "added_by": self.actor,
            "added_utc": self.now,
            "last_verified_utc": self.now,
            "verify_state": "ok",
        }
        self.result.evidence_files += 1
        return self.conn.execute(insert(schema.evidence).returning(schema.evidence.c.id), row).scalar_one()

    def media_file(self, media: MediaRecord) -> tuple[int, str, str, str, int] | None:
        """Hash an included media file once per ingest; None if the export lacks it."""
        path = media.path
        if path in self.media_evidence:
            return self.media_evidence[path]
        if not self.source.exists(path):  # raises HostilePathError for escaping paths
            return None
        with self.source.open(path) as fh:
            digests = hash_stream(fh, ("sha256", "sha1", "md5"))
        ev = self.add_evidence("media", path, digests["size"], digests["sha256"], digests["sha1"], digests["md5"])
        info = (ev, digests["sha256"], digests["sha1"], digests["md5"], digests["size"])
        self.media_evidence[path] = info
        return info

    # -- chats and accounts ---------------------------------------------------------
    def open_chat(self, chat: ChatRecord) -> None:
        self.flush()
        c = schema.chats.c
        row = self.conn.execute(
            select(c.id, c.title).where(and_(c.platform == chat.platform, c.platform_id == chat.platform_id))
        ).first()
        if row is None:
            self.chat_id = self.conn.execute(
                insert(schema.chats).returning(c.id),
                {"platform": chat.platform, "platform_id": chat.platform_id, "title": chat.title, "type": chat.type, "extra": chat.extra},
            ).scalar_one()
            self.chat_new = True
        else:
            self.chat_id = row.id
            self.chat_new = False
            if chat.title and chat.title != row.title:
                self.conn.execute(update(schema.chats).where(c.id == row.id).values(title=chat.title, type=chat.type))
        self.chat_seen = set()
        self.result.chats += 1
        if chat.title:
            self._title(chat.title, None, "export")
        ev = self.main_evidence.get(chat.source_file)
        self.evidence_id = ev

    def _title(self, title: str, time_utc: int | None, source: str) -> None:
        t = schema.chat_titles.c
        exists = self.conn.execute(
            select(t.id).where(and_(t.chat_id == self.chat_id, t.title == title, t.source == source))
        ).first()
        if exists is None:
            self.conn.execute(insert(schema.chat_titles), {"chat_id": self.chat_id, "title": title, "time_utc": time_utc, "source": source})

    def account_id(self, ref: AccountRef, time_utc: int | None) -> int:
        # Text parsers share one AccountRef per sender: its identity is the cheapest key.
        cached = self.ref_by_object.get(id(ref))
        if cached is None or cached[0] is not ref:
            cached = self._account_stats(ref)
            self.ref_by_object[id(ref)] = (ref, cached)  # holding ref keeps its id unique
        else:
            cached = cached[1]
        acc, stats = cached
        for seen in stats:
            _count_seen(seen, 1, time_utc, time_utc)
        return acc

    def _account_stats(self, ref: AccountRef) -> tuple[int, list]:
        if len(self.ref_by_object) > 100_000:  # one AccountRef per message (Telegram): keep it bounded
            self.ref_by_object.clear()
        cached = self.ref_cache.get((ref.platform_id, ref.name, ref.username))
        if cached is None:
            acc = self._account(ref)
            stats = [self._name_stats(acc, kind, name) for kind, name in (("display", ref.name), ("username", ref.username)) if name]
            cached = self.ref_cache[(ref.platform_id, ref.name, ref.username)] = (acc, stats)
        return cached

    def _name_stats(self, acc: int, kind: str, name: str) -> list:
        """[first_utc, last_utc, count] of one name of one account, in this ingest."""
        return self.names.setdefault((acc, kind, name), [None, None, 0])

    def _create_accounts(self, refs: list[AccountRef]) -> None:
        """`_account` for many refs at once, in their order (so the same ids): one lookup of
        the keys the case already holds, one multi-row insert of the others. Two statements
        per account cost more than a text export's whole per-message work at 500 senders."""
        platform, known = self.platform, self.account_ids
        todo: dict[str, AccountRef] = {}
        for ref in refs:
            key = f"{platform}:{ref.platform_id}"
            if key not in known and key not in todo:
                todo[key] = ref
        if not todo:
            return
        a = schema.accounts.c
        keys = list(todo)
        for start in range(0, len(keys), 900):
            for row in self.conn.execute(select(a.id, a.key).where(a.key.in_(keys[start : start + 900]))):
                known[row.key] = row.id
        rows = [
            {"key": key, "platform": platform, "platform_id": ref.platform_id, "identity_basis": ref.identity_basis, "name": ref.name}
            for key, ref in todo.items() if key not in known
        ]
        if rows:
            for row in self.conn.execute(insert(schema.accounts).returning(a.id, a.key, sort_by_parameter_order=True), rows):
                known[row.key] = row.id
            self.result.accounts_new += len(rows)

    def _account(self, ref: AccountRef) -> int:
        key = f"{self.platform}:{ref.platform_id}"
        acc = self.account_ids.get(key)
        if acc is None:
            a = schema.accounts.c
            acc = self.conn.execute(select(a.id).where(a.key == key)).scalar()
            if acc is None:
                acc = self.conn.execute(
                    insert(schema.accounts).returning(a.id),
                    {"key": key, "platform": self.platform, "platform_id": ref.platform_id, "identity_basis": ref.identity_basis, "name": ref.name},
                ).scalar_one()
                self.result.accounts_new += 1
            self.account_ids[key] = acc
        return acc

    # -- messages -------------------------------------------------------------------
    def add(self, rec: MessageRecord) -> None:
        # Called once per message: the zone and every other per-message step run batch-wise in flush().
        batch = self.batch
        batch.append(rec)
        if len(batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        if self.chat_id is None:
            raise IngestError("message before any chat", file=str(self.source.location))
        # The UTC time then rests on the zone (recorded with the ingest), not on the export.
        if self.zone is not None:
            self.result.zone_applied += timezone.apply_batch(batch, self.zone)
        # Which of these messages does the case already hold (earlier export, or a
        # duplicate inside this one)? New chats skip the lookup unless ids repeat: the
        # set of ids seen grows by the batch's size exactly when none repeats.
        ids = [r.platform_id for r in batch]
        seen = self.chat_seen
        before = len(seen)
        seen.update(ids)
        if self.chat_new and len(seen) - before == len(ids):
            self._flush_new(batch)
            return
        known: dict[int, tuple[int, str]] = {}
        self.rows.drain()  # earlier batches of this ingest must be readable
        m = schema.messages.c
        for chunk_start in range(0, len(ids), 900):
            chunk = ids[chunk_start : chunk_start + 900]
            for row in self.conn.execute(
                select(m.platform_id, m.id, m.content_hash).where(and_(m.chat_id == self.chat_id, m.platform_id.in_(chunk)))
            ):
                known[row.platform_id] = (row.id, row.content_hash)
        rows, media_rows, target_rows = [], [], []
        # Per message (batches with known or repeated ids): names bound locally, the common case first.
        account_id, message_row, append = self.account_id, self._message_row, rows.append
        mid = self.next_message_id
        local_only = 0
        for rec in batch:
            chash = _content_hash(rec)
            pid = rec.platform_id
            if pid in known:
                if rec.sender:  # a later export shows current display names: keep them in the history
                    account_id(rec.sender, rec.time_utc)
                self._known(rec, known[pid], chash)
                continue
            known[pid] = (mid, chash)  # a repeat later in this batch is a duplicate
            sender = rec.sender
            append(message_row(mid, rec, account_id(sender, rec.time_utc) if sender else None, chash))
            if len(rec.text) > MAX_TEXT_CHARS:
                raise IngestError(f"text of {len(rec.text):,} characters exceeds the limit of {MAX_TEXT_CHARS:,}; refusing a corrupt or hostile export",
                                  file=str(self.source.location), position=f"message id {pid}")
            if rec.time_utc is None and rec.time_local:
                local_only += 1
            if not (rec.targets or rec.action or rec.media):
                mid += 1
                continue
            for t in rec.targets:
                target_acc = self.account_id(t.account, rec.time_utc) if t.account else None
                target_rows.append((mid, t.role, t.name, target_acc))
            if rec.action in TITLE_ACTIONS and rec.extra.get("title"):
                self._title(str(rec.extra["title"]), rec.time_utc, f"service:{rec.action}")
            for media in rec.media:
                media_rows.append(self._media_row(mid, media))
            mid += 1
        self.next_message_id = mid
        self.result.local_time_only += local_only
        self.rows.put("messages", MESSAGE_COLUMNS, rows)
        self.result.messages_new += len(rows)
        self.rows.put("action_targets", TARGET_COLUMNS, target_rows)
        self.rows.put("media", MEDIA_COLUMNS, media_rows)

    def _flush_new(self, batch: list[MessageRecord]) -> None:
        """flush() of a batch whose messages are all new (the bulk of every first ingest):
        the same rows as the per-message path, built column by column (`_batch_columns`,
        compiled when roomsift.ingest._speedups is built) instead of one Python call chain
        per message (issue 13)."""
        n = len(batch)
        texts, times, senders, has_targets, longest, hashes, columns, special = _batch_columns(batch)
        # Accounts in the order the per-message path meets them (sender, then targets): it
        # decides account and name ids. Name statistics are aggregated per distinct sender.
        if has_targets:
            refs, ref_times = [], []
            for r in batch:
                if r.sender:
                    refs.append(r.sender)
                    ref_times.append(r.time_utc)
                for t in r.targets:
                    if t.account:
                        refs.append(t.account)
                        ref_times.append(r.time_utc)
        else:
            refs, ref_times = senders, times
        keys = [(s.platform_id, s.name, s.username) if s else None for s in refs]
        first_ref = dict(zip(reversed(keys), reversed(refs)))  # the first ref of a key creates its account
        ref_cache = self.ref_cache
        self._create_accounts([first_ref[k] for k in dict.fromkeys(keys) if k is not None and k not in ref_cache])
        resolved = {k: self._account_stats(first_ref[k]) for k in dict.fromkeys(keys) if k is not None}
        _add_name_stats(resolved, keys, ref_times)
        acc_of = {k: v[0] for k, v in resolved.items()}
        acc_of[None] = None
        accounts = ([acc_of[(s.platform_id, s.name, s.username)] if s else None for s in senders] if has_targets
                    else list(map(acc_of.__getitem__, keys)))
        if longest > MAX_TEXT_CHARS:
            pid, longest = next((r.platform_id, len(r.text)) for r in batch if len(r.text) > MAX_TEXT_CHARS)
            raise IngestError(f"text of {longest:,} characters exceeds the limit of {MAX_TEXT_CHARS:,}; refusing a corrupt or hostile export",
                              file=str(self.source.location), position=f"message id {pid}")
        mid0 = self.next_message_id
        if times.count(None):
            self.result.local_time_only += sum(1 for r in batch if r.time_utc is None and r.time_local)
        target_rows, media_rows = [], []
        for i in special:
            r = batch[i]
            mid = mid0 + i
            for t in r.targets:
                target_rows.append((mid, t.role, t.name, acc_of[(t.account.platform_id, t.account.name, t.account.username)] if t.account else None))
            if r.action in TITLE_ACTIONS and r.extra.get("title"):
                self._title(str(r.extra["title"]), r.time_utc, f"service:{r.action}")
            for media in r.media:
                media_rows.append(self._media_row(mid, media))
        self.next_message_id = mid0 + n
        chat_id, ingest_id, evidence_id = self.chat_id, self.ingest_id, self.evidence_id
        row = {"id": list(range(mid0, mid0 + n)), "platform_id": columns["platform_id"], "kind": columns["kind"], "account_id": accounts,
               "sender_name": columns["sender_name"], "time_utc": times, "time_local": columns["time_local"], "text": texts}
        row.update((name, columns[name]) for name in MESSAGE_COLUMNS[9:21])  # entities ... extra
        row["content_hash"] = hashes
        self.rows.put_columns("messages", row, n, {"chat_id": chat_id, "ingest_id": ingest_id, "evidence_id": evidence_id})
        self.result.messages_new += n
        self.rows.put("action_targets", TARGET_COLUMNS, target_rows)
        self.rows.put("media", MEDIA_COLUMNS, media_rows)

    def _message_row(self, mid: int, rec: MessageRecord, account: int | None, chash: str) -> tuple:
        # Entities that are only plain runs repeat the text; they are not stored twice.
        entities = rec.entities if rec.entities and _styled(rec.entities) else None
        return (
            mid, self.chat_id, rec.platform_id, rec.kind, account, rec.sender_name, rec.time_utc, rec.time_local,
            rec.text, _json(entities), rec.reply_to, rec.reply_to_chat, rec.forwarded_from, rec.forwarded_from_id,
            rec.saved_from, rec.via_bot, rec.author, rec.edited_utc, rec.edited_local, rec.action,
            _json(rec.extra) if rec.extra else None, chash, self.ingest_id, self.evidence_id,
        )

    def _media_row(self, mid: int, media: MediaRecord) -> tuple:
        status, size = media.status, media.size
        evidence_id = sha256 = sha1 = md5 = None
        if status == MEDIA_INCLUDED and media.path:
            info = self.media_file(media)
            if info is None:
                status = MEDIA_MISSING
                self.result.media_missing += 1
            else:
                evidence_id, sha256, sha1, md5, size = info
                self.result.media_included += 1
        else:
            self.result.media_not_in_export += 1
        return (
            mid, media.kind, media.path, status, media.file_name, media.mime, size, media.width, media.height,
            media.duration, _json(media.extra or None), sha256, sha1, md5, evidence_id,
        )

    def _known(self, rec: MessageRecord, known: tuple[int, str], chash: str) -> None:
        mid, old_hash = known
        if old_hash == chash:
            self.result.messages_known += 1
            return
        # Edited between exports: keep the old content as a version, show the new one.
        m = schema.messages.c
        old = self.conn.execute(select(m.text, m.edited_utc, m.extra, m.content_hash, m.kind, m.action).where(m.id == mid)).first()
        if old is None:  # inserted earlier in this same batch: flush ordering guarantees it exists next time
            self.result.messages_known += 1
            return
        if rec.kind == "service" and rec.action and (old.kind, old.action) == ("service", rec.action):
            # The same event in another UI language ("A invited B." / "A님이 B님을 초대했습니다."):
            # its id already agrees on action and people; the sentence is the exporter's wording.
            self.result.messages_known += 1
            return
        self.conn.execute(
            insert(schema.message_versions),
            {"message_id": mid, "ingest_id": self.ingest_id, "text": old.text, "edited_utc": old.edited_utc, "extra": old.extra, "content_hash": old.content_hash},
        )
        self.conn.execute(
            update(schema.messages)
            .where(m.id == mid)
            .values(text=rec.text, entities=rec.entities or None, edited_utc=rec.edited_utc, edited_local=rec.edited_local, extra=rec.extra or None, content_hash=chash)
        )
        self.result.messages_edited += 1

    def finish(self) -> None:
        """Write the name history of this ingest's accounts: set-wise, one read of the
        names the case already holds for them, then bulk inserts and updates."""
        self.flush()
        self.rows.drain()
        n = schema.account_names.c
        accounts = sorted({acc for acc, _kind, _name in self.names})
        existing = {}
        for start in range(0, len(accounts), 900):
            for row in self.conn.execute(
                select(n.id, n.account_id, n.kind, n.name, n.first_utc, n.last_utc, n.count).where(n.account_id.in_(accounts[start : start + 900]))
            ):
                existing[(row.account_id, row.kind, row.name)] = row
        new_rows, changed = [], []
        for (acc, kind, name), (first, last, count) in self.names.items():
            row = existing.get((acc, kind, name))
            if row is None:
                new_rows.append((acc, kind, name, first, last, count))
                continue
            firsts = [x for x in (row.first_utc, first) if x is not None]
            lasts = [x for x in (row.last_utc, last) if x is not None]
            changed.append({"b_id": row.id, "b_first": min(firsts) if firsts else None, "b_last": max(lasts) if lasts else None, "b_count": row.count + count})
        self.rows.put("account_names", ["account_id", "kind", "name", "first_utc", "last_utc", "count"], new_rows)
        self.rows.drain()
        if changed:
            self.conn.execute(
                update(schema.account_names).where(n.id == bindparam("b_id"))
                .values(first_utc=bindparam("b_first"), last_utc=bindparam("b_last"), count=bindparam("b_count")),
                changed,
            )
        # An account's current name is the one seen last.
        latest: dict[int, tuple[int, str]] = {}
        for (acc, kind, name), (first, last, _count) in self.names.items():
            if kind == "display" and (acc not in latest or (last or 0) >= latest[acc][0]):
                latest[acc] = (last or 0, name)
        if latest:
            a = schema.accounts.c
            self.conn.execute(
                update(schema.accounts).where(a.id == bindparam("b_id")).values(name=bindparam("b_name")),
                [{"b_id": acc, "b_name": name} for acc, (_t, name) in latest.items()],
            )


_GC_LOCK = threading.Lock()
_GC_USERS = 0
_GC_SAVED: tuple[int, ...] = ()
_GC_FROZE = False
GC_GEN0 = 50_000  # allocations between young collections while ingests run (Python's default: 700)


@contextmanager
def _quiet_gc():
    """Cyclic garbage collection tuned for a bulk load, restored afterwards. Every message
    allocates a few container objects (a record and its lists) that live until their batch
    is written: with the default thresholds the collector ran ~9 full collections over every
    object of the process per 100,000 messages, 20-35% of a text ingest's CPU (issue 13,
    benchmarks/RESULTS.md). While any ingest runs, objects that existed before it are frozen
    out of collections (gc.freeze; unfrozen when the last ingest ends) and young collections
    run every GC_GEN0 allocations instead of 700. Reference counting frees records as before;
    only cycles wait a little longer. A process that froze objects itself (a pre-fork server)
    keeps its own freeze: then only the threshold changes."""
    global _GC_USERS, _GC_SAVED, _GC_FROZE
    with _GC_LOCK:
        if _GC_USERS == 0:
            _GC_SAVED = gc.get_threshold()
            _GC_FROZE = gc.get_freeze_count() == 0
            if _GC_FROZE:
                gc.freeze()
            gc.set_threshold(max(GC_GEN0, _GC_SAVED[0]), *_GC_SAVED[1:])
        _GC_USERS += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_USERS -= 1
            if _GC_USERS == 0:
                gc.set_threshold(*_GC_SAVED)
                if _GC_FROZE:
                    gc.unfreeze()


def ingest(
    case: Case,
    path: str | Path,
    fmt: str | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    tz: str | None = None,
    parse_files: Callable | None = None,
) -> IngestResult:
    """Ingest one export (folder, file or zip) into the case. Raises IngestError (case
    unchanged) on bad input, AlreadyIngested if these exact files were ingested before.
    `tz` is the zone of local-time-only messages (default: the format's, if it has one).
    `parse_files(parser, source, mains, on_read)`, if given, yields (main, records) in the
    order of `mains` in place of parsing here (roomsift.cluster parses them on Dask workers)."""
    actor = current_actor()
    zone_given = timezone.zone(tz) if tz is not None else None  # a bad --tz fails before any work
    with _quiet_gc(), ExportSource.open_path(path) as source:
        parser_cls, mains = detect_format(source, fmt)
        parser = parser_cls()
        zone = zone_given if tz is not None else timezone.zone(parser_cls.default_tz)
        # Hash what we are about to read before touching the case.
        pre: dict[str, dict[str, Any]] = {}
        archive = None
        if source.container == "zip":
            with open(source.location, "rb") as fh:
                archive = hash_stream(fh, ("sha256",))
        for main in mains:
            with source.open(main) as fh:
                pre[main] = hash_stream(fh, ("sha256",))
        total_bytes = sum(d["size"] for d in pre.values())

        with case.begin() as conn:
            # Serialise ingests (SQLite: takes the write lock; PostgreSQL: row lock).
            conn.execute(update(schema.case_meta).where(schema.case_meta.c.key == "id").values(value=schema.case_meta.c.value))
            ev = schema.evidence.c
            prior = None
            check = archive["sha256"] if archive else None
            if check is not None:
                prior = conn.execute(select(ev.ingest_id).where(and_(ev.sha256 == check, ev.role == "archive"))).scalar()
            elif pre:
                found = [
                    conn.execute(select(ev.ingest_id).where(and_(ev.sha256 == d["sha256"], ev.role == "export"))).scalar()
                    for d in pre.values()
                ]
                prior = found[0] if all(f is not None for f in found) else None
            if prior is not None:
                raise AlreadyIngested(check or next(iter(pre.values()))["sha256"], prior)

            ingest_id = conn.execute(
                insert(schema.ingests).returning(schema.ingests.c.id),
                {"started_utc": now_utc(), "actor": actor, "format": parser.name, "location": str(source.location), "container": source.container, "counts": {}, "export_info": {}},
            ).scalar_one()
            result = IngestResult(ingest_id=ingest_id, format=parser.name, location=str(source.location))
            writer = _Writer(conn, result, source, parser.platform, actor)
            try:
                _load(writer, parser, source, mains, pre, archive, total_bytes, zone, progress, parse_files)
            finally:
                writer.rows.close()  # the writer thread ends before the transaction does
            export_info = writer.export_info
            for index in writer.bulk_indexes:
                index.create(conn)
            _advance_sequence(conn, "messages")
            if result.local_time_only:
                result.notes.append(
                    f"{result.local_time_only} message(s) carry only a local time with an unknown zone (the export has no UTC timestamps); "
                    "give the zone with --tz to place them in UTC"
                )
            if result.zone_applied:
                how = "--tz" if tz is not None else f"the {parser.name} default (docs/formats.md; override with --tz)"
                result.notes.append(f"{result.zone_applied} local-time message(s) read as {zone.key} time, by {how}")
                export_info["time_zone_assumed"] = zone.key
            conn.execute(
                update(schema.ingests)
                .where(schema.ingests.c.id == ingest_id)
                .values(finished_utc=now_utc(), counts=result.counts(), export_info=_jsonable(export_info))
            )
            case.record_event(
                conn,
                "ingest",
                f"ingested {parser.name} export {source.location.name}: {result.messages_new} new messages",
                {"ingest_id": ingest_id, "format": parser.name, "location": str(source.location), "counts": result.counts(), "evidence_sha256": [d["sha256"] for d in pre.values()]},
            )
        return result


def _load(writer: "_Writer", parser, source: ExportSource, mains: list[str], pre: dict[str, dict[str, Any]],
          archive: dict[str, Any] | None, total_bytes: int, zone, progress, parse_files: Callable | None = None) -> None:
    """Evidence rows, then every record of every main file, inside the ingest transaction."""
    writer.zone = zone
    writer.bulk_indexes = _bulk_load_indexes(writer.conn, total_bytes // parser.bytes_per_message)
    if archive:
        writer.add_evidence("archive", "", archive["size"], archive["sha256"])
    for main, d in pre.items():
        writer.main_evidence[main] = writer.add_evidence("export", main, d["size"], d["sha256"])
    export_info = writer.export_info
    done_bytes = 0

    def on_read(n: int) -> None:
        nonlocal done_bytes
        done_bytes += n
        if progress:
            progress(min(done_bytes, total_bytes), total_bytes)

    parsed = (parse_files(parser, source, mains, on_read) if parse_files
              else ((main, parser.parse(source, main, on_read=on_read)) for main in mains))
    add = writer.add
    for main, records in parsed:
        if _fast is not None:  # the same loop, compiled
            _fast.feed(records, writer, export_info, ChatRecord, ExportInfo, BATCH)
        else:
            for rec in records:
                if type(rec) is MessageRecord:  # nearly every record: one check, one bound call
                    add(rec)
                elif isinstance(rec, ChatRecord):
                    writer.open_chat(rec)
                elif isinstance(rec, ExportInfo):
                    export_info.update(rec.extra)
        # Re-verify: the file must not have changed while we read it.
        with source.open(main) as fh:
            if hash_stream(fh, ("sha256",))["sha256"] != pre[main]["sha256"]:
                raise IngestError("file changed while it was being ingested", file=source.describe(main))
    writer.finish()


# Secondary indexes rebuilt after a large ingest instead of maintained row by row.
# Unique constraints stay: duplicate detection relies on them.
_BULK_INDEXES = [
    ix for table in (schema.messages, schema.media, schema.action_targets) for ix in table.indexes if not ix.unique
]


def _bulk_load_indexes(conn: Connection, estimated: int) -> list:
    """Drop secondary indexes when the export (`estimated` messages, from its size) is at
    least as large as what the case already holds: building them once afterwards is about
    twice as fast (measured: 200k rows 0.96 s vs 1.86 s). Inside the ingest transaction,
    so a failure restores them."""
    if estimated < 50_000:
        return []
    existing = conn.execute(select(func.count()).select_from(schema.messages)).scalar_one()
    if existing > estimated:
        return []
    for index in _BULK_INDEXES:
        index.drop(conn)
    return _BULK_INDEXES


def _advance_sequence(conn: Connection, table: str) -> None:
    """The writer assigns message ids itself (one write transaction holds the case), so on
    PostgreSQL the serial sequence must catch up; SQLite derives the next rowid anyway."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 1))"
        )


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))
