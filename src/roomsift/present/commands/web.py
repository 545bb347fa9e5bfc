"""`roomsift serve` (the investigator web application) and `roomsift user password`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from roomsift.case.options import CaseOpt
from roomsift.errors import UserError
from roomsift.present.output import Col, emit

PASSWORD_ENV = "ROOMSIFT_WEB_PASSWORD"
DEMO_TEAM = (("adm", "admin"), ("kim", "investigator"), ("lee", "supervisor"), ("park", "supervisor"), ("oh", "auditor"))


def serve(
    case: Optional[Path] = typer.Option(None, "--case", envvar="ROOMSIFT_CASE", help="Case folder (or $ROOMSIFT_CASE)."),
    db: Optional[str] = typer.Option(None, "--db", help="Serve a team case kept in PostgreSQL: postgresql://user@host/db."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8080, "--port", help="Port to listen on."),
    workers: int = typer.Option(0, "--workers", help="Server processes (default: one per CPU core)."),
) -> None:
    """Open the case in the browser: sign-in per case user, pseudonymised pages, every view logged."""
    import uvicorn

    from roomsift.case.store import Case
    from roomsift.present.web.app import create_app

    if (case is None) == (db is None):
        raise UserError("give the case as --case DIR or --db postgresql://…, one of the two")
    if db:
        from roomsift.present.web.teamcase import open_database

        c = open_database(db)
    else:
        c = Case.open(case)
    with c.connect() as conn:
        from roomsift.oversight.users import list_users
        from roomsift.present.web.credentials import has_password

        ready = [u.name for u in list_users(conn) if u.active and has_password(c, u.name)]
    if not ready:
        raise UserError("no user of this case has a web password yet; each user runs "
                        "`roomsift --user NAME user password NAME --case DIR` first")
    if c.engine.dialect.name == "sqlite" and host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"note: serving on {host}: put TLS in front (docs/web.md)", err=True)
    workers = workers or os.cpu_count() or 1
    typer.echo(f"serving {c.name!r} on http://{host}:{port}/ with {workers} process(es)  "
               f"(users with a web password: {', '.join(ready)}; Ctrl-C stops)")
    if workers == 1:
        uvicorn.run(create_app(c), host=host, port=port, log_level="warning")
        return
    c.close()
    run_workers(case, db, host, port, workers)


def run_workers(case: Optional[Path], db: Optional[str], host: str, port: int, workers: int) -> None:
    """uvicorn with several worker processes: each opens the case itself
    (web.app.from_environment) and all share one session store, private to this run."""
    import secrets
    import shutil
    import tempfile

    import uvicorn

    from roomsift.present.web import app as web_app

    folder = tempfile.mkdtemp(prefix="roomsift-sessions-")  # mode 0700
    os.environ[web_app.SERVE_SESSIONS] = folder
    os.environ[web_app.SERVE_SECRET] = secrets.token_bytes(32).hex()
    if db:
        os.environ[web_app.SERVE_DB] = db
    else:
        os.environ[web_app.SERVE_CASE] = str(Path(case).resolve())
    try:
        uvicorn.run("roomsift.present.web.app:from_environment", factory=True, workers=workers,
                    host=host, port=port, log_level="warning",
                    # a worker busy loading a large case's triage must not be taken for dead
                    timeout_worker_healthcheck=600)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def user_password(
    name: str = typer.Argument(..., help="The user setting their own web password."),
    case: Path = CaseOpt,
) -> None:
    """Set your web password (sign-in for `roomsift serve`). It also unlocks your signing key in the
    browser, so only you can set it: run as --user NAME. Read from $ROOMSIFT_WEB_PASSWORD, else asked twice."""
    from roomsift.case.store import Case, current_actor
    from roomsift.oversight import users
    from roomsift.present.web import credentials

    if current_actor() != name:
        raise UserError(f"only {name} sets their own web password (it unlocks their key): run as --user {name}")
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        if not sys.stdin.isatty():
            raise UserError(f"give the password in ${PASSWORD_ENV} or run in a terminal")
        password = typer.prompt("web password", hide_input=True, confirmation_prompt=True)
    with Case.open(case) as c:
        with c.connect() as conn:
            user = users.get_user(conn, name)
        if user is None or not user.active:
            raise UserError(f"{name!r} is not an active user of this case (roomsift user add)")
        credentials.set_password(c, name, users.signing_key(c, user), password)
        with c.begin() as conn:
            c.record_event(conn, "web_password_set", f"{name} set a web password", {"user": name})
    typer.echo(f"web password of {name} set; sign in with `roomsift serve --case {case}`")


def make_demo_team(case) -> list[dict]:
    """Five demo users (an admin, an investigator, two supervisors, an auditor) in a team
    case, each with a generated web password; returns their credentials to print. Each user's
    key is locked by its own generated passphrase, used here only to wrap it for the web."""
    import os
    import secrets
    from contextlib import contextmanager

    from roomsift.case.store import acting_as
    from roomsift.oversight import keys, users
    from roomsift.present.web import credentials

    # $ROOMSIFT_PASSPHRASE / $ROOMSIFT_NEW_PASSPHRASE when set (scripts, tests), else generated
    passphrases = {DEMO_TEAM[0][0]: os.environ.get(keys.PASSPHRASE_ENV) or secrets.token_urlsafe(12)}
    chosen_new = os.environ.get(keys.NEW_PASSPHRASE_ENV)

    @contextmanager
    def as_user(name: str):
        saved = {k: os.environ.get(k) for k in (keys.PASSPHRASE_ENV, keys.NEW_PASSPHRASE_ENV)}
        os.environ[keys.PASSPHRASE_ENV] = passphrases[name]
        if chosen_new is None:
            os.environ.pop(keys.NEW_PASSPHRASE_ENV, None)  # every added user gets a generated passphrase
        try:
            with acting_as(name):
                yield
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v

    admin = DEMO_TEAM[0][0]
    with as_user(admin):
        for name, role in DEMO_TEAM:
            _path, generated = users.add_user(case, name, role)
            if name != admin:
                passphrases[name] = generated or chosen_new
        users.set_team_mode(case)
    out = []
    for name, role in DEMO_TEAM:
        password = credentials.generate_password()
        with as_user(name):
            credentials.set_password(case, name, keys.load_user_key(case, name), password)
        out.append({"user": name, "role": role, "password": password, "passphrase": passphrases[name]})
    return out


def print_demo_team(case, team: list[dict]) -> None:
    emit(team, [Col("user", "user"), Col("role", "role"), Col("password", "web password"),
                Col("passphrase", "key passphrase (CLI: $ROOMSIFT_PASSPHRASE)")],
         title="Demo users for `roomsift serve` (synthetic case; passwords generated now)", context={"case": case})
    typer.echo(f"next: roomsift serve --case {case.path}   then open http://127.0.0.1:8080/ and sign in")


def register(app: typer.Typer) -> None:
    from roomsift.present.commands.oversight import user_app

    app.command("serve")(serve)
    user_app.command("password")(user_password)
