"""`roomsift export case-uco`: JSON-LD that CASE's own validator accepts, pseudonymised,
with hashes, provenance and investigative actions."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.backend import raw_db

from roomsift.case.store import Case


def _validate(path: Path) -> str:
    exe = Path(sys.executable).with_name("case_validate")
    cmd = [str(exe)] if exe.exists() else [shutil.which("case_validate") or "case_validate"]
    r = subprocess.run(cmd + [str(path)], capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    return r.stdout


def _types(doc: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for n in doc["@graph"]:
        for t in ([n["@type"]] if isinstance(n["@type"], str) else n["@type"]):
            out[t] = out.get(t, 0) + 1
    return out


def test_real_samples_case_passes_case_validate(cli, samples_case, tmp_path):
    out = tmp_path / "bundle.jsonld"
    cli("export", "case-uco", "--case", samples_case, "--out", out)
    assert "Conforms: True" in _validate(out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    types = _types(doc)
    db = raw_db(samples_case)
    assert types["uco-observable:Message"] == db.execute("SELECT count(*) FROM messages").fetchone()[0]
    assert types["uco-observable:MessageThread"] == db.execute("SELECT count(*) FROM chats").fetchone()[0]
    assert types["case-investigation:InvestigativeAction"] == 3 + 1  # three ingests and this export
    assert types["case-investigation:ProvenanceRecord"] == 3 + 1
    # every evidence file is there with its SHA-256
    hashes = {h["uco-types:hashValue"]["@value"].lower() for n in doc["@graph"] for f in n.get("uco-core:hasFacet", [])
              for h in f.get("uco-observable:hash", []) if h["uco-types:hashMethod"] == "SHA256"}
    assert {s for (s,) in db.execute("SELECT sha256 FROM evidence")} <= hashes
    # Korean text exactly as written, identities pseudonymised
    texts = [f["uco-observable:messageText"] for n in doc["@graph"] for f in n.get("uco-core:hasFacet", [])
             if "uco-observable:messageText" in f]
    assert any("\uac00" <= ch <= "\ud7a3" for t in texts for ch in t)
    ids = [f["uco-observable:accountIdentifier"] for n in doc["@graph"] for f in n.get("uco-core:hasFacet", [])
           if "uco-observable:accountIdentifier" in f]
    assert ids and all(i.startswith("acct_") for i in ids)
    raw = out.read_text(encoding="utf-8")
    keys = [k for (k,) in db.execute("SELECT key FROM accounts")]
    assert [k for k in keys if k in raw] == []


def test_demo_person_bundle_has_attachments_with_hashes_and_passes(cli, demo_case, tmp_path):
    out = tmp_path / "p1.jsonld"
    cli("export", "case-uco", "--case", demo_case, "--person", "P000001", "--out", out)
    _validate(out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    rels = [n for n in doc["@graph"] if n.get("uco-core:kindOfRelationship") == "Attachment_Of"]
    assert rels
    files = {n["@id"]: n for n in doc["@graph"] if n["@type"] == "uco-observable:File"}
    attached = files[rels[0]["uco-core:source"]["@id"]]
    methods = {h["uco-types:hashMethod"] for f in attached["uco-core:hasFacet"] for h in f.get("uco-observable:hash", [])}
    assert {"SHA256", "MD5"} <= methods
    accounts = [n for n in doc["@graph"] if n["@type"] == "uco-observable:ApplicationAccount"]
    assert len(accounts) == 1  # only P000001's own account: a scoped bundle discloses no one else
    assert Case.open(demo_case).events()[-1]["kind"] == "export_case_uco"


def test_reveal_under_a_basis_goes_through_the_same_door(cli, demo_case, tmp_path):
    """Real identifiers only for the person a basis covers, only with --reveal, and logged."""
    from roomsift.analysis.identity.api import person_map

    with Case.open(demo_case) as c, c.connect() as conn:
        account = next(a for a, p in person_map(conn).items() if p == "P000001")
        key = conn.execute(text("SELECT key FROM accounts WHERE id = :id"), {"id": account}).scalar_one()
    cli("--user", "ina", "user", "add", "ina", "--role", "investigator", "--case", demo_case)
    cli("--user", "ina", "basis", "add", "--type", "warrant", "--reference", "2020-GO-7", "--person", "P000001",
        "--issuer", "District Court", "--expires", "2099-01-01", "--grounds", "suspected operator", "--case", demo_case)
    plain, shown = tmp_path / "plain.jsonld", tmp_path / "shown.jsonld"
    cli("--user", "ina", "export", "case-uco", "--case", demo_case, "--chat", "노을 1단계", "--out", plain)
    cli("--user", "ina", "--reveal", "export", "case-uco", "--case", demo_case, "--chat", "노을 1단계", "--out", shown)
    assert key not in plain.read_text(encoding="utf-8")
    ids = [f["uco-observable:accountIdentifier"] for n in json.loads(shown.read_text(encoding="utf-8"))["@graph"]
           for f in n.get("uco-core:hasFacet", []) if "uco-observable:accountIdentifier" in f]
    assert key in ids and sum(1 for i in ids if i.startswith("acct_")) == len(ids) - 1  # everyone else stays pseudonymised
    kinds = [e["kind"] for e in Case.open(demo_case).events()]
    assert "reveal" in kinds and "reveal_refused" in kinds
