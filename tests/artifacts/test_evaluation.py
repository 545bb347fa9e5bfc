"""Precision and recall of extraction on the labelled artifact corpus (issue 4 targets:
precision 1.0 for valid-checksum kinds, recall >= 0.98). Seed 1 is the development set,
seed 2 held out."""

import pytest

from roomsift.analysis.artifacts.evaluation import generate, score

pytestmark = pytest.mark.backend_neutral("artifact extraction scored on generated text; no case")


@pytest.mark.parametrize("seed", [1, 2])
def test_artifact_precision_and_recall(seed):
    m = score(generate(2000, seed))
    assert m["valid_checksum_reported"] > 500
    assert m["valid_checksum_precision"] == 1.0
    assert m["recall"] >= 0.98
    assert m["precision"] >= 0.99
