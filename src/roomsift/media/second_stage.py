"""The second matching stage, run only on images whose PDQ (with its dihedral and
border-trimmed variants) found nothing:

1. `regions` — PDQ of windows, quadrants and small de-rotations of the query
   (`regions.query_regions`) against the list's hashes, and (query hashes, query regions)
   against the window hashes of augmented list items (`regions.list_windows`);
2. `features` — for augmented items only: the CANDIDATES nearest items by any of those
   hashes (within CANDIDATE_MAX bits) are verified with ORB keypoints and a RANSAC
   homography (`features.verified`); nothing is accepted on hash proximity alone.

Stage names are what `media match`, `media matches` and the service report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from roomsift.media import features as lf
from roomsift.media.index import PDQIndex
from roomsift.media.regions import query_regions
from roomsift.media.signals.pdq import DEFAULT_THRESHOLD, hex_to_bytes

#: Items verified with local features per query, and how near (bits) they must be.
CANDIDATES = 3
CANDIDATE_MAX = 100


@dataclass
class Hit:
    entry_id: int  # the listed item (its pdq entry)
    stage: str  # regions | features
    distance: int  # PDQ bits between the closest query hash and the item's closest hash
    variant: str  # "<query region>" or "<query region>><list window>" or "<n> inliers"


@dataclass
class Augmentation:
    """List side of stage 2 for augmented items: window hashes and ORB features, keyed by
    the entry id of the item's pdq entry."""

    window_owner: list[int] = field(default_factory=list)
    window_name: list[str] = field(default_factory=list)
    window_hex: list[str] = field(default_factory=list)
    features: dict[int, lf.Features] = field(default_factory=dict)

    def build(self, full: dict[int, str]) -> "Augmentation":
        """full: entry id -> PDQ of the whole item (for candidate ranking)."""
        self.index = PDQIndex.from_hex(self.window_hex)
        owners = sorted(self.features)
        row_of = {eid: i for i, eid in enumerate(owners)}
        codes, owner_row = [], []
        for eid in owners:
            if eid in full:
                codes.append(full[eid])
                owner_row.append(row_of[eid])
        for eid, h in zip(self.window_owner, self.window_hex):
            if eid in row_of:
                codes.append(h)
                owner_row.append(row_of[eid])
        self.rank_owners = owners
        self.rank_codes = hex_to_bytes(codes).view(np.uint64) if codes else np.zeros((0, 4), np.uint64)
        self.rank_row = np.array(owner_row, dtype=np.int64)
        return self

    @property
    def empty(self) -> bool:
        return not self.window_hex and not self.features


class SecondStage:
    def __init__(self, index: PDQIndex, entry_ids: list[int], augmentation: Augmentation | None = None):
        """index: the stage-1 index of list PDQ hashes; entry_ids: entry id per index row."""
        self.index, self.entry_ids = index, entry_ids
        self.aug = augmentation if augmentation and not augmentation.empty else None

    def match(self, rgb, stage1: list[tuple[str, str]], threshold: int = DEFAULT_THRESHOLD,
              min_inliers: int = lf.MIN_INLIERS) -> list[Hit]:
        """rgb: the decoded query; stage1: its (variant, PDQ) pairs from stage 1."""
        return self.match_prepared(stage1, query_regions(rgb), lambda: lf.extract(rgb), threshold, min_inliers)

    def match_prepared(self, stage1: list[tuple[str, str]], regions: list[tuple[str, str]],
                       query_features: Callable[[], lf.Features], threshold: int = DEFAULT_THRESHOLD,
                       min_inliers: int = lf.MIN_INLIERS) -> list[Hit]:
        """The same from hashes already computed; `query_features` is called only when a
        candidate needs verifying (the evaluation passes cached ones)."""
        best: dict[int, Hit] = {}

        def keep(h: Hit) -> None:
            if h.entry_id not in best or h.distance < best[h.entry_id].distance:
                best[h.entry_id] = h

        if regions:
            for hit in self.index.search(hex_to_bytes([h for _n, h in regions]), threshold, parallel=False):
                keep(Hit(self.entry_ids[hit.known], "regions", hit.distance, regions[hit.query][0]))
        queries = stage1 + regions
        if self.aug and self.aug.window_hex:
            for hit in self.aug.index.search(hex_to_bytes([h for _n, h in queries]), threshold, parallel=False):
                keep(Hit(self.aug.window_owner[hit.known], "regions", hit.distance,
                         f"{queries[hit.query][0]}>{self.aug.window_name[hit.known]}"[:16]))
        if best or not self.aug or not self.aug.features or not len(self.aug.rank_codes):
            return sorted(best.values(), key=lambda h: h.distance)
        return self.verify_candidates(queries, query_features, min_inliers)

    def candidates(self, queries: list[tuple[str, str]]) -> list[tuple[int, int]]:
        """(entry id, PDQ distance) of the CANDIDATES augmented items nearest to any query
        hash, within CANDIDATE_MAX bits."""
        q = hex_to_bytes([h for _n, h in queries]).view(np.uint64)
        d = np.bitwise_count(q[:, None, :] ^ self.aug.rank_codes[None, :, :]).sum(axis=2).min(axis=0)
        per_owner = np.full(len(self.aug.rank_owners), 257)
        np.minimum.at(per_owner, self.aug.rank_row, d)
        order = np.argsort(per_owner, kind="stable")[:CANDIDATES]
        return [(self.aug.rank_owners[i], int(per_owner[i])) for i in order if per_owner[i] <= CANDIDATE_MAX]

    def verify_candidates(self, queries: list[tuple[str, str]], query_features: Callable[[], lf.Features],
                          min_inliers: int = lf.MIN_INLIERS) -> list[Hit]:
        cands = self.candidates(queries)
        if not cands:
            return []
        qf = query_features()
        out = []
        for eid, dist in cands:
            ok, n = lf.verified(qf, self.aug.features[eid], min_inliers)
            if ok:
                out.append(Hit(eid, "features", dist, f"{n} inliers"))
        return out
