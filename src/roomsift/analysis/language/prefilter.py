"""One compiled prefilter in front of the lexicon: which texts cannot give the lexicon any
reading at all, so its per-text work (English view, Kiwi verb analysis, noun search,
signal patterns) is skipped for them.

Exact by construction, not by sampling: the lexicon (signals.detect_one) returns an empty
reading exactly when a text has no concept word and no artifact. A text is skipped only if
  - it has no ASCII letter (so no English view is built: English words reach concepts
    through leetspeak, slang, suffixes and one-edit typo repair, which no keyword list
    covers, so English text always takes the full path), and
  - the artifact extractor finds nothing in it (its own prefilter makes that cheap), and
  - where it has Hangul, none of the Korean noun stems (every concept, everyday topics and
    prohibitions included) and none of the verb surface stems that open Kiwi's verb
    analysis occurs in its prepared form (korean.prepare: NFKC, jamo slang, spellings),
    lower-cased and with the spaces removed (so stems written across a space, which the
    noun search joins, are seen too).
The Korean keywords come from korean.py's own tables, so the prefilter follows them.
tests/triage/test_language.py compares prefiltered and full readings on varied text."""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from roomsift.analysis import artifacts
from roomsift.analysis.language import korean

LATIN = re.compile(r"[A-Za-z]")  # the same test that decides whether an English view is built


def _verb_stems() -> list[str]:
    stems = korean.VERB_STEMS.pattern.split("|")
    if any(re.escape(s) != s for s in stems):  # a regex, not a list of literal stems: no safe prefilter
        raise ValueError("korean.VERB_STEMS is not a plain alternation of stems")
    return stems


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in {*(s.lower() for s in korean._STEM_CONCEPTS), *_verb_stems()}:
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


def _korean_hit(text: str) -> bool:
    flat = "".join(korean.prepare(text).lower().split())
    for _ in _automaton().iter(flat):
        return True
    return False


def may_signal(text: str) -> bool:
    """False only for a text the lexicon is certain to read as empty."""
    if LATIN.search(text) or (korean.has_hangul(text) and _korean_hit(text)):
        return True
    return bool(artifacts.extract(text))  # last: a text read in full extracts them again
