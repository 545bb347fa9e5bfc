"""Render rows as a Rich table, JSON or CSV, after the privacy layer has seen them."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv")

# Column kinds that identify a person outside the case. The privacy layer decides how
# each is shown; "plain" columns are never touched.
IDENTIFYING_KINDS = ("account", "name", "username", "phone", "bank_account", "text", "person")


@dataclass(frozen=True)
class Col:
    key: str
    header: str
    kind: str = "plain"  # plain | account | name | username | phone | bank_account | text | person
    max_width: int | None = None


# The privacy layer registers itself here: (rows, cols, context) -> rows.
# Identity until the oversight package installs pseudonymisation.
_filters: list[Callable[[list[dict[str, Any]], list[Col], dict[str, Any]], list[dict[str, Any]]]] = []
_document_filters: list[Callable[[Any, dict[str, Any]], Any]] = []


def add_row_filter(fn) -> None:
    _filters.append(fn)


def add_document_filter(fn) -> None:
    _document_filters.append(fn)


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def err_console() -> Console:
    return Console(stderr=True, highlight=False)


def filter_rows(rows: Iterable[dict[str, Any]], cols: list[Col], context: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    out = [dict(r) for r in rows]
    for fn in _filters:
        out = fn(out, cols, context or {})
    return out


def filter_document(doc: Any, context: dict[str, Any] | None = None) -> Any:
    for fn in _document_filters:
        doc = fn(doc, context or {})
    return doc


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(
    rows: Iterable[dict[str, Any]],
    cols: list[Col],
    fmt: str = "table",
    *,
    title: str | None = None,
    context: dict[str, Any] | None = None,
    out=None,
    caption: str | None = None,
) -> int:
    """Write rows in the chosen format; returns the number written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    shown = filter_rows(rows, cols, context)
    if title or caption:  # free text too: a caption may list rooms named after people
        head = filter_rows([{"title": title, "caption": caption}], [Col("title", "", "text"), Col("caption", "", "text")], context)
        title, caption = head[0]["title"], head[0]["caption"]
    stream = out or sys.stdout
    if fmt == "json":
        data = [{c.key: r.get(c.key) for c in cols} for r in shown]
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow([c.key for c in cols])
        for r in shown:
            writer.writerow([_cell(r.get(c.key)) for c in cols])
        stream.write(buf.getvalue())
    else:
        table = Table(title=title, caption=caption, show_lines=False)
        for c in cols:
            table.add_column(c.header, max_width=c.max_width, overflow="fold")
        for r in shown:
            table.add_row(*[_cell(r.get(c.key)) for c in cols])
        Console(file=stream, highlight=False, width=max(160, Console().width)).print(table)
    return len(shown)


def emit_document(doc: Any, *, context: dict[str, Any] | None = None, out=None) -> None:
    """Write a JSON document (e.g. triage output) after the privacy layer has seen it."""
    (out or sys.stdout).write(json.dumps(filter_document(doc, context), ensure_ascii=False, indent=2) + "\n")
