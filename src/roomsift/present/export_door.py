"""The one place exporters meet the privacy layer and the audit log.

Every document an exporter returns goes through `present.output.shown_document` — the same
door as every table and JSON roomsift prints — so pseudonyms, reveals under a legal basis
and their audit events work exactly as elsewhere. Kept small so a change to how the door
is called touches only this module."""

from __future__ import annotations

from typing import Any

from roomsift.present import output


def shown(case, doc: Any) -> Any:
    """`doc` as this user may see it: pseudonymised unless a basis covers the person
    (with --reveal), each reveal or refusal logged by the privacy layer."""
    return output.shown_document(doc, case)


def record_and_checkpoint(case, kind: str, summary: str, details: dict) -> dict:
    """Log an export (or disclosure) and sign an audit checkpoint that includes it; the
    checkpoint (tree size, root) is what the produced document cites."""
    from roomsift.oversight import keys
    from roomsift.oversight.auditlog import origin_of, sign_checkpoint

    with case.begin() as conn:
        event_id = case.record_event(conn, kind, summary, details)
        cp = sign_checkpoint(case, conn)
        log_public = keys.public_b64(keys.log_signing_key(case, conn))
    return {"event_id": event_id, "origin": origin_of(case), "size": cp.size, "root": cp.root, "time_utc": cp.time_utc,
            "key_id": cp.key_id, "signature": cp.signature, "log_public_key": log_public}


def shown_rows(case, rows: list[dict[str, Any]], cols: list) -> list[dict[str, Any]]:
    """Rows as this user may see them, each column by its privacy kind (`output.Col`)."""
    return output.shown_rows(rows, cols, case)
