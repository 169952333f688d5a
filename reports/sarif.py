"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One rule per check (title, rationale and remediation as help), one result per finding (see
``common.findings``): fail → error, warn → warning, a finding in a passing check → note. Every
result has a physical location, because GitHub code scanning rejects results without one: the
evidence's path (and line when known); a check with no path is located at the repository's
README (the result's ``properties.repositoryLevel`` says so). ``partialFingerprints`` are hashes of
the check id and the evidence, stable across runs of the same commit and across commits while
the finding stays the same. Checks that errored or were inconclusive are reported as tool
notifications, not as results.
"""

from __future__ import annotations

import json
from typing import Any

from auditor.i18n import colon, pick, t
from auditor.reports.common import clean, findings

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/readiness-auditor/readiness-auditor"
FP_KEY = "readinessAuditor/v1"


def _rule(r: dict[str, Any], lang: str) -> dict[str, Any]:
    title = pick(r.get("title"), lang)
    rationale = pick(r.get("rationale"), lang)
    remediation = pick(r.get("remediation"), lang)
    level = "error" if (r.get("weight") or 0) >= 3 else "warning"
    return {
        "id": r["id"],
        "name": "".join(part.capitalize() for part in r["id"].replace("-", ".").replace("_", ".").split(".")),
        "shortDescription": {"text": title},
        "fullDescription": {"text": rationale or title},
        "help": {
            "text": f"{rationale}\n\n{t('report.remediation', lang)}{colon(lang)}{remediation}",
            "markdown": f"{_md_plain(rationale)}\n\n**{t('report.remediation', lang)}**{colon(lang)}{_md_plain(remediation)}",
        },
        "defaultConfiguration": {"level": level},
        "properties": {
            "tags": ["readiness", r.get("family", "")],
            "family": r.get("family"),
            "effort": r.get("effort"),
            "weight": r.get("weight"),
            "titles": r.get("title"),
        },
    }


def _md_plain(text: str) -> str:
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_")


def _result(f: dict[str, Any], index: dict[str, int], lang: str) -> dict[str, Any]:
    """One SARIF result for one located finding."""
    r = f["result"]
    phys: dict[str, Any] = {"artifactLocation": {"uri": _uri(f["path"]), "uriBaseId": "%SRCROOT%"}}
    phys["region"] = {"startLine": f["line"] or 1}
    res: dict[str, Any] = {
        "ruleId": r["id"],
        "ruleIndex": index[r["id"]],
        "level": f["level"],
        "message": {"text": f["text"] or pick(r.get("title"), lang)},
        "locations": [{"physicalLocation": phys}],
        "partialFingerprints": {FP_KEY: f["fingerprint"]},
        "properties": {"status": r.get("status"), "score": r.get("score"), "family": r.get("family"),
                       "repositoryLevel": f["at_root"]},
    }
    if f["evidence"] is not None and f["evidence"].get("kind"):
        res["properties"]["evidenceKind"] = clean(f["evidence"]["kind"], 50)
    return res


def _notifications(results_in: list[dict[str, Any]], index: dict[str, int], lang: str) -> list[dict[str, Any]]:
    """Checks in error or inconclusive, as tool execution notifications."""
    return [{
        "descriptor": {"id": r["id"], "index": index[r["id"]]},
        "level": "error" if r["status"] == "error" else "note",
        "message": {"text": f"{t('status.' + r['status'], lang)}{colon(lang)}{clean(pick(r.get('message'), lang), 2000)}"},
    } for r in results_in if r.get("status") in ("error", "inconclusive")]


def _provenance(run: dict[str, Any], report: dict[str, Any]) -> None:
    """The audited commit (versionControlProvenance) and the automation id, when known."""
    tgt = report.get("target") or {}
    if tgt.get("commit"):
        vcs: dict[str, Any] = {"revisionId": tgt["commit"]}
        url = tgt.get("web_url") or tgt.get("clone_url")
        if isinstance(url, str) and url.startswith(("https://", "http://")):
            vcs["repositoryUri"] = url
        if tgt.get("ref"):
            vcs["branch"] = str(tgt["ref"])
        if "repositoryUri" in vcs:
            run["versionControlProvenance"] = [vcs]
    if tgt.get("as_of"):
        run["automationDetails"] = {"id": f"readiness-auditor/{(report.get('ruleset') or {}).get('id', 'default')}/"}


def render(report: dict[str, Any], lang: str = "fr", **_: Any) -> str:
    lang = lang if lang in ("fr", "en") else "fr"
    tool = report.get("tool") or {}
    results_in = report.get("results") or []
    rules = [_rule(r, lang) for r in results_in]
    index = {r["id"]: i for i, r in enumerate(results_in)}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "readiness-auditor",
            "version": str(tool.get("version") or ""),
            "semanticVersion": str(tool.get("version") or "0.0.0"),
            "informationUri": INFO_URI,
            "language": "fr-FR" if lang == "fr" else "en-US",
            "rules": rules,
        }},
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": _notifications(results_in, index, lang),
        }],
        "results": [_result(f, index, lang) for f in findings(report, lang)],
        "columnKind": "unicodeCodePoints",
        "properties": {
            "ruleset": {"id": (report.get("ruleset") or {}).get("id"), "version": (report.get("ruleset") or {}).get("version")},
            "overall": (report.get("scores") or {}).get("overall"),
            "level": ((report.get("scores") or {}).get("level") or {}).get("id"),
        },
    }
    _provenance(run, report)
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _uri(path: str) -> str:
    """A relative URI reference for a repository path (RFC 3986: spaces and reserved characters encoded)."""
    from urllib.parse import quote

    return quote(path.lstrip("/"), safe="/-._~")

