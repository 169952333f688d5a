"""First reusability check: a dependency manifest exists."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check

MANIFESTS = {
    "package.json", "requirements.txt", "pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "composer.json",
    "Gemfile", "pom.xml", "build.gradle", "build.gradle.kts", "go.mod", "Cargo.toml", "mix.exs", "environment.yml",
}


@check(
    id="reusability.dependencies",
    family="reusability",
    effort="hours",
    title=T("Les dépendances sont déclarées", "Dependencies are declared"),
    rationale=T(
        "Une autre équipe ne peut réinstaller le service que si ses dépendances sont déclarées dans un manifeste, idéalement avec un fichier de verrouillage.",
        "Another team can only reinstall the service if its dependencies are declared in a manifest, ideally with a lockfile.",
    ),
    remediation=T(
        "Déclarez les dépendances dans le manifeste de votre écosystème (package.json, pyproject.toml, composer.json…) et versionnez le fichier de verrouillage.",
        "Declare dependencies in your ecosystem's manifest (package.json, pyproject.toml, composer.json…) and commit the lockfile.",
    ),
)
def dependencies(ctx) -> Result:
    found = sorted(e.path for e in ctx.snapshot.files.values() if e.name in MANIFESTS and "node_modules/" not in e.path)
    if not found:
        return Result.fail(T("Aucun manifeste de dépendances.", "No dependency manifest."))
    locks = ctx.fact("files").get("lockfiles") or []
    ev = [Evidence(path=p, kind="found") for p in found[:20]]
    if not locks:
        return Result.warn(T("Manifeste présent, sans fichier de verrouillage.", "Manifest present, without a lockfile."), ev, score=6)
    return Result.passed(T("Manifeste et fichier de verrouillage présents.", "Manifest and lockfile present."), ev + [Evidence(path=p) for p in locks[:10]])
