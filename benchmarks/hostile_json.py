"""Hostile JSON: the depth guard's throughput on an ordinary export, and the peak memory of
`roomsift ingest` on deeply nested files (issue 10: a 200 KB file nested 100,000 deep used
24 GB before the guard).

    python3 benchmarks/hostile_json.py              # 200,000 messages; depths 300 / 100,000 / 1,000,000
    ROOMSIFT_SCALE=ci python3 benchmarks/hostile_json.py
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from roomsift.ingest.formats._json_events import DepthGuard

# runs the CLI and prints its own peak RSS (KiB) as the last line of stderr
_MEASURED = ("import resource, runpy, sys\nsys.argv = ['roomsift'] + sys.argv[1:]\ntry:\n"
             "    runpy.run_module('roomsift.cli', run_name='__main__')\nfinally:\n"
             "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
CI = os.environ.get("ROOMSIFT_SCALE", "full") == "ci"


def guard_throughput(n: int) -> None:
    msgs = [{"id": i, "type": "message", "date": "2020-01-01T00:00:00", "from": f"user \"{i % 97}\"", "from_id": f"user{i % 500}",
             "text": ["입장료는 BTC로 ", {"type": "bold", "text": "new batch [uploaded] {tonight}"}, " check the pinned message"]}
            for i in range(n)]
    data = json.dumps({"name": "x", "type": "private_supergroup", "id": 1, "messages": msgs}, ensure_ascii=False, indent=1).encode()
    best = 0.0
    for _ in range(3):
        t = time.perf_counter()
        guard = DepthGuard(io.BytesIO(data), "bench")
        while guard.read(1 << 20):
            pass
        best = max(best, len(data) / (time.perf_counter() - t))
    print(f"depth guard: {len(data) / 1e6:.0f} MB export ({n:,} messages), best of 3: {best / 1e6:.0f} MB/s")


def nested_ingest(depth: int, folder: Path) -> None:
    head = ('{"name":"x","type":"personal_chat","id":1,"messages":[{"id":1,"type":"message",'
            '"date":"2020-01-01T00:00:00","from":"a","from_id":"user1","text":')
    f = folder / f"nested{depth}.json"
    f.write_text(head + '{"a":' * depth + "1" + "}" * depth + "}]}")
    case = folder / f"case{depth}"
    roomsift = [sys.executable, "-c", _MEASURED]
    env = dict(os.environ, ROOMSIFT_KEYRING=str(folder / "keyring"))
    subprocess.run(roomsift + ["case", "new", str(case)], check=True, capture_output=True, env=env)
    t = time.perf_counter()
    proc = subprocess.run(roomsift + ["ingest", str(f), "--case", str(case)], capture_output=True, text=True, env=env)
    *message, peak = proc.stderr.strip().splitlines()
    print(f"nested {depth:>9,} deep ({f.stat().st_size / 1e3:,.0f} KB): exit {proc.returncode} in {time.perf_counter() - t:.1f} s, "
          f"peak RSS of `roomsift ingest` {int(peak) / 1024:.0f} MiB; {' '.join(message)}")


def main() -> None:
    # children first: on Linux a child's peak RSS starts from its parent's at fork time
    with tempfile.TemporaryDirectory() as tmp:
        for depth in ((300, 100_000) if CI else (300, 100_000, 1_000_000)):
            nested_ingest(depth, Path(tmp))
    guard_throughput(20_000 if CI else 200_000)


if __name__ == "__main__":
    main()
