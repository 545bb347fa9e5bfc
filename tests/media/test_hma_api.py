"""HMA 2.0 ("OpenMediaMatch") clients against `roomsift serve-matcher`: the request and
response examples of HMA's API documentation (hasher-matcher-actioner/docs/api.md) and the
error behaviour of its matching/hashing blueprints, replayed against roomsift's service."""

from __future__ import annotations

import hashlib
import io
import re

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from roomsift.demo.images import abstract_image
from roomsift.media.hashset_store import import_hashset
from roomsift.media.service.app import create_app
from roomsift.media.signals.pdq import PDQ

#: The PDQ hash in HMA's documented examples (docs/api.md).
DOC_PDQ = "d811ac390bfa6005d08543fe27fd5a11f6b55bdd2603000dc26476fc79fc76b5"
HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def hma(tmp_path_factory, demo):
    """A case with bank TEST_BANK (the docs' hash, and a generated picture) and a video
    md5 in bank `other-videos` (HMA name OTHER_VIDEOS)."""

    from roomsift.case.store import Case
    from tests.backend import copy_case, raw_db

    _case, folder, _ = demo
    copy = tmp_path_factory.mktemp("hma") / "demo"
    copy_case(folder / "case", copy / "case")
    case = Case.open(copy / "case")
    picture = abstract_image(4242, (640, 480))
    pdq = PDQ.hash_array(np.asarray(picture.convert("RGB"))).hex
    lst = copy / "test_bank.txt"
    lst.write_text(f"pdq {DOC_PDQ}\npdq {pdq}\n")
    import_hashset(case, lst, "TEST_BANK", fmt="pdq")
    video = b"\x00\x00\x00\x18ftypmp42 not really a video"
    (copy / "videos.csv").write_text(f"md5,id\n{hashlib.md5(video).hexdigest()},v-1\n")
    import_hashset(case, copy / "videos.csv", "other-videos")
    db = raw_db(copy / "case")
    ids = dict(db.execute("SELECT value, id FROM hashset_entries WHERE kind IN ('pdq', 'md5')").fetchall())
    db.close()
    with TestClient(create_app(case, ["TEST_BANK", "other-videos"])) as client:
        yield client, picture, ids, video


def test_documented_get_lookup_example(hma):
    client, _pic, ids, _v = hma
    # curl -s -X GET "http://localhost:5100/m/lookup?signal_type=pdq&signal=d811ac39...76b5"
    r = client.get("/m/lookup", params={"signal_type": "pdq", "signal": DOC_PDQ})
    assert r.status_code == 200
    assert r.json() == {"TEST_BANK": [{"bank_content_id": ids[DOC_PDQ], "distance": "0"}]}
    # a near copy (3 bits away) still matches, with its distance as a string
    near = f"{int(DOC_PDQ, 16) ^ 0b10101:064x}"
    assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": near}).json() == {
        "TEST_BANK": [{"bank_content_id": ids[DOC_PDQ], "distance": "3"}]}
    # seed / bypass_coinflip are accepted (every bank matches at ratio 1.0); banks= filters
    assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": DOC_PDQ, "seed": "1234",
                                           "bypass_coinflip": "true"}).json()["TEST_BANK"]
    assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": DOC_PDQ, "banks": "OTHER_VIDEOS"}).json() == {}
    assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": "0" * 64}).json() == {}


