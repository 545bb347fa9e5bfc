"""Triage end to end through the CLI on a generated, ingested corpus."""

import json

from typer.testing import CliRunner

from roomsift.analysis.triage import engine
from roomsift.analysis.triage.metrics import evaluate_result
from roomsift.cli import app

runner = CliRunner()


def _json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout[result.stdout.index("{"):])


def test_triage_json_keys_roles_and_order(corpus_case):
    root, case, truth = corpus_case
    doc = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json"]))
    assert set(doc) == {"participants", "potential_victims"}
    people = doc["participants"]
    assert people
    for p in people:
        assert {"person", "accounts", "roles", "tier", "score", "evidence"} <= set(p)
        for e in p["evidence"]:
            assert {"chat", "message", "signal", "weight"} <= set(e)
    tiers = [p["tier"] for p in people]
    assert tiers == sorted(tiers)
    assert {r for p in people for r in p["roles"]} == {"operator", "distributor", "solicitor", "payer", "viewer"}
    for v in doc["potential_victims"]:
        assert {"victim", "person", "mention", "accounts", "mentions", "names", "evidence"} <= set(v) and v["evidence"]
        assert v["victim"].startswith("V") and len(v["victim"]) == 7
    events = [e["kind"] for e in case.events()]
    assert "analysis_run" in events


def test_filters_and_formats(corpus_case):
    _, case, _ = corpus_case
    doc = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json", "--role", "solicitor", "--top", "3"]))
    assert 0 < len(doc["participants"]) <= 3 and all("solicitor" in p["roles"] for p in doc["participants"])
    csv = runner.invoke(app, ["triage", "--case", str(case.path), "--format", "csv", "--top", "5"])
    assert csv.exit_code == 0 and csv.stdout.splitlines()[0].startswith("rank,person,roles")
    bad = runner.invoke(app, ["triage", "--case", str(case.path), "--role", "boss"])
    assert bad.exit_code != 0


def test_eval_meets_targets_on_heldout(corpus_case):
    root, case, truth = corpus_case
    with case.connect() as conn:
        result = engine.run(conn)
    report = evaluate_result(result, truth)
    print({r: m["f1"] for r, m in report["roles"].items()}, report["victim_recall"], report["benign_fp_rate"])
    for role, m in report["roles"].items():
        # The generator labels everyone invited into a paid room a payer; triage (like the
        # independently written corpora) needs a payment claim or proof, an invitation alone
        # only supports it. So payer is held to precision here, the others to F1.
        if role == "payer":
            assert m["precision"] >= 0.85 and m["f1"] >= 0.6, (role, m)
        else:
            assert m["f1"] >= 0.85, (role, m)
    assert report["victim_recall"] >= 0.9
    assert report["benign_fp_rate"] <= 0.02
    out = runner.invoke(app, ["eval", "--case", str(case.path), "--truth", str(root / "truth.json")])
    assert out.exit_code == 0 and "NDCG@50" in out.stdout and "potential-victim recall" in out.stdout
    assert "macro-F1" in out.stdout and "benign-only accounts given an active role" in out.stdout


def test_benign_rooms_produce_no_suspects(corpus_case):
    _, case, truth = corpus_case
    with case.connect() as conn:
        result = engine.run(conn)
    benign = set(truth["benign_chats"])
    assert not [c.chat.title for c in result.contexts.values() if c.criminal and c.chat.title in benign]


def test_victims_are_listed_and_never_suspects(corpus_case):
    _, case, truth = corpus_case
    doc = _json(runner.invoke(app, ["victims", "--case", str(case.path), "--format", "json"]))
    victims = doc["potential_victims"]
    with case.connect() as conn:
        raw = engine.victims_document(engine.run(conn))
    assert len(raw) == len(victims)  # the CLI may show pseudonyms (privacy layer); the API holds the mentions
    mentions = {m for v in raw for m in v["mentions"]}
    assert all(t["mention"].lower() in mentions for t in truth["potential_victims"] if t["mention"])
    triage = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json"]))
    suspects = {p["person"] for p in triage["participants"]}
    assert not {v["person"] for v in victims if v["person"]} & suspects


def test_explain_shows_context_and_records_a_view(corpus_case):
    _, case, _ = corpus_case
    triage = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json", "--role", "solicitor", "--top", "1"]))
    person = triage["participants"][0]["person"]
    report = _json(runner.invoke(app, ["explain", person, "--case", str(case.path), "--format", "json"]))
    assert report["person"] == person and "solicitor" in report["roles"]
    f = report["findings"][0]
    wheres = [line["where"] for line in f["context"]]
    assert "▶ cited" in wheres and ("before" in wheres or "after" in wheres)
    assert any(e["kind"] == "person_view" for e in case.events())
    table = runner.invoke(app, ["explain", person, "--case", str(case.path)])
    assert table.exit_code == 0
    missing = runner.invoke(app, ["explain", "P999999", "--case", str(case.path)])
    assert missing.exit_code != 0


def test_bad_truth_file_is_a_one_line_error(corpus_case, tmp_path):
    _, case, _ = corpus_case
    bad = tmp_path / "t.json"
    bad.write_text("{not json")
    out = runner.invoke(app, ["eval", "--case", str(case.path), "--truth", str(bad)])
    assert out.exit_code != 0


def test_chat_filter_keeps_people_of_that_room(corpus_case):
    _, case, _ = corpus_case
    with case.connect() as conn:
        result = engine.run(conn)
    paid = next(c.chat for c in result.contexts.values() if c.chat.title.endswith("VIP"))
    kept = engine.filter_participants(result, None, paid.title)
    assert kept and len(kept) < len(result.participants)
    assert all(any(m.chat is paid for m in pf.membership) or any(c.evidence.chat is paid for c in pf.cited) for pf in kept)
    out = runner.invoke(app, ["triage", "--case", str(case.path), "--chat", paid.title, "--format", "json"])
    assert len(_json(out)["participants"]) == len(kept)
