"""``licensing.dependencies``: the dependencies' licenses are compatible with the project's.

The dependencies and their declared licences come from the ``dependency_licenses`` fact (which
reads the lockfiles and, unless offline, asks the package index); this check judges each licence
against the project's. Dependencies without licence data and sources that carry none are
*inconclusive*, never passed silently.
"""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts.manifests import ECOSYSTEM_FAMILY
from auditor.i18n import known_phrase
from auditor.licenses.advice import fitting
from auditor.licenses.compat import verdict

@check(
    id="licensing.dependencies",
    family="licensing",
    effort="days",
    title=T("Les licences des dépendances sont compatibles avec celle du projet", "Dependencies' licenses are compatible with the project's"),
    rationale=T(
        "Une dépendance sous licence incompatible (par exemple une bibliothèque GPL dans un projet MIT ou EUPL) oblige à changer "
        "la licence de l'ensemble ou à retirer la dépendance : la collectivité qui réutilise le service hérite de ce risque juridique.",
        "A dependency under an incompatible license (for instance a GPL library in an MIT or EUPL project) forces a change of the "
        "whole work's license or the removal of the dependency: the local government that reuses the service inherits the legal risk.",
    ),
    remediation=T(
        "Pour chaque dépendance signalée : remplacez-la par une alternative sous licence compatible, isolez-la (service séparé, "
        "bibliothèque non modifiée), ou choisissez pour le projet une licence compatible (l'annexe de l'EUPL-1.2 et l'article 5.3.4 "
        "de la CeCILL-2.1 listent les licences avec lesquelles on peut combiner). Déclarez une licence SPDX dans chaque paquet interne.",
        "For each flagged dependency: replace it with an alternative under a compatible license, isolate it (separate service, "
        "unmodified library), or choose a compatible license for the project (the EUPL-1.2 Appendix and CeCILL-2.1 art. 5.3.4 list "
        "the licenses one may combine with). Declare an SPDX license in every internal package.",
    ),
    params={"include_dev": False, "examples": 12},
)
def dependencies(ctx) -> Result:
    lic = ctx.fact("license")
    project_ids = lic.get("ids") or []
    if lic.get("named") and not lic.get("spdx"):  # "AGPL" without version: which version decides what may be combined
        return Result.inconclusive(T(f"Licence du projet nommée sans sa version ({lic['named']}) : compatibilité des dépendances non mesurable.",
                                     f"Project license named without its version ({lic['named']}): dependency compatibility cannot be measured."))
    if lic.get("status") == "none":  # no file, manifest, header nor README says a licence: nothing to judge a dependency against
        return Result.inconclusive(T("Le projet n'indique aucune licence : rien contre quoi juger celles de ses dépendances.",
                                     "The project states no license: nothing to judge its dependencies' licenses against.")).advise(T(
            "Choisissez d'abord la licence du projet (le critère « licence libre » en propose une qui convient aux licences de ses "
            "dépendances) et mettez son texte dans LICENSE à la racine ; la compatibilité de chaque dépendance se juge ensuite contre elle.",
            "First choose the project's license (the “free/open source license” criterion proposes one that fits its dependencies' licenses) and put "
            "its text in LICENSE at the root; each dependency's compatibility is then judged against it."))
    if not lic.get("spdx") or not project_ids:
        return Result.inconclusive(T("Licence du projet inconnue ou contestée : compatibilité non mesurable.",
                                     "Project license unknown or disputed: compatibility cannot be measured."))
    deps = ctx.fact("dependency_licenses")
    inconclusive_sources: list[dict] = list(deps["inconclusive_sources"])
    # libraries copied into the repository (JavaScript files, Java archives) are dependencies too, with the licence their banner names
    copies = [{"name": lib["name"], "version": lib["version"], "license": lib["license"], "dev": False, "path": lib["paths"][0], "line": lib.get("line"),
               "via": "copy", **({"license_url": lib["license_url"]} if lib.get("license_url") else {}),
               **({"license_unread": True} if lib.get("license_unread") else {})}
              for lib in (ctx.fact("inventory") or {}).get("libraries") or []]
    checked, dev_skipped = _judge(deps["dependencies"] + copies, project_ids, ctx.params["include_dev"])
    if checked and not deps["dependencies"]:  # copies judged by their banners, the manifests' declared dependencies never looked up
        seen = {s["path"] for s in inconclusive_sources}
        inconclusive_sources += [{"path": m["path"], "reason": f"{len(m['dependencies'])} declared dependencies whose licenses are not read"}
                                 for m in ctx.fact("manifests")["manifests"] if m["dependencies"] and not m.get("tooling") and m["path"] not in seen]
    if not checked and not inconclusive_sources:
        declared = [m for m in ctx.fact("manifests")["manifests"] if m["dependencies"] and not m.get("tooling")]
        if declared:  # a setup.py's install_requires, whose licences this audit does not look up
            # a package declared in two manifests (a Pipfile and a requirements.txt) is one dependency: names as the index compares them
            n_deps = len({(ECOSYSTEM_FAMILY.get(m.get("ecosystem"), m.get("ecosystem")), re.sub(r"[-_.]+", "-", str(d).lower())) for m in declared for d in m["dependencies"]})
            where = ", ".join(m["path"] for m in declared[:3])
            return Result.inconclusive(T(f"{n_deps} dépendance(s) déclarée(s) dans {where}, dont les licences ne sont pas lues : compatibilité non mesurée.",
                                         f"{n_deps} dependenc(y/ies) declared in {where}, whose licenses are not read: compatibility not measured."),
                                       [Evidence(path=m["path"], value=m["dependencies"][:20], kind="missing") for m in declared[:3]])
        loaded = _r_packages_loaded(ctx)
        if loaded:  # an R script or Shiny application loading packages no DESCRIPTION or renv.lock declares
            names = sorted({h[2] for h in loaded})
            shown = ", ".join(names[:8]) + ("…" if len(names) > 8 else "")
            return Result.inconclusive(T(f"{len(names)} paquet(s) R chargé(s) dans le code ({shown}) sans être déclaré(s) dans un DESCRIPTION ou un "
                                         "renv.lock : leurs licences ne sont pas lues, compatibilité non mesurée.",
                                         f"{len(names)} R package(s) loaded in the code ({shown}) and declared in no DESCRIPTION or renv.lock: "
                                         "their licenses are not read, compatibility not measured."),
                                       [Evidence(path=p, line=line, value=name, kind="missing") for p, line, name, _ in loaded[:10]])
        imported = _python_modules_imported(ctx)
        if imported:  # a script importing lxml, requests… that no requirements.txt or pyproject declares
            shown = ", ".join(imported[:8]) + ("…" if len(imported) > 8 else "")
            return Result.inconclusive(T(f"{len(imported)} module(s) Python importé(s) par le code ({shown}) sans être déclaré(s) dans un manifeste : "
                                         "leurs licences ne sont pas lues, compatibilité non mesurée.",
                                         f"{len(imported)} Python module(s) imported by the code ({shown}) and declared in no manifest: their "
                                         "licenses are not read, compatibility not measured."), python_modules=imported[:20])
        empty = [m["path"] for m in ctx.fact("manifests")["manifests"]] + [f["path"] for f in ctx.fact("manifests").get("lockfiles") or []]
        if empty:  # a plugin's composer.json and package.json (and their lockfiles) that declare nothing
            shown = ", ".join(sorted(set(empty))[:4])
            return Result.not_applicable(T(f"Aucune dépendance d'exécution déclarée : les manifestes et fichiers de verrouillage ({shown}) n'en déclarent aucune.",
                                           f"No runtime dependency declared: the manifests and lockfiles ({shown}) declare none."))
        return Result.not_applicable(T("Aucune dépendance déclarée (ni lockfile, ni manifeste).", "No declared dependency (no lockfile, no manifest)."))
    n = ctx.params["examples"]
    bad = [c for c in checked if c["verdict"] == "incompatible"]
    cond = [c for c in checked if c["verdict"] == "conditional"]
    unknown = [c for c in checked if c["verdict"] == "unknown"]
    ok = [c for c in checked if c["verdict"] == "ok"]
    ev = _evidence(bad, cond, unknown, inconclusive_sources, n)
    counts = {"ok": len(ok), "conditional": len(cond), "incompatible": len(bad), "unknown": len(unknown), "dev_skipped": dev_skipped,
              "inconclusive_sources": inconclusive_sources}
    conclusive = len(ok) + len(cond) + len(bad)
    if conclusive == 0:
        why = {lang: "; ".join(known_phrase(s["reason"], lang) or s["reason"] for s in inconclusive_sources[:3]) for lang in ("fr", "en")}
        if not inconclusive_sources:
            copied = sum(1 for c in unknown if c.get("via") == "copy")
            why = {"fr": f"dont {copied} bibliothèque(s) copiée(s) dans le dépôt sans licence indiquée",
                   "en": f"{copied} of them librar(y/ies) copied into the repository without a stated licence"}
        return Result.inconclusive(T(f"Licences des dépendances non mesurables ({len(unknown)} inconnues ; {why['fr']}).",
                                     f"Dependencies' licenses cannot be measured ({len(unknown)} unknown; {why['en']})."), ev, **counts)
    # known licences for a minority of the dependencies: a pass would be measured on a handful (sViewer: 5 known, 10 copies unknown)
    unmeasured = len(unknown) + sum(_unmeasured(ctx, s) for s in inconclusive_sources)
    if unmeasured > conclusive and not bad:
        return Result.inconclusive(T(f"Licences connues pour {conclusive} dépendance(s) seulement, {unmeasured} non mesurée(s) : la compatibilité "
                                     f"avec {lic['spdx']} n'est pas établie ({len(ok)} compatible(s), {len(cond)} sous condition).",
                                     f"Licenses known for only {conclusive} dependencies, {unmeasured} not measured: compatibility with "
                                     f"{lic['spdx']} is not established ({len(ok)} compatible, {len(cond)} conditional)."), ev, **counts)
    score = 10 * (len(ok) + 0.7 * len(cond)) / conclusive
    if bad:
        score = min(score, 3.9)
    fr, en = _message(lic["spdx"], conclusive, ok, cond, bad, unknown, inconclusive_sources)
    if unknown or inconclusive_sources:
        score = min(score, 9)
    result = Result.scored(score, T(fr + ".", en + "."), ev, **counts)
    if bad:  # what to do with each incompatible dependency, and which licences of the list would take them all
        result.advise(_advice(lic["spdx"], bad, checked))
    return result


