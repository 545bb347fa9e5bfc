"""Hostile input against the match service (issue 10): bodies are capped before they are
read, pixel bombs are refused from the header, decodes are bounded and a saturated
service answers 503 — never 500."""

from __future__ import annotations

import io
import threading

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from roomsift.media.service.app import create_app
from roomsift.media.service.limits import MAX_PIXELS


def _png(w: int, h: int) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (w, h)).save(buf, "PNG", optimize=True)
    return buf.getvalue()


@pytest.fixture(scope="module")
def client(demo):
    case, *_ = demo
    with TestClient(create_app(case, ["demo-known-pdq"])) as c:  # the service's default limits
        yield c


def _asgi_post(app, path: str, chunks: int, chunk: bytes) -> tuple[int, int]:
    """POST a chunked body straight through ASGI (as a server would pass it on, one message
    per network chunk): (status answered, chunks the app pulled)."""
    import asyncio

    pulled = {"n": 0}
    status = {}

    async def receive():
        if pulled["n"] < chunks:
            pulled["n"] += 1
            return {"type": "http.request", "body": chunk, "more_body": pulled["n"] < chunks}
        await asyncio.sleep(3600)  # the client would wait for an answer

    async def send(message):
        if message["type"] == "http.response.start":
            status.setdefault("code", message["status"])

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "", "client": ("127.0.0.1", 1),
             "server": ("127.0.0.1", 8765), "headers": [(b"content-type", b"application/json"), (b"transfer-encoding", b"chunked")]}
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 30))
    return status["code"], pulled["n"]


def test_100mb_json_body_is_refused_unread(client):
    """100 MB of JSON in 1 MiB chunks: answered 413 after the 20 MiB cap, the rest never pulled."""
    status, pulled = _asgi_post(client.app, "/match/pdq", 100, b" " * (1 << 20))
    assert status == 413
    assert pulled <= 21, pulled
    status, pulled = _asgi_post(client.app, "/match/image", 100, b"\0" * (1 << 20))
    assert status == 413 and pulled <= 21


def test_declared_oversize_is_refused_before_reading(client):
    r = client.post("/match/digests", content=b"{}", headers={"content-length": str(100 * 1024 * 1024), "content-type": "application/json"})
    assert r.status_code == 413 and "exceeds" in r.json()["detail"]


def test_tiny_7000x7000_png_is_refused_before_decoding(client):
    data = _png(7000, 7000)
    assert len(data) < 100_000 and 7000 * 7000 > MAX_PIXELS
    for path, files in (("/match/image", None), ("/h/hash", {"photo": ("bomb.png", data, "image/png")}),
                        ("/m/lookup", {"photo": ("bomb.png", data, "image/png")})):
        r = client.post(path, content=None if files else data, files=files)
        assert r.status_code == 422, (path, r.status_code)
        assert "pixel" in (r.json().get("detail") or r.json().get("message"))


def test_saturated_decodes_answer_503_not_500(demo):
    case, *_ = demo
    app = create_app(case, ["demo-known-pdq"], max_decodes=1, decode_wait=0.05)
    data = _png(640, 480)
    with TestClient(app) as c:
        with app.state.decode_slots.slot():  # the only slot is busy
            r = c.post("/match/image", content=data)
            assert r.status_code == 503 and r.headers.get("retry-after") == "1"
            r = c.post("/h/hash", files={"photo": ("x.png", data, "image/png")})
            assert r.status_code == 503 and "busy" in r.json()["message"]
        assert c.post("/match/image", content=data).status_code == 200  # free again


def test_concurrent_large_uploads_get_200_or_503_only(demo):
    case, *_ = demo
    app = create_app(case, ["demo-known-pdq"], max_decodes=2, decode_wait=0.0)
    data = _png(3000, 3000)  # 9 Mpx: allowed, costly
    statuses: list[int] = []
    with TestClient(app) as c:
        def upload():
            statuses.append(c.post("/match/image", content=data).status_code)

        threads = [threading.Thread(target=upload) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(statuses) == 6 and set(statuses) <= {200, 503} and 200 in statuses
