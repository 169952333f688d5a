"""First licensing check: a license file exists at the root."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check


@check(
    id="licensing.license-file",
    family="licensing",
    effort="minutes",
    title=T("Un fichier de licence est présent à la racine", "A license file is present at the root"),
    rationale=T(
        "Sans licence, personne n'a le droit de réutiliser le code : il n'est pas open source, quelle que soit sa visibilité. "
        "Une autre collectivité ne peut ni l'installer ni l'adapter légalement.",
        "Without a license nobody may reuse the code: it is not open source, however visible it is. "
        "Another local government can neither install nor adapt it lawfully.",
    ),
    remediation=T(
        "Ajoutez à la racine un fichier LICENSE contenant le texte intégral d'une licence autorisée pour les administrations "
        "(par exemple EUPL-1.2, MIT, Apache-2.0 ou CeCILL-2.1 ; voir https://www.data.gouv.fr/fr/pages/legal/licences/).",
        "Add a LICENSE file at the root with the full text of a license allowed for French administrations "
        "(for instance EUPL-1.2, MIT, Apache-2.0 or CeCILL-2.1; see https://www.data.gouv.fr/fr/pages/legal/licences/).",
    ),
)
def license_file(ctx) -> Result:
    lic = ctx.fact("license")
    files = lic.get("files") or []
    if not files:
        return Result.fail(T("Aucun fichier de licence à la racine.", "No license file at the root."),
                           [Evidence(path="LICENSE", kind="missing")])
    spdx = lic.get("spdx")
    ev = [Evidence(path=p, kind="found") for p in files]
    if spdx:
        return Result.passed(T(f"Licence trouvée : {spdx}.", f"License found: {spdx}."), ev, spdx=spdx)
    return Result.warn(T("Fichier de licence présent mais licence non reconnue.", "License file present but the license was not recognized."), ev, score=5)
