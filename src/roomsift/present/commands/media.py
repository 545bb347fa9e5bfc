"""`roomsift media hash|list|match|matches`, `roomsift hashset import|export|list`,
`roomsift serve-matcher`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from roomsift.case.options import CaseOpt, format_option
from roomsift.case.store import Case
from roomsift.cluster.options import ClusterOpt
from roomsift.errors import UserError
from roomsift.media import hashset_store, queries
from roomsift.media.service.limits import MAX_BYTES, MAX_DECODES, MAX_PIXELS
from roomsift.media.signals.pdq import DEFAULT_THRESHOLD
from roomsift.present.output import Col, emit, err_console, write_file

media_app = typer.Typer(help="Hash the case's media and match them against known-material hash sets.", no_args_is_help=True)
hashset_app = typer.Typer(help="Import, export and list known-material hash sets.", no_args_is_help=True)

COUNT_COLS = [Col("kind", "kind"), Col("state", "hash state"), Col("media", "media"), Col("matched", "matched")]
PROBLEM_COLS = [Col("media_id", "media"), Col("kind", "kind"), Col("state", "state"), Col("error", "why", max_width=90)]
MATCH_COLS = [
    Col("id", "#"), Col("media_id", "media"), Col("time", "time"), Col("room", "room", "room"), Col("message", "message"),
    Col("account", "poster", "account"), Col("sender_name", "poster name", "name"), Col("hashset", "hash set"),
    Col("category", "category"), Col("ext_id", "list id"), Col("stage", "stage"), Col("kind", "match"), Col("signal", "hash"),
    Col("distance", "distance"), Col("quality", "quality"), Col("variant", "variant"),
]
HASHSET_COLS = [
    Col("name", "name"), Col("source", "source"), Col("scheme", "category scheme"), Col("version", "version"),
    Col("format", "format"), Col("entries", "hashes"), Col("kinds", "by kind"), Col("file_name", "file"),
    Col("file_sha256", "file SHA-256"),
]


def _progress() -> Progress:
    console = err_console()
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=console, transient=True, disable=not console.is_terminal)


@media_app.command("hash")
def hash_cmd(
    case: Path = CaseOpt,
    workers: int = typer.Option(0, help="Worker processes (0 = one per CPU)."),
    draft: bool = typer.Option(False, "--draft", help="Decode JPEGs at reduced size: faster, slightly lower recall (see docs/media.md)."),
    redo_failed: bool = typer.Option(False, "--redo-failed", help="Retry files that could not be read or changed since ingest."),
    cluster: Optional[str] = ClusterOpt,
) -> None:
    """Hash every ingested media file (digests, PDQ + dihedral variants, vPDQ); a rerun does only what is missing."""
    c = Case.open(case)
    if cluster:  # Dask only when asked for (docs/cluster.md)
        from roomsift.cluster.media import hash_case as cluster_hash
        from roomsift.cluster.session import open_session

        with open_session(cluster) as session:
            _hash(c, lambda **kw: cluster_hash(session, c, **kw), draft, redo_failed)
        return
    from roomsift.media.pipeline import hash_case

    _hash(c, lambda **kw: hash_case(c, workers=workers or None, **kw), draft, redo_failed)


def _hash(c: Case, run_hash, draft: bool, redo_failed: bool) -> None:
    with _progress() as bar:
        task = bar.add_task("hashing media", total=None)
        run = run_hash(draft=draft, redo_failed=redo_failed, on_progress=lambda n, total: bar.update(task, completed=n, total=total))
    states = ", ".join(f"{k}: {v}" for k, v in sorted(run.states.items())) or "nothing new to hash"
    typer.echo(f"hashed {run.todo} media file(s) — {states}")
    if run.errors:
        with c.connect() as conn:
            emit(queries.hash_problems(conn), PROBLEM_COLS, "table", title="Files a hasher could not fully handle", context={"case": c})


@media_app.command("list")
def list_cmd(case: Path = CaseOpt, fmt: str = format_option(),
             problems: bool = typer.Option(False, "--problems", help="Also list each file a hasher could not handle, with why.")) -> None:
    """Counts of media by kind, hash state and match state (never shows the media)."""
    c = Case.open(case)
    with c.connect() as conn:
        emit(queries.media_counts(conn), COUNT_COLS, fmt, title="Media", context={"case": c})
        if problems:
            emit(queries.hash_problems(conn, limit=10_000), PROBLEM_COLS, fmt, title="Hashing problems", context={"case": c})


@media_app.command("match")
def match_cmd(
    case: Path = CaseOpt,
    hashset: Optional[List[str]] = typer.Option(None, "--hashset", help="Hash set name (repeatable; default: all)."),
    threshold: int = typer.Option(DEFAULT_THRESHOLD, help="PDQ match if Hamming distance <= this (Meta's guidance: 31)."),
    dihedral: bool = typer.Option(True, "--dihedral/--no-dihedral", help="Also match rotated/mirrored copies."),
    second_stage: bool = typer.Option(True, "--second-stage/--no-second-stage",
                                      help="For images nothing matched: region hashes and local-feature verification (docs/media.md)."),
) -> None:
    """Match the hashed media against hash sets (exact digests, PDQ, vPDQ; then the second stage)."""
    from roomsift.media.matching import match_case

    c = Case.open(case)
    try:
        run = match_case(c, hashset, threshold=threshold, dihedral=dihedral, second_stage=second_stage)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if not run.hashsets:
        raise UserError("no hash sets in this case; import one with `roomsift hashset import`")
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(run.by_kind.items())) or "no matches"
    typer.echo(f"{run.media_matched} media matched {', '.join(run.hashsets)} ({kinds})")
    if second_stage:
        found = run.by_kind.get("regions", 0) + run.by_kind.get("features", 0)
        typer.echo(f"second stage: {run.second_stage} image(s) without a stage-1 match examined, {found} match(es) "
                   f"(regions {run.by_kind.get('regions', 0)}, features {run.by_kind.get('features', 0)})")
        for mid, why in run.second_stage_problems[:20]:
            typer.echo(f"media {mid}: second stage skipped: {why}", err=True)
    if run.low_quality_media or run.low_quality_entries:
        typer.echo(f"not matched by PDQ for quality < 50: {run.low_quality_media} media, {run.low_quality_entries} list hashes")
    if run.not_hashed:
        typer.echo(f"{run.not_hashed} media not hashed yet (exact digests matched; run `roomsift media hash` for PDQ/vPDQ)")


@media_app.command("matches")
def matches_cmd(
    case: Path = CaseOpt,
    hashset: Optional[str] = typer.Option(None, "--hashset", help="Only matches of this hash set."),
    limit: int = typer.Option(200, help="Rows per page."),
    page: int = typer.Option(1, help="Page number."),
    preview: Optional[Path] = typer.Option(None, "--preview", help="Write blurred greyscale previews of the matched media into this folder (explicit opt-in)."),
    fmt: str = format_option(),
) -> None:
    """Matches with their message, poster, room, distance, quality and category."""
    if page < 1 or limit < 1:
        raise UserError("--page and --limit must be at least 1")
    c = Case.open(case)
    with c.connect() as conn:
        rows = queries.list_matches(conn, hashset, limit, (page - 1) * limit)
        locs = queries.media_locations(conn, sorted({r["media_id"] for r in rows})) if preview else []
    emit(rows, MATCH_COLS, fmt, title="Known-material matches", context={"case": c})
    if preview:
        from roomsift.media.preview import write_preview

        preview.mkdir(parents=True, exist_ok=True)
        made = 0
        for loc in locs:
            why = write_preview(loc["location"], loc["path"], loc["sha256"], preview / f"media-{loc['id']}-blurred.png")
            if why:
                typer.echo(f"media {loc['id']}: no preview: {why}", err=True)
            else:
                made += 1
        with c.begin() as conn:
            c.record_event(conn, "media_preview", f"{made} blurred greyscale preview(s) written to {preview}",
                           {"folder": str(preview.resolve()), "media": [x["id"] for x in locs]})
        typer.echo(f"{made} blurred greyscale preview(s) written to {preview}", err=True)


@hashset_app.command("import")
def hashset_import(
    file: Path = typer.Argument(..., help="CSV digests, PDQ hex list (ThreatExchange/HMA), VICS JSON or vPDQ file."),
    name: str = typer.Option(..., "--name", help="Name of the hash set in this case (re-import updates it)."),
    case: Path = CaseOpt,
    source: Optional[str] = typer.Option(None, help="Who supplied the list."),
    scheme: Optional[str] = typer.Option(None, help="Category scheme (default: what the file declares)."),
    version: Optional[str] = typer.Option(None, help="Version of the list (default: import time)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="csv|pdq|vics|vpdq (default: detected)."),
) -> None:
    """Import a known-material hash list; an evidence event records the file's SHA-256."""
    c = Case.open(case)
    res = hashset_store.import_hashset(c, file, name, source=source, scheme=scheme, version=version, fmt=fmt)
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(res.by_kind.items()))
    if not res.changed:
        typer.echo(f"hash set {name!r} already holds this file (version {res.version}); nothing changed")
        return
    verb = f"updated from version {res.previous_version} to" if res.previous_version else "imported as"
    typer.echo(f"hash set {name!r} {verb} version {res.version}: {res.entries} hashes ({kinds})")
    if res.skipped:
        typer.echo("not imported (kinds roomsift does not match): " + ", ".join(f"{k} {v}" for k, v in res.skipped.items()))
    if res.previous_version:
        typer.echo("earlier matches of this set were removed; run `roomsift media match` again")


