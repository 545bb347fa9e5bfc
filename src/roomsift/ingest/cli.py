"""CLI commands of roomsift.ingest (filled in by the foundation work)."""

import typer


def register(app: typer.Typer) -> None:
    pass
