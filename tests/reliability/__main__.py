"""``python -m tests.reliability [--heavy] [--only NAME] [--keep]``: run the hostile corpus and print a summary."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from tests.reliability.corpus import corpus
from tests.reliability.runner import run_corpus, summary


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.reliability")
    ap.add_argument("--heavy", action="store_true", help="also the heavy cases (big history, big blob, many files)")
    ap.add_argument("--only", action="append", default=[], help="run only the cases whose name contains this (repeatable)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    cases = [c for c in corpus() if not args.only or any(o in c.name for o in args.only)]
    base = Path(tempfile.mkdtemp(prefix="auditor-reliability-"))
    try:
        verdicts = run_corpus(base, cases, heavy=args.heavy or bool(args.only))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(summary(verdicts))
    return 0 if all(v.survived for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
