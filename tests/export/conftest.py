"""Sample paths for the export tests (the root conftest gives the CLI runner and cases)."""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(os.environ.get("ROOMSIFT_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
SAMPLES = SHARED / "samples"
