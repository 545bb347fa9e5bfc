"""Triage benchmark: triage time against the ingest time of the same export, in one run.

    python benchmarks/triage.py --messages 100000                  # realistic, then worst case
    python benchmarks/triage.py --messages 1000000 --styles realistic
    python benchmarks/triage.py --case DIR                          # an ingested case: triage only

For each export style (benchmarks/make_export.py: "realistic" = mostly ordinary chat with a
minority of room logistics; "worst" = word salad of trigger words, almost every text distinct)
the export is generated once (cached in benchmarks/out/), ingested with `roomsift ingest` into
a fresh case (a child process, timed), then triaged with the same code path as `roomsift
triage` (engine.run) and timed from a cold start of the language layer: loading the language
model (from the user cache; it is fitted once beforehand if missing) and Kiwi count as
triage. Printed: per-stage times, peak RSS, and triage time / ingest time (target, issue 15:
<= 1.0 at 1,000,000 messages)."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _ensure_export(style: str, messages: int, out: Path) -> Path:
    from make_export import generate

    export = out / f"export-{style}-{messages}"
    if not (export / "result.json").exists():
        print(f"generating the {style} {messages:,}-message export in {export} ...", flush=True)
        generate(export, messages, style=style)
    return export


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _ingest(export: Path, case: Path) -> tuple[float, float]:
    roomsift = [sys.executable, "-m", "roomsift.cli"]
    if case.exists():
        shutil.rmtree(case)
    subprocess.run(roomsift + ["case", "new", str(case)], check=True, stdout=subprocess.DEVNULL)
    t0, c0 = time.perf_counter(), _children_cpu()
    proc = subprocess.run(roomsift + ["ingest", str(export), "--case", str(case)], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"ingest failed: {proc.stderr.strip()}")
    return time.perf_counter() - t0, _children_cpu() - c0


def _triage(case_dir: Path) -> tuple[float, float, list[str]]:
    """Triage in a child process (a cold language layer, like a command), stages reported back."""
    # A fixed hash seed, so that any order that follows a set's follows the same seed in both runs.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    c0 = _children_cpu()
    proc = subprocess.run([sys.executable, __file__, "--child", str(case_dir)], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"triage failed: {proc.stderr.strip()[-2000:]}")
    lines = proc.stdout.strip().splitlines()
    return float(lines[0]), _children_cpu() - c0, lines[1:]


def _child(case_dir: Path) -> None:
    from roomsift.case.store import Case

    stages: dict[str, float] = {}
    t0 = time.perf_counter()
    last = [t0, None]

    def progress(stage: str, n: int, total) -> None:
        now = time.perf_counter()
        stages[stage] = stages.get(stage, 0.0) + (now - last[0])
        last[0] = now

    from roomsift.analysis.triage import engine

    case = Case.open(case_dir)
    with case.connect() as conn:
        result = engine.run(conn, progress)
    wall = time.perf_counter() - t0
    stages["rest (victims, roles)"] = time.perf_counter() - last[0]
    n = result.corpus.message_count
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tiers = Counter(p.roles[0] for p in result.participants)
    distinct = len({m.text for c in result.corpus.chats.values() for m in c.messages if m.text})
    print(f"{wall:.3f}")
    print(f"messages triaged  : {n:,} ({distinct:,} distinct texts) in {len(result.contexts)} room(s), "
          f"{sum(c.criminal for c in result.contexts.values())} with signs of crime")
    print(f"participants      : {len(result.participants):,} ({', '.join(f'{k} {v}' for k, v in sorted(tiers.items()))}); "
          f"potential victims {len(result.victims)}")
    print(f"triage peak RSS   : {rss:,.0f} MiB")
    print("triage stages     : " + ", ".join(f"{k} {v:.1f} s" for k, v in stages.items()))
    print(f"result digest     : {_digest(result)} (equal digests: the same findings, to the last digit)")


def _digest(result) -> str:
    """A hash of every piece of evidence (message, account, signal, strength, cues), every
    participant and victim record: compares two code versions' findings on one case."""
    import hashlib

    h = hashlib.sha256()
    for cid in sorted(result.facts):
        for e in result.facts[cid].evidence:
            h.update(f"{e.msg.id}|{e.who}|{e.signal}|{e.strength!r}|{e.cues}\n".encode())
    def ev(e) -> str:  # an evidence by its message and reading (its chat's repr would list every message)
        return f"{e.msg.id}:{e.who}:{e.signal}:{e.strength!r}"

    for p in result.participants:
        h.update(f"{p.person}|{sorted(p.accounts, key=str)}|{sorted(p.role_scores.items())}|{p.messages}|{p.evidence_total}|"
                 f"{[(ev(c.evidence), c.role, c.weight) for c in p.cited]}|{[ev(e) for e in p.membership]}\n".encode())
    for v in result.victims:
        h.update(f"{v.label}|{sorted(v.accounts)}|{sorted(v.keys)}|{sorted(v.mentions)}|{sorted(v.names)}|"
                 f"{[(ev(e), w) for e, w in v.cited]}\n".encode())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--styles", default="realistic,worst", help="comma-separated export styles")
    ap.add_argument("--case", type=Path, default=None, help="triage this ingested case only (no ingest, no ratio)")
    ap.add_argument("--keep-case", type=Path, default=None, help="keep the ingested case here (one style)")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="where generated exports are kept")
    ap.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child)
        return
    # The language model is fitted once per training set into the user cache; not counted.
    subprocess.run([sys.executable, "-c", "from roomsift.analysis.language import model; print('language model    :', model.status())"], check=True)
    if args.case:
        wall, cpu, lines = _triage(args.case)
        print("\n".join(lines))
        print(f"triage wall / CPU : {wall:.1f} s / {cpu:.1f} s")
        return
    for style in args.styles.split(","):
        export = _ensure_export(style, args.messages, args.out)
        work = Path(tempfile.mkdtemp(prefix="roomsift-triage-bench-", dir=os.environ.get("ROOMSIFT_BENCH_TMP")))
        case = args.keep_case or work / "case"
        try:
            ingest_s, ingest_cpu = _ingest(export, case)
            triage_s, triage_cpu, lines = _triage(case)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        load = os.getloadavg()[0]
        print(f"== {style} export, {args.messages:,} messages (load average {load:.1f})")
        print("\n".join(lines))
        print(f"ingest / triage   : {ingest_s:.1f} s / {triage_s:.1f} s wall, {ingest_cpu:.1f} s / {triage_cpu:.1f} s CPU")
        print(f"triage / ingest   : {triage_s / ingest_s:.2f} wall, {triage_cpu / ingest_cpu:.2f} CPU (target <= 1.0)", flush=True)


if __name__ == "__main__":
    main()
