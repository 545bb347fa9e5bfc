"""`roomsift demo [FOLDER]`: build the synthetic demo case and summarise it."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import Progress

from roomsift.present.output import Col, emit, err_console, say


def demo(
    folder: Path = typer.Argument(Path("roomsift-demo"), help="Where to build the demo (exports/ and case/)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Rebuild over an earlier demo in FOLDER."),
    web_users: bool = typer.Option(False, "--web-users", help="Also make a team of demo users with web passwords (printed) for `roomsift serve`."),
) -> None:
    """Build a synthetic demo case (linked paid rooms, a staff group, benign look-alikes), ingest it, summarise it."""
    from roomsift.browse import queries  # imported here: `roomsift --help` stays fast
    from roomsift.demo.build import build_demo

    console = err_console()
    with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("building demo exports", total=None)
        result = build_demo(folder, overwrite=overwrite, on_export=lambda p: bar.update(task, description=f"ingesting {p.name}"))
    case = result.case
    with case.connect() as conn:
        s = queries.case_summary(conn)
        chats = queries.list_chats(conn)
    typer.echo(f"Demo case built from {len(result.exports)} synthetic export(s) in {result.folder / 'exports'}")
    emit(chats, [Col("chat", "#"), Col("platform", "platform"), Col("title", "room", "room"), Col("type", "type"),
                 Col("messages", "messages"), Col("senders", "senders")], title="Rooms", context={"case": case})
    span = f"{queries.fmt_time(s['first_utc'])} → {queries.fmt_time(s['last_utc'])}" if s["first_utc"] else "none"
    typer.echo(
        f"rooms: {s['chats']}  accounts: {s['accounts']}  messages: {s['messages']}  media: {s['media']} "
        f"({s['media_by_status'].get('included', 0)} files hashed)  time span: {span}"
    )
    if s["local_only_messages"]:
        typer.echo(f"{s['local_only_messages']} message(s) have a local time only (zone unknown in their export)")
    for line in result.lines:
        say(line, case=case)
    typer.echo(f"case: {case.path}")
    typer.echo(f"next: roomsift case info --case {case.path}   |   roomsift messages --case {case.path} --limit 20")
    if web_users:
        from roomsift.present.commands.web import make_demo_team, print_demo_team

        print_demo_team(case, make_demo_team(case))


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
