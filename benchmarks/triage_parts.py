"""Side-by-side figures for two parts of triage's speed work (issue 13), each a ratio taken
in one process, rounds alternating, so machine load affects both sides alike:

    python benchmarks/triage_parts.py --case DIR        # an ingested case (e.g. benchmarks/triage.py's)

1. reading the messages: the driver's cursor (now) vs SQLAlchemy rows (before), same query;
2. the lexicon over distinct texts of a realistic and a worst-case export: with the exact
   prefilter (now) vs every text analysed (before); the readings are checked equal."""

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", type=Path, required=True)
    ap.add_argument("--texts", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
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
