"""A case package for a foreign partner: the scoped CASE/UCO bundle, the report, hash
lists of the media in scope, and a manifest with the SHA-256 of every file, the audit
checkpoint the package was made at, and an Ed25519 signature by the case's log key.
`roomsift-verify pkg.zip` checks it with the standard library and `cryptography` only.

Layout of the zip:
  manifest.json        files (name, size, sha256), case, scope, checkpoint, signing key
  manifest.sig         base64 Ed25519 signature of manifest.json's exact bytes
  case.jsonld          CASE/UCO bundle            report.html / report.pdf
  hashes/media.csv     md5,sha1,sha256,pdq,quality,id,category of every attachment in scope
  hashes/media_pdq.txt PDQ list (ThreatExchange / HMA) of the photos in scope
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from typing import Any

from sqlalchemy import select

from roomsift.case import schema

FORMAT = "roomsift-package/1"


def media_hash_lists(case, message_ids: list[int]) -> dict[str, str]:
    """Hash lists (never media) of the attachments of the messages in scope."""
    from roomsift.media.hashsets import Entry, write_hashset
    from roomsift.media.tables import hashset_entries, media_hashes, media_matches

    md, mh = schema.media.c, media_hashes.c
    entries: list[Entry] = []
    with case.connect() as conn:
        rows = []
        for i in range(0, len(message_ids), 900):
            rows += conn.execute(select(md.id, md.md5, md.sha1, md.sha256, mh.pdq, mh.quality)
                                 .outerjoin(media_hashes, mh.media_id == md.id)
                                 .where(md.message_id.in_(message_ids[i:i + 900])).order_by(md.id)).all()
        ids = [r.id for r in rows]
        category: dict[int, str] = {}
        for i in range(0, len(ids), 900):
            for mid, cat in conn.execute(select(media_matches.c.media_id, hashset_entries.c.category)
                                         .join(hashset_entries, hashset_entries.c.id == media_matches.c.entry_id)
                                         .where(media_matches.c.media_id.in_(ids[i:i + 900]))):
                if cat is not None:
                    category.setdefault(mid, str(cat))
    for r in rows:
        for kind in ("md5", "sha1", "sha256", "pdq"):
            value = getattr(r, kind)
            if value:
                entries.append(Entry(kind, value, f"media-{r.id}", category.get(r.id), r.quality if kind == "pdq" else None))
    out: dict[str, str] = {}
    if entries:
        buf = io.StringIO()
        write_hashset(entries, "csv", buf)
        out["hashes/media.csv"] = buf.getvalue()
    pdq = [e for e in entries if e.kind == "pdq"]
    if pdq:
        buf = io.StringIO()
        write_hashset(pdq, "pdq", buf)
        out["hashes/media_pdq.txt"] = buf.getvalue()
    return out


def scoped_message_ids(graph: dict[str, Any], case, persons: list[str], chats: list[int]) -> list[int]:
    from roomsift.analysis.identity.api import person_map

    m = schema.messages.c
    with case.connect() as conn:
        q = select(m.id)
        if persons:
            accounts = [a for a, p in person_map(conn).items() if p in persons]
            q = q.where(m.account_id.in_(accounts))
        if chats:
            q = q.where(m.chat_id.in_(chats))
        return [i for (i,) in conn.execute(q)]


def build_zip(files: dict[str, bytes], meta: dict[str, Any], private_key) -> bytes:
    """The zip: files, then a manifest of their digests signed with `private_key`."""
    manifest = {"format": FORMAT, **meta,
                "files": [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in sorted(files.items())]}
    from roomsift.oversight import keys

    public = keys.public_b64(private_key)
    manifest["signing_key"] = {"public_key": public, "key_id": keys.public_key_id(public), "algorithm": "Ed25519"}
    body = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    signature = base64.b64encode(private_key.sign(body))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(files.items()):
            z.writestr(name, data)
        z.writestr("manifest.json", body)
        z.writestr("manifest.sig", signature + b"\n")
    return buf.getvalue()


def manifest_digest(pkg: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(pkg)) as z:
        return hashlib.sha256(z.read("manifest.json")).hexdigest()
