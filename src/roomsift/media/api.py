"""What other capabilities read from media matching (triage's distributor role, room context)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from roomsift.case import schema
from roomsift.media.tables import hashset_entries, hashsets, media_matches


def known_material_by_message(conn: Connection) -> dict[int, list[dict[str, Any]]]:
    """message id -> its media's known-material matches:
    [{category, kind (exact|pdq|vpdq), distance, hashset, signal, variant, media_id, scheme}]."""
    q = (select(schema.media.c.message_id, media_matches.c.media_id, media_matches.c.kind, media_matches.c.signal,
                media_matches.c.distance, media_matches.c.variant, hashset_entries.c.category,
                hashsets.c.name.label("hashset"), hashsets.c.scheme)
         .join(schema.media, schema.media.c.id == media_matches.c.media_id)
         .join(hashset_entries, hashset_entries.c.id == media_matches.c.entry_id)
         .join(hashsets, hashsets.c.id == media_matches.c.hashset_id)
         .order_by(schema.media.c.message_id, media_matches.c.distance))
    out: dict[int, list[dict[str, Any]]] = {}
    for r in conn.execute(q).mappings():
        d = dict(r)
        out.setdefault(d.pop("message_id"), []).append(d)
    return out
