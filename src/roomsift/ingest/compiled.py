"""The compiled ingest hot path (`roomsift.ingest._speedups`, Cython), or None.

The extension does, per message, what the pure-Python code beside it does: text lines to
records (KakaoTalk Android/iOS, WhatsApp), Telegram message objects to records, stable
message ids and content hashes (BLAKE2b in C), local → UTC times and the column lists of
a batch of new messages. Every caller keeps its pure-Python code as the fallback, and the
two store identical rows (tests/ingest_formats/test_compiled.py compares every row).

The extension is built by `pip install .` (Cython is a build requirement). It is not used
when it is missing (a build without a C compiler, a source checkout run without an install)
or when ROOMSIFT_PURE_PYTHON=1 is set; `roomsift --version` says which path ingest takes.
"""

from __future__ import annotations

import os

PURE_ENV = "ROOMSIFT_PURE_PYTHON"

speedups = None
reason = ""
if os.environ.get(PURE_ENV, "").strip() not in ("", "0"):
    reason = f"{PURE_ENV} is set"
else:
    try:
        from roomsift.ingest import _speedups as speedups  # type: ignore[no-redef]
    except ImportError as exc:  # not built: the pure-Python path
        reason = f"extension not built ({exc})"


def describe() -> str:
    """One line: which ingest path this process takes, and why."""
    if speedups is not None:
        return "ingest: compiled (roomsift.ingest._speedups)"
    return f"ingest: pure Python ({reason})"
