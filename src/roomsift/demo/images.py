"""Generated abstract images for demo and test media (the content rule: never real material).

Each image is fully determined by its seed: soft colour gradients with overlapping
shapes, so perceptual hashes are well spread and of good quality."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter


def abstract_image(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    rng = random.Random(seed)
    w, h = size
    base = Image.new("RGB", size)
    c1 = [rng.randrange(256) for _ in range(3)]
    c2 = [rng.randrange(256) for _ in range(3)]
    horizontal = rng.random() < 0.5
    draw = ImageDraw.Draw(base)
    steps = w if horizontal else h
    for i in range(steps):
        t = i / max(steps - 1, 1)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(c1, c2))
        if horizontal:
            draw.line([(i, 0), (i, h)], fill=colour)
        else:
            draw.line([(0, i), (w, i)], fill=colour)
    for _ in range(rng.randint(6, 14)):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        x1, y1 = x0 + rng.randint(w // 10, w // 2), y0 + rng.randint(h // 10, h // 2)
        fill = tuple(rng.randrange(256) for _ in range(3))
        shape = rng.choice(("ellipse", "rectangle", "polygon"))
        if shape == "ellipse":
            draw.ellipse([x0, y0, x1, y1], fill=fill)
        elif shape == "rectangle":
            draw.rectangle([x0, y0, x1, y1], fill=fill)
        else:
            draw.polygon([(rng.randrange(w), rng.randrange(h)) for _ in range(rng.randint(3, 6))], fill=fill)
    return base.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.5, 2.5)))


def save_abstract_jpeg(path: Path, seed: int, size: tuple[int, int] = (640, 480), quality: int = 88) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    abstract_image(seed, size).save(path, "JPEG", quality=quality)
    return path
