"""Pseudonyms by default; reveal only under an active legal basis covering the person;
four-eyes approval in team cases; every reveal and refused reveal in the audit log.
Runs on a real Telegram export sample (shared/samples/telegram)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from roomsift.case import schema
from roomsift.case.store import Case, CaseError

SAMPLE = "telegram/frozenspider_telegram_2020-01_result.json"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The sample ingested once; each test works on its own copy (same case id and key)."""
    from roomsift.ingest.core import ingest
    from tests.conftest import SAMPLES

    path = tmp_path_factory.mktemp("reveal") / "case"
    with Case.create(path) as c:
        ingest(c, SAMPLES / SAMPLE, progress=False)
    return path


@pytest.fixture
def case(tmp_path, ingested):
    path = tmp_path / "case"
    from tests.backend import copy_case

    copy_case(ingested, path)
    return path


def _identity(case_path) -> dict[str, dict]:
    """person label -> that person's real identifiers (key, platform id, display names)."""
    from roomsift.analysis.identity.api import person_map

    with Case.open(case_path) as c, c.connect() as conn:
        persons = person_map(conn)
        out: dict[str, set] = {}
        for row in conn.execute(select(schema.accounts)):
            ids = out.setdefault(persons[row.id], set())
            ids.update(v for v in (row.key, row.platform_id, row.name) if v)
    return out


def _events(case_path, kind: str) -> list[dict]:
    with Case.open(case_path) as c:
        return [e for e in c.events() if e["kind"] == kind]


def _shown(text: str, identity: dict, person: str) -> bool:
    return any(i in text for i in identity[person])


def _accounts_json(cli, case, user: str, reveal: bool = True) -> str:
    args = ["--user", user] + (["--reveal"] if reveal else []) + ["accounts", "--case", case, "--format", "json"]
    return cli(*args).stdout


def test_default_output_is_pseudonymised_and_stable(cli, case):
    identity = _identity(case)
    first = cli("accounts", "--case", case, "--format", "json").stdout
    again = cli("accounts", "--case", case, "--format", "json").stdout
    assert first == again  # stable pseudonyms
    assert not any(_shown(first, identity, p) for p in identity)
    rows = json.loads(first)
    assert rows and all(r["key"].startswith("acct_") for r in rows)


def test_pseudonyms_differ_between_cases(cli, tmp_path, samples, case):
    other = tmp_path / "other"
    cli("case", "new", other)
    cli("ingest", samples / SAMPLE, "--case", other)
    a = json.loads(cli("accounts", "--case", case, "--format", "json").stdout)
    b = json.loads(cli("accounts", "--case", other, "--format", "json").stdout)
    assert len(a) == len(b) and {r["key"] for r in a}.isdisjoint({r["key"] for r in b})


def test_reveal_without_a_basis_shows_nothing_and_is_logged(cli, case):
    identity = _identity(case)
    cli("--user", "ina", "user", "add", "ina", "--role", "investigator", "--case", case)
    out = _accounts_json(cli, case, "ina")
    assert not any(_shown(out, identity, p) for p in identity)
    refused = _events(case, "reveal_refused")
    assert refused and refused[-1]["actor"] == "ina"
    assert set(refused[-1]["details"]["persons"]) == set(identity)
    assert all("no legal basis" in why for why in refused[-1]["details"]["persons"].values())


def test_basis_reveals_only_its_persons(cli, case):
    identity = _identity(case)
    target, others = "P000001", [p for p in identity if p != "P000001"]
    cli("--user", "ina", "user", "add", "ina", "--role", "investigator", "--case", case)
    cli("--user", "ina", "basis", "add", "--type", "warrant", "--reference", "2020-GO-7", "--person", target,
        "--issuer", "District Court", "--expires", "2099-01-01", "--grounds", "suspected operator", "--case", case)
    out = _accounts_json(cli, case, "ina")
    assert _shown(out, identity, target)
    assert not any(_shown(out, identity, p) for p in others)  # a basis for another person reveals nothing
    reveal = _events(case, "reveal")[-1]["details"]
    assert reveal["persons"] == [target] and reveal["basis_types"] == ["warrant"]
    refused = _events(case, "reveal_refused")[-1]["details"]["persons"]
    assert set(refused) == set(others)
    # without --reveal the same user still sees pseudonyms
    plain = _accounts_json(cli, case, "ina", reveal=False)
    assert not _shown(plain, identity, target)


