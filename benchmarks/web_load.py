"""Web load benchmark: concurrent signed-in users browsing the ranked list and person pages.

    python benchmarks/web_load.py --messages 1000000 --workdir /tmp/w   # builds /tmp/w/case-1000000 (make_export + ingest.py)
    python benchmarks/web_load.py --case DIR --users 50 --requests 2000 --seconds 120

Loopback only and bounded: the server is `roomsift serve --case DIR --port P` itself (one
process per core unless --workers says otherwise), listening on 127.0.0.1; the load stops
after --requests requests or --seconds seconds, whichever comes first. Users send their next
request as soon as the last is answered (a closed loop) unless --think gives a pause. Each virtual user signs in once (its own session),
then alternates a random page of the ranked list and a random person page. Prints latency
percentiles and errors; the first request (triage of the case, done once per state of the
case) is timed separately. Target (issue 12): 50 users, 1,000,000 messages, p95 <= 300 ms, no errors."""

from __future__ import annotations

import argparse
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _team(case_dir: Path) -> dict[str, str]:
    """Investigating users with web passwords (made once per benchmark case, kept in its keyring)."""
    from roomsift.case.store import Case
    from roomsift.oversight.users import list_users
    from roomsift.present.commands.web import make_demo_team

    saved = case_dir / "web-load-users.txt"
    if saved.exists():
        return dict(line.split(" ", 1) for line in saved.read_text().splitlines())
    with Case.open(case_dir) as case:
        with case.connect() as conn:
            if list_users(conn):
                sys.exit(f"{case_dir} already has users; give a case without users (the benchmark makes its own)")
        team = {u["user"]: u["password"] for u in make_demo_team(case) if u["role"] in ("investigator", "supervisor")}
    saved.write_text("\n".join(f"{k} {v}" for k, v in team.items()))
    return team


def _cpu(server_pid: int) -> tuple[float, float]:
    """(CPU seconds used so far by the server's processes, by this process): CPU per request
    depends far less on what else the shared machine runs than latency does."""
    import psutil

    def used(p) -> float:
        try:
            t = p.cpu_times()
            return t.user + t.system
        except psutil.Error:  # a worker that exited meanwhile
            return 0.0

    root = psutil.Process(server_pid)
    return sum(used(p) for p in [root, *root.children(recursive=True)]), used(psutil.Process())


def _sign_in(base: str, user: str, password: str):
    import httpx

    client = httpx.Client(base_url=base, follow_redirects=False, timeout=60)
    pre = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)
    r = client.post("/signin", data={"user": user, "password": password, "csrf": pre})
    if r.status_code != 303:
        raise SystemExit(f"sign-in of {user} failed: {r.status_code}")
    return client


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", type=Path, default=None)
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--workers", type=int, default=0, help="server processes (default: one per core, as `roomsift serve`)")
    ap.add_argument("--think", type=float, default=0.0, help="seconds a user pauses between requests (default 0)")
    ap.add_argument("--workdir", type=Path, default=HERE / "out", help="where --messages builds its export and case")
    args = ap.parse_args()
    case_dir = args.case or args.workdir / f"case-{args.messages}"
    if not (case_dir / "case.json").exists():
        export = args.workdir / f"export-{args.messages}"
        print(f"building the benchmark case in {case_dir} (make_export + benchmarks/ingest.py) ...", flush=True)
        subprocess.run([sys.executable, str(HERE / "make_export.py"), "--messages", str(args.messages), "--out", str(export)],
                       check=True)
        subprocess.run([sys.executable, str(HERE / "ingest.py"), "--export", str(export), "--keep-case", str(case_dir)],
                       check=True)
    team = _team(case_dir)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    load_before = os.getloadavg()
    server = subprocess.Popen([sys.executable, "-m", "roomsift.cli", "serve", "--case", str(case_dir), "--port", str(port),
                               "--workers", str(args.workers)], env=os.environ.copy(), stdout=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        names = sorted(team)
        t = time.perf_counter()
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(8) as pool:
            clients = list(pool.map(lambda i: _sign_in(base, names[i % len(names)], team[names[i % len(names)]]),
                                    range(args.users)))
        signin = time.perf_counter() - t
        t = time.perf_counter()
        first = clients[0].get("/api/participants", timeout=3600).json()  # waits for triage
        warm = time.perf_counter() - t
        for c in clients[1:]:  # every server process loads the stored triage result once
            c.get("/api/participants", timeout=3600)
        total, pages = first["total"], max(1, -(-first["total"] // first["page_size"]))
        labels = [p["person"] for p in first["participants"]]
        for page in random.Random(1).sample(range(2, pages + 1), min(10, pages - 1)):
            labels += [p["person"] for p in clients[0].get(f"/api/participants?page={page}").json()["participants"]]
        lat: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        deadline = time.perf_counter() + args.seconds
        budget = [args.requests]

        def user(i: int) -> None:
            rng = random.Random(i)
            client = clients[i]
            while time.perf_counter() < deadline:
                with lock:
                    if budget[0] <= 0:
                        return
                    budget[0] -= 1
                url = (f"/participants?page={rng.randint(1, min(pages, 200))}" if rng.random() < 0.5
                       else f"/person/{rng.choice(labels)}")
                t0 = time.perf_counter()
                try:
                    r = client.get(url)
                    ok = r.status_code == 200
                    why = f"{url}: {r.status_code}"
                except Exception as exc:  # a timeout or reset is an error, counted
                    ok, why = False, f"{url}: {exc}"
                with lock:
                    lat.append(time.perf_counter() - t0)
                    if not ok:
                        errors.append(why)
                if args.think:
                    time.sleep(args.think)

        threads = [threading.Thread(target=user, args=(i,)) for i in range(args.users)]
        cpu_before = _cpu(server.pid)
        t = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t
        cpu_after = _cpu(server.pid)
        load_after = os.getloadavg()
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:  # a request still running (e.g. triage): stop it anyway
            server.kill()
            server.wait(30)
    lat.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")

    from roomsift.case.store import Case

    with Case.open(case_dir) as case, case.connect() as conn:
        from sqlalchemy import func, select

        from roomsift.case import schema

        messages = conn.execute(select(func.count()).select_from(schema.messages)).scalar_one()
    print(f"case              : {case_dir} ({messages:,} messages, {total:,} ranked participants)")
    print(f"users             : {args.users} signed-in sessions ({signin:.1f} s to sign in: Argon2id per sign-in)")
    print(f"first request     : {warm:.1f} s (triage of the case, once per state of the case)")
    print(f"requests          : {len(lat):,} in {wall:.1f} s = {len(lat) / wall:.1f} req/s (half ranked-list pages, half person pages)")
    print(f"latency ms        : p50 {pct(0.50):.0f}  p95 {pct(0.95):.0f}  p99 {pct(0.99):.0f}  max {pct(1.0):.0f}  (target p95 <= 300)")
    server_cpu, client_cpu = (cpu_after[0] - cpu_before[0]), (cpu_after[1] - cpu_before[1])
    print(f"CPU per request   : server {1000 * server_cpu / max(1, len(lat)):.1f} ms (all server processes), "
          f"this load generator {1000 * client_cpu / max(1, len(lat)):.1f} ms; server busy {server_cpu / wall:.2f} cores")
    print(f"errors            : {len(errors)}" + (f" e.g. {errors[:3]}" if errors else ""))
    print(f"server            : roomsift serve, {args.workers or os.cpu_count()} process(es); think time {args.think} s; "
          f"load average before {load_before[0]:.1f}, after {load_after[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
