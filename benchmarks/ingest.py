"""Ingest benchmark: messages/s, peak RSS and database size for a synthetic export, and
the ingest's time as a multiple of the floor measured in the same run.

    python benchmarks/ingest.py                      # 1,000,000 messages (generated once, cached)
    python benchmarks/ingest.py --messages 100000    # smaller run
    python benchmarks/ingest.py --rounds 3           # floor and ingest in turn, 3 times each

The ingest runs in a child process (`roomsift ingest`, the real CLI) so its peak RSS and
CPU time are its own. The floor (benchmarks/ingest_floor.py: orjson parse + sqlite3
executemany of chat/id/time/sender/text + one index) runs as a child process too, in turn
with the ingest, and the ratio ingest/floor is printed for wall and CPU time; the CPU
ratio is the one that holds on a shared, loaded machine. Targets: issue 2, >= 50,000
messages/s, peak RSS <= 1 GB, database <= 2x the JSON's size; issue 13, <= 3x the floor."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest_floor import median_run, run_child  # noqa: E402
from make_export import generate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--export", type=Path, default=None, help="existing export to ingest instead")
    ap.add_argument("--keep-case", type=Path, default=None, help="keep the case here (for the triage/artifact benchmarks)")
    ap.add_argument("--rounds", type=int, default=1, help="floor and ingest in turn this many times (medians printed)")
    args = ap.parse_args()

    export = args.export or HERE / "out" / f"export-{args.messages}"
    if not (export / "result.json").exists():
        print(f"generating {args.messages:,}-message export in {export} ...", flush=True)
        generate(export, args.messages)
    json_bytes = (export / "result.json").stat().st_size

    roomsift = [sys.executable, "-m", "roomsift.cli"]
    floors, ingests = [], []
    for _ in range(args.rounds):
        workdir = Path(tempfile.mkdtemp(prefix="roomsift-bench-"))
        floors.append(run_child([sys.executable, str(HERE / "ingest_floor.py"), "telegram", str(export), str(workdir / "floor.db")]))
        case = args.keep_case or workdir / "case"
        if case.exists():
            shutil.rmtree(case)
        subprocess.run(roomsift + ["case", "new", str(case)], check=True, stdout=subprocess.DEVNULL)
        run = run_child(roomsift + ["ingest", str(export), "--case", str(case)])
        db = case / "case.db"
        run["db_bytes"] = db.stat().st_size + sum(p.stat().st_size for p in case.glob("case.db-*"))
        import sqlite3

        run["messages"] = sqlite3.connect(db).execute("select count(*) from messages").fetchone()[0]
        ingests.append(run)
        shutil.rmtree(workdir, ignore_errors=True)
    floor, ing = median_run(floors), median_run(ingests)
    messages = ing["messages"]
    print(ingests[-1]["stdout"])
    print(f"messages ingested : {messages:,}")
    print(f"wall time         : {ing['wall']:.1f} s; floor {floor['wall']:.1f} s")
    print(f"CPU time          : {ing['cpu']:.1f} s; floor {floor['cpu']:.1f} s")
    print(f"throughput        : {messages / ing['wall']:,.0f} messages/s (target >= 50,000); {messages / ing['cpu']:,.0f} messages/CPU-s")
    print(f"floor             : {messages / floor['wall']:,.0f} messages/s; {messages / floor['cpu']:,.0f} messages/CPU-s")
    print(f"ingest / floor    : {ing['wall'] / floor['wall']:.2f}x wall, {ing['cpu'] / floor['cpu']:.2f}x CPU (target <= 3x)")
    print(f"peak RSS          : {ing['rss_mb']:,.0f} MiB (target <= 1024); floor {floor['rss_mb']:,.0f} MiB")
    print(f"JSON size         : {json_bytes / 1e6:,.1f} MB")
    print(f"database size     : {ing['db_bytes'] / 1e6:,.1f} MB = {ing['db_bytes'] / json_bytes:.2f}x JSON (target <= 2x)")
    print(f"cpu               : {os.cpu_count()} cores; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; rounds {args.rounds}")


if __name__ == "__main__":
    main()
