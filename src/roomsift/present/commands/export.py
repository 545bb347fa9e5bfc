"""`roomsift report`, `roomsift export case-uco | package | table`: hand the case over.

Exporters (roomsift.export) build documents through the privacy layer; this module writes
the files (each through a temporary name, so a failed export leaves no partial file) and
logs every report, export and disclosure in the audit log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import List, Optional

import typer

from roomsift.case.options import CaseOpt
from roomsift.case.store import Case, current_actor
from roomsift.errors import UserError

export_app = typer.Typer(help="Export the case: CASE/UCO JSON-LD, signed packages for partners, analyst tables.",
                         no_args_is_help=True)

PersonOpt = typer.Option(None, "--person", "-p", help="Only this person (label, pseudonym or identifier; repeatable).")
ChatOpt = typer.Option(None, "--chat", help="Only this chat (number, platform id or title; repeatable).")


def _write(path: Path, data: bytes | str) -> None:
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise UserError(f"{path.parent}: no such folder")
    tmp = path.with_name(path.name + ".partial")
    if isinstance(data, str):
        tmp.write_text(data, encoding="utf-8")
    else:
        tmp.write_bytes(data)
    tmp.replace(path)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def build_report(case: Case, persons: list[str] | None, chats: list[str] | None, top: int, purpose: str) -> tuple[str, dict]:
    """The report's HTML and the audit checkpoint it cites (the report is logged first)."""
    from roomsift.export import door, gather
    from roomsift.export.report import add_charts, render_html

    scope = gather.resolve_scope(case, persons, chats)
    doc = door.shown(case, gather.report_document(case, scope, top))
    add_charts(doc)
    checkpoint = door.record_and_checkpoint(
        case, "report_produced", f"case report produced ({purpose})",
        {"purpose": purpose, "persons": scope.persons, "chats": scope.chats, "participants": len(doc["participants"]),
         "potential_victims": len(doc["potential_victims"])})
    return render_html(doc, checkpoint, actor=current_actor(), produced=_now()), checkpoint


def report(
    out: Path = typer.Option(..., "--out", "-o", help="HTML file to write (self-contained)."),
    pdf: Optional[Path] = typer.Option(None, "--pdf", help="Also write the report as PDF (WeasyPrint)."),
    person: Optional[List[str]] = PersonOpt,
    chat: Optional[List[str]] = ChatOpt,
    top: int = typer.Option(50, "--top", help="Ranked participants shown when no --person is given."),
    case: Path = CaseOpt,
) -> None:
    """A self-contained case report: summary, evidence and custody, room timelines, ranked
    participants with cited messages, payments, identity links, matches, protected victims,
    and the audit checkpoint it was produced at."""
    from roomsift.export.fonts import INSTALL_HINT, hangul_font

    if top < 1:
        raise UserError("--top must be at least 1")
    c = Case.open(case)
    html, cp = build_report(c, person, chat, top, "report")
    _write(out, html)
    typer.echo(f"report written to {out} (audit checkpoint: size {cp['size']}, root {cp['root'][:16]}…)")
    if pdf:
        from roomsift.export.report import render_pdf

        if hangul_font() is None:
            typer.echo(f"warning: {INSTALL_HINT}", err=True)
        _write(pdf, render_pdf(html))
        typer.echo(f"PDF written to {pdf}")


@export_app.command("case-uco")
def case_uco(
    out: Path = typer.Option(..., "--out", "-o", help="JSON-LD file to write."),
    person: Optional[List[str]] = PersonOpt,
    chat: Optional[List[str]] = ChatOpt,
    case: Path = CaseOpt,
) -> None:
    """CASE/UCO JSON-LD: accounts, chats, messages, attachments with hashes, ingest
    provenance and investigative actions (pseudonymised; passes case_validate)."""
    import json

    from roomsift.export import door, gather
    from roomsift.export.case_uco import bundle

    c = Case.open(case)
    scope = gather.resolve_scope(c, person, chat)
    graph, counts = bundle(c, scope.persons, scope.chats)
    door.record_and_checkpoint(c, "export_case_uco", f"CASE/UCO export: {counts['messages']} messages, {counts['accounts']} accounts",
                               {"persons": scope.persons, "chats": scope.chats, "counts": counts, "file": str(out)})
    _write(out, json.dumps(graph, ensure_ascii=False, indent=1) + "\n")
    typer.echo(f"CASE/UCO bundle written to {out}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.add_typer(export_app, name="export")
