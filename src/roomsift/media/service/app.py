"""FastAPI app for upload filtering: POST an image, a PDQ hash or digests; get
match / no match with list ids, categories and distances.

Uploads are held in memory for the request only and never written anywhere. Bodies over
`max_bytes` get 413 (before they are read), non-images 415, images over `max_pixels`
(decompression bombs, judged from the header) 422, uploads finding every decode slot busy
503. Images stage 1 does not match go through the second stage (`second_stage.py`).
HMA 2.0 clients call the /m and /h endpoints (`hma.py`). POST /reload rebuilds the
hash-set snapshot from the case and swaps it in."""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

import psutil
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from roomsift.case.store import Case
from roomsift.media.service.limits import (DECODE_WAIT, HASH_PIXELS, MAX_BYTES, MAX_DECODES, MAX_JSON_BYTES, MAX_PIXELS,
                                           BodyLimit,
                                           DecodeSlots)
from roomsift.media.service.hma import BearerKey, HmaError, hma_error_handler, hma_router
from roomsift.media.service.matcher import Snapshot
from roomsift.media.service.workers import UploadFailed, UploadWorkers
from roomsift.media.signals import DIGEST_KINDS, signal_type
from roomsift.media.signals.digests import digest_bytes
from roomsift.media.matching import query_variants
from roomsift.media.signals.pdq import DEFAULT_THRESHOLD, DIHEDRAL, MIN_QUALITY, PDQ



def upload_error(exc: UploadFailed) -> HTTPException:
    """415 not an image, 422 refused as too large (a bomb), 503 out of memory (never 500)."""
    msg = str(exc)
    if exc.kind == "memory":
        return HTTPException(503, msg, headers={"Retry-After": "5"})
    return HTTPException(422 if ("pixel" in msg or "bomb" in msg) else 415, msg)


class Match(BaseModel):
    hashset: str
    id: str | None = Field(None, description="The list's own id for the item")
    category: str | None = Field(None, description="Category as the list writes it (meaning per the list's scheme)")
    kind: str = Field(..., description="exact | pdq (stage 1) | regions | features (stage 2)")
    signal: str = Field(..., description="md5 | sha1 | sha256 | pdq | orb")
    distance: int = Field(..., description="Hamming distance (0 for exact; features: PDQ bits to the verified item)")
    variant: str | None = Field(None, description="pdq: the dihedral variant of the query that matched; regions: "
                                "query region[>list window]; features: RANSAC inliers")
    entry_id: int | None = Field(None, description="The list entry's id in the case (HMA's bank_content_id)")
    stage: int = Field(1, description="1: digests and PDQ (with dihedral and border-trimmed variants); "
                       "2: run only when stage 1 found nothing (docs/media.md)")


class MatchResult(BaseModel):
    match: bool
    matches: list[Match]
    pdq: str | None = None
    quality: int | None = Field(None, description="PDQ quality 0-100; below 50 the hash is not matched")
    quality_too_low: bool = False
    digests: dict[str, str] | None = None


class PdqQuery(BaseModel):
    hash: str = Field(..., description="64 hex characters")
    quality: int | None = Field(None, ge=0, le=100)
    dihedral: list[str] | None = Field(None, description="Optional 8 dihedral hashes (pdqhash order) to match rotated/mirrored copies")


class DigestQuery(BaseModel):
    md5: str | None = None
    sha1: str | None = None
    sha256: str | None = None


