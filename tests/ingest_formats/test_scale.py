"""Generated exports of every text layout parse to exactly the generated message count with
unique ids (5,000 lines, or 200,000 with ROOMSIFT_SCALE=full; the 1,000,000-line speed run lives in
benchmarks/ingest_text_formats.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from .conftest import parse_one

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from make_text_exports import FORMATS, generate  # noqa: E402

pytestmark = pytest.mark.backend_neutral("parsers only; no case")

# ROOMSIFT_SCALE=ci (the default, and what CI runs) or full, as everywhere in the suite.
LINES = 5_000 if os.environ.get("ROOMSIFT_SCALE", "ci") == "ci" else 200_000


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_generated_export_parses_completely(tmp_path, fmt):
    path, expected = generate(fmt, tmp_path, LINES)
    chat, msgs = parse_one(path)
    assert chat.platform == fmt.split("-")[0]
    assert len(msgs) == expected
    assert len({m.platform_id for m in msgs}) == expected
    assert sum("\n" in m.text for m in msgs) > 0  # the two-line messages stayed whole
