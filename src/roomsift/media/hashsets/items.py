"""Grouping a hash set's entries into the known items they describe.

A list file says which hashes belong to one item in its own way: VICS nests them in one
Media (keyed by its MD5), a CSV row carries several digests of one file under one id.
roomsift keeps entries flat, so a writer needs the items back: entries that share an
external id (or, from VICS, an MD5 key) are one item; an entry with neither is an item
of its own — never merged with other anonymous entries."""

from __future__ import annotations

from dataclasses import dataclass, field

from roomsift.media.hashsets.model import Entry, HashSetError


@dataclass
class Item:
    entries: list[Entry] = field(default_factory=list)

    @property
    def ext_id(self) -> str | None:
        return next((e.ext_id for e in self.entries if e.ext_id), None)

    @property
    def category(self) -> str | None:
        return next((e.category for e in self.entries if e.category is not None), None)

    def values(self, kind: str) -> list[str]:
        return [e.value for e in self.entries if e.kind == kind]

    def first(self, kind: str) -> str | None:
        found = self.values(kind)
        return found[0] if found else None


def group_items(entries: list[Entry]) -> list[Item]:
    items: list[Item] = []
    keyed: dict[tuple[str, str], Item] = {}
    for e in entries:
        md5_key = (e.extra or {}).get("md5")
        key = ("md5", md5_key) if md5_key else (("id", e.ext_id) if e.ext_id else None)
        if key is None:
            items.append(Item([e]))
            continue
        item = keyed.get(key)
        if item is None:
            item = keyed[key] = Item()
            items.append(item)
        item.entries.append(e)
    return items


def refuse(fmt: str, entries: list[Entry], holds: tuple[str, ...], hint: str) -> None:
    """An export must hold everything in the set: name what it cannot hold."""
    left = {}
    for e in entries:
        if e.kind not in holds:
            left[e.kind] = left.get(e.kind, 0) + 1
    if left:
        what = ", ".join(f"{n} {k}" for k, n in sorted(left.items()))
        raise HashSetError(f"the {fmt} format cannot hold {what} hash(es) of this set; {hint}")
    if not entries:
        raise HashSetError(f"nothing to export in the {fmt} format: the selection holds no hashes")