def _unmeasured(ctx, source: dict) -> int:
    """How many dependencies a source not measured holds: the count its reason gives ("3 Python dependencies without license
    data"), else those its manifest declares (a pom.xml or build.gradle, which carries no licence data: the project's own
    dependencies, not to be outweighed by a CI script's or a copied file's)."""
    m = re.match(r"\s*(\d+)\b", source.get("reason") or "")
    if m:
        return int(m.group(1))
    manifests = (ctx.fact("manifests") or {}).get("manifests") or []
    return next((len(x.get("dependencies") or []) for x in manifests if x.get("path") == source.get("path")), 0)


def _evidence(bad: list[dict], cond: list[dict], unknown: list[dict], inconclusive_sources: list[dict], n: int) -> list[Evidence]:
    """Incompatible, conditional and unknown dependencies, then the sources not measured (n of each)."""
    def dep(c: dict, note: dict, kind: str | None = "finding") -> Evidence:
        return Evidence(path=c["path"], line=c["line"], kind=kind, value={k: c[k] for k in ("name", "version", "license", "reason")}, note=note)

    ev = [dep(c, T("incompatible", "incompatible")) for c in bad[:n]]
    ev += [dep(c, T("sous condition", "conditional")) for c in cond[:n]]
    ev += [dep(c, T("licence inconnue", "unknown license"), None) for c in unknown[:n]]
    ev += [Evidence(path=s["path"], kind="missing", value=s["reason"], note=T("non mesuré", "not measured")) for s in inconclusive_sources[:n]]
    return ev


