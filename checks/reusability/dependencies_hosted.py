"""reusability.dependencies: a host's plugin (WordPress, GLPI…) that carries copied libraries of its own (issue 12, s39 fk39 = reader
rc39: PhilipMasse/WordPress---Editeur-de-pages, lib/plugin-update-checker/ 5.7 required by the plugin's main file). Its host installs no
package for it, so it bundles them, as its ecosystem does: that is no fault, but no manifest declares them and no tool follows their
releases — a warning naming them, never "ships no library"."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T


def hosted_copies(host: str, libraries: list[dict], kind: str | None, evidence) -> Result | None:
    """A warning for a ``host`` plugin whose copied libraries are all PHP or Python sources; None otherwise (a JavaScript copy,
    an archive or a binary: the general rule applies)."""
    if not libraries or any(lib.get("ecosystem") not in ("php", "python") or lib.get("archive") for lib in libraries):
        return None
    named = ", ".join(sorted({f"{lib['name']} {lib['version']}" if lib.get("version") else lib["name"] for lib in libraries})[:5])
    return Result.scored(5, T(f"Cette extension de {host} embarque {len(libraries)} bibliothèque(s) copiée(s) ({named}), comme son écosystème "
                              "le fait, mais aucun manifeste ne les déclare et aucun outil ne suit leurs versions.",
                              f"This {host} plugin bundles {len(libraries)} copied librar(y/ies) ({named}), as its ecosystem does, but no "
                              "manifest declares them and no tool follows their releases."), evidence(libraries),
                         ecosystems={}, vendored_copies=sum(lib["files"] for lib in libraries), libraries=len(libraries), kind=kind).advise(
        T(f"Notez dans le README la source et la version de {named}, et surveillez leurs publications (ou déclarez-les dans un composer.json "
          "avec Strauss ou PHP-Scoper pour les préfixer).",
          f"Write down in the README the source and version of {named} and watch their releases (or declare them in a composer.json, "
          "prefixed with Strauss or PHP-Scoper)."))


def typo3_copies(ctx, libraries: list[dict], kind: str | None, evidence, names) -> Result | None:
    """A TYPO3 extension whose ext_emconf.php declares the extensions it depends on, carrying copied script or style libraries: its
    manifest is there (the Extension Manager installs what it declares), the copies are what no manifest declares, and the other
    extensions its code uses without declaring them are named (issue 12, s45 ff45 = CDG47-Dev/t3_Calendar: "No manifest: 1 library
    copied (jquery.totemticker)" though ext_emconf.php:16-20 declares bootstrap_package and typo3, and the templates use `cal`).
    None when ext_emconf.php declares nothing."""
    dep = ctx.fact("host_depends") or {}
    if not dep.get("depends") or not libraries:
        return None
    declared = {n.replace("_", "").lower() for n, _ in dep["depends"]}
    undeclared = [u for u in ctx.fact("typo3_uses") or [] if u[0].replace("_", "").lower() not in declared]
    named = ", ".join(f"{n} ({v})" if v else n for n, v in dep["depends"][:6])
    copies = names(libraries)
    where = dep["path"]
    also_fr = (f" ; et le code utilise des extensions que {where} ne déclare pas : " + ", ".join(f"{k} ({p}:{ln})" for k, p, ln, _ in undeclared[:4])) if undeclared else ""
    also_en = (f"; and the code uses extensions {where} does not declare: " + ", ".join(f"{k} ({p}:{ln})" for k, p, ln, _ in undeclared[:4])) if undeclared else ""
    ev = [Evidence(path=where, line=dep.get("line"), value=[n for n, _ in dep["depends"]], kind="found")] + evidence(libraries)
    ev += [Evidence(path=p, line=ln, value=k, kind="finding", note=T(f"Utilise l'extension {k} : {x}", f"Uses the extension {k}: {x}"))
           for k, p, ln, x in undeclared[:5]]
    res = Result.scored(3, T(f"{where} déclare les extensions TYPO3 dont cette extension dépend ({named}), mais {len(libraries)} bibliothèque(s) "
                             f"copiée(s) dans le dépôt ({copies}) ne sont ni déclarées, ni verrouillées, ni suivies{also_fr}.",
                             f"{where} declares the TYPO3 extensions this plugin depends on ({named}), but {len(libraries)} librar(y/ies) "
                             f"copied into the repository ({copies}) are neither declared, locked nor tracked{also_en}."), ev,
                         ecosystems={}, vendored_copies=sum(lib["files"] for lib in libraries), libraries=len(libraries), kind=kind,
                         host_depends=[n for n, _ in dep["depends"]], undeclared_extensions=[k for k, _, _, _ in undeclared])
    keys = ", ".join(k for k, _, _, _ in undeclared[:8])
    return res.advise(T(f"Notez dans le README la source, la version et la licence de {copies} et surveillez leurs publications, ou chargez-les "
                        "d'un CDN avec leur version et une empreinte SRI" + (f" ; déclarez {keys} dans {where}, sous 'constraints' => "
                        "['depends' => [...]], avec les versions testées" if undeclared else "") + ".",
                        f"Write down in the README the source, version and licence of {copies} and watch their releases, or load them from a "
                        "CDN with their version and an SRI hash" + (f"; declare {keys} in {where}, under 'constraints' => ['depends' => [...]], "
                        "with the versions tested" if undeclared else "") + "."))


def hosted_plugin(ctx, host: str, kind: str | None) -> Result:
    """Not applicable for a ``host`` plugin that ships no library: it runs on its host's. The extensions a TYPO3 extension's
    ext_emconf.php declares it depends on (bootstrap_package, indexed_search) are named, installed by TYPO3's Extension Manager, no
    library of its own (issue 12, s41 fb41 = CDG47-Dev/t3_Serignac)."""
    dep = (ctx.fact("host_depends") or {}) if host == "TYPO3" else {}
    # the other extensions its code requires that ext_emconf.php does not declare (a module under DAM's, a TCA relation to another
    # extension's table): the Extension Manager will not install them (issue 12, s42 fc42 = TYPO3-svn-archive/ren_documents)
    declared = {n.replace("_", "").lower() for n, _ in dep.get("depends") or []}
    undeclared = [u for u in (ctx.fact("typo3_uses") or [] if host == "TYPO3" else []) if u[0].replace("_", "").lower() not in declared]
    if undeclared:
        return _undeclared(undeclared, dep, kind)
    if not dep.get("depends"):
        return Result.not_applicable(T(f"Aucune dépendance propre : cette extension de {host} n'embarque aucune bibliothèque et s'exécute avec "
                                       f"celles de {host}.",
                                       f"No dependency of its own: this {host} plugin ships no library and runs on {host}'s."), ecosystems={}, kind=kind)
    named = ", ".join(f"{n} ({v})" if v else n for n, v in dep["depends"][:6]) + (f" (+{len(dep['depends']) - 6})" if len(dep["depends"]) > 6 else "")
    return Result.not_applicable(T(f"Aucune bibliothèque propre : cette extension de TYPO3 s'exécute avec celles de TYPO3 ; {dep['path']} déclare "
                                   f"les extensions dont elle dépend ({named}), que le gestionnaire d'extensions de TYPO3 installe : pas de "
                                   "manifeste ni de fichier de verrouillage à attendre.",
                                   f"No library of its own: this TYPO3 plugin runs on TYPO3's; {dep['path']} declares the extensions it depends "
                                   f"on ({named}), which TYPO3's Extension Manager installs: no manifest nor lockfile to expect."),
                                 [Evidence(path=dep["path"], line=dep["line"], value=[n for n, _ in dep["depends"]], kind="found")],
                                 ecosystems={}, kind=kind, host_depends=[n for n, _ in dep["depends"]])


# A host plugin's composer.json requiring nothing but its host (issue 12, s41 fs41 = departement-maine-et-loire/chartum: a TYPO3
# extension's "require": {"typo3/cms-core": "^9.5"}): the host's core packages, the PHP version and extensions, and the installers
# that place a plugin in its host; the site installing it locks them, as the same JCMS installation provides a JCMS plugin's
HOST_PACKAGES = re.compile(r"^(?:php|php-64bit|ext-[\w-]+|lib-[\w-]+|typo3/cms(?:-[\w-]+)?|typo3/minimal|typo3/cms-composer-installers|"
                           r"drupal/core(?:-[\w-]+)?|drupal/drupal|johnpbloch/wordpress(?:-core)?|roots/wordpress(?:-no-content)?|"
                           r"composer/installers|oomphinc/composer-installers-extender)$")


def host_only(proj: dict, relevant: list[dict]) -> list[dict]:
    """The composer manifests of a host's plugin (its kind decided as "plugin of" a host) whose every requirement, development ones
    included, is its host (see :data:`HOST_PACKAGES`): nothing of their own to lock."""
    from auditor.facts.project import host_extension_of

    if not host_extension_of(proj):
        return []
    return [m for m in relevant if m["ecosystem"] == "composer" and not m["lockfile"] and m["dependencies"]
            and all(HOST_PACKAGES.match(str(d).lower()) for d in (m["dependencies"] or []) + (m["dev_dependencies"] or []))]


def host_only_evidence(manifests: list[dict]) -> list[Evidence]:
    """The notes saying why no lock file is asked of them."""
    return [Evidence(path=m["path"], value={"ecosystem": m["ecosystem"], "dependencies": m["dependencies"][:6]}, kind="found",
                     note=T(f"Le manifeste de l'extension ne requiert que son hôte ({', '.join(m['dependencies'][:6])}) : le site qui l'installe "
                            "les fournit et les verrouille, aucun fichier de verrouillage n'est à attendre ici.",
                            f"The plugin's manifest requires nothing but its host ({', '.join(m['dependencies'][:6])}): the site installing it "
                            "provides and locks them, no lockfile is to be expected here.")) for m in manifests[:5]]


def _undeclared(uses: list[list], dep: dict, kind: str | None) -> Result:
    """A warning naming the TYPO3 extensions the code requires and ext_emconf.php's constraints do not declare."""
    named = ", ".join(f"{k} ({p}:{ln})" for k, p, ln, _ in uses[:5]) + (f" (+{len(uses) - 5})" if len(uses) > 5 else "")
    keys = ", ".join(k for k, _, _, _ in uses[:8])
    where = dep.get("path") or "ext_emconf.php"
    res = Result.scored(5, T(f"Cette extension de TYPO3 utilise d'autres extensions que {where} ne déclare pas dans ses dépendances : {named}. "
                             "Le gestionnaire d'extensions ne les installera pas avec elle et une autre collectivité découvrira le manque "
                             "à l'exécution.",
                             f"This TYPO3 plugin uses other extensions that {where} does not declare among its dependencies: {named}. "
                             "The Extension Manager will not install them with it, and another local government finds out at run time."),
                         [Evidence(path=p, line=ln, value=k, kind="finding", note=T(f"Utilise l'extension {k} : {x}", f"Uses the extension {k}: {x}"))
                          for k, p, ln, x in uses[:10]],
                         ecosystems={}, kind=kind, undeclared_extensions=[k for k, _, _, _ in uses],
                         host_depends=[n for n, _ in dep.get("depends") or []])
    return res.advise(T(f"Déclarez-les dans {where}, sous 'constraints' => ['depends' => [...]] ({keys}, avec les versions testées), et "
                        "dans le « require » du composer.json s'il existe.",
                        f"Declare them in {where}, under 'constraints' => ['depends' => [...]] ({keys}, with the versions tested), and in "
                        "composer.json's \"require\" if there is one."))
