"""Time the exports on a case: report (HTML, PDF), CASE/UCO (whole case and one person),
analyst workbook, and the package for one person. Prints one line per figure.

    python benchmarks/exports.py [--case CASE] [--person P000001]

Without --case it builds the demo case in a temporary folder first. Each export runs as a
child `roomsift` process, as a user would run it."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(*args: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "roomsift.cli", *args], check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--case")
    ap.add_argument("--person", default="P000001")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="roomsift-bench-exports-"))
    case = a.case
    if case is None:
        run("demo", str(tmp / "demo"))
        case = str(tmp / "demo" / "case")
    figures = [
        ("report HTML", run("report", "--case", case, "--out", str(tmp / "r.html"))),
        ("report HTML + PDF", run("report", "--case", case, "--out", str(tmp / "r.html"), "--pdf", str(tmp / "r.pdf"))),
        ("CASE/UCO whole case", run("export", "case-uco", "--case", case, "--out", str(tmp / "all.jsonld"))),
        (f"CASE/UCO {a.person}", run("export", "case-uco", "--case", case, "--person", a.person, "--out", str(tmp / "p.jsonld"))),
        ("analyst workbook (4 tables)", run("export", "table", "--case", case, "--out", str(tmp / "t.xlsx"))),
        (f"package {a.person} with PDF", run("export", "package", "--case", case, "--person", a.person, "--out", str(tmp / "pkg.zip"))),
    ]
    print(f"case {case}")
    for name, secs in figures:
        print(f"{name:32s} {secs:7.1f} s")
    print(f"sizes: report.pdf {(tmp / 'r.pdf').stat().st_size / 1e6:.2f} MB, all.jsonld {(tmp / 'all.jsonld').stat().st_size / 1e6:.2f} MB, "
          f"pkg.zip {(tmp / 'pkg.zip').stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
