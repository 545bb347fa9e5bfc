"""List-side augmentation for in-house lists whose images are available
(`roomsift hashset augment NAME --images DIR`): for each image of the list, the PDQ of its
windows (`regions.list_windows`) and its ORB features, stored as extra entries of the
set (kinds `pdq_crop` and `orb`, `extra.of` = the entry they belong to). They are never
exported (hashes only leave roomsift as the list's own hashes) and are replaced when the
set is re-imported. Outside lists (hashes only) cannot be augmented: their copies are
matched by stage 1 and the query-side regions of stage 2 only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select

from roomsift.case.store import Case
from roomsift.errors import UserError
from roomsift.media import features as lf
from roomsift.media.decode import DecodeError, decode_rgb
from roomsift.media.hashset_store import hashset_ids, load_entries
from roomsift.media.regions import list_windows
from roomsift.media.second_stage import Augmentation
from roomsift.media.signals.digests import digest_bytes
from roomsift.media.signals.pdq import PDQ
from roomsift.media.tables import hashset_entries

AUG_KINDS = ("pdq_crop", "orb")
#: An image belongs to a listed PDQ entry when its own PDQ is this close (re-encoding of the
#: same file moves PDQ by a few bits; unrelated pictures are ~128 bits apart).
OWNER_MAX_DISTANCE = 16
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff")


@dataclass
class AugmentResult:
    images: int = 0
    augmented: int = 0
    not_listed: list[str] = field(default_factory=list)  # images that match no entry of the set
    unreadable: list[str] = field(default_factory=list)  # "file: reason"


def _owner(data: bytes, rgb, pdq_entries: list[dict], digest_owner: dict[tuple[str, str], int]) -> int | None:
    for kind, value in digest_bytes(data).items():
        if (kind, value) in digest_owner:
            return digest_owner[(kind, value)]
    h = PDQ.hash_array(rgb).hex
    best = min(((PDQ.distance(h, e["value"]), e["id"]) for e in pdq_entries), default=None)
    return best[1] if best and best[0] <= OWNER_MAX_DISTANCE else None


def augment_hashset(case: Case, name: str, images: Path, on_progress: Callable[[int, int], None] | None = None) -> AugmentResult:
    images = Path(images).expanduser()
    if not images.is_dir():
        raise UserError(f"{images}: not a folder of images")
    files = sorted(p for p in images.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_EXT)
    if not files:
        raise UserError(f"{images}: no image files ({', '.join(IMAGE_EXT)})")
    with case.connect() as conn:
        sets = hashset_ids(conn, [name])
        entries = load_entries(conn, list(sets), ("md5", "sha1", "sha256", "pdq"))
    by_id = {e["id"]: e for e in entries}
    pdq_entries = [e for e in entries if e["kind"] == "pdq"]
    digest_owner = {(e["kind"], e["value"]): e["id"] for e in entries if e["kind"] != "pdq"}
    res = AugmentResult(images=len(files))
    rows: dict[int, list[dict]] = {}
    for n, path in enumerate(files, start=1):
        try:
            data = path.read_bytes()
            rgb = decode_rgb(data)
        except (OSError, DecodeError) as exc:
            res.unreadable.append(f"{path.name}: {exc}")
            continue
        owner = _owner(data, rgb, pdq_entries, digest_owner)
        if owner is None:
            res.not_listed.append(path.name)
            continue
        e = by_id[owner]
        base = {"hashset_id": e["hashset_id"], "quality": None, "ext_id": e["ext_id"], "category": e["category"]}
        rows[owner] = [{**base, "kind": "pdq_crop", "value": h, "extra": {"of": owner, "window": w}}
                       for w, h in list_windows(rgb)]
        rows[owner].append({**base, "kind": "orb", "value": lf.extract(rgb).to_text(), "extra": {"of": owner}})
        if on_progress:
            on_progress(n, len(files))
    res.augmented = len(rows)
    with case.begin() as conn:
        set_ids = list(sets)
        old = [r.id for r in conn.execute(select(hashset_entries.c.id, hashset_entries.c.extra).where(
            hashset_entries.c.hashset_id.in_(set_ids), hashset_entries.c.kind.in_(AUG_KINDS))) if (r.extra or {}).get("of") in rows]
        for start in range(0, len(old), 500):
            conn.execute(delete(hashset_entries).where(hashset_entries.c.id.in_(old[start:start + 500])))
        flat = [r for rs in rows.values() for r in rs]
        if flat:
            conn.execute(insert(hashset_entries), flat)
        case.record_event(conn, "hashset_augmented",
                          f"augmented hash set {name!r} from {len(files)} image(s): {res.augmented} listed item(s)",
                          {"hashset": name, "images": len(files), "augmented": res.augmented,
                           "not_listed": len(res.not_listed), "unreadable": len(res.unreadable)})
    return res


def load_augmentation(conn: Connection, set_ids: list[int], full: dict[int, str]) -> Augmentation:
    """The stored augmentation of these sets, ready to search. full: pdq entry id -> hash."""
    aug = Augmentation()
    q = (select(hashset_entries.c.kind, hashset_entries.c.value, hashset_entries.c.extra)
         .where(hashset_entries.c.hashset_id.in_(set_ids), hashset_entries.c.kind.in_(AUG_KINDS))
         .order_by(hashset_entries.c.id))
    for kind, value, extra in conn.execute(q):
        owner = (extra or {}).get("of")
        if owner is None:
            continue
        if kind == "pdq_crop":
            aug.window_owner.append(owner)
            aug.window_name.append(extra.get("window", "?"))
            aug.window_hex.append(value)
        else:
            aug.features[owner] = lf.Features.from_text(value)
    return aug.build(full)
