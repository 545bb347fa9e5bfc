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


# What the CASE validator checks is the bundle the exporter wrote, shaped and typed by the
# exporter alone: it runs once per export kind, in the SQLite pass. What the case store gives
# the exporter is checked on both backends by the tests that read the same bundles.
validator = pytest.mark.backend_neutral("CASE's SHACL validator on the written bundle; its content is checked on both backends")


@pytest.fixture(scope="module")
def samples_bundle(samples_case, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("uco") / "bundle.jsonld"
    _export("--case", samples_case, "--out", out)
    return out


@pytest.fixture(scope="module")
def person_bundle(demo_case, tmp_path_factory) -> tuple[Path, str]:
    """P000001's bundle, and the kind of the last event in the case right after it was written."""
    out = tmp_path_factory.mktemp("uco") / "p1.jsonld"
    _export("--case", demo_case, "--person", "P000001", "--out", out)
    return out, Case.open(demo_case).events()[-1]["kind"]


def _export(*args) -> None:
    from typer.testing import CliRunner

    from roomsift.cli import app
    from tests.conftest import FIXTURE_ENV

    r = CliRunner(env=FIXTURE_ENV).invoke(app, ["export", "case-uco"] + [str(a) for a in args], catch_exceptions=False)
    assert r.exit_code == 0, r.output


@validator
def test_real_samples_bundle_passes_case_validate(samples_bundle):
    assert "Conforms: True" in _validate(samples_bundle)


def test_real_samples_bundle_holds_the_case(samples_case, samples_bundle):
    out = samples_bundle
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


@validator
def test_demo_person_bundle_passes_case_validate(person_bundle):
    assert "Conforms: True" in _validate(person_bundle[0])


def test_demo_person_bundle_has_attachments_with_hashes(person_bundle):
    out, last_event = person_bundle
    doc = json.loads(out.read_text(encoding="utf-8"))
    rels = [n for n in doc["@graph"] if n.get("uco-core:kindOfRelationship") == "Attachment_Of"]
    assert rels
    files = {n["@id"]: n for n in doc["@graph"] if n["@type"] == "uco-observable:File"}
    attached = files[rels[0]["uco-core:source"]["@id"]]
    methods = {h["uco-types:hashMethod"] for f in attached["uco-core:hasFacet"] for h in f.get("uco-observable:hash", [])}
    assert {"SHA256", "MD5"} <= methods
    accounts = [n for n in doc["@graph"] if n["@type"] == "uco-observable:ApplicationAccount"]
    assert len(accounts) == 1  # only P000001's own account: a scoped bundle discloses no one else
    assert last_event == "export_case_uco"


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
