"""PDQ hash lists as ThreatExchange / HMA tools write them:

- one hex hash per line (upstream `pdq_needles.txt`), or `<signal_type> <signal>` per line
  (python-threatexchange local_file exchange; `video_md5` becomes an md5 entry, `vpdq` a
  video entry, other signal types are counted as skipped);
- the C++ `pdq-photo-hasher` output `hash,quality,filename`;
- CSV with a header: `threatexchange dataset --csv` (`signal_type,signal_str,collab,category,tags`)
  or `hash,quality,id,category` (what earlier roomsift versions wrote).

`write` produces the plain list (one hash per line); `te_lines` writes the typed lines.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import IO

from roomsift.media.hashsets.items import refuse
from roomsift.media.hashsets.model import Entry, HashSetError, Parsed, normalise

_HEX64 = re.compile(r"^[0-9a-fA-F]{64}\b")
# python-threatexchange signal-type names -> our kinds
TE_KINDS = {"pdq": "pdq", "video_md5": "md5", "video_sha256": "sha256", "vpdq": "vpdq"}


def sniff(head: str, path: Path) -> bool:
    first = head.lstrip().splitlines()[0] if head.strip() else ""
    low = first.lower()
    return bool(
        _HEX64.match(first)
        or low.startswith("signal_type,")
        or low.split(" ", 1)[0] in TE_KINDS
        or low.replace(" ", "").startswith("hash,quality")
    )


def _quality(text: str | None, where: str) -> int | None:
    if text in (None, ""):
        return None
    try:
        q = int(text)
    except ValueError:
        raise HashSetError(f"{where}: quality {text!r} is not a number") from None
    if not 0 <= q <= 100:
        raise HashSetError(f"{where}: quality {q} is outside 0-100")
    return q


def read(path: Path) -> Parsed:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if first.lower().startswith("signal_type,") or first.lower().replace(" ", "").startswith("hash,"):
        return _read_csv(path, text)
    parsed = Parsed("pdq", [])
    for n, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path}:{n}"
        if "," in line and _HEX64.match(line):  # pdq-photo-hasher: hash,quality,filename
            h, q, *rest = line.split(",", 2)
            parsed.entries.append(Entry("pdq", normalise("pdq", h, where), rest[0] if rest else None, None, _quality(q, where)))
        elif " " in line:
            stype, signal = line.split(" ", 1)
            _add_signal(parsed, stype, signal, where)
        else:
            parsed.entries.append(Entry("pdq", normalise("pdq", line, where)))
    return parsed


def _add_signal(parsed: Parsed, stype: str, signal: str, where: str, **fields) -> None:
    kind = TE_KINDS.get(stype.strip().lower())
    if kind is None:
        parsed.skipped[stype] = parsed.skipped.get(stype, 0) + 1
        return
    parsed.entries.append(Entry(kind, normalise(kind, signal, where), **fields))


def _read_csv(path: Path, text: str) -> Parsed:
    parsed = Parsed("pdq", [])
    reader = csv.DictReader(text.splitlines())
    cols = [c.strip().lower() for c in reader.fieldnames or []]
    for n, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        where = f"{path}:{n}"
        if "signal_type" in cols:
            tags = row.get("tags") or ""
            _add_signal(parsed, row.get("signal_type", ""), row.get("signal_str", ""), where,
                        category=row.get("category") or None,
                        extra={k: v for k, v in (("collab", row.get("collab")), ("tags", tags)) if v})
            parsed.scheme = "threatexchange"
        else:
            parsed.entries.append(Entry("pdq", normalise("pdq", row.get("hash", ""), where), row.get("id") or None,
                                        row.get("category") or None, _quality(row.get("quality"), where)))
    return parsed


def write(entries: list[Entry], out: IO[str]) -> int:
    """A PDQ list as ThreatExchange and HMA load it: one lower-case hex hash per line, no
    header (upstream `pdq_needles.txt`; python-threatexchange's local_file exchange with
    signal_type pdq). Hashes only: quality, ids and categories travel in csv or vics."""
    refuse("pdq", entries, ("pdq",), "export the others with --format te, csv or vics, or choose --kind pdq")
    for e in entries:
        out.write(e.value.lower() + "\n")
    return len(entries)
