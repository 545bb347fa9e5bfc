"""`roomsift export table`: analyst CSV/XLSX through the privacy layer, logged."""

from __future__ import annotations

import csv
import io
import json

from openpyxl import load_workbook

from roomsift.case.store import Case
from tests.backend import raw_db


def test_workbook_has_every_table_pseudonymised(cli, demo_case, tmp_path):
    out = tmp_path / "t.xlsx"
    cli("export", "table", "--case", demo_case, "--out", out)
    assert Case.open(demo_case).events()[-1]["kind"] == "export_table"
    wb = load_workbook(out)
    assert wb.sheetnames == ["about", "participants", "payments", "links", "matches"]
    triage = json.loads(cli("triage", "--case", demo_case, "--format", "json").stdout)
    assert wb["participants"].max_row - 1 == len(triage["participants"])
    assert [c.value for c in wb["participants"][2]][:2] == [1, triage["participants"][0]["person"]]
    cells = {str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None}
    db = raw_db(demo_case)
    keys = {k for (k,) in db.execute("SELECT key FROM accounts")}
    names = {n for (n,) in db.execute("SELECT n.name FROM account_names n JOIN accounts a ON a.id = n.account_id "
                                      "WHERE a.key NOT LIKE '%channel%'") if len(n) >= 4}
    assert not keys & cells and not any(n in c for n in names for c in cells)
    assert wb["matches"].max_row > 1 and wb["links"].max_row > 1


def test_csv_holds_one_table_and_amounts_stay_as_written(cli, demo_case, tmp_path):
    out = tmp_path / "payments.csv"
    cli("export", "table", "--case", demo_case, "--table", "payments", "--out", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    amounts = [r for r in rows if r["kind"] == "amount"]
    assert amounts and all(r["amount"] and not r["value"] for r in amounts)
    # each payment-identifier kind keeps its own pseudonym prefix (wallet_, bank_, pin_ …)
    prefixes = ("wallet_", "bank_", "pin_", "user_", "phone_", "email_")
    assert all(r["value"].startswith(prefixes) for r in rows if r["kind"] in ("btc", "eth", "xmr", "trx", "bank_account", "gift_card"))
    r = cli("export", "table", "--case", demo_case, "--out", tmp_path / "two.csv", expect=2)
    assert "exactly one --table" in r.stderr
    r = cli("export", "table", "--case", demo_case, "--table", "nope", "--out", out, expect=2)
    assert "unknown table" in r.stderr


def test_text_that_looks_like_a_formula_stays_text():
    from roomsift.export.tables import TABLES, to_xlsx

    row = {c.key: None for c in TABLES["links"]}
    row.update(link="L1-2", evidence='=HYPERLINK("http://x","click")')
    wb = load_workbook(io.BytesIO(to_xlsx({"links": [row]}, "note")))
    cell = wb["links"].cell(row=2, column=9)
    assert cell.value == '=HYPERLINK("http://x","click")' and cell.data_type == "s"


def test_real_samples_case_report_and_tables(cli, samples_case, tmp_path):
    cli("report", "--case", samples_case, "--out", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Case report" in html and "Audit checkpoint" in html
    cli("export", "table", "--case", samples_case, "--out", tmp_path / "t.xlsx")
    assert load_workbook(tmp_path / "t.xlsx").sheetnames[1:] == ["participants", "payments", "links", "matches"]
