"""The remediation of reusability.install written for the kind of project: a plugin is installed into its host, a static site is
served as files (a forge's pages, any static host) and regenerated from its source."""

from __future__ import annotations

from auditor.checks.interface import Result, T


def _for_host(r: Result, host: str | None) -> Result:
    """A plugin's remediation: how to install it into its host, not a container of its own."""
    if host:
        r.remediation = T(f"Dites dans le README comment ajouter l'extension à une installation de {host} (la dépendance à déclarer dans le "
                          "projet du site, le dossier où la copier ou le gestionnaire d'extensions), quelle version de l'hôte elle demande et "
                          "comment l'activer et la régler.",
                          f"Say in the README how to add the plugin to an installation of {host} (the dependency to declare in the site's "
                          "project, the folder to copy it into or the plugin manager), which version of the host it needs, and how to "
                          "enable and set it up.")
    return r


def _host_of(proj: dict) -> str | None:
    """The host application when the project was recognised as a plugin of it (a WordPress, Drupal, SPIP… extension)."""
    return next((str(e["reason"])[len("plugin of "):] for e in proj.get("kind_evidence") or [] if str(e.get("reason", "")).startswith("plugin of ")), None)


def _for_static_site(ctx, r: Result) -> Result:
    """A static site's remediation: serving its files is its installation (a forge's pages, any static host), and a site a tool
    writes (a qgis2web export of a QGIS project, a site generator) is regenerated from its source; no container nor database."""
    tool = (ctx.fact("map_exports") or {}).get("tool")
    regen_fr = (f"comment le régénérer (le projet QGIS d'origine et l'export {tool} à relancer, avec ses réglages)" if tool else
                "comment le régénérer s'il est produit par un outil (la commande du générateur de site)")
    regen_en = (f"how to regenerate it (the source QGIS project and the {tool} export to run again, with its settings)" if tool else
                "how to regenerate it if a tool produces it (the site generator's command)")
    r.remediation = T(f"Pour ce site statique, servir ses fichiers suffit : dites dans une section « Installation » du README comment le "
                      "publier (GitHub Pages ou GitLab Pages, ou tout hébergement de fichiers statiques où copier le dossier) et "
                      f"{regen_fr}.",
                      f"For this static site, serving its files is enough: say in an \"Installation\" section of the README how to publish "
                      "it (GitHub Pages or GitLab Pages, or any static file host to copy the folder to) and "
                      f"{regen_en}.")
    return r
