"""Ingest benchmark: messages/s, peak RSS and database size for a synthetic export.

    python benchmarks/ingest.py                      # 1,000,000 messages (generated once, cached)
    python benchmarks/ingest.py --messages 100000    # smaller run

The ingest runs in a child process (`roomsift ingest`, the real CLI) so its peak RSS is
measured alone. Targets (issue 2): >= 50,000 messages/s, peak RSS <= 1 GB, database
<= 2x the JSON's size."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_export import generate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--export", type=Path, default=None, help="existing export to ingest instead")
    ap.add_argument("--keep-case", type=Path, default=None, help="keep the case here (for the triage/artifact benchmarks)")
    args = ap.parse_args()

    export = args.export or HERE / "out" / f"export-{args.messages}"
    if not (export / "result.json").exists():
        print(f"generating {args.messages:,}-message export in {export} ...", flush=True)
        generate(export, args.messages)
    json_bytes = (export / "result.json").stat().st_size

    workdir = Path(tempfile.mkdtemp(prefix="roomsift-bench-"))
    case = args.keep_case or workdir / "case"
    if case.exists():
        shutil.rmtree(case)
    roomsift = [sys.executable, "-m", "roomsift.cli"]
    subprocess.run(roomsift + ["case", "new", str(case)], check=True, stdout=subprocess.DEVNULL)
    t0 = time.perf_counter()
    proc = subprocess.run(roomsift + ["ingest", str(export), "--case", str(case)], capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"ingest failed: {proc.stderr.strip()}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    db = case / "case.db"
    db_bytes = db.stat().st_size + sum(p.stat().st_size for p in case.glob("case.db-*"))
    import sqlite3

    messages = sqlite3.connect(db).execute("select count(*) from messages").fetchone()[0]
    print(proc.stdout.strip())
    print(f"messages ingested : {messages:,}")
    print(f"wall time         : {elapsed:.1f} s")
    print(f"throughput        : {messages / elapsed:,.0f} messages/s (target >= 50,000)")
    print(f"peak RSS          : {peak_kb / 1024:,.0f} MiB (target <= 1024)")
    print(f"JSON size         : {json_bytes / 1e6:,.1f} MB")
    print(f"database size     : {db_bytes / 1e6:,.1f} MB = {db_bytes / json_bytes:.2f}x JSON (target <= 2x)")
    print(f"cpu               : {os.cpu_count()} cores")
    if not args.keep_case:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
