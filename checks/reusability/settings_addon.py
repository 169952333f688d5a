"""reusability.configuration's verdict on a browser extension whose manifest leaves its update server to set (issue 12, s43 fn43 =
alexisboizardsdis01/nexsis-notification): see :mod:`auditor.facts.addon_settings`. Used by :mod:`auditor.checks.reusability.install`."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T


def addon_update_server(ctx) -> Result | None:
    """Warn 4 when the add-on's manifest holds a placeholder update address no document describes; pass 8 when the README does."""
    found = ctx.fact("addon_settings") or {}
    held = found.get("placeholders") or []
    if not held:
        return None
    path, line, key, value = held[0]
    documented = bool(found.get("documented"))
    ev = [Evidence(path=path, line=line, value=f"{key}: {value}"[:120], kind="finding" if not documented else "found", note=T(
        "Adresse d'exemple du serveur de mises à jour du module : le service qui le distribue y met la sienne.",
        "A sample address of the add-on's update server: the service distributing it puts its own there."))]
    if documented:
        return Result.scored(8, T(f"Module de navigateur : son manifeste laisse à régler l'adresse de son serveur de mises à jour ({key} : « {value} », "
                                  f"{path}:{line}), et le README le décrit.",
                                  f"Browser add-on: its manifest leaves the address of its update server to set ({key}: \"{value}\", "
                                  f"{path}:{line}), and the README describes it."), ev, placeholders=len(held), documented=True, kind="library")
    res = Result.scored(4, T(f"Module de navigateur : son manifeste laisse une adresse d'exemple pour son serveur de mises à jour ({key} : "
                             f"« {value} », {path}:{line}), que le service qui le distribue doit remplacer par la sienne ; aucun document ne le dit.",
                             f"Browser add-on: its manifest leaves a sample address for its update server ({key}: \"{value}\", "
                             f"{path}:{line}), which the service distributing it must replace with its own; no document says so."),
                        ev, placeholders=len(held), documented=False, kind="library")
    return res.advise(T(f"Dites dans le README que {key} ({path}) doit recevoir l'adresse du manifeste de mises à jour du service qui distribue "
                        "le module (ou retirez-le si le module passe par le magasin du navigateur), et publiez un exemple de ce manifeste.",
                        f"Say in the README that {key} ({path}) must hold the address of the update manifest of the service distributing the "
                        "add-on (or remove it if the add-on goes through the browser's store), and publish a sample of that manifest."))
