"""CPU seconds of `roomsift ingest` for two source trees, run in turn (A, B, A, B, ...), so
a shared machine's load hits both alike. Prints each run and the medians' ratio B/A.

    python benchmarks/ingest_cpu_pairs.py EXPORT --a /work/main/src --b src --rounds 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def run(tree: str, export: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
    work = Path(tempfile.mkdtemp(prefix="roomsift-pairs-"))
    try:
        subprocess.run([sys.executable, "-m", "roomsift.cli", "case", "new", str(work / "case")], env=env, check=True, stdout=subprocess.DEVNULL)
        proc = subprocess.Popen([sys.executable, "-m", "roomsift.cli", "ingest", export, "--case", str(work / "case")],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(proc.stderr.read().decode())
        return usage.ru_utime + usage.ru_stime
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export")
    ap.add_argument("--a", required=True, help="source tree A (e.g. main's src)")
    ap.add_argument("--b", required=True, help="source tree B")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    cpu: dict[str, list[float]] = {"A": [], "B": []}
    for _ in range(args.rounds):
        for label, tree in (("A", args.a), ("B", args.b)):
            cpu[label].append(run(tree, args.export))
            print(f"{label} {cpu[label][-1]:.2f} CPU s", flush=True)
    med = {k: sorted(v)[len(v) // 2] for k, v in cpu.items()}
    print(f"median CPU s: A {med['A']:.2f}, B {med['B']:.2f}; B/A {med['B'] / med['A']:.3f}")


if __name__ == "__main__":
    main()
