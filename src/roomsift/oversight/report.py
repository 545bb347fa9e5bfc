"""The transparency report: what the case's users did with people's data, per month,
counted from the audit log. It names case users (they are accountable) and basis types,
never a person of the case."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone

from roomsift.oversight.auditlog import entries

EXPORT_KINDS = ("export", "audit_export")


def _month(t: int) -> str:
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m")


def build(case) -> list[dict]:
    counts: Counter = Counter()
    with case.connect() as conn:
        for _seq, text in entries(conn):
            e = json.loads(text)
            month, kind, details = _month(e["time_utc"]), e["kind"], e.get("details") or {}
            if kind == "reveal":
                for t in details.get("basis_types") or ["unknown"]:
                    counts[(month, "reveals (persons shown)", t)] += details.get("count", 0)
                counts[(month, "reveal operations", e["actor"])] += 1
            elif kind == "reveal_refused":
                counts[(month, "refused reveals", e["actor"])] += 1
            elif kind in EXPORT_KINDS or kind.startswith("export"):
                counts[(month, "exports", kind)] += 1
            elif kind == "person_view":
                counts[(month, "person views", e["actor"])] += 1
            elif kind.startswith("basis_"):
                counts[(month, kind.replace("_", " "), details.get("type", ""))] += 1
            elif kind in ("ingest", "analysis_run", "user_added", "user_removed", "audit_witness"):
                counts[(month, kind.replace("_", " "), "")] += 1
    return [{"month": m, "measure": what, "detail": detail, "count": n} for (m, what, detail), n in sorted(counts.items())]
