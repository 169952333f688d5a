"""The REUSE measure gives ``reuse lint``'s answer (reuse 6.2): the same covered files, the same copyright
and license information found, the same verdict. Expected values below were read from ``reuse lint --json``
run on this very fixture."""

from __future__ import annotations

import subprocess

from auditor.engine import AuditOptions, audit
from auditor.licenses.reuse import scan
from auditor.snapshot import GitSnapshot
from tests.gitrepo import Symlink

H = "# SPDX-FileCopyrightText: 2025 Ville de Rennes\n# SPDX-License-Identifier: EUPL-1.2\n"
FILES = {
    "LICENSES/EUPL-1.2.txt": "EUPL text\n", "LICENSES/CC0-1.0.txt": "CC0 text\n", "LICENSES/MIT.txt": "MIT text\n",
    "src/app.py": H + "print(1)\n",
    "src/only_copy.py": "# SPDX-FileCopyrightText: 2025 Ville de Rennes\nx = 1\n",   # closest: the licence comes from REUSE.toml
    "src/only_lic.py": "# SPDX-License-Identifier: EUPL-1.2\nx = 1\n",                # closest: the copyright comes from REUSE.toml
    "src/prose.md": "The copyright of this file is unclear.\n",                      # lower-case 'copyright' is no notice
    "src/word.md": "Copyright notice: see the project.\n",                           # 'Copyright ' is one, for reuse
    "src/mirror.c": "/*|  SPDX-License-Identifier: EUPL-1.2  |*/\n/* © 2025 Rennes */\nint x;\n",
    "img/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR Copyright 2025 Someone SPDX-License-Identifier: MIT",  # binary: not searched
    "img/logo2.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "img/logo2.png.license": "SPDX-FileCopyrightText: 2025 Rennes\nSPDX-License-Identifier: CC0-1.0\n",
    "data/a.csv": "a,b\n1,2\n",
    "data/sub/b.csv": "a,b\n1,2\n",
    "data/REUSE.toml": 'version = 1\n[[annotations]]\npath = "**/*.csv"\nSPDX-FileCopyrightText = "2025 Rennes"\nSPDX-License-Identifier = "CC0-1.0"\n',
    "REUSE.toml": 'version = 1\n[[annotations]]\npath = "docs/**"\nprecedence = "override"\nSPDX-FileCopyrightText = "2025 Rennes"\n'
                  'SPDX-License-Identifier = "CC0-1.0"\n'
                  '[[annotations]]\npath = "src/only_*.py"\nSPDX-FileCopyrightText = "2025 Rennes"\nSPDX-License-Identifier = "MIT"\n'
                  '[[annotations]]\npath = "conf/*"\nprecedence = "aggregate"\nSPDX-FileCopyrightText = "2025 Rennes"\nSPDX-License-Identifier = "MIT"\n',
    "docs/guide.md": "# Guide\nSPDX-License-Identifier: GPL-3.0-or-later\n",     # override: the file is not read (no GPL text needed)
    "conf/app.yml": "a: 1\n",
    "conf/deep/app.yml": "a: 1\n",                                                    # 'conf/*' does not cross folders
    "vendor/lib/LICENSES/MIT.txt": "MIT\n",                                          # LICENSES/, .reuse/ ignored at any depth
    "vendor/lib/.reuse/dep5": "Format: x\n",
    "vendor/lib/COPYING.md": "text\n",
    "vendor/lib/license.md": "lowercase licence file is covered\n",                  # the name rule is case-sensitive
    "vendor/lib/LICENCE-THIRD": "text\n",
    "subprojects/foo/x.c": "int y;\n",                                               # Meson subproject: ignored
    "subprojects/foo.wrap": "[wrap-file]\n",
    "empty.txt": "",
    "link.txt": Symlink("src/app.py"),
    "sbom.spdx.json": "{}\n",
    "latin.txt": "Caf\xe9 \xa9 2025 Rennes\n".encode("latin-1"),                      # Latin-1 '©'
}
# (copyright found, license found) per covered file, as reuse lint --json reports them
EXPECTED = {
    "conf/app.yml": (True, True), "conf/deep/app.yml": (False, False), "data/a.csv": (True, True), "data/sub/b.csv": (True, True),
    "docs/guide.md": (True, True), "img/logo.png": (False, False), "img/logo2.png": (True, True), "latin.txt": (True, False),
    "src/app.py": (True, True), "src/mirror.c": (True, True), "src/only_copy.py": (True, True), "src/only_lic.py": (True, True),
    "src/prose.md": (False, False), "src/word.md": (True, False), "subprojects/foo.wrap": (False, False),
    "vendor/lib/license.md": (False, False),
}


