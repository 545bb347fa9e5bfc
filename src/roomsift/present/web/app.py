"""`roomsift serve`: the FastAPI application over one case.

Every route names the roles that may use it; without a session a page redirects to the
sign-in page and the JSON API answers 401; a signed-in user of another role gets 403.
Every state-changing request is a POST carrying the session's CSRF token.

Each request acts as its signed-in user (`acting_as`) with that user's key as unlocked at
sign-in (`using_session_key`), so the audit log records who did what, the privacy layer
decides reveals for that user, and legal-basis decisions are signed with their own key.
Values reach the templates only through `privacy.show_rows` / `show_document`, the same
functions the CLI's output goes through; templates escape everything (evidence is shown
exactly as written, never as markup)."""

from __future__ import annotations

import base64
import io
import json
import secrets
import tempfile
import threading
import time
from collections import namedtuple
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import func, select

from roomsift.case import schema
from roomsift.case.store import CaseError, acting_as
from roomsift.errors import UserError
from roomsift.oversight import keys, privacy, tables
from roomsift.oversight.access import log_access
from roomsift.oversight.pseudonyms import PERSON_LABEL, normalise
from roomsift.oversight import users as case_users
from roomsift.present.web import auth, credentials, data
from roomsift.present.web.i18n import t

HERE = Path(__file__).parent
C = namedtuple("C", "key header kind")  # a column for the privacy layer: key, header, kind (see present.output.Col)
PAGE_SIZE = 50
CHECKPOINT_SECONDS = 30


# The request being answered (set by as_user): its user and its one privacy session.
_page: ContextVar[dict | None] = ContextVar("roomsift_web_page", default=None)


class Denied(Exception):
    def __init__(self, status: int, why: str):
        self.status, self.why = status, why


