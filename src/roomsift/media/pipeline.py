"""`roomsift media hash`: hash every included media file of a case over worker processes.

Resumable: each finished batch is committed, and a rerun only hashes media without a
row in media_hashes (add `redo_failed` to retry files that failed)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select

from roomsift.case import schema
from roomsift.case.store import Case, now_utc
from roomsift.media.hashing import HASHER, hash_file_job
from roomsift.media.tables import media_hashes

BATCH = 64


@dataclass
class HashRun:
    todo: int = 0
    states: Counter = field(default_factory=Counter)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (media_id, reason), per file


def pending_jobs(case: Case, draft: bool = False, redo_failed: bool = False) -> list[dict[str, Any]]:
    m, ev = schema.media, schema.evidence
    with case.begin() as conn:
        if redo_failed:
            failed = select(media_hashes.c.media_id).where(media_hashes.c.state.in_(("error", "unavailable", "changed")))
            conn.execute(delete(media_hashes).where(media_hashes.c.media_id.in_(failed)))
        done = select(media_hashes.c.media_id)
        q = (select(m.c.id, m.c.kind, m.c.mime, m.c.sha256, ev.c.location, ev.c.path)
             .join(ev, ev.c.id == m.c.evidence_id)
             .where(m.c.status == "included", m.c.id.not_in(done))
             .order_by(ev.c.location, m.c.id))
        return [{"media_id": r.id, "kind": r.kind, "mime": r.mime, "sha256": r.sha256, "location": r.location,
                 "path": r.path, "draft": draft} for r in conn.execute(q)]


def _results(jobs: list[dict[str, Any]], workers: int) -> Iterator[dict[str, Any]]:
    if workers <= 1 or len(jobs) < 8:
        for job in jobs:
            yield hash_file_job(job)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(hash_file_job, jobs, chunksize=8)


def hash_case(case: Case, *, workers: int | None = None, draft: bool = False, redo_failed: bool = False,
              on_progress: Callable[[int, int], None] | None = None,
              mapper: Callable[[list[dict[str, Any]]], Iterator[dict[str, Any]]] | None = None) -> HashRun:
    """`mapper(jobs)`, if given, yields hash_file_job's results in the order of `jobs` in
    place of the local process pool (roomsift.cluster runs them on Dask workers)."""
    jobs = pending_jobs(case, draft, redo_failed)
    run = HashRun(todo=len(jobs))
    workers = workers or os.cpu_count() or 1
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        if batch:
            with case.begin() as conn:
                conn.execute(insert(media_hashes), batch)
            batch.clear()

    for n, res in enumerate(mapper(jobs) if mapper else _results(jobs, workers), start=1):
        run.states[res["state"]] += 1
        if res["error"]:
            run.errors.append((res["media_id"], res["error"]))
        batch.append({"media_id": res["media_id"], "state": res["state"], "error": res["error"], "pdq": res["pdq"],
                      "quality": res["quality"], "dihedral": res["dihedral"], "trimmed": res["trimmed"], "vpdq": res["vpdq"], "decode": res["decode"],
                      "hasher": HASHER, "hashed_utc": now_utc()})
        if len(batch) >= BATCH:
            flush()
        if on_progress:
            on_progress(n, len(jobs))
    flush()
    if jobs:
        with case.begin() as conn:
            case.record_event(conn, "media_hashed", f"hashed {len(jobs)} media file(s): " +
                              ", ".join(f"{k} {v}" for k, v in sorted(run.states.items())),
                              {"states": dict(run.states), "decode": "draft" if draft else "full", "hasher": HASHER})
    return run
