"""What changed between two reports of one project: scores, level, and each check's status."""

from __future__ import annotations

from typing import Any


_RANK = {"pass": 3, "warn": 2, "fail": 1}


def _level(report: dict[str, Any]) -> dict[str, Any] | None:
    return (report.get("scores") or {}).get("level")


def _transition(a: str, b: str, old_score: Any, new_score: Any) -> str | None:
    """Which list a check whose status went from ``a`` to ``b`` belongs to (None: unchanged)."""
    if a == b:
        return "changed" if a in _RANK and old_score != new_score else None
    if b == "pass" and a in ("warn", "fail"):
        return "fixed"
    if a in _RANK and b in _RANK:
        return "regressed" if _RANK[b] < _RANK[a] else "improved"
    return "regressed" if a == "pass" else "changed"


def _side(r: dict[str, Any]) -> dict[str, Any]:
    lv = _level(r)
    return {"commit": r["target"].get("commit"), "as_of": r["target"].get("as_of"), "overall": (r.get("scores") or {}).get("overall"),
            "level": lv.get("id") if lv else None, "level_rank": lv.get("rank") if lv else None,
            "level_title": lv.get("title") if lv else None}


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else round(b - a, 1)


def _criteria(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    crits = {}
    oc, nc = (old.get("scores") or {}).get("criteria") or {}, (new.get("scores") or {}).get("criteria") or {}
    for cid in list(nc) + [c for c in oc if c not in nc]:
        a, b = (oc.get(cid) or {}).get("score"), (nc.get(cid) or {}).get("score")
        crits[cid] = {"old": a, "new": b, "delta": _delta(a, b), "title": (nc.get(cid) or oc.get(cid) or {}).get("title") or {"fr": cid, "en": cid}}
    return crits


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What changed between two reports of a project: checks fixed, regressed, new; scores and level."""
    o = {r["id"]: r for r in old.get("results", [])}
    n = {r["id"]: r for r in new.get("results", [])}

    def item(cid: str) -> dict[str, Any]:
        a, b = o.get(cid), n.get(cid)
        ref = b or a
        return {"id": cid, "family": ref.get("family"), "title": ref.get("title") or {"fr": cid, "en": cid},
                "old_status": a["status"] if a else None, "new_status": b["status"] if b else None,
                "old_score": a.get("score") if a else None, "new_score": b.get("score") if b else None,
                "message": (b or {}).get("message")}

    lists: dict[str, list] = {"fixed": [], "regressed": [], "improved": [], "new": [], "removed": [], "changed": []}
    for cid in n:
        kind = "new" if cid not in o else _transition(o[cid]["status"], n[cid]["status"], o[cid].get("score"), n[cid].get("score"))
        if kind:
            lists[kind].append(item(cid))
    lists["removed"] = [item(cid) for cid in o if cid not in n]
    so, sn = _side(old), _side(new)
    lr_o, lr_n = so["level_rank"], sn["level_rank"]
    direction = "same" if so["level"] == sn["level"] else ("up" if (lr_n if lr_n is not None else -1) > (lr_o if lr_o is not None else -1) else "down")
    return {
        "target": new["target"].get("input"),
        "from": so, "to": sn,
        "overall": {"old": so["overall"], "new": sn["overall"], "delta": _delta(so["overall"], sn["overall"])},
        "level": {"old": so["level"], "new": sn["level"], "direction": direction, "old_title": so["level_title"], "new_title": sn["level_title"]},
        "criteria": _criteria(old, new),
        **lists,
    }
