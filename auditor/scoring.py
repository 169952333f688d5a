"""Scoring: pure functions from check results and a ruleset to scores, coverage, level and plan.

- A family score (0–100) is the weighted mean of its conclusive checks' scores (0–10, ×10).
  ``not_applicable`` checks count nowhere; ``inconclusive`` and ``error`` checks leave the
  denominator and lower the family's *coverage* (weight measured / weight applicable) instead.
- A criterion score is the weighted mean of its families' scores (families with nothing measured
  are left out, and lower the criterion's coverage).
- The overall score is the weighted mean of the criteria; overall coverage is by check weight.
- The readiness level is the highest level of the ruleset's ladder whose requirements, and those
  of every level below it, are met.
- The action plan ranks the checks whose improvement would raise the overall score most.
"""

from __future__ import annotations

from typing import Any

CONCLUSIVE = ("pass", "warn", "fail")
UNMEASURED = ("inconclusive", "error")


def _wmean(pairs: list[tuple[float, float]]) -> float | None:
    total = sum(w for _, w in pairs)
    if total <= 0:
        return None
    return sum(v * w for v, w in pairs) / total


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def _coverage(measured: float, applicable: float) -> float | None:
    """Share of the applicable weight that was measured, in %. Never 100 while something was not
    measured (99.96 % reads 99.9, not 100)."""
    if not applicable:
        return None
    value = round(100 * measured / applicable, 1)
    return 99.9 if value >= 100 and measured < applicable else value


