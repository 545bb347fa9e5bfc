"""Presentation benchmark (issue 14): what the one door and time order cost.

    python benchmarks/present.py --case DIR     # an ingested case, e.g. from ingest.py --keep-case DIR

Prints, for the case:
- triage's message read (analysis.triage.data.load) in time order, and the same query in the
  old platform-id order (time order needs a sort; platform-id order walks the unique index);
- `roomsift messages --limit 1000 --format json` through the privacy layer (cold: builds the
  identity index; warm: a second page in the same process);
- the GraphML export of the persons × rooms network through the privacy layer."""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path


def timed(label: str, fn) -> object:
    t0 = time.perf_counter()
    out = fn()
    print(f"{label}: {time.perf_counter() - t0:.2f} s", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", type=Path, required=True)
    args = ap.parse_args()

    from sqlalchemy import select

    from roomsift.analysis.triage import data
    from roomsift.browse import queries
    from roomsift.case import schema
    from roomsift.case.store import Case
    from roomsift.present import output
    from roomsift.present.commands.browse import MESSAGE_COLS

    case = Case.open(args.case)
    with case.connect() as conn:
        n = conn.execute(select(schema.messages.c.id).order_by(schema.messages.c.id.desc()).limit(1)).scalar()
        print(f"case: {args.case} ({n:,} messages)")
        corpus = timed("triage read, time order", lambda: data.load(conn))
        m = schema.messages.c
        old = select(m.id, m.chat_id, m.platform_id, m.kind, m.account_id, m.time_utc, m.time_local, m.text, m.reply_to,
                     m.forwarded_from, m.action, m.author).order_by(m.chat_id, m.platform_id)
        timed("same query, platform-id order (before)", lambda: sum(1 for _ in conn.execute(old, execution_options={"yield_per": 20000})))
        timed("same query, time order (now)", lambda: sum(1 for _ in conn.execute(
            old.order_by(None).order_by(m.chat_id, m.time_utc, m.time_local, m.id), execution_options={"yield_per": 20000})))
        print(f"  {corpus.message_count:,} messages read")
        rows1 = queries.list_messages(conn, limit=1000)
        rows2 = queries.list_messages(conn, limit=1000, offset=1000)
    sink = io.StringIO()
    timed("messages page 1 (1,000 rows) through the privacy layer, cold", lambda: output.emit(rows1, MESSAGE_COLS, "json", context={"case": case}, out=sink))
    timed("messages page 2 (1,000 rows), warm", lambda: output.emit(rows2, MESSAGE_COLS, "json", context={"case": case}, out=sink))

    from roomsift.analysis.identity.api import person_map
    from roomsift.analysis.identity.build import ensure
    from roomsift.analysis.network import graph
    from roomsift.present import graphfile

    timed("identity (artifacts, persons) for the network", lambda: ensure(case))
    with case.connect() as conn:
        g = timed("network build", lambda: graph.build(conn, person_map(conn)))
    out = Path("/tmp") / f"roomsift-bench-{args.case.name}.graphml"
    timed(f"GraphML export through the privacy layer ({g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges)",
          lambda: graphfile.write(g, out, case))
    out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
