"""Local-feature verification (OpenCV ORB + RANSAC homography): the last step of the
second matching stage, for copies that region hashes do not bring within the threshold
(rotations, overlays, crops with re-encoding).

It never searches: it only verifies the few candidates that hashes already put nearest,
and it needs the listed image's features, so it works for in-house lists augmented with
their images (`roomsift hashset augment`). A pair is accepted only when at least
MIN_INLIERS keypoint matches agree on one plausible homography (scale, no fold) — a
strict rule measured against unrelated pairs in benchmarks/media_eval.py."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import numpy as np

#: Long side of the grey image features are taken from.
FEATURE_SIDE = 512
N_FEATURES = 500
#: Lowe's ratio test between the best and second-best descriptor match.
RATIO = 0.8
RANSAC_PX = 5.0
#: Matches consistent with the homography needed to accept a pair (tuned on the tuning
#: half of the photographs; see RESULTS.md).
MIN_INLIERS = 25


@dataclass
class Features:
    points: np.ndarray  # (n, 2) float32, in a frame where the long side is 1.0
    descriptors: np.ndarray  # (n, 32) uint8

    def to_text(self) -> str:
        buf = io.BytesIO()
        np.savez_compressed(buf, p=self.points.astype(np.float16), d=self.descriptors)
        return base64.b64encode(buf.getvalue()).decode()

    @classmethod
    def from_text(cls, text: str) -> "Features":
        with np.load(io.BytesIO(base64.b64decode(text))) as z:
            return cls(z["p"].astype(np.float32), z["d"])


def _cv2():
    import cv2

    cv2.setNumThreads(1)  # the service and the hashing pool already use every core
    return cv2


def extract(rgb) -> Features:
    """ORB keypoints and descriptors of an RGB array or PIL image."""
    from PIL import Image

    cv2 = _cv2()
    im = Image.fromarray(rgb) if isinstance(rgb, np.ndarray) else rgb
    im = im.convert("L")
    if max(im.size) > FEATURE_SIDE:
        im = im.copy()
        im.thumbnail((FEATURE_SIDE, FEATURE_SIDE), Image.Resampling.BILINEAR)
    grey = np.asarray(im)
    kps, desc = cv2.ORB_create(nfeatures=N_FEATURES).detectAndCompute(grey, None)
    if len(kps) < N_FEATURES // 5:  # smooth pictures: lower FAST's corner threshold
        kps, desc = cv2.ORB_create(nfeatures=N_FEATURES, fastThreshold=4).detectAndCompute(grey, None)
    if desc is None or not kps:
        return Features(np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8))
    scale = 1.0 / max(grey.shape)
    pts = np.array([k.pt for k in kps], dtype=np.float32) * scale
    return Features(pts, desc)


def inliers(query: Features, known: Features) -> int:
    """Keypoint matches consistent with one plausible homography from the known image to
    the query (0 when too few matches or the homography is degenerate)."""
    if len(query.descriptors) < 8 or len(known.descriptors) < 8:
        return 0
    cv2 = _cv2()
    matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
    pairs = matcher.knnMatch(known.descriptors, query.descriptors, k=2)
    good = [m[0] for m in pairs if len(m) == 2 and m[0].distance < RATIO * m[1].distance]
    if len(good) < MIN_INLIERS:
        return 0
    src = known.points[[m.queryIdx for m in good]] * FEATURE_SIDE
    dst = query.points[[m.trainIdx for m in good]] * FEATURE_SIDE
    H, mask = cv2.findHomography(src, dst, cv2.RANSAC, RANSAC_PX)
    if H is None or mask is None:
        return 0
    det = float(np.linalg.det(H[:2, :2]))
    if not 0.05 < det < 20 or abs(H[2, 0]) > 0.002 or abs(H[2, 1]) > 0.002:
        return 0  # folds, collapses or strong perspective: not a copy of the picture
    return int(mask.sum())


def verified(query: Features, known: Features, min_inliers: int = MIN_INLIERS) -> tuple[bool, int]:
    n = inliers(query, known)
    return n >= min_inliers, n
