"""CSV of hashes: a header naming md5, sha1, sha256 and/or pdq columns (or a single
`hash` column whose digest kind is told by its length), optional `quality` (of the PDQ),
`id` and `category`. One row is one known item; its hashes share its id and category."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO

from roomsift.media.hashsets.items import group_items, refuse
from roomsift.media.hashsets.model import Entry, HashSetError, Parsed, digest_kind, normalise

DIGESTS = ("md5", "sha1", "sha256")
COLUMNS = DIGESTS + ("pdq",)
ID_COLS = ("id", "ext_id", "media_id")


def sniff(head: str, path: Path) -> bool:
    first = head.splitlines()[0].lower() if head else ""
    cols = {c.strip() for c in first.split(",")}
    return bool(cols & set(COLUMNS + ("hash",)))


def read(path: Path) -> Parsed:
    entries: list[Entry] = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        cols = [c.strip().lower() for c in (reader.fieldnames or [])]
        if not set(cols) & set(COLUMNS + ("hash",)):
            raise HashSetError(f"{path}: CSV header has no md5, sha1, sha256, pdq or hash column")
        for n, raw in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            where = f"{path}:{n}"
            ext_id = next((row[c] for c in ID_COLS if row.get(c)), None)
            category = row.get("category") or None
            found = 0
            for kind in COLUMNS:
                if row.get(kind):
                    quality = _quality(row.get("quality"), where) if kind == "pdq" else None
                    entries.append(Entry(kind, normalise(kind, row[kind], where), ext_id, category, quality))
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


def _quality(text: str | None, where: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or int(text) > 100:
        raise HashSetError(f"{where}: quality {text!r} is not a number 0-100")
    return int(text)


def write(entries: list[Entry], out: IO[str]) -> int:
    """One row per known item with all its hashes; an item with two hashes of one kind
    takes two rows under the same id. vPDQ (a frame list) does not fit a CSV cell."""
    refuse("csv", entries, COLUMNS, "export vPDQ with --format vpdq or te")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(list(COLUMNS) + ["quality", "id", "category"])
    rows = 0
    for item in group_items(entries):
        by_kind = {k: [e for e in item.entries if e.kind == k] for k in COLUMNS}
        for i in range(max(len(v) for v in by_kind.values())):
            pdq = by_kind["pdq"][i] if i < len(by_kind["pdq"]) else None
            w.writerow([by_kind[k][i].value if i < len(by_kind[k]) else "" for k in COLUMNS]
                       + ["" if pdq is None or pdq.quality is None else pdq.quality, item.ext_id or "", item.category or ""])
            rows += 1
    return rows
