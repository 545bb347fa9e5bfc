"""Ingest speed of the text formats (KakaoTalk, WhatsApp): messages/s end to end (parse +
write to the case) on a generated 1,000,000-line export per layout, with peak RSS, CPU
time and the floor of the same file in the same run.

    python benchmarks/ingest_text_formats.py                  # every layout, 1,000,000 lines
    python benchmarks/ingest_text_formats.py --messages 100000 --format whatsapp-ios

Each ingest runs in a child process (`roomsift ingest`, the real CLI) so its time and
peak RSS are its own. A parse-only figure (no database) is printed beside it to show
where the time goes. CPU-second rates are printed beside wall-clock rates because the
machine is shared: on a loaded machine the wall clock measures the neighbours too.
The floor (benchmarks/ingest_floor.py text: decode + split lines + sqlite3 executemany +
one index) runs as its own child process just before each ingest; "x floor" is the
ingest's CPU time over the floor's. Targets: issue 7, >= 50,000 messages/s per text
format; issue 13, >= 60,000 messages per CPU-second of the ingest process.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest_floor import run_child  # noqa: E402
from make_text_exports import FORMATS, generate  # noqa: E402


def parse_only(path: Path) -> tuple[int, float]:
    from roomsift.ingest.records import MessageRecord
    from roomsift.ingest.registry import detect_format
    from roomsift.ingest.source import ExportSource

    t0 = time.process_time()
    n = 0
    with ExportSource.open_path(path) as source:
        parser_cls, mains = detect_format(source)
        for main in mains:
            for rec in parser_cls().parse(source, main):
                n += isinstance(rec, MessageRecord)
    return n, time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", "--messages", type=int, default=1_000_000, help="lines of each generated export (messages: ~96%%)")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "text", help="where generated exports are cached")
    ap.add_argument("--format", choices=sorted(FORMATS), action="append")
    args = ap.parse_args()
    roomsift = [sys.executable, "-m", "roomsift.cli"]
    print(f"{'layout':<18} {'lines':>10} {'messages':>10} {'parse msg/CPU-s':>16} {'ingest s':>9} {'ingest msg/s':>13} "
          f"{'ingest msg/CPU-s':>17} {'floor CPU s':>12} {'x floor':>8} {'peak RSS':>9}")
    for fmt in args.format or sorted(FORMATS):
        folder = args.out / f"{fmt}-{args.lines}"
        path = folder / FORMATS[fmt]
        if not path.exists():
            generate(fmt, folder, args.lines)
        expected = None
        n, secs = parse_only(path)
        workdir = Path(tempfile.mkdtemp(prefix="roomsift-bench-text-"))
        case = workdir / "case"
        subprocess.run(roomsift + ["case", "new", str(case)], check=True, stdout=subprocess.DEVNULL)
        floor = run_child([sys.executable, str(HERE / "ingest_floor.py"), "text", str(path), str(workdir / "floor.db")])
        run = run_child(roomsift + ["ingest", str(path), "--case", str(case)])
        elapsed, cpu = run["wall"], run["cpu"]
        m = re.search(r"(\d+) new message", run["stdout"])
        stored = int(m.group(1)) if m else -1
        if stored != n:
            expected = f"  (!) parsed {n:,} but stored {stored:,}"
        print(
            f"{fmt:<18} {args.lines:>10,} {stored:>10,} {n / secs:>16,.0f} {elapsed:>9.1f} {stored / elapsed:>13,.0f} "
            f"{stored / cpu:>17,.0f} {floor['cpu']:>12.2f} {cpu / floor['cpu']:>8.2f} {run['rss_mb']:>7.0f}MB{expected or ''}",
            flush=True,
        )
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"peak RSS is the ingest process's own; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
