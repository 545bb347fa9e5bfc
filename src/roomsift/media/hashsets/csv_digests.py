"""CSV of cryptographic digests: a header naming md5, sha1 and/or sha256 columns (or a
single `hash` column whose kind is told by its length), optional `id` and `category`."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO

from roomsift.media.hashsets.model import Entry, HashSetError, Parsed, digest_kind, normalise

DIGESTS = ("md5", "sha1", "sha256")
ID_COLS = ("id", "ext_id", "media_id")


def sniff(head: str, path: Path) -> bool:
    first = head.splitlines()[0].lower() if head else ""
    cols = {c.strip() for c in first.split(",")}
    return bool(cols & set(DIGESTS + ("hash",)))


def read(path: Path) -> Parsed:
    entries: list[Entry] = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        cols = [c.strip().lower() for c in (reader.fieldnames or [])]
        if not set(cols) & set(DIGESTS + ("hash",)):
            raise HashSetError(f"{path}: CSV header has no md5, sha1, sha256 or hash column")
        for n, raw in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            where = f"{path}:{n}"
            ext_id = next((row[c] for c in ID_COLS if row.get(c)), None)
            category = row.get("category") or None
            found = 0
            for kind in DIGESTS:
                if row.get(kind):
                    entries.append(Entry(kind, normalise(kind, row[kind], where), ext_id, category))
                    found += 1
            if row.get("hash"):
                kind = digest_kind(row["hash"])
                if kind is None:
                    raise HashSetError(f"{where}: hash {row['hash']!r:.70} is not an md5/sha1/sha256 digest")
                entries.append(Entry(kind, normalise(kind, row["hash"], where), ext_id, category))
                found += 1
            if not found:
                raise HashSetError(f"{where}: row has no digest")
    return Parsed("csv", entries)


def write(entries: list[Entry], out: IO[str]) -> int:
    """One row per digest entry; perceptual entries belong in the pdq format."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["md5", "sha1", "sha256", "id", "category"])
    n = 0
    for e in entries:
        if e.kind in DIGESTS:
            w.writerow([e.value if e.kind == k else "" for k in DIGESTS] + [e.ext_id or "", e.category or ""])
            n += 1
    return n
