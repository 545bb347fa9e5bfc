"""Compute once: triage results are kept per case state and reused by `triage`, `victims`,
`explain`, `eval` and exports; they are recomputed only after the case changed.

The state is a fingerprint of everything triage reads: messages (count, highest id, edits),
media and known-material matches, accounts and their names, service-action targets, the
identity state (links and investigators' decisions, via identity's own fingerprint), the
language model (its training data) and this capability's rules version. The result is a
pickle in the case folder (`<case>/derived/triage-<fingerprint>.pickle`), written by roomsift
itself and read only when the fingerprint matches; older states are removed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Callable

from sqlalchemy import Connection, func, select

from roomsift.case import schema
from roomsift.case.store import Case

RULES_VERSION = "15.30"  # bump when triage's rules change the results
FOLDER = "derived"


def fingerprint(conn: Connection) -> str:
    from roomsift.analysis.identity import build as identity_build
    from roomsift.analysis.language import model as language_model

    parts = [RULES_VERSION, identity_build.fingerprint(conn)]
    for table in (schema.messages, schema.media, schema.accounts, schema.account_names, schema.action_targets):
        parts.append(str(tuple(conn.execute(select(func.count(), func.max(table.c.id))).one())))
    try:
        from roomsift.media.tables import media_matches

        parts.append(str(tuple(conn.execute(select(func.count(), func.max(media_matches.c.id))).one())))
    except Exception:  # media capability absent or its tables not created yet
        parts.append("no-media")
    m = language_model.get()
    parts.append(m.fingerprint if m is not None else "lexicon")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def _path(case: Case, fp: str) -> Path:
    return case.path / FOLDER / f"triage-{fp}.pickle"


def load_or_run(case: Case, progress: Callable[[str, int, int | None], None] | None = None, mapper: Callable | None = None):
    """(result, reused): the stored result for the case as it is, else a fresh run, stored
    (`mapper`: see engine.run)."""
    from roomsift.analysis.identity import build as identity_build
    from roomsift.analysis.triage import engine

    # Triage reads the artifact scan (payment relations) and identity's persons: bring both up
    # to date first, so a fresh case triages the same as one whose identity was built before.
    identity_build.ensure(case)
    with case.connect() as conn:
        fp = fingerprint(conn)
        path = _path(case, fp)
        if path.exists():
            try:
                with path.open("rb") as fh:
                    return pickle.load(fh), True
            except Exception:  # truncated or from another version: recompute
                pass
        result = engine.run(conn, progress, mapper)
    _save(case, fp, result)
    return result, False


def _save(case: Case, fp: str, result) -> None:
    folder = case.path / FOLDER
    try:
        folder.mkdir(exist_ok=True)
        tmp = folder / f".triage-{fp}.{os.getpid()}.tmp"
        with tmp.open("wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, _path(case, fp))
        for old in folder.glob("triage-*.pickle"):
            if old.name != _path(case, fp).name:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only case folder: results are recomputed next time


def is_current(case: Case) -> bool:
    with case.connect() as conn:
        return _path(case, fingerprint(conn)).exists()
