"""Triage benchmark: messages/s and peak RSS of a full triage over the 1,000,000-message case.

    python benchmarks/triage.py --case DIR          # an ingested case (e.g. from ingest.py --keep-case DIR)
    python benchmarks/triage.py                      # builds benchmarks/out/case-1000000 first via ingest.py

Targets: issue 3, triage of the 1,000,000-message benchmark case in <= 60 s on this machine;
issue 15, triage no slower than the ingest of the same case (benchmarks/ingest.py prints it).
The language model is fitted (or loaded from the user cache) before the clock starts.
The run is the same code path as `roomsift triage` (engine.run), without rendering."""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", type=Path, default=None)
    ap.add_argument("--messages", type=int, default=1_000_000)
    args = ap.parse_args()
    case_dir = args.case or HERE / "out" / f"case-{args.messages}"
    if not (case_dir / "case.json").exists():
        print(f"building the benchmark case in {case_dir} (benchmarks/ingest.py) ...", flush=True)
        subprocess.run([sys.executable, str(HERE / "ingest.py"), "--messages", str(args.messages), "--keep-case", str(case_dir)], check=True)

    from roomsift.analysis.triage import engine
    from roomsift.case.store import Case

    from roomsift.analysis.language import model as language_model

    print(f"language          : {language_model.status()}")
    case = Case.open(case_dir)
    stages: dict[str, float] = {}
    last = [time.perf_counter(), None]

    def progress(stage: str, n: int, total) -> None:
        now = time.perf_counter()
        if stage != last[1]:
            last[1] = stage
        stages[stage] = stages.get(stage, 0.0) + (now - last[0])
        last[0] = now

    t0 = time.perf_counter()
    last[0] = t0
    with case.connect() as conn:
        result = engine.run(conn, progress)
    wall = time.perf_counter() - t0
    n = result.corpus.message_count
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tiers = Counter(p.roles[0] for p in result.participants)
    print(f"case              : {case_dir}")
    print(f"messages triaged  : {n:,} in {len(result.contexts)} room(s), {sum(c.criminal for c in result.contexts.values())} with signs of crime")
    print(f"participants      : {len(result.participants):,} ({', '.join(f'{k} {v}' for k, v in sorted(tiers.items()))}); potential victims {len(result.victims)}")
    print(f"wall time         : {wall:.1f} s (target <= 60 s)")
    print(f"throughput        : {n / wall:,.0f} messages/s")
    print(f"peak RSS          : {rss:,.0f} MiB")
    print("stages            : " + ", ".join(f"{k} {v:.1f} s" for k, v in stages.items()))


if __name__ == "__main__":
    main()
