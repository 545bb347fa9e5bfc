"""One video's vPDQ hash in a file of its own: the C++ `vpdq` CLI's lines
`frame,quality,pdq,timestamp` or python-threatexchange's JSON signal string.
The file becomes a single video entry, its id the file name."""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO

from roomsift.media.hashsets.items import refuse
from roomsift.media.hashsets.model import Entry, Parsed, normalise

_CPP_LINE = re.compile(r"^\d+,\d+,[0-9a-fA-F]{64},[0-9.]+\s*$")


def sniff(head: str, path: Path) -> bool:
    first = head.lstrip().splitlines()[0] if head.strip() else ""
    return bool(_CPP_LINE.match(first)) or first.startswith('["')


def read(path: Path) -> Parsed:
    text = path.read_text(encoding="utf-8-sig")
    return Parsed("vpdq", [Entry("vpdq", normalise("vpdq", text, str(path)), path.stem)])


def write(entries: list[Entry], out: IO[str]) -> int:
    """JSON signal strings, one `vpdq <signal>` line each (local_file exchange style; the
    pdq format reads them back)."""
    refuse("vpdq", entries, ("vpdq",), "export the others with --format te, pdq, csv or vics, or choose --kind vpdq")
    for e in entries:
        out.write(f"vpdq {e.value}\n")
    return len(entries)
