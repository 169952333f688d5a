"""reusability.dependencies' evidence: the manifests found and those without a lockfile (a Dockerfile's pip install said as
such), and the imports of Python packages no manifest declares (moved out of basic.py, issue 12, s36 lead: over 400 lines
after this session's fixes; a pure move)."""

from __future__ import annotations

from auditor.checks.interface import Evidence, T
from auditor.facts.inventory import ACTIONS_ONLY_ECOSYSTEMS


def _manifest_evidence(relevant: list[dict], unlocked: list[dict], invalid: list[dict], tools: list[dict]) -> list[Evidence]:
    ev = [Evidence(path=m["path"], value={"ecosystem": m["ecosystem"], "lockfile": m["lockfile"], "dependencies": len(m["dependencies"])}, kind="found")
          for m in relevant[:30] if m["lockfile"]]
    alone = not (any(m.get("dockerfile") for m in relevant) and any(m.get("script") for m in relevant))  # (both declare: neither "only")
    ev += [Evidence(path=m["path"], value=m["ecosystem"], kind="finding",
                    note=_dockerfile_note(m, alone) if m.get("dockerfile") or m.get("script") else _floating_note(m["floating"]) if m.get("floating") else
                    T("Manifeste sans fichier de verrouillage : l'installation n'est pas reproductible.",
                      "Manifest without a lockfile: the install is not reproducible.")) for m in unlocked[:30]]
    ev += [Evidence(path=m["path"], value=m["error"], kind="finding", note=T("Manifeste illisible.", "Unreadable manifest.")) for m in invalid[:10]]
    ev += [Evidence(path=t["path"], value=t["tool"], kind="found") for t in tools[:3] if t["tool"]]
    if not tools:
        ev.append(Evidence(kind="missing", value="dependabot/renovate", note=T("Aucun outil de mise à jour des dépendances.", "No dependency update tool.")))
    return ev


def _floating_note(floating: list[str]) -> dict[str, str]:
    """A pom.xml's dependencies declared by a version range or a -SNAPSHOT: each build may take another version."""
    shown = ", ".join(floating[:4]) + ("…" if len(floating) > 4 else "")
    return T(f"Versions non figées ({shown}) : chaque construction prend la plus récente de l'intervalle ou du SNAPSHOT, "
             "l'installation n'est pas reproductible.",
             f"Versions not pinned ({shown}): each build takes the newest in the range or the latest SNAPSHOT, the install is not "
             "reproducible.")


def _loose_evidence(ctx, loose: list[str]) -> list[Evidence]:
    """Where the code first imports each Python package no manifest declares, and the list of them as missing."""
    if not loose:
        return []
    where = (ctx.fact("python_imports") or {}).get("where") or {}
    ev = [Evidence(path=where[m][0], line=where[m][1], kind="finding", value=m,
                   note=T(f"Importe {m}, qu'aucun manifeste Python ne déclare.", f"Imports {m}, which no Python manifest declares."))
          for m in loose[:10] if m in where]
    # (the Python manifests there are, when there are some: they do not name these packages — an empty requirements.txt beside a
    # setup.py declaring nothing, issue 12, s37 vf37 = neogeo-technologies/idgo-store — never "no Python manifest")
    own = [m["path"] for m in (ctx.fact("manifests") or {}).get("manifests") or [] if m.get("ecosystem") in _PYTHON_ECOSYSTEMS][:3]
    if own:
        return ev + [Evidence(kind="missing", value=loose[:20], note=T(f"Les manifestes Python du dépôt ({', '.join(own)}) ne déclarent pas ces paquets.",
                                                                       f"The repository's Python manifests ({', '.join(own)}) do not declare these packages."))]
    return ev + [Evidence(kind="missing", value=loose[:20], note=T("Aucun manifeste Python (requirements.txt, pyproject.toml, Pipfile).",
                                                                   "No Python manifest (requirements.txt, pyproject.toml, Pipfile)."))]


_PYTHON_ECOSYSTEMS = frozenset({"pip", "python", "pipenv", "poetry", "conda", "uv", "pdm"})


