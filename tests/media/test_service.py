"""The upload-filtering service: matches, clear 4xx rejections, reload without growth,
nothing stored."""

from __future__ import annotations

import glob
import io
import os

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from roomsift.media.service.app import create_app


@pytest.fixture(scope="module")
def service(demo):
    case, folder, expected = demo
    app = create_app(case, ["demo-known-pdq", "demo-known-digests"], max_bytes=2_000_000, max_pixels=4_000_000)
    with TestClient(app) as client:
        yield client, folder, expected


def _photo(folder, key):
    room, path = key.split("/", 1)
    return (folder / "exports" / "telegram" / room / path).read_bytes()


def test_listed_photos_match_with_variant_and_unknown_do_not(service):
    client, folder, expected = service
    mirrored = next(k for k, how in expected.items() if how == "mirrored")
    r = client.post("/match/image", content=_photo(folder, mirrored), headers={"content-type": "image/jpeg"}).json()
    assert r["match"] and r["matches"][0]["variant"] == "mirror" and r["matches"][0]["category"] == "1"
    assert r["quality"] >= 50 and len(r["pdq"]) == 64
    club = sorted(glob.glob(str(folder / "exports/telegram/photoclub/photos/*.jpg")))[0]
    assert client.post("/match/image", content=open(club, "rb").read()).json()["match"] is False


def test_multipart_upload(service):
    client, folder, expected = service
    exact = next(k for k, how in expected.items() if how == "exact")
    r = client.post("/match/image", files={"file": ("x.jpg", _photo(folder, exact), "image/jpeg")}).json()
    assert any(m["kind"] == "exact" and m["signal"] == "md5" for m in r["matches"])


def test_pdq_and_digest_queries(service):
    client, folder, expected = service
    resized = next(k for k, how in expected.items() if how == "resized")
    r = client.post("/match/image", content=_photo(folder, resized)).json()
    again = client.post("/match/pdq", json={"hash": r["pdq"].upper()}).json()
    assert again["match"] and again["matches"][0]["distance"] == r["matches"][0]["distance"]
    assert client.post("/match/pdq", json={"hash": r["pdq"], "quality": 20}).json() == {
        "match": False, "matches": [], "pdq": r["pdq"], "quality": 20, "quality_too_low": True, "digests": None}
    d = client.post("/match/digests", json={"md5": r["digests"]["md5"]}).json()
    assert d["match"] is False  # a resized copy is not on the digest list
    exact = next(k for k, how in expected.items() if how == "exact")
    import hashlib

    assert client.post("/match/digests", json={"md5": hashlib.md5(_photo(folder, exact)).hexdigest()}).json()["match"]


@pytest.mark.parametrize("body,status,words", [
    (b"%PDF-1.4 not an image", 415, "not an image"),
    (b"", 400, "empty body"),
])
def test_rejects_non_images(service, body, status, words):
    client, *_ = service
    r = client.post("/match/image", content=body)
    assert r.status_code == status and words in r.json()["detail"]


def test_rejects_oversized_bodies(service):
    client, *_ = service
    r = client.post("/match/image", content=b"\0" * 2_000_001)
    assert r.status_code == 413 and "limit" in r.json()["detail"]


def test_rejects_decompression_bombs(service):
    client, *_ = service
    buf = io.BytesIO()
    Image.new("L", (4000, 4000)).save(buf, "PNG")  # 16 Mpx in a few KB
    assert len(buf.getvalue()) < 100_000
    r = client.post("/match/image", content=buf.getvalue())
    assert r.status_code == 422 and "pixel" in r.json()["detail"]


def test_bad_queries_are_4xx(service):
    client, *_ = service
    assert client.post("/match/pdq", json={"hash": "xyz"}).status_code == 400
    assert client.post("/match/digests", json={}).status_code == 400
    assert client.post("/match/digests", json={"sha1": "12"}).status_code == 400


def test_health_metrics_openapi(service):
    client, *_ = service
    h = client.get("/health").json()
    assert h["status"] == "ok" and h["pdq_indexed"] > 0 and h["hashsets"] == ["demo-known-digests", "demo-known-pdq"]
    m = client.get("/metrics").text
    assert "roomsift_matcher_resident_bytes" in m and 'path="/match/image"' in m
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/match/image", "/match/pdq", "/match/digests", "/reload", "/health", "/metrics"} <= set(paths)


def test_reload_sees_new_version_without_memory_growth(fresh_demo, tmp_path):
    import psutil

    from roomsift.media.hashset_store import import_hashset

    case, _folder, _ = fresh_demo
    with TestClient(create_app(case, ["demo-known-digests"])) as client:
        before = client.get("/health").json()["entries"]
        newer = tmp_path / "newer.csv"
        newer.write_text("md5,id,category\n" + "ab" * 16 + ",new-1,2\n")
        import_hashset(case, newer, "demo-known-digests", version="demo-2")
        assert client.get("/health").json()["entries"] == before  # not until reloaded
        assert client.post("/reload").json()["entries"] == 1
        assert client.post("/match/digests", json={"md5": "ab" * 16}).json()["matches"][0]["id"] == "new-1"
        for _ in range(5):
            client.post("/reload")
        rss0 = psutil.Process().memory_info().rss
        for _ in range(30):
            assert client.post("/reload").status_code == 200
        grown = psutil.Process().memory_info().rss - rss0
        assert grown < 8 * 1024 * 1024, grown


def test_uploads_are_never_written(service, tmp_path, monkeypatch):
    import tempfile

    client, folder, expected = service
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    before = set(os.listdir(tmp_path))
    client.post("/match/image", content=_photo(folder, next(iter(expected))))
    assert set(os.listdir(tmp_path)) == before


def test_padded_copy_matches_through_the_trimmed_variant(service):
    from PIL import ImageOps

    client, folder, expected = service
    resized = next(k for k, how in expected.items() if how == "resized")
    im = Image.open(io.BytesIO(_photo(folder, resized)))
    padded = ImageOps.expand(im, border=(64, 48), fill=(0, 0, 0))
    buf = io.BytesIO()
    padded.save(buf, "JPEG", quality=90)
    r = client.post("/match/image", content=buf.getvalue()).json()
    assert r["match"] and r["matches"][0]["variant"] == "trimmed"


def test_worker_processes_answer_as_the_serving_process_does(demo):
    """Uploads hashed in worker processes (the command's default) get the same answers as
    hashed in the request's thread: matches (stage 1 and 2), hashes, digests, the 415."""
    case, folder, expected = demo
    listed = [_photo(folder, k) for k in sorted(expected)[:3]]
    club = [open(p, "rb").read() for p in sorted(glob.glob(str(folder / "exports/telegram/photoclub/photos/*.jpg")))[:2]]
    answers = {}
    for n in (0, 1):
        with TestClient(create_app(case, ["demo-known-pdq", "demo-known-digests"], workers=n)) as client:
            assert client.get("/health").json()["workers"] == n
            answers[n] = [client.post("/match/image", content=b).json() for b in listed + club]
            answers[n].append(client.post("/match/image", content=b"not an image").status_code)
    assert answers[0] == answers[1]
    assert any(a["match"] for a in answers[1][:3]) and answers[1][-1] == 415
