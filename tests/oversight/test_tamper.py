"""Tampering experiments on an exported audit bundle: each one is caught by the standalone
verifier, which names the first tampered entry (or the forged checkpoint)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from roomsift.case.store import Case
from roomsift.oversight import keys
from roomsift.oversight.auditlog import canonical, sign_checkpoint
from roomsift.oversight.bundle import export_bundle
from roomsift.oversight.merkle import MemoryTree, consistency_proof
from roomsift.oversight.users import add_user
from roomsift.oversight.verify import checkpoint_body, leaf_hash, main, verify_bundle
from roomsift.oversight.witness import witness


def _command(case: Case, i: int) -> None:
    """One CLI-like command: an event, then the end-of-command checkpoint."""
    with case.begin() as conn:
        case.record_event(conn, "person_view", f"viewed person P{i:06d}", {"person": f"P{i:06d}"})
    with case.begin() as conn:
        sign_checkpoint(case, conn)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """A case whose auditor countersigned twice; bundles exported before and after."""
    root = tmp_path_factory.mktemp("tamper")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ROOMSIFT_USER", "ina")
        mp.setenv("ROOMSIFT_PASSPHRASE", "test passphrase")
        mp.setenv("ROOMSIFT_NEW_PASSPHRASE", "test passphrase")
        case = Case.create(root / "case")
        add_user(case, "ina", "admin")
        add_user(case, "oda", "auditor")
        for i in range(6):
            _command(case, i)
        mp.setenv("ROOMSIFT_USER", "oda")
        witness_file = root / "oda-cosignatures.jsonl"
        first = witness(case, witness_file)
        old = export_bundle(case, root / "old")  # the state an auditor saw earlier
        mp.setenv("ROOMSIFT_USER", "ina")
        for i in range(6, 9):
            _command(case, i)
        mp.setenv("ROOMSIFT_USER", "oda")
        second = witness(case, witness_file)
        mp.setenv("ROOMSIFT_USER", "ina")
        for i in range(9, 14):
            _command(case, i)
        info = export_bundle(case, root / "bundle")
        with case.begin() as conn:
            log_key = keys.log_signing_key(case, conn)
        case.close()
    return {"root": root, "bundle": root / "bundle", "old": root / "old", "old_size": old["entries"],
            "witness_file": witness_file, "first": first, "second": second, "entries": info["entries"],
            "log_key": log_key, "origin": first["origin"], "key_id": info["log_key_id"]}


def _copy(history, name: str) -> Path:
    dst = history["root"] / name
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(history["bundle"], dst)
    return dst


def _lines(bundle: Path) -> list[str]:
    return (bundle / "entries.jsonl").read_text(encoding="utf-8").splitlines()


def _write(bundle: Path, lines: list[str]) -> None:
    (bundle / "entries.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_untouched_bundle_verifies(history, capsys):
    report = verify_bundle(history["bundle"], log_key=history["key_id"], witness_files=[history["witness_file"]])
    assert report.ok, report.problems
    assert report.entries == history["entries"] and report.checkpoints >= 10 and report.witnesses == 4
    assert main([str(history["bundle"]), "--log-key", history["key_id"]]) == 0
    assert "OK" in capsys.readouterr().out


def test_edited_entry_is_named(history, capsys):
    b = _copy(history, "edited")
    lines = _lines(b)
    entry = json.loads(lines[7])
    entry["summary"] = "nothing happened"
    lines[7] = canonical(entry)
    _write(b, lines)
    report = verify_bundle(b)
    assert report.first_tampered_entry == 7
    assert main([str(b)]) == 1
    assert "first tampered entry #7" in capsys.readouterr().out


def test_edited_last_entry_is_named(history):
    b = _copy(history, "edited-last")
    lines = _lines(b)
    entry = json.loads(lines[-1])
    entry["actor"] = "someone-else"
    lines[-1] = canonical(entry)
    _write(b, lines)
    assert verify_bundle(b).first_tampered_entry == len(lines) - 1


def test_deleted_entry_is_named(history):
    b = _copy(history, "deleted")
    lines = _lines(b)
    del lines[5]
    _write(b, lines)
    report = verify_bundle(b)
    assert report.first_tampered_entry == 5
    assert any("missing" in p.message for p in report.problems)


def test_reordered_entries_are_named(history):
    b = _copy(history, "reordered")
    lines = _lines(b)
    lines[4], lines[9] = lines[9], lines[4]
    _write(b, lines)
    report = verify_bundle(b)
    assert report.first_tampered_entry == 4
    assert any("reordered" in p.message for p in report.problems)


def test_truncated_log_is_named(history):
    b = _copy(history, "truncated")
    lines = _lines(b)
    _write(b, lines[:-3])
    report = verify_bundle(b)
    assert report.first_tampered_entry == len(lines) - 3
    assert any("truncated" in p.message for p in report.problems)


def test_forged_checkpoint_signature(history):
    b = _copy(history, "forged")
    cps = [json.loads(x) for x in (b / "checkpoints.jsonl").read_text().splitlines()]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    cps[3]["signature"] = keys.sign(Ed25519PrivateKey.generate(), checkpoint_body(
        cps[3]["origin"], cps[3]["size"], cps[3]["root"], cps[3]["time_utc"]))
    (b / "checkpoints.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cps))
    report = verify_bundle(b)
    assert not report.ok
    assert any("checkpoint 4" in p.message and "signature" in p.message for p in report.problems)


def test_replaced_log_key_is_caught_by_pinning(history):
    b = _copy(history, "rekeyed")
    meta = json.loads((b / "keys.json").read_text())
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    meta["log"]["public_key"] = keys.public_b64(Ed25519PrivateKey.generate())
    (b / "keys.json").write_text(json.dumps(meta))
    report = verify_bundle(b, log_key=history["key_id"])
    assert any("pinned" in p.message for p in report.problems)


def test_rollback_is_caught_by_the_witness(history):
    """The holder shows the older bundle; the auditor's own countersignature file covers more."""
    report = verify_bundle(history["old"], witness_files=[history["witness_file"]])
    assert not report.ok
    assert report.first_tampered_entry == history["old_size"]
    assert any("rolled back" in p.message for p in report.problems)
    assert verify_bundle(history["old"]).ok  # without the witness the old bundle is self-consistent