def _dockerfile_note(m: dict, alone: bool = True) -> dict[str, str]:
    """The note of a Dockerfile whose RUN pip install names the Python packages (the manifests fact's ``dockerfile``), or of a shell
    install script's pip install (``script``, issue 12, s43 fb43 = lecoqal/pphook); "only" when no other such pip install declares them."""
    loose = m.get("unpinned") or []
    shown = ", ".join(loose[:6]) + ("…" if len(loose) > 6 else "")
    only_fr, only_en = ("seulement ", "only ") if alone else ("", "")
    if m.get("script"):
        return T(f"Dépendances Python déclarées {only_fr}par le pip install du script d'installation : {len(loose)} paquet(s) sur "
                 f"{len(m['dependencies'])} sans version exacte ({shown}) ; chaque installation prend les dernières versions, rien ne les verrouille.",
                 f"Python dependencies declared {only_en}by the install script's pip install: {len(loose)} of {len(m['dependencies'])} "
                 f"package(s) without an exact version ({shown}); each install takes the latest versions, nothing locks them.")
    return T(f"Dépendances Python déclarées {only_fr}par le pip install du Dockerfile : {len(loose)} paquet(s) sur {len(m['dependencies'])} "
             f"sans version exacte ({shown}) ; chaque construction de l'image installe les dernières versions, rien ne les verrouille.",
             f"Python dependencies declared {only_en}by the Dockerfile's pip install: {len(loose)} of {len(m['dependencies'])} package(s) "
             f"without an exact version ({shown}); each build of the image installs the latest versions, nothing locks them.")


def _actions_only(tool: dict) -> bool:
    """A dependabot.yml whose package ecosystems are all github-actions: it updates the workflows' actions, no manifest of the
    project's (issue 12, s39 fl39 = govpf/pwshare: go.mod beside a github-actions-only dependabot.yml). A configuration whose
    ecosystems are unread (none found) keeps counting."""
    return tool["tool"] == "dependabot" and bool(tool.get("ecosystems")) and set(tool["ecosystems"]) <= ACTIONS_ONLY_ECOSYSTEMS


def updates_nothing(tool: dict) -> bool:
    """A dependabot.yml every update of which, but the workflows' actions, points at a directory holding no manifest of its ecosystem
    (bundler at "/" where the Gemfile is docs/Gemfile): it can propose nothing (issue 12, s45 fe45)."""
    wrong = {m["ecosystem"] for m in tool.get("misdirected") or []}
    return tool["tool"] == "dependabot" and bool(wrong) and set(tool.get("ecosystems") or []) - ACTIONS_ONLY_ECOSYSTEMS <= wrong \
        and len(tool.get("misdirected") or []) >= 1


def project_update_tools(tools: list[dict]) -> list[dict]:
    """The update tools that update the project's dependencies (not one updating the actions only, nor one pointed at no manifest)."""
    return [t for t in tools if not _actions_only(t) and not updates_nothing(t)]


def misdirected_evidence(tools: list[dict]) -> list[Evidence]:
    """Each update of a dependabot.yml whose directory holds no manifest of its ecosystem, with where the manifests are."""
    out = []
    for t in tools:
        for m in (t.get("misdirected") or [])[:3]:
            where = ", ".join(m["manifests_in"]) or "—"
            out.append(Evidence(path=t["path"], value=f"{m['ecosystem']} {m['directory']}", kind="finding",
                                note=T(f"Dependabot surveille {m['ecosystem']} dans {m['directory']}, où il n'y a aucun manifeste de cet "
                                       f"écosystème (il y en a dans : {where}) : il ne peut rien proposer.",
                                       f"Dependabot watches {m['ecosystem']} in {m['directory']}, where there is no manifest of that "
                                       f"ecosystem (there are some in: {where}): it can propose nothing.")))
    return out[:5]


def actions_only_evidence(tools: list[dict]) -> list[Evidence]:
    return [Evidence(path=t["path"], value="github-actions", kind="finding",
                     note=T("Dependabot n'y met à jour que les actions GitHub des workflows (package-ecosystem: github-actions), aucun "
                            "manifeste de dépendances du projet.",
                            "Dependabot updates only the workflows' GitHub Actions there (package-ecosystem: github-actions), no "
                            "dependency manifest of the project.")) for t in tools[:3] if _actions_only(t)]
