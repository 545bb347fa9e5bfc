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


@pytest.fixture(scope="module")
def demo_case(tmp_path_factory) -> Path:
    """A private copy of the synthetic demo case. The demo is built once per test session
    and copied for each module, so one module's decisions (links, bases) never leak into
    another's."""
    import shutil

    from roomsift.demo.build import build_demo

    pristine = tmp_path_factory.getbasetemp() / "demo-pristine"
    if not (pristine / "demo" / "case" / "case.json").exists():
        shutil.rmtree(pristine, ignore_errors=True)
        pristine.mkdir()
        build_demo(pristine / "demo", overwrite=False).case.close()
    copy = tmp_path_factory.mktemp("demo") / "case"
    shutil.copytree(pristine / "demo" / "case", copy)
    return copy


@pytest.fixture
def fails(cli):
    """Run a command that must fail with a one-line user error (exit 2); returns stderr."""

    def run(*args):
        result = cli(*args, expect=2)
        assert "\n" not in result.stderr.strip(), result.stderr
        return result.stderr

    return run
