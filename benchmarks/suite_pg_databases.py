"""What a `pytest --db postgresql` case database costs, the old way and the suite's way, in one
run: a new database by CREATE DATABASE + Alembic migrations vs a TEMPLATE copy of one migrated
database (tests/backend.py), and dropping databases one after another vs on 16 connections.

    python benchmarks/suite_pg_databases.py [N]      # needs the server of $ROOMSIFT_TEST_DB
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's tests package

from roomsift.case.migrate import upgrade  # noqa: E402
from roomsift.case.store import make_engine  # noqa: E402
from tests import backend  # noqa: E402


def main(n: int = 6) -> None:
    backend._migrated()
    old, new = [], []
    for i in range(n):
        t = time.perf_counter()
        name = f"rs_bench_migrated_{i}"
        backend.admin().execute(f'CREATE DATABASE "{name}"')
        backend.CREATED.append(name)
        engine = make_engine(backend.url_of(name))
        upgrade(engine)
        engine.dispose()
        old.append(time.perf_counter() - t)
        t = time.perf_counter()
        backend.new_database()
        new.append(time.perf_counter() - t)
    print(f"new case database, median of {n}: create + migrate {sorted(old)[n // 2]:.2f} s, template copy {sorted(new)[n // 2]:.2f} s")
    names = list(backend.CREATED)
    one_by_one = names[: len(names) // 2]
    t = time.perf_counter()
    for name in one_by_one:
        backend.admin().execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    seq = (time.perf_counter() - t) / len(one_by_one)
    backend.CREATED[:] = names[len(names) // 2:]
    k = len(backend.CREATED) + 1  # and the template
    t = time.perf_counter()
    backend.drop_all()
    print(f"drop per database: one after another {seq:.2f} s, {backend.DROP_LANES} connections at once {(time.perf_counter() - t) / k:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
