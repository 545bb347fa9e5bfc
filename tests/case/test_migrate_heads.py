"""Opening an up-to-date case skips Alembic (issue 13, CLI start): the heads read from the
migration files' headers must be Alembic's own heads, and a new case's version table must
hold exactly them, or every command would still pay for Alembic."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from roomsift.case import migrate
from roomsift.case.store import Case


def test_heads_from_the_headers_are_alembics_heads(tmp_path):
    case = Case.create(tmp_path / "case")
    assert migrate.script_heads() == set(ScriptDirectory.from_config(migrate._config(case.engine)).get_heads())
    assert migrate._current(case.engine) == migrate.version_rows()  # so Case.open takes the short path


def test_an_unreadable_header_leaves_the_decision_to_alembic(tmp_path, monkeypatch):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0001.py").write_text('revision = "0001"\ndown_revision = None\n')
    (versions / "0002.py").write_text('revision = "0002"\ndown_revision = ("0001", "x")\n')
    (versions / "0009.py").write_text('revision = "0009"  # a branch\ndown_revision = None\ndepends_on = None\n')
    (versions / "0004.py").write_text('revision = "0004"\ndown_revision = "0001"\ndepends_on = "0009"\n')
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)
    assert migrate.script_heads() == {"0002", "0004", "0009"}
    assert migrate.version_rows() == {"0002", "0004"}
    (versions / "0003.py").write_text('revision = REV\ndown_revision = "0002"\n')
    assert migrate.script_heads() is None
