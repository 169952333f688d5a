"""First interoperability check: a machine-readable API or data specification exists."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check


@check(
    id="interoperability.api-spec",
    family="interoperability",
    effort="days",
    title=T("Une spécification d'API ou de données lisible par machine est publiée", "A machine-readable API or data specification is published"),
    rationale=T(
        "Un service qui décrit ses échanges dans un format ouvert (OpenAPI, Table Schema…) peut être branché sur les outils d'autres territoires et de l'État.",
        "A service that describes its exchanges in an open format (OpenAPI, Table Schema…) can be plugged into the tools of other territories and of the State.",
    ),
    remediation=T(
        "Publiez la description OpenAPI de l'API (beaucoup de frameworks la génèrent) ou le schéma des données échangées (Table Schema).",
        "Publish the OpenAPI description of the API (many frameworks generate it) or the schema of the exchanged data (Table Schema).",
    ),
)
def api_spec(ctx) -> Result:
    specs = ctx.fact("files").get("openapi") or []
    if specs:
        return Result.passed(T(f"{len(specs)} spécification(s) trouvée(s).", f"{len(specs)} specification(s) found."), [Evidence(path=p) for p in specs[:20]])
    return Result.fail(T("Aucune spécification d'API ou de données trouvée.", "No API or data specification found."))
