"""`roomsift triage --cluster`: texts scored on the workers with the coordinator's model,
the same ranking, evidence and room verdicts as the single-process triage."""

from __future__ import annotations

import shutil

import pytest

from tests.cluster.conftest import copy_case

# The workers score texts only; the coordinator reads and stores the case through the same
# triage store as the single-process triage, whose tests (tests/triage) run on both backends.
pytestmark = pytest.mark.backend_neutral("Dask scores texts, never the case store")


def test_triage_on_cluster_equals_single_process(tmp_path, cli, demo_case, cluster_address, monkeypatch):
    monkeypatch.setattr("roomsift.cluster.triage.MIN_TEXTS_PER_TASK", 20)  # many small tasks on the 2 workers
    shutil.rmtree(demo_case / "derived", ignore_errors=True)
    single, clustered = demo_case, copy_case(demo_case, tmp_path / "clustered")
    one = cli("triage", "--case", single, "--format", "json").stdout
    many = cli("triage", "--case", clustered, "--format", "json", "--cluster", cluster_address).stdout
    assert '"participants"' in one and one.count('"person"') > 3
    assert one == many
    rooms = ["triage", "--rooms", "--format", "json"]
    assert cli(*rooms, "--case", single).stdout == cli(*rooms, "--case", clustered).stdout
    victims = ["victims", "--format", "json"]
    assert cli(*victims, "--case", single).stdout == cli(*victims, "--case", clustered).stdout


def test_triage_unreachable_scheduler(fails, demo_case, monkeypatch):
    monkeypatch.setattr("roomsift.cluster.session.CONNECT_TIMEOUT", "1s")
    assert "cannot reach the Dask scheduler" in fails("triage", "--case", demo_case, "--cluster", "tcp://127.0.0.1:9")
