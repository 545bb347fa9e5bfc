"""Korean analysis with Kiwi: verb lemmas with their mood, plus noun concepts.

Kiwi (kiwipiepy, model shipped in its package, offline) splits a sentence into morphemes
and gives verbs their dictionary form, so 올려주세요 / 올려줘 / 올려주셈 / 올려 주실 분 all
yield 올리다 + a request, and 올렸습니다 / 올림 yield 올리다 + done. It also repairs
common spacing errors. Nouns are matched as stems inside the text with spaces removed,
which catches compounds and particles (입장료는, 입장 료) without a noun dictionary.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field

from roomsift.analysis.language.lexicon import KO_NOUNS, KO_PAST_MORPHS, KO_REQUEST_ENDINGS

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_JAMO_SLANG = {
    # Consonant-only abbreviations common in chat → words Kiwi and the noun lexicon know.
    "ㅇㄱ": "입금", "ㅇㄱㅇ": "입금완료", "ㅇㅈ": "인증", "ㄱㄱ": "고고", "ㅂㅌ": "부탁", "ㅃㄹ": "빨리",
    "ㅈㅂ": "제발", "ㅈㅅ": "죄송", "ㅎㅂ": "후방", "ㅇㄷ": "어디", "ㄷㄷ": "덜덜", "ㅍㅂ": "풀버전",
}
_JAMO_WORD = re.compile(r"[\u3131-\u314e]{2,3}")
# Spellings Kiwi does not repair on its own (chat phonetic spellings of request endings).
_SPELLING = [(re.compile(p), r) for p, r in (
    (r"줭|쥬세요|주새요|주떼요|주쎄요|주세여|주세욤|주십쇼|주셔요", "주세요"),
    (r"해쥬|해줭|해조", "해줘"),
    (r"올료|올려조", "올려줘"),
    (r"보내조|보내줭|보네줘|보내쥬", "보내줘"),
    (r"(\w)셈(?=\W|$)", r"\1세요"),
)]

_kiwi = None
_lock = threading.Lock()


def kiwi():
    """One shared Kiwi instance (loading takes ~2 s)."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


@dataclass
class KoreanView:
    verbs: set[str] = field(default_factory=set)  # lemmas: 올리다, 보내다 ...
    requested: set[str] = field(default_factory=set)  # verbs used as a request/command
    done: set[str] = field(default_factory=set)  # verbs in past/completed form
    nouns: dict[str, set[str]] = field(default_factory=dict)  # concept → stems found
    negated_request: bool = False  # "보내지 마" (don't send): a plea, not a request
    question: bool = False


def has_hangul(text: str) -> bool:
    return bool(HANGUL.search(text))


def prepare(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _JAMO_WORD.sub(lambda m: " " + _JAMO_SLANG.get(m.group(0), m.group(0)) + " ", text)
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return text


# Longer words that contain a lexicon stem with another meaning (학부모 is not 부모).
_MASK = ("학부모",)


def noun_concepts(prepared: str) -> dict[str, set[str]]:
    flat = re.sub(r"\s+", "", prepared.lower())
    for word in _MASK:
        flat = flat.replace(word, "·")
    found: dict[str, set[str]] = {}
    for concept, stems in KO_NOUNS.items():
        hits = {s for s in stems if s in flat}
        if hits:
            found[concept] = hits
    return found


def _verb_moods(tokens) -> tuple[set[str], set[str], set[str], bool]:
    verbs: set[str] = set()
    requested: set[str] = set()
    done: set[str] = set()
    negated = False
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if t.tag.startswith(("VV", "VA")) or t.tag == "XSV" or (t.tag.startswith("NNG") and i + 1 < n and tokens[i + 1].tag == "XSV"):
            if t.tag == "XSV":
                i += 1
                continue
            lemma = t.lemma if hasattr(t, "lemma") and t.lemma else t.form + "다"
            if t.tag.startswith("NNG"):
                lemma = t.form + "하다"  # 입금 + 하 → 입금하다
            verbs.add(lemma)
            j = i + 1
            past = request = neg = False
            while j < n and j <= i + 7:
                u = tokens[j]
                if u.tag in ("EP",) and u.form in KO_PAST_MORPHS:
                    past = True
                elif u.tag == "VX" and u.form in ("주", "드리"):
                    request = True
                elif u.tag in ("VX",) and u.form in ("말",):
                    neg = True
                elif u.tag == "EF":
                    if u.form in KO_REQUEST_ENDINGS or u.form.endswith(("세요", "라", "셈", "줘", "십시오")):
                        request = request or not past
                    break
                elif u.tag == "EC" and j == n - 1:
                    # Sentence cut after a connective (보내 / 올려) reads as a command in chat.
                    request = request or (not past and u.form in ("어", "아", "어서", "아서"))
                elif u.tag.startswith(("NN", "VV", "MAG", "SF", "SW", "SP")) and u.tag != "XSV":
                    break
                j += 1
            if neg:
                negated = True
            elif past:
                done.add(lemma)
            elif request:
                requested.add(lemma)
            i = j if j > i else i + 1
            continue
        i += 1
    return verbs, requested, done, negated


def views(texts: list[str]) -> list[KoreanView]:
    """Analyse many texts in one Kiwi batch (much faster than one at a time)."""
    prepared = [prepare(t) for t in texts]
    out: list[KoreanView] = []
    for text, tokens in zip(prepared, kiwi().tokenize(prepared)):
        verbs, requested, done, negated = _verb_moods(tokens)
        out.append(
            KoreanView(
                verbs=verbs,
                requested=requested,
                done=done,
                nouns=noun_concepts(text),
                negated_request=negated,
                question="?" in text or any(t.tag == "EF" and t.form in ("나요", "니", "냐", "ᆯ까", "을까", "ᆯ까요", "을까요", "나", "는지") for t in tokens),
            )
        )
    return out
