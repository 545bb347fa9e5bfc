"""`roomsift export package` + `roomsift-verify pkg.zip`: a signed, scoped package that a
partner checks with the standalone verifier; any change to it is caught."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import roomsift.oversight.verify as verify_module
from roomsift.case.store import Case


@pytest.fixture(scope="module")
def package(demo_case, tmp_path_factory):
    from typer.testing import CliRunner

    from roomsift.cli import app

    out = tmp_path_factory.mktemp("pkg") / "pkg.zip"
    r = CliRunner().invoke(app, ["export", "package", "--case", str(demo_case), "--person", "P000001", "--recipient", "partner",
                                 "--no-pdf", "--out", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return demo_case, out


def _standalone_verify(tmp_path: Path, pkg: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run verify.py copied out of roomsift, as an outsider would."""
    script = tmp_path / "verify.py"
    shutil.copy(verify_module.__file__, script)
    return subprocess.run([sys.executable, str(script), str(pkg), *extra], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)


def _rewrite(src: Path, dst: Path, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        files = {n: zin.read(n) for n in zin.namelist()}
        for name, data in change(files).items():
            zout.writestr(name, data)


def test_package_holds_what_a_partner_needs_and_verifies(package, tmp_path):
    case, pkg = package
    with zipfile.ZipFile(pkg) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
        media_csv = z.read("hashes/media.csv").decode()
    assert {"case.jsonld", "report.html", "hashes/media.csv", "manifest.json", "manifest.sig"} <= names
    assert {f["name"] for f in manifest["files"]} == names - {"manifest.json", "manifest.sig"}
    assert manifest["scope"]["persons"] == ["P000001"]
    assert media_csv.splitlines()[0].startswith("md5,sha1,sha256,pdq")
    r = _standalone_verify(tmp_path, pkg)
    assert r.returncode == 0 and "OK" in r.stdout, r.stdout + r.stderr


def test_request_and_disclosure_are_in_the_audit_log_with_the_checkpoint(package):
    case, pkg = package
    events = Case.open(case).events()
    kinds = [e["kind"] for e in events]
    assert kinds.index("package_requested") < kinds.index("package_disclosed")
    disclosed = events[kinds.index("package_disclosed")]["details"]
    with zipfile.ZipFile(pkg) as z:
        assert disclosed["manifest_sha256"] == hashlib.sha256(z.read("manifest.json")).hexdigest()
        manifest = json.loads(z.read("manifest.json"))
    assert disclosed["zip_sha256"] == hashlib.sha256(pkg.read_bytes()).hexdigest()
    from tests.backend import raw_db

    db = raw_db(case)
    roots = {root for size, root in db.execute("SELECT size, root FROM audit_checkpoints")}
    assert manifest["checkpoint"]["root"] in roots


@pytest.mark.parametrize("how", ["alter_file", "add_file", "drop_file", "alter_manifest"])
def test_tampered_package_fails(package, tmp_path, how):
    _case, pkg = package
    bad = tmp_path / "bad.zip"

    def change(files):
        if how == "alter_file":
            files["report.html"] = files["report.html"].replace(b"P000001", b"P000002", 1)
        elif how == "add_file":
            files["extra.txt"] = b"hello"
        elif how == "drop_file":
            del files["hashes/media.csv"]
        else:
            m = json.loads(files["manifest.json"])
            m["recipient"] = "someone else"
            files["manifest.json"] = json.dumps(m, indent=1, sort_keys=True).encode()
        return files

    _rewrite(pkg, bad, change)
    r = _standalone_verify(tmp_path, bad)
    assert r.returncode == 1 and "TAMPERED" in r.stdout, r.stdout + r.stderr


def test_resigned_package_fails_against_the_pinned_log_key(package, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _case, pkg = package
    with zipfile.ZipFile(pkg) as z:
        pinned = json.loads(z.read("manifest.json"))["signing_key"]["key_id"]
    forger = Ed25519PrivateKey.generate()
    bad = tmp_path / "forged.zip"

    def change(files):
        files["report.html"] = b"<html>nothing to see</html>"
        m = json.loads(files["manifest.json"])
        for f in m["files"]:
            if f["name"] == "report.html":
                f["sha256"], f["size"] = hashlib.sha256(files["report.html"]).hexdigest(), len(files["report.html"])
        from cryptography.hazmat.primitives import serialization

        raw = forger.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        m["signing_key"]["public_key"] = base64.b64encode(raw).decode()
        body = json.dumps(m, indent=1, sort_keys=True).encode()
        files["manifest.json"], files["manifest.sig"] = body, base64.b64encode(forger.sign(body))
        return files

    _rewrite(pkg, bad, change)
    r = _standalone_verify(tmp_path, bad, "--log-key", pinned)
    assert r.returncode == 1 and "not the pinned log key" in r.stdout
    assert "audit checkpoint: signature does not verify" in r.stdout  # the checkpoint was signed by the real key


def test_package_needs_a_person(cli, demo_case, tmp_path):
    r = cli("export", "package", "--case", demo_case, "--out", tmp_path / "x.zip", expect=2)
    assert not (tmp_path / "x.zip").exists()
