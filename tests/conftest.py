"""Fixtures shared by every test package: the CLI runner, fresh cases, sample paths."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

SHARED = Path(os.environ.get("ROOMSIFT_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SAMPLES = SHARED / "samples"


# Case keys made by tests go to one keyring for the whole session (session-scoped cases
# need their key in every test), never to the user's ~/.config/roomsift/keyring.
os.environ.setdefault("ROOMSIFT_KEYRING", tempfile.mkdtemp(prefix="roomsift-test-keyring-"))


# -- the case store's backend, a test dimension (tests/backend.py) ---------------------------
def pytest_addoption(parser):
    parser.addoption(
        "--db", choices=("sqlite", "postgresql"), default=os.environ.get("ROOMSIFT_TEST_BACKEND", "sqlite"),
        help="case store backend for every case the tests make (postgresql: a fresh database "
        "per case on $ROOMSIFT_TEST_DB, dropped after the test)",
    )


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): tests of SQLite file-level behaviour; skipped under --db postgresql")
    config.addinivalue_line("markers", "backend_neutral(reason): tests that touch no case store, or whose subject does not "
                            "depend on it; the SQLite pass runs them, the --db postgresql pass skips them")
    from tests import backend

    backend.BACKEND = config.getoption("--db")
    if backend.BACKEND != "postgresql":
        return
    try:
        backend.admin()
    except Exception as exc:  # no server (or no psycopg): every test would fail the same way
        pytest.exit(f"--db postgresql: no PostgreSQL server at {backend.ADMIN_URL} ({str(exc).splitlines()[0]}); "
                    "start one, set ROOMSIFT_TEST_DB, or run without --db", returncode=4)
    from roomsift.case.store import Case

    create = Case.create.__func__

    def create_on_postgresql(cls, path, name=None, database_url=None):
        return create(cls, path, name=name, database_url=database_url or backend.new_database())

    Case.create = classmethod(create_on_postgresql)


def pytest_report_header(config):
    from tests import backend

    return f"case store backend: {backend.BACKEND}" + (f" at {backend.ADMIN_URL}" if backend.BACKEND == "postgresql" else "")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--db") != "postgresql":
        return
    # Both passes run in CI; what cannot differ between backends runs once, in the SQLite pass.
    for item in items:
        mark = item.get_closest_marker("sqlite_only")
        if mark:
            item.add_marker(pytest.mark.skip(reason="SQLite only: " + (mark.args[0] if mark.args else "file-level SQLite")))
            continue
        mark = item.get_closest_marker("backend_neutral")
        if mark:
            item.add_marker(pytest.mark.skip(reason="backend-neutral, run in the SQLite pass: " + (mark.args[0] if mark.args else "")))


@pytest.fixture(scope="session", autouse=True)
def _pg_databases():
    """Every database the tests made is dropped when the session ends (a case made by a
    module- or session-scoped fixture may be used, or cloned, by any later test)."""
    from tests import backend

    yield
    if backend.BACKEND == "postgresql":
        backend.drop_all()


@pytest.fixture(autouse=True)
def _pg_release():
    """After each test, end the sessions on the databases it made, so leaked cases do not
    use up the server's connections."""
    from tests import backend

    start = len(backend.CREATED)
    yield
    if backend.BACKEND == "postgresql":
        backend.release_since(start)


@pytest.fixture(autouse=True)
def _isolated_user(monkeypatch):
    """Every test acts as a known user and never inherits a case from the environment."""
    monkeypatch.setenv("ROOMSIFT_USER", "test-investigator")
    # every test user's key is encrypted with this passphrase (tests of impersonation change it)
    monkeypatch.setenv("ROOMSIFT_PASSPHRASE", "test passphrase")
    monkeypatch.setenv("ROOMSIFT_NEW_PASSPHRASE", "test passphrase")
    monkeypatch.delenv("ROOMSIFT_CASE", raising=False)
    monkeypatch.delenv("ROOMSIFT_DATABASE_URL", raising=False)


@pytest.fixture
def cli():
    """Run `roomsift ARGS...` in-process; returns click's Result (exit_code, stdout, stderr)."""
    from roomsift.cli import app

    runner = CliRunner()

    def run(*args: str, expect: int | None = 0):
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        return result

    return run


@pytest.fixture
def samples() -> Path:
    """The real public sample files in shared/samples (see SOURCES.md)."""
    assert SAMPLES.is_dir(), f"shared samples not found at {SAMPLES}; set ROOMSIFT_SHARED"
    return SAMPLES


@pytest.fixture
def case_dir(tmp_path, cli) -> Path:
    path = tmp_path / "case"
    cli("case", "new", path)
    return path


def scale(ci: int, full: int) -> int:
    """Size for slow scale tests: reduced under CI (ROOMSIFT_SCALE=ci), full otherwise."""
    return ci if os.environ.get("ROOMSIFT_SCALE", "ci") == "ci" else full


# The environment of CLI runs made by session- and module-scoped fixtures, which are set up
# before the per-test user above.
FIXTURE_ENV = {"COLUMNS": "400", "ROOMSIFT_USER": "test-investigator", "ROOMSIFT_PASSPHRASE": "test passphrase",
            "ROOMSIFT_NEW_PASSPHRASE": "test passphrase"}


@pytest.fixture(scope="session")
def demo_built(tmp_path_factory) -> tuple[Path, str]:
    """The synthetic demo, built once per test session by `roomsift demo` (its database lives
    as long): the demo folder (exports/ and case/) and what the command printed. Tests copy
    the case (demo_case), and only read the exports."""
    from roomsift.cli import app

    folder = tmp_path_factory.getbasetemp() / "demo-pristine" / "demo"
    result = CliRunner(env=FIXTURE_ENV).invoke(app, ["--user", "test-investigator", "demo", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return folder, result.output


@pytest.fixture(scope="session")
def _demo_pristine(demo_built) -> Path:
    return demo_built[0] / "case"


@pytest.fixture(scope="module")
def demo_case(_demo_pristine, tmp_path_factory) -> Path:
    """A private copy of the synthetic demo case for each module, so one module's
    decisions (links, bases) never leak into another's."""
    from tests.backend import copy_case

    return copy_case(_demo_pristine, tmp_path_factory.mktemp("demo") / "case")


@pytest.fixture
def fails(cli):
    """Run a command that must fail with a one-line user error (exit 2); returns stderr."""

    def run(*args):
        result = cli(*args, expect=2)
        assert "\n" not in result.stderr.strip(), result.stderr
        return result.stderr

    return run
