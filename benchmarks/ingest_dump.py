"""Dump what an ingest stores, to compare two versions of the ingest code row for row.

    PYTHONPATH=/work/main/src python benchmarks/ingest_dump.py before.jsonl EXPORT [EXPORT ...]
    PYTHONPATH=src            python benchmarks/ingest_dump.py after.jsonl  EXPORT [EXPORT ...]
    cmp before.jsonl after.jsonl

The exports are ingested in order into one fresh case (so later ones exercise the known-
and edited-message paths); then every row of the case tables an ingest writes is written as
JSON, ordered by id, without wall-clock columns (added/started/finished times)."""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from roomsift.case.store import Case
from roomsift.ingest.core import ingest
from roomsift.ingest.errors import IngestError

TABLES = ["ingests", "evidence", "chats", "chat_titles", "accounts", "account_names", "messages",
          "message_versions", "action_targets", "media", "artifacts"]
WALL_CLOCK = {"added_utc", "last_verified_utc", "started_utc", "finished_utc"}


def main() -> None:
    out, exports = Path(sys.argv[1]), sys.argv[2:]
    case = Case.create(Path(tempfile.mkdtemp(prefix="roomsift-dump-")) / "case")
    with out.open("w") as f:
        for export in exports:
            try:
                r = ingest(case, export)
                f.write(json.dumps([export, r.counts(), r.notes], ensure_ascii=False) + "\n")
            except IngestError as exc:
                f.write(json.dumps([export, "error", str(exc)], ensure_ascii=False) + "\n")
        db = case.db_path
        case.close()
        con = sqlite3.connect(db)
        for table in TABLES:
            try:
                cur = con.execute(f"SELECT * FROM {table} ORDER BY id")
            except sqlite3.OperationalError as exc:  # a table this schema version lacks
                f.write(f"{table}: {exc}\n")
                continue
            cols = [c[0] for c in cur.description]
            for row in cur:
                rec = {c: v for c, v in zip(cols, row) if c not in WALL_CLOCK}
                f.write(f"{table}\t{json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str)}\n")
    print(out)


if __name__ == "__main__":
    main()
