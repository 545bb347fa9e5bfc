"""Fixtures for the media tests: the session's demo case (with its synthetic known-material
lists, hashed and matched), a CLI runner, and sample paths."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("ROOMSIFT_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
SAMPLES = SHARED / "samples"
PDQ_REF = SAMPLES / "pdq-reference"
TE = SAMPLES / "threatexchange"
VICS = SAMPLES / "vics"


@pytest.fixture
def run_cli(cli):
    """The root `cli` runner, under the name these tests use."""
    return cli


@pytest.fixture(scope="session")
def demo(demo_built, tmp_path_factory):
    """The session's demo case (conftest demo_built), a copy of its case for these tests:
    returns (case, folder, expected) where expected maps '<room>/<path>' of each paid-room
    photo on the synthetic list to how it was listed. The exports in `folder` are only read."""
    from roomsift.case.store import Case
    from tests.backend import copy_case

    folder = demo_built[0]
    case = Case.open(copy_case(folder / "case", tmp_path_factory.mktemp("media-demo") / "case"))
    expected = json.loads((folder / "exports" / "known_material" / "expected.json").read_text())
    return case, folder, expected


@pytest.fixture
def fresh_demo(demo, tmp_path):
    """A private copy of the demo (case + exports) for tests that change things."""
    import shutil

    from roomsift.case.store import Case

    _case, folder, expected = demo
    copy = tmp_path / "demo"
    from tests.backend import copy_case, raw_db

    shutil.copytree(folder, copy, ignore=lambda d, names: ["case"] if d == str(folder) else [])
    copy_case(folder / "case", copy / "case")
    # evidence locations are absolute: point the copy's at its own exports
    db = raw_db(copy / "case")
    db.execute("UPDATE evidence SET location = replace(location, ?, ?)", (str(folder), str(copy)))
    db.commit()
    db.close()
    return Case.open(copy / "case"), copy, expected