def create_app(case: Case, hashsets: list[str], *, threshold: int = DEFAULT_THRESHOLD,
               max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS, draft: bool = False,
               max_decodes: int = MAX_DECODES, decode_wait: float = DECODE_WAIT, second_stage: bool = True,
               api_key: str | None = None, workers: int = 0) -> FastAPI:
    """workers: processes that decode and hash uploads (0: in the request's thread; the
    command's default is one per core, see service/workers.py)."""
    app = FastAPI(title="roomsift matcher", version="1",
                  description="Known-material matching for upload filtering. Uploads are never stored.")
    metrics: Counter = Counter()
    latency = {"sum": 0.0, "count": 0}
    reload_lock = threading.Lock()
    app.state.snapshot = Snapshot.load(case, hashsets)
    app.state.loaded = time.time()

    def result(matches: list[dict[str, Any]], **extra: Any) -> MatchResult:
        metrics["matched" if matches else "not_matched"] += 1
        return MatchResult(match=bool(matches), matches=[Match(**m) for m in matches], **extra)

    class Count:
        """Plain ASGI middleware (cheaper per request than @app.middleware): counts by path
        and status, and sums latency."""

        def __init__(self, inner):
            self.inner = inner

        async def __call__(self, scope, receive, send):
            if scope["type"] != "http":
                return await self.inner(scope, receive, send)
            t = time.perf_counter()
            status = {"code": 500}

            async def send_wrapper(message):
                if message["type"] == "http.response.start":
                    status["code"] = message["status"]
                await send(message)

            try:
                await self.inner(scope, receive, send_wrapper)
            finally:
                metrics[f'requests{{path="{scope["path"]}",status="{status["code"]}"}}'] += 1
                latency["sum"] += time.perf_counter() - t
                latency["count"] += 1

    app.add_middleware(BodyLimit, max_bytes=max_bytes)  # before any route reads a body
    if api_key:
        app.add_middleware(BearerKey, key=api_key)
    app.add_middleware(Count)
    slots = app.state.decode_slots = DecodeSlots(max_decodes, decode_wait)
    workers = app.state.workers = UploadWorkers(workers)
    app.router.on_shutdown.append(workers.close)

    async def read_capped(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise HTTPException(413, f"body of {declared} bytes exceeds the {max_bytes}-byte limit")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_bytes:
                raise HTTPException(413, f"body exceeds the {max_bytes}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def match_image(data: bytes, stage2: bool = second_stage) -> MatchResult:
        """Decode and hash in a worker process, then match here, within a decode slot (503
        when none is free), so the decoded pixels of at most `max_decodes` uploads exist at once."""
        snap: Snapshot = app.state.snapshot
        digests = digest_bytes(data)
        with slots.slot():
            try:
                h = workers.prepare(data, draft, max_pixels)
                matches = snap.match_digests(digests)
                low = h["quality"] < MIN_QUALITY
                if not low:
                    variants = query_variants(h["pdq"], h["dihedral"], h["trimmed"])
                    matches += snap.match_pdq(variants, threshold)
                    if stage2 and not matches:
                        matches += snap.match_second_stage(variants, workers.regions(data, draft, max_pixels),
                                                           lambda: workers.features(data, draft, max_pixels), threshold)
            except UploadFailed as exc:
                raise upload_error(exc) from None
        return result(matches, pdq=h["pdq"], quality=h["quality"], quality_too_low=low, digests=digests)

    @app.post("/match/image", response_model=MatchResult, summary="Match an uploaded image",
              description="Body: the image bytes (any Content-Type), or multipart/form-data with a `file` field.")
    async def post_image(request: Request) -> MatchResult:
        body = await read_capped(request)
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            request._body = body  # let Starlette parse the form from what was already read
            form = await request.form()
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise HTTPException(400, "multipart body needs a `file` field")
            body = await upload.read()
        if not body:
            raise HTTPException(400, "empty body: send the image bytes")
        return await run_in_threadpool(match_image, body)

    @app.post("/match/pdq", response_model=MatchResult, summary="Match a PDQ hash")
    async def post_pdq(q: PdqQuery) -> MatchResult:
        try:
            variants = [PDQ.normalise(x) for x in (q.dihedral or [q.hash])]
            main = PDQ.normalise(q.hash)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        if q.dihedral and len(variants) != 8:
            raise HTTPException(400, "dihedral needs exactly 8 hashes")
        if q.quality is not None and q.quality < MIN_QUALITY:
            return result([], pdq=main, quality=q.quality, quality_too_low=True)
        named = list(zip(DIHEDRAL, variants)) if q.dihedral else [("original", main)]
        return result(app.state.snapshot.match_pdq(named, threshold), pdq=main, quality=q.quality)

    @app.post("/match/digests", response_model=MatchResult, summary="Match MD5 / SHA-1 / SHA-256 digests")
    async def post_digests(q: DigestQuery) -> MatchResult:
        given = {k: getattr(q, k) for k in DIGEST_KINDS if getattr(q, k)}
        if not given:
            raise HTTPException(400, "give at least one of md5, sha1, sha256")
        try:
            norm = {k: signal_type(k).normalise(v) for k, v in given.items()}
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        return result(app.state.snapshot.match_digests(norm), digests=norm)

    def pdq_of(data: bytes) -> str:
        with slots.slot():
            try:
                return workers.pdq(data, draft, max_pixels)
            except UploadFailed as exc:
                raise upload_error(exc) from None

    app.include_router(hma_router(lambda: app.state.snapshot, match_image, pdq_of, threshold))
    app.add_exception_handler(HmaError, hma_error_handler)

    @app.post("/reload", summary="Reload the hash sets from the case without restarting")
    def reload() -> dict[str, Any]:
        with reload_lock:
            app.state.snapshot = Snapshot.load(case, hashsets)  # the old snapshot is freed once idle
            app.state.loaded = time.time()
            metrics["reloads"] += 1
        return health()

    @app.get("/health", summary="Liveness and what is loaded")
    def health() -> dict[str, Any]:
        snap: Snapshot = app.state.snapshot
        return {"status": "ok", "hashsets": snap.names, "entries": snap.entries, "pdq_indexed": snap.index.size,
                "index": snap.index.kind, "low_quality_entries": snap.low_quality_entries, "loaded_utc": int(app.state.loaded),
                "threshold": threshold, "decode": "draft" if draft else "full", "second_stage": second_stage, "workers": workers.n,
                "augmented_items": len(snap.second.aug.features) if snap.second and snap.second.aug else 0,
                "limits": {"max_bytes": max_bytes, "max_json_bytes": min(MAX_JSON_BYTES, max_bytes), "max_pixels": max_pixels,
                           "hash_pixels": HASH_PIXELS, "max_decodes": max_decodes, "decode_wait_s": decode_wait},
                "decodes_refused_busy": slots.refused}

    @app.get("/metrics", response_class=PlainTextResponse, summary="Prometheus metrics")
    def get_metrics() -> str:
        snap: Snapshot = app.state.snapshot
        lines = [f"roomsift_matcher_{k} {v}" for k, v in sorted(metrics.items())]
        lines += [f"roomsift_matcher_entries {snap.entries}",
                  f"roomsift_matcher_resident_bytes {psutil.Process().memory_info().rss}",
                  f"roomsift_matcher_request_seconds_sum {latency['sum']:.6f}",
                  f"roomsift_matcher_request_seconds_count {latency['count']}"]
        return "\n".join(lines) + "\n"

    return app
