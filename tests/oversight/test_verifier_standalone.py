"""The verifier must load with no other roomsift module and only `cryptography` outside
the standard library, so outsiders can audit and run it on its own."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import roomsift.oversight.verify as verify_module

pytestmark = pytest.mark.backend_neutral("the standalone verifier's imports; no case")

GUARD = r"""
import sys
class Guard:
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if name.startswith("roomsift") and name not in ALLOWED:
            raise ImportError("import guard: " + name)
        if top not in sys.stdlib_module_names and top not in ("cryptography", "_cffi_backend", "cffi", "verify") and not name.startswith("roomsift"):
            raise ImportError("import guard: third-party " + name)
        return None
ALLOWED = {"roomsift", "roomsift.oversight", "roomsift.oversight.verify"}
sys.meta_path.insert(0, Guard())
"""


def _run(code: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_verify_imports_nothing_else_from_roomsift():
    code = GUARD + "import roomsift.oversight.verify as v\nprint(sorted(m for m in sys.modules if m.startswith('roomsift')))\n"
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['roomsift', 'roomsift.oversight', 'roomsift.oversight.verify']"


def test_guard_really_blocks(tmp_path):
    result = _run(GUARD + "import roomsift.case.store\n")
    assert result.returncode != 0 and "import guard" in result.stderr


def test_copied_verifier_runs_alone(tmp_path):
    """Copied out of the project, the single file still verifies a bundle."""
    shutil.copy(verify_module.__file__, tmp_path / "verify.py")
    code = GUARD.replace('name.startswith("roomsift") and name not in ALLOWED', 'name.startswith("roomsift")') + (
        "import verify\n"
        "print(verify.root_of([b'', b'\\x00']).hex())\n"
    )
    result = _run(code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"
