"""Re-hash every evidence file at its recorded location and report any change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select, update

from roomsift.case import schema
from roomsift.case.store import Case, now_utc
from roomsift.evidence.hashing import hash_stream
from roomsift.ingest.errors import IngestError
from roomsift.ingest.source import ExportSource


@dataclass
class VerifyReport:
    checked: int = 0
    ok: int = 0
    changed: list[dict] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.changed and not self.missing


def verify_evidence(case: Case, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    report = VerifyReport()
    ev = schema.evidence.c
    with case.connect() as conn:
        rows = conn.execute(select(ev.id, ev.role, ev.location, ev.path, ev.size, ev.sha256).order_by(ev.location, ev.id)).all()
    states: dict[int, str] = {}
    sources: dict[str, ExportSource | None] = {}
    try:
        for i, row in enumerate(rows):
            state, actual = _check(row, sources)
            report.checked += 1
            entry = {"evidence_id": row.id, "location": row.location, "path": row.path, "expected_sha256": row.sha256, "actual_sha256": actual}
            if state == "ok":
                report.ok += 1
            elif state == "missing":
                report.missing.append(entry)
            else:
                report.changed.append(entry)
            states[row.id] = state
            if progress:
                progress(i + 1, len(rows))
    finally:
        for src in sources.values():
            if src is not None:
                src.close()
    with case.begin() as conn:
        now = now_utc()
        for eid, state in states.items():
            conn.execute(update(schema.evidence).where(ev.id == eid).values(verify_state=state, last_verified_utc=now))
        case.record_event(
            conn,
            "verify",
            f"verified {report.checked} evidence file(s): {report.ok} ok, {len(report.changed)} changed, {len(report.missing)} missing",
            {"checked": report.checked, "changed": [e["evidence_id"] for e in report.changed], "missing": [e["evidence_id"] for e in report.missing]},
        )
    return report


def _check(row, sources: dict) -> tuple[str, str | None]:
    if row.role == "archive":
        try:
            with open(row.location, "rb") as fh:
                digest = hash_stream(fh, ("sha256",))
        except OSError:
            return "missing", None
        return ("ok" if digest["sha256"] == row.sha256 else "changed"), digest["sha256"]
    if row.location not in sources:
        try:
            sources[row.location] = ExportSource.open_path(row.location)
        except IngestError:
            sources[row.location] = None
    src = sources[row.location]
    if src is None:
        return "missing", None
    try:
        if not src.exists(row.path):
            return "missing", None
        with src.open(row.path) as fh:
            digest = hash_stream(fh, ("sha256",))
    except (IngestError, OSError):
        return "missing", None
    return ("ok" if digest["sha256"] == row.sha256 else "changed"), digest["sha256"]
