"""Hashing and matching on the demo case, through the CLI and the module APIs."""

from __future__ import annotations

import json

import numpy as np
from PIL import Image
from sqlalchemy import select

from roomsift.case import schema
from roomsift.media.api import known_material_by_message
from roomsift.media.tables import media_hashes, media_matches

from .conftest import TE


def _matches(case):
    """'<room>/<path>' -> list of (kind, variant, distance) via the case tables."""
    m, ev = schema.media, schema.evidence
    q = (select(ev.c.location, m.c.path, media_matches.c.kind, media_matches.c.variant, media_matches.c.distance)
         .join(m, m.c.id == media_matches.c.media_id).join(ev, ev.c.id == m.c.evidence_id))
    out: dict[str, list] = {}
    with case.connect() as conn:
        for loc, path, kind, variant, dist in conn.execute(q):
            out.setdefault(f"{loc.rsplit('/', 1)[-1]}/{path}", []).append((kind, variant, dist))
    return out


def test_demo_finds_every_listed_photo_and_nothing_else(demo):
    case, folder, expected = demo
    found = _matches(case)
    assert set(found) == set(expected)  # no unknown paid-room photo, photo-club or lobby look-alike matched
    want = {"resized": ("pdq", "original"), "mirrored": ("pdq", "mirror"), "rotated": ("pdq", "rotate90ccw"), "exact": ("exact", None)}
    for key, how in expected.items():
        kinds = {(k, v) for k, v, _ in found[key]}
        assert want[how] in kinds, (key, how, found[key])
        assert all(d <= 31 for *_, d in found[key])
    assert {"resized", "mirrored", "rotated", "exact"} <= set(expected.values())


def test_known_material_by_message_feeds_triage(demo):
    case, _folder, expected = demo
    with case.connect() as conn:
        by_msg = known_material_by_message(conn)
        n_msgs = conn.execute(select(schema.media.c.message_id).join(media_matches, media_matches.c.media_id == schema.media.c.id).distinct()).all()
    assert len(by_msg) == len(n_msgs) == len(expected)
    item = next(iter(by_msg.values()))[0]
    assert {"category", "kind", "distance", "hashset"} <= set(item) and item["category"] == "1"


def test_media_list_and_matches_cli(demo, run_cli):
    case, _folder, expected = demo
    counts = json.loads(run_cli("media", "list", "--case", case.path, "-f", "json").stdout)
    with case.connect() as conn:
        included = conn.execute(select(schema.media.c.id).where(schema.media.c.status == "included")).all()
    hashed = [c for c in counts if c["state"] == "ok"]
    assert sum(c["media"] for c in hashed) == len(included) and sum(c["matched"] for c in hashed) == len(expected)
    assert all(c["matched"] == 0 for c in counts if c["state"] != "ok")  # not-included media are counted, not matched
    rows = json.loads(run_cli("media", "matches", "--case", case.path, "-f", "json", "--limit", "1000").stdout)
    assert len({r["media_id"] for r in rows}) == len(expected)
    r = rows[0]
    assert r["room"] and r["message"] and r["hashset"].startswith("demo-known") and r["category"] == "1"
    only = json.loads(run_cli("media", "matches", "--case", case.path, "--hashset", "demo-known-digests", "-f", "json").stdout)
    assert only and all(x["kind"] == "exact" for x in only)


def test_hash_rerun_does_only_what_is_missing(fresh_demo, run_cli):
    case, _folder, _ = fresh_demo
    assert "nothing new to hash" in run_cli("media", "hash", "--case", case.path).stdout
    with case.begin() as conn:
        conn.execute(media_hashes.delete().where(media_hashes.c.media_id.in_([1, 2, 3])))
    out = run_cli("media", "hash", "--case", case.path, "--workers", "1").stdout
    assert "hashed 3 media file(s) — ok: 3" in out


def test_changed_and_missing_files_are_reported_per_file(fresh_demo, run_cli):
    case, folder, _ = fresh_demo
    with case.connect() as conn:
        rows = conn.execute(select(schema.media.c.id, schema.evidence.c.location, schema.media.c.path)
                            .join(schema.evidence, schema.evidence.c.id == schema.media.c.evidence_id)
                            .order_by(schema.media.c.id).limit(3)).all()
    from pathlib import Path

    Path(rows[0].location, rows[0].path).write_bytes(b"tampered")
    Path(rows[1].location, rows[1].path).unlink()
    Image.new("RGB", (64, 64), (200, 200, 200)).save(Path(rows[2].location, rows[2].path), "JPEG")  # flat: low quality
    with case.begin() as conn:
        conn.execute(media_hashes.delete().where(media_hashes.c.media_id.in_([r.id for r in rows])))
    out = run_cli("media", "hash", "--case", case.path, "--workers", "1").stdout
    assert "changed: 2" in out and "unavailable: 1" in out  # re-verified against the ingested SHA-256
    problems = json.loads(run_cli("media", "list", "--case", case.path, "--problems", "-f", "json").stdout.split("\n]\n", 1)[1])
    assert {p["state"] for p in problems} == {"changed", "unavailable"} and all(p["error"] for p in problems)


def test_low_quality_is_flagged_and_not_matched(tmp_path):
    from roomsift.media.hashing import hash_image
    import io

    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (120, 120, 120)).save(buf, "PNG")
    res = hash_image(7, buf.getvalue())
    assert res.state == "low_quality" and res.quality < 50 and "not matched" in res.error
    res = hash_image(8, b"GIF89a not really")
    assert res.state == "unsupported" and res.pdq is None and res.digests["md5"]


