"""Open a team case by its PostgreSQL URL alone (`roomsift serve --db URL`).

The case's identity (its id, which names its keys in the keyring, and its name) lives in
the database's `case_meta` table, written when the case was created, so no case folder is
needed on the serving machine; the schema is brought up to date by the same Alembic
migrations as every case."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from roomsift.case import schema
from roomsift.case.store import Case, CaseError, make_engine


def open_database(url: str) -> Case:
    if not url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        raise CaseError(f"--db takes a PostgreSQL URL (postgresql://user@host/db), not {url.split('://')[0]!r}")
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            rows = dict(conn.execute(select(schema.case_meta.c.key, schema.case_meta.c.value)).all())
    except SQLAlchemyError as exc:
        engine.dispose()
        raise CaseError(f"cannot read a roomsift case from {_safe(url)}: {str(exc).splitlines()[0]}") from None
    if not rows.get("id"):
        raise CaseError(f"{_safe(url)} holds no roomsift case (create one with `roomsift case new DIR --database-url URL`)")
    from roomsift.case.migrate import upgrade

    upgrade(engine)
    meta = {k: json.loads(v) for k, v in rows.items()}
    meta["database"] = _safe(url)
    # No folder: the path only names the case in messages (never opened from it).
    return Case(Path(f"postgresql-case-{meta['id']}"), meta, engine)


def _safe(url: str) -> str:
    """The URL without a password, for messages."""
    head, _, rest = url.partition("://")
    if "@" in rest:
        cred, _, host = rest.rpartition("@")
        return f"{head}://{cred.split(':')[0]}@{host}"
    return url
