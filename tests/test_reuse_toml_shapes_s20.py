"""A REUSE.toml read as ``reuse lint`` (6.2) reads it (issue 12, session 20 f3: the check against ``reuse lint --json``).
A REUSE.toml whose ``path`` or ``SPDX-FileCopyrightText`` is a number stopped the whole ``reuse`` fact with a TypeError (an
untrusted file broke the audit's licensing checks), where reuse lint stops with "could not be parsed"; ``version = 2`` was
refused although reuse reads any integer; an unknown ``precedence`` or an annotation without ``path`` was silently taken,
where reuse stops. Expected values were read from ``reuse lint`` (reuse 6.2.0) run on these fixtures."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from tests.test_reuse_lint import _scan

BASE = {"LICENSES/EUPL-1.2.txt": "EUPL text\n", "carto/couches.geojson": '{"type": "FeatureCollection", "features": []}\n'}
GOOD = '[[annotations]]\npath = "carto/**"\nSPDX-FileCopyrightText = "2025 Communauté de communes"\nSPDX-License-Identifier = "EUPL-1.2"\n'


@pytest.mark.parametrize("toml", [
    "version = 1\n[[annotations]]\npath = 1\nSPDX-License-Identifier = \"EUPL-1.2\"\n",
    "version = 1\n[[annotations]]\npath = \"carto/**\"\nSPDX-FileCopyrightText = 2025\nSPDX-License-Identifier = \"EUPL-1.2\"\n",
    "version = 1\n[[annotations]]\npath = \"carto/**\"\nSPDX-FileCopyrightText = \"2025 X\"\nSPDX-License-Identifier = [\"EUPL-1.2\", 3]\n",
    "version = 1\n[[annotations]]\nSPDX-FileCopyrightText = \"2025 X\"\nSPDX-License-Identifier = \"EUPL-1.2\"\n",
    "version = 1\n[[annotations]]\npath = []\nSPDX-FileCopyrightText = \"2025 X\"\nSPDX-License-Identifier = \"EUPL-1.2\"\n",
    "version = 1\n" + GOOD + "precedence = \"strongest\"\n",
    "version = \"1\"\n" + GOOD,
    GOOD,
    "version = 1\n[annotations]\npath = \"carto/**\"\n",
])
def test_a_reuse_toml_reuse_lint_cannot_parse_stops_the_verdict_not_the_audit(repo, tmp_path, toml):
    path = repo([{"files": {**BASE, "REUSE.toml": toml}}])
    r = _scan(path)  # no exception
    assert r["compliant"] is False and len(r["errors"]) == 1 and r["errors"][0].startswith("REUSE.toml: ")
    res = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.reuse"]))["results"][0]
    assert res["status"] not in ("pass", "error") and "reuse lint" in res["message"]["fr"], res


@pytest.mark.parametrize("version", ["1", "2", "0"])
def test_any_integer_version_is_read(repo, version):
    # reuse lint: compliant with version = 1, 2 or 0 (it checks the type only)
    r = _scan(repo([{"files": {**BASE, "REUSE.toml": f"version = {version}\n" + GOOD}}]))
    assert r["errors"] == [] and r["compliant"] is True and r["compliant_files"] == 1
