"""The committed evaluation corpora stay well-formed and reproducible, and the threat-corpus
benchmark's converter produces exports that roomsift ingests.

These tests check the data's structure only (the validators' checks and byte-identical
regeneration); they never look at what roomsift concludes about sealed-1.
"""

from __future__ import annotations

import filecmp
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "eval"


@pytest.mark.parametrize("corpus", ["sealed-1", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6", "dev-7", "sealed-5", "sealed-6", "sealed-7",
                                    "dev-8", "sealed-8", "sealed-9"])
def test_corpus_validates(corpus):
    r = subprocess.run([sys.executable, str(EVAL / corpus / "validate.py"), str(EVAL / corpus)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert r.stdout.rstrip().endswith("OK")


@pytest.mark.parametrize("corpus,script", [("sealed-1", "make_sealed.py"), ("dev-2", "make_dev2.py"), ("dev-3", "make_dev3.py"),
                                                   ("dev-4", "make_dev4.py"), ("dev-5", "make_dev5.py"), ("sealed-5", "make_sealed5.py"),
                                                   ("dev-6", "make_dev6.py"), ("dev-7", "make_dev7.py"), ("sealed-6", "make_sealed6.py"),
                                                   ("sealed-7", "make_sealed7.py"), ("dev-8", "make_dev8.py"),
                                                   ("sealed-8", "make_sealed8.py"), ("sealed-9", "make_sealed9.py")])
def test_corpus_regenerates_byte_identical(tmp_path, corpus, script):
    gen = EVAL / corpus / "gen"
    r = subprocess.run([sys.executable, str(gen / script), str(tmp_path)], cwd=gen, capture_output=True, text=True,
                       env={"PYTHONHASHSEED": "123", "PYTHONDONTWRITEBYTECODE": "1", "PATH": ""})
    assert r.returncode == 0, r.stderr[-2000:]
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(EVAL / corpus) for p in (EVAL / corpus).rglob("*")
                       if p.is_file() and (p.name.startswith("truth") or "ChatExport_" in str(p)))
    assert made == committed
    for rel in made:
        assert filecmp.cmp(tmp_path / rel, EVAL / corpus / rel, shallow=False), rel


def _threat_corpus():
    spec = importlib.util.spec_from_file_location("threat_corpus", ROOT / "benchmarks" / "threat_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_everyday_set_has_over_100_two_person_dialogues():
    sets = _threat_corpus().read_everyday(str(EVAL / "everyday-ko" / "dialogues.txt"))
    dialogues = sets["everyday-ko"]
    assert len(dialogues) >= 100
    assert all(len(d) >= 2 and all(t.strip() and not t.startswith("#") for t in d) for d in dialogues)


def test_threatened_speaker_label_follows_pleas_and_defaults_to_b():
    tc = _threat_corpus()
    assert tc.threatened_speaker(["길동경찰서입니다. 무슨 일이세요?", "폭발물 설치했다 다 죽여버린다",
                                  "제발 진정하세요", "당장 돈 내놔"]) == 0
    assert tc.threatened_speaker(["점심 뭐 먹을래", "김치찌개"]) == 1


def test_benchmark_export_ingests_as_separate_two_person_groups(tmp_path, cli, case_dir):
    tc = _threat_corpus()
    dialogues = [["안녕", "응 안녕", "뭐해"], ["돈 내놔", "싫어요 제발"]]
    tc.build_export(str(tmp_path / "exp"), dialogues, "X")
    cli("ingest", "--case", case_dir, tmp_path / "exp")
    chats = json.loads(cli("chats", "--case", case_dir, "--format", "json").stdout)
    groups = {c["title"]: c for c in chats if c["title"] in ("X-0000", "X-0001")}
    assert set(groups) == {"X-0000", "X-0001"}
    assert groups["X-0000"]["senders"] == 2 and groups["X-0001"]["senders"] == 2
    msgs = json.loads(cli("messages", "--case", case_dir, "--chat", "X-0001", "--format", "json").stdout)
    texts = [m["text"] for m in msgs if m["message"] >= 2]
    assert texts == ["돈 내놔", "싫어요 제발"]
    assert len({m["account"] for m in msgs if m["message"] >= 2}) == 2
