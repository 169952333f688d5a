"""The report's ``scaling_risks`` section: the two or three risks that matter most for scaling this
project, one sentence each with its evidence, taken from the scaling checks' ``details["risk"]``
(pure: a function of the results), and the data files (with their dates) those checks used."""

from __future__ import annotations

from typing import Any

MAX_RISKS = 3


def scaling_risks(results: list[dict[str, Any]], limit: int = MAX_RISKS) -> dict[str, Any]:
    risks = []
    data: dict[str, dict] = {}
    measured = 0
    for r in results:
        if r.get("family") != "scaling":
            continue
        details = r.get("details") or {}
        for d in details.get("data") or []:
            data.setdefault(d["file"], d)
        if r.get("status") in ("pass", "warn", "fail"):
            measured += 1
        risk = details.get("risk")
        if isinstance(risk, dict) and risk.get("level", 0) > 0 and r.get("status") in ("warn", "fail"):
            risks.append({"check": r["id"], "level": int(risk["level"]), "text": risk["text"],
                          "evidence": list(risk.get("evidence") or [])[:3], "weight": r.get("weight") or 0})
    # Highest level first, then the heavier check in the ruleset, then the id: the same results give the same list.
    risks.sort(key=lambda x: (-x["level"], -x["weight"], x["check"]))
    for x in risks:
        x.pop("weight")
    return {"risks": risks[:limit], "risks_total": len(risks), "checks_measured": measured,
            "data": [data[k] for k in sorted(data)]}