def _scan(path):
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=path, capture_output=True, text=True, check=True).stdout.strip()
    with GitSnapshot(str(path / ".git"), commit) as snap:
        return scan(snap, examples=1000)


def test_same_files_and_information_as_reuse_lint(repo):
    r = _scan(repo([{"files": FILES}]))
    missing = {x["path"]: x["missing"] for x in r["examples"]}
    assert r["covered"] == r["measured"] == len(EXPECTED) == 16
    found = {p: ("copyright" not in missing.get(p, []), "license" not in missing.get(p, [])) for p in EXPECTED}
    assert found == EXPECTED
    assert set(missing) <= set(EXPECTED)
    # reuse lint: 11 files with copyright, 9 with licensing information, not compliant
    assert (r["covered"] - r["missing_copyright"], r["covered"] - r["missing_license"]) == (11, 9)
    assert r["compliant"] is False and r["missing_texts"] == [] and r["unused_texts"] == []


def test_compliant_repository_passes_like_reuse_lint(repo, tmp_path):
    files = {k: v for k, v in FILES.items() if k in ("LICENSES/EUPL-1.2.txt", "LICENSES/CC0-1.0.txt", "src/app.py", "img/logo2.png",
                                                     "img/logo2.png.license", "data/a.csv", "data/REUSE.toml", "empty.txt", "link.txt")}
    files["CHANGELOG.md"] = "<!--\nSPDX-FileCopyrightText: 2025 Rennes\n\nSPDX-License-Identifier: CC0-1.0\n-->\n  |*  SPDX-License-Identifier: CC0-1.0  *|\n"
    path = repo([{"files": files}])
    r = _scan(path)
    assert r["compliant"] is True and r["covered"] == 4 and r["bad_expressions"] == []
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.reuse"]))
    res = report["results"][0]
    assert res["status"] == "pass" and res["details"]["reuse_lint_compliant"] is True
    # all files comply: the message gives no breakdown of zeros ("0 do not (0 without …)")
    assert res["message"]["en"] == '4/4 covered files (100%) state license and copyright as REUSE reads them: compliant, as "reuse lint" would say.'
    assert "0 non" not in res["message"]["fr"]
    # one header removed: reuse lint says non-compliant, and so does the check, whatever the share
    files["src/more.py"] = "print(2)\n"
    files.update({f"src/m{i}.py": H for i in range(30)})
    report = audit(str(repo([{"files": files}], name="r2")), AuditOptions(cache_dir=tmp_path / "c2", only=["licensing.reuse"]))
    res = report["results"][0]
    assert res["status"] == "warn" and res["details"]["reuse_lint_compliant"] is False and res["score"] <= 9


# .reuse/dep5 as reuse reads it (python-debian): each glob is matched against the whole path from the root, '*'
# crosses folders, nothing is stripped (a hidden folder '.github/*' is named with its dot; './src/*' matches nothing),
# '\*' is a literal star, the last matching paragraph wins, and '#' lines are comments, even inside a paragraph.
DEP5 = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: geo-portail

# Files: docs/*
# Copyright: commented out

