#!/usr/bin/env python3
"""Check the hand-written language training set in this folder.

Every *.jsonl line must be one JSON object with `text`, `lang` (ko|en), `labels` (from the fixed
list; `neutral` only on its own) and a free-word `register`. Lines of `ownership.jsonl` also carry
`ownership` (one of OWNERSHIP) and `value` (the handle or value, appearing verbatim in `text`). Prints counts per label and language
and fails (exit 1) on invalid lines, exact duplicates or near-duplicates (character-trigram
Jaccard >= 0.85 after normalising case, spacing, punctuation and digits).

usage: python3 training/language/validate.py [--markdown]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

LABELS = (
    "threat_violence", "threat_exposure", "extortion", "deadline", "plea", "exposure_personal",
    "solicit_material", "offer_material", "price_list", "payment_instruction", "payment_claim",
    "room_admin", "ask_other", "neutral",
)
NEAR_DUPLICATE = 0.85
OWNERSHIP = ("own_value", "own_handle", "alt_account", "not_own")
OWNERSHIP_FILE = "ownership.jsonl"


def _normalise(text: str) -> str:
    text = re.sub(r"\d", "0", text.lower())
    return re.sub(r"[\W_]+", "", text)


def _trigrams(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 3] for i in range(max(1, len(text) - 2)))


def load(folder: Path) -> tuple[list[tuple[str, int, dict]], list[str]]:
    rows, errors = [], []
    for path in sorted(folder.glob("*.jsonl")):
        raw = path.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{path.name}: starts with a BOM")
        for number, line in enumerate(raw.decode("utf-8").splitlines(), 1):
            where = f"{path.name}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: not JSON ({exc})")
                continue
            problem = _problem(row, path.name == OWNERSHIP_FILE)
            if problem:
                errors.append(f"{where}: {problem}")
            else:
                rows.append((path.name, number, row))
    return rows, errors


def _problem(row: object, ownership: bool = False) -> str | None:
    keys = {"text", "lang", "labels", "register"} | ({"ownership", "value"} if ownership else set())
    if not isinstance(row, dict) or set(row) != keys:
        return "needs exactly the keys " + ", ".join(sorted(keys))
    if not isinstance(row["text"], str) or not row["text"].strip():
        return "empty text"
    if row["lang"] not in ("ko", "en"):
        return f"lang {row['lang']!r} is not ko or en"
    labels = row["labels"]
    if not isinstance(labels, list) or not labels or len(set(labels)) != len(labels):
        return "labels must be a non-empty list without repeats"
    unknown = [label for label in labels if label not in LABELS]
    if unknown:
        return f"unknown labels {unknown}"
    if "neutral" in labels and len(labels) > 1:
        return "neutral must stand alone"
    if not isinstance(row["register"], str) or not row["register"].strip():
        return "empty register"
    if ownership:
        if row["ownership"] not in OWNERSHIP:
            return f"ownership {row['ownership']!r} is not one of {OWNERSHIP}"
        if not isinstance(row["value"], str) or not row["value"].strip() or row["value"] not in row["text"]:
            return "value must be a non-empty part of text"
        if labels != ["neutral"]:
            return "ownership lines carry labels [\"neutral\"]"
    return None


def duplicates(rows: list[tuple[str, int, dict]]) -> list[str]:
    problems, exact = [], {}
    grams = []
    for name, number, row in rows:
        key = _normalise(row["text"])
        if key in exact:
            problems.append(f"{name}:{number}: duplicate of {exact[key]}")
            continue
        exact[key] = f"{name}:{number}"
        grams.append((f"{name}:{number}", len(key), _trigrams(key)))
    grams.sort(key=lambda item: item[1])
    for i, (where, size, mine) in enumerate(grams):
        for other, other_size, theirs in grams[i + 1:]:
            if other_size * NEAR_DUPLICATE > size:
                break  # sorted by length: everything further is too long to be this similar
            if len(mine & theirs) / len(mine | theirs) >= NEAR_DUPLICATE:
                problems.append(f"{other}: near-duplicate of {where}")
    return problems


def report(rows: list[tuple[str, int, dict]], markdown: bool) -> str:
    by_label: Counter[tuple[str, str]] = Counter()
    by_lang = Counter(row["lang"] for _, _, row in rows)
    for _, _, row in rows:
        for label in row["labels"]:
            by_label[(label, row["lang"])] += 1
    lines = []
    if markdown:
        lines += ["| label | ko | en | total |", "|---|---:|---:|---:|"]
    for label in LABELS:
        ko, en = by_label[(label, "ko")], by_label[(label, "en")]
        lines.append(f"| `{label}` | {ko} | {en} | {ko + en} |" if markdown
                     else f"{label:20} ko {ko:5}  en {en:5}  total {ko + en:5}")
    total = len(rows)
    neutral = sum(1 for _, _, row in rows if row["labels"] == ["neutral"])
    share = lambda n: f"{100 * n / total:.1f}%" if total else "-"
    summary = (f"lines {total}: ko {by_lang['ko']} ({share(by_lang['ko'])}), "
               f"en {by_lang['en']} ({share(by_lang['en'])}); neutral-only {neutral} ({share(neutral)})")
    lines.append(("\n" if markdown else "") + summary)
    owned = Counter(row["ownership"] for name, _, row in rows if name == OWNERSHIP_FILE)
    if owned:
        lines.append(("\n" if markdown else "") + f"{OWNERSHIP_FILE}: " + ", ".join(
            f"{kind} {owned[kind]}" for kind in OWNERSHIP))
    per_file = Counter(name for name, _, _ in rows)
    lines.append(("\n" if markdown else "") + "per file: " + ", ".join(
        f"{name} {count}" for name, count in sorted(per_file.items())))
    return "\n".join(lines)


def main() -> int:
    here = Path(__file__).resolve().parent
    rows, errors = load(here)
    # held/: written for training but not trained on yet (see README, "Held back")
    held, held_errors = load(here / "held")
    errors += held_errors + duplicates(rows + held)
    print(report(rows, "--markdown" in sys.argv))
    print(("\n" if "--markdown" in sys.argv else "") + f"held back (not trained on): {len(held)} lines in held/")
    for error in errors:
        print("ERROR", error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
