"""The log as the case store feeds it: same transaction as the event, pseudonymised
entries, backfill of a case that predates the log."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, func, select

from roomsift.case import schema
from roomsift.case.store import Case
from roomsift.oversight import tables
from roomsift.oversight.auditlog import entries


def test_entry_is_written_in_the_events_transaction(tmp_path):
    case = Case.create(tmp_path / "case")
    with pytest.raises(RuntimeError):
        with case.begin() as conn:
            case.record_event(conn, "ingest", "half an ingest", {})
            raise RuntimeError("ingest failed")
    with case.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.events)).scalar_one() == 1
        assert [json.loads(e)["kind"] for _s, e in entries(conn)] == ["case_created"]
    case.close()


def test_identifiers_in_event_details_are_pseudonymised(tmp_path):
    case = Case.create(tmp_path / "case")
    with case.begin() as conn:
        case.record_event(conn, "export", "exported chat with +82 10-1234-5678 for @kim_minjun",
                          {"accounts": ["telegram:user42"], "note": "contact kim@example.org", "sha256": "0" * 64})
    with case.connect() as conn:
        last = json.loads(list(entries(conn))[-1][1])
    text = json.dumps(last)
    for secret in ("10-1234-5678", "kim_minjun", "user42", "kim@example.org"):
        assert secret not in text
    assert last["details"]["sha256"] == "0" * 64  # digests are left alone
    assert last["details"]["accounts"][0].startswith("acct_")
    # the case's own event history keeps the original for the investigators
    assert "kim_minjun" in case.events()[-1]["summary"]
    case.close()


def test_case_from_before_the_log_is_backfilled(tmp_path, cli):
    path = tmp_path / "case"
    cli("case", "new", path)
    with Case.open(path) as c, c.begin() as conn:
        for t in (tables.audit_entries, tables.audit_nodes, tables.audit_checkpoints):
            conn.execute(delete(t))  # as if the case was made before the audit log existed
        c.record_event(conn, "ingest", "an old ingest", {})
    cli("audit", "report", "--case", path)
    assert "OK" in cli("audit", "verify", "--case", path).stdout
