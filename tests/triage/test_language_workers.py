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
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)  # a hang, not a slow shared machine
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().endswith("OK")


SHARED = textwrap.dedent("""
    import sys
    from roomsift.analysis.language import model
    from roomsift.analysis.triage import evidence

    evidence.PARALLEL_MIN_TEXTS, evidence.CHUNK = 10, 7
    texts = ([f"{i}번 자료 올려주세요 빨리요" for i in range(25)] + ["오늘 밤까지 입금 안 하면 학교에 다 뿌린다",
             "send the pics or everyone sees them", "입장료 3만원 계좌로 보내주세요", "ㅋㅋ", "x", "", "좋은 아침이에요"]
             + [f"link t.me/+abc{i} 여기 풀었음" for i in range(12)] + ["입장료 3만원 계좌로 보내주세요"])
    runs = {}
    for workers in (2, 3, 1):
        seen = []
        runs[workers] = evidence.language_signals(texts, workers=workers, progress=seen.append)
        if workers == 2:
            assert model._model is not None, "loaded in the parent (before the worker was forked)"
        if workers > 1:
            assert sum(seen) == len(runs[workers]) and len(seen) == -(-len(runs[workers]) // 7)
    serial = runs[1]
    for workers in (2, 3):
        shared = runs[workers]
        assert list(shared) == list(serial), "the same texts in the same order"
        assert all(shared[t] == serial[t] for t in serial), [t for t in serial if shared[t] != serial[t]]

    real = evidence._detect_chunk
    def broken(chunk):
        if any(t.startswith("link") for t in chunk):
            raise ValueError("broken chunk")
        return real(chunk)
    evidence._detect_chunk = broken
    try:
        evidence.language_signals(texts, workers=2)
    except (RuntimeError, ValueError) as exc:
        print("RAISED", exc)
    print("OK")
""")


def test_parent_and_workers_share_chunks_and_read_as_one_process():
    """The parallel path (the parent reads chunks beside its forked workers) gives every text
    the same reading, in the same order, as one process; a failing chunk raises, never hangs."""
    r = subprocess.run([sys.executable, "-c", SHARED], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "RAISED" in r.stdout and "broken chunk" in r.stdout
    assert r.stdout.strip().endswith("OK")
