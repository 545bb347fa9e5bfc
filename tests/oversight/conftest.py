"""Shared fixtures: a private keyring per test session, and cases with users."""

from __future__ import annotations

import os
import tempfile

import pytest

# Case keys and users' private keys go to a throw-away keyring, never the tester's home.
os.environ.setdefault("ROOMSIFT_KEYRING", tempfile.mkdtemp(prefix="roomsift-keyring-"))


@pytest.fixture
def actor(monkeypatch):
    """Switch who is acting, as --user / ROOMSIFT_USER would."""

    def switch(name: str) -> None:
        monkeypatch.setenv("ROOMSIFT_USER", name)

    return switch