def family_scores(results: list[dict[str, Any]], families: list[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for fam in families:
        rs = [r for r in results if r["family"] == fam and r["status"] != "not_applicable" and r["weight"] > 0]
        measured = [(r["score"] * 10, r["weight"]) for r in rs if r["status"] in CONCLUSIVE and r["score"] is not None]
        applicable = sum(r["weight"] for r in rs)
        covered = sum(w for _, w in measured)
        out[fam] = {
            "score": _r(_wmean(measured)),
            "coverage": _coverage(covered, applicable),
            "checks": len(rs),
            "measured": len(measured),
        }
    return out


def criteria_scores(fams: dict[str, dict[str, Any]], criteria: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for cid, cfg in criteria.items():
        weights = cfg.get("families", {})
        pairs = [(fams[f]["score"], w) for f, w in weights.items() if f in fams and fams[f]["score"] is not None]
        cov_pairs = [((fams[f]["coverage"] or 0) if f in fams and fams[f]["coverage"] is not None else 0, w)
                     for f, w in weights.items() if f in fams and fams[f]["checks"]]
        cov = _wmean(cov_pairs)
        full = cov is not None and all(c >= 100 for c, _ in cov_pairs)
        out[cid] = {"score": _r(_wmean(pairs)), "coverage": None if cov is None else (99.9 if round(cov, 1) >= 100 and not full else _r(cov)),
                    "title": cfg.get("title") or {"fr": cid, "en": cid},
                    "families": {f: float(w) for f, w in weights.items()}}  # its makeup, for the people who read the report
        if cfg.get("description"):
            out[cid]["description"] = cfg["description"]
    return out


def overall_score(crits: dict[str, dict[str, Any]], fams: dict[str, dict[str, Any]], ruleset_data: dict[str, Any]) -> float | None:
    weights = (ruleset_data.get("overall") or {}).get("criteria")
    if crits:
        weights = weights or {c: 1 for c in crits}
        return _r(_wmean([(crits[c]["score"], w) for c, w in weights.items() if c in crits and crits[c]["score"] is not None]))
    fw = ruleset_data.get("families") or {}
    return _r(_wmean([(f["score"], float((fw.get(k) or {}).get("weight", 1))) for k, f in fams.items() if f["score"] is not None]))


def _requirement_status(req: Any) -> tuple[str, tuple[str, ...]]:
    if isinstance(req, str):
        return req, ("pass",)
    return req["id"], ("pass", "warn") if req.get("status") == "warn" else ("pass",)


def unmet_requirements(level: dict[str, Any], by_id: dict[str, dict[str, Any]], overall: float | None,
                       crits: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """What keeps a level from being reached: a list of {kind, id, needed, actual}."""
    req = level.get("requires") or {}
    unmet = []
    for item in req.get("checks", []):
        cid, ok = _requirement_status(item)
        r = by_id.get(cid)
        actual = r["status"] if r else "not_run"
        if actual not in ok:
            unmet.append({"kind": "check", "id": cid, "needed": "/".join(ok), "actual": actual})
    if "min_score" in req and (overall is None or overall < req["min_score"]):
        unmet.append({"kind": "score", "id": "overall", "needed": req["min_score"], "actual": overall})
    for crit, minimum in (req.get("min_criteria") or {}).items():
        actual = (crits.get(crit) or {}).get("score")
        if actual is None or actual < minimum:
            unmet.append({"kind": "criterion", "id": crit, "needed": minimum, "actual": actual})
    return unmet


def readiness_level(levels: list[dict[str, Any]], results: list[dict[str, Any]], overall: float | None,
                    crits: dict[str, dict[str, Any]]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    by_id = {r["id"]: r for r in results}
    reached = None
    for rank, lv in enumerate(levels):
        unmet = unmet_requirements(lv, by_id, overall, crits)
        entry = {"id": lv["id"], "rank": rank, "title": lv["title"], "description": lv.get("description")}
        if unmet:
            return reached, {**entry, "unmet": unmet}
        reached = entry
    return reached, None


def compute_scores(results: list[dict[str, Any]], ruleset_data: dict[str, Any], families: list[str]) -> dict[str, Any]:
    fams = family_scores(results, families)
    crits = criteria_scores(fams, ruleset_data.get("criteria") or {})
    overall = overall_score(crits, fams, ruleset_data)
    applicable = [r for r in results if r["status"] != "not_applicable" and r["weight"] > 0]
    total_w = sum(r["weight"] for r in applicable)
    measured_w = sum(r["weight"] for r in applicable if r["status"] in CONCLUSIVE)
    level, next_level = readiness_level(ruleset_data.get("levels") or [], results, overall, crits)
    return {
        "overall": overall,
        "coverage": _coverage(measured_w, total_w),
        "level": level,
        "next_level": next_level,
        "criteria": crits,
        "families": fams,
        "unmeasured": [{"id": r["id"], "status": r["status"], "reason": r["message"]} for r in applicable if r["status"] in UNMEASURED],
    }


def action_plan(results: list[dict[str, Any]], ruleset_data: dict[str, Any], families: list[str], limit: int = 8) -> list[dict[str, Any]]:
    """The changes that would raise the overall score most: each conclusive check below 10, with the
    overall points it would add at full score, and whether it is needed for the next level."""
    base = compute_scores(results, ruleset_data, families)
    base_overall = base["overall"] or 0.0
    next_ids = {u["id"] for u in (base["next_level"] or {}).get("unmet", []) if u["kind"] == "check"}
    plan = []
    for i, r in enumerate(results):
        if r["status"] not in CONCLUSIVE or r["score"] is None or r["score"] >= 10 or r["weight"] <= 0:
            continue
        trial = list(results)
        trial[i] = {**r, "score": 10.0, "status": "pass"}
        gain = (compute_scores(trial, ruleset_data, families)["overall"] or 0.0) - base_overall
        plan.append({"id": r["id"], "gain": round(gain, 1), "unlocks_next_level": r["id"] in next_ids,
                     "effort": r.get("effort", "hours"), "status": r["status"]})
    effort_rank = {"minutes": 0, "hours": 1, "days": 2}
    plan.sort(key=lambda p: (not p["unlocks_next_level"], -p["gain"], effort_rank.get(p["effort"], 1), p["id"]))
    return plan[:limit]


def gate(scores: dict[str, Any], levels: list[dict[str, Any]], fail_under: float | None, min_level: str | None) -> dict[str, Any]:
    """Whether the CI gate is met; ``reasons`` says why not."""
    reasons = []
    overall = scores.get("overall")
    if fail_under is not None and (overall is None or overall < fail_under):
        reasons.append({"kind": "score", "needed": fail_under, "actual": overall})
    if min_level:
        ids = [lv["id"] for lv in levels]
        want = ids.index(min_level) if min_level in ids else None
        have = (scores.get("level") or {}).get("rank", -1)
        if want is not None and have < want:
            reasons.append({"kind": "level", "needed": min_level, "actual": (scores.get("level") or {}).get("id")})
    return {"fail_under": fail_under, "min_level": min_level, "passed": not reasons, "reasons": reasons}
