"""--reveal shows real identifiers only under a basis, and when it reveals nothing (or not
everything) it says on stderr what was refused and why. A payment identifier is revealed
when a basis covers the person who presented it as their own, or names the value itself."""

from __future__ import annotations

import pytest

import roomsift.oversight.basis as basis
from tests.present.conftest import WALLET, rows

BOSS = "Boss Kim"


def _users(cli, case, *pairs):
    cli("--user", "adm", "user", "add", "adm", "--role", "admin", "--case", case)
    for name, role in pairs:
        cli("--user", "adm", "user", "add", name, "--role", role, "--case", case)


def _basis(cli, case, user, person, expires="2099-12-31"):
    cli("--user", user, "basis", "add", "--type", "warrant", "--reference", "W-1", "--person", person,
        "--issuer", "District Court", "--expires", expires, "--grounds", "operator of the paid room", "--case", case)


def _boss(cli, case) -> str:
    return next(r["person"] for r in rows(cli("payments", "--case", case, "-f", "json")) if r["kind"] == "btc")


def _reveal(cli, case, user, *args):
    return cli("--user", user, "--reveal", *(args or ("messages",)), "--case", case, "-f", "json")


def test_no_basis_says_so(markup_case, cli):
    _users(cli, markup_case, ("ina", "investigator"))
    result = _reveal(cli, markup_case, "ina")
    assert BOSS not in result.stdout
    assert "reveal refused for" in result.stderr and "no legal basis covers this person" in result.stderr
    many_tables = cli("--user", "ina", "--reveal", "person", "P000001", "--case", markup_case).stderr.splitlines()
    assert many_tables and len(many_tables) == len(set(many_tables))  # stated once per command
    from roomsift.case.store import Case

    with Case.open(markup_case) as case:
        refused = [e for e in case.events() if e["kind"] == "reveal_refused"]
    assert refused[0]["details"]["output"] == "roomsift messages"  # the audit log names the command


def test_not_a_case_user_and_wrong_role_say_so(markup_case, cli):
    _users(cli, markup_case, ("aud", "auditor"))
    stranger = _reveal(cli, markup_case, "stranger")
    assert "reveal refused: stranger is not a user of this case" in stranger.stderr and BOSS not in stranger.stdout
    auditor = _reveal(cli, markup_case, "aud")
    assert "aud is auditor; only investigators and supervisors may reveal" in auditor.stderr


def test_pending_and_expired_bases_say_so(markup_case, cli, monkeypatch):
    _users(cli, markup_case, ("ina", "investigator"), ("sup", "supervisor"))
    cli("--user", "sup", "basis", "team", "--case", markup_case)
    boss = _boss(cli, markup_case)
    _basis(cli, markup_case, "ina", boss)
    pending = _reveal(cli, markup_case, "ina")
    assert "basis #1 is pending approval" in pending.stderr and BOSS not in pending.stdout
    cli("--user", "sup", "basis", "approve", "1", "--case", markup_case)
    assert BOSS in _reveal(cli, markup_case, "ina").stdout
    monkeypatch.setattr(basis, "now_utc", lambda: 4102444800 + 1)  # after 2100-01-01
    expired = _reveal(cli, markup_case, "ina")
    assert "basis #1 is expired" in expired.stderr and BOSS not in expired.stdout


def test_basis_reveals_the_persons_own_payment_identifier(markup_case, cli):
    _users(cli, markup_case, ("ina", "investigator"))
    hidden = _reveal(cli, markup_case, "ina", "payments")
    assert WALLET not in hidden.stdout
    _basis(cli, markup_case, "ina", _boss(cli, markup_case))
    shown = _reveal(cli, markup_case, "ina", "payments")
    assert WALLET in shown.stdout and BOSS in shown.stdout
    assert WALLET in _reveal(cli, markup_case, "ina", "messages").stdout  # the same in every view
    assert WALLET not in cli("--user", "ina", "payments", "--case", markup_case, "-f", "json").stdout  # no --reveal


@pytest.mark.parametrize("named_as", ["written", "pseudonym"])
def test_basis_naming_the_value_reveals_only_it(markup_case, cli, named_as):
    _users(cli, markup_case, ("ina", "investigator"))
    wallet = next(r["value"] for r in rows(cli("payments", "--case", markup_case, "-f", "json")) if r["kind"] == "btc")
    _basis(cli, markup_case, "ina", WALLET if named_as == "written" else wallet)
    shown = _reveal(cli, markup_case, "ina", "payments")
    assert WALLET in shown.stdout and BOSS not in shown.stdout
    listed = cli("basis", "list", "--case", markup_case, "-f", "json").stdout
    assert WALLET not in listed  # the basis records the value's pseudonym, not the value
