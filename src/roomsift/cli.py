"""Command-line entry point: `roomsift`.

Each capability's commands live in `present/commands/<capability>.py` with a
`register(app)` function; this file only wires them together and turns expected errors into one-line
messages with a non-zero exit.

Start-up time: `main()` registers only the module of the command being run (COMMANDS says
which), and `--version` none at all, so a command never pays for the imports of the others
(issue 13). `roomsift.cli.app` (tests, other tools) is the application with every command."""

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

# Top-level command → the module that registers it (tests/test_cli_start.py checks this
# against what the modules register). A name missing here still works: all modules load.
COMMANDS = {
    "demo": "demo", "case": "case", "ingest": "ingest", "formats": "ingest",
    "chats": "browse", "accounts": "browse", "messages": "browse",
    "user": "oversight", "basis": "oversight", "audit": "oversight",
    "triage": "triage", "explain": "triage", "victims": "triage", "eval": "triage",
    "payments": "payments", "persons": "identity", "person": "identity", "link": "identity",
    "serve-matcher": "media", "media": "media", "hashset": "media",
    "network": "network", "report": "export", "export": "export", "serve": "web",
}
_ROOT_OPTIONS_WITH_VALUE = {"--user"}
_help_only = False  # `roomsift CMD --help`: no case is touched, so the audit hook is not loaded


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


_app = typer.Typer(
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
        from roomsift.ingest.compiled import describe  # light: the extension imports no heavy library

        typer.echo(f"roomsift {__version__}")
        typer.echo(describe())  # compiled or pure-Python ingest, and why (docs/ingest.md)
        raise typer.Exit()


@_app.callback()
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
    if _help_only:
        return
    from roomsift.oversight.hook import command_started  # audit checkpoint at the end; reveal state reset

    command_started(ctx)
    if reveal:
        from roomsift.oversight.privacy import request_reveal

        request_reveal()


_registered: set[str] = set()


def _register(modules) -> typer.Typer:
    for name in modules:
        if name not in _registered:
            _registered.add(name)
            importlib.import_module(name).register(_app)
    return _app


def __getattr__(name: str):
    if name == "app":  # the whole application, every command registered
        return _register(COMMAND_MODULES)
    raise AttributeError(name)


def _modules_for(argv: list[str]) -> list[str]:
    """The command modules `roomsift ARGV` needs: none for --version, one for a known
    command, all otherwise (root help, unknown commands, completion)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--version":
            return []
        if arg in _ROOT_OPTIONS_WITH_VALUE:
            i += 2
            continue
        if arg.startswith("-"):
            i += 1
            continue
        module = COMMANDS.get(arg)
        return [f"roomsift.present.commands.{module}"] if module else COMMAND_MODULES
    return COMMAND_MODULES


def _expected_errors() -> tuple[type[BaseException], ...]:
    """The error classes shown as one line. A module never imported cannot have raised its
    error, so none is imported here (a `--help` exits through this path too)."""
    found = []
    for module, name in (("roomsift.case.store", "CaseError"), ("roomsift.ingest.errors", "IngestError"), ("roomsift.errors", "UserError")):
        if module in sys.modules:
            found.append(getattr(sys.modules[module], name))
    return tuple(found)


def main() -> None:
    global _help_only
    argv = sys.argv[1:]
    _help_only = any(a in ("-h", "--help") for a in argv)
    _register(_modules_for(argv))
    try:
        _app()
    except KeyboardInterrupt:
        typer.echo("interrupted; the case is unchanged by the unfinished step", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
