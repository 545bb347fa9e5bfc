"""Side-by-side figures for two parts of triage's speed work (issue 13), each a ratio taken
in one process, rounds alternating, so machine load affects both sides alike:

    python benchmarks/triage_parts.py --case DIR        # an ingested case (e.g. benchmarks/triage.py's)
    python benchmarks/triage_parts.py --case DIR --stages   # CPU seconds of each triage stage

1. reading the messages: the driver's cursor (now) vs SQLAlchemy rows (before), same query;
2. the lexicon over distinct texts of a realistic and a worst-case export: with the exact
   prefilter (now) vs every text analysed (before); the readings are checked equal.

--stages: one whole `engine.run`, CPU seconds (user + sys of this process and its reaped
language workers) spent in each of engine's steps, measured by wrapping them; run it with
PYTHONPATH pointing at each code version in turn to compare versions stage by stage."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _pairs(a, b, rounds: int) -> tuple[float, float, float]:
    ta, tb = [], []
    for _ in range(rounds):
        for fn, acc in ((a, ta), (b, tb)):
            t = time.perf_counter()
            fn()
            acc.append(time.perf_counter() - t)
    return statistics.median(ta), statistics.median(tb), statistics.median(x / y for x, y in zip(ta, tb))


def _cpu() -> float:
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def stages(case_dir: Path) -> None:
    """CPU seconds per step of engine.run (the steps it calls, wrapped; nested calls count once)."""
    from roomsift.analysis.triage import engine as E
    from roomsift.case.store import Case

    spent: dict[str, float] = {}
    inside = [False]

    def wrap(obj, name: str, label: str) -> None:
        fn = getattr(obj, name)

        def timed(*a, **k):
            if inside[0]:
                return fn(*a, **k)
            inside[0], t = True, _cpu()
            try:
                return fn(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + _cpu() - t
                inside[0] = False
        setattr(obj, name, timed)

    for obj, name, label in [(E, "load", "reading messages"), (E, "language_signals", "language"),
                             (E, "chat_facts", "rooms: facts"), (E.coercion, "settle", "rooms: coercion"),
                             (E.room_context, "assess", "rooms: verdicts"), (E, "_payment_relations", "payments"),
                             (E.admission, "paid_entries", "paid entry"), (E, "person_map", "identity"),
                             (E.room_context, "link_rooms", "linked rooms"), (E.attribution, "attribute", "attribution"),
                             (E, "_asks_for_room_material", "requests"), (E.victim_finder, "find", "victims"),
                             (E, "score_accounts", "roles")]:
        wrap(obj, name, label)
    t = _cpu()
    w = time.perf_counter()
    with Case.open(case_dir).connect() as conn:
        result = E.run(conn)
    total, wall = _cpu() - t, time.perf_counter() - w
    from triage import _digest

    print(f"load average {os.getloadavg()[0]:.1f}; triage {total:.1f} CPU s, {wall:.1f} s wall; result digest {_digest(result)}")
    for label, s in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {s:7.2f}")
    print(f"  {'the rest':18s} {total - sum(spent.values()):7.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", type=Path, required=True)
    ap.add_argument("--texts", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--stages", action="store_true", help="CPU seconds of each triage stage, one run")
    args = ap.parse_args()
    if args.stages:
        stages(args.case)
        return
    from sqlalchemy import select

    from make_export import _realistic_text, _text
    from roomsift.analysis.language import korean
    from roomsift.analysis.language.signals import detect_lexicon
    from roomsift.analysis.triage import data
    from roomsift.case import schema
    from roomsift.case.store import Case

    print(f"load average {os.getloadavg()[0]:.1f}")
    m = schema.messages.c
    q = select(m.id, m.chat_id, m.platform_id, m.kind, m.account_id, m.time_utc, m.time_local, m.text, m.reply_to,
               m.forwarded_from, m.action, m.author).order_by(m.chat_id, m.time_utc, m.time_local, m.id)
    with Case.open(args.case).connect() as conn:
        n = [0]

        def driver():
            n[0] = sum(len(rows) for rows in data._driver_rows(conn, q))

        def rows():
            n[0] = sum(1 for _ in conn.execute(q, execution_options={"yield_per": 20000}))

        a, b, r = _pairs(driver, rows, args.rounds)
        print(f"message read ({n[0]:,} rows): driver {a:.2f} s, SQLAlchemy rows {b:.2f} s, ratio {r:.2f}")
    korean.kiwi()
    rng = random.Random(5)
    for style, make in (("realistic", _realistic_text), ("worst", _text)):
        texts = list(dict.fromkeys(make(rng) for _ in range(args.texts * 3)))[:args.texts]
        detect_lexicon(texts)  # warm the per-word caches for both sides alike

        def cold(prefilter: bool):
            korean._word_cache.clear()
            korean._noun_cache.clear()
            return detect_lexicon(texts, prefilter=prefilter)

        assert cold(True) == cold(False)
        a, b, r = _pairs(lambda: cold(True), lambda: cold(False), args.rounds)
        print(f"lexicon, {len(texts):,} distinct {style} texts: prefiltered {a:.2f} s, full {b:.2f} s, ratio {r:.2f}")


if __name__ == "__main__":
    main()