def _advice(spdx: str, bad: list[dict], checked: list[dict]) -> dict[str, str]:
    """What to do with each incompatible dependency, and which licences of the list would take them all."""
    names = ", ".join(f"{c['name']} ({c['license']})" for c in bad[:5]) + (f" (+{len(bad) - 5})" if len(bad) > 5 else "")
    fits = fitting([c for c in checked if c["verdict"] != "unknown"])["fits"]
    return T(
        f"Incompatibles avec {spdx} : {names}. Remplacez-les par une bibliothèque sous licence compatible ou isolez-les "
        "(service séparé, bibliothèque non modifiée) ; "
        + (f"ou passez le projet sous {', '.join(fits[:3])}, licences de la liste compatibles avec toutes les dépendances jugées."
           if fits else "aucune licence de la liste n'est compatible avec toutes les dépendances jugées."),
        f"Incompatible with {spdx}: {names}. Replace them with a library under a compatible license or isolate them "
        "(separate service, unmodified library); "
        + (f"or move the project to {', '.join(fits[:3])}, licenses of the list compatible with every judged dependency."
           if fits else "no license of the list is compatible with every judged dependency."))


def _judge(dependencies: list[dict], project_ids: list[str], include_dev: bool) -> tuple[list[dict], int]:
    """Each dependency's verdict against the project's licence (development ones skipped unless asked)."""
    checked: list[dict] = []
    dev_skipped = 0
    for d in dependencies:
        if d["dev"] and not include_dev:
            dev_skipped += 1
            continue
        v, reason, _expr = verdict(project_ids, d["license"])
        if v == "unknown" and not d["license"] and d.get("license_url"):  # (a jar's Bundle-License address: stated, not read)
            reason = f"license given by its address only ({d['license_url']}), not read"
        elif v == "unknown" and not d["license"] and d.get("license_unread"):  # (a jar over the read size limit: its metadata unread)
            reason = "license not read: the archive is over the read size limit (--max-file-size)"
        checked.append({**d, "verdict": v, "reason": reason})
    return checked, dev_skipped


