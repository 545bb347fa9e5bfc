"""PDQ (Meta's 256-bit perceptual photo hash) through the `pdqhash` package (the C++
reference via Cython), written the way python-threatexchange writes it: 64 lower-case hex."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pdqhash

from roomsift.media.signals.base import SignalType

_PDQ = re.compile(r"^[0-9a-f]{64}$")

#: Meta's guidance (python-threatexchange PDQ_CONFIDENT_MATCH_THRESHOLD / QUALITY_THRESHOLD).
DEFAULT_THRESHOLD = 31
MIN_QUALITY = 50

#: Order of pdqhash.compute_dihedral's hashes, named by the PIL transpose each one equals
#: (checked against the upstream dih/ reference images and in tests). A match on variant
#: k means: the listed image is the query after transform k (e.g. "mirror": a mirrored copy).
DIHEDRAL = ("original", "rotate90ccw", "rotate180", "rotate90cw", "flip_vertical", "mirror", "transpose", "transverse")


@dataclass(frozen=True)
class PDQHash:
    hex: str
    quality: int
    dihedral: tuple[str, ...] = ()  # 8 hex hashes in DIHEDRAL order, when computed


def bits_to_hex(bits) -> str:
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def hex_to_bytes(values: list[str]) -> np.ndarray:
    """(n, 32) uint8 array for faiss / NumPy."""
    if not values:
        return np.zeros((0, 32), dtype=np.uint8)
    return np.frombuffer(bytes.fromhex("".join(values)), dtype=np.uint8).reshape(-1, 32)


class PDQ(SignalType):
    name = "pdq"
    match = "perceptual"

    @classmethod
    def normalise(cls, value: str) -> str:
        v = (value or "").strip().lower()
        if not _PDQ.match(v):
            raise ValueError(f"not a PDQ hash (64 hex characters): {value!r:.80}")
        return v

    @classmethod
    def distance(cls, a: str, b: str) -> int:
        return (int(cls.normalise(a), 16) ^ int(cls.normalise(b), 16)).bit_count()

    @staticmethod
    def hash_array(rgb: np.ndarray, dihedral: bool = False) -> PDQHash:
        """Hash an RGB uint8 array (H, W, 3)."""
        if dihedral:
            hashes, quality = pdqhash.compute_dihedral(rgb)
            hexes = tuple(bits_to_hex(h) for h in hashes)
            return PDQHash(hexes[0], int(quality), hexes)
        bits, quality = pdqhash.compute(rgb)
        return PDQHash(bits_to_hex(bits), int(quality))
