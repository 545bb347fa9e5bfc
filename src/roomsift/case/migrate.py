"""Bring a case database to the newest schema with Alembic, configured in code so that
no alembic.ini has to be found at run time.

Each capability owns a migration branch (branch label = its package name) rooted at the
core revision; `upgrade` goes to every head, so capabilities evolve independently.

Opening a case that is already up to date (nearly every command) does not load Alembic:
`version_rows` reads the revision ids from the migration files' headers, and when the
database's version table holds exactly what Alembic leaves there at the heads, there is
nothing to do. Alembic's
import and script loading were ~0.15 s of every command's start (issue 13). Anything
unexpected in a migration file's header, or any difference from the database, goes
through Alembic as before."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

MIGRATIONS = Path(__file__).parent / "migrations"
_HEADER = re.compile(r"^(revision|down_revision|depends_on)\s*=\s*(.+?)\s*(?:#.*)?$", re.M)
_ID = re.compile(r"""^["']([\w.-]+)["']$""")


def _config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def _graph() -> tuple[set[str], set[str], set[str]] | None:
    """(revisions, down revisions, depends_on targets) read from the migration files'
    `revision = "…"`, `down_revision = …` and `depends_on = …` lines; None when a header is
    not of that plain form (then Alembic decides)."""
    revisions, downs, depends = set(), set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_HEADER.findall(path.read_text(encoding="utf-8")))
        rev = _ID.match(found.get("revision", ""))
        if rev is None or "down_revision" not in found:
            return None
        revisions.add(rev.group(1))
        for key, into in (("down_revision", downs), ("depends_on", depends)):
            value = found.get(key, "None")
            if value == "None":
                continue
            ids = [_ID.match(p.strip()) for p in value.strip("()").split(",") if p.strip()]
            if not ids or not all(ids):
                return None
            into.update(m.group(1) for m in ids)
    return (revisions, downs, depends) if revisions else None


def script_heads() -> set[str] | None:
    """Alembic's heads: the revisions no other revision names as its down_revision."""
    graph = _graph()
    return None if graph is None else graph[0] - graph[1]


def version_rows() -> set[str] | None:
    """What an up-to-date database's alembic_version table holds: the heads, less those
    another revision depends on (Alembic records the dependent revision in their place)."""
    graph = _graph()
    return None if graph is None else graph[0] - graph[1] - graph[2]


def _current(engine: Engine) -> set[str] | None:
    with engine.connect() as conn:
        try:
            return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
        except SQLAlchemyError:  # no version table yet (a new database): Alembic creates it
            conn.rollback()
            return None


def upgrade(engine: Engine) -> None:
    expected = version_rows()
    if expected is not None and _current(engine) == expected:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = _config(engine)
    heads = set(ScriptDirectory.from_config(cfg).get_heads())
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    if current != heads:
        command.upgrade(cfg, "heads")