def test_expired_basis_reveals_nothing(cli, case, monkeypatch):
    identity = _identity(case)
    cli("--user", "ina", "user", "add", "ina", "--role", "investigator", "--case", case)
    cli("--user", "ina", "basis", "add", "--type", "exigent", "--reference", "E-1", "--person", "P000002",
        "--issuer", "duty prosecutor", "--expires", "2099-01-01", "--grounds", "imminent harm", "--case", case)
    import roomsift.oversight.basis as basis

    monkeypatch.setattr(basis, "now_utc", lambda: 4102444800 + 1)  # after 2100-01-01
    out = _accounts_json(cli, case, "ina")
    assert not _shown(out, identity, "P000002")
    refused = _events(case, "reveal_refused")[-1]["details"]["persons"]
    assert refused["P000002"] == "basis #1 is expired"
    listed = json.loads(cli("basis", "list", "--case", case, "--format", "json").stdout)
    assert listed[0]["status"] == "expired"


def test_team_case_needs_a_second_person(cli, case, fails):
    identity = _identity(case)
    cli("--user", "adm", "user", "add", "adm", "--role", "admin", "--case", case)
    for name, role in (("ina", "investigator"), ("sup", "supervisor"), ("sup2", "supervisor"), ("aud", "auditor")):
        cli("--user", "adm", "user", "add", name, "--role", role, "--case", case)
    cli("--user", "sup", "basis", "team", "--case", case)
    out = cli("--user", "ina", "basis", "add", "--type", "court_order", "--reference", "CO-9", "--person", "P000003",
              "--issuer", "High Court", "--expires", "2099-01-01", "--grounds", "payer", "--case", case).stdout
    assert "awaiting" in out
    # unapproved: nothing shown, refusal logged with the reason
    assert not _shown(_accounts_json(cli, case, "ina"), identity, "P000003")
    assert _events(case, "reveal_refused")[-1]["details"]["persons"]["P000003"] == "basis #1 is pending approval"
    # the author cannot approve, an investigator cannot approve
    assert "supervisor" in fails("--user", "ina", "basis", "approve", "1", "--case", case)
    cli("--user", "sup", "basis", "add", "--type", "consent", "--reference", "C-2", "--person", "P000004",
        "--issuer", "the person", "--expires", "2099-01-01", "--grounds", "victim consents", "--case", case)
    assert "second person" in fails("--user", "sup", "basis", "approve", "2", "--case", case)
    # a second person approves: now it reveals
    cli("--user", "sup", "basis", "approve", "1", "--case", case)
    shown = _accounts_json(cli, case, "ina")
    assert _shown(shown, identity, "P000003") and not _shown(shown, identity, "P000004")
    # auditors never see identities, even with a basis in force
    assert not _shown(_accounts_json(cli, case, "aud"), identity, "P000003")
    assert "auditor" in _events(case, "reveal_refused")[-1]["details"]["reason"]
    # revoked: hidden again at once
    cli("--user", "ina", "basis", "revoke", "1", "--reason", "case closed", "--case", case)
    assert not _shown(_accounts_json(cli, case, "ina"), identity, "P000003")
    # a team case cannot go back to single mode, and the decisions are in the log
    assert "already" in fails("--user", "sup", "basis", "team", "--case", case)
    kinds = [e["kind"] for e in Case.open(case).events()]
    for kind in ("user_added", "case_mode", "basis_added", "basis_approved", "basis_revoked", "reveal", "reveal_refused"):
        assert kind in kinds


def test_unregistered_user_and_keyless_user_cannot_act(cli, case, fails, tmp_path, monkeypatch):
    cli("--user", "ina", "user", "add", "ina", "--role", "investigator", "--case", case)
    assert "not a user" in fails("--user", "mallory", "basis", "add", "--type", "warrant", "--reference", "X",
                                 "--person", "P000001", "--issuer", "X", "--expires", "2099-01-01", "--grounds", "X",
                                 "--case", case)
    assert "admin" in fails("--user", "ina", "user", "add", "bob", "--role", "supervisor", "--case", case)
    # the name alone is not enough: acting as ina needs ina's private key
    monkeypatch.setenv("ROOMSIFT_CASE_KEY", _case_key(case))
    monkeypatch.setenv("ROOMSIFT_KEYRING", str(tmp_path / "someone-elses-keyring"))
    assert "signing key" in fails("--user", "ina", "basis", "add", "--type", "warrant", "--reference", "X",
                                  "--person", "P000001", "--issuer", "X", "--expires", "2099-01-01", "--grounds", "X",
                                  "--case", case)


def _case_key(case_path) -> str:
    import os

    meta = json.loads((case_path / "case.json").read_text())
    return open(os.path.join(os.environ["ROOMSIFT_KEYRING"], meta["id"] + ".key")).read().strip()


