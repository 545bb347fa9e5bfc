"""Project VIC VICS JSON (data model 2.0, and 1.x "odata.metadata" files): hash sets
(`#Media`) and case exports (`#Cases` with nested Media). Stream-parsed with ijson, as
national hash sets run to millions of entries.

Each Media gives an md5 entry (its key), sha1 when present, and entries for the
AlternativeHashes we match (PDQ, SHA256, SHA1, MD5). Category is kept raw, with the
scheme from the context URL (`.../2.0.xml/<SCHEME>/$metadata#Media`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import IO, Any

import ijson

from roomsift.media.hashsets.model import Entry, HashSetError, Parsed, normalise

_CTX = re.compile(r'"(?:@odata\.context|odata\.metadata)"\s*:\s*"([^"]+)"')
ALT_KINDS = {"pdq": "pdq", "sha256": "sha256", "sha-256": "sha256", "sha1": "sha1", "sha-1": "sha1", "md5": "md5"}


def sniff(head: str, path: Path) -> bool:
    m = _CTX.search(head)
    return bool(m and ("vicsdatamodel" in m.group(1).lower() or "projectvic" in m.group(1).lower()))


def _bool(v: Any) -> bool | None:
    if v is None:
        return None
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes")
    return bool(v)


def _scheme(context: str) -> str:
    m = re.search(r"/DataModels/([0-9.]+)\.xml/([^/$#]+)/", context)
    if m:
        return f"VICS {m.group(2)}"
    m = re.search(r"/DataModels/([0-9.]+)\.xml", context)
    return f"VICS {m.group(1)}" if m else "VICS"


def read(path: Path) -> Parsed:
    with open(path, "rb") as fh:
        head = fh.read(65536).decode("utf-8-sig", errors="replace")
    m = _CTX.search(head)
    if not m:
        raise HashSetError(f"{path}: no @odata.context / odata.metadata: not a VICS file")
    context = m.group(1)
    entity = context.rsplit("#", 1)[-1]
    prefix = {"Media": "value.item", "Cases": "value.item.Media.item"}.get(entity)
    if prefix is None:
        raise HashSetError(f"{path}: VICS entity set #{entity} holds no media; expected #Media or #Cases")
    parsed = Parsed("vics", [], scheme=_scheme(context))
    try:
        with open(path, "rb") as fh:
            if fh.read(3) != b"\xef\xbb\xbf":
                fh.seek(0)
            for n, media in enumerate(ijson.items(fh, prefix, use_float=True), start=1):
                _media(parsed, media, f"{path}: Media #{n}")
    except ijson.JSONError as exc:
        raise HashSetError(f"{path}: invalid JSON: {exc}") from None
    return parsed


def _media(parsed: Parsed, m: dict[str, Any], where: str) -> None:
    md5 = m.get("MD5")
    if not md5:
        raise HashSetError(f"{where}: Media without its MD5 key")
    ext_id = str(m["MediaID"]) if m.get("MediaID") is not None else None
    category = None if m.get("Category") is None else str(m["Category"])
    extra = {k: v for k, v in (
        ("is_precategorized", _bool(m.get("IsPrecategorized"))),
        ("victim_identified", _bool(m.get("VictimIdentified"))),
        ("is_distributed", _bool(m.get("IsDistributed"))),
        ("series", m.get("Series")),
        ("date_updated", m.get("DateUpdated")),
    ) if v is not None}
    extra["md5"] = normalise("md5", md5, where)

    def add(kind: str, value: str) -> None:
        parsed.entries.append(Entry(kind, normalise(kind, value, where), ext_id, category, None, dict(extra)))

    seen = set()
    for kind, value in (("md5", md5), ("sha1", m.get("SHA1"))):
        if value:
            add(kind, value)
            seen.add((kind, str(value).lower()))
    for alt in m.get("AlternativeHashes") or []:
        kind = ALT_KINDS.get(str(alt.get("HashName", "")).strip().lower())
        value = alt.get("HashValue")
        if kind is None:
            parsed.skipped[str(alt.get("HashName"))] = parsed.skipped.get(str(alt.get("HashName")), 0) + 1
        elif value and (kind, str(value).lower()) not in seen:
            add(kind, value)
            seen.add((kind, str(value).lower()))


def write(entries: list[Entry], out: IO[str], scheme: str = "Default") -> int:
    """A `#Media` hash set. Entries are grouped into Media by their MD5 (VICS's key);
    entries whose item has no MD5 cannot be written in VICS and are left out (returned
    count tells how many Media were written)."""
    groups: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    by_item: dict[tuple, str] = {}
    for e in entries:  # first pass: each item's MD5
        if e.kind == "md5":
            by_item[(e.ext_id, e.category)] = e.value
    for e in entries:
        md5 = e.extra.get("md5") if e.extra else None
        md5 = md5 or by_item.get((e.ext_id, e.category))
        if not md5:
            continue
        if md5 not in groups:
            order.append(md5)
            groups[md5] = {"MediaID": len(order), "MD5": md5.upper(), "Category": int(e.category) if (e.category or "").isdigit() else None,
                           "IsPrecategorized": e.category is not None, "AlternativeHashes": []}
        g = groups[md5]
        if e.kind == "sha1":
            g["SHA1"] = e.value.upper()
        elif e.kind in ("pdq", "sha256"):
            g["AlternativeHashes"].append({"MD5": md5.upper(), "HashName": e.kind.upper(), "HashValue": e.value})
    scheme_name = scheme.split(" ", 1)[1] if scheme.startswith("VICS ") else scheme
    doc = {"@odata.context": f"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/{scheme_name}/$metadata#Media",
           "value": [groups[k] for k in order]}
    json.dump(doc, out, indent=1)
    out.write("\n")
    return len(order)
