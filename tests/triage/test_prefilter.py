"""The lexicon's prefilter is exact: every text it skips reads exactly as the full lexicon
reads it (issue 13), on written chat, on the benchmark generators and on random text."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roomsift.analysis.language import korean
from roomsift.analysis.language.prefilter import may_signal
from roomsift.analysis.language.signals import detect_lexicon

from tests.conftest import SHARED

pytestmark = pytest.mark.backend_neutral("language prefilter on texts; no case")

ROOT = Path(__file__).resolve().parents[2]


def _same(texts: list[str]) -> int:
    """Full and prefiltered readings agree; returns how many texts the prefilter skipped."""
    full = detect_lexicon(texts, prefilter=False)
    fast = detect_lexicon(texts)
    for text, a, b in zip(texts, full, fast):
        assert a == b, text
    return sum(not may_signal(t) for t in texts)


def _written_chat() -> list[str]:
    texts = []
    for export in sorted((SHARED / "corpora" / "external-dev-1").glob("ChatExport_*/result.json")):
        for m in json.loads(export.read_text(encoding="utf-8"))["messages"]:
            t = m.get("text")
            if isinstance(t, list):
                t = "".join(p if isinstance(p, str) else p.get("text", "") for p in t)
            if t:
                texts.append(t)
    return texts


def test_written_chat_reads_the_same():
    texts = _written_chat()
    assert len(texts) > 1000
    skipped = _same(list(dict.fromkeys(texts)))
    assert skipped > 0  # the prefilter does skip ordinary lines


def test_benchmark_chat_reads_the_same():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_export import _realistic_text, _text

    rng = random.Random(7)
    texts = list(dict.fromkeys([_realistic_text(rng) for _ in range(3000)] + [_text(rng) for _ in range(1000)]))
    assert _same(texts) > 0


def test_lookalikes_read_the_same():
    """Stems written across spaces, jamo slang, chat spellings, full-width and compatibility
    characters, artifacts without words: the cases a naive keyword test would miss."""
    texts = ["입장 료 얼마", "ㅇㄱ ㅇㅈ", "ㅈㅂ", "줭", "올료", "보내조", "해쥬", "ＢＴＣ", "１２３４-５６７８-９０１２-３４５６",
             "010-1234-5678", "@someone", "ㄱㄱ ㅋㅋ", "학부모 모임", "더", "또 와", "과 반", "t.me/+abcdef", "ㅋㅋㅋㅋ", "ㅎㅎ",
             "😂😂", "...", "???", "5만원", "오늘 날씨 좋다", "밥 먹었어?", "ｓｅｎｄ", "ﾁﾁ", "㉠㉡", "사진", "영 상", "유 포"]
    _same(texts)


_ALPHABET = list("가나다라마바사아자차카타파하입장료영상사진보내주세요올려줘돈계좌학교부모ㅋㅎㅇㄱㅈㅂ0123456789 @.-?!") + ["ＡＢ", "ab", "만원", "💸", "\u3000"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_ALPHABET), min_size=1, max_size=14).map("".join), min_size=1, max_size=20))
def test_random_text_reads_the_same(texts):
    korean.kiwi()  # loaded once; hypothesis times each example
    _same(texts)
