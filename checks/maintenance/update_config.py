"""The Dependabot configuration advised by ``maintenance.dependency-updates`` for the manifests found (split from forge.py)."""

from __future__ import annotations

from auditor.checks.interface import T
from auditor.facts.inventory import manifest_ecosystem
from auditor.facts.tree import tree_of

# Dependabot's package-ecosystem for each manifest family (auditor.facts.inventory.manifest_ecosystem)
DEPENDABOT = {"npm": "npm", "pip": "pip", "python": "pip", "pipenv": "pip", "composer": "composer", "bundler": "bundler",
              "maven": "maven", "gradle": "gradle", "go": "gomod", "cargo": "cargo", "mix": "mix", "dart": "pub", "docker": "docker",
              "swiftpm": "swift", "nuget": "nuget", "elm": "elm"}  # (CocoaPods: Renovate only)


def update_config(ctx, manifests: list[str]) -> dict[str, str]:
    """The Dependabot entries (ecosystem, folder) for the manifests found, and Renovate for GitLab. A Python manifest whose folder
    holds a uv.lock is Dependabot's uv ecosystem, which updates the lock with it (issue 12, s44 fn44 = TelesCoop/solweig-gpu)."""
    uv = {("/" + e.path.rsplit("/", 1)[0]) if "/" in e.path else "/" for e in tree_of(ctx) if e.name == "uv.lock"}
    entries = []
    for path in manifests:
        if path.endswith(".xcodeproj/project.pbxproj"):  # (an Xcode project's Swift packages: Dependabot's swift, in the folder holding it)
            path = (path.split(".xcodeproj/", 1)[0].rpartition("/")[0] + "/Package.swift").lstrip("/")
        eco = "gitsubmodule" if path == ".gitmodules" else \
            DEPENDABOT.get("docker" if path.rsplit("/", 1)[-1].lower() == "dockerfile" else (manifest_ecosystem(path) or ""))
        folder = "/" + path.rsplit("/", 1)[0] if "/" in path else "/"
        eco = "uv" if eco == "pip" and folder in uv and path.rsplit("/", 1)[-1] == "pyproject.toml" else eco
        if eco and (eco, folder) not in entries:
            entries.append((eco, folder))
    entries.sort(key=lambda ef: (ef[0] == "docker", ef[1].count("/"), ef))  # the code's manifests first, the shallowest first
    if not entries and manifests and all(p.rsplit("/", 1)[-1] == "Podfile" for p in manifests):  # (Renovate reads CocoaPods, Dependabot not)
        shown = ", ".join(manifests[:3])
        return T(f"Activez Renovate avec un renovate.json à la racine qui étend la configuration recommandée (config:recommended) : "
                 f"il lit {shown}, que Dependabot ne lit pas. Fusionnez ensuite ses propositions chaque semaine.",
                 f"Enable Renovate with a renovate.json at the root extending the recommended configuration (config:recommended): "
                 f"it reads {shown}, which Dependabot does not. Then merge its proposals every week.")
    shown = "; ".join(f"package-ecosystem: {e}, directory: \"{f}\"" for e, f in entries[:4]) or "package-ecosystem: …"
    shown += f" (+{len(entries) - 4})" if len(entries) > 4 else ""
    return T(f"Sur GitHub, créez .github/dependabot.yml (version: 2) avec une entrée par manifeste trouvé — {shown} — et "
             "schedule: interval: weekly ; sur GitLab, activez Renovate avec un renovate.json à la racine "
             "qui étend la configuration recommandée (config:recommended). Fusionnez ensuite ses propositions chaque semaine.",
             f"On GitHub, create .github/dependabot.yml (version: 2) with one entry per manifest found — {shown} — and "
             "schedule: interval: weekly; on GitLab, enable Renovate with a renovate.json at the root "
             "extending the recommended configuration (config:recommended). Then merge its proposals every week.")
