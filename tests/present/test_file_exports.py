"""File exports leave through the door: the network's GraphML/GEXF pass the privacy layer
(a 1:1 chat's title is a name) and each file lands in the audit log with its SHA-256."""

from __future__ import annotations

import hashlib

import pytest

from roomsift.case.store import Case
from tests.tgexport import msg, write_single_chat


@pytest.fixture
def with_dm(markup_case, cli, tmp_path):
    dm = [msg(101, "hi", sender=("Haneul Park", "user901")), msg(102, "ok", sender=("Boss Kim", "user900"))]
    write_single_chat(tmp_path / "dm", dm, name="Haneul Park", chat_type="personal_chat", chat_id=901)
    cli("ingest", tmp_path / "dm", "--case", markup_case)
    return markup_case


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_graph_export_is_pseudonymised_and_logged(with_dm, cli, tmp_path, suffix):
    path = tmp_path / f"graph{suffix}"
    cli("network", "--case", with_dm, "--export", path)
    text = path.read_text(encoding="utf-8")
    assert "Paid [b]Room[/b]" in text and "name_" in text  # group title shown, 1:1 title pseudonymised
    assert "Haneul" not in text and "Boss Kim" not in text and "user90" not in text
    with Case.open(with_dm) as case:
        exports = [e for e in case.events() if e["kind"] == "export"]
    assert exports and exports[-1]["details"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert exports[-1]["details"]["file"] == path.name


def test_graph_export_reveals_under_a_basis(with_dm, cli, tmp_path):
    cli("--user", "ina", "user", "add", "ina", "--role", "investigator", "--case", with_dm)
    dm_person = cli("persons", "--case", with_dm, "-f", "json").stdout  # ensure persons exist
    assert dm_person
    cli("--user", "ina", "basis", "add", "--type", "consent", "--reference", "C-1", "--person", "Haneul Park",
        "--issuer", "the person", "--expires", "2099-12-31", "--grounds", "victim consents", "--case", with_dm)
    path = tmp_path / "graph.graphml"
    result = cli("--user", "ina", "--reveal", "network", "--case", with_dm, "--export", path)
    assert "Haneul Park" in path.read_text(encoding="utf-8")
    with Case.open(with_dm) as case:
        assert [e for e in case.events() if e["kind"] == "export"][-1]["details"]["revealed"] is True
    assert "Boss Kim" not in path.read_text(encoding="utf-8") and result.exit_code == 0