def test_hashset_import_update_and_events(fresh_demo, run_cli, tmp_path):
    case, _folder, _ = fresh_demo
    out = run_cli("hashset", "import", TE / "pdq_needles.txt", "--name", "needles", "--case", case.path,
                  "--source", "upstream test data", "--version", "v1").stdout
    assert "imported as version v1: 100 hashes (pdq 100)" in out
    assert "nothing changed" in run_cli("hashset", "import", TE / "pdq_needles.txt", "--name", "needles", "--case", case.path).stdout
    newer = tmp_path / "needles-v2.txt"
    newer.write_text("\n".join((TE / "pdq_needles.txt").read_text().split()[:10]) + "\n")
    out = run_cli("hashset", "import", newer, "--name", "needles", "--case", case.path, "--version", "v2").stdout
    assert "updated from version v1 to version v2: 10 hashes" in out
    listed = {r["name"]: r for r in json.loads(run_cli("hashset", "list", "--case", case.path, "-f", "json").stdout)}
    assert listed["needles"]["version"] == "v2" and listed["needles"]["entries"] == 10 and listed["needles"]["source"] == "upstream test data"
    events = [e for e in case.events() if e["kind"] == "hashset_imported" and e["details"]["hashset"] == "needles"]
    assert [e["details"]["version"] for e in events] == ["v1", "v2"]
    import hashlib

    assert events[1]["details"]["file_sha256"] == hashlib.sha256(newer.read_bytes()).hexdigest()


def test_bad_hashset_file_changes_nothing(fresh_demo, run_cli, tmp_path):
    case, _folder, _ = fresh_demo
    bad = tmp_path / "bad.txt"
    bad.write_text("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22\nzzzz\n")
    before = len(case.events())
    r = run_cli("hashset", "import", bad, "--name", "x", "--case", case.path, "--format", "pdq", expect=2)
    assert "bad.txt:2" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert len(case.events()) == before
    run_cli("media", "match", "--case", case.path, "--hashset", "nope", expect=2)


def test_export_round_trips_through_import(fresh_demo, run_cli, tmp_path):
    case, _folder, _ = fresh_demo
    out = tmp_path / "exported.csv"
    run_cli("hashset", "export", "demo-known-pdq", "--case", case.path, "--format", "pdq", "-o", out)
    run_cli("hashset", "import", out, "--name", "reimported", "--case", case.path)
    a = json.loads(run_cli("media", "match", "--case", case.path, "--hashset", "reimported").stdout and
                   run_cli("media", "matches", "--case", case.path, "--hashset", "reimported", "-f", "json", "--limit", "1000").stdout)
    b = json.loads(run_cli("media", "matches", "--case", case.path, "--hashset", "demo-known-pdq", "-f", "json", "--limit", "1000").stdout)
    assert sorted((r["media_id"], r["distance"], r["variant"]) for r in a) == sorted((r["media_id"], r["distance"], r["variant"]) for r in b)


def test_no_dihedral_misses_mirrors(fresh_demo, run_cli):
    case, _folder, expected = fresh_demo
    out = run_cli("media", "match", "--case", case.path, "--hashset", "demo-known-pdq", "--no-dihedral").stdout
    n_pdq = sum(1 for how in expected.values() if how in ("resized",))
    assert out.startswith(f"{n_pdq} media matched")


def test_preview_only_on_request_and_blurred_greyscale(fresh_demo, run_cli, tmp_path):
    case, _folder, _ = fresh_demo
    run_cli("media", "matches", "--case", case.path, "--limit", "2")
    assert not list(tmp_path.glob("**/*.png"))
    out = tmp_path / "previews"
    run_cli("media", "matches", "--case", case.path, "--limit", "2", "--preview", out)
    files = sorted(out.glob("*.png"))
    assert files
    im = Image.open(files[0])
    assert im.mode == "L" and max(im.size) <= 96
    arr = np.asarray(im, dtype=np.int16)
    assert np.abs(np.diff(arr, axis=1)).max() < 40  # heavily blurred: no sharp edges
    assert any(e["kind"] == "media_preview" for e in case.events())


def test_trim_only_when_there_are_borders():
    from PIL import ImageOps

    from roomsift.demo.images import abstract_image
    from roomsift.media.variants import trim_borders

    im = abstract_image(3)
    assert trim_borders(im) is None
    inner = trim_borders(ImageOps.expand(im, border=40, fill=(0, 0, 0)))
    assert inner is not None and abs(inner.width - im.width) <= 4 and abs(inner.height - im.height) <= 4
    assert trim_borders(Image.new("RGB", (200, 100), (0, 0, 0))) is None  # all one colour: nothing to keep


def test_media_inside_a_zip_export_are_hashed(demo, run_cli, tmp_path):
    import zipfile

    _case, folder, _ = demo
    room = folder / "exports" / "telegram" / "paid1"
    archive = tmp_path / "paid1.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in sorted(room.rglob("*")):
            if p.is_file():
                zf.write(p, "paid1/" + p.relative_to(room).as_posix())
    case_dir = tmp_path / "zcase"
    run_cli("case", "new", case_dir)
    run_cli("ingest", archive, "--case", case_dir)
    out = run_cli("media", "hash", "--case", case_dir, "--workers", "1").stdout
    assert out.startswith("hashed ") and "ok:" in out and "unavailable" not in out and "changed" not in out