def test_secrets_are_wrapped_at_rest(cli, case, monkeypatch, tmp_path):
    from roomsift.oversight import tables

    with Case.open(case) as c, c.connect() as conn:
        rows = list(conn.execute(select(tables.oversight_secrets)))
    assert {r.name for r in rows} == {"pseudonym_hmac", "log_signing_key"}
    # without the case key (keyring elsewhere) output fails closed instead of showing identifiers
    monkeypatch.setenv("ROOMSIFT_KEYRING", str(tmp_path / "empty-keyring"))
    from typer.testing import CliRunner

    from roomsift.cli import app

    result = CliRunner().invoke(app, ["accounts", "--case", str(case), "--format", "json"])
    assert result.exit_code != 0
    assert isinstance(result.exception, (CaseError, SystemExit))


def test_triage_document_keeps_its_keys(case, monkeypatch):
    from roomsift.present.output import filter_document

    identity = _identity(case)
    with Case.open(case) as c, c.connect() as conn:
        keys = {r.id: r.key for r in conn.execute(select(schema.accounts))}
    doc = {"participants": [{"person": "P000001", "accounts": [keys[1]], "roles": ["operator"], "score": 3.5}],
           "potential_victims": [{"person": "P000002", "mention": "@samarkand100", "signals": ["threat"]}]}
    with Case.open(case) as c:
        out = filter_document(json.loads(json.dumps(doc)), {"case": c})
    assert out["participants"][0].keys() == doc["participants"][0].keys()
    assert out["potential_victims"][0].keys() == doc["potential_victims"][0].keys()
    assert out["participants"][0]["accounts"][0].startswith("acct_")
    assert out["potential_victims"][0]["mention"].startswith("@user_")
    assert out["participants"][0]["person"] == "P000001" and out["participants"][0]["roles"] == ["operator"]
    assert not _shown(json.dumps(out), identity, "P000001")
    # revealed under a basis for P000001: its accounts in the clear, the victim's mention still not
    from roomsift.oversight.basis import add_basis
    from roomsift.oversight.users import add_user

    monkeypatch.setenv("ROOMSIFT_USER", "ina")
    with Case.open(case) as c:
        add_user(c, "ina", "investigator")
        add_basis(c, type="court_order", reference="CO-1", persons=["P000001"], issuer="Court",
                  expires_utc=4102444800, grounds="operator")
        shown = filter_document(json.loads(json.dumps(doc)), {"case": c, "reveal": True})
    assert shown["participants"][0]["accounts"] == [keys[1]]
    assert shown["potential_victims"][0]["mention"].startswith("@user_")


def test_transparency_report_has_no_personal_data(cli, case):
    identity = _identity(case)
    cli("--user", "ina", "user", "add", "ina", "--role", "investigator", "--case", case)
    cli("--user", "ina", "basis", "add", "--type", "warrant", "--reference", "W-1", "--person", "P000001",
        "--issuer", "Court", "--expires", "2099-01-01", "--grounds", "operator", "--case", case)
    _accounts_json(cli, case, "ina")
    cli("--user", "ina", "audit", "export", "--case", case, "--out", case.parent / "bundle")
    rows = json.loads(cli("audit", "report", "--case", case, "--format", "json").stdout)
    measures = {(r["measure"], r["detail"]): r["count"] for r in rows}
    assert measures[("reveals (persons shown)", "warrant")] == 1
    assert measures[("refused reveals", "ina")] == 1
    assert measures[("exports", "audit_export")] == 1
    text = json.dumps(rows, ensure_ascii=False)
    assert not any(_shown(text, identity, p) for p in identity)


def test_witness_and_verify_through_the_cli(cli, case, tmp_path, fails):
    cli("--user", "adm", "user", "add", "adm", "--role", "admin", "--case", case)
    cli("--user", "adm", "user", "add", "aud", "--role", "auditor", "--case", case)
    assert "auditor" in fails("--user", "adm", "audit", "witness", "--case", case)
    own = tmp_path / "aud.jsonl"
    out = cli("--user", "aud", "audit", "witness", "--case", case, "--out", own).stdout
    assert "countersigned" in out and own.exists()
    assert "OK" in cli("audit", "verify", "--case", case).stdout
    proof = json.loads(cli("audit", "proof", "--entry", "1", "--case", case).stdout)
    from roomsift.oversight.verify import verify_inclusion

    assert verify_inclusion(1, proof["tree_size"], bytes.fromhex(proof["leaf_hash"]),
                            [bytes.fromhex(h) for h in proof["proof"]], bytes.fromhex(proof["root"]))
    cli("audit", "export", "--case", case, "--out", tmp_path / "bundle")
    from roomsift.oversight.verify import verify_bundle

    report = verify_bundle(tmp_path / "bundle", witness_files=[own])
    assert report.ok and report.witnesses == 2