@hashset_app.command("augment")
def hashset_augment(
    name: str = typer.Argument(..., help="Hash set name (an in-house list whose images you hold)."),
    images: Path = typer.Option(..., "--images", help="Folder with the list's images (read only, never copied)."),
    case: Path = CaseOpt,
) -> None:
    """Add window hashes and local features of the list's own images (second matching stage)."""
    from roomsift.media.augment import augment_hashset

    c = Case.open(case)
    with _progress() as prog:
        task = prog.add_task("augmenting", total=None)
        res = augment_hashset(c, name, images, on_progress=lambda n, total: prog.update(task, completed=n, total=total))
    typer.echo(f"hash set {name!r}: {res.augmented} listed item(s) augmented from {res.images} image(s)")
    if res.not_listed:
        typer.echo(f"{len(res.not_listed)} image(s) match no entry of the set (not added): " + ", ".join(res.not_listed[:10]))
    for why in res.unreadable[:20]:
        typer.echo(f"not read: {why}", err=True)


@hashset_app.command("export")
def hashset_export(
    name: str = typer.Argument(..., help="Hash set name."),
    case: Path = CaseOpt,
    fmt: Optional[str] = typer.Option(None, "--format", help="pdq (hex list: ThreatExchange, HMA) | te (python-threatexchange "
                                      "'<signal_type> <signal>' lines) | vics (VICS 2.0 JSON) | csv | vpdq. Default: by the "
                                      "--out suffix (.csv, .json = vics), else pdq."),
    kind: Optional[List[str]] = typer.Option(None, "--kind", help="Only hashes of this kind (repeatable): md5, sha1, sha256, pdq, vpdq."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (default: standard output)."),
) -> None:
    """Export a hash set (hashes only: never media). A format that cannot hold every selected
    hash is an error, never a shorter file; every export reads back with `hashset import`."""
    if fmt is None:
        fmt = {".csv": "csv", ".json": "vics"}.get(out.suffix.lower(), "pdq") if out else "pdq"
    c = Case.open(case)
    text, n = hashset_store.export_hashset(c, name, fmt, kinds=kind)
    with c.begin() as conn:
        c.record_event(conn, "hashset_exported", f"hash set {name!r} exported as {fmt}: {n} record(s)",
                       {"hashset": name, "format": fmt, "kinds": kind or "all", "records": n,
                        "file": out.name if out else "stdout"})
    if out:  # hashes only (never media, never people): logged as an export like every file
        write_file(out, "hash set", lambda tmp: tmp.write_text(text, encoding="utf-8"), case=c, records=n)
        typer.echo(f"{n} record(s) written to {out}", err=True)
    else:
        sys.stdout.write(text)


@hashset_app.command("list")
def hashset_list(case: Path = CaseOpt, fmt: str = format_option()) -> None:
    """The case's hash sets with version, source and counts."""
    c = Case.open(case)
    with c.connect() as conn:
        rows = hashset_store.list_hashsets(conn)
    emit(rows, HASHSET_COLS, fmt, title="Hash sets", context={"case": c})


def serve_matcher(
    hashset: List[str] = typer.Option(..., "--hashset", help="Hash set(s) to serve (repeatable)."),
    case: Path = CaseOpt,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8765, help="Port."),
    threshold: int = typer.Option(DEFAULT_THRESHOLD, help="PDQ match threshold."),
    draft: bool = typer.Option(False, "--draft", help="Decode uploaded JPEGs at reduced size (faster; see docs/media.md)."),
    second_stage: bool = typer.Option(True, "--second-stage/--no-second-stage", help="Region hashes and local features for uploads stage 1 does not match."),
    api_key_env: Optional[str] = typer.Option(None, "--api-key-env", metavar="VAR",
                                              help="Require `Authorization: Bearer <key>` (as HMA deployments do), the key read from this environment variable."),
    max_bytes: int = typer.Option(MAX_BYTES, help="Largest request body (bytes); larger: 413."),
    max_pixels: int = typer.Option(MAX_PIXELS, help="Largest decoded image (pixels), read from the header; larger: 422."),
    max_decodes: int = typer.Option(MAX_DECODES, help="Images decoded at once; when all are busy: 503."),
    workers: Optional[int] = typer.Option(None, help="Processes that decode and hash uploads (default: one per core; 0: in the serving process)."),
) -> None:
    """Run the upload-filtering match service (FastAPI; OpenAPI at /docs), with HMA 2.0's /m and /h endpoints."""
    import os

    import uvicorn

    from roomsift.media.service.app import create_app

    if min(max_bytes, max_pixels, max_decodes) < 1:
        raise UserError("--max-bytes, --max-pixels and --max-decodes must be at least 1")
    if workers is not None and workers < 0:
        raise UserError("--workers must be 0 or more")
    api_key = None
    if api_key_env:
        api_key = os.environ.get(api_key_env, "")
        if not api_key:
            raise UserError(f"--api-key-env {api_key_env}: that environment variable is empty or not set")
    c = Case.open(case)
    app = create_app(c, hashset, threshold=threshold, draft=draft, second_stage=second_stage, api_key=api_key,
                     max_bytes=max_bytes, max_pixels=max_pixels, max_decodes=max_decodes,
                     workers=(os.cpu_count() or 1) if workers is None else workers)
    typer.echo(f"serving {', '.join(hashset)} on http://{host}:{port} (OpenAPI: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.add_typer(media_app, name="media")
    app.add_typer(hashset_app, name="hashset")
    app.command("serve-matcher")(serve_matcher)
