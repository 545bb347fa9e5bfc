"""Read-only, path-safe access to an export: a folder, a single file, or a .zip of either.

Every path a parser asks for goes through `ExportSource.open`/`exists`, which refuse
anything that would leave the export: absolute paths, `..` components, drive letters,
and (for folders) symlinks whose target lies outside. Zip archives are checked whole
before any byte is read: hostile member names, symlink members, and expansion past a
sane total size or compression ratio (zip bombs) are rejected.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from roomsift.ingest.errors import HostilePathError, IngestError

# Zip limits. Real exports compress poorly (media is already compressed), so a high
# ratio is a bomb signature rather than a legitimate export.
ZIP_MAX_TOTAL_BYTES = int(os.environ.get("ROOMSIFT_ZIP_MAX_BYTES", 64 * 1024**3))
ZIP_MAX_RATIO = 200
ZIP_MAX_MEMBERS = 5_000_000


def normalise_relpath(raw: str, *, context: str) -> str:
    """Turn a path written inside an export into a safe '/'-separated relative path.

    Windows backslashes are accepted as separators (DiscordChatExporter writes them).
    Raises HostilePathError for anything that could escape the export root."""
    if raw is None or raw == "":
        raise HostilePathError("empty path", file=context)
    text = raw.replace("\\", "/")
    if "\x00" in text:
        raise HostilePathError(f"path contains a NUL byte: {raw!r}", file=context)
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        raise HostilePathError(f"absolute path in export: {raw!r}", file=context)
    parts = [p for p in PurePosixPath(text).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise HostilePathError(f"path escapes the export: {raw!r}", file=context)
    if not parts:
        raise HostilePathError(f"empty path: {raw!r}", file=context)
    return "/".join(parts)


class ExportSource:
    """Base class; use `ExportSource.open_path`."""

    #: absolute location of the export as given by the user (folder, file or zip)
    location: Path
    #: "folder", "file" or "zip"
    container: str
    #: for a single-file input, the relative path of that file
    single_file: str | None = None

    @staticmethod
    def open_path(path: str | os.PathLike) -> "ExportSource":
        p = Path(path).expanduser()
        if not p.exists():
            raise IngestError("no such file or folder", file=str(path))
        p = p.resolve()
        if p.is_dir():
            return FolderSource(p)
        if zipfile.is_zipfile(p):
            return ZipSource(p)
        return FolderSource(p.parent, single_file=p.name)

    def files(self) -> Iterator[str]:
        raise NotImplementedError

    def open(self, relpath: str) -> BinaryIO:
        raise NotImplementedError

    def exists(self, relpath: str) -> bool:
        raise NotImplementedError

    def size(self, relpath: str) -> int:
        raise NotImplementedError

    def describe(self, relpath: str) -> str:
        """Human-readable location of a member, for error messages."""
        if self.container == "zip":
            return f"{self.location}!{relpath}"
        base = self.location.parent if self.container == "file" else self.location  # a file's location is the file
        return str(base / relpath)

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class FolderSource(ExportSource):
    def __init__(self, root: Path, single_file: str | None = None):
        self.root = root.resolve()
        self.single_file = single_file
        self.location = self.root / single_file if single_file else self.root
        self.container = "file" if single_file else "folder"

    def _resolve(self, relpath: str) -> Path:
        rel = normalise_relpath(relpath, context=str(self.location))
        candidate = self.root / rel
        try:
            real = candidate.resolve(strict=False)
        except OSError as exc:  # symlink loops
            raise HostilePathError(f"cannot resolve path {relpath!r}: {exc}", file=str(self.location)) from exc
        if real != self.root and self.root not in real.parents:
            raise HostilePathError(f"path leaves the export (symlink or escape): {relpath!r}", file=str(self.location))
        return real

    def files(self) -> Iterator[str]:
        if self.single_file:
            yield self.single_file
            return
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames.sort()
            for name in sorted(filenames):
                full = Path(dirpath) / name
                yield full.relative_to(self.root).as_posix()

    def open(self, relpath: str) -> BinaryIO:
        path = self._resolve(relpath)
        try:
            st = path.stat()
        except FileNotFoundError:
            raise IngestError("file named in the export is missing", file=self.describe(relpath)) from None
        if not stat.S_ISREG(st.st_mode):
            raise IngestError("not a regular file", file=self.describe(relpath))
        return open(path, "rb")

    def exists(self, relpath: str) -> bool:
        return self._resolve(relpath).is_file()

    def size(self, relpath: str) -> int:
        return self._resolve(relpath).stat().st_size

    def absolute(self, relpath: str) -> Path:
        return self._resolve(relpath)


class ZipSource(ExportSource):
    def __init__(self, path: Path):
        self.location = path
        self.container = "zip"
        try:
            self.zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise IngestError(f"unreadable zip archive: {exc}", file=str(path)) from exc
        self.members: dict[str, zipfile.ZipInfo] = {}
        self._check()

    def _check(self) -> None:
        infos = self.zf.infolist()
        if len(infos) > ZIP_MAX_MEMBERS:
            raise IngestError(f"zip has {len(infos)} members, more than the limit {ZIP_MAX_MEMBERS}", file=str(self.location))
        total = 0
        compressed = 0
        for info in infos:
            name = info.filename
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise HostilePathError(f"zip member is a symlink: {name!r}", file=str(self.location))
            rel = normalise_relpath(name, context=str(self.location))
            if info.is_dir():
                continue
            total += info.file_size
            compressed += info.compress_size
            if total > ZIP_MAX_TOTAL_BYTES:
                raise IngestError(
                    f"zip expands past {ZIP_MAX_TOTAL_BYTES} bytes; refusing (possible zip bomb)", file=str(self.location)
                )
            if info.file_size > 1024 * 1024 and info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1):
                raise IngestError(
                    f"zip member {name!r} expands {info.file_size // max(info.compress_size, 1)}x; refusing (possible zip bomb)",
                    file=str(self.location),
                )
            self.members[rel] = info
        if total > 1024 * 1024 and total > ZIP_MAX_RATIO * max(compressed, 1):
            raise IngestError("zip expansion ratio is too high; refusing (possible zip bomb)", file=str(self.location))
        # An export zipped together with its folder has one top-level folder: strip it.
        tops = {rel.split("/", 1)[0] for rel in self.members}
        self.prefix = ""
        if len(tops) == 1 and all("/" in rel for rel in self.members):
            self.prefix = next(iter(tops)) + "/"

    def files(self) -> Iterator[str]:
        for rel in sorted(self.members):
            yield rel[len(self.prefix):]

    def _info(self, relpath: str) -> zipfile.ZipInfo | None:
        rel = normalise_relpath(relpath, context=str(self.location))
        return self.members.get(self.prefix + rel)

    def open(self, relpath: str) -> BinaryIO:
        info = self._info(relpath)
        if info is None:
            raise IngestError("file named in the export is missing", file=self.describe(relpath))
        return _ZipMember(self.zf.open(info), self.describe(relpath))  # type: ignore[return-value]

    def exists(self, relpath: str) -> bool:
        return self._info(relpath) is not None

    def size(self, relpath: str) -> int:
        info = self._info(relpath)
        if info is None:
            raise IngestError("file named in the export is missing", file=self.describe(relpath))
        return info.file_size

    def close(self) -> None:
        self.zf.close()


class _ZipMember(io.RawIOBase):
    """A zip member whose corruption (bad CRC, a size that lies, damaged deflate data) is a
    one-line IngestError naming the member, not a zipfile/zlib traceback. The check only
    fires when reading reaches the damage, inside the ingest transaction, so the case is
    left as it was."""

    def __init__(self, member, where: str):
        self.member = member
        self.where = where

    def readable(self) -> bool:
        return True

    def _guard(self, call, *args):
        try:
            return call(*args)
        except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise IngestError(f"corrupt zip member ({reason}); the archive is damaged or its sizes are false",
                              file=self.where) from None

    def readinto(self, b) -> int:
        return self._guard(self.member.readinto, b)

    def read(self, size: int = -1) -> bytes:
        return self._guard(self.member.read, size)

    def close(self) -> None:
        self.member.close()
        super().close()
