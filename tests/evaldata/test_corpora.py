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
                                    "dev-8", "sealed-8", "dev-9", "dev-10", "sealed-9"])
def test_corpus_validates(corpus):
    r = subprocess.run([sys.executable, str(EVAL / corpus / "validate.py"), str(EVAL / corpus)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert r.stdout.rstrip().endswith("OK")


@pytest.mark.parametrize("corpus,script", [("sealed-1", "make_sealed.py"), ("dev-2", "make_dev2.py"), ("dev-3", "make_dev3.py"),
                                                   ("dev-4", "make_dev4.py"), ("dev-5", "make_dev5.py"), ("sealed-5", "make_sealed5.py"),
                                                   ("dev-6", "make_dev6.py"), ("dev-7", "make_dev7.py"), ("sealed-6", "make_sealed6.py"),
                                                   ("sealed-7", "make_sealed7.py"), ("dev-8", "make_dev8.py"),
                                                   ("sealed-8", "make_sealed8.py"), ("dev-9", "make_dev9.py"),
                                                   ("dev-10", "make_dev10.py"), ("sealed-9", "make_sealed9.py")])
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


# --labels: synthetic dialogues and labels only (the real hand labels are derived from DKTC and stay local).
_LABELS_DIALOGUES = {  # no plea/push cues, so the cue count says B for every one
    "hand-A": ["점심 뭐 먹을래", "김치찌개", "좋아 같이 가자"],
    "unlabelled": ["내일 비 온대", "우산 챙겨"],
    "both": ["주말에 뭐 해", "등산 갈까", "그래 좋아"],
    "unclear": ["책 다 읽었어", "아직 반쯤", "빨리 읽어봐", "응"],
    "hand-B": ["영화 볼래", "무슨 영화"],
}


def _write_labels(tmp_path, tc, labels):
    path = tmp_path / "labels.json"
    path.write_text(json.dumps({tc.dialogue_key(_LABELS_DIALOGUES[name]): v for name, v in labels.items()}), encoding="utf-8")
    return path


def test_labels_file_is_parsed_and_malformed_ones_are_refused(tmp_path):
    tc = _threat_corpus()
    path = _write_labels(tmp_path, tc, {"hand-A": "A", "both": "both", "unclear": "unclear", "hand-B": "B"})
    labels = tc.read_labels(str(path))
    assert sorted(labels.values()) == ["A", "B", "both", "unclear"]
    for text in ('{"k1": "A", "k2": "victim"}', '["A", "B"]', '{"k1": "A"', '{"k1": null}'):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(SystemExit):
            tc.read_labels(str(path))
    with pytest.raises(SystemExit, match="k2"):
        path.write_text('{"k1": "A", "k2": "a"}', encoding="utf-8")
        tc.read_labels(str(path))


def test_dialogue_key_matches_the_turns_read_from_the_csv(tmp_path):
    tc = _threat_corpus()
    csv_path = tmp_path / "train.csv"
    csv_path.write_text('idx,class,conversation\n0,협박 대화,"점심 뭐 먹을래\n 김치찌개\n\n 좋아 같이 가자\n"\n', encoding="utf-8")
    (turns,) = tc.read_dktc(str(csv_path))["협박 대화"]
    assert tc.dialogue_key(turns) == tc.dialogue_key(_LABELS_DIALOGUES["hand-A"])
    assert tc.dialogue_key(turns) != tc.dialogue_key(_LABELS_DIALOGUES["hand-A"][:2])


def test_hand_labels_override_the_cue_count_and_unclear_ones_leave_the_denominators(tmp_path):
    tc = _threat_corpus()
    labels = tc.read_labels(str(_write_labels(tmp_path, tc, {"hand-A": "A", "both": "both", "unclear": "unclear", "hand-B": "B"})))
    ds = [_LABELS_DIALOGUES[n] for n in ("hand-A", "unlabelled", "both", "unclear", "hand-B")]
    roles, counts = tc.threat_roles(ds, labels)
    assert roles == [({0}, {1}), ({1}, {0}), ({0, 1}, {0, 1}), None, ({1}, {0})]
    assert counts == {"hand": 4, "unclear": 1, "ab": 2, "disagree": 1}
    # roomsift (faked) lists speaker A of every dialogue as a victim and speaker B as a suspect
    vic, sus = [{0} for _ in ds], [{1} for _ in ds]
    f = tc.class_figures(roles, vic, sus)
    assert f == {"n": 5, "known": 4, "victim": 2, "either": 5, "wrong": 2, "aggr": 2, "A": 1}
    cue_only = tc.class_figures(tc.threat_roles(ds)[0], vic, sus)
    assert cue_only == {"n": 5, "known": 5, "victim": 0, "either": 5, "wrong": 5, "aggr": 0, "A": 0}


def test_labels_option_reports_hand_labels_disagreements_and_cue_figures(tmp_path, monkeypatch, capsys):
    tc = _threat_corpus()
    csv_path = tmp_path / "train.csv"
    rows = ["idx,class,conversation"]
    for i, name in enumerate(("hand-A", "unlabelled", "both", "unclear")):
        rows.append('%d,협박 대화,"%s"' % (i, "\n".join(_LABELS_DIALOGUES[name])))
    rows.append('4,갈취 대화,"%s"' % "\n".join(_LABELS_DIALOGUES["hand-B"]))
    csv_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    labels = _write_labels(tmp_path, tc, {"hand-A": "A", "both": "both", "unclear": "unclear", "hand-B": "B"})
    monkeypatch.setattr(tc, "evaluate", lambda exe, work, tag, ds, chat_type: ([{0} for _ in ds], [{1} for _ in ds]))
    monkeypatch.setattr(sys, "argv", ["threat_corpus.py", "--dktc", str(csv_path), "--labels", str(labels),
                                      "--work", str(tmp_path / "work")])
    tc.main()
    out = capsys.readouterr().out
    assert "hand label (%s)" % labels in out
    threat_hand, threat_cue = [line.split()[2:] for line in out.splitlines() if line.startswith("협박 대화")]
    extort_hand, extort_cue = [line.split()[2:] for line in out.splitlines() if line.startswith("갈취 대화")]
    # n, victim% (unclear left out: 2/3), either% (4/4), wrong% (1/3), aggr% (2/3), A% (1/3), hand, unclear, cue!=hand
    assert threat_hand == ["4", "66.7%", "100.0%", "33.3%", "66.7%", "33.3%", "3", "1", "1/1"]
    assert extort_hand == ["1", "0.0%", "100.0%", "100.0%", "0.0%", "0.0%", "1", "0", "0/1"]
    # the same runs with the cue count alone: B threatened in every dialogue
    assert threat_cue == ["4", "0.0%", "100.0%", "100.0%", "0.0%", "0.0%"]
    assert extort_cue == ["1", "0.0%", "100.0%", "100.0%", "0.0%", "0.0%"]
    assert "hand-labelled 4 dialogues (1 unclear); the cue count disagreed with 1 of 2 A/B hand labels (50.0%)" in out


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
