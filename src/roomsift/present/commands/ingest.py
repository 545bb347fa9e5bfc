"""`roomsift ingest PATH --case DIR [--format NAME]` and `roomsift formats`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn, TransferSpeedColumn

from roomsift.case.options import CaseOpt
from roomsift.case.store import Case
from roomsift.cluster.options import ClusterOpt
from roomsift.ingest.core import ingest as run_ingest
from roomsift.ingest.errors import AlreadyIngested
from roomsift.ingest.registry import load_formats
from roomsift.present.output import Col, emit, err_console, say


def ingest_command(
    export: Path = typer.Argument(..., help="Export folder, file or .zip."),
    case: Path = CaseOpt,
    fmt: Optional[str] = typer.Option(None, "--format", help="Force a format (see `roomsift formats`)."),
    tz: Optional[str] = typer.Option(
        None, "--tz", help="Time zone of exports that write local times only (e.g. Asia/Seoul; 'none' keeps them local). "
        "Default: the format's (KakaoTalk: Asia/Seoul; others: unknown)."),
    cluster: Optional[str] = ClusterOpt,
) -> None:
    """Ingest an export into the case (transactional and idempotent)."""
    c = Case.open(case)
    if cluster:  # Dask only when asked for (docs/cluster.md)
        from roomsift.cluster.session import open_session

        with open_session(cluster) as session:
            _ingest(c, export, fmt, tz, session)
        return
    _ingest(c, export, fmt, tz)


def _ingest(c: Case, export: Path, fmt: str | None, tz: str | None, session=None) -> None:
    console = err_console()
    with Progress(
        "[progress.description]{task.description}", BarColumn(), DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn(),
        console=console, transient=True, disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(escape(f"ingesting {export.name}"), total=None)
        try:
            progress = lambda done, total: bar.update(task, completed=done, total=total)  # noqa: E731
            if session is None:
                result = run_ingest(c, export, fmt, tz=tz, progress=progress)
            else:
                from roomsift.cluster.ingest import ingest as cluster_ingest

                result = cluster_ingest(session, c, export, fmt, tz=tz, progress=progress)
        except AlreadyIngested as exc:
            say(f"{export}: {exc}", case=c)
            return
    # through the door: an export's file name often names a person ("WhatsApp Chat with …")
    say(
        f"ingested {export} as {result.format} (ingest #{result.ingest_id}): {result.chats} chat(s), "
        f"{result.messages_new} new message(s), {result.messages_known} already known, {result.messages_edited} edited, "
        f"{result.accounts_new} new account(s), media {result.media_included} included / {result.media_missing} missing / "
        f"{result.media_not_in_export} not in export, {result.evidence_files} evidence file(s) hashed", case=c
    )
    for note in result.notes:
        say(f"note: {note}", case=c)


def formats_command() -> None:
    """List the export formats roomsift can ingest."""
    rows = [{"name": p.name, "platform": p.platform, "description": p.description, "tz": p.default_tz or "unknown (give --tz)"}
            for p in load_formats().values()]
    emit(rows, [Col("name", "format"), Col("platform", "platform"), Col("description", "what it reads"),
                Col("tz", "zone of local times")])


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("formats")(formats_command)
