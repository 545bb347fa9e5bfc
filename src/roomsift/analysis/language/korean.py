"""Korean analysis with Kiwi: verb lemmas with their mood, plus noun concepts.

Kiwi (kiwipiepy, model shipped in its package, offline) splits a sentence into morphemes
and gives verbs their dictionary form, so 올려주세요 / 올려줘 / 올려주셈 / 올려 주실 분 all
yield 올리다 + a request, and 올렸습니다 / 올림 yield 올리다 + done. It also repairs
common spacing errors. Nouns are matched as stems inside the text with spaces removed,
which catches compounds and particles (입장료는, 입장 료) without a noun dictionary.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from dataclasses import dataclass, field

from roomsift.analysis.language.lexicon import KO_BENIGN_TOPIC, KO_NOUNS, KO_PAST_MORPHS, KO_PROHIBIT, KO_REQUEST_ENDINGS

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


def _forget_in_child() -> None:
    """After a fork, make a new Kiwi: the inherited one's worker threads did not come along,
    so a batch call in the child would wait on them forever (triage's worker processes).
    The old instance is kept, never freed: its destructor would wait on those threads too."""
    global _kiwi, _lock
    if _kiwi is not None:
        _orphaned.append(_kiwi)
    _kiwi = None
    _lock = threading.Lock()


_orphaned: list = []
os.register_at_fork(after_in_child=_forget_in_child)


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


_STEM_CONCEPTS: dict[str, list[str]] = {}
for _concept, _stems in {**KO_NOUNS, "benign_topic": KO_BENIGN_TOPIC, "prohibit": KO_PROHIBIT}.items():
    for _stem in _stems:
        _STEM_CONCEPTS.setdefault(_stem, []).append(_concept)
# Overlapping search for every stem (longest first at each position is not enough: 입장료 and 입장 both count).
_STEM_RE = re.compile("(?=(" + "|".join(re.escape(s) for s in sorted(_STEM_CONCEPTS, key=len, reverse=True)) + "))")
_STEM_PREFIXES: dict[str, list[str]] = {}
for _stem in _STEM_CONCEPTS:
    _STEM_PREFIXES.setdefault(_stem[0], []).append(_stem)


def _stems_in(flat: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for masked in (False, True):
        if masked:
            original = flat
            for word in _MASK:
                flat = flat.replace(word, "·")
            if flat == original:
                break
            found = {"benign_topic": found["benign_topic"]} if "benign_topic" in found else {}
        for m in _STEM_RE.finditer(flat):
            pos = m.start()
            for stem in _STEM_PREFIXES.get(flat[pos], ()):
                if flat.startswith(stem, pos):
                    for concept in _STEM_CONCEPTS[stem]:
                        if not masked or concept != "benign_topic":
                            found.setdefault(concept, set()).add(stem)
    return found


_noun_cache: dict[str, dict[str, set[str]]] = {}


def _cached_stems(chunk: str) -> dict[str, set[str]]:
    hit = _noun_cache.get(chunk)
    if hit is None:
        if len(_noun_cache) > WORD_CACHE_MAX:
            _noun_cache.clear()
        hit = _noun_cache[chunk] = _stems_in(chunk)
    return hit


def noun_concepts(prepared: str) -> dict[str, set[str]]:
    """Noun stems per word (cached), plus each pair of neighbouring words joined, so a
    compound written with a space ("입장 료", "외부 유출 금지") is still found."""
    words = prepared.lower().split()
    found: dict[str, set[str]] = {}
    chunks = words + [a + b for a, b in zip(words, words[1:])]
    for chunk in chunks:
        for concept, stems in _cached_stems(chunk).items():
            found.setdefault(concept, set()).update(stems)
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
                    request = request or (not past and u.form in ("어", "아"))
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


# Surface stems of the verbs the lexicon cares about (and of 하다-verbs' nouns). A word
# (eojeol) without any of them carries no verb we use, so Kiwi never sees it.
VERB_STEMS = re.compile("|".join([
    "보내", "보냈", "보여", "보이", "보였", "올려", "올리", "올렸", "올림", "올린", "풀어", "풀었", "풀려", "풀리", "풀", "찍", "뿌려", "뿌리", "뿌렸", "뿌린",
    "넘겨", "넘기", "넘겼", "가져", "까", "깠", "내놓", "털", "구해", "구하", "팔", "쏘", "쐈", "내", "넣", "사", "퍼뜨", "퍼트", "알리", "알려", "박제",
    "터뜨", "터트", "시키", "시켜", "따르", "따라", "듣", "들어", "지워", "지우", "지웠", "살려", "살리", "봐줘", "봐주", "멈춰", "멈추", "용서", "그만",
    "주세", "줘", "주셈", "주십", "드려", "드리", "드립", "입금", "송금", "결제", "이체", "공유", "업로드", "삭제", "업데이트", "추가", "배포", "구매",
    "충전", "후원", "공개", "유포", "고정", "마", "말", "해", "했", "하",
]))
_QUESTION_EF = {"나요", "니", "냐", "ᆯ까", "을까", "ᆯ까요", "을까요", "나", "는지", "ᆫ가요", "은가요", "ᆫ가", "은가"}


@dataclass(slots=True, frozen=True)
class _WordView:
    verbs: frozenset
    requested: frozenset
    done: frozenset
    negated: bool
    question: bool


_EMPTY = _WordView(frozenset(), frozenset(), frozenset(), False, False)
_word_cache: dict[str, _WordView] = {}
WORD_CACHE_MAX = 2_000_000


def _analyse_words(words: list[str]) -> None:
    """Kiwi over words not seen before, in one batch; results cached per word.

    Chat words repeat endlessly ("올려주세요", "보냈어요"), so a case of millions of
    messages needs only as many analyses as it has distinct words with a verb stem."""
    todo = [w for w in dict.fromkeys(words) if w not in _word_cache]
    if len(_word_cache) + len(todo) > WORD_CACHE_MAX:
        _word_cache.clear()
    need = [w for w in todo if VERB_STEMS.search(w)]
    for w in todo:
        _word_cache[w] = _EMPTY
    if not need:
        return
    for word, tokens in zip(need, kiwi().tokenize(need)):
        verbs, requested, done, negated = _verb_moods(tokens)
        question = any(t.tag == "EF" and t.form in _QUESTION_EF for t in tokens)
        if verbs or negated or question:
            _word_cache[word] = _WordView(frozenset(verbs), frozenset(requested), frozenset(done), negated, question)


def views(texts: list[str]) -> list[KoreanView]:
    """Analyse many texts: verbs and moods word by word (cached), nouns over the whole text.

    A request split over two words ("올려 주세요") still reads as a request: the first word
    ends in a connective (a command in chat), the second is 주다 + a request ending. A
    negation in the next word ("보내지 마") marks the text as a plea, not a request."""
    prepared = [prepare(t) for t in texts]
    split = [p.split() for p in prepared]
    _analyse_words([w for ws in split for w in ws])
    out: list[KoreanView] = []
    for text, words in zip(prepared, split):
        view = KoreanView(nouns=noun_concepts(text), question="?" in text)
        for w in words:
            wv = _word_cache.get(w, _EMPTY)
            if wv is _EMPTY:
                continue
            view.verbs |= wv.verbs
            view.requested |= wv.requested
            view.done |= wv.done
            view.negated_request = view.negated_request or wv.negated
            view.question = view.question or wv.question
        view.requested -= view.done
        out.append(view)
    return out
