"""A GPL-3.0 project may combine AGPL-3.0 code (issue 12, s26 j26 = s26 o4, a GPL-3.0-only Angular map app whose package-lock
holds marchingsquares, AGPL-3.0, a dependency of @turf/turf): GPL-3.0 §13 permits the combination, the AGPL's network clause
then applying to the whole — conditional, not incompatible. GPL-2.0-only, a permissive or an LGPL project stay incompatible."""

from __future__ import annotations

from auditor.licenses.compat import pair, verdict


def test_agpl_code_in_a_gpl3_project_is_conditional():
    for project in ("GPL-3.0-only", "GPL-3.0-or-later", "GPL-2.0-or-later"):
        v, reason = pair(project, "AGPL-3.0-only")
        assert v == "conditional" and "§13" in reason, (project, v, reason)
    assert verdict(["GPL-3.0-only"], "AGPL-3.0")[0] == "conditional"


def test_agpl_code_elsewhere_keeps_its_verdict():
    for project in ("GPL-2.0-only", "MIT", "LGPL-3.0-only", "EUPL-1.2"):
        assert pair(project, "AGPL-3.0-only")[0] == "incompatible", project
    assert pair("AGPL-3.0-only", "GPL-3.0-only")[0] == "ok"
