"""The one door out: rows, documents, lines and files, each passed through the privacy
layer here and only here, then rendered.

Evidence is shown exactly as written. Rich would read `[b]`, `[link=…]` or `[/quote]` in a
message as console markup (hiding a URL from the analyst, or crashing on a stray closing
tag), so every string that reaches the terminal is a `rich.text.Text`, never markup.
JSON and CSV carry the string unchanged."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from roomsift.case.options import FORMATS

# The privacy layer (and the database libraries under it) is imported in the functions that
# use it, so that merely registering commands (`roomsift CMD --help`) stays fast.

# Column kinds that identify a person outside the case. The privacy layer decides how
# each is shown; "plain" columns are still scanned for unmistakable identifiers.
IDENTIFYING_KINDS = ("account", "name", "username", "phone", "bank_account", "text", "person", "room", "payment")


@dataclass(frozen=True)
class Col:
    key: str
    header: str
    kind: str = "plain"  # plain | vocab | account | name | username | phone | bank_account | text | person | room | payment
    max_width: int | None = None
    table: bool = True  # False: in JSON and CSV only (e.g. a machine-readable epoch beside the shown time)


def check_format(fmt: str) -> None:
    """Commands call this before any work, so a bad --format is a one-line error."""
    if fmt not in FORMATS:
        from roomsift.errors import UserError

        raise UserError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def console() -> Console:
    return Console(highlight=False, soft_wrap=False, markup=False, emoji=False)


def err_console() -> Console:
    return Console(stderr=True, highlight=False, markup=False, emoji=False)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _literal(value: Any) -> Text:
    """A table cell as literal text: never parsed as markup or emoji codes."""
    return Text(_cell(value))


def _tell_refusals(outcome: privacy.Outcome | None) -> None:
    """--reveal that did not reveal everything says so, and why, on stderr: once per
    command, however many tables it prints (one line each, never wrapped)."""
    from roomsift.oversight import privacy
    for line in (outcome.notices() if outcome else []):
        if privacy.first_telling(line):
            print(line, file=sys.stderr)


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
    from roomsift.oversight import privacy
    check_format(fmt)
    context = context or {}
    head = [{"title": title, "caption": caption}]  # free text too: a title may name a person
    shown, outcome = privacy.show_rows([dict(r) for r in rows], cols, context, extra=(head, [Col("title", "", "text"), Col("caption", "", "text")]))
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
        table = Table(title=Text(title) if title else None, caption=Text(caption) if caption else None, show_lines=False)
        cols = [c for c in cols if c.table]
        for c in cols:
            table.add_column(Text(c.header), max_width=c.max_width, overflow="fold")
        for r in shown:
            table.add_row(*[_literal(r.get(c.key)) for c in cols])
        Console(file=stream, highlight=False, markup=False, emoji=False, width=max(160, Console().width)).print(table)
    _tell_refusals(outcome)
    return len(shown)


def emit_document(doc: Any, *, context: dict[str, Any] | None = None, out=None) -> None:
    """Write a JSON document (e.g. triage output) after the privacy layer has seen it."""
    from roomsift.oversight import privacy
    shown, outcome = privacy.show_document(doc, context or {})
    (out or sys.stdout).write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
    _tell_refusals(outcome)


def filter_document(doc: Any, context: dict[str, Any] | None = None) -> Any:
    """`doc` as the privacy layer lets it out (no output written)."""
    from roomsift.oversight import privacy
    return privacy.show_document(doc, context or {})[0]


def say(text: str, *, case=None, err: bool = False) -> None:
    """One line of free text (a summary, a note) through the privacy layer, as written."""
    from roomsift.oversight import privacy
    shown, outcome = privacy.show_document({"text": text}, {"case": case})
    print(shown["text"], file=sys.stderr if err else sys.stdout)
    _tell_refusals(outcome)


# -- files -----------------------------------------------------------------------------------------
def write_file(path: Path, kind: str, render: Callable[[Path], None], *, case, doc: Any = None,
               records: int | None = None) -> str:
    """Write an export file through the door: `render(tmp)` writes data that has already
    passed the privacy layer (see `shown_document`); the file appears atomically and an
    `export` event with its SHA-256 lands in the audit log."""
    from roomsift.oversight import privacy
    from roomsift.errors import UserError

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        render(tmp)
        digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot write {kind}: {exc}") from exc
    with case.begin() as conn:
        case.record_event(conn, "export", f"{kind} written", {"kind": kind, "file": path.name, "sha256": digest,
                                                              "records": records, "revealed": privacy.reveal_requested()})
    return digest


def shown_document(doc: Any, case) -> Any:
    """`doc` as the privacy layer lets it leave (for file exports)."""
    from roomsift.oversight import privacy
    shown, outcome = privacy.show_document(doc, {"case": case})
    _tell_refusals(outcome)
    return shown


def shown_rows(rows: list[dict[str, Any]], cols: list[Col], case) -> list[dict[str, Any]]:
    from roomsift.oversight import privacy
    shown, outcome = privacy.show_rows([dict(r) for r in rows], cols, {"case": case})
    _tell_refusals(outcome)
    return shown
