"""Hostile repositories (s33 k33): the commands a remediation asks the reader to paste into a shell name the repository's
own paths; a path with a space, a quote, ``;`` or ``$( )`` must stay one quoted argument, never run as shell code."""

from __future__ import annotations

import shlex

from auditor.checks.interface import shell_words
from auditor.engine import AuditOptions, audit
from auditor.report import validate_report

EVIL = "a/$(touch pwned);x.js"
SPACED = "mon appli/dist"


def _remediations(repo, tmp_path, files):
    report = audit(str(repo([{"files": files, "date": "2025-06-01T10:00:00Z"}])),
                   AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                only=["licensing.reuse", "reusability.build-output", "documentation.readme"]))
    assert validate_report(report) == []
    return {r["id"]: r["remediation"]["en"] for r in report["results"] if r.get("remediation_for_finding")}


def _command_after(text: str, prefix: str) -> list[str]:
    """The words of the command starting at ``prefix``, parsed as a shell would (up to the sentence's end)."""
    tail = text[text.index(prefix):]
    return shlex.split(tail.split(" (or ")[0].split("; ")[0].split(" …")[0].rstrip(").,"))


def test_hostile_paths_are_quoted_in_pasted_commands(repo, tmp_path):
    text = _remediations(repo, tmp_path, {
        "docs/README.md": "# Outil\n\nLe service calcule les indicateurs de chaque commune pour le public. " * 3 + "\n",
        "LICENSE": "MIT License\n\nCopyright (c) 2025 Ville\n",
        "src/a.js": "// SPDX-License-Identifier: MIT\nconsole.log(1);\n",
        EVIL: "console.log(2);\n",
        f"{SPACED}/app.js": "var a=1;\n", f"{SPACED}/index.html": "<html></html>\n",
        "LICENSES/MIT.txt": "MIT License\n",
    })
    reuse = text["licensing.reuse"]
    assert shlex.quote(EVIL) in reuse and f" {EVIL}" not in reuse
    assert EVIL in _command_after(reuse, "reuse annotate")  # one argument, nothing substituted
    build = text["reusability.build-output"]
    assert "'mon appli/dist'" in build and SPACED in _command_after(build, "git rm -r --cached")
    assert "git mv docs/README.md README.md" in text["documentation.readme"]


def test_ordinary_paths_stay_unquoted(repo, tmp_path):
    """Near miss: plain paths read as before (no quotes added where a shell needs none)."""
    text = _remediations(repo, tmp_path, {
        "README.md": "# Outil\n\nLe service calcule les indicateurs de chaque commune pour le public. " * 3 + "\n",
        "LICENSE": "MIT License\n\nCopyright (c) 2025 Ville\n",
        "src/a.js": "// SPDX-License-Identifier: MIT\nconsole.log(1);\n", "src/b.js": "console.log(2);\n",
        "web/dist/app.js": "var a=1;\n", "LICENSES/MIT.txt": "MIT License\n",
    })
    assert " src/a.js src/b.js " in text["licensing.reuse"]
    assert "git rm -r --cached web/dist" in text["reusability.build-output"]
    assert shell_words(["a b", "c"]) == "'a b' c"