def test_documented_hash_and_lookup_by_upload(hma):
    client, picture, ids, video = hma
    data = _png(picture)
    # curl -s -X POST --form photo='@example.png' http://localhost:5100/h/hash
    r = client.post("/h/hash", files={"photo": ("example.png", data, "image/png")})
    assert r.status_code == 200 and set(r.json()) == {"pdq"} and HEX64.match(r.json()["pdq"])
    pdq = r.json()["pdq"]
    # curl -s -X POST --form photo='@example.png' http://localhost:5100/m/lookup?bypass_coinflip=false
    r = client.post("/m/lookup?bypass_coinflip=false", files={"photo": ("example.png", data, "image/png")})
    assert r.status_code == 200
    assert r.json() == {"pdq": {"TEST_BANK": [{"bank_content_id": ids[pdq], "distance": "0"}]}}
    # a mirrored copy: HMA's plain PDQ misses it; roomsift's pipeline behind the same endpoint finds it
    mirrored = _png(picture.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    hit = client.post("/m/lookup", files={"photo": ("m.png", mirrored, "image/png")}).json()["pdq"]["TEST_BANK"][0]
    assert hit["bank_content_id"] == ids[pdq]
    # video: md5 against the video_md5 banks
    assert client.post("/h/hash", files={"video": ("v.mp4", video, "video/mp4")}).json() == {"video_md5": hashlib.md5(video).hexdigest()}
    assert client.post("/m/lookup", files={"video": ("v.mp4", video, "video/mp4")}).json() == {
        "video_md5": {"OTHER_VIDEOS": [{"bank_content_id": ids[hashlib.md5(video).hexdigest()], "distance": "0"}]}}


def test_raw_lookup_with_and_without_distance(hma):
    client, _pic, ids, _v = hma
    r = client.get("/m/raw_lookup", params={"signal_type": "pdq", "signal": DOC_PDQ})
    assert r.status_code == 200 and r.json() == {"matches": [ids[DOC_PDQ]]}
    r = client.get("/m/raw_lookup", params={"signal_type": "pdq", "signal": DOC_PDQ, "include_distance": "true"})
    assert r.json() == {"matches": [{"bank_content_id": ids[DOC_PDQ], "distance": "0"}]}
    r = client.get("/m/raw_lookup", params={"signal_type": "pdq", "signal": DOC_PDQ, "banks": "OTHER_VIDEOS"})
    assert r.json() == {"matches": []}


def test_index_status_shape(hma):
    client, *_ = hma
    st = client.get("/m/index/status").json()
    assert set(st) == {"pdq", "video_md5"}
    assert st["pdq"]["present"] is True and st["pdq"]["size"] == 2 and st["pdq"]["built_to"] > 0
    assert st["video_md5"]["size"] == 1
    assert client.get("/m/index/status", params={"signal_type": "pdq"}).json().keys() == {"pdq"}
    r = client.get("/m/index/status", params={"signal_type": "tmk"})
    assert r.status_code == 400 and r.json() == {"message": "No such signal type 'tmk'"}
    assert client.get("/status").text == "I-AM-ALIVE"


@pytest.mark.parametrize("path,params,status,message", [
    ("/m/raw_lookup", {"signal_type": "pdq"}, 400, "signal is required"),
    ("/m/raw_lookup", {"signal": DOC_PDQ}, 400, "signal_type is required"),
    ("/m/raw_lookup", {"signal_type": "nope", "signal": DOC_PDQ}, 400, "No such SignalType 'nope'"),
    ("/m/raw_lookup", {"signal_type": "pdq", "signal": DOC_PDQ, "include_distance": "maybe"}, 400,
     "invalid boolean parameter - prefer true/false"),
    ("/m/lookup", {"signal_type": "pdq"}, 400, "Either url or both signal and signal_type are required"),
    ("/h/hash", {}, 400, "url is required"),
])
def test_hma_errors_are_message_json(hma, path, params, status, message):
    client, *_ = hma
    r = client.get(path, params=params)
    assert r.status_code == status and r.json() == {"message": message}


def test_invalid_signal_and_url_fetching(hma):
    client, *_ = hma
    r = client.get("/m/raw_lookup", params={"signal_type": "pdq", "signal": "xyz"})
    assert r.status_code == 400 and r.json()["message"].startswith("invalid signal")
    # roomsift never fetches media: HMA's answer when the hasher role is off
    r = client.get("/m/lookup", params={"url": "http://127.0.0.1:1/x.png"})
    assert r.status_code == 403 and "Hashing is disabled" in r.json()["message"]


def test_upload_rules(hma):
    client, picture, *_ = hma
    data = _png(picture)
    r = client.post("/h/hash", data={"photo": "not a file"})
    assert r.status_code == 400 and r.json() == {"message": "Missing multipart/form-data file upload"}
    r = client.post("/h/hash", files=[("photo", ("a.png", data, "image/png")), ("photo", ("b.png", data, "image/png"))])
    assert r.status_code == 400 and r.json() == {"message": "Only one file allowed per request"}
    r = client.post("/m/lookup", files={"audio": ("a.wav", b"RIFF", "audio/wav")})
    assert r.status_code == 400 and r.json() == {"message": "no such content_type: 'audio'"}
    r = client.post("/h/hash?types=vpdq", files={"photo": ("a.png", data, "image/png")})
    assert r.status_code == 400 and r.json() == {"message": "signal type 'vpdq' doesn't exist or is disabled"}
    r = client.post("/h/hash", files={"photo": ("a.pdf", b"%PDF-1.4", "application/pdf")})
    assert r.status_code == 415 and "not an image" in r.json()["message"]


def test_api_key_as_hma_deployments_use_it(demo):
    case, *_ = demo
    with TestClient(create_app(case, ["demo-known-pdq"], api_key="s3cret-key")) as client:
        assert client.get("/m/index/status").status_code == 401
        assert client.get("/m/index/status", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.post("/match/pdq", json={"hash": DOC_PDQ}).status_code == 401  # roomsift's own API too
        ok = client.get("/m/index/status", headers={"Authorization": "Bearer s3cret-key"})
        assert ok.status_code == 200 and ok.json()["pdq"]["present"]
        assert client.get("/status").status_code == 200  # liveness stays open
