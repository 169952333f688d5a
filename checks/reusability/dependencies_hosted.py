"""reusability.dependencies: a host's plugin (WordPress, GLPI…) that carries copied libraries of its own (issue 12, s39 fk39 = reader
rc39: PhilipMasse/WordPress---Editeur-de-pages, lib/plugin-update-checker/ 5.7 required by the plugin's main file). Its host installs no
package for it, so it bundles them, as its ecosystem does: that is no fault, but no manifest declares them and no tool follows their
releases — a warning naming them, never "ships no library"."""

from __future__ import annotations

from auditor.checks.interface import Result, T


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
