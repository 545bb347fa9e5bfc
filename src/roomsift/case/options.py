"""Typer options shared by every command that works on a case."""

from __future__ import annotations

from pathlib import Path

import typer

from roomsift.present.output import FORMATS

CaseOpt = typer.Option(
    Path("."), "--case", "-c", envvar="ROOMSIFT_CASE", help="Case folder (default: current folder or $ROOMSIFT_CASE)."
)


def format_option(default: str = "table"):
    return typer.Option(default, "--format", "-f", help=f"Output format: {'|'.join(FORMATS)}.")
