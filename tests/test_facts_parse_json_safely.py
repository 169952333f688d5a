"""Facts and checks read the audited repository's JSON through ``auditor.safejson`` (bounded size and depth): a plain
``json.loads`` on a hostile manifest (a package.json nested 100,000 levels deep) raises RecursionError and takes every fact
that reads it down with it (s18: own_bundles.py did, and tests/test_hostile.py's report lost facts.license, files and
languages)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAIN = re.compile(r"(?<![\w.])json\.loads?\(")


def test_no_fact_or_check_parses_repository_json_with_plain_json():
    found = []
    for base in (ROOT / "auditor" / "facts", ROOT / "checks"):
        for path in sorted(base.rglob("*.py")):
            for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if PLAIN.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{no}")
    assert found == [], f"use auditor.safejson.loads on repository content: {found}"
