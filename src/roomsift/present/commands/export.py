"""`roomsift report`, `roomsift export case-uco | package | table`: hand the case over.

Exporters (roomsift.export) build documents through the privacy layer; this module writes
the files (each through a temporary name, so a failed export leaves no partial file) and
logs every report, export and disclosure in the audit log."""

from __future__ import annotations

import datetime as dt
import hashlib
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


def _check_out(*paths: Path | None) -> None:
    """Refuse a destination that cannot be written before any work (or audit entry) is done."""
    for path in paths:
        if path is None:
            continue
        if not Path(path).parent.is_dir():
            raise UserError(f"{Path(path).parent}: no such folder")
        if Path(path).is_dir():
            raise UserError(f"{path}: is a folder; name a file")


def _write(path: Path, data: bytes | str) -> None:
    path = Path(path)
    _check_out(path)
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
    from roomsift.export import gather
    from roomsift.present import export_door as door
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
    _check_out(out, pdf)
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

    from roomsift.export import gather
    from roomsift.present import export_door as door
    from roomsift.export.case_uco import bundle

    _check_out(out)
    c = Case.open(case)
    scope = gather.resolve_scope(c, person, chat)
    graph, counts = bundle(c, scope.persons, scope.chats, door.shown)
    door.record_and_checkpoint(c, "export_case_uco", f"CASE/UCO export: {counts['messages']} messages, {counts['accounts']} accounts",
                               {"persons": scope.persons, "chats": scope.chats, "counts": counts, "file": str(out)})
    _write(out, json.dumps(graph, ensure_ascii=False, indent=1) + "\n")
    typer.echo(f"CASE/UCO bundle written to {out}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@export_app.command("package")
def package(
    out: Path = typer.Option(..., "--out", "-o", help="Zip file to write."),
    person: List[str] = typer.Option(..., "--person", "-p", help="Person the package is about (repeatable; required)."),
    chat: Optional[List[str]] = ChatOpt,
    recipient: str = typer.Option("unspecified", "--recipient", help="Who receives the package (recorded in the audit log)."),
    pdf: bool = typer.Option(True, "--pdf/--no-pdf", help="Include the report as PDF too."),
    case: Path = CaseOpt,
) -> None:
    """A signed package for a partner: scoped CASE/UCO bundle, report, hash lists, manifest
    with every file's SHA-256, Ed25519 signature and audit checkpoint. Check it with
    `roomsift-verify pkg.zip`."""
    import json

    from roomsift import __version__
    from roomsift.export import gather, package as pkg
    from roomsift.present import export_door as door
    from roomsift.export.case_uco import bundle
    from roomsift.oversight import keys

    _check_out(out)
    c = Case.open(case)
    scope = gather.resolve_scope(c, person, chat)
    with c.begin() as conn:  # the request is on record before anything is gathered
        c.record_event(conn, "package_requested", f"case package requested for {recipient}",
                       {"persons": scope.persons, "chats": scope.chats, "recipient": recipient})
    graph, counts = bundle(c, scope.persons, scope.chats, door.shown)
    html, checkpoint = build_report(c, person, chat, 50, f"package for {recipient}")
    files: dict[str, bytes] = {"case.jsonld": (json.dumps(graph, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
                               "report.html": html.encode("utf-8")}
    if pdf:
        from roomsift.export.report import render_pdf

        files["report.pdf"] = render_pdf(html)
    lists = pkg.media_hash_lists(c, pkg.scoped_message_ids(graph, c, scope.persons, scope.chats))
    files.update({k: v.encode("utf-8") for k, v in lists.items()})
    meta = {"case": {"id": c.meta.get("id"), "name": c.name}, "produced_utc": checkpoint["time_utc"], "produced_by": current_actor(),
            "tool": f"roomsift {__version__}", "recipient": recipient, "scope": {"persons": scope.persons, "chats": scope.chats},
            "counts": counts, "checkpoint": {k: checkpoint[k] for k in ("origin", "size", "root", "time_utc", "key_id", "signature")}}
    with c.connect() as conn:
        signer = keys.log_signing_key(c, conn)
    data = pkg.build_zip(files, meta, signer)
    _write(out, data)
    with c.begin() as conn:  # what left the case, exactly
        c.record_event(conn, "package_disclosed", f"case package disclosed to {recipient}: {len(files)} files",
                       {"recipient": recipient, "persons": scope.persons, "chats": scope.chats, "file": out.name,
                        "manifest_sha256": pkg.manifest_digest(data), "zip_sha256": hashlib.sha256(data).hexdigest(),
                        "files": sorted(files), "checkpoint_size": checkpoint["size"]})
    typer.echo(f"package written to {out}: {', '.join(sorted(files))} + manifest.json, manifest.sig "
               f"(signed by log key {keys.public_key_id(keys.public_b64(signer))}); check it with `roomsift-verify {out}`")


@export_app.command("table")
def table_cmd(
    out: Path = typer.Option(..., "--out", "-o", help="A .xlsx workbook (one sheet per table) or a .csv file (one --table)."),
    table: Optional[List[str]] = typer.Option(None, "--table", "-t", help="participants | payments | links | matches (repeatable; default: all)."),
    person: Optional[List[str]] = PersonOpt,
    chat: Optional[List[str]] = ChatOpt,
    case: Path = CaseOpt,
) -> None:
    """Analyst tables as CSV or XLSX: participants, payments, identity links, known-material matches."""
    from roomsift.export import gather, tables
    from roomsift.present import export_door as door

    names = table or list(tables.TABLES)
    for n in names:
        if n not in tables.TABLES:
            raise UserError(f"unknown table {n!r}; choose from {', '.join(tables.TABLES)}")
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(f"{out}: name a .xlsx or .csv file")
    if suffix == ".csv" and len(names) != 1:
        raise UserError("a CSV file holds one table: give exactly one --table (or write a .xlsx workbook)")
    _check_out(out)
    c = Case.open(case)
    scope = gather.resolve_scope(c, person, chat)
    data = {n: tables.table(c, n, scope, door.shown_rows) for n in names}
    cp = door.record_and_checkpoint(c, "export_table", f"analyst table(s) exported: {', '.join(names)}",
                                    {"tables": {n: len(r) for n, r in data.items()}, "persons": scope.persons, "chats": scope.chats,
                                     "file": out.name})
    if suffix == ".csv":
        _write(out, tables.to_csv(names[0], data[names[0]]))
    else:
        note = (f"roomsift analyst tables, case {c.name} ({c.meta.get('id')}), produced {_now()} by {current_actor()}.\n"
                "Identities are pseudonymised unless a legal basis covers the person. Text is as written.\n"
                f"Audit checkpoint: tree size {cp['size']}, root {cp['root']}")
        _write(out, tables.to_xlsx(data, note))
    typer.echo(f"{', '.join(f'{n} {len(r)} rows' for n, r in data.items())} written to {out}")


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.add_typer(export_app, name="export")
