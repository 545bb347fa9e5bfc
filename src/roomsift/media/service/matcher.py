"""An immutable in-memory snapshot of hash sets for fast lookups. The service builds a new
one on reload and swaps the reference, so requests in flight keep the old snapshot and it
is freed when they finish (no growth across reloads)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from roomsift.case.store import Case
from roomsift.media.hashset_store import hashset_ids, load_entries
from roomsift.media.index import PDQIndex, index_order
from roomsift.media.second_stage import SecondStage
from roomsift.media.signals.pdq import DEFAULT_THRESHOLD, MIN_QUALITY, hex_to_bytes


@dataclass
class Snapshot:
    names: list[str]
    digests: dict[tuple[str, str], list[tuple[str | None, str | None, str]]]  # (kind, value) -> [(ext_id, category, set)]
    index: PDQIndex
    pdq_info: list[tuple[str | None, str | None, str]]  # row -> (ext_id, category, set)
    entries: int
    low_quality_entries: int
    pdq_entry_ids: list[int] = field(default_factory=list)  # entry id per index row
    info_by_entry: dict[int, tuple[str | None, str | None, str]] = field(default_factory=dict)
    digest_entry_ids: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    second: SecondStage | None = None
    banks: dict[str, str] = field(default_factory=dict)  # hash set name -> HMA bank name
    loaded_utc: int = 0

    @classmethod
    def load(cls, case: Case, names: list[str]) -> "Snapshot":
        import time

        from roomsift.media.augment import load_augmentation

        with case.connect() as conn:
            sets = hashset_ids(conn, names)
            rows = load_entries(conn, list(sets), ("md5", "sha1", "sha256", "pdq"))
            full = {r["id"]: r["value"] for r in rows if r["kind"] == "pdq"}
            aug = load_augmentation(conn, list(sets), full)
        digests: dict[tuple[str, str], list] = {}
        digest_ids: dict[tuple[str, str], list[int]] = {}
        pdq_hex, pdq_info, pdq_ids, info_by_entry, low = [], [], [], {}, 0
        for r in rows:
            info = (r["ext_id"], r["category"], sets[r["hashset_id"]])
            info_by_entry[r["id"]] = info
            if r["kind"] == "pdq":
                if r["quality"] is not None and r["quality"] < MIN_QUALITY:
                    low += 1
                    continue
                pdq_hex.append(r["value"])
                pdq_info.append(info)
                pdq_ids.append(r["id"])
            else:
                digests.setdefault((r["kind"], r["value"]), []).append(info)
                digest_ids.setdefault((r["kind"], r["value"]), []).append(r["id"])
        order = index_order(pdq_hex)  # rows in the index's own order: it then stores no input order
        pdq_hex, pdq_info, pdq_ids = [pdq_hex[i] for i in order], [pdq_info[i] for i in order], [pdq_ids[i] for i in order]
        index = PDQIndex.from_hex(pdq_hex)
        index.search(hex_to_bytes(["0" * 64]), 0, parallel=False)  # compile/load the search now, not on a request
        return cls(sorted(sets.values()), digests, index, pdq_info, len(rows), low, pdq_ids, info_by_entry, digest_ids,
                   SecondStage(index, pdq_ids, aug), bank_names(sorted(sets.values())), int(time.time()))

    def match_digests(self, digests: dict[str, str]) -> list[dict[str, Any]]:
        out = []
        for kind, value in digests.items():
            key = (kind, value.lower())
            for (ext_id, category, name), eid in zip(self.digests.get(key, ()), self.digest_entry_ids.get(key, ())):
                out.append({"hashset": name, "id": ext_id, "category": category, "kind": "exact", "signal": kind,
                            "distance": 0, "stage": 1, "entry_id": eid})
        return out

    def match_second_stage(self, stage1: list[tuple[str, str]], regions: list[tuple[str, str]], query_features,
                           threshold: int = DEFAULT_THRESHOLD) -> list[dict[str, Any]]:
        """regions: the upload's query regions; query_features(): its ORB features, asked
        for only when an augmented item needs verifying."""
        out = []
        for hit in self.second.match_prepared(stage1, regions, query_features, threshold) if self.second else []:
            ext_id, category, name = self.info_by_entry[hit.entry_id]
            out.append({"hashset": name, "id": ext_id, "category": category, "kind": hit.stage,
                        "signal": "pdq" if hit.stage == "regions" else "orb", "distance": hit.distance,
                        "variant": hit.variant, "stage": 2, "entry_id": hit.entry_id})
        return out

    def match_pdq(self, variants: list[tuple[str, str]], threshold: int = DEFAULT_THRESHOLD) -> list[dict[str, Any]]:
        """variants: (name, hash) pairs of the query (see matching.query_variants)."""
        best: dict[int, tuple[int, int]] = {}
        for hit in self.index.search(hex_to_bytes([v for _n, v in variants]), threshold, parallel=False):
            if hit.known not in best or hit.distance < best[hit.known][0]:
                best[hit.known] = (hit.distance, hit.query)
        out = []
        for row, (dist, vi) in sorted(best.items(), key=lambda kv: kv[1][0]):
            ext_id, category, name = self.pdq_info[row]
            out.append({"hashset": name, "id": ext_id, "category": category, "kind": "pdq", "signal": "pdq",
                        "distance": dist, "variant": variants[vi][0], "stage": 1, "entry_id": self.pdq_entry_ids[row]})
        return out


def bank_names(sets: list[str]) -> dict[str, str]:
    """HMA names banks in CAPS_AND_UNDERSCORE; a hash set `known-2024.v1` is bank
    `KNOWN_2024_V1` (a clash gets a numeric suffix, in name order)."""
    out: dict[str, str] = {}
    for name in sets:
        bank = re.sub(r"[^A-Z0-9_]", "_", name.upper()) or "BANK"
        base, n = bank, 2
        while bank in out.values():
            bank, n = f"{base}_{n}", n + 1
        out[name] = bank
    return out

