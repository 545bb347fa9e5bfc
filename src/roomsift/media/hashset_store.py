"""Hash sets in the case: import (an evidence event with the file's SHA-256), export, list,
and loading the entries a matcher needs."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, delete, func, insert, select, update

from roomsift.case.store import Case, current_actor, now_utc
from roomsift.errors import UserError
from roomsift.media.hashsets import FORMATS, Entry, read_hashset, write_hashset
from roomsift.media.tables import hashset_entries, hashsets, media_matches

BATCH = 20_000


@dataclass
class ImportResult:
    name: str
    version: str
    entries: int
    by_kind: dict[str, int]
    skipped: dict[str, int]
    changed: bool  # False: the same file was already imported under this name
    previous_version: str | None


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def import_hashset(case: Case, path: str | Path, name: str, *, source: str | None = None, scheme: str | None = None,
                   version: str | None = None, fmt: str | None = None) -> ImportResult:
    """Import (or update to a newer version) a known-material list, all or nothing."""
    path = Path(path).expanduser().resolve()
    if not name.strip():
        raise UserError("a hash set needs a --name")
    parsed = read_hashset(path, fmt)  # raises HashSetError before anything is written
    if not parsed.entries:
        raise UserError(f"{path}: no hashes we can match in this file (skipped: {parsed.skipped or 'none'})")
    sha = file_sha256(path)
    by_kind: dict[str, int] = {}
    for e in parsed.entries:
        by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
    with case.begin() as conn:
        old = conn.execute(select(hashsets).where(hashsets.c.name == name)).mappings().first()
        if old and old["file_sha256"] == sha:
            return ImportResult(name, old["version"], old["entries"], by_kind, parsed.skipped, False, old["version"])
        version = version or time_version()
        row = {"name": name, "source": source or (old["source"] if old else path.name), "scheme": scheme or parsed.scheme or (old["scheme"] if old else "unspecified"),
               "version": version, "format": parsed.format, "file_name": path.name, "file_sha256": sha,
               "entries": len(parsed.entries), "imported_utc": now_utc(), "imported_by": current_actor()}
        if old:
            set_id = old["id"]
            # A newer version replaces the entries; matches against the old ones go with them.
            conn.execute(delete(media_matches).where(media_matches.c.hashset_id == set_id))
            conn.execute(delete(hashset_entries).where(hashset_entries.c.hashset_id == set_id))
            conn.execute(update(hashsets).where(hashsets.c.id == set_id).values(**row))
        else:
            set_id = conn.execute(insert(hashsets).returning(hashsets.c.id), row).scalar_one()
        for start in range(0, len(parsed.entries), BATCH):
            conn.execute(insert(hashset_entries), [
                {"hashset_id": set_id, "kind": e.kind, "value": e.value, "quality": e.quality, "ext_id": e.ext_id,
                 "category": e.category, "extra": e.extra or None} for e in parsed.entries[start:start + BATCH]])
        event_id = case.record_event(
            conn, "hashset_imported",
            f"hash set {name!r} {'updated to' if old else 'imported,'} version {version}: {len(parsed.entries)} hashes from {path.name}",
            {"hashset": name, "file": str(path), "file_sha256": sha, "format": parsed.format, "version": version,
             "previous_version": old["version"] if old else None, "entries": by_kind, "skipped": parsed.skipped})
        conn.execute(update(hashsets).where(hashsets.c.id == set_id).values(event_id=event_id))
    return ImportResult(name, version, len(parsed.entries), by_kind, parsed.skipped, True, old["version"] if old else None)


def time_version() -> str:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def list_hashsets(conn: Connection) -> list[dict[str, Any]]:
    rows = [dict(r) for r in conn.execute(select(hashsets).order_by(hashsets.c.name)).mappings()]
    kinds = conn.execute(select(hashset_entries.c.hashset_id, hashset_entries.c.kind, func.count())
                         .group_by(hashset_entries.c.hashset_id, hashset_entries.c.kind)).all()
    for r in rows:
        r["kinds"] = ", ".join(f"{k} {n}" for sid, k, n in kinds if sid == r["id"])
    return rows


def hashset_ids(conn: Connection, names: list[str] | None) -> dict[int, str]:
    q = select(hashsets.c.id, hashsets.c.name)
    if names:
        q = q.where(hashsets.c.name.in_(names))
    found = {i: n for i, n in conn.execute(q).all()}
    missing = set(names or ()) - set(found.values())
    if missing:
        raise UserError(f"no hash set named {', '.join(sorted(missing))}; see `roomsift hashset list`")
    return found


def load_entries(conn: Connection, set_ids: list[int], kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    q = (select(hashset_entries.c.id, hashset_entries.c.hashset_id, hashset_entries.c.kind, hashset_entries.c.value,
                hashset_entries.c.quality, hashset_entries.c.ext_id, hashset_entries.c.category)
         .where(hashset_entries.c.hashset_id.in_(set_ids), hashset_entries.c.kind.in_(kinds))
         .order_by(hashset_entries.c.id))
    return [dict(r) for r in conn.execute(q).mappings()]


def export_hashset(case: Case, name: str, fmt: str, out: IO[str] | None = None,
                   kinds: list[str] | None = None) -> tuple[str, int]:
    """The set (or its entries of `kinds`) in a list format; HashSetError when the format
    cannot hold every selected entry."""
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; choose {'|'.join(FORMATS)}")
    all_kinds = ("md5", "sha1", "sha256", "pdq", "vpdq")
    for k in kinds or ():
        if k not in all_kinds:
            raise UserError(f"unknown hash kind {k!r}; choose from {', '.join(all_kinds)}")
    with case.connect() as conn:
        ids = hashset_ids(conn, [name])
        meta = conn.execute(select(hashsets).where(hashsets.c.name == name)).mappings().one()
        rows = load_entries(conn, list(ids), tuple(kinds or all_kinds))
        extras = dict(conn.execute(select(hashset_entries.c.id, hashset_entries.c.extra)
                                   .where(hashset_entries.c.hashset_id.in_(list(ids)))).all())
    entries = [Entry(r["kind"], r["value"], r["ext_id"], r["category"], r["quality"], extras.get(r["id"]) or {}) for r in rows]
    buf = out or io.StringIO()
    n = write_hashset(entries, fmt, buf, scheme=meta["scheme"])
    return (buf.getvalue() if out is None else ""), n
