"""licensing.license-file without a licence file at the root, when the licence is named only by SPDX-License-Identifier headers
in a minority of the files (a portal's modules of which a fifth carry their platform's header): the check crashed joining the
headers' source, which has no path ("TypeError: sequence item 0: expected str instance, NoneType found"; issue 12, s12: a city's
Liferay portal)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

JAVA = "package org.ville.agenda;\n\npublic class Event{i} {{\n    public int id() {{ return {i}; }}\n}}\n"
HEADER = "/**\n * SPDX-FileCopyrightText: (c) 2024 Liferay, Inc.\n * SPDX-License-Identifier: LGPL-2.1-or-later\n */\n\n"


def test_a_licence_named_only_in_a_minority_of_spdx_headers_is_judged_not_crashed(repo, tmp_path):
    files = {f"modules/agenda/src/Event{i}.java": (HEADER if i < 2 else "") + JAVA.format(i=i) for i in range(10)}
    files["README.md"] = "# Portail\n\nLes modules du portail de la ville.\n"
    path = repo([{"files": files, "date": "2025-03-01T10:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.license-file"]))
    r = report["results"][0]
    assert r["status"] == "fail", r["message"]
    assert "SPDX-License-Identifier" in r["message"]["en"] and "LGPL-2.1-or-later" in r["message"]["en"], r["message"]
