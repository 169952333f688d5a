"""The data licence's advice when the committed data list people (``licensing.data-and-docs``): personal data cannot be published under
an open licence (CRPA L.312-1-2: public information holding personal data is published only once made anonymous), so the advice first
asks to remove or anonymise the files that list people (a GeoJSON layer of residents with their addresses and phones, a staff table),
then to license the rest — never to put a list of people under the Licence Ouverte (issue 12, s44 fn44 = reader rj44's
ADTPAspres/Compostage.individuel.Thuir.github.io, whose layers/ held the households given a composter)."""

from __future__ import annotations

from auditor.checks.interface import T
from auditor.facts import FactError


def people_files(ctx) -> list[str]:
    """The committed data files that list people (the ``personal_records`` fact's tables, workbooks and data layers), in path order."""
    try:
        r = ctx.fact("personal_records") or {}
    except FactError:
        return []
    return sorted({x["path"] for x in (r.get("lists") or []) + (r.get("layer_lists") or [])})


def personal_first(ctx, todo: dict | None) -> dict | None:
    """``todo`` (the licence advice), preceded by the removal of the files that list people when there are any."""
    paths = people_files(ctx)
    if not paths:
        return todo
    shown = ", ".join(paths[:3]) + (f" (+{len(paths) - 3})" if len(paths) > 3 else "")
    first = T(f"D'abord, retirez du dépôt et de son historique (ou anonymisez) {shown} : ces fichiers listent des personnes (noms, "
              "adresses ou coordonnées) ; des données personnelles ne se publient pas sous licence ouverte sans anonymisation "
              "(CRPA L.312-1-2).",
              f"First, remove from the repository and its history (or anonymise) {shown}: these files list people (names, addresses "
              "or contact details); personal data is not published under an open license without being made anonymous (CRPA L.312-1-2).")
    if not todo:
        return first
    return T(first["fr"] + " Ensuite, pour le reste : " + todo["fr"][:1].lower() + todo["fr"][1:],
             first["en"] + " Then, for the rest: " + todo["en"][:1].lower() + todo["en"][1:])
