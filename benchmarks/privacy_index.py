"""Privacy layer at case scale (issue 13): building the identifier index vs loading it from
the case, at 260,000 accounts.

    python benchmarks/privacy_index.py                      # 260,000 accounts (case built once, cached)
    python benchmarks/privacy_index.py --accounts 50000 --persons 12000

The case is the identity benchmark's (benchmarks/identity_network.py `build`: accounts,
display names, usernames, phones, wallets, 917,318 messages at full size), with its
artifacts scanned and identity stored, as a working case would be. Then, each in a fresh
child process (as a command starts): the index built from the database, and what a command
does with a stored index — the case-state check, the authenticated read of the derived file,
and 20 message texts masked through a privacy session (persons asked only if needed). Runs
alternate (build, load, build, load ...); medians and the pair ratio are printed.
Target: <= 1 s per command."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import sys, time
from pathlib import Path
from roomsift.case.store import Case
from roomsift.oversight import index_cache, privacy
from roomsift.oversight.pseudonyms import IdentityIndex
case = Case.open(Path(sys.argv[1]))
view = privacy.case_view(case)
with case.connect() as conn:
    t, cpu = time.perf_counter(), time.process_time()
    if sys.argv[2] == "build":
        idx = IdentityIndex.build(conn)
    else:
        texts = [r[0] for r in conn.exec_driver_sql("SELECT text FROM messages WHERE text != '' ORDER BY id LIMIT 20")]
        session = privacy.Session(view, conn, reveal=False)
        masked = [session.value("text", x) for x in texts]
        idx = session.index
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    surfaces = idx.db.execute("SELECT COUNT(*) FROM ident_surfaces").fetchone()[0]
    accounts = idx.db.execute("SELECT COUNT(*) FROM ident_keys").fetchone()[0]
    print(elapsed, surfaces, accounts, cpu)
"""


_CPU: dict[str, list[float]] = {"build": [], "load": []}


def _child(case: Path, how: str) -> tuple[float, str]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(case), how], check=True, capture_output=True, text=True).stdout.split()
    _CPU[how].append(float(out[3]))  # CPU seconds: what the step costs on a machine nobody else uses
    return float(out[0]), f"{int(out[1]):,} surfaces, {int(out[2]):,} accounts"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, default=260_000)
    ap.add_argument("--persons", type=int, default=60_000)
    ap.add_argument("--rooms", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--loads-only", action="store_true", help="time commands with the stored index only (no builds)")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from identity_network import build

    from roomsift.analysis.identity.build import ensure
    from roomsift.case.store import Case

    folder = args.out or HERE / "out" / f"identity-{args.accounts}-{args.persons}-{args.rooms}"
    if (folder / "case.json").exists():
        case = Case.open(folder)
    else:
        t = time.perf_counter()
        case = build(folder, args.accounts, args.persons, args.rooms, 1)
        print(f"built {folder} in {time.perf_counter() - t:.0f} s", flush=True)
    ensure(case)  # artifacts scanned and identity stored, as after `roomsift persons`
    _child(folder, "load")  # writes the derived file for the current content
    builds, loads = [], []
    for _ in range(args.rounds):
        if not args.loads_only:
            b, what = _child(folder, "build")
            builds.append(b)
        l, what = _child(folder, "load")
        loads.append(l)
    import os

    size = sum(p.stat().st_size for p in (folder / "derived").glob("privacy-index-*.bin"))
    print(f"case: {folder} ({what}); stored index {size / 1e6:.1f} MB; load average {os.getloadavg()[0]:.1f}")
    if builds:
        print(f"index built from the database : median {statistics.median(builds):.2f} s (min {min(builds):.2f}, "
              f"max {max(builds):.2f}); CPU median {statistics.median(_CPU['build']):.2f} s")
    print(f"command with the stored index : median {statistics.median(loads):.2f} s (min {min(loads):.2f}, max {max(loads):.2f}; "
          f"target <= 1 s); CPU median {statistics.median(_CPU['load'][1:] or _CPU['load']):.2f} s")
    if builds:
        print(f"build / load                  : {statistics.median(b / l for b, l in zip(builds, loads)):.1f}x (median of pairs)")


if __name__ == "__main__":
    main()