Files: .github/* .gitattributes src/*
Copyright: 2024 Communauté de communes du Val
License: EUPL-1.2

Files: ./docs/* etc/a\\*b.conf
Copyright: 2024 Communauté de communes du Val
License: EUPL-1.2

Files: src/vendor/*
# the vendored library keeps its own licence
Copyright: 2019 Someone Else
License: MIT
"""
DEP5_FILES = {
    "LICENSES/EUPL-1.2.txt": "EUPL text\n", "LICENSES/MIT.txt": "MIT text\n", ".reuse/dep5": DEP5,
    ".github/workflows/ci.yml": "on: push\n", ".gitattributes": "* text=auto\n", "src/app.js": "x()\n",
    "src/vendor/lib.js": "y()\n", "docs/guide.md": "# Guide\n", "etc/a*b.conf": "k=v\n", "etc/aXb.conf": "k=v\n",
}
# (copyright found, license found) per covered file, as reuse lint --json (reuse 6.2) reports them on this fixture
DEP5_EXPECTED = {
    ".github/workflows/ci.yml": (True, True), ".gitattributes": (True, True), "src/app.js": (True, True),
    "src/vendor/lib.js": (True, True), "docs/guide.md": (False, False), "etc/a*b.conf": (True, True), "etc/aXb.conf": (False, False),
}


def test_dep5_globs_as_reuse_lint_reads_them(repo):
    r = _scan(repo([{"files": DEP5_FILES}]))
    missing = {x["path"]: x["missing"] for x in r["examples"]}
    assert r["covered"] == len(DEP5_EXPECTED)
    found = {p: ("copyright" not in missing.get(p, []), "license" not in missing.get(p, [])) for p in DEP5_EXPECTED}
    assert found == DEP5_EXPECTED
    assert r["licenses_used"] == {"EUPL-1.2": 4, "MIT": 1} and r["compliant"] is False


# Licence expressions as reuse reads them (a plain license-expression Licensing(), case kept): a value that is no SPDX
# expression gives the file no licensing information; identifiers are kept as written, so 'mit' needs LICENSES/mit.txt
# and 'GPL-2.0+' LICENSES/GPL-2.0+.txt or GPL-2.0.txt (not GPL-2.0-or-later.txt); an LGPL header in words that names
# "the GNU General Public License" is no licence for reuse (no tag).
C = "// SPDX-FileCopyrightText: 2024 Ville de Brest\n"
EXPR_FILES = {
    "LICENSES/MIT.txt": "MIT\n", "LICENSES/GPL-2.0-or-later.txt": "GPL\n", "LICENSES/EUPL-1.2.txt": "EUPL\n",
    "src/ok.js": C + "// SPDX-License-Identifier: EUPL-1.2\n",
    "src/pipe.js": C + "// SPDX-License-Identifier: MIT | License-Filename: LICENSE.md | restricted use\n",
    "src/lower.js": C + "// SPDX-License-Identifier: mit\n",
    "src/plus.js": C + "// SPDX-License-Identifier: GPL-2.0+\n",
    "src/lgpl.c": "/* Copyright (C) 2024 Ville de Brest\n * This library is free software under the GNU Lesser General Public License 2.1;\n"
                  " * you should have received a copy of the GNU General Public License with it. */\nint a;\n",
}


def test_expressions_and_texts_as_reuse_lint_reads_them(repo):
    r = _scan(repo([{"files": EXPR_FILES}]))
    missing = {x["path"]: x["missing"] for x in r["examples"]}
    # reuse lint --json (6.2) on this fixture: 5 files, 5 with copyright, 3 with licensing information
    assert (r["covered"], r["covered"] - r["missing_copyright"], r["covered"] - r["missing_license"]) == (5, 5, 3)
    assert missing == {"src/pipe.js": ["license"], "src/lgpl.c": ["license"]}
    assert r["missing_texts"] == ["GPL-2.0+", "mit"] and r["unused_texts"] == ["LICENSES/GPL-2.0-or-later.txt", "LICENSES/MIT.txt"]
    assert [b["path"] for b in r["bad_expressions"]] == ["src/pipe.js"] and r["compliant"] is False
