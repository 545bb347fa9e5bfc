"""English normalisation: text → lemmas plus mood marks, tolerant of slang, leetspeak and typos.

Steps: Unicode NFKC + lowercase; leetspeak inside words folded (s3nd → send, 4ll → all);
letters repeated three or more times folded (pleeease → please); slang and common
misspellings mapped (pls, vids, addy); multi-word cues joined (something good →
sth_good); suffixes stripped (uploading → upload, pictures → picture) with past forms
remembered; remaining unknown words within one edit of a lexicon word (a typo) are
mapped to that word. No dictionary download: the lexicon is the vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from roomsift.analysis.language.lexicon import EN, EN_IRREGULAR_PAST, EN_PHRASES, EN_SLANG

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
_WORD = re.compile(r"[a-z0-9@$!'’]+|[₩€£$]")
_REPEAT = re.compile(r"(.)\1{2,}")
_DOUBLE = re.compile(r"(.)\1")


@dataclass
class EnglishView:
    lemmas: set[str] = field(default_factory=set)
    past: set[str] = field(default_factory=set)  # lemmas that appeared in a past/perfect form
    imperative_start: bool = False  # sentence starts with a bare verb ("send", "show us")
    question: bool = False
    second_person: bool = False  # you/your: addressed to someone


def _all_lexicon_words() -> set[str]:
    words: set[str] = set()
    for group in EN.values():
        words |= {w for w in group if w.isalpha()}
    words |= set(EN_IRREGULAR_PAST.values())
    return words


_VOCAB = _all_lexicon_words()


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# Symmetric-delete index: a typo within one edit (drop, insert, substitute, many swaps)
# shares a delete-neighbour with the intended word.
_DELETE_INDEX: dict[str, str] = {}
for _w in sorted(_VOCAB, key=len):
    if len(_w) >= 5:
        for _d in _deletes(_w) | {_w}:
            _DELETE_INDEX.setdefault(_d, _w)


def _fold_word(raw: str) -> str:
    word = raw.replace("’", "'")
    if len(word) > 1:
        word = word.strip("!'") or word
    if any(c.isdigit() or c in "@$!" for c in word) and any(c.isalpha() for c in word):
        word = word.translate(_LEET)
    word = _REPEAT.sub(r"\1\1", word)
    if word not in _VOCAB:
        single = _DOUBLE.sub(r"\1", word)
        if single in _VOCAB:
            return single
    return word


def _stem(word: str) -> tuple[str, bool]:
    """Strip common suffixes; returns (lemma, was_past)."""
    if word in EN_IRREGULAR_PAST:
        return EN_IRREGULAR_PAST[word], True
    if word in _VOCAB or len(word) <= 3:
        return word, False
    for suffix, repl, past in (("ied", "y", True), ("ed", "", True), ("ing", "", False), ("ies", "y", False), ("es", "", False), ("s", "", False)):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + repl
            for cand in (base, base + "e", base[:-1] if len(base) > 3 and base[-1] == base[-2] else base):
                if cand in _VOCAB:
                    return cand, past
            return base, past
    return word, False


def _typo(word: str) -> str:
    if len(word) < 5 or word in _VOCAB:
        return word
    if word in _DELETE_INDEX:
        return _DELETE_INDEX[word]
    for d in _deletes(word):
        if d in _DELETE_INDEX:
            return _DELETE_INDEX[d]
    return word


_PHRASE_RE = re.compile(r"(?<= )(" + "|".join(re.escape(p) for p in sorted(EN_PHRASES, key=len, reverse=True)) + r")(?= )")
_LEADING_FILLER = {"please", "pls", "plz", "kindly", "just", "now", "ok", "okay", "yo", "hey", "guys", "bro", "bros", "boss", "admin"}
_IMPERATIVE = EN["req_verb"] | {"show", "let", "more", "need", "want", "give"}
_SECOND_PERSON = {"you", "your", "u", "ur", "yourself"}


@lru_cache(maxsize=500_000)
def _word(raw: str) -> str:
    """Raw word → folded, slang-mapped surface form (cached: chat vocabularies repeat)."""
    w = _fold_word(raw)
    return EN_SLANG.get(w, w)


@lru_cache(maxsize=500_000)
def _lemma(word: str) -> tuple[str, bool]:
    lemma, past = _stem(word)
    return _typo(lemma), past


def view(text: str) -> EnglishView:
    out = EnglishView()
    low = unicodedata.normalize("NFKC", text).lower()
    out.question = "?" in low
    words = [_word(w) for w in _WORD.findall(low)]
    joined = " " + " ".join(words) + " "
    if _PHRASE_RE.search(joined):
        joined = _PHRASE_RE.sub(lambda m: m.group(1) + " " + EN_PHRASES[m.group(1)], joined)
        words = joined.split()
    for w in words:
        w = w.strip("'")
        if not w:
            continue
        lemma, past = _lemma(w)
        out.lemmas.add(lemma)
        if past:
            out.past.add(lemma)
    out.second_person = not out.lemmas.isdisjoint(_SECOND_PERSON)
    first = words[0].strip("'") if words else ""
    if first in _LEADING_FILLER:
        first = words[1].strip("'") if len(words) > 1 else ""
    out.imperative_start = bool(first) and _lemma(first)[0] in _IMPERATIVE
    return out
