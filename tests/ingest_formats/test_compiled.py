"""The compiled ingest path (roomsift.ingest._speedups, issue 13) stores exactly what the
pure-Python path stores.

Both paths ingest the same exports — the real public samples and generated exports of every
text layout and of Telegram, followed by overlapping and edited copies (the known- and
edited-message paths) — through benchmarks/ingest_dump.py in child processes, one of them
with ROOMSIFT_PURE_PYTHON=1, and every stored row of every ingest table is compared. The
compiled helpers are also checked against the functions they replace (BLAKE2b against
hashlib, MessageIds, the WhatsApp header reader against the regexes)."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import roomsift
from roomsift.ingest import compiled
from tests.conftest import SAMPLES

pytestmark = pytest.mark.backend_neutral("compares two code paths on SQLite case files of their own")

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
needs_compiled = pytest.mark.skipif(compiled.speedups is None, reason=f"extension not in use: {compiled.describe()}")


def test_the_extension_is_built_where_required():
    """CI (.ci/run) sets ROOMSIFT_REQUIRE_COMPILED=1: an install that silently skipped the
    build (setup.py marks the extension optional) fails here instead of passing on the
    pure-Python path alone."""
    if os.environ.get("ROOMSIFT_REQUIRE_COMPILED") != "1" or os.environ.get(compiled.PURE_ENV):
        pytest.skip("ROOMSIFT_REQUIRE_COMPILED is not set")
    assert compiled.speedups is not None, compiled.describe()


def test_pure_python_is_forced_by_the_environment():
    env = dict(os.environ, **{compiled.PURE_ENV: "1"}, PYTHONPATH=str(Path(roomsift.__file__).parents[1]))
    out = subprocess.run([sys.executable, "-m", "roomsift.cli", "--version"], env=env, capture_output=True, text=True, check=True).stdout
    assert "ingest: pure Python (ROOMSIFT_PURE_PYTHON is set)" in out


@needs_compiled
def test_blake2b_matches_hashlib():
    fast = compiled.speedups
    rng = random.Random(5)
    for n in [0, 1, 7, 8, 100, 127, 128, 129, 255, 256, 257, 1000, 5000]:
        data = bytes(rng.randrange(256) for _ in range(n))
        assert fast.blake2b_hex16(data) == hashlib.blake2b(data, digest_size=16).hexdigest()
        expected = int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big") & ((1 << 63) - 1) or 1
        assert fast.blake2b_id(data) == expected
    assert fast.text_hash("사진 ok") == hashlib.blake2b("사진 ok".encode(), digest_size=16).hexdigest()
    with pytest.raises(UnicodeEncodeError):
        fast.text_hash("\ud800")  # as str.encode() refuses a lone surrogate


@needs_compiled
def test_message_ids_match_the_pure_ones():
    from roomsift.ingest.formats._text import MessageIds

    pure, fast = MessageIds("kakaotalk"), compiled.speedups.MessageIds("kakaotalk")
    days = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05", "2024-03-01"]  # the last one was dropped
    for i in range(600):
        args = (f"{days[i // 100]}T10:{i % 3:02d}", f"m{i % 4}", ["hi", "ok", "\ud83d"][i % 3], i)
        assert fast.next(*args) == pure.next(*args)
    assert fast.dropped == pure.dropped and fast.latest == pure.latest


WHATSAPP_LINES = [
    "12/03/2024, 14:05 - member001: hello", "3/1/24, 9:07\u202fPM - Ann: hi", "[3/1/24, 12:00:31\u202fAM] member: text",
    "[2020. 2. 17. 오후 3:04:05] 민수: 안녕", "17.02.20, 15:04 - Иван: привет", "1/2/2565 BE, 10:11 - A: b",
    "2024-03-12, 14:05 - x: y", "12/03/2024 14:05 - x: y", "12/03/2024, 14:05:07 - x: y", "12/03/2024, 14:05 - \u200ex: y",
    "12/03/2024, 2:05 p.m. - x: y", "12/03/2024, 2:05 P M - x: y", "12/03/2024, 2:05 am. - x: y", "12/03/2024, 14:05. - x",
    "12/03/2024, 14:05 – x: y", "12/03/2024, 14:051 - x", "12/03/20245, 14:05 - x", "123/03/2024, 14:05 - x",
    "\u200e[1/2/24, 10:00] x: y", "[1/2/24, 10:00]x: y", "1/2/24, 10:00 -x", "12/03/2024, 14:05:0 - x", "12/03/2024, 14.05 - x",
    "٢/٣/٢٤, ١٠:٠٠ - x: y", "1/2/R4, 10:00 - x", "", "plain text line", "12/03/2024, 14:05 - ", "1/2/24، 10:00 - x",
]


@needs_compiled
def test_whatsapp_header_reader_agrees_with_the_regexes():
    from roomsift.ingest.formats._whatsapp_text import match_header

    answered = 0
    for line in WHATSAPP_LINES:
        fast = compiled.speedups.whatsapp_header(line)
        if fast is None:
            continue  # left to the regexes
        answered += 1
        header = match_header(line)
        assert header is not None, line
        layout, m = header
        assert fast == ((layout, *m.group("a", "sep", "b", "c", "be", "ap1", "h", "mi", "s", "ap2")), m.group("rest")), line
    assert answered >= 12


def _exports(tmp: Path) -> list[list[str]]:
    """Groups of exports, each group ingested in order into one case."""
    sys.path.insert(0, str(BENCH))
    try:
        from make_export import generate as telegram_export
        from make_text_exports import FORMATS, generate as text_export
    finally:
        sys.path.remove(str(BENCH))
    groups = [
        sorted(str(p) for p in (SAMPLES / "telegram").glob("*.json")),
        sorted(str(p) for p in (SAMPLES / "kakaotalk").iterdir()),
        sorted(str(p) for p in (SAMPLES / "whatsapp").glob("*.txt")),
    ]
    for fmt in sorted(FORMATS):
        path, _n = text_export(fmt, tmp / fmt, 4000)
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        # a later, overlapping export with some lines changed: known and edited messages
        later = tmp / "later" / fmt / path.name  # the same folder name: WhatsApp iOS titles a chat by it
        later.parent.mkdir(parents=True)
        changed = [ln.replace("확인했어요", "확인했어요!").replace("thanks", "thanks!") if i % 7 == 0 else ln for i, ln in enumerate(lines)]
        header = 2 if fmt in ("kakaotalk-android", "kakaotalk-windows") else 1 if fmt == "kakaotalk-mac" else 0
        tail = [] if fmt == "kakaotalk-mac" else ["a continuation line\n"]
        later.write_text("".join(changed[:header] + changed[header + 1500:] + tail), encoding="utf-8")
        groups.append([str(path), str(later)])
    telegram_export(tmp / "telegram", 3000, senders=300, style="realistic")
    groups.append([str(tmp / "telegram")])
    return groups


def test_compiled_and_pure_python_store_identical_rows(tmp_path):
    """Every stored row of every ingest table, compiled vs pure Python, on real samples and
    generated exports (each group into a fresh case). Without the extension both runs take
    the pure path and the test only checks that the dump is deterministic."""
    tree = str(Path(roomsift.__file__).parents[1])
    for i, group in enumerate(_exports(tmp_path / "exports")):
        dumps = {}
        for label, pure in (("compiled", "0"), ("pure", "1")):
            out = tmp_path / f"{i}-{label}.dump"
            env = dict(os.environ, PYTHONPATH=tree, **{compiled.PURE_ENV: pure})
            subprocess.run([sys.executable, str(BENCH / "ingest_dump.py"), str(out), *group], env=env, check=True,
                           capture_output=True, text=True)
            dumps[label] = out.read_text(encoding="utf-8").splitlines()
        compiled_rows, pure_rows = dumps["compiled"], dumps["pure"]
        assert len(compiled_rows) > 20, group
        assert '"error"' not in compiled_rows[0], compiled_rows[0]
        for a, b in zip(compiled_rows, pure_rows):
            assert a == b, f"{group}: first difference"
        assert len(compiled_rows) == len(pure_rows), group
    shutil.rmtree(tmp_path / "exports", ignore_errors=True)


def test_ingest_leaves_the_garbage_collector_as_it_found_it(tmp_path, case):
    """core._quiet_gc throttles and freezes the collector only while an ingest runs."""
    import gc

    from roomsift.ingest.core import ingest

    export = tmp_path / "KakaoTalkChats.txt"
    export.write_text("작전방 님과 카카오톡 대화\n저장한 날짜 : 2024년 6월 1일 오후 12:00\n"
                      "2024년 3월 1일 오후 1:02, member001 : 확인했어요\n", encoding="utf-8")
    before = gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()
    seen = []
    ingest(case, export, progress=lambda done, total: seen.append((gc.get_threshold()[0], gc.get_freeze_count())))
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
    assert seen and all(threshold >= 50_000 for threshold, _frozen in seen)
