import pytest

from roomsift.case.store import Case
from roomsift.devcorpus.generate import generate
from roomsift.ingest.core import ingest


@pytest.fixture(scope="session")
def corpus_case(tmp_path_factory):
    """A small held-out development corpus, ingested through the real Telegram parser."""
    root = tmp_path_factory.mktemp("devcorpus")
    truth = generate(root, seed=3, split="heldout", rings=2, benign_per_kind=1)
    case = Case.create(root / "case")
    for folder in sorted((root / "exports").iterdir()):
        ingest(case, folder, progress=False)
    return root, case, truth
