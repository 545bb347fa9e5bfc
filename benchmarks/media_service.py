"""Match-service latency at a sustained request rate from a local load generator on
loopback (127.0.0.1 only), bounded in time; and memory across hash-set reloads.

Starts `roomsift serve-matcher` on a temporary case holding --known random PDQ hashes plus
the hashes of the test images, then sends an open-loop stream at --rate requests/s for
--seconds per scenario (latency counts from each request's scheduled time, so queueing is
included): PDQ hash queries, then 1024x768 JPEG uploads (full, then draft decoding).

  python3 benchmarks/media_service.py [--known 1000000] [--rate 100] [--seconds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

from roomsift.case.store import Case
from roomsift.demo.images import abstract_image
from roomsift.media.hashset_store import import_hashset
from roomsift.media.signals.pdq import PDQ


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def load(url: str, make, rate: float, seconds: float) -> tuple[list[float], int]:
    lat, errors = [], 0
    n = int(rate * seconds)
    async with httpx.AsyncClient(timeout=10.0, limits=httpx.Limits(max_connections=32)) as client:
        t0 = time.perf_counter()

        async def one(i: int) -> None:
            nonlocal errors
            at = t0 + i / rate
            await asyncio.sleep(max(0.0, at - time.perf_counter()))
            try:
                r = await make(client, i)
                if r.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            lat.append(time.perf_counter() - at)

        await asyncio.gather(*(one(i) for i in range(n)))
    return lat, errors


def report(name: str, lat: list[float], errors: int, seconds: float, cpu: float) -> None:
    """cpu: the server's CPU seconds for the scenario — per request, it tells the rate one
    dedicated core sustains, whatever else the machine is running."""
    a = np.array(lat) * 1000
    per = 1000 * cpu / max(1, len(a))
    print(f"{name:34s}: {len(a)} requests in {seconds:.0f} s  p50 {np.percentile(a, 50):7.1f} ms  "
          f"p99 {np.percentile(a, 99):7.1f} ms  max {a.max():7.1f} ms  errors {errors}  "
          f"server CPU {per:5.1f} ms/request (= {1000 / max(per, 1e-9):,.0f} req/s per core)")


def cpu_seconds(pid: int) -> float:
    """The service's CPU seconds, its upload workers' included."""
    import psutil

    proc = psutil.Process(pid)
    total = 0.0
    for p in [proc] + proc.children(recursive=True):
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--known", type=int, default=1_000_000)
    ap.add_argument("--rate", type=float, default=100)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--reloads", type=int, default=5)
    ap.add_argument("--image-rates", default="100,20", help="upload rates to try (requests/s)")
    ap.add_argument("--workers", type=int, default=None, help="upload worker processes (default: one per core)")
    ap.add_argument("--closed", type=int, default=20,
                    help="uploads sent one at a time first: CPU per upload with nothing queued or timed out")
    args = ap.parse_args()
    import psutil

    print(f"cores: {psutil.cpu_count()}  load average at start: {psutil.getloadavg()}")
    work = Path(tempfile.mkdtemp(prefix="roomsift-svc-bench-"))
    case = Case.create(work / "case")
    images = []
    for s in range(40):
        buf = io.BytesIO()
        abstract_image(60_000 + s, (1024, 768)).save(buf, "JPEG", quality=85)
        images.append(buf.getvalue())
    listed = [PDQ.hash_array(np.asarray(abstract_image(60_000 + s, (1024, 768)))).hex for s in range(20)]
    rng = np.random.default_rng(7)
    lst = work / "known.txt"
    with open(lst, "w") as fh:
        fh.write("\n".join(listed) + "\n")
        for start in range(0, args.known, 100_000):
            block = rng.integers(0, 256, (min(100_000, args.known - start), 32), dtype=np.uint8)
            fh.write("\n".join(bytes(r).hex() for r in block) + "\n")
    t = time.perf_counter()
    import_hashset(case, lst, "bench", version="1")
    print(f"imported {args.known + len(listed):,} PDQ hashes in {time.perf_counter() - t:.0f} s")
    queries = [PDQ.hash_array(np.asarray(abstract_image(60_000 + s, (1024, 768)))).hex for s in range(40)]

    for draft in (False, True):
        port = free_port()
        cmd = [sys.executable, "-m", "roomsift.cli", "serve-matcher", "--case", str(case.path), "--hashset", "bench",
               "--host", "127.0.0.1", "--port", str(port)] + (["--draft"] if draft else []) + \
            ([] if args.workers is None else ["--workers", str(args.workers)])
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            t = time.perf_counter()
            while True:
                try:
                    h = httpx.get(base + "/health", timeout=1).json()
                    break
                except httpx.HTTPError:
                    if proc.poll() is not None or time.perf_counter() - t > 300:
                        raise SystemExit("service did not start: " + proc.stderr.read().decode()[-500:])
                    time.sleep(0.5)
            print(f"\nservice up in {time.perf_counter() - t:.0f} s: {h['pdq_indexed']:,} hashes, index {h['index']}, "
                  f"decode {h['decode']}, upload workers {h.get('workers', 'none (one process)')}")
            for i in range(10):  # warm-up, not measured
                httpx.post(base + "/match/pdq", json={"hash": queries[i]}, timeout=120)
                httpx.post(base + "/match/image", content=images[i], timeout=120)
            if not draft:
                c0 = cpu_seconds(proc.pid)
                lat, err = asyncio.run(load(base, lambda c, i: c.post(base + "/match/pdq", json={"hash": queries[i % 40]}),
                                            args.rate, args.seconds))
                report(f"PDQ hash queries @ {args.rate:.0f}/s", lat, err, args.seconds, cpu_seconds(proc.pid) - c0)
            if args.closed:
                c0 = cpu_seconds(proc.pid)
                t = time.perf_counter()
                for i in range(args.closed):
                    httpx.post(base + "/match/image", content=images[i % 40], timeout=600).raise_for_status()
                per = (cpu_seconds(proc.pid) - c0) / args.closed
                print(f"{'uploads one at a time (' + ('draft' if draft else 'full') + ')':34s}: {args.closed} uploads "
                      f"(half listed), {1000 * (time.perf_counter() - t) / args.closed:7.1f} ms each, server CPU "
                      f"{1000 * per:5.1f} ms/upload (= {1 / per:,.0f} uploads/s per core)")
            for rate in (float(x) for x in args.image_rates.split(",") if x):
                c0 = cpu_seconds(proc.pid)
                lat, err = asyncio.run(load(base, lambda c, i: c.post(base + "/match/image", content=images[i % 40],
                                                                       headers={"content-type": "image/jpeg"}),
                                            rate, args.seconds))
                report(f"image uploads @ {rate:.0f}/s ({'draft' if draft else 'full'})", lat, err, args.seconds,
                       cpu_seconds(proc.pid) - c0)
            if not draft and args.reloads:
                rss = lambda: int(next(l for l in httpx.get(base + "/metrics").text.splitlines() if "resident_bytes" in l).split()[1])
                httpx.post(base + "/reload", timeout=600)
                r0 = rss()
                for _ in range(args.reloads):
                    httpx.post(base + "/reload", timeout=600)
                print(f"resident memory across {args.reloads} reloads: {r0 / 2**20:.0f} MiB -> {rss() / 2**20:.0f} MiB")
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"load average at end: {psutil.getloadavg()}")


if __name__ == "__main__":
    main()
