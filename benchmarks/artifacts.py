"""Artifact extraction benchmark (issue 4): messages/s of `roomsift.analysis.artifacts.extract`.

    python benchmarks/artifacts.py                       # 1,000,000 messages, make_export's text mix
    python benchmarks/artifacts.py --messages 200000
    python benchmarks/artifacts.py --case DIR            # also: full `scan` of an ingested case

Texts come from benchmarks/make_export.py's generator (the same mix as the 1,000,000-message
benchmark export: Korean/English chatter, ~3% payment/solicitation lines, file names on
~12% of messages). A second, adversarial mix puts a digit, '@' or link in every message
so the pre-filter cannot skip anything. Target: >= 100,000 messages/s (one core)."""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from make_export import _text  # noqa: E402

from roomsift.analysis.artifacts import extract  # noqa: E402
from roomsift.demo import wallets  # noqa: E402


def export_mix(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for mid in range(n):
        out.append(_text(rng))
        if rng.random() < 0.12:
            out.append(f"clip_{mid}.mp4")  # the file name of a media message is scanned too
    return out


def adversarial_mix(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = [
        "입장료 15만원, 2단계 50만원", "오늘 3시에 올릴게요 ㅋㅋ", "@member_{i} 확인 부탁", "t.me/+Invite{i}Code", "문의 010-0000-{i:04d}",
        "BTC {w} 로 보내주세요", "0.01 BTC sent, proof in DM", "room {i} is open, 20 people joined", "https://example.org/p/{i}",
        "국민 123456-01-{i:06d} 예금주 노을",
    ]
    return [rng.choice(lines).format(i=i % 10000, w=wallets.btc_bech32(str(i % 50))) for i in range(n)]


def run(texts: list[str], messages: int, label: str) -> float:
    t = time.perf_counter()
    found = 0
    for text in texts:
        found += len(extract(text))
    dt = time.perf_counter() - t
    rate = messages / dt
    print(f"{label}: {messages:,} messages ({len(texts):,} texts incl. file names) in {dt:.2f} s = {rate:,.0f} messages/s; {found:,} artifacts")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--case", type=Path, help="An ingested case to scan end to end (reads the DB, writes the artifacts table).")
    args = ap.parse_args()
    rate = run(export_mix(args.messages, args.seed), args.messages, "export mix")
    adv = min(args.messages, 200_000)
    run(adversarial_mix(adv, args.seed), adv, "adversarial mix (every message passes the pre-filter)")
    print(f"target >= 100,000 messages/s: {'met' if rate >= 100_000 else 'MISSED'}")
    from roomsift.analysis.artifacts.evaluation import generate, score

    for seed, split in ((1, "dev"), (2, "held-out")):
        m = score(generate(5000, seed))
        print(f"labelled corpus ({split}, seed {seed}, {m['samples']:,} messages): precision {m['precision']:.4f}, recall {m['recall']:.4f}, "
              f"valid-checksum precision {m['valid_checksum_precision']:.4f} over {m['valid_checksum_reported']:,} valid addresses")
    if args.case:
        from roomsift.analysis.artifacts.scan import scan
        from roomsift.case.store import Case

        case = Case.open(args.case)
        t = time.perf_counter()
        counts = scan(case, force=True)
        dt = time.perf_counter() - t
        print(f"scan of {args.case}: {counts['scanned']:,} messages in {dt:.1f} s = {counts['scanned'] / dt:,.0f} messages/s "
              f"(DB read + extraction + insert of {counts['artifacts']:,} artifacts)")


if __name__ == "__main__":
    main()
