"""Registry of export formats. Adding a format is adding one module under
`roomsift.ingest.formats` that subclasses `Parser` and is decorated with `@register`."""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import ClassVar

from roomsift.ingest.errors import UnknownFormatError
from roomsift.ingest.records import Record
from roomsift.ingest.source import ExportSource

PARSERS: dict[str, type["Parser"]] = {}


class Parser(ABC):
    #: format name used by `roomsift ingest --format NAME`
    name: ClassVar[str]
    #: platform namespace of accounts and chats ("telegram", "kakaotalk", ...)
    platform: ClassVar[str]
    #: one line for `roomsift formats`
    description: ClassVar[str] = ""
    #: IANA zone of the wall-clock times the format writes without a zone, when one is
    #: near-certain (documented in docs/formats.md); None = unknown unless `ingest --tz`
    default_tz: ClassVar[str | None] = None
    #: typical bytes per message in this format's main files: the ingest estimates an
    #: export's message count from its size (to choose bulk-load index handling)
    bytes_per_message: ClassVar[int] = 400

    @classmethod
    @abstractmethod
    def detect(cls, source: ExportSource) -> list[str]:
        """Return the main files of the export this parser recognises (paths inside the
        source), or [] if it is not this format. Must read little (a few KB per file)."""

    @abstractmethod
    def parse(self, source: ExportSource, main_file: str, on_read=None) -> Iterator[Record]:
        """Stream the normalised records of one main file. Raise IngestError with file and
        position on malformed input. Must run in bounded memory. `on_read(n)`, if given, is
        called with the number of bytes read from the main file (for progress bars)."""

    @classmethod
    def explain_miss(cls, source: ExportSource) -> str | None:
        """When no format is detected: a reason this export looks like this format but
        cannot be read as it is (e.g. a text export in a legacy encoding), else None."""
        return None


def register(cls: type[Parser]) -> type[Parser]:
    if cls.name in PARSERS:
        raise ValueError(f"format {cls.name!r} registered twice")
    PARSERS[cls.name] = cls
    return cls


def load_formats() -> dict[str, type[Parser]]:
    """Import every module of roomsift.ingest.formats so they register themselves."""
    import roomsift.ingest.formats as pkg

    for mod in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{pkg.__name__}.{mod.name}")
    return PARSERS


def detect_format(source: ExportSource, forced: str | None = None) -> tuple[type[Parser], list[str]]:
    parsers = load_formats()
    if forced:
        if forced not in parsers:
            raise UnknownFormatError(f"unknown format {forced!r}; known: {', '.join(sorted(parsers))}")
        parser = parsers[forced]
        mains = parser.detect(source)
        if not mains:
            raise UnknownFormatError(f"does not look like a {forced} export", file=str(source.location))
        return parser, mains
    found = [(p, m) for p in parsers.values() if (m := p.detect(source))]
    if not found:
        for p in parsers.values():
            reason = p.explain_miss(source)
            if reason:
                raise UnknownFormatError(reason, file=str(source.location))
        raise UnknownFormatError(
            f"looks like no known export format (known: {', '.join(sorted(parsers))})", file=str(source.location)
        )
    if len(found) > 1:
        names = ", ".join(p.name for p, _ in found)
        raise UnknownFormatError(f"matches several formats ({names}); choose one with --format", file=str(source.location))
    return found[0]
