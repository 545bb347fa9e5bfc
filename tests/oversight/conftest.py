"""Shared fixtures: a private keyring for the test session; expected one-line failures."""

from __future__ import annotations

import os
import tempfile

import pytest

# Case keys and users' private keys go to a throw-away keyring, never the tester's home.
os.environ.setdefault("ROOMSIFT_KEYRING", tempfile.mkdtemp(prefix="roomsift-keyring-"))


@pytest.fixture
def fails(cli):
    """Run a command that must fail with a one-line error (exit 2); returns the message."""

    def run(*args: str) -> str:
        result = cli(*args, expect=2)
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
        return result.stderr

    return run
