"""Insider tests: a curious or dishonest user of the case, with the case folder and a
shell, tries to reveal identities or hide what they did. Every attempt is refused (and
reported) or caught by `audit verify` / `roomsift-verify`. Runs on a real Telegram sample."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from roomsift.case import schema
from roomsift.case.store import Case
from tests.backend import copy_case, raw_db

SAMPLE = "telegram/frozenspider_telegram_2020-01_result.json"
KIM = "kim's own passphrase"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    from roomsift.ingest.core import ingest
    from tests.conftest import SAMPLES

    path = tmp_path_factory.mktemp("insider") / "case"
    with Case.create(path) as c:
        ingest(c, SAMPLES / SAMPLE, progress=False)
    return path


@pytest.fixture
def case(tmp_path, ingested, cli, monkeypatch):
    """A case with an admin (adm), an investigator kim with her own passphrase, a basis
    for P000001 recorded by kim, and an auditor (aud)."""
    path = tmp_path / "case"
    copy_case(ingested, path)
    cli("--user", "adm", "user", "add", "adm", "--role", "admin", "--case", path)
    monkeypatch.setenv("ROOMSIFT_NEW_PASSPHRASE", KIM)
    cli("--user", "adm", "user", "add", "kim", "--role", "investigator", "--case", path)
    monkeypatch.setenv("ROOMSIFT_NEW_PASSPHRASE", "test passphrase")
    cli("--user", "adm", "user", "add", "aud", "--role", "auditor", "--case", path)
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", KIM)
    cli("--user", "kim", "basis", "add", "--type", "warrant", "--reference", "2020-GO-7", "--person", "P000001",
        "--issuer", "District Court", "--expires", "2099-01-01", "--grounds", "suspected operator", "--case", path)
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", "test passphrase")
    return path


def _identity(case_path) -> dict[str, set[str]]:
    from roomsift.analysis.identity.api import person_map

    with Case.open(case_path) as c, c.connect() as conn:
        persons = person_map(conn)
        out: dict[str, set] = {}
        for row in conn.execute(select(schema.accounts)):
            out.setdefault(persons[row.id], set()).update(v for v in (row.key, row.platform_id, row.name) if v)
    return out


def _shown(text: str, identity: dict, person: str) -> bool:
    return any(i in text for i in identity[person])


def _events(case_path, kind: str) -> list[dict]:
    with Case.open(case_path) as c:
        return [e for e in c.events() if e["kind"] == kind]


def _sql(case_path, *statements: str) -> None:
    con = raw_db(case_path)
    for s in statements:
        con.execute(s)
    con.commit()
    con.close()


def _reveal_as(cli, case, user: str, passphrase: str | None, monkeypatch, expect=0):
    if passphrase is None:
        monkeypatch.delenv("ROOMSIFT_PASSPHRASE", raising=False)
    else:
        monkeypatch.setenv("ROOMSIFT_PASSPHRASE", passphrase)
    return cli("--user", user, "--reveal", "accounts", "--case", case, "--format", "json", expect=expect)


def _tampered(cli, case) -> str:
    out = cli("audit", "verify", "--case", case, expect=1).stdout
    assert "TAMPERED" in out
    return out


# -- who is acting --------------------------------------------------------------------------------
def test_the_name_alone_does_not_reveal(cli, case, monkeypatch):
    identity = _identity(case)
    for passphrase in (None, "test passphrase", "guessed wrong"):  # no passphrase; the tester's own; a guess
        result = _reveal_as(cli, case, "kim", passphrase, monkeypatch, expect=2)
        assert "passphrase" in result.stderr and result.stderr.count("\n") == 1
        assert not _shown(result.stdout, identity, "P000001")
    refused = _events(case, "reveal_refused")
    assert len(refused) == 3 and all("passphrase" in e["details"]["reason"] for e in refused)
    assert not _events(case, "reveal")
    # kim herself, with her passphrase, sees P000001; the reveal is signed with her key and names the command
    shown = _reveal_as(cli, case, "kim", KIM, monkeypatch).stdout
    assert _shown(shown, identity, "P000001")
    reveal = _events(case, "reveal")[-1]
    assert reveal["actor"] == "kim" and reveal["details"]["output"] == "roomsift accounts"
    from roomsift.oversight import decisions
    from roomsift.oversight.users import get_user

    with Case.open(case) as c, c.connect() as conn:
        public = get_user(conn, "kim").public_key
    record = {"persons": reveal["details"]["persons"], "bases": reveal["details"]["bases"], "output": "roomsift accounts"}
    assert decisions.check(reveal["details"]["decision"], "reveal", record, public)


def test_decisions_need_the_deciders_passphrase(cli, case, monkeypatch, fails):
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", "test passphrase")
    assert "passphrase" in fails("--user", "kim", "basis", "revoke", "1", "--reason", "x", "--case", case)
    assert "passphrase" in fails("--user", "kim", "basis", "add", "--type", "warrant", "--reference", "W", "--person",
                                 "P000002", "--issuer", "C", "--expires", "2099-01-01", "--grounds", "g", "--case", case)
    from roomsift.oversight import keys

    with Case.open(case) as c:
        pem = keys.user_key_path(c, "kim").read_bytes()
    assert b"ENCRYPTED" in pem  # the keyring copy alone is not kim's credential


# -- stored decisions ---------------------------------------------------------------------------------
def test_basis_inserted_by_hand_is_refused(cli, case, monkeypatch):
    identity = _identity(case)
    _sql(case, "INSERT INTO legal_bases (type, reference, scope, accounts, issuer, expires_utc, grounds, status, "
               "created_by, created_utc, signatures) VALUES ('warrant', 'FAKE-1', '[\"P000002\"]', '[2]', 'nobody', "
               "4102444800, 'curiosity', 'active', 'kim', 1700000000, '[]')")
    shown = _reveal_as(cli, case, "kim", KIM, monkeypatch).stdout
    assert _shown(shown, identity, "P000001") and not _shown(shown, identity, "P000002")
    refused = _events(case, "reveal_refused")[-1]["details"]
    assert "no signed audit-log entry" in refused["persons"]["P000002"]
    assert "#2" in _tampered(cli, case)


def test_widened_or_prolonged_basis_is_refused(cli, case, monkeypatch):
    identity = _identity(case)
    ids = sorted(a for a in range(1, 60))
    _sql(case, f"UPDATE legal_bases SET scope = '[\"P000001\", \"P000002\"]', accounts = '{json.dumps(ids)}' WHERE id = 1")
    shown = _reveal_as(cli, case, "kim", KIM, monkeypatch).stdout
    assert not _shown(shown, identity, "P000001") and not _shown(shown, identity, "P000002")
    assert "differ from what kim signed" in _tampered(cli, case)


def test_unrevoked_basis_is_refused(cli, case, monkeypatch):
    identity = _identity(case)
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", KIM)
    cli("--user", "kim", "basis", "revoke", "1", "--reason", "closed", "--case", case)
    _sql(case, "UPDATE legal_bases SET status = 'active', revoked_by = NULL, revoked_utc = NULL WHERE id = 1")
    shown = _reveal_as(cli, case, "kim", KIM, monkeypatch).stdout
    assert not _shown(shown, identity, "P000001")
    assert "was revoked" in _events(case, "reveal_refused")[-1]["details"]["persons"]["P000001"]
    assert "was revoked" in _tampered(cli, case)


def test_role_changed_by_sql_is_refused(cli, case, monkeypatch, fails):
    identity = _identity(case)
    _sql(case, "UPDATE case_users SET role = 'investigator' WHERE name = 'aud'")
    result = _reveal_as(cli, case, "aud", "test passphrase", monkeypatch, expect=2)
    assert "refused" in result.stderr and "aud" in result.stderr
    assert not _shown(result.stdout, identity, "P000001")
    # a user inserted by hand with a key of their own making is refused the same way
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from roomsift.oversight import keys

    fake = keys.public_b64(Ed25519PrivateKey.generate())
    _sql(case, f"INSERT INTO case_users (name, role, public_key, added_by, added_utc, active) "
               f"VALUES ('eve', 'supervisor', '{fake}', 'adm', 1700000000, TRUE)")
    assert "refused" in fails("--user", "eve", "basis", "approve", "1", "--case", case)
    out = _tampered(cli, case)
    assert "'aud'" in out and "'eve'" in out
    listed = {u["name"]: u["signed"] for u in json.loads(cli("user", "list", "--case", case, "--format", "json").stdout)}
    assert listed["kim"] == "yes" and listed["aud"].startswith("REFUSED") and listed["eve"].startswith("REFUSED")


def test_audit_verify_compares_event_content(cli, case):
    assert "OK" in cli("audit", "verify", "--case", case).stdout
    _sql(case, "UPDATE events SET summary = 'nothing happened' WHERE kind = 'reveal_refused' OR kind = 'basis_added'")
    out = _tampered(cli, case)
    assert "edited in the database" in out
    _sql(case, "DELETE FROM events WHERE kind = 'user_added' AND id = (SELECT max(id) FROM events WHERE kind = 'user_added')")
    assert "deleted from the case" in _tampered(cli, case)


# -- a basis covers what was approved ---------------------------------------------------------------------
def test_later_merge_is_not_covered(cli, case, monkeypatch):
    """A warrant for P000001; then kim confirms a link joining a victim's account into
    P000001. The basis still covers only the accounts it was signed for."""
    identity = _identity(case)
    other = sorted(p for p in identity if p != "P000001")[0]
    account = int(other[1:])
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", KIM)
    cli("--user", "kim", "link", "confirm", f"L1-{account}", "--note", "same person, trust me", "--case", case)
    assert _identity(case)["P000001"] >= identity[other]  # merged
    shown = _reveal_as(cli, case, "kim", KIM, monkeypatch).stdout
    assert not any(i in shown for i in identity[other])
    assert any(i in shown for i in identity["P000001"])
    reason = _events(case, "reveal_refused")[-1]["details"]["persons"]["P000001"]
    assert "after basis #1 was signed" in reason
    # the manual link is listed and its decision logged and signed
    links = json.loads(cli("link", "list", "--case", case, "--format", "json").stdout)
    assert any(r["link"] == f"L1-{account}" and r["status"] == "confirmed" for r in links)
    event = _events(case, "link_confirm")[-1]
    assert event["actor"] == "kim" and set(event["details"]["decision"]) == {"record_sha256", "key_id", "sig"}


def test_team_case_link_needs_a_second_person(cli, case, monkeypatch, fails):
    identity = _identity(case)
    other = sorted(p for p in identity if p != "P000001")[0]
    account = int(other[1:])
    cli("--user", "adm", "user", "add", "sup", "--role", "supervisor", "--case", case)
    cli("--user", "adm", "user", "add", "sup2", "--role", "supervisor", "--case", case)
    cli("--user", "sup", "basis", "team", "--case", case)
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", KIM)
    out = cli("--user", "kim", "link", "confirm", f"L1-{account}", "--case", case).stdout
    assert "awaiting" in out
    assert _identity(case)["P000001"] == identity["P000001"]  # not merged yet
    pending = json.loads(cli("link", "list", "--case", case, "--format", "json").stdout)
    assert any(r["link"] == f"L1-{account}" and r["status"] == "pending approval" for r in pending)
    assert "supervisor" in fails("--user", "kim", "link", "approve", f"L1-{account}", "--case", case)
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", "test passphrase")
    cli("--user", "sup2", "link", "approve", f"L1-{account}", "--case", case)
    assert _identity(case)["P000001"] >= identity[other]
    kinds = [e["kind"] for e in Case.open(case).events()]
    assert "link_confirm_requested" in kinds and "link_confirm" in kinds


# -- every access logged and reviewable ----------------------------------------------------------------
def test_every_view_is_logged_with_its_command(cli, case, tmp_path):
    before = len(_events(case, "access"))
    runs = [("messages", "--limit", "5"), ("messages", "--search", "hello"), ("accounts",), ("chats",), ("payments",),
            ("network", "--export", str(tmp_path / "g.graphml"))]
    for args in runs:
        cli(*args, "--case", case)
    logged = _events(case, "access")[before:]
    assert [e["details"]["output"] for e in logged] == ["roomsift " + a[0] for a in runs]
    assert "search" in logged[1]["details"]["options"] and "hello" not in json.dumps(logged[1], ensure_ascii=False)
    assert "export" in logged[-1]["details"]["options"]


def test_basis_list_shows_every_person_in_scope(cli, case, monkeypatch):
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", KIM)
    cli("--user", "kim", "basis", "add", "--type", "court_order", "--reference", "CO-2", "--person", "P000002",
        "--person", "P000003", "--issuer", "Court", "--expires", "2099-01-01", "--grounds", "payers", "--case", case)
    rows = json.loads(cli("basis", "list", "--case", case, "--format", "json").stdout)
    assert rows[1]["scope"] == ["P000002", "P000003"] and rows[1]["accounts"] >= 2
    table = cli("basis", "list", "--case", case).stdout
    assert "P000002" in table and "P000003" in table
    _sql(case, "UPDATE legal_bases SET expires_utc = 4200000000 WHERE id = 2")
    rows = json.loads(cli("basis", "list", "--case", case, "--format", "json").stdout)
    assert rows[1]["status"].startswith("REFUSED")


def test_role_changes_are_signed_and_cannot_be_rolled_back_by_sql(cli, case, monkeypatch, fails):
    identity = _identity(case)
    assert "admin" in fails("--user", "kim", "user", "role", "aud", "--role", "investigator", "--case", case)
    cli("--user", "adm", "user", "role", "aud", "--role", "investigator", "--case", case)
    assert _shown(_reveal_as(cli, case, "aud", "test passphrase", monkeypatch).stdout, identity, "P000001")
    event = _events(case, "user_role")[-1]
    assert event["actor"] == "adm" and set(event["details"]["decision"]) == {"record_sha256", "key_id", "sig"}
    # the earlier, also signed, state does not count any more
    _sql(case, "UPDATE case_users SET role = 'auditor' WHERE name = 'aud'")
    assert "signed log says investigator" in _reveal_as(cli, case, "aud", "test passphrase", monkeypatch, expect=2).stderr
    cli("audit", "verify", "--case", case, expect=1)
