"""Audit log benchmark: append rate with a signed checkpoint every 1,000 entries, inclusion
and consistency proof sizes and times, and full bundle verification, at 1,000,000 entries.

    python3 benchmarks/audit.py                      # 1,000,000 entries
    ROOMSIFT_SCALE=ci python3 benchmarks/audit.py    # 20,000 entries (CI size)
    python3 benchmarks/audit.py --entries 200000 --skip-bundle

Target (issue 6): >= 10,000 appends/s with signing (the classic tamper-evident logging paper,
Crosby & Wallach 2009, reports 1,750/s). Two paths are measured: the bulk path (AuditLog,
1,000 entries per transaction, then a signed checkpoint) and the per-event path that every
roomsift command takes (Case.record_event: one transaction per event, identifiers
pseudonymised, entry appended, checkpoint at the end)."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from roomsift.case.store import Case
from roomsift.oversight import tables
from roomsift.oversight.auditlog import AuditLog, StoredTree, latest_checkpoint, sign_checkpoint
from roomsift.oversight.bundle import export_bundle
from roomsift.oversight.merkle import subtree_hash
from roomsift.oversight.verify import leaf_hash, verify_bundle, verify_consistency, verify_inclusion

CHECKPOINT_EVERY = 1000


def _event(i: int) -> dict:
    p = f"P{i % 260000:06d}"
    return {"time_utc": 1_600_000_000 + i, "actor": "investigator-1", "kind": "person_view",
            "summary": f"viewed person {p}", "details": {"person": p, "view": "explain"}}


def bulk_appends(case: Case, n: int) -> float:
    start = time.perf_counter()
    done = 0
    while done < n:
        with case.begin() as conn:
            log = AuditLog.load(conn)
            batch = min(CHECKPOINT_EVERY, n - done)
            for i in range(done, done + batch):
                log.append(10_000_000 + i, _event(i))
            log.flush()
            sign_checkpoint(case, conn, log)
        done += batch
        if done % 100_000 == 0:
            print(f"  {done:,} entries, {done / (time.perf_counter() - start):,.0f}/s", file=sys.stderr)
    return time.perf_counter() - start


def event_appends(case: Case, n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        with case.begin() as conn:
            case.record_event(conn, "person_view", f"viewed person P{i:06d}", {"person": f"P{i:06d}"})
    with case.begin() as conn:
        sign_checkpoint(case, conn)
    return time.perf_counter() - start


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1e3:.3f} ms, max {max(values) * 1e3:.3f} ms"


def proofs(case: Case, samples: int = 1000) -> None:
    rng = random.Random(6)
    with case.connect() as conn:
        cp = latest_checkpoint(conn)
        size, root = cp.size, bytes.fromhex(cp.root)
        tree = StoredTree(conn)
        gen, ver, lengths = [], [], []
        for _ in range(samples):
            index = rng.randrange(size)
            entry = conn.execute(select(tables.audit_entries.c.entry).where(tables.audit_entries.c.seq == index)).scalar_one()
            tree.memo.clear()
            t0 = time.perf_counter()
            proof = tree.inclusion(index, size)
            t1 = time.perf_counter()
            ok = verify_inclusion(index, size, leaf_hash(entry.encode()), proof, root)
            t2 = time.perf_counter()
            assert ok
            gen.append(t1 - t0)
            ver.append(t2 - t1)
            lengths.append(len(proof))
        print(f"inclusion proofs at {size:,} entries: {min(lengths)}-{max(lengths)} hashes "
              f"({max(lengths) * 32} bytes at most); generate {_ms(gen)}; verify {_ms(ver)}")

        gen, ver, lengths = [], [], []
        for _ in range(samples):
            old = rng.randrange(1, size)
            tree.memo.clear()
            t0 = time.perf_counter()
            proof = tree.consistency(old, size)
            t1 = time.perf_counter()
            old_root = subtree_hash(tree.fetch, 0, old)  # the root a verifier already holds
            t2 = time.perf_counter()
            ok = verify_consistency(old, size, old_root, root, proof)
            t3 = time.perf_counter()
            assert ok
            gen.append(t1 - t0)
            ver.append(t3 - t2)
            lengths.append(len(proof))
        print(f"consistency proofs to {size:,} entries: {min(lengths)}-{max(lengths)} hashes "
              f"({max(lengths) * 32} bytes at most); generate {_ms(gen)}; verify {_ms(ver)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    full = os.environ.get("ROOMSIFT_SCALE", "full") != "ci"
    parser.add_argument("--entries", type=int, default=1_000_000 if full else 20_000)
    parser.add_argument("--events", type=int, default=5_000 if full else 1_000, help="per-event path sample")
    parser.add_argument("--skip-bundle", action="store_true", help="skip bundle export + standalone verification")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="roomsift-audit-bench-") as tmp:
        os.environ.setdefault("ROOMSIFT_KEYRING", str(Path(tmp) / "keyring"))
        case = Case.create(Path(tmp) / "case")
        secs = event_appends(case, args.events)
        print(f"per-event path (Case.record_event, 1 transaction each, pseudonymised): "
              f"{args.events:,} events in {secs:.2f} s = {args.events / secs:,.0f} events/s")
        secs = bulk_appends(case, args.entries)
        print(f"bulk path: {args.entries:,} entries, signed checkpoint every {CHECKPOINT_EVERY:,}, "
              f"in {secs:.1f} s = {args.entries / secs:,.0f} appends/s")
        proofs(case)
        if not args.skip_bundle:
            t0 = time.perf_counter()
            info = export_bundle(case, Path(tmp) / "bundle")
            t1 = time.perf_counter()
            report = verify_bundle(Path(tmp) / "bundle")
            t2 = time.perf_counter()
            assert report.ok, report.problems[:3]
            mb = sum(f.stat().st_size for f in (Path(tmp) / "bundle").iterdir()) / 1e6
            print(f"bundle of {info['entries']:,} entries and {info['checkpoints']:,} checkpoints ({mb:,.0f} MB): "
                  f"export {t1 - t0:.1f} s; roomsift-verify {t2 - t1:.1f} s "
                  f"({info['entries'] / (t2 - t1):,.0f} entries/s)")
        case.close()


if __name__ == "__main__":
    main()
