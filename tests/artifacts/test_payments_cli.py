"""`roomsift payments` on the demo case."""

import json

from roomsift.demo.telegram_rooms import FEE_WALLET


def _json(result):
    return json.loads(result.stdout)


def _rows(demo_case, **kw):
    from roomsift.analysis.identity.build import ensure
    from roomsift.analysis.payments import report
    from roomsift.case.store import Case

    case = Case.open(demo_case)
    ensure(case)
    with case.connect() as conn:
        return report.artifact_rows(conn, **kw)


def test_artifacts_link_poster_and_how(cli, demo_case):
    rows = _rows(demo_case, kinds=["btc"])
    fee = [r for r in rows if r["value"] == FEE_WALLET.lower()]
    assert fee and all(r["validity"] == "valid" for r in fee)
    assert "offer" in {r["how"] for r in fee}  # staff posting the fee wallet
    assert all(r["person"].startswith("P") for r in rows)
    shown = _json(cli("payments", "--case", demo_case, "--kind", "btc", "--format", "json"))
    assert len(shown) == len(rows)
    assert all(r["kind"] == "btc" for r in shown)
    # The value column is a payment identifier: the privacy layer never shows it in clear by default.
    assert FEE_WALLET.lower() not in json.dumps(shown)


def test_payment_proof_and_question_contexts(demo_case):
    amounts = _rows(demo_case, kinds=["amount"])
    assert any(r["how"] == "proof" and r["value"] == "0.02 BTC" for r in amounts)  # "보냈어요 0.02 BTC"
    gift = _rows(demo_case, kinds=["gift_card"])
    assert any(g["detail"]["brand"] == "문화상품권" and g["how"] == "proof" for g in gift)  # "문상 보냈습니다 핀번호 ..."


def test_malformed_is_never_valid_and_can_be_hidden(cli, demo_case):
    rows = _json(cli("payments", "--case", demo_case, "--format", "json"))
    assert {r["validity"] for r in rows} <= {"valid", "unchecked", "malformed"}
    kept = _json(cli("payments", "--case", demo_case, "--valid-only", "--format", "json"))
    assert all(r["validity"] != "malformed" for r in kept)
    assert len(kept) <= len(rows)


def test_prices_totals_shared(cli, demo_case):
    prices = _json(cli("payments", "--case", demo_case, "--view", "prices", "--format", "json"))
    assert any(p["krw"] == 500000 and p["pay_to"] for p in prices)  # "2단계 VIP 모집. 50만원 <fee wallet>"
    totals = _json(cli("payments", "--case", demo_case, "--view", "totals", "--format", "json"))
    assert totals and all(t["total_krw"] >= 0 for t in totals)
    # "보냈어요 0.02 BTC" at the built-in 10,300,000 KRW/BTC.
    assert any("0.02 BTC" in t["amounts"] for t in totals)
    shared = _json(cli("payments", "--case", demo_case, "--view", "shared", "--format", "json"))
    assert any(s["kind"] == "btc" and s["room_count"] >= 2 for s in shared)  # the fee wallet


def test_rates_file_changes_the_basis(cli, fails, demo_case, tmp_path):
    rates = tmp_path / "rates.json"
    rates.write_text(json.dumps({"BTC": 1000000, "date": "2020-02-01"}))
    totals = _json(cli("payments", "--case", demo_case, "--view", "totals", "--rates", rates, "--format", "json"))
    default = _json(cli("payments", "--case", demo_case, "--view", "totals", "--format", "json"))
    assert sum(t["total_krw"] for t in totals) < sum(t["total_krw"] for t in default)
    rates.write_text("[1, 2]")
    assert "rates file must be a JSON object" in fails("payments", "--case", demo_case, "--view", "totals", "--rates", rates)


def test_bad_options_are_user_errors(fails, demo_case):
    assert "unknown kind" in fails("payments", "--case", demo_case, "--kind", "dogecoin")
    assert "unknown view" in fails("payments", "--case", demo_case, "--view", "everything")
    assert "no person" in fails("payments", "--case", demo_case, "--person", "P999999")


def test_scan_is_idempotent(demo_case):
    from roomsift.analysis.artifacts.scan import scan
    from roomsift.case.store import Case

    case = Case.open(demo_case)
    first = scan(case, force=True)
    again = scan(case)
    assert again["skipped"] == 1 and again["artifacts"] == first["artifacts"] > 0
