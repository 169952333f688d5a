"""interoperability.data-standards: an application's own storage carried to its own front end or administrators is no publication.

data-standards judges the data a project publishes for others: data files, open-data exports, a public API documented for reuse. An
API that is the back end of the project's own interface — every request authenticated, or its only JSON exchanged between the
application's interface and its own API with no API documentation for others — and an export reserved to signed-in users (a CSV
export of a CMS's entities in a controller guarded as a whole) are the application's storage, as its database tables are: not
applicable, with the reason (issue 12, s46 fb46 = Borkil/atd16-api, Mazzarno/villiers-adam; rule decided by the session's lead).

The same rule, extended by session 47's lead (s47 fc47): a module of a platform whose every route declares the platform's access control
(OPEN ENT NG's Vert.x handlers, each with ``@SecuredAction`` or ``@ResourceFilter``) answers only the platform's signed-in users, its
exports (a school-life module's CSV of absences) included; and a mobile application keeping its records in its own hosted back end
(Firebase's Realtime Database or Firestore) for its own screens publishes nothing either. Data files, schemas, one open route, an API
description or a README documenting routes for others keep the project judged."""

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


def secured_routes(private: dict) -> dict | None:
    """The ``platform_routes`` of the fact when every route (two at least) declares the platform's access control, None otherwise."""
    routes = private.get("platform_routes") or {}
    if (routes.get("routes") or 0) >= 2 and not routes.get("open") and routes.get("example"):
        return routes
    return None


def _code_formats(formats: dict) -> bool:
    """Every format was found in the code (written or read by it: an export's CSV, a service's JSON), none from a data file."""
    return all(h[3] in ("code", "template") for hs in formats.values() for h in hs)


def private_storage_result(ctx, kind: str | None, formats: dict, reserved_hits: list, own_model: bool, hosted: bool,
                           details: dict) -> Result | None:
    """Not applicable for a web application or API service whose only open format is JSON (or none, its exports reserved) when its API
    serves no one but its own users: a firewall authenticates every API request (``private_api.firewall``, no access rule opening it
    to anonymous users), or, for a web application with a database model of its own, its exports are reserved to signed-in users
    (guarded controllers or handlers) and no API description is committed for others. None otherwise (a public API documented for reuse, data files, schemas: judged)."""
    if kind not in ("web-application", "api-service") or hosted:
        return None
    private = private_api(ctx)
    routes = secured_routes(private)
    # (behind a platform's login, the exports the code writes, CSV among them, reach its signed-in users only: s47 fc47)
    if not (set(formats) <= {"JSON"} or (routes and _code_formats(formats))):
        return None
    if private.get("public_access") or _documented(ctx) or private.get("readme_routes"):
        return None
    firewall = private.get("firewall")
    ev = []
    if routes and not firewall:
        reserved_hits = reserved_hits + [h for name, hs in sorted(formats.items()) if name != "JSON" for h in hs]
    if firewall:
        path, line, pattern, auth = firewall
        ev.append(Evidence(path=path, line=line, value=f"{pattern} ({auth})", kind="found"))
        why_fr = (f"API réservée aux utilisateurs connectés de l'application (pare-feu {pattern} authentifié par {auth}, {path}"
                  f"{':' + str(line) if line else ''})")
        why_en = (f"An API reserved to the application's signed-in users (firewall {pattern} authenticated by {auth}, {path}"
                  f"{':' + str(line) if line else ''})")
    elif routes:
        path, line, guard = routes["example"]
        ev.append(Evidence(path=path, line=line, value=guard, kind="found"))
        why_fr = (f"Module d'une plateforme dont les {routes['routes']} routes déclarent toutes le contrôle d'accès de la plateforme "
                  f"({guard}, par exemple {path}:{line}), réservées à ses utilisateurs connectés")
        why_en = (f"A platform module whose {routes['routes']} routes all declare the platform's access control "
                  f"({guard}, for example {path}:{line}), reserved to its signed-in users")
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
                                 reserved_exports=sorted({h[0] for h in reserved_hits})[:10],
                                 **({"secured_routes": routes["routes"]} if routes and not firewall else {}), **details)


# a hosted back end an application keeps its own records in, for its own screens (Firebase's Realtime Database and Firestore)
OWN_BACKENDS = frozenset({"firebase"})


def own_backend_result(ctx, kind: str | None, formats: dict, details: dict) -> Result | None:
    """Not applicable for a mobile application whose only hosted data services are its own back end (Firebase), reading no open format
    but the JSON of the services it calls, with no API description nor README routes for others: its records live in its back end for
    its own screens (issue 12, s47 fc47 = neoexa/VilledeMontpellier). None otherwise (another platform's data, an API documented: judged)."""
    if kind != "mobile-application" or not set(formats) <= {"JSON"}:
        return None
    services = (ctx.fact("vendor_lockin") or {}).get("services") or []
    hosted = [s for s in services if s.get("category") in ("data-platform", "cloud-api", "forms", "search") and not s.get("on_device")]
    if not hosted or any(s.get("id") not in OWN_BACKENDS for s in hosted):
        return None
    if _documented(ctx) or private_api(ctx).get("readme_routes"):
        return None
    names = ", ".join(sorted({s.get("name") or s.get("id") for s in hosted}))
    ev = [Evidence(path=e.get("path"), line=e.get("line"), value=names, kind="found")
          for s in hosted for e in (s.get("evidence") or [])[:1] if isinstance(e, dict) and e.get("path")][:3]
    return Result.not_applicable(T(f"Application mobile qui garde ses données dans son propre back-end hébergé ({names}) pour ses propres "
                                   "écrans : c'est son stockage, pas des données publiées pour d'autres (ni fichier de données, ni API "
                                   "documentée pour des tiers) ; pas de schéma de données attendu.",
                                   f"A mobile application keeping its data in its own hosted back end ({names}) for its own screens: its "
                                   "storage, not data published for others (no data file, no API documented for third parties); no data "
                                   "schema expected."), ev, own_backend=sorted({s.get("id") for s in hosted}), **details)
