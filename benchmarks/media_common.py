"""Shared by the media benchmarks: where the real photographs are, and how to load them.

Real photographs come from Debian's wallpaper packages (apt-get install gnome-backgrounds
mate-backgrounds ukui-wallpapers plasma-workspace-wallpapers) and scikit-image's bundled
sample images (pip install scikit-image); nothing is downloaded at run time."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

WALLPAPER_DIRS = [Path("/usr/share/backgrounds"), Path("/usr/share/wallpapers")]
RASTER = (".jpg", ".jpeg", ".png", ".webp")
SKIMAGE_NAMES = ("astronaut", "camera", "chelsea", "coffee", "rocket", "brick", "grass", "gravel", "horse", "moon",
                 "page", "text", "coins", "clock", "hubble_deep_field", "immunohistochemistry", "logo", "motorcycle_left")


def wallpaper_files(max_files: int | None = None) -> list[Path]:
    """One file per wallpaper: KDE packages ship each picture at many sizes
    (/usr/share/wallpapers/<Name>/contents/images*/WxH.ext); keep the largest of each folder."""
    best: dict[Path, Path] = {}
    for d in WALLPAPER_DIRS:
        if not d.is_dir():
            continue
        for p in sorted(d.rglob("*")):
            if p.suffix.lower() not in RASTER or p.name.startswith("screenshot") or not p.is_file() or p.stat().st_size < 20_000:
                continue
            key = p.parent if "contents" in p.parts else p
            if key not in best or p.stat().st_size > best[key].stat().st_size:
                best[key] = p
    files = sorted(best.values())
    return files[:max_files] if max_files else files


def skimage_images() -> list[tuple[str, Image.Image]]:
    try:
        import skimage.data as data
    except ImportError:
        return []
    out = []
    for name in SKIMAGE_NAMES:
        fn = getattr(data, name, None)
        if fn is None:
            continue
        try:
            arr = fn()
        except Exception:  # images that would need a download are skipped: no network at run time
            continue
        if isinstance(arr, tuple):
            arr = arr[0]
        arr = np.asarray(arr)
        if arr.dtype != np.uint8:
            arr = arr.astype(np.float64)
            arr = (255 * (arr - arr.min()) / max(float(arr.max() - arr.min()), 1e-9)).astype(np.uint8)
        out.append((f"skimage:{name}", Image.fromarray(arr).convert("RGB")))
    return out


def load_rgb(path: Path, max_side: int = 1024) -> Image.Image:
    im = Image.open(path)
    im.draft("RGB", (max_side, max_side))
    im = im.convert("RGB")
    im.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return im
