"""One victim, two ways of referring to them: a Korean name ("정성민", "김예린") and a handle
("@seongmin_0x", "@yerin_0408"). Staff write the name in one message and the handle in
another, so the victim records would stay two unless the two are matched.

A handle matches a name when one of the handle's letter runs spells the name's given name
(or the whole name) in romanised form, loosely: Revised Romanization by koroman, then
compared by first letter and consonant skeleton, because people spell their own names
their own way ("minhyuk" for 민혁, RR "minhyeok"; "seongmin" for 성민). Only a match that is
unique both ways joins two records — two names that spell alike, or two handles, leave all of
them apart."""

from __future__ import annotations

import re
from functools import lru_cache

_RUN = re.compile(r"[a-z]{3,}")
_VOWELS = re.compile(r"[aeiouyw]")


def _loose(latin: str) -> str:
    return latin[0] + _VOWELS.sub("", latin[1:]) if latin else ""


@lru_cache(maxsize=4096)
def name_keys(name: str, surnames: frozenset[str]) -> frozenset[str]:
    """Loose romanised keys of a Korean name: the whole name and, after a surname, the given name."""
    if not re.fullmatch(r"[가-힣]{2,4}", name):
        return frozenset()
    try:
        from koroman import romanize
    except ImportError:  # without the romaniser, names and handles stay apart
        return frozenset()
    parts = [name]
    if len(name) >= 3 and name[0] in surnames:
        parts.append(name[1:])
    keys = set()
    for part in parts:
        latin = re.sub(r"[^a-z]", "", romanize(part).lower())
        if len(_loose(latin)) >= 3:  # "yerin" → "yrn": short skeletons collide
            keys.add(_loose(latin))
    return frozenset(keys)


def handle_keys(handle: str) -> frozenset[str]:
    return frozenset(_loose(run) for run in _RUN.findall(handle.lower().lstrip("@")))


def pairs(names: set[str], mentions: set[str], surnames: frozenset[str]) -> list[tuple[str, str]]:
    """(name, mention) pairs that spell one person, each unique both ways."""
    matches: dict[str, set[str]] = {}
    for name in names:
        keys = name_keys(name, surnames)
        if keys:
            hit = {m for m in mentions if keys & handle_keys(m)}
            if hit:
                matches[name] = hit
    out = []
    for name, hit in matches.items():
        if len(hit) != 1:
            continue
        (mention,) = hit
        if sum(1 for h in matches.values() if mention in h) == 1:
            out.append((name, mention))
    return out
