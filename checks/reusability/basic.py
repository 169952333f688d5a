"""reusability.dependencies: manifests, lockfiles per ecosystem, and an update tool."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts.inventory import inventory_of


# kinds of project that may have no package manager at all (SQL scripts, QGIS projects, schemas, plain pages)
NO_MANIFEST_KINDS = ("data-model", "gis-kit", "data-specification", "static-site", "analysis", "infrastructure")


@check(
    id="reusability.dependencies",
    family="reusability",
    effort="hours",
    title=T("Les dépendances sont déclarées, verrouillées et tenues à jour", "Dependencies are declared, locked and kept up to date"),
    rationale=T(
        "Une autre équipe ne peut réinstaller le service à l'identique que si ses dépendances sont déclarées dans un manifeste et "
        "verrouillées (lockfile) dans chaque écosystème ; un outil de mise à jour (Dependabot, Renovate) limite la dette de sécurité.",
        "Another team can only reinstall the service identically if its dependencies are declared in a manifest and locked (lockfile) "
        "in each ecosystem; an update tool (Dependabot, Renovate) limits the security debt.",
    ),
    remediation=T(
        "Versionnez le fichier de verrouillage de chaque manifeste listé (package-lock.json, yarn.lock, poetry.lock, uv.lock, "
        "composer.lock…) et ajoutez .github/dependabot.yml ou renovate.json.",
        "Commit the lockfile of each listed manifest (package-lock.json, yarn.lock, poetry.lock, uv.lock, composer.lock…) and add "
        ".github/dependabot.yml or renovate.json.",
    ),
)
def dependencies(ctx) -> Result:
    from auditor.facts.project import kind_label

    value = ctx.fact("manifests")
    manifests = value["manifests"]
    proj = ctx.fact("project") or {}
    kind = proj.get("kind") if proj.get("kind_decided") else None
    if not manifests:
        copies = sorted(p for p in inventory_of(ctx).paths("vendored") if p.endswith((".js", ".mjs"))
                        and not p.startswith("node_modules/") and "/node_modules/" not in p)
        if copies:  # runtime libraries copied into the repository: undeclared, unlocked, never updated by a tool
            ev = [Evidence(path=p, kind="finding", note=T("Bibliothèque copiée dans le dépôt, sans manifeste : sa version et ses mises à jour ne sont suivies par aucun outil.",
                                                          "Library copied into the repository, without a manifest: no tool tracks its version and updates.")) for p in copies[:30]]
            r = Result.scored(3, T(f"Aucun manifeste : {len(copies)} bibliothèque(s) JavaScript copiée(s) dans le dépôt ne sont ni déclarées, ni verrouillées, ni suivies.",
                                   f"No manifest: {len(copies)} JavaScript librar(y/ies) copied into the repository are neither declared, locked nor tracked."),
                                 ev, ecosystems={}, vendored_copies=len(copies), kind=kind)
            r.remediation = T("Déclarez les bibliothèques utilisées dans un package.json (avec leur version) et verrouillez-les (package-lock.json), "
                              "ou chargez-les depuis un CDN avec leur version et une empreinte d'intégrité (SRI) ; ajoutez Dependabot ou Renovate.",
                              "Declare the libraries in a package.json (with their versions) and lock them (package-lock.json), or load them from a "
                              "CDN with their version and an integrity hash (SRI); add Dependabot or Renovate.")
            return r
        if kind in NO_MANIFEST_KINDS:
            return Result.not_applicable(T(f"Aucun manifeste de dépendances, et aucun n'est attendu d'un projet de type « {kind_label(kind, 'fr')} ».",
                                           f"No dependency manifest, and none is expected from a {kind_label(kind, 'en')}."), ecosystems={}, kind=kind)
        return Result.fail(T("Aucun manifeste de dépendances.", "No dependency manifest."), ecosystems={})
    invalid = [m for m in manifests if m["error"]]
    # manifests that declare something (a package.json with only scripts needs no lockfile)
    relevant = [m for m in manifests if m["dependencies"] or m["dev_dependencies"]]
    unlocked = [m for m in relevant if not m["lockfile"]]
    # setup.py/setup.cfg beside a locked pyproject.toml are the same project
    locked_dirs = {(m["path"].rsplit("/", 1)[0] if "/" in m["path"] else "") for m in relevant if m["lockfile"]}
    unlocked = [m for m in unlocked if not (m["ecosystem"] in ("pip", "python") and (m["path"].rsplit("/", 1)[0] if "/" in m["path"] else "") in locked_dirs)]
    tools = value["update_tools"]
    ev = [Evidence(path=m["path"], value={"ecosystem": m["ecosystem"], "lockfile": m["lockfile"], "dependencies": len(m["dependencies"])}, kind="found")
          for m in relevant[:30] if m["lockfile"]]
    ev += [Evidence(path=m["path"], value=m["ecosystem"], kind="finding",
                    note=T("Manifeste sans fichier de verrouillage : l'installation n'est pas reproductible.",
                           "Manifest without a lockfile: the install is not reproducible.")) for m in unlocked[:30]]
    ev += [Evidence(path=m["path"], value=m["error"], kind="finding", note=T("Manifeste illisible.", "Unreadable manifest.")) for m in invalid[:10]]
    ev += [Evidence(path=t["path"], value=t["tool"], kind="found") for t in tools[:3]]
    if not tools:
        ev.append(Evidence(kind="missing", value="dependabot/renovate", note=T("Aucun outil de mise à jour des dépendances.", "No dependency update tool.")))
    ecos = sorted({m["ecosystem"] for m in relevant})
    score = 3.0
    score += 4.0 * ((len(relevant) - len(unlocked)) / len(relevant)) if relevant else 4.0
    score += 3.0 if tools else 0.0
    score -= min(2.0, len(invalid))
    msg = T(f"{len(relevant)} manifeste(s) ({', '.join(ecos) or '—'}), {len(unlocked)} sans verrouillage ; outil de mise à jour : "
            f"{', '.join(sorted({t['tool'] for t in tools})) or 'aucun'}.",
            f"{len(relevant)} manifest(s) ({', '.join(ecos) or '—'}), {len(unlocked)} without a lockfile; update tool: "
            f"{', '.join(sorted({t['tool'] for t in tools})) or 'none'}.")
    return Result.scored(score, msg, ev, ecosystems=value["ecosystems"], unlocked=[m["path"] for m in unlocked][:50],
                         update_tools=sorted({t["tool"] for t in tools}))
