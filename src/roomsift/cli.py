"""Command-line entry point: `roomsift`.

Each capability's commands live in `present/commands/<capability>.py` with a
`register(app)` function; this file only wires them together and turns expected errors into one-line
messages with a non-zero exit."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Optional

import typer
from typer.core import TyperGroup

from roomsift import __version__

# One line per capability. Order is the order of `roomsift --help`.
COMMAND_MODULES = [
    "roomsift.present.commands.demo",
    "roomsift.present.commands.case",
    "roomsift.present.commands.ingest",
    "roomsift.present.commands.browse",
    "roomsift.present.commands.oversight",
    "roomsift.present.commands.triage",
    "roomsift.present.commands.payments",
    "roomsift.present.commands.identity",
    "roomsift.present.commands.media",
    "roomsift.present.commands.network",
    "roomsift.present.commands.export",
    "roomsift.present.commands.web",
]

class _RoomsiftGroup(TyperGroup):
    """Converts expected errors (bad input, unknown case, user mistakes) into one-line
    messages inside click, so scripts, the test runner and people all see the same."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except _expected_errors() as exc:
            msg = exc.one_line() if hasattr(exc, "one_line") else " ".join(str(exc).split())
            typer.echo(f"error: {msg}", err=True)
            raise typer.Exit(2) from None


app = typer.Typer(
    cls=_RoomsiftGroup,
    name="roomsift",
    help="Investigate messenger chat-room exports: ingest, triage, follow the money, match known material.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"roomsift {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    user: Optional[str] = typer.Option(
        None, "--user", envvar="ROOMSIFT_USER", help="Who is acting (recorded in the case). Default: your login."
    ),
    reveal: bool = typer.Option(
        False, "--reveal", help="Show real identifiers of persons covered by an active legal basis (logged)."
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    if user:
        os.environ["ROOMSIFT_USER"] = user
    from roomsift.oversight.hook import command_started  # audit checkpoint at the end; reveal state reset

    command_started(ctx)
    if reveal:
        from roomsift.oversight.privacy import request_reveal

        request_reveal()


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def _expected_errors() -> tuple[type[BaseException], ...]:
    from roomsift.case.store import CaseError
    from roomsift.ingest.errors import IngestError
    from roomsift.errors import UserError

    return (CaseError, IngestError, UserError)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted; the case is unchanged by the unfinished step", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
