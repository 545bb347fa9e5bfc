"""A font that has Hangul, for charts and PDF pages: Korean evidence text must render as
written, never as empty boxes. roomsift depends on a system font (Debian `fonts-nanum` or
`fonts-noto-cjk`, which `.ci/run` installs); when none is found, reports still render and
the command says which package to install."""

from __future__ import annotations

from functools import lru_cache

# Family names tried first (CSS and Matplotlib), in order.
HANGUL_FAMILIES = ("NanumGothic", "Noto Sans CJK KR", "Noto Sans KR", "NanumBarunGothic", "UnDotum", "Baekmuk Gulim")
INSTALL_HINT = "no font with Hangul found: Korean text will show as boxes; install Debian's fonts-nanum or fonts-noto-cjk"


def _has_hangul(path: str) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        return 0xAC00 in FT2Font(path).get_charmap()
    except Exception:
        return False


@lru_cache(maxsize=1)
def hangul_font() -> tuple[str, str] | None:
    """(family name, file) of an installed font with Hangul, or None."""
    from matplotlib import font_manager

    fonts = font_manager.fontManager.ttflist
    for family in HANGUL_FAMILIES:
        for f in fonts:
            if f.name == family and _has_hangul(f.fname):
                return f.name, f.fname
    for f in fonts:  # any other font that covers Hangul
        if _has_hangul(f.fname):
            return f.name, f.fname
    return None
