"""National-scale case built end to end on this machine, stage by stage, plus the Dask path
on 1 vs 2 local workers (issue 13).

    nice -n 10 .venv/bin/python benchmarks/scale.py --work /work/scratch/cluster \\
        --messages 10000000 --accounts 260000 --images 100000

A synthetic case (content rule: abstract generated images, non-graphic euphemistic text) of
`--messages` messages from `--accounts` accounts in `--rooms` Telegram rooms (one export per
room, as seized devices come in), `--images` of them carrying a distinct abstract JPEG. Then
the real CLI runs each stage in its own process: ingest → media hash → hash-list import and
match (planted: 1 image in 100 is on the list, among random hashes) → triage → identity →
report. For each stage: wall time, peak RSS of its largest process, case size on disk.

`--dask` then times the distributed stages on Dask LocalClusters of 1 and 2 workers on the
same case (media hash and triage: results cleared between runs; ingest: a WhatsApp folder
export of `--dask-chats` chat files into fresh cases), and from T1 and T2 fits the
serial + parallel model T(W) = S + P/W used in benchmarks/RESULTS.md. Cluster start-up is
inside the timings (it is part of what a user waits for).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_export import _realistic_text  # noqa: E402
from make_text_exports import generate as text_export  # noqa: E402

from roomsift.demo.images import save_abstract_jpeg  # noqa: E402
from roomsift.demo.tgwriter import TelegramChatWriter  # noqa: E402

ROOMSIFT = str(Path(sys.executable).with_name("roomsift"))
PLANT_EVERY = 100  # one image in this many is on the hash list
DISTRACTORS = 10_000  # random PDQ hashes on the list beside the planted ones


def generate(out: Path, messages: int, accounts: int, images: int, rooms: int, seed: int = 13) -> list[Path]:
    """One Telegram export per room; returns the export folders and writes the hash list."""
    from roomsift.media.decode import decode_rgb
    from roomsift.media.signals.pdq import PDQ

    rng = random.Random(seed)
    people = [(f"member{i}", f"user{7_000_000 + i}") for i in range(accounts)]
    pool = max(2, accounts * 3 // (2 * rooms))  # each room's regulars; neighbouring rooms overlap
    exports, listed = [], []
    clock = 1640995200  # 2022-01-01
    image_no = 0
    for r in range(rooms):
        folder = out / f"room{r:03d}"
        n = messages // rooms + (1 if r < messages % rooms else 0)
        n_img = images // rooms + (1 if r < images % rooms else 0)
        photo_at = set(rng.sample(range(1, n + 1), min(n_img, n)))
        start = (r * accounts) // rooms
        with TelegramChatWriter(folder, f"Room {r}", "private_supergroup", 1_800_000_000 + r) as w:
            for mid in range(1, n + 1):
                clock += rng.randint(1, 20)
                who = people[(start + int(rng.paretovariate(1.1)) * 7 + rng.randrange(pool)) % accounts]
                if mid not in photo_at and rng.random() < 0.03:
                    w.service(mid, clock, who, "join_group_by_link", inviter=people[start][0])
                    continue
                extra = {}
                if mid in photo_at:
                    image_no += 1
                    rel = f"photos/photo_{mid}.jpg"
                    path = save_abstract_jpeg(folder / rel, 900_000 + image_no, size=(128, 96), quality=80)
                    extra = {"photo": rel, "width": 128, "height": 96}
                    if image_no % PLANT_EVERY == 0:
                        listed.append(PDQ.hash_array(decode_rgb(path.read_bytes())).hex)
                w.message(mid, clock, who, _realistic_text(rng), **extra)
        exports.append(folder)
    listed += [f"{rng.getrandbits(256):064x}" for _ in range(DISTRACTORS)]
    (out / "hashlist.pdq").write_text("\n".join(listed) + "\n")
    (out / "planted.json").write_text(json.dumps({"planted": image_no // PLANT_EVERY}))
    return exports


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def run(args: list, out: Path | None = None) -> tuple[float, int, str]:
    """(seconds, peak RSS in bytes of the command's largest process, stdout). wait4 gives the
    rusage of this command alone (its worker processes included), not of earlier ones."""
    import tempfile

    t = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err, (open(out, "w+") if out else tempfile.TemporaryFile("w+")) as sink:
        proc = subprocess.Popen([ROOMSIFT, *map(str, args)], stdout=sink, stderr=err, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - t
        if proc.returncode:
            err.seek(0)
            raise SystemExit(f"roomsift {' '.join(map(str, args))} failed ({proc.returncode}):\n{err.read()[-3000:]}")
        stdout = ""
        if out is None:
            sink.seek(0)
            stdout = sink.read()
    return seconds, usage.ru_maxrss * 1024, stdout


def report(stage: str, seconds: float, rss: int, case: Path, note: str = "") -> dict:
    row = {"stage": stage, "seconds": round(seconds, 1), "peak_rss_mb": round(rss / 2**20), "case_mb": round(du(case) / 2**20), "note": note}
    print(f"{stage:<28} {seconds:9.1f} s  peak RSS {row['peak_rss_mb']:6,} MB  case {row['case_mb']:7,} MB  {note}", flush=True)
    return row


def clear_hashes(case: Path) -> None:
    db = sqlite3.connect(case / "case.db")
    db.execute("DELETE FROM media_hashes")
    db.commit()
    db.close()


def amdahl(t1: float, t2: float) -> dict:
    """T(W) = S + P/W from T(1) and T(2)."""
    p = max(0.0, 2 * (t1 - t2))
    return {"t1": round(t1, 1), "t2": round(t2, 1), "speedup": round(t1 / t2, 2), "serial_s": round(t1 - p, 1), "parallel_s": round(p, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/work/scratch/cluster"))
    ap.add_argument("--messages", type=int, default=10_000_000)
    ap.add_argument("--accounts", type=int, default=260_000)
    ap.add_argument("--images", type=int, default=100_000)
    ap.add_argument("--rooms", type=int, default=0, help="Rooms (exports); default one per 250,000 messages, at least 4.")
    ap.add_argument("--dask", action="store_true", help="Also time the distributed stages on 1 and 2 local workers.")
    ap.add_argument("--dask-chats", type=int, default=8, help="Chat files of the WhatsApp export ingested on Dask.")
    ap.add_argument("--keep", action="store_true", help="Keep the generated data (default: delete it at the end).")
    a = ap.parse_args()
    rooms = a.rooms or max(4, a.messages // 250_000)
    work = a.work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ.setdefault("ROOMSIFT_USER", "benchmark")
    os.environ.setdefault("ROOMSIFT_KEYRING", str(work / "keyring"))
    print(f"scale: {a.messages:,} messages, {a.accounts:,} accounts, {a.images:,} images in {rooms} rooms; "
          f"{os.cpu_count()} cores; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    rows = []
    try:
        t = time.perf_counter()
        exports = generate(work / "exports", a.messages, a.accounts, a.images, rooms)
        print(f"{'generate (not a stage)':<28} {time.perf_counter() - t:9.1f} s  exports {du(work / 'exports') / 2**20:,.0f} MB", flush=True)
        case = work / "case"
        run(["case", "new", case])
        total, rss = 0.0, 0
        for export in exports:
            s, r, _ = run(["ingest", export, "--case", case])
            total, rss = total + s, max(rss, r)
        rows.append(report(f"ingest ({rooms} exports)", total, rss, case, f"{a.messages / total:,.0f} msg/s"))
        s, rss, _ = run(["media", "hash", "--case", case])
        rows.append(report("media hash", s, rss, case, f"{a.images / s:,.0f} img/s"))
        dask: dict = {}
        if a.dask:
            for w in (1, 2):
                clear_hashes(case)
                dask[f"hash{w}"] = run(["media", "hash", "--case", case, "--cluster", f"local:{w}"])[0]
                print(f"  media hash on Dask, {w} worker(s): {dask[f'hash{w}']:.1f} s", flush=True)
        s1, _, _ = run(["hashset", "import", work / "exports" / "hashlist.pdq", "--name", "planted", "--case", case])
        s2, rss, out = run(["media", "match", "--case", case])
        planted = json.loads((work / "exports" / "planted.json").read_text())["planted"]
        rows.append(report("hash list import + match", s1 + s2, rss, case, f"{out.strip()} (planted {planted})"))
        s, rss, _ = run(["triage", "--case", case, "--format", "json"], out=work / "triage.json")
        rows.append(report("triage", s, rss, case, f"{a.messages / s:,.0f} msg/s"))
        if a.dask:
            for w in (1, 2):
                shutil.rmtree(case / "derived", ignore_errors=True)
                dask[f"triage{w}"] = run(["triage", "--case", case, "--format", "json", "--cluster", f"local:{w}"], out=work / f"triage-{w}.json")[0]
                same = (work / f"triage-{w}.json").read_bytes() == (work / "triage.json").read_bytes()
                print(f"  triage on Dask, {w} worker(s): {dask[f'triage{w}']:.1f} s (output identical: {same})", flush=True)
        s, rss, _ = run(["persons", "--case", case, "--format", "json"], out=work / "persons.json")
        rows.append(report("identity (persons)", s, rss, case))
        s, rss, _ = run(["report", "--case", case, "--out", work / "report.html", "--top", "50"])
        rows.append(report("report (HTML)", s, rss, case))
        if a.dask:
            chats = work / "wa"
            lines = max(1000, a.messages // 10 // a.dask_chats)
            for i in range(a.dask_chats):
                path, _n = text_export("whatsapp-android", chats / f"c{i}", lines, seed=100 + i)
                path.rename(chats / f"WhatsApp Chat with Group {i}.txt")
                shutil.rmtree(chats / f"c{i}")
            for w in (0, 1, 2):
                c = work / f"wa-case-{w}"
                run(["case", "new", c])
                extra = ["--cluster", f"local:{w}"] if w else []
                dask[f"ingest{w}"] = run(["ingest", chats, "--case", c, *extra])[0]
                print(f"  ingest of {a.dask_chats} WhatsApp chats ({a.dask_chats * lines:,} lines), "
                      f"{'single process' if not w else f'Dask {w} worker(s)'}: {dask[f'ingest{w}']:.1f} s", flush=True)
            model = {stage: amdahl(dask[f"{stage}1"], dask[f"{stage}2"]) for stage in ("ingest", "hash", "triage")}
            print("Dask model T(W) = S + P/W:", json.dumps(model), flush=True)
        print(json.dumps({"rows": rows, "dask": dask, "load": os.getloadavg()}), flush=True)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
