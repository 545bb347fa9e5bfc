"""The match service's resident memory while hostile uploads run (issue 10): loopback only,
bounded in count and time.

Starts `roomsift serve-matcher` (default limits: 20 MiB bodies, 16 Mpx, 2 decodes at once)
on a temporary case with --known random PDQ hashes, samples its RSS every 50 ms, and sends
in waves of --concurrency parallel requests:
  1. 100 MB JSON bodies, streamed without Content-Length (must be 413, not read);
  2. a 47 KB 7000 x 7000 PNG (must be 422 from its header, not decoded);
  3. 4000 x 4000 noise PNGs (16 Mpx, the largest allowed: decoded; 200 or 503);
  4. ordinary 1024 x 768 JPEGs, to show the service still answers.
Prints per wave the status codes and the peak RSS; the stated cap is checked at the end.

  python3 benchmarks/media_service_hostile.py [--known 100000] [--concurrency 6] [--waves 3] [--cap-mib 1024]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import numpy as np
import psutil
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))
from media_service import free_port  # noqa: E402

from roomsift.case.store import Case  # noqa: E402
from roomsift.demo.images import abstract_image  # noqa: E402
from roomsift.media.hashset_store import import_hashset  # noqa: E402


class RssSampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.proc, self.peak, self.running = psutil.Process(pid), 0, True

    def run(self):
        while self.running:
            try:
                self.peak = max(self.peak, self.proc.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.05)

    def take_peak(self) -> int:
        p, self.peak = self.peak, self.proc.memory_info().rss
        return p


def png(arr_or_size) -> bytes:
    buf = io.BytesIO()
    im = Image.new("L", arr_or_size) if isinstance(arr_or_size, tuple) else Image.fromarray(arr_or_size)
    im.save(buf, "PNG", optimize=isinstance(arr_or_size, tuple))
    return buf.getvalue()


async def wave(base: str, kind: str, body, n: int) -> Counter:
    async with httpx.AsyncClient(timeout=120) as client:
        async def one(i: int) -> str:
            try:
                if kind == "json":
                    async def stream():
                        for _ in range(100):
                            yield b" " * (1 << 20)
                    r = await client.post(base + "/match/pdq", content=stream(), headers={"content-type": "application/json"})
                else:
                    r = await client.post(base + "/match/image", content=body, headers={"content-type": "image/png"})
                return str(r.status_code)
            except httpx.HTTPError as exc:  # the server may close a refused upload's connection early
                return type(exc).__name__
        return Counter(await asyncio.gather(*(one(i) for i in range(n))))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--known", type=int, default=100_000)
    ap.add_argument("--concurrency", type=int, default=6)
    ap.add_argument("--waves", type=int, default=3)
    ap.add_argument("--cap-mib", type=int, default=1024, help="stated resident-memory cap to check")
    args = ap.parse_args()
    print(f"cores: {psutil.cpu_count()}  load average at start: {psutil.getloadavg()}")
    work = Path(tempfile.mkdtemp(prefix="roomsift-hostile-"))
    case = Case.create(work / "case")
    rng = np.random.default_rng(10)
    lst = work / "known.txt"
    lst.write_text("\n".join(bytes(r).hex() for r in rng.integers(0, 256, (args.known, 32), dtype=np.uint8)) + "\n")
    import_hashset(case, lst, "bench", version="1")
    bomb = png((7000, 7000))
    big = png(rng.integers(0, 256, (4000, 4000), dtype=np.uint8))
    buf = io.BytesIO()
    abstract_image(5, (1024, 768)).save(buf, "JPEG", quality=85)
    normal = buf.getvalue()
    print(f"payloads: 100 MB streamed JSON; 7000x7000 PNG of {len(bomb) / 1024:.0f} KB; "
          f"4000x4000 noise PNG of {len(big) / 2**20:.1f} MB; 1024x768 JPEG of {len(normal) / 1024:.0f} KB")

    port = free_port()
    cmd = [sys.executable, "-m", "roomsift.cli", "serve-matcher", "--case", str(case.path), "--hashset", "bench",
           "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        t = time.perf_counter()
        while True:
            try:
                h = httpx.get(base + "/health", timeout=1).json()
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.perf_counter() - t > 120:
                    raise SystemExit("service did not start: " + proc.stderr.read().decode()[-500:])
                time.sleep(0.5)
        print(f"service: {h['pdq_indexed']:,} hashes, limits {h['limits']}")
        sampler = RssSampler(proc.pid)
        sampler.start()
        asyncio.run(wave(base, "image", normal, 2))
        print(f"idle after warm-up: RSS {sampler.take_peak() / 2**20:.0f} MiB\n")
        peaks = []
        t0 = time.perf_counter()
        for w in range(args.waves):
            for name, kind, body in (("100 MB JSON, streamed", "json", None), ("7000x7000 PNG (47 KB)", "image", bomb),
                                     ("4000x4000 noise PNG", "image", big), ("1024x768 JPEG", "image", normal)):
                ts = time.perf_counter()
                codes = asyncio.run(wave(base, kind, body, args.concurrency))
                peak = sampler.take_peak()
                peaks.append(peak)
                print(f"wave {w + 1}  {name:24s} x{args.concurrency}: {dict(sorted(codes.items()))}  "
                      f"{time.perf_counter() - ts:5.1f} s  peak RSS {peak / 2**20:6.0f} MiB")
        sampler.running = False
        top = max(peaks) / 2**20
        print(f"\n{args.waves * 4 * args.concurrency} hostile/ordinary requests in {time.perf_counter() - t0:.0f} s; "
              f"peak RSS {top:.0f} MiB vs stated cap {args.cap_mib} MiB: {'within' if top <= args.cap_mib else 'OVER'}; "
              f"server still answering: {httpx.get(base + '/health').status_code == 200}")
        err = proc.stderr.read1(100_000).decode() if proc.poll() is not None else ""
        if err:
            print(err[-1000:])
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"load average at end: {psutil.getloadavg()}")


if __name__ == "__main__":
    main()
