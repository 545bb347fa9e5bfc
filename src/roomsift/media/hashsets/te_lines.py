"""python-threatexchange's local_file exchange format, `<signal_type> <signal>` per line,
which its CLI and HMA load without a fixed signal type. Reading is the pdq list reader's
job (it understands these lines); this module writes them."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from roomsift.media.hashsets import pdq_list
from roomsift.media.hashsets.items import refuse
from roomsift.media.hashsets.model import Entry, Parsed

# roomsift kind -> python-threatexchange signal type (its only MD5 signal is video_md5)
SIGNAL_TYPE = {"pdq": "pdq", "md5": "video_md5", "vpdq": "vpdq"}


def sniff(head: str, path: Path) -> bool:
    return False  # detection names these files "pdq"; that reader reads them


def read(path: Path) -> Parsed:
    parsed = pdq_list.read(path)
    parsed.format = "te"
    return parsed


def write(entries: list[Entry], out: IO[str]) -> int:
    refuse("te", entries, tuple(SIGNAL_TYPE), "python-threatexchange has no signal type for them; use --format csv or vics")
    for e in entries:
        out.write(f"{SIGNAL_TYPE[e.kind]} {e.value}\n")
    return len(entries)
