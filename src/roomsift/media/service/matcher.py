"""An immutable in-memory snapshot of hash sets for fast lookups. The service builds a new
one on reload and swaps the reference, so requests in flight keep the old snapshot and it
is freed when they finish (no growth across reloads)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from roomsift.case.store import Case
from roomsift.media.hashset_store import hashset_ids, load_entries
from roomsift.media.index import PDQIndex
from roomsift.media.signals.pdq import DEFAULT_THRESHOLD, MIN_QUALITY, hex_to_bytes


@dataclass
class Snapshot:
    names: list[str]
    digests: dict[tuple[str, str], list[tuple[str | None, str | None, str]]]  # (kind, value) -> [(ext_id, category, set)]
    index: PDQIndex
    pdq_info: list[tuple[str | None, str | None, str]]  # row -> (ext_id, category, set)
    entries: int
    low_quality_entries: int

    @classmethod
    def load(cls, case: Case, names: list[str]) -> "Snapshot":
        with case.connect() as conn:
            sets = hashset_ids(conn, names)
            rows = load_entries(conn, list(sets), ("md5", "sha1", "sha256", "pdq"))
        digests: dict[tuple[str, str], list] = {}
        pdq_hex, pdq_info, low = [], [], 0
        for r in rows:
            info = (r["ext_id"], r["category"], sets[r["hashset_id"]])
            if r["kind"] == "pdq":
                if r["quality"] is not None and r["quality"] < MIN_QUALITY:
                    low += 1
                    continue
                pdq_hex.append(r["value"])
                pdq_info.append(info)
            else:
                digests.setdefault((r["kind"], r["value"]), []).append(info)
        index = PDQIndex.from_hex(pdq_hex)
        index.search(hex_to_bytes(["0" * 64]), 0, parallel=False)  # compile/load the search now, not on a request
        return cls(sorted(sets.values()), digests, index, pdq_info, len(rows), low)

    def match_digests(self, digests: dict[str, str]) -> list[dict[str, Any]]:
        out = []
        for kind, value in digests.items():
            for ext_id, category, name in self.digests.get((kind, value.lower()), ()):
                out.append({"hashset": name, "id": ext_id, "category": category, "kind": "exact", "signal": kind, "distance": 0})
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
                        "distance": dist, "variant": variants[vi][0]})
        return out

