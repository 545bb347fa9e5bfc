"""One victim, two ways of referring to them: a Korean name ("정성민", "김예린") and a handle
("@seongmin_0x", "@yerin_0408"). Staff write the name in one message and the handle in
another, so the victim records would stay two unless the two are matched.

A handle matches a name when one of the handle's letter runs spells the name's given name
(or the whole name) in romanised form, loosely: Revised Romanization by koroman, then
compared by first letter and consonant skeleton, because people spell their own names
their own way ("minhyuk" for 민혁, RR "minhyeok"; "seongmin" for 성민); or exactly, for
given names whose skeleton is too short to compare loosely ("bora" = 보라); or as the surname
and the given name's initials ("@ys_lee_03" = 이윤서, with the usual Latin spellings of the
commonest surnames). Only a match that is unique both ways joins two records — two names that
spell alike, or two handles, leave all of them apart.

A full name and its given name alone ("이윤서" / "윤서") are one person on the same terms
(given_name_pairs)."""

from __future__ import annotations

import re
from functools import lru_cache

_RUN = re.compile(r"[a-z]{3,}")
_VOWELS = re.compile(r"[aeiouyw]")


def _loose(latin: str) -> str:
    return latin[0] + _VOWELS.sub("", latin[1:]) if latin else ""


def _latin(hangul: str) -> str | None:
    """Revised Romanization by koroman, Latin letters only; None without the romaniser (then
    names and handles stay apart)."""
    try:
        from koroman import romanize
    except ImportError:
        return None
    return re.sub(r"[^a-z]", "", romanize(hangul).lower())


def _full_name(name: str, surnames: frozenset[str]) -> bool:
    """A surname and a two-syllable given name."""
    return bool(re.fullmatch(r"[가-힣]{3}", name)) and name[0] in surnames


@lru_cache(maxsize=4096)
def name_keys(name: str, surnames: frozenset[str]) -> frozenset[str]:
    """Loose romanised keys of a Korean name: the whole name and, after a surname, the given name."""
    if not re.fullmatch(r"[가-힣]{2,4}", name):
        return frozenset()
    parts = [name]
    if len(name) >= 3 and name[0] in surnames:
        parts.append(name[1:])
    keys = set()
    for part in parts:
        latin = _latin(part)
        if latin is None:
            return frozenset()
        if len(_loose(latin)) >= 3:  # "yerin" → "yrn": short skeletons collide
            keys.add(_loose(latin))
    return frozenset(keys)


def handle_keys(handle: str) -> frozenset[str]:
    """Loose keys of a handle's letter runs, and of neighbouring runs read together: people
    split a name's syllables with "_" or "." ("@min_ha_0" = minha, "@ji.woo" = jiwoo)."""
    runs = re.findall(r"[a-z]+", handle.lower().lstrip("@"))
    keys = {_loose(run) for run in runs if _RUN.fullmatch(run)}
    for i in range(len(runs)):
        for j in range(i + 2, len(runs) + 1):
            joined = "".join(runs[i:j])
            if len(joined) >= 4:
                keys.add(_loose(joined))
    return frozenset(keys)


# How people spell the commonest surnames in Latin letters besides Revised Romanization
# (이 is "lee" far more often than RR "i"); every other surname is compared in RR only.
SURNAME_SPELLINGS = {
    "이": ("lee", "yi", "rhee", "ri"), "김": ("kim",), "박": ("park", "pak"), "최": ("choi",), "정": ("jung", "chung"),
    "강": ("kang",), "조": ("cho",), "윤": ("yoon",), "장": ("jang", "chang"), "임": ("lim", "yim"), "한": ("han",),
    "오": ("oh",), "서": ("suh",), "신": ("shin",), "권": ("kwon",), "황": ("hwang",), "안": ("ahn",), "송": ("song",),
    "류": ("ryu", "yoo", "yu"), "유": ("yoo", "yu"), "전": ("jeon", "jun", "chun"), "홍": ("hong",), "고": ("ko",),
    "문": ("moon",), "노": ("noh", "roh"), "백": ("baek", "paik"), "허": ("huh",), "구": ("koo",), "주": ("joo",),
    "곽": ("kwak",), "심": ("shim",), "우": ("woo",), "성": ("sung",), "차": ("cha",), "민": ("min",), "배": ("bae",),
}


@lru_cache(maxsize=4096)
def initials_keys(name: str, surnames: frozenset[str]) -> frozenset[tuple[str, str]]:
    """(surname spelling, given-name initials) of a three-syllable Korean name: 이윤서 →
    ("lee", "ys"), ("i", "ys") ... — how handles like "@ys_lee_03" spell a person."""
    surname = _latin(name[0]) if _full_name(name, surnames) else None
    if surname is None:
        return frozenset()
    initials = "".join((_latin(ch) or "")[:1] for ch in name[1:])
    spellings = {surname} | set(SURNAME_SPELLINGS.get(name[0], ()))
    return frozenset((sp, initials) for sp in spellings if sp and len(initials) == 2)


@lru_cache(maxsize=4096)
def _given_rr(name: str, surnames: frozenset[str]) -> str:
    """The given name in exact Revised Romanization ("한보라" → "bora"; a given name written
    alone, "수아" → "sua"), or "" for short ones."""
    if _full_name(name, surnames):
        latin = _latin(name[1:])
        return latin if latin and len(latin) >= 4 else ""
    latin = _latin(name) if re.fullmatch(r"[가-힣]{2}", name) else None
    return latin if latin and len(latin) >= 3 else ""


def _initials_match(name: str, mention: str, surnames: frozenset[str]) -> bool:
    """The handle spells the surname and the given name's initials ("ys_lee"), or the given
    name exactly ("bora_kk0" = 한보라: a skeleton too short for the loose match, but spelt
    letter for letter)."""
    runs = re.findall(r"[a-z]+", mention.lower().lstrip("@"))
    exact = _given_rr(name, surnames)
    return (bool(exact) and exact in runs) or any(sp in runs and ini in runs for sp, ini in initials_keys(name, surnames))


def pairs(names: set[str], mentions: set[str], surnames: frozenset[str]) -> list[tuple[str, str]]:
    """(name, mention) pairs that spell one person, each unique both ways: the handle spells
    the given name, or the surname and the given name's initials ("@ys_lee_03" = 이윤서)."""
    matches: dict[str, set[str]] = {}
    for name in names:
        keys = name_keys(name, surnames)
        hit = {m for m in mentions if (keys and keys & handle_keys(m)) or _initials_match(name, m, surnames)}
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


def given_name_pairs(full_names: set[str], short_names: set[str], surnames: frozenset[str]) -> list[tuple[str, str]]:
    """(full name, given name) pairs of one person: "이윤서" and "윤서" (staff write the given
    name once they know the case; an exporter shows the victim by given name). A full name is
    a surname and two syllables; only a pair unique both ways joins — two 윤서s, or a 윤서 and
    a 윤서 of another surname, leave all of them apart."""
    given_of = {f: f[1:] for f in full_names if len(f) == 3 and f[0] in surnames}
    out = []
    for short in short_names:
        fulls = [f for f, g in given_of.items() if g == short and f != short]
        if len(fulls) == 1 and sum(1 for g in given_of.values() if g == short) == 1:
            out.append((fulls[0], short))
    return out
