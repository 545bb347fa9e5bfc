"""Ingest errors: one line, naming the file and, where it applies, the position."""

from __future__ import annotations


class IngestError(Exception):
    """A problem with the input. The case is left unchanged when this is raised."""

    def __init__(self, message: str, file: str | None = None, position: str | None = None):
        self.message = message
        self.file = file
        self.position = position
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.file or ""
        if self.position:
            where = f"{where} ({self.position})" if where else self.position
        text = f"{where}: {self.message}" if where else self.message
        return " ".join(text.split())  # always a single line


class HostilePathError(IngestError):
    """A path in the export that points outside it (../, absolute, symlink out)."""


class UnknownFormatError(IngestError):
    """No registered parser recognises the input."""


class AlreadyIngested(Exception):
    """The exact same evidence file was ingested before; nothing was added."""

    def __init__(self, sha256: str, ingest_id: int):
        self.sha256 = sha256
        self.ingest_id = ingest_id
        super().__init__(f"already ingested (sha256 {sha256[:16]}…, ingest #{ingest_id}); nothing added")