def _rewrite(history, bundle: Path, lines: list[str]) -> None:
    """What a dishonest case holder can do with the log key: relink every entry, re-sign
    every checkpoint with fresh consistency proofs, and drop the countersignatures."""
    tree, fixed = MemoryTree(), []
    prev = "0" * 64
    for line in lines:
        e = json.loads(line)
        e["prev"] = prev
        text = canonical(e)
        fixed.append(text)
        prev = leaf_hash(text.encode()).hex()
        tree.append(leaf_hash(text.encode()))
    _write(bundle, fixed)
    cps = [json.loads(x) for x in (bundle / "checkpoints.jsonl").read_text().splitlines()]
    last = None
    for cp in cps:
        cp["root"] = tree.root(cp["size"]).hex()
        cp["signature"] = keys.sign(history["log_key"], checkpoint_body(cp["origin"], cp["size"], cp["root"], cp["time_utc"]))
        cp["consistency"] = [h.hex() for h in consistency_proof(tree.fetch, last, cp["size"])] if last else []
        last = cp["size"]
    (bundle / "checkpoints.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cps))
    (bundle / "witnesses.jsonl").write_text("")


def test_fork_after_witnessed_checkpoint(history):
    b = _copy(history, "fork")
    lines = _lines(b)
    s1, s2 = history["first"]["size"], history["second"]["size"]
    entry = json.loads(lines[s1])  # the entry right after the first countersigned checkpoint
    entry["summary"] = "a different history"
    lines[s1] = canonical(entry)
    _rewrite(history, b, lines)
    assert verify_bundle(b).ok  # re-signed with the log key, the forgery is self-consistent
    report = verify_bundle(b, witness_files=[history["witness_file"]])
    assert not report.ok
    assert report.first_tampered_entry == s1
    fork = [p.message for p in report.problems if "fork" in p.message]
    assert fork and f"size {s2}" in fork[0] and "oda" in fork[0]


def test_rewritten_history_before_witness_is_a_fork(history):
    b = _copy(history, "rewrite-early")
    lines = _lines(b)
    entry = json.loads(lines[3])
    entry["kind"] = "ingest"
    lines[3] = canonical(entry)
    _rewrite(history, b, lines)
    report = verify_bundle(b, witness_files=[history["witness_file"]])
    assert any("fork" in p.message and f"size {history['first']['size']}" in p.message for p in report.problems)
    assert report.first_tampered_entry == 0 or report.first_tampered_entry <= 3


def test_witness_refuses_a_rewritten_log(tmp_path, monkeypatch):
    """The auditor's countersign step itself refuses a history that does not extend what
    they countersigned before, even when the holder rebuilt the tree and re-signed it."""
    from sqlalchemy import delete

    from roomsift.errors import UserError
    from roomsift.oversight import tables
    from roomsift.oversight.auditlog import AuditLog, entries

    monkeypatch.setenv("ROOMSIFT_USER", "ina")
    case = Case.create(tmp_path / "case")
    add_user(case, "ina", "admin")
    add_user(case, "oda", "auditor")
    for i in range(4):
        _command(case, i)
    monkeypatch.setenv("ROOMSIFT_USER", "oda")
    own = tmp_path / "oda.jsonl"
    witness(case, own)
    with case.begin() as conn:  # the holder rewrites entry 1 and rebuilds everything
        old = list(entries(conn))
        conn.execute(delete(tables.audit_entries))
        conn.execute(delete(tables.audit_nodes))
        log = AuditLog(conn, 0, [], None)
        for seq, text in old:
            e = json.loads(text)
            if seq == 1:
                e["summary"] = "rewritten"
            log.append(e["event_id"], e)
        log.flush()
        sign_checkpoint(case, conn, log, force=True)
    with pytest.raises(UserError, match="fork"):
        witness(case, own)
    case.close()


def test_audit_verify_command_catches_a_database_edit(tmp_path, cli):
    from sqlalchemy import update

    from roomsift.oversight import tables

    case_path = tmp_path / "case"
    cli("case", "new", case_path)
    for _ in range(3):
        cli("audit", "report", "--case", case_path)
        cli("audit", "export", "--case", case_path, "--out", tmp_path / f"b{_}")
    assert "OK" in cli("audit", "verify", "--case", case_path).stdout
    with Case.open(case_path) as c, c.begin() as conn:
        text = conn.execute(select_entry(2)).scalar_one()
        conn.execute(update(tables.audit_entries).where(tables.audit_entries.c.seq == 2)
                     .values(entry=text.replace("exported", "EXPORTED")))
    result = cli("audit", "verify", "--case", case_path, expect=1)
    assert "first tampered entry #2" in result.stdout


def select_entry(seq: int):
    from sqlalchemy import select

    from roomsift.oversight import tables

    return select(tables.audit_entries.c.entry).where(tables.audit_entries.c.seq == seq)


# -- unsigned logs ---------------------------------------------------------------------------------
def _relink(lines: list[str]) -> list[str]:
    """Renumber and relink entries as someone without the log key can: every link and
    sequence number consistent, no checkpoint to match."""
    out, prev = [], "0" * 64
    for seq, line in enumerate(lines):
        entry = json.loads(line)
        entry.update(seq=seq, prev=prev)
        text = canonical(entry)
        out.append(text)
        prev = leaf_hash(text.encode()).hex()
    return out


def test_deleted_relinked_and_unsigned_log_fails(history, capsys):
    b = _copy(history, "unsigned")
    lines = _lines(b)
    _write(b, _relink(lines[:3] + lines[6:]))
    (b / "checkpoints.jsonl").write_text("")
    (b / "witnesses.jsonl").write_text("")
    assert main([str(b), "--log-key", history["key_id"]]) == 1
    out = capsys.readouterr().out
    assert "TAMPERED" in out and "not covered by any checkpoint signed" in out and "OK" not in out


def test_forged_entry_after_the_last_checkpoint_fails(history, capsys):
    b = _copy(history, "appended")
    lines = _lines(b)
    last = json.loads(lines[-1])
    forged = dict(last, seq=len(lines), prev=leaf_hash(lines[-1].encode()).hex(), kind="note", summary="nothing to see")
    _write(b, lines + [canonical(forged)])
    assert main([str(b), "--log-key", history["key_id"]]) == 1
    assert f"entries #{len(lines)}..#{len(lines)}" in capsys.readouterr().out
    # explicitly allowed: said loudly, and still not a success
    assert main([str(b), "--log-key", history["key_id"], "--allow-unsigned-tail"]) == 3
    out = capsys.readouterr().out
    assert "UNSIGNED TAIL" in out and "NOT covered" in out


def test_non_integer_checkpoint_size_is_a_clear_error(history, capsys):
    b = _copy(history, "badsize")
    cps = [json.loads(x) for x in (b / "checkpoints.jsonl").read_text().splitlines()]
    cps[-1]["size"] = "12; rm -rf"
    (b / "checkpoints.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cps))
    assert main([str(b), "--log-key", history["key_id"]]) == 1
    out = capsys.readouterr().out
    assert "is malformed" in out and "Traceback" not in out


def test_unpinned_key_is_said(history, capsys):
    assert main([str(history["bundle"])]) == 0
    assert "WARNING: no --log-key" in capsys.readouterr().out
