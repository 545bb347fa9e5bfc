"""`roomsift report`: a self-contained, pseudonymised, logged report whose PDF pages show
Korean text with a Hangul font."""

from __future__ import annotations

import ctypes
import re
import subprocess

import pytest

from roomsift.case.store import Case
from tests import backend
from tests.backend import raw_db


@pytest.fixture(scope="module")
def demo_report(demo_case, tmp_path_factory):
    from typer.testing import CliRunner

    from roomsift.cli import app

    out = tmp_path_factory.mktemp("report")
    # The PDF (rendered from the HTML alone) is read only by the backend-neutral test below:
    # the --db postgresql pass, which skips it, does not render it.
    pdf = ["--pdf", str(out / "r.pdf")] if backend.BACKEND != "postgresql" else []
    r = CliRunner().invoke(app, ["report", "--case", str(demo_case), "--out", str(out / "r.html")] + pdf, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return demo_case, out / "r.html", out / "r.pdf"


def test_html_is_self_contained_and_has_every_section(demo_report):
    _case, html_path, _ = demo_report
    html = html_path.read_text(encoding="utf-8")
    for section in ("Case summary and scope", "Evidence inventory and custody", "Rooms", "Ranked participants",
                    "Payment flows", "Identity links", "Known-material matches", "Potential victims", "Audit checkpoint"):
        assert section in html
    srcs = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert srcs and all(s.startswith("data:image/png;base64,") for s in srcs)
    assert "<script" not in html and "@import" not in html and "url(" not in html


def test_no_real_name_or_account_appears(demo_report):
    case, html_path, _ = demo_report
    html = html_path.read_text(encoding="utf-8")
    db = raw_db(case)
    names = {n for (n,) in db.execute("SELECT n.name FROM account_names n JOIN accounts a ON a.id = n.account_id "
                                      "WHERE a.key NOT LIKE '%channel%'") if n and len(n) >= 4}  # channels are rooms
    keys = {k for (k,) in db.execute("SELECT key FROM accounts WHERE key NOT LIKE '%channel%'")}
    assert names and keys
    assert [n for n in names if n in html] == []
    assert [k for k in keys if k in html] == []
    assert "acct_" in html and "P0000" in html  # pseudonyms and person labels instead


def test_report_is_logged_and_cites_the_checkpoint_that_covers_it(demo_report):
    case, html_path, _ = demo_report
    html = html_path.read_text(encoding="utf-8")
    db = raw_db(case)
    assert db.execute("SELECT kind FROM events ORDER BY id DESC LIMIT 1").fetchone()[0] == "report_produced"
    size, root = db.execute("SELECT size, root FROM audit_checkpoints ORDER BY id DESC LIMIT 1").fetchone()
    entries = db.execute("SELECT count(*) FROM audit_entries").fetchone()[0]
    assert size == entries and root in html and f"tree size {size}," in html


def test_evidence_text_is_escaped_exactly_as_written():
    from roomsift.export.report import render_html

    text = '<script>alert("x")</script> 입장료는 BTC로 & "more"'
    line = {"time": "2020-01-07 17:56:31 UTC", "where": "▶ cited", "person": "P000001", "account": "acct_x", "message_id": 9, "text": text}
    doc = {
        "case": {"name": "t", "id": "1", "first": "", "last": "", "scope": {"whole_case": True, "persons": [], "chats": []},
                 "summary": {"chats": 1, "chats_by_platform": {}, "account_count": 1, "messages": 1, "media": 0,
                             "media_by_status": {}, "local_only_messages": 0}},
        "evidence": {"files_total": 0, "bytes_total": 0, "by_state": {}, "files": [], "files_shown": 0, "ingests": [], "custody": []},
        "rooms": [],
        "participants": [{"rank": 1, "person": "P000001", "roles": ["operator"], "tier": 1, "score": 1.0, "accounts": [],
                          "messages": 1, "cited_total": 1, "rooms": [], "findings": [
                              {"role": "operator", "signal": "s", "weight": 1.0, "chat": "c", "message_id": 9, "context": [line]}]}],
        "payments": {"basis": "b", "totals": [], "claimed_krw": 0, "flows": [], "pay_to": []},
        "links": [], "matches": {"matched_media": 0, "matches": 0, "by_set": [], "hashsets": []}, "potential_victims": [],
    }
    cp = {"event_id": 1, "origin": "o", "size": 1, "root": "ab", "time_utc": 0, "key_id": "k", "signature": "s"}
    html = render_html(doc, cp, actor="a", produced="now")
    assert "<script>alert" not in html
    assert '&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; 입장료는 BTC로 &amp; &#34;more&#34;' in html


def _hangul_families() -> set[str]:
    out = subprocess.run(["fc-list", ":charset=ac00", "family"], capture_output=True, text=True).stdout
    return {f.strip().replace(" ", "") for line in out.splitlines() for f in line.split(",")}


@pytest.mark.backend_neutral("PDF rasterising and fonts; the report's reading of the case runs on PostgreSQL in the other tests here")
def test_pdf_pages_are_not_blank_and_show_hangul_in_a_hangul_font(demo_report):
    import numpy as np
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    _case, _, pdf_path = demo_report
    pdf = pdfium.PdfDocument(str(pdf_path))
    assert len(pdf) >= 3
    families = _hangul_families()
    assert families, "no font with Hangul installed (fonts-nanum): the report cannot render Korean"
    hangul_pages = 0
    for i in range(len(pdf)):
        page = pdf[i]
        pixels = np.asarray(page.render(scale=0.5, grayscale=True).to_pil())
        body = pixels[: int(pixels.shape[0] * 0.92)]  # above the footer every page has
        assert (body < 200).mean() > 0.001, f"page {i + 1} is blank"
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        idx = next((k for k, ch in enumerate(text) if "\uac00" <= ch <= "\ud7a3"), None)
        if idx is None:
            continue
        buf = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        raw.FPDFText_GetFontInfo(textpage.raw, idx, buf, 256, ctypes.byref(flags))
        font = buf.value.decode("latin-1").split("+", 1)[-1].split("-")[0]
        assert font in families, f"page {i + 1}: Hangul drawn with {font}, which has no Hangul"
        hangul_pages += 1
    assert hangul_pages >= 3
    first_text = pdf[0].get_textpage().get_text_range()
    assert "Case report" in first_text
    pdf.close()


def test_scoped_report_names_only_the_person(cli, demo_report, tmp_path):
    case, _, _ = demo_report
    out = tmp_path / "p.html"
    cli("report", "--case", case, "--person", "P000001", "--out", out)
    html = out.read_text(encoding="utf-8")
    assert "#1 P000001" in html and "#2 " not in html


def test_unknown_person_is_a_one_line_error(cli, demo_report, tmp_path):
    case, _, _ = demo_report
    r = cli("report", "--case", case, "--person", "nobody-here", "--out", tmp_path / "x.html", expect=2)
    assert "not a person" in r.stderr and not (tmp_path / "x.html").exists()


def test_missing_folder_is_refused_before_anything_is_logged(cli, demo_report, tmp_path):
    case, _, _ = demo_report
    before = len(Case.open(case).events())
    r = cli("report", "--case", case, "--out", tmp_path / "no" / "r.html", expect=2)
    assert "no such folder" in r.stderr and len(Case.open(case).events()) == before
