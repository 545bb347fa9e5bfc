"""Typer options shared by every command that works on a case."""

from __future__ import annotations

from pathlib import Path

import typer

# The formats roomsift.present.output renders (defined here: the presentation wing imports
# the case's options, never the other way round).
FORMATS = ("table", "json", "csv")

CaseOpt = typer.Option(
    Path("."), "--case", "-c", envvar="ROOMSIFT_CASE", help="Case folder (default: current folder or $ROOMSIFT_CASE)."
)


def format_option(default: str = "table"):
    return typer.Option(default, "--format", "-f", help=f"Output format: {'|'.join(FORMATS)}.")


def _request_reveal(value: bool) -> bool:
    if value:
        from roomsift.oversight.privacy import request_reveal

        request_reveal()
    return value


# Add to any output command: shows real identifiers only for persons covered by an active
# legal basis; every reveal and refused reveal is logged (roomsift.oversight.privacy).
RevealOpt = typer.Option(
    False, "--reveal", callback=_request_reveal,
    help="Show real identifiers of persons covered by an active legal basis (logged).",
)
