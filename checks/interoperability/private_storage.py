"""interoperability.data-standards: an application's own storage carried to its own front end or administrators is no publication.

data-standards judges the data a project publishes for others: data files, open-data exports, a public API documented for reuse. An
API that is the back end of the project's own interface — every request authenticated, or its only JSON exchanged between the
application's interface and its own API with no API documentation for others — and an export reserved to signed-in users (a CSV
export of a CMS's entities in a controller guarded as a whole) are the application's storage, as its database tables are: not
applicable, with the reason (issue 12, s46 fb46 = Borkil/atd16-api, Mazzarno/villiers-adam; rule decided by the session's lead)."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T
from auditor.facts import FactError


def private_api(ctx) -> dict:
    """The ``private_api`` fact, or {} when it could not be measured (the check then judges as it did without it)."""
    try:
        value = ctx.fact("private_api")
    except FactError:
        return {}
    return value if isinstance(value, dict) else {}


def reserved(private: dict, hits: list) -> tuple[list, list]:
    """(the hits outside guarded code, those inside: exports only signed-in users reach, in a controller guarded as a whole or in a
    handler guarded by its own decorators, NestJS @UseGuards(JwtAuthGuard) @RequirePermission('settings:read') over @Get('export/csv'))."""
    guarded = {g[0] for g in private.get("guarded") or []}
    spans = private.get("guarded_spans") or {}

    def held(h) -> bool:
        return h[0] in guarded or (isinstance(h[1], int) and any(a <= h[1] <= b for a, b, _g in spans.get(h[0]) or []))
    return [h for h in hits if not held(h)], [h for h in hits if held(h)]


def _documented(ctx) -> bool:
    """An API description is committed (an OpenAPI or Swagger document with its operations): an API documented for others."""
    try:
        docs = (ctx.fact("api_specs") or {}).get("documents") or []
    except FactError:
        return True  # (unknown: judged as before)
    return any(d.get("spec") and not d["spec"].get("empty") for d in docs)


def private_storage_result(ctx, kind: str | None, formats: dict, reserved_hits: list, own_model: bool, hosted: bool,
                           details: dict) -> Result | None:
    """Not applicable for a web application or API service whose only open format is JSON (or none, its exports reserved) when its API
    serves no one but its own users: a firewall authenticates every API request (``private_api.firewall``, no access rule opening it
    to anonymous users), or, for a web application with a database model of its own, its exports are reserved to signed-in users
    (guarded controllers or handlers) and no API description is committed for others. None otherwise (a public API documented for reuse, data files, schemas: judged)."""
    if kind not in ("web-application", "api-service") or not set(formats) <= {"JSON"} or hosted:
        return None
    private = private_api(ctx)
    if private.get("public_access") or _documented(ctx):
        return None
    firewall = private.get("firewall")
    ev = []
    if firewall:
        path, line, pattern, auth = firewall
        ev.append(Evidence(path=path, line=line, value=f"{pattern} ({auth})", kind="found"))
        why_fr = (f"API réservée aux utilisateurs connectés de l'application (pare-feu {pattern} authentifié par {auth}, {path}"
                  f"{':' + str(line) if line else ''})")
        why_en = (f"An API reserved to the application's signed-in users (firewall {pattern} authenticated by {auth}, {path}"
                  f"{':' + str(line) if line else ''})")
    elif kind == "web-application" and own_model and reserved_hits:
        # (only beside exports reserved to its signed-in users: a web application with a database and JSON but no such export stays
        # judged, as sessions 20-37 decided, a JSON service for other clients among them)
        why_fr = ("Application web dont le JSON ne circule qu'entre son interface et sa propre API, sans description d'API publiée pour "
                  "d'autres (ni OpenAPI ni Swagger)")
        why_en = ("A web application whose JSON only travels between its interface and its own API, with no API description published "
                  "for others (no OpenAPI nor Swagger)")
    else:
        return None
    if reserved_hits:
        h = reserved_hits[0]
        ev.append(Evidence(path=h[0], line=h[1], value=h[2][:80], kind="found"))
        why_fr += f" ; ses exports ({h[0]}) sont réservés aux utilisateurs authentifiés (derrière une garde d'authentification ou de permission)"
        why_en += f"; its exports ({h[0]}) are reserved to authenticated users (behind an authentication or permission guard)"
    return Result.not_applicable(T(f"{why_fr} : c'est le stockage propre de l'application porté vers sa propre interface, pas des données "
                                   "publiées pour d'autres ; pas de schéma de données attendu.",
                                   f"{why_en}: the application's own storage carried to its own interface, not data published for "
                                   "others; no data schema expected."), ev, private_storage=True,
                                 reserved_exports=sorted({h[0] for h in reserved_hits})[:10], **details)
