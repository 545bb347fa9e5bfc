"""`roomsift case new|info|verify`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from roomsift.case.store import Case

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
    case = Case.create(folder, name=name, database_url=database_url)
    typer.echo(f"created case {case.name!r} at {case.path}")


def register(app: typer.Typer) -> None:
    app.add_typer(case_app, name="case")
