"""The one door out (docs/oversight.md): only `roomsift.present` writes user-visible output,
and it calls the privacy layer itself. This test reads the source, like an import rule:

1. no module outside present/ imports the renderer (roomsift.present, rich's console,
   table, text, markup or progress);
2. no module outside present/ prints: print(), typer/click echo, sys.stdout/stderr writes,
   a Rich Console;
3. no module outside present/ writes a file, except those listed in WRITES_FILES with
   the reason their files are not output about the people of a case.

A module that needs to show something returns records; present/ renders them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.backend_neutral("source-code rule; no case")

SRC = Path(__file__).resolve().parents[1] / "src" / "roomsift"
DOOR = SRC / "present"

RENDERERS = ("roomsift.present", "rich.console", "rich.table", "rich.text", "rich.markup", "rich.progress")
PRINTS = {"print", "echo", "secho"}  # print(...), typer.echo(...), click.secho(...)
WRITE_MODES = set("wax+")

# Not output of the door, each for its reason. Keep this short.
PRINTS_ALLOWED = {
    "cli.py": "the entry point: `error: …` lines of expected errors and --version",
    "oversight/verify.py": "the standalone verifier overseers run without roomsift; prints its verdict",
    "devcorpus/__main__.py": "developer tool: reports where it wrote the synthetic corpus",
}
WRITES_FILES = {
    "case/store.py": "the case folder's own metadata (case.json)",
    "oversight/keys.py": "case and user keys in the keyring",
    "oversight/bundle.py": "audit-log bundle: entries are pseudonymised when appended, read by the verifier",
    "oversight/witness.py": "a witness's own countersignature file (hashes and signatures only)",
    "media/hashing.py": "temporary copy of a video for the vPDQ decoder",
    "analysis/language/model.py": "the fitted language model's cache (weights, no case data)",
    "analysis/triage/store.py": "triage results stored in the case folder per case state (read back through the door)",
    "oversight/index_cache.py": "the privacy layer's own identifier index, kept in the case folder per case state (never shown)",
    "media/preview.py": "blurred greyscale previews, written on request and logged (media_preview)",
    "devcorpus/generate.py": "developer tool: writes the synthetic evaluation corpus",
    "demo/build.py": "writes the synthetic demo exports (input, not output)",
    "demo/known_material.py": "writes the synthetic demo hash lists (input, not output)",
    "demo/kakaotalk.py": "writes a synthetic demo export (input, not output)",
    "demo/whatsapp.py": "writes a synthetic demo export (input, not output)",
    "demo/tgwriter.py": "writes a synthetic demo export (input, not output)",
}


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        if DOOR not in path.parents:
            yield path.relative_to(SRC).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _name(node: ast.AST) -> str:
    """Dotted name of a called function: `typer.echo`, `sys.stdout.write`, `print`."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def _opens_for_writing(call: ast.Call) -> bool:
    name = _name(call.func)
    if name.endswith((".write_text", ".write_bytes")):
        return True
    if name in ("open", "os.fdopen", "io.open") or name.endswith(".open"):
        mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
        if name.endswith(".open") and name not in ("io.open", "os.fdopen"):  # Path.open(mode)
            mode = call.args[0] if call.args else mode
        return isinstance(mode, ast.Constant) and isinstance(mode.value, str) and bool(WRITE_MODES & set(mode.value))
    return False


def test_only_present_imports_the_renderer():
    found = []
    for rel, tree in _modules():
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{rel}: imports {n}" for n in names if n.startswith(RENDERERS)]
    assert not found, "modules outside present/ import the renderer (return records instead):\n" + "\n".join(found)


def test_only_present_prints():
    found = []
    for rel, tree in _modules():
        if rel in PRINTS_ALLOWED:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _name(node.func)
                if name.rsplit(".", 1)[-1] in PRINTS or name.startswith(("sys.stdout", "sys.stderr")) or name.endswith("Console"):
                    found.append(f"{rel}:{node.lineno}: {name}(...)")
    assert not found, "modules outside present/ write to the terminal:\n" + "\n".join(found)


def test_only_present_writes_files():
    found = []
    for rel, tree in _modules():
        if rel in WRITES_FILES:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _opens_for_writing(node):
                found.append(f"{rel}:{node.lineno}: {_name(node.func)}(...)")
    assert not found, "modules outside present/ write files (export through present.output.write_file):\n" + "\n".join(found)


def test_the_rule_catches_what_it_forbids():
    """The detectors themselves: a print, an echo, a write and a renderer import are found."""
    tree = ast.parse("import rich.table\nprint('x')\ntyper.echo('x')\nopen(p, 'w')\nPath(p).write_text('x')\nopen(p)\n")
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert [_name(c.func) for c in calls if _name(c.func).rsplit(".", 1)[-1] in PRINTS] == ["print", "typer.echo"]
    assert [_opens_for_writing(c) for c in calls if _name(c.func) in ("open", "Path.write_text") or
            _name(c.func).endswith("write_text")] == [True, True, False]


def test_allowances_are_current():
    """Every allowance names a module that exists (stale entries hide nothing)."""
    for rel in list(PRINTS_ALLOWED) + list(WRITES_FILES):
        assert (SRC / rel).is_file(), f"{rel} is allowed but no longer exists"
