"""Build the demo case: write synthetic exports, create a case, ingest them all.

Other capabilities extend the demo by adding to the two lists below (one line each):
exports of further platforms, and steps that run once everything is ingested."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roomsift.case.store import Case
from roomsift.demo import kakaotalk as demo_kakaotalk, known_material, whatsapp as demo_whatsapp
from roomsift.demo.cast import Cast
from roomsift.demo.telegram_rooms import truth, write_rooms
from roomsift.errors import UserError
from roomsift.ingest.core import ingest


def _telegram(root: Path, cast: Cast, manifest: dict[str, Any]) -> list[Path]:
    folders, photos = write_rooms(root / "telegram", cast)
    manifest["telegram_photos"] = photos
    return folders


# (exports_root, cast, manifest) -> export paths to ingest, in order.
EXPORT_WRITERS: list[Callable[[Path, Cast, dict[str, Any]], list[Path]]] = [_telegram, demo_kakaotalk.write, demo_whatsapp.write]
# (case, demo_folder, manifest) -> lines for the summary. Run after every export is ingested.
AFTER_INGEST: list[Callable[[Case, Path, dict[str, Any]], list[str]]] = [known_material.after_ingest]


@dataclass
class DemoResult:
    folder: Path
    case: Case
    exports: list[Path]
    lines: list[str] = field(default_factory=list)


def build_demo(folder: Path, *, overwrite: bool = False, on_export: Callable[[Path], None] | None = None) -> DemoResult:
    folder = Path(folder).expanduser().resolve()
    if folder.exists() and any(folder.iterdir()):
        if not overwrite:
            raise UserError(f"{folder}: folder exists and is not empty; pass --overwrite to rebuild the demo there")
        if not (folder / "exports").is_dir() and not (folder / "case").is_dir():
            raise UserError(f"{folder}: not a roomsift demo folder; refusing to delete it")
        shutil.rmtree(folder)
    exports_root = folder / "exports"
    exports_root.mkdir(parents=True)
    cast = Cast()
    manifest: dict[str, Any] = {}
    exports: list[Path] = []
    for writer in EXPORT_WRITERS:
        exports.extend(writer(exports_root, cast, manifest))
    (exports_root / "truth.json").write_text(json.dumps(truth(cast), ensure_ascii=False, indent=2), encoding="utf-8")
    (exports_root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    case = Case.create(folder / "case", name="roomsift demo (synthetic)")
    for path in exports:
        if on_export:
            on_export(path)
        ingest(case, path)
    result = DemoResult(folder, case, exports)
    for step in AFTER_INGEST:
        result.lines.extend(step(case, folder, manifest))
    return result
