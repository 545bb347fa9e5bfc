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

from roomsift.media.hashsets.items import group_items, refuse
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


# Extra fields kept from an imported VICS file, written back under their VICS names.
EXTRA_FIELDS = {"victim_identified": "VictimIdentified", "is_distributed": "IsDistributed", "series": "Series",
                "date_updated": "DateUpdated"}


def write(entries: list[Entry], out: IO[str], scheme: str = "Default") -> int:
    """A `#Media` hash set: one Media per known item (see `items.group_items`) with all its
    hashes and its category. VICS keys a Media by its MD5 and numbers its categories, so an
    item without an MD5 or with a category that is not a number cannot be written: that is
    an error naming them, never a shorter file."""
    refuse("vics", entries, ("md5", "sha1", "sha256", "pdq"), "export vPDQ with --format vpdq or te")
    items = group_items(entries)
    no_md5 = [it for it in items if len(set(it.values("md5"))) != 1]
    if no_md5:
        several = sum(1 for it in no_md5 if it.values("md5"))
        raise HashSetError(
            f"the vics format cannot hold {len(no_md5)} of {len(items)} item(s): VICS keys each Media by exactly one MD5 "
            f"({len(no_md5) - several} without an MD5, {several} with several); export them with --format pdq, te or csv")
    bad = sorted({it.category for it in items if it.category is not None and not str(it.category).lstrip("-").isdigit()})
    if bad:
        raise HashSetError(f"the vics format numbers its categories; this set uses {', '.join(map(repr, bad[:5]))}: "
                           "export with --format csv, which keeps categories as written")
    media = []
    for n, it in enumerate(items, start=1):
        md5 = it.first("md5").upper()
        extra = next((e.extra for e in it.entries if e.extra), {})
        m: dict[str, Any] = {"MediaID": int(it.ext_id) if (it.ext_id or "").isdigit() else n, "MD5": md5,
                             "Category": None if it.category is None else int(it.category),
                             "IsPrecategorized": it.category is not None}
        if it.first("sha1"):
            m["SHA1"] = it.first("sha1").upper()
        for key, name in EXTRA_FIELDS.items():
            if extra.get(key) is not None:
                m[name] = extra[key]
        alt = [{"MD5": md5, "HashName": kind.upper(), "HashValue": value}
               for kind in ("sha256", "pdq") for value in it.values(kind)]
        alt += [{"MD5": md5, "HashName": "SHA1", "HashValue": v.upper()} for v in it.values("sha1")[1:]]
        if alt:
            m["AlternativeHashes"] = alt
        media.append(m)
    scheme_name = scheme.split(" ", 1)[1] if scheme.startswith("VICS ") else (scheme if scheme not in ("unspecified", "") else "Default")
    doc = {"@odata.context": f"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/{scheme_name}/$metadata#Media",
           "value": media}
    json.dump(doc, out, indent=1)
    out.write("\n")
    return len(media)