def create_app(case, sessions=None) -> FastAPI:
    """The application over one open case; `sessions` shared by several server processes
    (auth.SharedSessions), else kept in this process's memory."""
    app = FastAPI(title="roomsift", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.case = case
    app.state.sessions = sessions or auth.Sessions()
    app.state.triage = data.TriageCache(case)
    # Templates ship with the package: loaded once, not re-checked on disk for every page.
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True), auto_reload=False)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    # -- plumbing ------------------------------------------------------------------------------
    def session_of(request: Request) -> auth.WebSession | None:
        return app.state.sessions.get(request.cookies.get(auth.COOKIE))

    def need(request: Request, roles: tuple[str, ...]) -> auth.WebSession:
        s = session_of(request)
        if s is None:
            raise Denied(401, "sign in first")
        if s.role not in roles:
            raise Denied(403, f"{s.user} is {s.role}; this needs {' or '.join(roles)}")
        return s

    async def need_post(request: Request, roles: tuple[str, ...]) -> tuple[auth.WebSession, dict]:
        s = session_of(request)
        form = dict(await request.form())
        if s is None:
            raise Denied(401, "sign in first")
        if not auth.csrf_ok(s, form.get("csrf") or request.headers.get("x-csrf-token")):
            raise Denied(403, "missing or wrong CSRF token; reload the page and try again")
        if s.role not in roles:
            raise Denied(403, f"{s.user} is {s.role}; this needs {' or '.join(roles)}")
        return s, form

    checkpoints = {"last": 0.0, "lock": threading.Lock()}

    @contextmanager
    def as_user(s: auth.WebSession):
        """The request acts as its user; everything it shows goes through one privacy
        session (built on first use), logged once when the request's work is done: one
        access entry per request, and its reveals or refusals, signed by the user."""
        page = {"s": s, "output": None}
        token = _page.set(page)
        try:
            with acting_as(s.user), keys.using_session_key(s.user, s.key):
                yield
                if page["output"] is not None:  # a person or chat view logged itself: no second entry
                    if not page.get("viewed"):
                        log_access(case, every_output=True)
                    page["output"].log(case, access=False)
        finally:
            _page.reset(token)
            checkpoint()

    def checkpoint(force: bool = False) -> None:
        """Sign an audit checkpoint over what this server logged (the CLI signs one at the end
        of each command; a server signs at most every CHECKPOINT_SECONDS, and when it stops)."""
        from roomsift.oversight import hook
        from roomsift.oversight.auditlog import sign_checkpoint

        if case.path not in hook._touched or not (force or time.time() - checkpoints["last"] > CHECKPOINT_SECONDS):
            return
        with checkpoints["lock"]:
            hook._touched.discard(case.path)
            checkpoints["last"] = time.time()
            with case.begin() as conn:
                sign_checkpoint(case, conn)

    @app.on_event("shutdown")
    def _last_checkpoint() -> None:
        checkpoint(force=True)

    def _viewed() -> None:
        """This request's view is in the audit log already (person_view, chat_view)."""
        page = _page.get()
        if page is not None:
            page["viewed"] = True

    def ctx(s: auth.WebSession | None) -> dict:
        c = {"case": case, "reveal": bool(s and s.reveal)}
        page = _page.get()
        if s is not None and page is not None and page["s"] is s:
            if page["output"] is None:
                page["output"] = privacy.open_output(case, c["reveal"])
            c["output"] = page["output"]
        return c

    def rows(items: list[dict], cols: list[C], s) -> list[dict]:
        return privacy.show_rows([dict(r) for r in items], cols, ctx(s))[0]

    def doc(d: Any, s) -> Any:
        return privacy.show_document(d, ctx(s))[0]

    title_cache: dict[str, str] = {}

    def case_title() -> str:
        """The case's name as the door lets it out (it may name a person), once per server."""
        if "t" not in title_cache:
            title_cache["t"] = rows([{"title": case.name}], [C("title", "", "text")], None)[0]["title"]
        return title_cache["t"]

    def render(name: str, request: Request, s: auth.WebSession | None, status: int = 200, **kw) -> HTMLResponse:
        lang = s.lang if s else request.cookies.get("roomsift_lang", "en")
        head = case_title()
        html = env.get_template(name).render(request=request, s=s, t=lambda k: t(k, lang), lang=lang, case_name=head,
                                             path=request.url.path, **kw)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    @app.exception_handler(Denied)
    async def _denied(request: Request, exc: Denied):
        api = request.url.path.startswith("/api/")
        if exc.status == 401 and not api and request.method == "GET":
            return RedirectResponse(f"/signin?next={quote(request.url.path)}", status_code=303)
        if api:
            return JSONResponse({"error": exc.why}, status_code=exc.status)
        return render("error.html", request, session_of(request), status=exc.status, message=exc.why, code=exc.status)

    @app.exception_handler(UserError)
    async def _user_error(request: Request, exc: UserError):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=400)
        return render("error.html", request, session_of(request), status=400, message=str(exc), code=400)

    @app.exception_handler(CaseError)
    async def _case_error(request: Request, exc: CaseError):
        return render("error.html", request, session_of(request), status=400, message=str(exc), code=400)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        # nothing from any other host: the pages and their assets come from this server only
        response.headers["Content-Security-Policy"] = ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                                       "script-src 'self'; frame-ancestors 'none'; form-action 'self'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    # -- sign-in ------------------------------------------------------------------------------
    @app.get("/signin", response_class=HTMLResponse)
    def signin_page(request: Request, next: str = "/"):
        pre = secrets.token_urlsafe(24)
        resp = render("signin.html", request, None, pre=pre, next=next if next.startswith("/") else "/", error=None)
        resp.set_cookie("roomsift_pre", pre, httponly=True, samesite="strict")
        return resp

    @app.post("/signin")
    async def signin(request: Request):
        form = dict(await request.form())
        pre = request.cookies.get("roomsift_pre")
        nxt = form.get("next") or "/"
        nxt = nxt if nxt.startswith("/") and not nxt.startswith("//") else "/"
        if not pre or not secrets.compare_digest(pre, form.get("csrf") or ""):
            raise Denied(403, "missing or wrong CSRF token; reload the sign-in page")
        name, password = (form.get("user") or "").strip(), form.get("password") or ""
        try:
            unlocked = credentials.sign_in(case, name, password)
            with case.connect() as conn:
                user = case_users.get_user(conn, name)
            if user is None or not user.active or keys.public_b64(unlocked.key) != user.public_key:
                raise credentials.SignInError("this user is not an active user of the case with this key")
        except credentials.SignInError as exc:
            with acting_as("web-anonymous"), case.begin() as conn:
                case.record_event(conn, "web_sign_in_failed", f"failed web sign-in as {name or '(empty)'}",
                                  {"user": name, "reason": str(exc), "locked": credentials.was_locked(case, name)})
            resp = render("signin.html", request, None, status=401, pre=pre, next=nxt, error=str(exc))
            return resp
        s = app.state.sessions.start(user.name, user.role, unlocked.key, request.cookies.get("roomsift_lang", "en"))
        with as_user(s), case.begin() as conn:
            case.record_event(conn, "web_sign_in", f"{user.name} signed in to the web application", {"user": user.name, "role": user.role})
        resp = RedirectResponse(nxt, status_code=303)
        resp.set_cookie(auth.COOKIE, s.token, httponly=True, samesite="strict")
        resp.delete_cookie("roomsift_pre")
        return resp

    @app.post("/signout")
    async def signout(request: Request):
        s, _ = await need_post(request, auth.ALL)
        with as_user(s), case.begin() as conn:
            case.record_event(conn, "web_sign_out", f"{s.user} signed out", {"user": s.user})
        app.state.sessions.end(s.token)
        resp = RedirectResponse("/signin", status_code=303)
        resp.delete_cookie(auth.COOKIE)
        return resp

    @app.post("/prefs")
    async def prefs(request: Request):
        s, form = await need_post(request, auth.ALL)
        if form.get("lang") in ("en", "ko"):
            s.lang = form["lang"]
        if "reveal" in form:
            want = form["reveal"] == "on"
            if want and s.role not in auth.INVESTIGATING:
                raise Denied(403, f"{s.user} is {s.role}; only investigators and supervisors may reveal")
            s.reveal = want
            with as_user(s), case.begin() as conn:
                case.record_event(conn, "web_reveal_" + ("on" if want else "off"),
                                  f"{s.user} turned reveal {'on' if want else 'off'} in the browser", {"user": s.user})
        app.state.sessions.save(s)
        back = form.get("back") or "/"
        resp = RedirectResponse(back if back.startswith("/") and not back.startswith("//") else "/", status_code=303)
        resp.set_cookie("roomsift_lang", s.lang, samesite="strict")
        return resp

    # -- case overview --------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request):
        s = need(request, auth.CASE_READERS + auth.ADMINS)
        from roomsift.browse import queries

        with as_user(s), case.connect() as conn:
            summary = queries.case_summary(conn)
            tl = data.timeline(conn)
        tl["rooms"] = rows(tl["rooms"], [C("room", "", "room")], s)
        span = (queries.fmt_time(summary["first_utc"]), queries.fmt_time(summary["last_utc"])) if summary["first_utc"] else None
        return render("overview.html", request, s, summary=summary, span=span, tl=tl)

    # -- ranked participants ----------------------------------------------------------------------
    def _participants(s, role, room, tier, sort, page, after, before):
        room, tier = _int_or_none(room, "room"), _int_or_none(tier, "tier")
        view = app.state.triage.view()
        got = data.participant_rows(view, role=role or None, chat=room, tier=tier, sort=sort, limit=PAGE_SIZE,
                                    after=after or None, before=before or None, offset=(max(1, page) - 1) * PAGE_SIZE)
        cols = [C("person", "", "person"), C("roles", "", "vocab"), C("snippet", "", "text"), C("room", "", "room")]
        return got._replace(rows=rows(got.rows, cols, s))

    @app.get("/participants", response_class=HTMLResponse)
    def participants(request: Request, role: str = "", room: str = "", tier: str = "", sort: str = "rank", page: int = 1,
                     after: str = "", before: str = ""):
        s = need(request, auth.CASE_READERS)
        with as_user(s):
            got = _participants(s, role, room, tier, sort, page, after, before)
            room, tier = _int_or_none(room, "room"), _int_or_none(tier, "tier")
            with case.connect() as conn:
                chats = [{"chat": cid, "room": title or f"chat {cid}"}
                         for cid, title in conn.execute(select(schema.chats.c.id, schema.chats.c.title).order_by(schema.chats.c.id))]
            chats = rows(chats, [C("room", "", "room")], s)
        from roomsift.analysis.triage.weights import ROLES

        return render("participants.html", request, s, rows=got.rows, total=got.total, start=got.start, prev=got.prev,
                      next=got.next, page=got.start // PAGE_SIZE + 1, pages=max(1, -(-got.total // PAGE_SIZE)),
                      roles=ROLES, tiers=data.TIER_VALUES, chats=chats, f={"role": role, "room": room, "tier": tier, "sort": sort})

    @app.get("/api/participants")
    def api_participants(request: Request, role: str = "", room: str = "", tier: str = "", sort: str = "rank", page: int = 1,
                         after: str = "", before: str = ""):
        """One page of the ranked list: `after` / `before` take the `next` / `prev` cursor of
        the page last read (keyset paging); `page` jumps to a page by number."""
        s = need(request, auth.CASE_READERS)
        with as_user(s):
            got = _participants(s, role, room, tier, sort, page, after, before)
        return {"total": got.total, "page": got.start // PAGE_SIZE + 1, "page_size": PAGE_SIZE, "start": got.start,
                "next": got.next, "prev": got.prev, "participants": got.rows}

    # -- person -------------------------------------------------------------------------------------
    def _person(s, label: str, page: int = 1, pay: int = 1) -> dict:
        from roomsift.analysis.identity import queries as identity

        view = app.state.triage.view()
        result, pf = view.result, view.by_person.get(label)
        if pf is None:  # a participant known by name only is listed, and linked, under its name's pseudonym
            pf = view.by_pseudonym(label, lambda name: privacy.case_view(case).pseudo("name", normalise("name", name)))
            label = pf.person if pf is not None else label
        with case.begin() as conn:
            try:
                label = identity.resolve_person(conn, label)
            except UserError:
                if pf is None:
                    raise
            dossier = None
            if label.startswith("P") and _is_person(conn, label):
                # rooms summed from the counts the view keeps per account; payments a page at a time
                per_pay = data.PAYMENTS_PER_PAGE
                dossier = identity.dossier(conn, label, rooms=False, artifacts=((max(1, pay) - 1) * per_pay, per_pay))
                pay_pages = max(1, -(-dossier["artifacts_total"] // per_pay))
                if pay > pay_pages:  # past the last page: the last page
                    pay = pay_pages
                    dossier = identity.dossier(conn, label, rooms=False, artifacts=((pay - 1) * per_pay, per_pay))
                dossier["rooms"] = identity.person_rooms(conn, [a["account"] for a in dossier["accounts"]], view.room_counts)
            # A name-only participant's internal label is a hash of its name: the page and the
            # log name it by the pseudonym the ranked list shows.
            if not PERSON_LABEL.match(label):
                label = rows([{"person": label}], [C("person", "", "person")], s)[0]["person"]
            case.record_event(conn, "person_view", f"viewed person {label} in the browser", {"person": label, "via": "web"})
        _viewed()
        per = data.FINDINGS_PER_PAGE
        cited = len(pf.cited) if pf else 0
        pages = max(1, -(-cited // per))
        at = min(max(1, page), pages)
        found = data.findings(result, pf, offset=(at - 1) * per) if pf else []
        page = {"person": label, "roles": pf.roles if pf else [], "tier": pf.tier if pf else None,
                "score": pf.score if pf else None, "findings": found, "findings_total": cited,
                "findings_page": at, "findings_pages": pages}
        if dossier:
            page["person_accounts"] = [{"account": a["key"], "identity_basis": a["identity_basis"], "display_name": a["name"]}
                                       for a in dossier["accounts"]]
            page["name_history"] = [{"account": n["account"], "kind": n["kind"],
                                     ("username" if n["kind"] == "username" else "display_name"): n["name"],
                                     "first": n["first"], "last": n["last"], "count": n["count"]} for n in dossier["names"]]
            page["rooms"] = [{"chat_id": r["chat"], "room": r["room"], "messages": r["messages"], "first": r["first"], "last": r["last"]}
                             for r in dossier["rooms"]]
            page["payment_artifacts"] = [{"time": x["time"], "room": x["room"], "kind": x["kind"], "value": x["value"],
                                          "validity": x["validity"], "how": x["how"]} for x in dossier["artifacts"]]
            page.update(payments_total=dossier["artifacts_total"], payments_page=max(1, pay), payments_pages=pay_pages)
            page["links"] = [{"link": x["link"], "status": x["status"], "strength": x["strength"], "kinds": x["kinds"],
                              "accounts": [x["account_a"], x["account_b"]], "persons": [x["person_a"], x["person_b"]],
                              "text": x["evidence"]} for x in dossier["links"]]
        shown = doc({k: v for k, v in page.items() if k != "payment_artifacts"}, s)
        if dossier:  # payment values under their own kind's pseudonym, as `roomsift person` shows them
            shown["payment_artifacts"] = rows(page["payment_artifacts"],
                                              [C("room", "", "room"), C("value", "", "payment")], s)
        return shown

    @app.get("/person/{label}", response_class=HTMLResponse)
    def person(request: Request, label: str, page: int = 1, pay: int = 1):
        s = need(request, auth.CASE_READERS)
        with as_user(s):
            p = _person(s, label, page, pay)
        return render("person.html", request, s, p=p)

    @app.get("/api/person/{label}")
    def api_person(request: Request, label: str, page: int = 1, pay: int = 1):
        """`page`: the person's cited messages come FINDINGS_PER_PAGE at a time, strongest first;
        `pay`: their payment values PAYMENTS_PER_PAGE at a time, in time order."""
        s = need(request, auth.CASE_READERS)
        with as_user(s):
            return _person(s, label, page, pay)

    @app.post("/links/{link}/{decision}")
    async def decide_link(request: Request, link: str, decision: str):
        s, form = await need_post(request, auth.INVESTIGATING)
        if decision not in ("confirm", "reject"):
            raise Denied(404, "no such decision")
        from sqlalchemy import delete, insert

        from roomsift.analysis.identity import queries as identity
        from roomsift.analysis.identity.build import ensure
        from roomsift.analysis.identity.tables import link_decisions
        from roomsift.case.store import now_utc

        note = (form.get("note") or "").strip() or None
        with as_user(s):
            with case.begin() as conn:
                a, b = identity.find_link(conn, link)
                d = link_decisions.c
                conn.execute(delete(link_decisions).where(d.account_a == a, d.account_b == b))
                conn.execute(insert(link_decisions), {"account_a": a, "account_b": b, "decision": decision, "actor": s.user,
                                                      "time_utc": now_utc(), "note": note})
                case.record_event(conn, f"link_{decision}", f"{decision}ed identity link L{a}-{b}",
                                  {"link": f"L{a}-{b}", "account_a": a, "account_b": b, "note": note, "via": "web"})
            ensure(case)
        app.state.triage.invalidate()  # the ranking depends on identity: this process shows the decision at once
        back = form.get("back") or "/"
        return RedirectResponse(back if back.startswith("/") and not back.startswith("//") else "/", status_code=303)

    # -- chat reader ---------------------------------------------------------------------------------
    MSG_COLS = [C("account", "", "account"), C("sender", "", "name"), C("text", "", "text"), C("chat_title", "", "room"),
                C("forwarded_from", "", "name")]

    def _chat(s, chat: int, at: int | None, page: int) -> dict:
        with case.begin() as conn:
            row = conn.execute(select(schema.chats.c.id, schema.chats.c.title, schema.chats.c.type)
                               .where(schema.chats.c.id == chat)).first()
            if row is None:
                raise Denied(404, f"no chat #{chat}")
            msgs, page, pages = data.chat_page(conn, chat, at, page, 100)
            case.record_event(conn, "chat_view", f"read chat #{chat} page {page} in the browser",
                              {"chat": chat, "page": page, "via": "web"})
        _viewed()
        title = rows([{"room": row.title or f"chat {chat}"}], [C("room", "", "room")], s)[0]["room"]
        return {"chat": chat, "room": title, "page": page, "pages": pages, "at": at, "messages": rows(msgs, MSG_COLS, s)}

    @app.get("/chats", response_class=HTMLResponse)
    def chats(request: Request):
        s = need(request, auth.CASE_READERS)
        from roomsift.browse import queries

        with as_user(s), case.connect() as conn:
            listing = rows(queries.list_chats(conn), [C("title", "", "room")], s)
        return render("chats.html", request, s, chats=listing)

    @app.get("/chat/{chat}", response_class=HTMLResponse)
    def chat(request: Request, chat: int, at: int | None = None, page: int = 1):
        s = need(request, auth.CASE_READERS)
        with as_user(s):
            c = _chat(s, chat, at, page)
        return render("chat.html", request, s, c=c)

    @app.get("/api/chat/{chat}")
    def api_chat(request: Request, chat: int, at: int | None = None, page: int = 1):
        s = need(request, auth.CASE_READERS)
        with as_user(s):
            return _chat(s, chat, at, page)

    # -- payments ----------------------------------------------------------------------------------
    @app.get("/payments", response_class=HTMLResponse)
    def payments(request: Request):
        s = need(request, auth.CASE_READERS)
        from roomsift.analysis.identity.build import ensure
        from roomsift.analysis.payments import report
        from roomsift.analysis.payments.rates import load_rates

        rates = load_rates(None)
        with as_user(s):
            ensure(case)
            with case.connect() as conn:
                arts = report.artifact_rows(conn)[:300]
                claims = report.claimed_totals(conn, rates)
                shared = report.shared_across_rooms(conn)
            arts = rows(arts, [C("room", "", "room"), C("person", "", "person"), C("account", "", "account"),
                               C("sender", "", "name"), C("value", "", "payment"), C("context", "", "text")], s)
            claims = rows(claims, [C("person", "", "person"), C("rooms", "", "room"), C("accounts", "", "account")], s)
            shared = rows(shared, [C("value", "", "payment"), C("rooms", "", "room"), C("persons", "", "person")], s)
        return render("payments.html", request, s, arts=arts, claims=claims, shared=shared)

    # -- network ----------------------------------------------------------------------------------
    @app.get("/network", response_class=HTMLResponse)
    def network(request: Request):
        s = need(request, auth.CASE_READERS)
        with as_user(s):
            g = data.network(app.state.triage.result())
            g["rooms"] = rows(g["rooms"], [C("room", "", "room")], s)
        return render("network.html", request, s, g=g)

    # -- media ---------------------------------------------------------------------------------------
    @app.get("/media", response_class=HTMLResponse)
    def media(request: Request):
        s = need(request, auth.CASE_READERS)
        from roomsift.media import queries as mq

        with as_user(s), case.connect() as conn:
            counts = mq.media_counts(conn)
            matches = rows(mq.list_matches(conn, None, 200, 0),
                           [C("room", "", "room"), C("account", "", "account"), C("sender_name", "", "name")], s)
        cats: dict[str, int] = {}
        for mtc in matches:
            cats[mtc.get("category") or "uncategorised"] = cats.get(mtc.get("category") or "uncategorised", 0) + 1
        return render("media.html", request, s, counts=counts, matches=matches, cats=sorted(cats.items()), preview=None)

    @app.post("/media/{media_id}/preview", response_class=HTMLResponse)
    async def media_preview(request: Request, media_id: int):
        s, _ = await need_post(request, auth.INVESTIGATING)
        import hashlib

        from roomsift.ingest.source import ExportSource
        from roomsift.media import queries as mq
        from roomsift.media.preview import blurred_preview

        with as_user(s):
            with case.connect() as conn:
                locs = mq.media_locations(conn, [media_id])
            why, uri = None, None
            if not locs:
                raise Denied(404, f"no media #{media_id}")
            loc = locs[0]
            try:
                with ExportSource.open_path(loc["location"]) as src, src.open(loc["path"]) as fh:
                    raw = fh.read()
                if hashlib.sha256(raw).hexdigest() != loc["sha256"]:
                    why = "file changed since ingest (SHA-256 differs); no preview"
                else:
                    buf = io.BytesIO()
                    blurred_preview(raw).save(buf, "PNG")
                    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
            except Exception as exc:  # an unreadable file is a message, never a crash
                why = f"cannot make a preview: {exc}"
            with case.begin() as conn:
                case.record_event(conn, "media_preview", f"blurred greyscale preview of media #{media_id} shown in the browser",
                                  {"media": [media_id], "via": "web", "shown": uri is not None})
        return render("preview.html", request, s, media_id=media_id, uri=uri, why=why)

    # -- victims (protected) ----------------------------------------------------------------------
    @app.get("/victims", response_class=HTMLResponse)
    def victims(request: Request):
        s = need(request, auth.INVESTIGATING)
        with as_user(s):
            result = app.state.triage.result()
            found = []
            for v in result.victims:
                for e, w in sorted(v.cited, key=lambda c: -c[1])[:5]:
                    found.append({"person": result.labels.get(v.who) if v.who is not None else None, "mention": v.mention,
                                  "strength": round(w, 3), "signal": e.signal, "snippet": data.snippet(e.msg.text),
                                  "room": e.chat.title, "chat_id": e.chat.id, "message": e.msg.platform_id,
                                  "by": result.labels.get(e.who)})
            with case.begin() as conn:
                case.record_event(conn, "victims_view", "viewed the potential victims in the browser",
                                  {"potential_victims": len(result.victims), "via": "web"})
            found = rows(found, [C("person", "", "person"), C("mention", "", "username"), C("snippet", "", "text"),
                                 C("room", "", "room"), C("by", "", "person")], s)
        return render("victims.html", request, s, rows=found)

    # -- audit log --------------------------------------------------------------------------------
    @app.get("/audit", response_class=HTMLResponse)
    def audit(request: Request, page: int = 1):
        s = need(request, auth.AUDIT_READERS)
        a = tables.audit_entries
        with as_user(s), case.connect() as conn:
            total = conn.execute(select(func.count()).select_from(a)).scalar_one()
            pages = max(1, -(-total // 100))
            page = min(max(1, page), pages)
            q = select(a.c.seq, a.c.entry).order_by(a.c.seq.desc()).limit(100).offset((page - 1) * 100)
            entries = []
            for seq, entry in conn.execute(q):
                e = json.loads(entry)
                entries.append({"seq": seq, "time": e.get("time_utc"), "actor": e.get("actor"), "kind": e.get("kind"),
                                "summary": e.get("summary"), "details": json.dumps(e.get("details"), ensure_ascii=False)})
        # the log keeps entries already pseudonymised; the door still sees them before they leave
        entries = rows(entries, [C("summary", "", "text"), C("details", "", "plain")], s)
        return render("audit.html", request, s, entries=entries, page=page, pages=pages, total=total, report=None)

    @app.post("/audit/verify", response_class=HTMLResponse)
    async def audit_verify(request: Request):
        s, _ = await need_post(request, auth.AUDIT_READERS)
        from roomsift.oversight.bundle import export_bundle
        from roomsift.oversight.verify import verify_bundle

        with as_user(s):
            with tempfile.TemporaryDirectory() as tmp:
                export_bundle(case, Path(tmp) / "bundle")
                report = verify_bundle(Path(tmp) / "bundle")
        verdict = {"ok": report.ok, "entries": report.entries, "checkpoints": report.checkpoints,
                   "witnesses": report.witnesses, "key": report.log_key_id, "problems": [str(p) for p in report.problems]}
        return render("audit.html", request, s, entries=[], page=1, pages=1, total=report.entries, report=verdict)

    # -- legal bases -------------------------------------------------------------------------------
    def _bases(s) -> list[dict]:
        from roomsift.oversight import basis as bases

        with case.connect() as conn:
            out = [{"id": r.id, "type": r.type, "reference": r.reference, "scope": list(r.scope), "status": bases.effective_status(r),
                    "created_by": r.created_by, "approved_by": r.approved_by, "revoked_by": r.revoked_by,
                    "expires": data.queries.fmt_time(r.expires_utc), "issuer": r.issuer} for r in bases.all_bases(conn)]
            mode = case_users.case_mode(conn)
        return rows(out, [C("scope", "", "person"), C("reference", "", "plain"), C("issuer", "", "plain")], s), mode

    @app.get("/bases", response_class=HTMLResponse)
    def bases_page(request: Request, person: str = ""):
        s = need(request, auth.ALL)
        with as_user(s):
            listing, mode = _bases(s)
        return render("bases.html", request, s, bases=listing, mode=mode, person=person)

    @app.post("/bases")
    async def basis_request(request: Request):
        s, form = await need_post(request, auth.INVESTIGATING)
        from roomsift.oversight import basis as bases

        persons = [p.strip() for p in (form.get("persons") or "").split(",") if p.strip()]
        with as_user(s):
            bases.add_basis(case, type=form.get("type", ""), reference=form.get("reference", ""), persons=persons,
                            issuer=form.get("issuer", ""), expires_utc=bases.parse_expiry(form.get("expires", "")),
                            grounds=form.get("grounds", ""))
        return RedirectResponse("/bases", status_code=303)

    @app.post("/bases/{basis_id}/approve")
    async def basis_approve(request: Request, basis_id: int):
        s, _ = await need_post(request, auth.APPROVERS)
        from roomsift.oversight import basis as bases

        with as_user(s):
            bases.approve_basis(case, basis_id)
        return RedirectResponse("/bases", status_code=303)

    @app.post("/bases/{basis_id}/revoke")
    async def basis_revoke(request: Request, basis_id: int):
        s, form = await need_post(request, ("investigator", "supervisor", "admin"))
        from roomsift.oversight import basis as bases

        reason = (form.get("reason") or "").strip()
        if not reason:
            raise UserError("revoking a basis needs a reason")
        with as_user(s):
            bases.revoke_basis(case, basis_id, reason)
        return RedirectResponse("/bases", status_code=303)

    # -- administration ------------------------------------------------------------------------------
    @app.get("/admin/users", response_class=HTMLResponse)
    def admin_users(request: Request):
        s = need(request, auth.ADMINS)
        with as_user(s), case.connect() as conn:
            listing = [{"name": u.name, "role": u.role, "active": u.active, "key_id": keys.public_key_id(u.public_key),
                        "web": credentials.has_password(case, u.name), "locked": credentials.was_locked(case, u.name)}
                       for u in case_users.list_users(conn)]
            mode = case_users.case_mode(conn)
        return render("users.html", request, s, users=listing, mode=mode)

    @app.get("/api/users")
    def api_users(request: Request):
        s = need(request, auth.ADMINS)
        with as_user(s), case.connect() as conn:
            return {"users": [{"name": u.name, "role": u.role, "active": u.active} for u in case_users.list_users(conn)]}

    @app.get("/healthz")
    def healthz():
        return Response("ok", media_type="text/plain")

    app.state.routes_for_tests = [r.path for r in app.routes]
    return app


def _is_person(conn, label: str) -> bool:
    from roomsift.analysis.identity.tables import persons

    return conn.execute(select(persons.c.label).where(persons.c.label == label)).first() is not None


def _int_or_none(value: str | int | None, what: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except ValueError:
        raise UserError(f"{what} must be a number") from None


# -- one of several server processes (`roomsift serve` starts one per core) ---------------------
SERVE_CASE, SERVE_DB, SERVE_SESSIONS, SERVE_SECRET = ("ROOMSIFT_SERVE_CASE", "ROOMSIFT_SERVE_DB",
                                                      "ROOMSIFT_SERVE_SESSIONS", "ROOMSIFT_SERVE_SECRET")


def from_environment() -> FastAPI:
    """The application of one worker process, from what `roomsift serve` put in the
    environment: the case (folder or PostgreSQL URL) and the shared session store."""
    import os

    from roomsift.case.store import Case

    if os.environ.get(SERVE_DB):
        from roomsift.present.web.teamcase import open_database

        case = open_database(os.environ[SERVE_DB])
    else:
        case = Case.open(os.environ[SERVE_CASE])
    sessions = auth.SharedSessions(os.environ[SERVE_SESSIONS], bytes.fromhex(os.environ[SERVE_SECRET]))
    return create_app(case, sessions)
