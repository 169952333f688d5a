"""First documentation check: a README exists."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check


@check(
    id="documentation.readme",
    family="documentation",
    effort="hours",
    title=T("Un README présente le projet", "A README presents the project"),
    rationale=T(
        "Le README est la première chose que lit une collectivité qui découvre le projet : sans lui, elle ne sait ni à quoi il sert ni comment l'installer.",
        "The README is the first thing a local government discovering the project reads: without it, it knows neither what the project is for nor how to install it.",
    ),
    remediation=T(
        "Ajoutez un README.md à la racine : à quoi sert le service, pour qui, comment l'installer, l'utiliser et y contribuer, sous quelle licence.",
        "Add a README.md at the root: what the service does, for whom, how to install, use and contribute to it, under which license.",
    ),
    params={"min_words": 50},
)
def readme(ctx) -> Result:
    path = ctx.fact("files").get("readme")
    if not path:
        return Result.fail(T("Aucun README à la racine.", "No README at the root."), [Evidence(path="README.md", kind="missing")])
    text = ctx.snapshot.read_text(path) or ""
    words = len(text.split())
    minimum = int(ctx.params.get("min_words", 50))
    if words < minimum:
        return Result.warn(T(f"README très court ({words} mots).", f"Very short README ({words} words)."),
                           [Evidence(path=path, value=words)], score=4, words=words)
    return Result.passed(T(f"README présent ({words} mots).", f"README present ({words} words)."), [Evidence(path=path, value=words)], words=words)
