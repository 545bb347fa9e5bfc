"""Triage quality on a labelled corpus folder: builds a case from every ChatExport_* folder in
it, runs triage, and prints the figures of `roomsift eval` against the folder's truth.json.

    python benchmarks/triage_eval.py ../shared/corpora/external-dev-1
    python benchmarks/triage_eval.py CORPUS --case DIR     # keep/reuse the built case in DIR
    python benchmarks/triage_eval.py CORPUS --json         # the whole report as JSON

The truth schema is the one in ../shared/corpora/external-dev-1/README.md. Triage runs as
`roomsift triage` does (artifacts and identity first), so the figures equal `roomsift eval`'s."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def build_case(corpus: Path, case_dir: Path):
    from roomsift.case.store import Case
    from roomsift.ingest.core import ingest

    if (case_dir / "case.json").exists():
        return Case.open(case_dir)
    case = Case.create(case_dir)
    folders = sorted(p for p in corpus.iterdir() if p.is_dir() and p.name.startswith("ChatExport"))
    if not folders:
        sys.exit(f"{corpus}: no ChatExport_* folders")
    for folder in folders:
        ingest(case, folder, progress=False)
    return case


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--case", type=Path, default=None, help="case folder to build (or reuse)")
    ap.add_argument("--k", type=int, default=50)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from roomsift.analysis.identity import evaluation as identity_eval
    from roomsift.analysis.triage import metrics
    from roomsift.analysis.triage import store as triage_store

    truth = json.loads((args.corpus / "truth.json").read_text(encoding="utf-8"))
    tmp = None
    case_dir = args.case
    if case_dir is None:
        tmp = tempfile.TemporaryDirectory()
        case_dir = Path(tmp.name) / "case"
    t0 = time.perf_counter()
    case = build_case(args.corpus, case_dir)
    t1 = time.perf_counter()
    # The same path as `roomsift triage`/`eval`: artifact scan and identity brought up to date
    # first (payment relations and persons feed the roles), the result stored per case state.
    result, _ = triage_store.load_or_run(case)
    t2 = time.perf_counter()
    report = metrics.evaluate_result(result, truth, k=args.k)
    if "identity_links" in truth:
        with case.connect() as conn:
            report["identity"] = identity_eval.score(conn, truth)["identity"]
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    print(f"corpus            : {args.corpus} ({result.corpus.message_count:,} messages, {len(result.contexts)} rooms)")
    print(f"ingest / triage   : {t1 - t0:.1f} s / {t2 - t1:.1f} s")
    for role, m in report["roles"].items():
        print(f"{role:<12} P/R/F1 : {m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}  ({m['support']} true, {m['predicted']} predicted)")
    print(f"macro-F1          : {report['macro_f1']:.3f}")
    print(f"victim recall     : {report['victim_recall']:.3f} ({report['victims_found']} of {report['victims_total']}; {report['victim_records']} victim records)")
    for v in report["victims_missed"]:
        print(f"   missed victim  : {v}")
    print(f"benign listed     : {report['benign_fp_rate']:.3f} ({report['benign_false_positives']} of {report['benign_accounts']} benign-only accounts)")
    print(f"benign active role: {report['benign_active_rate']:.3f} ({report['benign_active']} of {report['benign_accounts']})")
    rooms = report["rooms"]
    if rooms:
        print(f"rooms criminal    : {rooms['judged_criminal']} judged of {rooms['rooms']} ({rooms['truth_criminal']} truly); P/R {rooms['precision']:.3f} / {rooms['recall']:.3f}")
        print(f"   benign judged criminal: {rooms['benign_judged_criminal']}")
        print(f"   criminal missed       : {rooms['criminal_missed']}")
    print(f"NDCG@{args.k:<12}: {report['ndcg']:.3f} ({report['ranked']} accounts ranked)")
    ident = report.get("identity")
    if ident:
        print(f"identity links    : P/R {ident['precision']:.3f} / {ident['recall']:.3f} ({ident['correct_pairs']} of {ident['true_pairs']}); "
              f"non-links merged {ident['non_links_merged']} of {ident['non_links']}")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
