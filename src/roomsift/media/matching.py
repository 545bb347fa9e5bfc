"""`roomsift media match`: compare the case's media with the hash sets.

- exact: the media's md5/sha1/sha256 (computed at ingest) equal a list digest;
- pdq: Hamming distance <= threshold between any of the media's 8 dihedral PDQ hashes
  and a list hash; both sides need quality >= 50 (lower is flagged, never matched); the
  closest variant is recorded;
- vpdq: at least 80 % of the video's good frames match some frame of a listed video;
- second stage (`second_stage.py`), only for images nothing above matched: kind `regions`
  (PDQ of windows/quadrants/de-rotations of the image, and windows of augmented list
  items) and kind `features` (ORB + RANSAC verification of the nearest augmented items).
  The image is read again from the evidence (and re-verified against its SHA-256).
A rerun replaces the matches of the hash sets it covers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, delete, insert, or_, select

from roomsift.case import schema
from roomsift.case.store import Case, now_utc
from roomsift.media.hashset_store import hashset_ids, load_entries
from roomsift.media.index import PDQIndex, index_order
from roomsift.media.signals.pdq import DEFAULT_THRESHOLD, DIHEDRAL, MIN_QUALITY, hex_to_bytes
from roomsift.media.signals.vpdq import FRAME_MATCH_SHARE, VPDQ, Frame
from roomsift.media.tables import hashset_entries, media_hashes, media_matches


@dataclass
class MatchRun:
    hashsets: list[str]
    by_kind: Counter = field(default_factory=Counter)
    media_matched: int = 0
    low_quality_media: int = 0
    low_quality_entries: int = 0
    not_hashed: int = 0
    second_stage: int = 0  # images the second stage looked at
    second_stage_problems: list[tuple[int, str]] = field(default_factory=list)


def query_variants(pdq: str, dihedral: list[str] | None, trimmed: str | None) -> list[tuple[str, str]]:
    """(variant name, hash) pairs to search for one media: its PDQ or its 8 dihedral
    hashes, plus the border-trimmed hash when the image had borders."""
    out = list(zip(DIHEDRAL, dihedral)) if dihedral else [("original", pdq)]
    if trimmed:
        out.append(("trimmed", trimmed))
    return out


def match_case(case: Case, names: list[str] | None = None, threshold: int = DEFAULT_THRESHOLD,
               dihedral: bool = True, second_stage: bool = True) -> MatchRun:
    if not 0 <= threshold <= 128:
        raise ValueError("threshold must be between 0 and 128 bits")
    with case.connect() as conn:
        sets = hashset_ids(conn, names)
    run = MatchRun(sorted(sets.values()))
    if not sets:
        return run
    ids = list(sets)
    rows: list[dict] = []
    now = now_utc()
    m, e = schema.media, hashset_entries
    with case.begin() as conn:
        # exact, in SQL
        cond = or_(*[and_(e.c.kind == k, e.c.value_key == getattr(m.c, k), e.c.value == getattr(m.c, k))
                     for k in ("md5", "sha1", "sha256")])
        for r in conn.execute(select(m.c.id, e.c.id.label("eid"), e.c.hashset_id, e.c.kind).join(e, cond).where(e.c.hashset_id.in_(ids))):
            rows.append({"media_id": r.id, "entry_id": r.eid, "hashset_id": r.hashset_id, "kind": "exact", "signal": r.kind,
                         "distance": 0, "quality": None, "variant": None, "matched_utc": now})
        # pdq
        entries = load_entries(conn, ids, ("pdq",))
        good = [x for x in entries if x["quality"] is None or x["quality"] >= MIN_QUALITY]
        good = [good[i] for i in index_order([x["value"] for x in good])]  # the index's own order
        run.low_quality_entries = len(entries) - len(good)
        hashed = conn.execute(select(media_hashes.c.media_id, media_hashes.c.state, media_hashes.c.quality,
                                     media_hashes.c.dihedral, media_hashes.c.trimmed, media_hashes.c.pdq,
                                     media_hashes.c.vpdq)).mappings().all()
        run.not_hashed = conn.execute(select(m.c.id).where(m.c.status == "included", m.c.id.not_in(select(media_hashes.c.media_id)))).all().__len__()
        queries = [h for h in hashed if h["pdq"] and h["state"] == "ok"]
        run.low_quality_media = sum(1 for h in hashed if h["state"] == "low_quality")
        if good and queries:
            index = PDQIndex.from_hex([x["value"] for x in good])
            variants = [query_variants(h["pdq"], h["dihedral"] if dihedral else None, h["trimmed"]) for h in queries]
            flat = [v for vs in variants for _name, v in vs]
            owner = [(qi, vi) for qi, vs in enumerate(variants) for vi in range(len(vs))]
            best: dict[tuple[int, int], tuple[int, int]] = {}  # (query, entry row) -> (distance, variant)
            for hit in index.search(hex_to_bytes(flat), threshold):
                qi, vi = owner[hit.query]
                key = (qi, hit.known)
                if key not in best or hit.distance < best[key][0]:
                    best[key] = (hit.distance, vi)
            for (qi, ki), (dist, vi) in best.items():
                h, x = queries[qi], good[ki]
                rows.append({"media_id": h["media_id"], "entry_id": x["id"], "hashset_id": x["hashset_id"], "kind": "pdq",
                             "signal": "pdq", "distance": dist, "quality": h["quality"], "variant": variants[qi][vi][0], "matched_utc": now})
            if second_stage:
                matched = {r["media_id"] for r in rows}
                rest = [(h, vs) for h, vs in zip(queries, variants) if h["media_id"] not in matched]
                rows += _second_stage(conn, run, index, good, ids, rest, threshold, now)
        # vpdq
        videos = [x for x in load_entries(conn, ids, ("vpdq",))]
        if videos:
            known = [(x, VPDQ.parse(x["value"])) for x in videos]
            for h in hashed:
                if not h["vpdq"]:
                    continue
                frames = [Frame(p, int(q), float(t)) for p, q, t in (s.split(",") for s in h["vpdq"])]
                for x, kf in known:
                    share = VPDQ.match_share(frames, kf, threshold)
                    if share >= FRAME_MATCH_SHARE:
                        rows.append({"media_id": h["media_id"], "entry_id": x["id"], "hashset_id": x["hashset_id"], "kind": "vpdq",
                                     "signal": "vpdq", "distance": round(100 * (1 - share)), "quality": None, "variant": None,
                                     "matched_utc": now})
        conn.execute(delete(media_matches).where(media_matches.c.hashset_id.in_(ids)))
        seen = set()
        unique = []
        for r in rows:  # a digest and a PDQ hit on the same entry: keep the exact one (listed first)
            if (r["media_id"], r["entry_id"]) not in seen:
                seen.add((r["media_id"], r["entry_id"]))
                unique.append(r)
        if unique:
            conn.execute(insert(media_matches), unique)
        run.by_kind = Counter(r["kind"] for r in unique)
        run.media_matched = len({r["media_id"] for r in unique})
        case.record_event(conn, "media_matched",
                          f"matched media against {', '.join(run.hashsets)}: {run.media_matched} media, "
                          + ", ".join(f"{k} {v}" for k, v in sorted(run.by_kind.items())),
                          {"hashsets": run.hashsets, "threshold": threshold, "dihedral": dihedral,
                           "matches": dict(run.by_kind), "media_matched": run.media_matched, "second_stage": run.second_stage,
                           "low_quality_media": run.low_quality_media, "low_quality_entries": run.low_quality_entries})
    return run


def _second_stage(conn, run: MatchRun, index: PDQIndex, good: list[dict], set_ids: list[int],
                  rest: list[tuple[dict, list[tuple[str, str]]]], threshold: int, now: int) -> list[dict]:
    """Stage 2 for the images stage 1 left unmatched: read each again (verified against its
    ingested SHA-256), hash its regions, verify candidates."""
    if not rest:
        return []
    from roomsift.media.augment import load_augmentation
    from roomsift.media.hashing import read_media_verified
    from roomsift.media.queries import media_locations
    from roomsift.media.second_stage import SecondStage

    by_entry = {x["id"]: x for x in good}
    aug = load_augmentation(conn, set_ids, {x["id"]: x["value"] for x in good})
    stage = SecondStage(index, [x["id"] for x in good], aug)
    where = {r["id"]: r for r in media_locations(conn, [h["media_id"] for h, _ in rest])}
    out = []
    for h, variants in rest:
        loc = where.get(h["media_id"])
        try:
            rgb = read_media_verified(loc["location"], loc["path"], loc["sha256"])
        except ValueError as exc:
            run.second_stage_problems.append((h["media_id"], str(exc)))
            continue
        run.second_stage += 1
        for hit in stage.match(rgb, variants, threshold):
            x = by_entry.get(hit.entry_id)
            if x is None:  # an augmented item listed by digest only
                x = {"id": hit.entry_id, "hashset_id": _hashset_of(conn, hit.entry_id)}
            out.append({"media_id": h["media_id"], "entry_id": x["id"], "hashset_id": x["hashset_id"], "kind": hit.stage,
                        "signal": "pdq" if hit.stage == "regions" else "orb", "distance": hit.distance,
                        "quality": h["quality"], "variant": hit.variant, "matched_utc": now})
    return out


def _hashset_of(conn, entry_id: int) -> int:
    return conn.execute(select(hashset_entries.c.hashset_id).where(hashset_entries.c.id == entry_id)).scalar_one()
