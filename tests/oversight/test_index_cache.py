"""The privacy layer's identifier index kept in the case (issue 13): reused by the next
command, never used once a row it is built from changed (whatever wrote it), ignored when
not authentic, and who is who always asked fresh."""

from __future__ import annotations

import json

import pytest

from roomsift.case.store import Case
from roomsift.oversight import index_cache, privacy
from roomsift.oversight.pseudonyms import IdentityIndex
from tests.backend import raw_db
from tests.tgexport import msg, write_single_chat

MESSAGES = [
    msg(1, "hello all", sender=("Valentina Quist", "user501")),
    msg(2, "Rosalind Okafor says hi, and Valentina Quist too", sender=("Bob Marsh", "user502")),
]


def _stored(case_dir):
    return sorted((case_dir / "derived").glob("privacy-index-*.bin"))


def _texts(cli, case_dir) -> str:
    out = cli("messages", "--case", case_dir, "--format", "json").stdout
    return " ".join(r["text"] for r in json.loads(out))


def _state(case_dir) -> str:
    case = Case.open(case_dir)
    with case.connect() as conn:
        return index_cache.state(conn)


@pytest.fixture
def case_dir(cli, tmp_path):
    export = write_single_chat(tmp_path / "export", MESSAGES)
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
    """An account renamed without any new row, even by raw SQL: the triggers change the
    state, the stored index is not used, and the new name is masked in text."""
    assert "Rosalind Okafor" in _texts(cli, case_dir)  # not an account's name yet: shown
    before, state = _stored(case_dir), _state(case_dir)
    db = raw_db(case_dir)
    with db:
        db.execute("UPDATE accounts SET name = 'Rosalind Okafor' WHERE platform_id = 'user502'")
    db.close()
    assert _state(case_dir) != state
    texts = _texts(cli, case_dir)
    assert "Rosalind Okafor" not in texts
    assert _stored(case_dir) != before and len(_stored(case_dir)) == 1  # the old state was replaced


def test_every_write_the_index_reads_changes_the_state(cli, case_dir, tmp_path):
    """Ingest (new accounts, a display name changed by a later export), names and usernames
    recorded or removed, and payment values presented as one's own: each gives a new state;
    an unrelated write (a message edit elsewhere, an event) does not."""
    states = [_state(case_dir)]

    def changed() -> bool:
        states.append(_state(case_dir))
        return states[-1] != states[-2]

    # a second export from the same chat: Bob is now called Robert, and Mallory is new
    later = write_single_chat(tmp_path / "later", MESSAGES + [
        msg(3, "new here", sender=("Mallory Vane", "user503")),
        msg(4, "still me", sender=("Robert Marsh", "user502")),
        msg(5, "ask Mallory Vane or Robert Marsh", sender=("Valentina Quist", "user501")),
    ])
    _texts(cli, case_dir)  # the index of the first state is stored
    cli("ingest", later, "--case", case_dir)
    assert changed()
    texts = _texts(cli, case_dir)
    assert "ask " in texts and "Mallory Vane" not in texts and "Robert Marsh" not in texts

    def write(*statements: str) -> None:
        db = raw_db(case_dir)  # one connection per write (a PostgreSQL connection closes with its block)
        with db:
            for sql in statements:
                db.execute(sql)
        db.close()

    write("DELETE FROM account_names WHERE name = 'Valentina Quist'")
    assert changed()
    write(  # a payment value presented as one's own: part of the index
        "INSERT INTO artifacts (message_id, chat_id, account_id, time_utc, source, kind, value, raw, validity, "
        "context, detail, start, \"end\") SELECT id, chat_id, account_id, time_utc, 'text', 'btc', "
        "'bc1qexampleexampleexampleexample00', 'x', 'valid', 'self', '{}', 0, 1 FROM messages LIMIT 1")
    assert changed()
    write(  # a payment value merely mentioned, and a message edited: not part of the index
        "INSERT INTO artifacts (message_id, chat_id, account_id, time_utc, source, kind, value, raw, validity, "
        "context, detail, start, \"end\") SELECT id, chat_id, account_id, time_utc, 'text', 'btc', "
        "'bc1qotherotherotherotherother00', 'x', 'valid', 'mention', '{}', 0, 1 FROM messages LIMIT 1",
        "UPDATE messages SET text = text || '!' WHERE id = (SELECT MIN(id) FROM messages)")
    assert not changed()


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
    assert built == [1]  # rebuilt, not opened


def test_a_file_for_another_state_is_not_used(cli, case_dir):
    """An authentic file renamed to the current state's name (a copy from another state of
    the same case) fails its tag: the state is inside what the tag covers."""
    _texts(cli, case_dir)
    [old] = _stored(case_dir)
    db = raw_db(case_dir)
    with db:
        db.execute("UPDATE accounts SET name = 'Rosalind Okafor' WHERE platform_id = 'user502'")
    db.close()
    (case_dir / "derived" / f"privacy-index-{_state(case_dir)}.bin").write_bytes(old.read_bytes())
    assert "Rosalind Okafor" not in _texts(cli, case_dir)  # the old index (without the new name) was refused


def test_persons_are_asked_fresh_and_only_when_revealing(cli, case_dir, monkeypatch):
    """Who is who is not kept anywhere: a link decision made after the index was loaded
    shows at once; an output that reveals nothing never asks identity for the whole map."""
    _texts(cli, case_dir)
    full = []
    real = privacy.person_map
    monkeypatch.setattr(privacy, "person_map", lambda conn: full.append(1) or real(conn))
    _texts(cli, case_dir)
    assert full == []

    case = Case.open(case_dir)
    view = privacy.case_view(case)
    with case.connect() as conn:
        view.index(conn)
        a, b = sorted(r[0] for r in conn.exec_driver_sql("SELECT id FROM accounts WHERE platform_id IN ('user501', 'user502')"))
        persons = view.persons(conn)
        assert persons.get(a) != persons.get(b)
    cli("link", "confirm", f"L{a}-{b}", "--note", "same phone in both profiles", "--case", case_dir)
    with case.connect() as conn:
        persons = view.persons(conn)
        assert persons.get(a) == persons.get(b) is not None
