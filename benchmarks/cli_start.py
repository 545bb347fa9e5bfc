"""CLI start-up benchmark: `roomsift --version` and `roomsift chats --help` against the time
Python takes to import Typer and Rich alone, side by side in one run.

    python benchmarks/cli_start.py            # 15 rounds
    python benchmarks/cli_start.py --rounds 30

Each round runs the baseline and each command once, in turn (A B C A B C ...), so the
ratios are taken pair by pair and hold when the machine's speed drifts; the medians are
printed. Target (issue 13): each command <= 2.5x the baseline. For scale, the same is
printed for the smallest Typer application with a root option and one command, run as
`APP cmd --help`: Typer's own help path (its Rich help formatter and its Pydantic parameter
adapters) is the floor any Typer command's --help stands on."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _roomsift() -> list[str]:
    script = Path(sys.executable).with_name("roomsift")
    return [str(script)] if script.exists() else [shutil.which("roomsift") or "roomsift"]


MINIMAL_TYPER = """
from pathlib import Path
from typing import Optional
import typer
app = typer.Typer(add_completion=False)
@app.callback()
def root(user: Optional[str] = typer.Option(None, "--user")) -> None:
    pass
@app.command()
def chats(case: Path = typer.Option(Path("."), "--case", "-c", help="Case folder.")) -> None:
    \"\"\"List the chats.\"\"\"
app()
"""


def _wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env={**os.environ, "COLUMNS": "80"})
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    base = [sys.executable, "-c", "import typer, rich"]
    commands = {"roomsift --version": _roomsift() + ["--version"], "roomsift chats --help": _roomsift() + ["chats", "--help"],
                "minimal Typer app --help": [sys.executable, "-c", MINIMAL_TYPER, "chats", "--help"]}
    for cmd in [base, *commands.values()]:  # warm-up: file caches, .pyc files
        _wall(cmd)
    times: dict[str, list[float]] = {"import typer, rich": []} | {k: [] for k in commands}
    ratios: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(args.rounds):
        b = _wall(base)
        times["import typer, rich"].append(b)
        for name, cmd in commands.items():
            t = _wall(cmd)
            times[name].append(t)
            ratios[name].append(t / b)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"rounds {args.rounds}, load average {load:.1f}")
    for name, ts in times.items():
        print(f"{name:24s}: median {statistics.median(ts) * 1000:6.0f} ms (min {min(ts) * 1000:.0f}, max {max(ts) * 1000:.0f})")
    for name, rs in ratios.items():
        print(f"{name:24s}: {statistics.median(rs):.2f}x the baseline (median of pairs; target <= 2.5x)")


if __name__ == "__main__":
    main()
