"""Walk every command registered on `roomsift.cli.app` over the demo case (plus a real
Telegram sample) and fail if any real identifier — platform account id, username,
display name, phone or bank account number — appears in what it prints or writes,
without a legal basis. With --reveal, only the identifiers of persons covered by an
active basis may appear.

New commands are covered automatically: every command must appear in COMMANDS, either
with example arguments or with the reason it cannot run here; a command missing from
the table fails the test instead of being skipped."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

CASE = "{case}"
# Commands in the order they run. Values: argument lists (several = several runs), or a
# string explaining why the command is not run in this test.
COMMANDS: dict[str, list[list[str]] | str] = {
    "demo": "builds the session's demo (conftest demo_built), a copy of which this test walks; its output is checked with the rest",
    "case new": [["{tmp}/another-case"]],
    "ingest": [["{samples}/telegram/frozenspider_telegram_2023-01_result.json", "--case", CASE]],
    "formats": [[]],
    "case info": [["--case", CASE]],
    "case verify": [["--case", CASE]],
    "chats": [["--case", CASE]],
    "accounts": [["--case", CASE]],
    "messages": [["--case", CASE, "--limit", "1000"]],
    "triage": [["--case", CASE]],
    "explain": [["P000010", "--case", CASE]],
    "victims": [["--case", CASE]],
    "eval": [["--case", CASE, "--truth", "{exports}/truth.json"]],
    "payments": [["--case", CASE], ["--case", CASE, "--view", "prices"], ["--case", CASE, "--view", "totals"],
                 ["--case", CASE, "--view", "shared"], ["--flows", "--case", CASE]],
    "persons": [["--case", CASE]],
    "person": [["P000010", "--case", CASE]],
    "network": [["--case", CASE], ["--case", CASE, "--export", "{tmp}/walk.graphml"], ["--case", CASE, "--export", "{tmp}/walk.gexf"]],
    "link list": [["--case", CASE]],
    "link confirm": [["L10-19", "--case", CASE, "--note", "same operator"]],
    "link approve": "needs a confirmation pending in a team case; covered by test_insider.py",
    "link reject": [["L10-19", "--case", CASE, "--note", "second look"]],
    "link eval": [["--case", CASE, "--truth", "{exports}/truth.json"]],
    "media hash": [["--case", CASE]],
    "media list": [["--case", CASE]],
    "media match": [["--case", CASE]],
    "media matches": [["--case", CASE]],
    "hashset list": [["--case", CASE]],
    "hashset import": [["{exports}/known_material/demo_known_md5.csv", "--name", "walk-md5", "--case", CASE]],
    "hashset export": [["walk-md5", "--case", CASE, "--out", "{tmp}/walk-md5.csv"]],
    "hashset augment": [["walk-md5", "--images", "{exports}/telegram/photoclub/photos", "--case", CASE]],
    "serve-matcher": "starts a long-running HTTP service; the media tests cover its responses",
    "report": [["--case", CASE, "--out", "{tmp}/report.html"]],
    "export case-uco": [["--case", CASE, "--out", "{tmp}/bundle.jsonld"]],
    "export table": [["--case", CASE, "--table", "participants", "--out", "{tmp}/participants.csv"],
                     ["--case", CASE, "--table", "payments", "--out", "{tmp}/payments.csv"]],
    "export package": "zips the report and CASE/UCO bundle written above (checked here); tests/export/test_package.py covers it",
    "serve": "starts the web application; tests/web walks every page and API route as each role",
    "user password": "sets a web password; tests/web covers it (sign-in, lock-out)",
    "user add": [["adm", "--role", "admin", "--case", CASE, "@as:adm"],
                 ["ina", "--role", "investigator", "--case", CASE, "@as:adm"],
                 ["sup", "--role", "supervisor", "--case", CASE, "@as:adm"],
                 ["aud", "--role", "auditor", "--case", CASE, "@as:adm"]],
    "user list": [["--case", CASE]],
    "user role": "changes who may do what in the walk; covered by test_insider.py",
    "user passphrase": [["--case", CASE, "@as:ina"]],
    "basis add": [["--type", "warrant", "--reference", "2020-GO-1", "--person", "P000001", "--issuer", "Seoul Central District Court",
                   "--expires", "2099-12-31", "--grounds", "operator of the paid rooms", "--case", CASE, "@as:ina"]],
    "basis team": [["--case", CASE, "@as:sup"]],
    "basis approve": "needs a pending basis; covered by test_reveal.py (team case)",
    "basis revoke": "covered by test_reveal.py",
    "basis list": [["--case", CASE]],
    "audit witness": [["--case", CASE, "--out", "{tmp}/aud-cosignatures.jsonl", "@as:aud"]],
    "audit proof": [["--entry", "3", "--case", CASE]],
    "audit report": [["--case", CASE]],
    "audit verify": [["--case", CASE]],
    "audit export": [["--case", CASE, "--out", "{tmp}/bundle"]],
    "user remove": [["aud", "--case", CASE, "@as:adm"]],
}
WRITTEN = ["{tmp}/walk-md5.csv", "{tmp}/bundle/entries.jsonl", "{tmp}/aud-cosignatures.jsonl", "{tmp}/walk.graphml", "{tmp}/walk.gexf",
           "{tmp}/report.html", "{tmp}/bundle.jsonld", "{tmp}/participants.csv", "{tmp}/payments.csv"]
REVEAL_RUNS = [["messages", "--case", CASE, "--limit", "1000", "--format", "json"],
               ["accounts", "--case", CASE, "--format", "json"], ["person", "P000001", "--case", CASE, "--format", "json"],
               ["payments", "--case", CASE, "--format", "json"]]
PAYMENT_KINDS = ("bank_account", "btc", "eth", "xmr", "trx", "gift_card")


def _leaf_commands() -> dict[str, object]:
    import typer.main

    from roomsift.cli import app

    def walk(cmd, path=()):
        if hasattr(cmd, "commands"):
            for name, sub in cmd.commands.items():
                yield from walk(sub, path + (name,))
        else:
            yield " ".join(path), cmd

    return dict(walk(typer.main.get_command(app)))


def _identifiers(case: Path) -> dict[str, set[str]]:
    """Every real identifier in the case, grouped by the account id it belongs to ("" if unknown)."""
    from tests.backend import raw_db

    con = raw_db(case)
    found: dict[str, set[str]] = {}

    def add(owner, value):
        if not value:
            return
        value = str(value).strip()
        if len(value) >= (4 if value.isascii() else 2):
            found.setdefault(value, set()).add(str(owner or ""))

    # Accounts that are rooms posting as themselves (Telegram channel ids) carry the room's
    # title as their name; a room title is not a person's identifier. Their ids still count.
    rooms = {aid for aid, pid in con.execute("select id, platform_id from accounts") if pid.startswith("channel")}
    for aid, key, pid, name in con.execute("select id, key, platform_id, name from accounts"):
        add(aid, key), add(aid, pid)
        if aid not in rooms:
            add(aid, name)
    for aid, name in con.execute("select account_id, name from account_names"):
        if aid not in rooms:
            add(aid, name.lstrip("@"))
    rows = con.execute("select account_id, kind, value, raw, context from artifacts where kind in "
                       "('phone','username','bank_account','btc','eth','xmr','trx','gift_card')").fetchall()
    # a phone or username in a message belongs to whoever it names, not the poster; a
    # payment identifier to whoever presented it as their own ("pay here", "my wallet")
    owners: dict[str, set] = {}
    for aid, kind, value, _raw, context in rows:
        # a channel posting its operators' wallet is a room, not a person who owns it
        if kind in PAYMENT_KINDS and context in ("offer", "self") and aid not in rooms:
            owners.setdefault(value, set()).add(aid)
    for aid, kind, value, raw, context in rows:
        for owner in owners.get(value, {None}):
            add(owner, raw.lstrip("@")), add(owner, value.split(":")[-1])
    for (text,) in con.execute("select text from messages where text like '%@%'"):
        for m in re.finditer(r"@([A-Za-z][A-Za-z0-9_]{3,31})", text):
            add(None, m.group(1))
    con.close()
    return found


def _leaks(text: str, identifiers: dict[str, set[str]], allowed: set[str] = frozenset()) -> list[str]:
    low = text.lower()
    out = []
    for ident, owners in identifiers.items():
        if owners and owners <= allowed:
            continue
        needle = ident.lower()
        if needle not in low:
            continue
        if not ident.isascii() or re.search(r"(?<![A-Za-z0-9_])" + re.escape(needle) + r"(?![A-Za-z0-9_])", low):
            out.append(ident)
    return out


@pytest.fixture(scope="module")
def walked(tmp_path_factory, demo_built):
    """Take a copy of the demo case the session built with `roomsift demo` (whose output is
    checked with the rest), then run every command over it."""
    from typer.testing import CliRunner

    from roomsift.cli import app
    from tests.backend import copy_case
    from tests.conftest import FIXTURE_ENV, SAMPLES

    tmp = tmp_path_factory.mktemp("walk")
    runner = CliRunner(env=FIXTURE_ENV)

    def run(args, user="test-investigator"):
        result = runner.invoke(app, ["--user", user] + args, catch_exceptions=True)
        return result

    demo_folder, demo_output = demo_built
    outputs: list[tuple[str, str, int]] = [("demo", demo_output, 0)]
    copy_case(demo_folder / "case", tmp / "demo" / "case")
    subs = {"{case}": str(tmp / "demo" / "case"), "{tmp}": str(tmp), "{samples}": str(SAMPLES),
            "{exports}": str(demo_folder / "exports")}  # only read

    def fill(arg: str) -> str:
        for k, v in subs.items():
            arg = arg.replace(k, v)
        return arg

    commands = _leaf_commands()
    import time

    timings = {}
    for name, runs in COMMANDS.items():
        if isinstance(runs, str):
            continue
        fmt = "--format" in [o for p in commands[name].params for o in getattr(p, "opts", [])] if name in commands else False
        for args in runs:
            user = next((a[4:] for a in args if a.startswith("@as:")), "test-investigator")
            argv = name.split() + [fill(a) for a in args if not a.startswith("@as:")]
            for variant in (["--format", "json"], []) if fmt else ([],):
                t0 = time.perf_counter()
                result = run(argv + variant, user)
                timings[" ".join(argv[:2] + variant)] = time.perf_counter() - t0
                outputs.append((" ".join(argv + variant), result.output + (result.stderr if result.stderr_bytes else ""),
                                result.exit_code))
                if result.exception and not isinstance(result.exception, SystemExit):
                    raise AssertionError(f"{' '.join(argv + variant)} crashed: {result.exception!r}")
    if os.environ.get("ROOMSIFT_WALK_DUMP"):
        Path(os.environ["ROOMSIFT_WALK_DUMP"] + ".times").write_text(json.dumps(timings, indent=1))
    reveal = [(" ".join(a), run(["--reveal"] + [fill(x) for x in a], "ina")) for a in REVEAL_RUNS]
    import html

    written = {w: html.unescape(Path(fill(w)).read_text(encoding="utf-8")) for w in WRITTEN}  # reports escape what they quote
    db = tmp / "demo" / "case"
    return {"outputs": outputs, "reveal": reveal, "written": written, "identifiers": _identifiers(db), "db": db}


def test_table_names_every_command():
    commands = set(_leaf_commands())
    missing = sorted(commands - set(COMMANDS))
    stale = sorted(set(COMMANDS) - commands)
    assert not missing, f"commands without example arguments in COMMANDS (add them): {missing}"
    assert not stale, f"COMMANDS lists commands that no longer exist: {stale}"


def test_identifiers_are_collected(walked):
    ids = walked["identifiers"]
    assert len(ids) > 150
    assert any(i.startswith("user") for i in ids) and any(not i.isascii() for i in ids)


def test_no_command_prints_a_real_identifier(walked):
    leaks = {}
    for command, text, code in walked["outputs"]:
        assert code in (0, 2), f"{command} exited {code}:\n{text[-2000:]}"
        found = _leaks(text, walked["identifiers"])
        if found:
            leaks[command] = found[:8]
    if os.environ.get("ROOMSIFT_WALK_DUMP"):
        Path(os.environ["ROOMSIFT_WALK_DUMP"]).write_text(json.dumps(leaks, ensure_ascii=False, indent=1))
    assert not leaks, "real identifiers shown without a basis:\n" + json.dumps(leaks, ensure_ascii=False, indent=1)


def test_commands_really_ran(walked):
    ok = [c for c, _t, code in walked["outputs"] if code == 0]
    assert len(ok) >= 50, [c for c, _t, code in walked["outputs"] if code != 0]


def test_written_files_hold_no_identifier(walked):
    for path, text in walked["written"].items():
        assert text, path
        assert not _leaks(text, walked["identifiers"]), path


def test_reveal_shows_only_covered_persons(walked):
    from roomsift.analysis.identity.api import person_map
    from roomsift.case.store import Case

    with Case.open(walked["db"]) as case, case.connect() as conn:
        covered = {str(a) for a, p in person_map(conn).items() if p == "P000001"}
    assert covered
    shown = set()
    for command, result in walked["reveal"]:
        assert result.exit_code == 0, result.output
        assert not _leaks(result.output, walked["identifiers"], allowed=covered), command
        shown |= set(_leaks(result.output, walked["identifiers"]))
    assert shown, "--reveal with an active basis showed nothing of P000001"
    wallets = {i for i, owners in walked["identifiers"].items() if owners & covered and i.startswith(("bc1", "1", "3"))}
    payments = next(r for c, r in walked["reveal"] if c.startswith("payments"))
    assert wallets and any(w in payments.output for w in wallets), "the covered person's own wallet stayed hidden"
