"""Keyset paging of the ranked list at 260,000 rows (issue 12): the time of one page at the
start, the middle and the end of the list, by cursor (`after=`) and by page number, through
the web's own paging function over a triage result of that many synthetic participants.

    python benchmarks/web_keyset.py [--rows 260000]"""

from __future__ import annotations

import argparse
import random
import time
from types import SimpleNamespace

from roomsift.present.web import data


def synthetic_result(n: int):
    rng = random.Random(1)
    roles = ("operator", "distributor", "solicitor", "payer", "viewer")
    people = [SimpleNamespace(person=f"P{i:07d}", roles=[rng.choice(roles)], tier=rng.randint(1, 4), score=round(1 - i / n, 4),
                              evidence_total=rng.randint(0, 40), cited=[], membership=[]) for i in range(n)]
    return SimpleNamespace(participants=people)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=260_000)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    result = synthetic_result(args.rows)
    t = time.perf_counter()
    view = data.Ranked(result)
    print(f"{args.rows:,} participants; view built in {time.perf_counter() - t:.2f} s")
    for sort, role in (("rank", None), ("cited", None), ("cited", "viewer")):
        t = time.perf_counter()
        people, keys = view.listing(role, None, None, sort)
        built = time.perf_counter() - t
        line = [f"sort={sort:5} role={role or 'any':6} rows {len(people):>7,}: ordered once in {built * 1000:6.0f} ms;"]
        for where in (0, len(people) // 2, len(people) - 60):
            cursor = data.cursor_of(keys[where], sort, view) if where else None
            t = time.perf_counter()
            for _ in range(args.repeat):
                page = data.participant_rows(view, role=role, chat=None, tier=None, sort=sort, limit=50, after=cursor)
            per = (time.perf_counter() - t) / args.repeat * 1e6
            assert page.start == (where + 1 if where else 0) and len(page.rows) == min(50, len(people) - page.start)
            line.append(f"row {where:>7,}: {per:5.0f} µs")
        print(" ".join(line))


if __name__ == "__main__":
    main()
