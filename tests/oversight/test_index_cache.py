"""The privacy layer's identifier index kept in the case (issue 13): reused by the next
command, never used once the case's names or accounts changed, ignored when not authentic."""

from __future__ import annotations

import json

import pytest

from roomsift.oversight import privacy
from roomsift.oversight.pseudonyms import IdentityIndex
from tests.backend import raw_db
from tests.tgexport import msg, write_single_chat


def _stored(case_dir):
    return sorted((case_dir / "derived").glob("privacy-index-*.bin"))


def _texts(cli, case_dir) -> str:
    out = cli("messages", "--case", case_dir, "--format", "json").stdout
    return " ".join(r["text"] for r in json.loads(out))


@pytest.fixture
def case_dir(cli, tmp_path):
    export = write_single_chat(tmp_path / "export", [
        msg(1, "hello all", sender=("Valentina Quist", "user501")),
        msg(2, "Rosalind Okafor says hi, and Valentina Quist too", sender=("Bob Marsh", "user502")),
    ])
    case = tmp_path / "case"
    cli("case", "new", case)
    cli("ingest", export, "--case", case)
    return case


def test_next_command_loads_instead_of_building(cli, case_dir, monkeypatch):
    first = _texts(cli, case_dir)
    assert "Valentina Quist" not in first
    assert len(_stored(case_dir)) == 1

    def refuse(conn):
        raise AssertionError("built although the case is unchanged")

    monkeypatch.setattr(IdentityIndex, "build", staticmethod(refuse))
    assert _texts(cli, case_dir) == first  # a new command (a new case view) masks the same, from the stored index


def test_a_name_changed_in_place_is_never_served_stale(cli, case_dir):
    """An account renamed without any new row (what ingest does when a display name changes):
    the stored index must not be used, so the new name is masked in text."""
    assert "Rosalind Okafor" in _texts(cli, case_dir)  # not an account's name yet: shown
    before = _stored(case_dir)
    db = raw_db(case_dir)
    with db:
        db.execute("UPDATE accounts SET name = 'Rosalind Okafor' WHERE platform_id = 'user502'")
    db.close()
    texts = _texts(cli, case_dir)
    assert "Rosalind Okafor" not in texts
    assert _stored(case_dir) != before and len(_stored(case_dir)) == 1  # the old state was replaced


def test_a_tampered_or_foreign_file_is_ignored(cli, case_dir, monkeypatch):
    first = _texts(cli, case_dir)
    [path] = _stored(case_dir)
    blob = bytearray(path.read_bytes())
    blob[-5] ^= 0xFF
    path.write_bytes(bytes(blob))
    built = []
    real = IdentityIndex.build
    monkeypatch.setattr(IdentityIndex, "build", staticmethod(lambda conn: built.append(1) or real(conn)))
    assert _texts(cli, case_dir) == first
    assert built == [1]  # rebuilt, not unpickled


def test_person_map_is_read_fresh(cli, case_dir, monkeypatch):
    """Who is who is not kept in the file: a load asks the identity capability every time."""
    _texts(cli, case_dir)
    asked = []
    real = privacy.person_map
    monkeypatch.setattr(privacy, "person_map", lambda conn: asked.append(1) or real(conn))
    _texts(cli, case_dir)
    assert asked
