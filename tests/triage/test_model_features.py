"""The model's character n-grams computed per distinct word (model.char_tfidf) equal
scikit-learn's own transform to the last bit, so the faster path cannot move a probability:
on written chat, on the benchmark generators and on random text with odd whitespace."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roomsift.analysis.language import model

from tests.triage.test_prefilter import _written_chat

pytestmark = pytest.mark.backend_neutral("language model features on texts; no case")

ROOT = Path(__file__).resolve().parents[2]


def _same(texts: list[str]) -> None:
    vec = model.get().char_vec
    chars, _ = model.featurise(texts)
    for inputs in (chars, texts):  # the normalised strings the model reads, and raw text
        want = vec.transform(inputs)
        want.sort_indices()
        got = model.char_tfidf(vec, inputs)
        assert got.shape == want.shape and got.dtype == want.dtype
        assert np.array_equal(got.indptr, want.indptr)
        assert np.array_equal(got.indices, want.indices)
        assert np.array_equal(got.data, want.data)


def test_written_chat_gives_the_same_features():
    _same(list(dict.fromkeys(_written_chat()))[:3000])


def test_benchmark_chat_gives_the_same_features():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_export import _realistic_text, _text

    rng = random.Random(11)
    _same([_realistic_text(rng) for _ in range(2000)] + [_text(rng) for _ in range(1000)])


_ALPHABET = list("가나다입장료영상보내줘돈ㅋㅎabcXYZ0123456789 @.-?!'\"") + ["\t", "\u3000", "\u00a0", "  ", "İ", "ß", "😂"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_ALPHABET), min_size=0, max_size=16).map("".join), min_size=1, max_size=20))
def test_random_text_gives_the_same_features(texts):
    _same(texts)
