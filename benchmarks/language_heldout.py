#!/usr/bin/env python3
"""How well the learned language model (analysis/language/model.py) reads lines it was not
trained on: per label, on held-out folds of its own training data.

usage: python benchmarks/language_heldout.py [--mode lofo|kfold|both] [--c C] [--class-weight balanced]
                                             [--scope PREFIX=label,label ...] [--cuts] [--json OUT]

--mode lofo   leave one *file group* out: train on every other file, read the held-out one. A file is one
              writer's take on one topic, so this is how a label transfers to a writer/topic it has not
              seen — the honest generalisation figure. `_ko`/`_en` twins of one topic form one group
              (many English lines were adapted from a Korean line next to them; README "How it was written").
--mode kfold  five random folds (seed 0): lines of the same file on both sides, so this measures fit to
              the writers' own style — compare with lofo to see the gap.
--scope       override model.SCOPED_FILES for the run: `--scope b2_rooms_=solicit_material` (repeatable;
              `ALL` = every label, `THREAT` = the threat family; a prefix given `ALL` is unscoped).
--cuts        also print, per label, the cut that maximises held-out F1 (chosen on held-out files,
              never on a corpus), with precision/recall there.

Figures per label, over the lines whose file teaches the label (its scope), each line read once
when its fold is held out: positives, precision / recall / F1 at the model's cut (0.5), and
average precision (ranking quality, independent of the cut). Per file group (lofo): recall on
its positives and the share of its negatives read as positive (false-positive rate), so a
label that holds on one writer's lines and not another's shows up.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from roomsift.analysis.language import model as lm  # noqa: E402

NAMED = {"ALL": None, "THREAT": lm.THREAT_LABELS, "SOLICIT": lm.SOLICIT}


def group_of(path: Path) -> str:
    stem = path.stem
    for tail in ("_ko", "_en"):
        if stem.endswith(tail):
            return stem[: -len(tail)]
    return stem


def load(scopes: dict | None):
    if scopes is not None:
        lm.SCOPED_FILES = scopes
    files = lm.training_files()
    examples, groups, written = [], [], []
    for path in files:
        ex = lm.load_examples([path])
        examples += ex
        groups += [group_of(path)] * len(ex)
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                written.append(frozenset(lab for lab in json.loads(line).get("labels", ()) if lab in lm.LABELS))
    return examples, groups, written


def folds(mode: str, groups: list[str], n: int):
    import numpy as np

    if mode == "lofo":
        for g in sorted(set(groups)):
            test = np.array([x == g for x in groups])
            yield g, ~test, test
    else:
        rng = np.random.RandomState(0)
        order = rng.permutation(n)
        part = np.zeros(n, dtype=int)
        part[order] = np.arange(n) % 5
        for k in range(5):
            yield f"fold{k}", part != k, part == k


def heldout(examples, groups, feats, mode: str, make):
    """Held-out probabilities (n × labels) with NaN where a label was not fitted in that fold."""
    import numpy as np

    chars, tokens = feats
    n = len(examples)
    probs = np.full((n, len(lm.LABELS)), np.nan)
    for name, train, test in folds(mode, groups, n):
        ti = np.flatnonzero(train)
        si = np.flatnonzero(test)
        m = make().fit([examples[i] for i in ti], ([chars[i] for i in ti], [tokens[i] for i in ti]))
        p = m.predict([examples[i].text for i in si], features=([chars[i] for i in si], [tokens[i] for i in si]))
        for j, lab in enumerate(m.labels):
            probs[si, lm.LABELS.index(lab)] = p[:, j]
        print(f"  {mode} {name}: {len(si)} lines", file=sys.stderr, flush=True)
    return probs


def featurise_cached(texts: list[str], path: str | None):
    """featurise(texts), reusing the per-text features kept in `path` (the slow part is the lexicon
    pass; features depend only on the text and the code, so delete the file after changing either)."""
    import pickle

    known = {}
    if path and os.path.exists(path):
        with open(path, "rb") as fh:
            known = pickle.load(fh)
    todo = [t for t in dict.fromkeys(texts) if t not in known]
    if todo:
        chars, tokens = lm.featurise(todo)
        known.update(zip(todo, zip(chars, tokens)))
        if path:
            with open(path, "wb") as fh:
                pickle.dump(known, fh)
    return [known[t][0] for t in texts], [known[t][1] for t in texts]


def _ap(y, s):
    from sklearn.metrics import average_precision_score

    return float(average_precision_score(y, s)) if 0 < y.sum() < len(y) else float("nan")


def report(examples, groups, probs, mode: str, cuts: bool, cut: float = lm.DECISION):
    import numpy as np

    out = {}
    print(f"\n== {mode}: per label (lines whose file teaches it; cut {cut})")
    print(f"{'label':22} {'pos':>5} {'neg':>5} {'P':>6} {'R':>6} {'F1':>6} {'AP':>6}" + ("   best-cut P/R/F1" if cuts else ""))
    for j, lab in enumerate(lm.LABELS):
        rows = np.array([(e.scope is None or lab in e.scope) and not np.isnan(probs[i, j]) for i, e in enumerate(examples)])
        if not rows.any():
            continue
        y = np.array([lab in e.labels for e in examples])[rows]
        s = probs[rows, j]
        hit = s >= cut
        tp = int((hit & y).sum())
        p = tp / max(1, hit.sum())
        r = tp / max(1, y.sum())
        f = 2 * p * r / max(1e-9, p + r)
        rec = {"pos": int(y.sum()), "neg": int((~y).sum()), "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "ap": round(_ap(y, s), 3)}
        line = f"{lab:22} {rec['pos']:5d} {rec['neg']:5d} {p:6.3f} {r:6.3f} {f:6.3f} {rec['ap']:6.3f}"
        if cuts:
            best = max(((c,) + _prf(y, s >= c) for c in np.arange(0.1, 0.91, 0.05)), key=lambda t: t[3])
            rec["best_cut"] = [round(float(x), 3) for x in best]
            line += f"   {best[0]:.2f}: {best[1]:.3f}/{best[2]:.3f}/{best[3]:.3f}"
        print(line)
        out[lab] = rec
    if mode == "lofo":
        print("\n-- per held-out file group: label recall on its positives | false-positive rate on its negatives (n)")
        per = defaultdict(dict)
        for g in sorted(set(groups)):
            gi = np.array([x == g for x in groups])
            bits = []
            for j, lab in enumerate(lm.LABELS):
                rows = gi & np.array([(e.scope is None or lab in e.scope) and not np.isnan(probs[i, j]) for i, e in enumerate(examples)])
                if not rows.any():
                    continue
                y = np.array([lab in e.labels for e in examples])[rows]
                hit = probs[rows, j] >= cut
                if y.sum():
                    per[g][lab] = {"recall": round(float((hit & y).sum() / y.sum()), 3), "pos": int(y.sum())}
                    bits.append(f"{lab[:10]} R={per[g][lab]['recall']:.2f}({int(y.sum())})")
                fp = float((hit & ~y).sum() / max(1, (~y).sum()))
                per[g].setdefault(lab, {})["fp"] = round(fp, 3)
                if fp >= 0.02:
                    bits.append(f"{lab[:10]} FP={fp:.2f}")
            print(f"{g:22} n={int(gi.sum()):5d}  " + "  ".join(bits))
        out["_per_group"] = per
    return out


def _prf(y, hit):
    tp = (hit & y).sum()
    p = tp / max(1, hit.sum())
    r = tp / max(1, y.sum())
    return float(p), float(r), float(2 * p * r / max(1e-9, p + r))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=["lofo", "kfold", "both"], default="lofo")
    ap.add_argument("--c", type=float, default=None, help="inverse regularisation strength (default: the model's)")
    ap.add_argument("--class-weight", default=None)
    ap.add_argument("--scope", action="append", default=[], help="PREFIX=label,label|ALL|THREAT|SOLICIT (replaces SCOPED_FILES)")
    ap.add_argument("--cuts", action="store_true")
    ap.add_argument("--json", default=None)
    ap.add_argument("--labels", default=None, help="comma-separated: fit and report only these labels (faster)")
    ap.add_argument("--features", default=None, help="a pickle to keep featurise() output in (keyed by the texts)")
    args = ap.parse_args()

    scopes = None
    if args.scope:
        scopes = {}
        for item in args.scope:
            prefix, _, labs = item.partition("=")
            scopes[prefix] = NAMED[labs] if labs in NAMED else frozenset(labs.split(","))
        scopes = {k: v for k, v in sorted(scopes.items(), key=lambda kv: -len(kv[0])) if v is not None}
    examples, groups, _ = load(scopes)
    if args.labels:
        wanted = frozenset(args.labels.split(","))
        examples = [lm.Example(e.text, e.labels & wanted, e.scope, e.vocabulary) for e in examples]
    print(f"{len(examples)} lines, {len(set(groups))} file groups; scopes {({k: sorted(v) for k, v in lm.SCOPED_FILES.items()})}", file=sys.stderr)
    feats = featurise_cached([e.text for e in examples], args.features)

    def make():
        m = lm.LanguageModel(**({"c": args.c} if args.c is not None else {}))
        if args.class_weight:
            m.class_weight = args.class_weight
        return m

    result = {}
    for mode in (["lofo", "kfold"] if args.mode == "both" else [args.mode]):
        probs = heldout(examples, groups, feats, mode, make)
        result[mode] = report(examples, groups, probs, mode, args.cuts)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    os.environ.setdefault("ROOMSIFT_LANGUAGE_MODEL", "on")
    main()
