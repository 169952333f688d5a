"""First maintenance check: a commit in the last 365 days."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check


@check(
    id="maintenance.activity",
    family="maintenance",
    effort="days",
    needs_history=True,
    title=T("Le projet est actif", "The project is active"),
    rationale=T(
        "Un projet qui n'évolue plus ne corrige plus ses failles ni ses dépendances : une collectivité qui le réutilise en hérite seule.",
        "A project that no longer changes no longer fixes its flaws or dependencies: a local government that reuses it inherits them alone.",
    ),
    remediation=T(
        "Publiez régulièrement les évolutions dans le dépôt public (pas seulement dans un dépôt interne) et datez vos versions par des tags.",
        "Publish changes regularly in the public repository (not only in an internal one) and mark releases with tags.",
    ),
    params={"min_commits_365d": 1},
)
def activity(ctx) -> Result:
    act = ctx.fact("activity")
    if not act.get("available"):
        return Result.inconclusive(act["reason"])
    n = act["commits_365d"]
    ev = [Evidence(value={"commits_365d": n, "last_commit_date": act["last_commit_date"]})]
    if n >= int(ctx.params.get("min_commits_365d", 1)):
        return Result.passed(T(f"{n} commit(s) dans les 365 derniers jours.", f"{n} commit(s) in the last 365 days."), ev)
    return Result.fail(T("Aucun commit dans les 365 derniers jours.", "No commit in the last 365 days."), ev)
