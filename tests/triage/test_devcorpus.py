"""The phrasing banks are large, split, and the corpus is a valid Telegram export."""

import json

import pytest

from roomsift.devcorpus import banks

pytestmark = pytest.mark.backend_neutral("phrasing banks and the generated export files; no case is read")

SIGNALS = ["request_material", "distribute_material", "payment_claim", "threat", "victim_plea"]


def test_banks_have_hundreds_of_distinct_lines_per_signal():
    for sig in SIGNALS:
        n = sum(len(banks.bank_lines(sig, lang, None, n=3000)) for lang in ("en", "ko"))
        assert n >= 200, (sig, n)


def test_heldout_templates_are_disjoint_from_dev():
    for sig in SIGNALS:
        for lang in ("en", "ko"):
            dev, held = set(banks.templates(sig, lang, "dev")), set(banks.templates(sig, lang, "heldout"))
            if dev != held:  # a bank too small to split uses all its templates for both
                assert not dev & held


def test_generated_export_shape(corpus_case):
    root, _, truth = corpus_case
    data = json.loads(next((root / "exports").glob("*/result.json")).read_text(encoding="utf-8"))
    assert {"name", "type", "id", "messages"} <= set(data)
    assert truth["participants"] and truth["benign_chats"] and truth["potential_victims"]
