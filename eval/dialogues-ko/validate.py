#!/usr/bin/env python3
"""Check the open Korean dialogue development set (dialogues.jsonl next to this file).

Each line: one JSON object with exactly id, class, turns, threatened, aggressor, lang.
- class in threat|extortion|harassment|everyday; lang == "ko"; ids unique
- 6..16 turns, each {"speaker": "A"|"B", "text": non-empty}; both speakers speak
- everyday: threatened and aggressor are null; other classes: both set, A or B, and different
- no dialogue repeated (same normalised text), no turn text repeated across dialogues
Prints counts per class and who opens; exit 1 on any problem.

usage: python3 eval/dialogues-ko/validate.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CLASSES = ("threat", "extortion", "harassment", "everyday")
KEYS = {"id", "class", "turns", "threatened", "aggressor", "lang"}


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def problems_of(row: object) -> list[str]:
    if not isinstance(row, dict) or set(row) != KEYS:
        return [f"needs exactly the keys {sorted(KEYS)}"]
    found = []
    if row["class"] not in CLASSES:
        found.append(f"class {row['class']!r} unknown")
    if row["lang"] != "ko":
        found.append("lang must be ko")
    turns = row["turns"]
    if not isinstance(turns, list) or not 6 <= len(turns) <= 16:
        found.append("needs 6 to 16 turns")
        return found
    for turn in turns:
        if (not isinstance(turn, dict) or set(turn) != {"speaker", "text"} or turn["speaker"] not in ("A", "B")
                or not isinstance(turn["text"], str) or not turn["text"].strip()):
            found.append(f"bad turn {turn!r}")
    if {turn.get("speaker") for turn in turns if isinstance(turn, dict)} != {"A", "B"}:
        found.append("both A and B must speak")
    roles = (row["threatened"], row["aggressor"])
    if row["class"] == "everyday":
        if roles != (None, None):
            found.append("everyday dialogues have no threatened/aggressor")
    elif not (set(roles) <= {"A", "B"} and roles[0] != roles[1]):
        found.append("threatened and aggressor must be A and B (different)")
    return found


def _parsed(path: Path):
    """(line number, object) per line; a line that is not JSON yields its error text instead."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"not JSON ({exc})"


def main() -> int:
    path = Path(__file__).resolve().parent / "dialogues.jsonl"
    errors, ids, bodies, turn_seen = [], set(), {}, {}
    classes, openers = Counter(), Counter()
    for number, row in _parsed(path):
        found = problems_of(row) if not isinstance(row, str) else [row]
        errors += [f"line {number}: {p}" for p in found]
        if found:
            continue
        if row["id"] in ids:
            errors.append(f"line {number}: duplicate id {row['id']}")
        ids.add(row["id"])
        body = _norm("".join(t["text"] for t in row["turns"]))
        if body in bodies:
            errors.append(f"line {number}: same dialogue as line {bodies[body]}")
        bodies[body] = number
        for turn in row["turns"]:
            key = _norm(turn["text"])
            if len(key) >= 12 and turn_seen.get(key, number) != number:
                errors.append(f"line {number}: turn repeated from line {turn_seen[key]}: {turn['text'][:30]}")
            turn_seen.setdefault(key, number)
        classes[row["class"]] += 1
        opener = row["turns"][0]["speaker"]
        if row["threatened"] is not None:
            openers["threatened opens" if opener == row["threatened"] else "aggressor opens"] += 1
    print("dialogues", sum(classes.values()), dict(classes))
    print("openers (non-everyday):", dict(openers))
    for error in errors:
        print("ERROR", error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
