"""vPDQ (video PDQ): a list of per-frame PDQ hashes. Hashing needs the optional `vpdq`
package (extra `video`, built against FFmpeg); parsing and comparing do not."""

from __future__ import annotations

import json
from dataclasses import dataclass

from roomsift.media.signals.base import SignalType
from roomsift.media.signals.pdq import DEFAULT_THRESHOLD, MIN_QUALITY, PDQ

#: python-threatexchange default: a video matches when this share of query frames match.
FRAME_MATCH_SHARE = 0.8


@dataclass(frozen=True)
class Frame:
    pdq: str
    quality: int
    timestamp: float


def vpdq_available() -> str | None:
    """None when video hashing works here, else the reason it does not."""
    try:
        import vpdq  # noqa: F401
    except ImportError as exc:
        return f"vpdq is not installed ({exc.msg}); install roomsift[video] with FFmpeg development libraries"
    return None


class VPDQ(SignalType):
    name = "vpdq"
    match = "perceptual"

    @classmethod
    def parse(cls, value: str) -> list[Frame]:
        """Either serialisation: python-threatexchange's JSON list of "pdq,quality,ts"
        strings, or the C++ CLI's lines "frame,quality,pdq,ts"."""
        text = (value or "").strip()
        frames: list[Frame] = []
        try:
            if text.startswith("["):
                for item in json.loads(text):
                    pdq, q, ts = str(item).split(",")
                    frames.append(Frame(PDQ.normalise(pdq), int(q), float(ts)))
            else:
                for line in text.splitlines():
                    if line.strip():
                        _n, q, pdq, ts = line.strip().split(",")
                        frames.append(Frame(PDQ.normalise(pdq), int(q), float(ts)))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"not a vPDQ hash: {exc}") from None
        if not frames:
            raise ValueError("not a vPDQ hash: no frames")
        return frames

    @classmethod
    def dumps(cls, frames: list[Frame]) -> str:
        """python-threatexchange's signal string."""
        return json.dumps([f"{f.pdq},{f.quality},{f.timestamp:.3f}" for f in frames])

    @classmethod
    def normalise(cls, value: str) -> str:
        return cls.dumps(cls.parse(value))

    @classmethod
    def match_share(cls, query: list[Frame], known: list[Frame], threshold: int = DEFAULT_THRESHOLD) -> float:
        """Share of the query's good-quality frames within `threshold` of some known frame."""
        good = [f for f in query if f.quality >= MIN_QUALITY]
        ref = [int(f.pdq, 16) for f in known if f.quality >= MIN_QUALITY]
        if not good or not ref:
            return 0.0
        hit = sum(1 for f in good if min((int(f.pdq, 16) ^ r).bit_count() for r in ref) <= threshold)
        return hit / len(good)

    @classmethod
    def distance(cls, a: str, b: str) -> int:
        """Percentage of a's frames that do NOT match b (0 = all match)."""
        return round(100 * (1 - cls.match_share(cls.parse(a), cls.parse(b))))

    @staticmethod
    def hash_file(path: str, seconds_per_hash: float = 1.0) -> list[Frame]:
        """Frame hashes of a video file (one per `seconds_per_hash`), deduplicated later by matching."""
        import vpdq

        features = vpdq.computeHash(input_video_filename=str(path), seconds_per_hash=seconds_per_hash)
        return [Frame(f.hex, int(f.quality), float(f.timestamp)) for f in features]
