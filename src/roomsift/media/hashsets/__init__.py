"""Known-material list formats, one module each. `read_hashset` detects the format
unless it is named; every reader yields `Entry` records and raises HashSetError (one
line, with the file and line) on anything it cannot read, so an import is all or nothing."""

from __future__ import annotations

from pathlib import Path

from roomsift.media.hashsets import csv_digests, pdq_list, te_lines, vics, vpdq_file
from roomsift.media.hashsets.model import Entry, HashSetError, Parsed

FORMATS = {"csv": csv_digests, "pdq": pdq_list, "te": te_lines, "vics": vics, "vpdq": vpdq_file}


def detect(path: Path) -> str:
    with open(path, "rb") as fh:
        head = fh.read(4096).decode("utf-8-sig", errors="replace")
    for name in ("vics", "vpdq", "pdq", "csv"):
        if FORMATS[name].sniff(head, path):
            return name
    raise HashSetError(f"{path}: cannot tell the hash-set format; pass --format {'|'.join(FORMATS)}")


def read_hashset(path: str | Path, fmt: str | None = None) -> Parsed:
    p = Path(path)
    if not p.is_file():
        raise HashSetError(f"{p}: no such file")
    fmt = fmt or detect(p)
    if fmt not in FORMATS:
        raise HashSetError(f"unknown hash-set format {fmt!r}; choose {'|'.join(FORMATS)}")
    return FORMATS[fmt].read(p)


def write_hashset(entries: list[Entry], fmt: str, out, scheme: str | None = None) -> int:
    """Write entries in a format; raises HashSetError when the format cannot hold all of
    them (or there is nothing to write), before anything is written."""
    if fmt not in FORMATS:
        raise HashSetError(f"unknown hash-set format {fmt!r}; choose {'|'.join(FORMATS)}")
    import io

    buf = io.StringIO()  # all or nothing: a refused export leaves no partial output
    writer = FORMATS[fmt].write
    n = writer(entries, buf, scheme=scheme or "Default") if fmt == "vics" else writer(entries, buf)
    out.write(buf.getvalue())
    return n


__all__ = ["write_hashset", "Entry", "HashSetError", "Parsed", "FORMATS", "detect", "read_hashset"]
