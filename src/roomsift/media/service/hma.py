"""The endpoints Meta's Hasher-Matcher-Actioner 2.0 ("OpenMediaMatch") clients call, with
HMA's parameter names, status codes and JSON shapes, so a platform can point an existing
HMA integration at `roomsift serve-matcher` (written from HMA's documentation and its
blueprints' behaviour; no HMA code):

  GET  /m/raw_lookup?signal_type=pdq&signal=<hex>[&include_distance=true][&banks=A,B]
       -> {"matches": [<bank_content_id>, ...]}
          or {"matches": [{"bank_content_id": 7, "distance": "4"}, ...]}
  GET  /m/lookup?signal_type=pdq&signal=<hex>[&banks=...][&seed=..][&bypass_coinflip=..]
       -> {"<BANK>": [{"bank_content_id": 7, "distance": "4"}, ...]}
  POST /m/lookup  multipart, field `photo` (or `video`)
       -> {"pdq": {"<BANK>": [...]}}   (or {"video_md5": {...}})
  GET  /m/index/status[?signal_type=pdq]
       -> {"pdq": {"built_to": <unix time>, "present": true, "size": <n>}, "video_md5": {...}}
  POST /h/hash    multipart, field `photo` (or `video`) -> {"pdq": "<hex>"} / {"video_md5": "<md5>"}
  GET  /status    -> "I-AM-ALIVE"

Errors are HMA's `{"message": "..."}` with its status codes (400 for a missing or invalid
parameter, 403 where HMA's role is off — roomsift never fetches a `url` —, 503 busy).
Banks are roomsift's hash sets (`matcher.bank_names`); bank_content_id is the list entry's
id; every bank's matching ratio is 1.0, so `seed` and `bypass_coinflip` change nothing.
Raw and GET lookups compare the given hash alone, as HMA does (threshold 31); POST
/m/lookup runs roomsift's whole pipeline (dihedral and border-trimmed variants, then the
second stage) and reports its PDQ-side matches under "pdq"."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from roomsift.media.signals.pdq import DEFAULT_THRESHOLD, PDQ

#: HMA signal types roomsift can answer, per content type (HMA's default configuration).
SIGNALS_BY_CONTENT = {"photo": ("pdq",), "video": ("video_md5",)}
SIGNAL_TYPES = ("pdq", "video_md5")


class HmaError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        self.status, self.message, self.headers = status, message, headers or {}


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None:
        return default
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise HmaError(400, "invalid boolean parameter - prefer true/false")


def _required(request: Request, name: str) -> str:
    value = request.query_params.get(name)
    if value is None:
        raise HmaError(400, f"{name} is required")
    return value


def _banks(request: Request) -> set[str] | None:
    value = request.query_params.get("banks")
    return {b.strip() for b in value.split(",") if b.strip()} if value else None


class BearerKey:
    """API key as HMA deployments add it: `Authorization: Bearer <key>` on every request
    except the liveness endpoints; otherwise 401 "Authentication required"."""

    OPEN = ("/status", "/health", "/site-map")

    def __init__(self, app, key: str):
        self.app, self.key = app, key.encode()

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"] not in self.OPEN:
            auth = dict(scope.get("headers") or []).get(b"authorization", b"")
            if not (auth.startswith(b"Bearer ") and hmac.compare_digest(auth[7:], self.key)):
                body = b"Authentication required"
                await send({"type": "http.response.start", "status": 401,
                            "headers": [(b"content-type", b"text/plain"), (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def hma_router(snapshot: Callable, match_image: Callable, hash_image: Callable, threshold: int = DEFAULT_THRESHOLD) -> APIRouter:
    """snapshot(): the current Snapshot; match_image(bytes): roomsift's MatchResult;
    hash_image(bytes): the PDQ hex (both raise HTTPException for refused uploads)."""
    router = APIRouter(tags=["HMA 2.0 compatible"])

    def lookup_signal(signal_type: str, signal: str) -> list[tuple[int, int, str]]:
        """(bank_content_id, distance, hash set) for one signal, as HMA's index answers."""
        snap = snapshot()
        if signal_type not in SIGNAL_TYPES:
            raise HmaError(400, f"No such SignalType '{signal_type}'")
        if signal_type == "pdq":
            try:
                value = PDQ.normalise(signal)
            except ValueError as exc:
                raise HmaError(400, f"invalid signal: {exc}") from None
            return [(m["entry_id"], m["distance"], m["hashset"]) for m in snap.match_pdq([("original", value)], threshold)]
        value = signal.strip().lower()
        if len(value) != 32 or any(c not in "0123456789abcdef" for c in value):
            raise HmaError(400, f"invalid signal: not an MD5 hex digest: {signal!r:.80}")
        return [(m["entry_id"], 0, m["hashset"]) for m in snap.match_digests({"md5": value})]

    def by_bank(hits: list[tuple[int, int, str]], banks: set[str] | None) -> dict[str, list[dict]]:
        names = snapshot().banks
        out: dict[str, list[dict]] = {}
        seen = set()
        for eid, dist, hashset in sorted(hits, key=lambda h: (h[1], h[0])):
            bank = names.get(hashset, hashset)
            if (banks is not None and bank not in banks) or (bank, eid) in seen:
                continue
            seen.add((bank, eid))
            out.setdefault(bank, []).append({"bank_content_id": eid, "distance": str(dist)})
        return out

    async def one_upload(request: Request) -> tuple[str, bytes]:
        """HMA's multipart rule: exactly one file, its field named after the content type."""
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise HmaError(400, "Missing multipart/form-data file upload")
        form = await request.form()
        files = [(k, v) for k, v in form.multi_items() if not isinstance(v, str)]
        if not files:
            raise HmaError(400, "Missing multipart/form-data file upload")
        if len(files) > 1:
            raise HmaError(400, "Only one file allowed per request")
        field, upload = files[0]
        if field not in SIGNALS_BY_CONTENT:
            raise HmaError(400, f"no such content_type: '{field}'")
        return field, await upload.read()

    def selected_types(request: Request, content_type: str) -> tuple[str, ...]:
        available = SIGNALS_BY_CONTENT[content_type]
        wanted = request.query_params.get("types")
        if wanted is None:
            return available
        names = [t.strip() for t in wanted.split(",") if t.strip()]
        for t in names:
            if t not in available:
                raise HmaError(400, f"signal type '{t}' doesn't exist or is disabled")
        if not names:
            raise HmaError(400, "empty signal type selection")
        return tuple(names)

    def as_hma(fn: Callable, data: bytes):
        try:
            return fn(data)
        except HTTPException as exc:
            raise HmaError(exc.status_code, str(exc.detail), dict(exc.headers or {})) from None

    @router.get("/m/raw_lookup", summary="HMA: look up a hash in the index")
    def raw_lookup(request: Request):
        signal = _required(request, "signal")
        signal_type = _required(request, "signal_type")
        with_distance = _bool(request.query_params.get("include_distance"))
        banks = _banks(request)
        names = snapshot().banks
        hits = [h for h in lookup_signal(signal_type, signal) if banks is None or names.get(h[2]) in banks]
        if with_distance:
            return {"matches": [{"bank_content_id": eid, "distance": str(d)} for eid, d, _ in hits]}
        return {"matches": [eid for eid, _d, _ in hits]}

    @router.get("/m/lookup", summary="HMA: banks matching a hash")
    def lookup_get(request: Request):
        _bool(request.query_params.get("bypass_coinflip"))  # validated; every bank matches at ratio 1.0
        if request.query_params.get("url"):
            raise HmaError(403, "Hashing is disabled, missing role (roomsift never fetches media from a url; POST the file)")
        signal, signal_type = request.query_params.get("signal"), request.query_params.get("signal_type")
        if not signal or not signal_type:
            raise HmaError(400, "Either url or both signal and signal_type are required")
        return by_bank(lookup_signal(signal_type, signal), _banks(request))

    @router.post("/m/lookup", summary="HMA: hash an uploaded file and return matching banks")
    async def lookup_post(request: Request):
        _bool(request.query_params.get("bypass_coinflip"))
        content_type, data = await one_upload(request)
        banks = _banks(request)
        if content_type == "video":
            md5 = hashlib.md5(data).hexdigest()
            return {"video_md5": by_bank(lookup_signal("video_md5", md5), banks)}
        from starlette.concurrency import run_in_threadpool

        res = await run_in_threadpool(as_hma, match_image, data)
        hits = [(m.entry_id, m.distance, m.hashset) for m in res.matches if m.signal in ("pdq", "orb")]
        return {"pdq": by_bank(hits, banks)}

    @router.get("/m/index/status", summary="HMA: status of the matching indices")
    def index_status(request: Request):
        snap = snapshot()
        only = request.query_params.get("signal_type")
        if only is not None and only not in SIGNAL_TYPES:
            raise HmaError(400, f"No such signal type '{only}'")
        sizes = {"pdq": snap.index.size, "video_md5": sum(len(v) for (k, _v), v in snap.digests.items() if k == "md5")}
        out = {}
        for name in (only,) if only else SIGNAL_TYPES:
            out[name] = ({"present": True, "built_to": snap.loaded_utc, "size": sizes[name]} if sizes[name]
                         else {"present": False, "built_to": -1, "size": 0})
        return out

    @router.post("/h/hash", summary="HMA: hash an uploaded file")
    async def hash_post(request: Request):
        content_type, data = await one_upload(request)
        types = selected_types(request, content_type)
        if content_type == "video":
            return {"video_md5": hashlib.md5(data).hexdigest()}
        from starlette.concurrency import run_in_threadpool

        pdq = await run_in_threadpool(as_hma, hash_image, data)
        return {t: pdq for t in types}

    @router.get("/h/hash", summary="HMA: hash by url (refused: roomsift never fetches media)")
    def hash_get(request: Request):
        if request.query_params.get("url") is None:
            raise HmaError(400, "url is required")
        raise HmaError(403, "Hashing from a url is disabled (roomsift never fetches media); POST the file")

    @router.get("/status", response_class=PlainTextResponse, summary="HMA: liveness")
    def status():
        return "I-AM-ALIVE"

    return router


async def hma_error_handler(_request: Request, exc: HmaError) -> JSONResponse:
    return JSONResponse({"message": exc.message}, status_code=exc.status, headers=exc.headers)
