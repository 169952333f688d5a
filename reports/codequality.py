"""GitLab Code Quality report (a JSON array of issues, the Code Climate subset GitLab reads).

One issue per finding (see ``common.findings``), each with description, check_name, fingerprint,
severity and location.path / location.lines.begin (GitLab needs both). fail → major (critical when
the check is needed for the next level), warn → minor, a finding in a passing check → info.
"""

from __future__ import annotations

import json
from typing import Any

from auditor.i18n import colon, pick
from auditor.reports.common import findings


def render(report: dict[str, Any], lang: str = "fr", **_: Any) -> str:
    lang = lang if lang in ("fr", "en") else "fr"
    unlocks = {u.get("id") for u in ((report.get("scores") or {}).get("next_level") or {}).get("unmet") or []
               if isinstance(u, dict) and u.get("kind") == "check"}
    issues = []
    for f in findings(report, lang):
        r = f["result"]
        if f["level"] == "error":
            severity = "critical" if r["id"] in unlocks else "major"
        else:
            severity = "minor" if f["level"] == "warning" else "info"
        issues.append({
            "type": "issue",
            "description": f"{pick(r.get('title'), lang)}{colon(lang)}{f['text']}",
            "check_name": r["id"],
            "fingerprint": f["fingerprint"][:32],
            "severity": severity,
            "categories": ["Clarity" if r.get("family") == "documentation" else "Compatibility"],
            "location": {"path": f["path"].lstrip("/"), "lines": {"begin": f["line"] or 1}},
            "content": {"body": pick(r.get("remediation"), lang)},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
