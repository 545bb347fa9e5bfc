"""`roomsift case new|info|verify`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.progress import Progress

from roomsift.case.options import CaseOpt, format_option
from roomsift.present.output import Col, emit, err_console, say

case_app = typer.Typer(help="Create, inspect and verify a case.", no_args_is_help=True)


@case_app.command("new")
def new(
    folder: Path = typer.Argument(..., help="New, empty folder for the case."),
    name: Optional[str] = typer.Option(None, help="Case name (default: the folder name)."),
    database_url: Optional[str] = typer.Option(
        None, "--database-url", help="PostgreSQL URL for a team case (default: embedded SQLite file)."
    ),
) -> None:
    """Create a case."""
    from roomsift.case.store import Case
    case = Case.create(folder, name=name, database_url=database_url)
    typer.echo(f"created case {case.name!r} at {case.path}")


def register(app: typer.Typer) -> None:
    app.add_typer(case_app, name="case")


@case_app.command("info")
def info(case: Path = CaseOpt, fmt: str = format_option()) -> None:
    """Summarise the case: what it holds, the time span, where it lives."""
    from roomsift.browse import queries
    from roomsift.case.store import Case
    c = Case.open(case)
    with c.connect() as conn:
        s = queries.case_summary(conn)
    rows = [
        {"field": "case", "value": f"{c.name} ({c.meta['id']})"},
        {"field": "folder", "value": str(c.path)},
        {"field": "database", "value": str(c.db_path) if c.db_path else c.meta["database"].split("@")[-1]},
        {"field": "ingests", "value": s["ingests"]},
        {"field": "evidence files", "value": s["evidence_files"]},
        {"field": "chats", "value": f"{s['chats']} " + (f"({', '.join(f'{k}: {v}' for k, v in s['chats_by_platform'].items())})" if s["chats_by_platform"] else "")},
        {"field": "accounts", "value": s["accounts"]},
        {"field": "messages", "value": s["messages"]},
        {"field": "media", "value": f"{s['media']} " + (f"({', '.join(f'{k}: {v}' for k, v in sorted(s['media_by_status'].items()))})" if s["media_by_status"] else "")},
        {"field": "time span (UTC)", "value": f"{queries.fmt_time(s['first_utc'])} → {queries.fmt_time(s['last_utc'])}" if s["first_utc"] else "none"},
    ]
    if s["local_only_messages"]:
        rows.append({"field": "local time, zone unknown", "value": f"{s['local_only_messages']} message(s), {s['local_first']} → {s['local_last']}"})
    emit(rows, [Col("field", "field"), Col("value", "value")], fmt, title="Case", context={"case": c})


@case_app.command("verify")
def verify(case: Path = CaseOpt) -> None:
    """Re-hash all evidence files and report any that changed or went missing (exit 1 if so)."""
    from roomsift.case.store import Case
    from roomsift.evidence.verify import verify_evidence
    c = Case.open(case)
    console = err_console()
    with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("verifying evidence", total=None)
        report = verify_evidence(c, progress=lambda done, total: bar.update(task, completed=done, total=total))
    typer.echo(f"verified {report.checked} evidence file(s): {report.ok} ok, {len(report.changed)} changed, {len(report.missing)} missing")
    for label, entries in (("CHANGED", report.changed), ("MISSING", report.missing)):
        for e in entries:  # evidence paths are free text: a file may be named after a person or a number
            say(f"{label}: {e['location']} {e['path']} (expected sha256 {e['expected_sha256']}, found {e['actual_sha256'] or '-'})", case=c)
    if not report.intact:
        raise typer.Exit(1)
