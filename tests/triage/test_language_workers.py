"""Large cases read their texts in worker processes (forked). Kiwi, once used in the parent
(identity and victim names use it before the language stage), must not hang the workers:
its worker threads do not survive a fork."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    from roomsift.analysis.language import korean
    from roomsift.analysis.triage import evidence

    korean.kiwi().tokenize(["사진 올려주세요", "보내줘"] * 20)   # the parent's Kiwi, with its threads
    evidence.PARALLEL_MIN_TEXTS, evidence.CHUNK = 10, 20
    texts = [f"{i}번 자료 올려주세요 빨리요" for i in range(60)] + ["오늘 밤까지 입금 안 하면 학교에 다 뿌린다"]
    out = evidence.language_signals(texts, workers=2)
    serial = evidence.language_signals(texts, workers=1)
    assert set(out) == set(serial) == set(texts)
    assert all(out[t].signals.keys() == serial[t].signals.keys() for t in texts)
    print("OK")
""")


def test_worker_processes_finish_after_the_parent_used_kiwi():
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().endswith("OK")
