"""CLI start-up (issue 13): `roomsift --version` and `roomsift CMD --help` import no heavy
library; the command → module index that makes this possible matches what modules register."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest
import typer

pytestmark = pytest.mark.backend_neutral("CLI start-up imports; no case")

HEAVY = ("sqlalchemy", "numpy", "sklearn", "scipy", "kiwipiepy", "faiss", "cv2", "weasyprint", "fastapi",
         "matplotlib", "igraph", "networkx", "numba", "PIL", "cryptography", "roomsift.case.store", "roomsift.oversight.privacy")

PROBE = """
import json, sys
heavy = json.loads(sys.argv[2])
sys.argv = ["roomsift", *json.loads(sys.argv[1])]
from roomsift import cli
try:
    cli.main()
except SystemExit:
    pass
print("\\nLOADED=" + json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def _loaded(*args: str) -> tuple[str, list[str]]:
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args), json.dumps(HEAVY)],
                          capture_output=True, text=True, timeout=120, env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"})
    out, _, loaded = proc.stdout.rpartition("LOADED=")
    assert loaded, proc.stderr
    return out, json.loads(loaded)


@pytest.mark.parametrize("args", [("--version",), ("chats", "--help"), ("triage", "--help"), ("case", "--help")])
def test_start_imports_no_heavy_library(args):
    out, loaded = _loaded(*args)
    assert ("roomsift 0.1" in out) if args == ("--version",) else ("Usage: roomsift" in out)
    assert loaded == []


def test_heavy_libraries_still_load_when_a_command_runs():
    """The probe can see imports: a command that opens a case loads the database layer."""
    out, loaded = _loaded("chats", "--case", "/nonexistent/roomsift-case")
    assert "roomsift.case.store" in loaded


def test_command_index_matches_registration():
    from roomsift import cli

    seen = {}
    for name in cli.COMMAND_MODULES:
        t = typer.Typer()
        importlib.import_module(name).register(t)
        for c in t.registered_commands:
            seen[c.name or c.callback.__name__.replace("_", "-")] = name.rsplit(".", 1)[1]
        for g in t.registered_groups:
            seen[g.name] = name.rsplit(".", 1)[1]
    assert seen == cli.COMMANDS


def test_root_help_lists_every_command():
    out, _ = _loaded("--help")
    from roomsift import cli

    for command in cli.COMMANDS:
        assert command in out
