"""python3 -m roomsift.devcorpus OUT [--seed N] [--split dev|heldout|all] [--rings N] [--ingest]"""

from __future__ import annotations

import argparse
from pathlib import Path

from roomsift.devcorpus.generate import generate


def main() -> None:
    ap = argparse.ArgumentParser(prog="python3 -m roomsift.devcorpus", description="Write the labelled triage development corpus.")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="heldout")
    ap.add_argument("--rings", type=int, default=6)
    ap.add_argument("--ingest", action="store_true", help="Also create OUT/case and ingest every export.")
    args = ap.parse_args()
    truth = generate(args.out, args.seed, None if args.split == "all" else args.split, args.rings)
    print(f"{len(truth['participants'])} labelled participants, {len(truth['potential_victims'])} victims, "
          f"{len(truth['benign_chats'])} benign rooms → {args.out}")
    if args.ingest:
        from roomsift.case.store import Case
        from roomsift.ingest.core import ingest

        case = Case.create(args.out / "case", name=f"triage dev corpus seed {args.seed} ({args.split})")
        for folder in sorted((args.out / "exports").iterdir()):
            ingest(case, folder, progress=False)
        print(f"case: {args.out / 'case'}")


if __name__ == "__main__":
    main()