def _message(spdx: str, conclusive: int, ok: list, cond: list, bad: list, unknown: list, inconclusive_sources: list) -> tuple[str, str]:
    fr = (f"{conclusive} dépendances jugées pour {spdx} : {len(ok)} compatibles, {len(cond)} sous condition, {len(bad)} incompatibles"
          + (" (" + ", ".join(f"{c['name']} {c['license']}" for c in bad[:5]) + ")" if bad else "")
          + f" ; {len(unknown)} sans licence reconnue")
    en = (f"{conclusive} dependencies judged against {spdx}: {len(ok)} compatible, {len(cond)} conditional, {len(bad)} incompatible"
          + (" (" + ", ".join(f"{c['name']} {c['license']}" for c in bad[:5]) + ")" if bad else "")
          + f"; {len(unknown)} without a recognised license")
    if inconclusive_sources:
        fr += " ; non mesuré : " + ", ".join(s["path"] for s in inconclusive_sources[:5])
        en += "; not measured: " + ", ".join(s["path"] for s in inconclusive_sources[:5])
    return fr, en


# R's own packages, installed with R itself: no dependency to declare
R_BASE = {"base", "compiler", "datasets", "grDevices", "graphics", "grid", "methods", "parallel", "splines", "stats", "stats4", "tcltk",
          "tools", "utils"}


def _python_modules_imported(ctx) -> list[str]:
    """Third-party modules the project's Python code imports (none for a host's plugin, which runs on the host's libraries)."""
    from auditor.facts import FactError

    try:
        proj = ctx.fact("project") or {}
        reasons = [str(e.get("reason", "")) for e in proj.get("kind_evidence") or []]
        if any(r.startswith(("plugin of ", "theme of ")) for r in reasons):
            return []
        modules = list((ctx.fact("python_imports") or {}).get("third_party") or [])
        # (a reusable Django application runs on its host project's Django; the other packages it imports, Celery, python-magic,
        # are its own to declare, s37 fj37)
        return [m for m in modules if m != "django"] if any(r.startswith("Django application") for r in reasons) else modules
    except FactError:
        return []


def _r_packages_loaded(ctx) -> list[tuple]:
    """``library(x)`` / ``require(x)`` hits in the project's R code (the text scan's), one per package, in path order."""
    scan = ctx.fact("textscan") or {}
    seen: dict[str, tuple] = {}
    for hit in sorted(scan.get("signals", {}).get("code.r-package", [])):
        if hit[2] not in R_BASE:
            seen.setdefault(hit[2], hit)
    return sorted(seen.values())
