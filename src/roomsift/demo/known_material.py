"""Demo step (issue 5): a synthetic known-material hash list for the demo case, then
hashing and matching, so `roomsift demo` shows known material recognised.

The list is built from the same generated abstract images the paid rooms post, but each
listed "original" differs from the posted copy: a 1024x768 original (the post is a
downscaled JPEG re-encode), a mirrored or rotated original (found through PDQ's dihedral
variants), or the posted file's exact MD5. Some paid-room photos are left off the list
(unknown material, to stand out for victim identification), the photo club's photos are
benign look-alikes that must not match, and decoy entries are never posted."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from roomsift.case.store import Case
from roomsift.demo.images import abstract_image
from roomsift.media.hashset_store import import_hashset
from roomsift.media.matching import match_case
from roomsift.media.pipeline import hash_case
from roomsift.media.signals.pdq import PDQ

PDQ_SET = "demo-known-pdq"
DIGEST_SET = "demo-known-digests"
CATEGORY = "1"  # synthetic scheme: 1 = listed known material
DECOY_SEEDS = range(90_000, 90_010)


def plan(seed: int) -> str | None:
    """How a paid-room photo relates to the list: None = unknown (not listed)."""
    return {0: "resized", 1: "resized", 2: "mirrored", 3: "rotated", 4: "exact"}.get(seed % 8)


def _listed_original(seed: int, how: str) -> Image.Image:
    # The same picture the room posts (rendered at 640x480), held by the list at 1024x768.
    img = abstract_image(seed).resize((1024, 768), Image.Resampling.LANCZOS)
    if how == "mirrored":
        return img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    if how == "rotated":
        return img.transpose(Image.Transpose.ROTATE_90)
    return img


def write_lists(folder: Path, manifest: dict[str, Any]) -> tuple[Path, Path, dict[str, Any]]:
    out = folder / "exports" / "known_material"
    out.mkdir(parents=True, exist_ok=True)
    pdq_rows, digest_rows, expected = [], [], {}
    done: set[int] = set()
    for p in manifest.get("telegram_photos", []):
        seed = p["seed"]
        listed = p["room"].startswith("paid") or (p["room"] == "lobby" and seed == 900)
        how = plan(seed) if listed else None
        if how is None:
            continue
        expected[f"{p['room']}/{p['path']}"] = how  # reposts of a listed image are expected too
        if seed in done:
            continue
        done.add(seed)
        if how == "exact":
            data = (folder / "exports" / "telegram" / p["room"] / p["path"]).read_bytes()
            digest_rows.append([hashlib.md5(data).hexdigest(), f"demo-{seed}", CATEGORY])
        else:
            h = PDQ.hash_array(np.asarray(_listed_original(seed, how)))
            pdq_rows.append([h.hex, h.quality, f"demo-{seed}", CATEGORY])
    for seed in DECOY_SEEDS:
        h = PDQ.hash_array(np.asarray(abstract_image(seed)))
        pdq_rows.append([h.hex, h.quality, f"decoy-{seed}", CATEGORY])
    pdq_file, digest_file = out / "demo_known_pdq.csv", out / "demo_known_md5.csv"
    with open(pdq_file, "w", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([["hash", "quality", "id", "category"], *pdq_rows])
    with open(digest_file, "w", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([["md5", "id", "category"], *digest_rows])
    (out / "expected.json").write_text(json.dumps(expected, indent=1), encoding="utf-8")
    return pdq_file, digest_file, expected


def after_ingest(case: Case, folder: Path, manifest: dict[str, Any]) -> list[str]:
    pdq_file, digest_file, expected = write_lists(folder, manifest)
    scheme = "synthetic demo scheme (1 = listed known material)"
    for path, name in ((pdq_file, PDQ_SET), (digest_file, DIGEST_SET)):
        import_hashset(case, path, name, source="roomsift demo (synthetic)", scheme=scheme, version="demo-1")
    hashed = hash_case(case)
    run = match_case(case, [PDQ_SET, DIGEST_SET])
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(run.by_kind.items()))
    return [f"known material: {run.media_matched} of {hashed.todo} media matched the synthetic hash lists ({kinds}); "
            f"see `roomsift media matches --case {case.path}`"]
