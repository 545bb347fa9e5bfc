"""Ingest on Dask: each main file of an export is parsed into records on a worker; the
coordinator writes them through the ordinary ingest (one transaction, custody, dedup) in
the order of the files, so the case is the one a single-process ingest builds.

Workers open the export by its path: on more than one machine it must be on storage
every worker sees at the same path (docs/cluster.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from roomsift.cluster.session import Session
from roomsift.ingest.records import Record


def parse_file(main: str, location: str, fmt: str) -> list[Record]:
    """Worker side: every record of one main file of the export at `location`."""
    from roomsift.ingest.registry import load_formats
    from roomsift.ingest.source import ExportSource

    with ExportSource.open_path(location) as source:
        return list(load_formats()[fmt]().parse(source, main))


def parse_files_on(session: Session) -> Callable:
    """A `parse_files` hook for roomsift.ingest.core.ingest that parses on the cluster."""

    def parse_files(parser, source, mains: list[str], on_read: Callable[[int], None]) -> Iterator[tuple[str, list[Record]]]:
        location = str(source.location)
        results = session.map(parse_file, mains, location=location, fmt=parser.name, window=session.workers + 1)
        for main, records in zip(mains, results):
            on_read(source.size(main))
            yield main, records

    return parse_files


def ingest(session: Session, case, export: str | Path, fmt: str | None = None, **options):
    """roomsift.ingest.core.ingest with parsing on the cluster."""
    from roomsift.ingest.core import ingest as run_ingest

    return run_ingest(case, export, fmt, parse_files=parse_files_on(session), **options)
