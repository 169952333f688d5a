""".reuse/dep5 files reuse lint (6.2, through python-debian in strict mode) refuses (issue 12, session 20 f3: the check against
``reuse lint --json``). reuse stops with "'.reuse/dep5' could not be parsed" when the first paragraph has no ``Format`` field
(the header is missing: its first paragraph was taken for a Files paragraph here), when a Files paragraph lacks ``Copyright``
or ``License``, or when another paragraph has neither ``Files`` nor ``License``; the auditor read such files as valid and
could call the project compliant. A stand-alone License paragraph, any Format value, comment-only blocks and lower-case field
names are fine for reuse and stay fine. Expected values were read from ``reuse lint`` (reuse 6.2.0) run on these fixtures."""

from __future__ import annotations

import pytest

from tests.test_reuse_lint import _scan

HEADER = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: portail-carto\n\n"
FILES = "Files: *\nCopyright: 2025 Parc naturel régional\nLicense: EUPL-1.2\n"
BASE = {"LICENSES/EUPL-1.2.txt": "EUPL text\n", "carte/index.html": "<p>carte</p>\n"}


@pytest.mark.parametrize("dep5", [
    FILES,                                                                   # no header
    HEADER + "Files: *\nLicense: EUPL-1.2\n",                                # no Copyright
    HEADER + "Files: *\nCopyright: 2025 Parc naturel régional\n",            # no License
    HEADER + FILES + "\nComment: a stray paragraph\n",                       # neither Files nor License
])
def test_a_dep5_reuse_lint_refuses_is_an_error(repo, dep5):
    r = _scan(repo([{"files": {**BASE, ".reuse/dep5": dep5}}]))
    assert r["compliant"] is False and len(r["errors"]) == 1 and r["errors"][0].startswith(".reuse/dep5: ")


@pytest.mark.parametrize("dep5", [
    HEADER + FILES,
    "Format: anything\n\n" + FILES,
    HEADER + "# files: docs/*\n# copyright: commented out\n\n" + FILES.lower().replace("eupl-1.2", "EUPL-1.2") + "\nLicense: EUPL-1.2\n text\n",
])
def test_a_dep5_reuse_lint_reads_stays_compliant(repo, dep5):
    r = _scan(repo([{"files": {**BASE, ".reuse/dep5": dep5}}]))
    assert r["errors"] == [] and r["compliant"] is True and r["compliant_files"] == 1


@pytest.mark.parametrize("where", ["REUSE.toml", "vendor/carto-lib/REUSE.toml"])
def test_dep5_beside_a_reuse_toml_anywhere_is_an_error(repo, where):
    # reuse lint: "Found both 'vendor/carto-lib/REUSE.toml' and '.reuse/dep5'" (the auditor saw only a root REUSE.toml)
    toml = 'version = 1\n[[annotations]]\npath = "**"\nSPDX-FileCopyrightText = "2024 Carto Lib"\nSPDX-License-Identifier = "EUPL-1.2"\n'
    files = {**BASE, ".reuse/dep5": HEADER + FILES, where: toml, "vendor/carto-lib/lib.js": "x()\n"}
    r = _scan(repo([{"files": files}]))
    assert r["compliant"] is False and r["errors"] == [f".reuse/dep5 and {where} cannot be combined"]
    # the neighbouring right case: the same vendored library under dep5 alone is compliant
    del files[where]
    r = _scan(repo([{"files": files}], name="alone"))
    assert r["errors"] == [] and r["compliant"] is True
