"""A path the project SERVES rather than calls: a route it declares (Express ``router.get('/arcgis/rest/services/:id/FeatureServer',
…)``, FastAPI or Flask decorators, Spring's ``@GetMapping``, Django's ``path(…)``, axum's ``.route(…)``, Laravel's ``Route::get``) or a
location its web server answers (nginx ``location``, Apache ``<Location>``, ``ProxyPass``'s local side). An ArcGIS-compatible
REST façade (a Koop-like provider, a tile server answering ``/arcgis/rest/services/…/MapServer``) is interoperability: the project
is the server, no ArcGIS host is called. A path with a host before it (``https://sig.example.org/arcgis/rest/services/…``), or
built on a base URL (``baseUrl + '/arcgis/rest/services/'``), is a call."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# what opens a route declaration, just before the path's literal (the path must follow within a few characters)
_ROUTE_CUE = lazy_compile(
    r"""(?:\b(?:app|router|api|server|routes?|bp|blueprint|fastify|hono|mux|group|v\d)\.(?:get|post|put|patch|delete|all|use|route|api_route|handle|HandleFunc|Handle|GET|POST)"""
    r"""|\.route|\.HandleFunc|Route::\w+|@(?:Get|Post|Put|Patch|Delete|Request)Mapping|@Path|@(?:Get|Post|Put|Delete|Route)|#\[Route"""
    r"""|\b(?:re_)?path|\burl)\s*\(\s*(?:(?:value|path)\s*=\s*)?[rRfF]?["'`]\^?$"""
    r"""|(?:^|\s)(?:location(?:\s+[~=^*]{1,2})?|<Location(?:Match)?|ProxyPass(?:Match|Reverse)?)\s+["']?$""")


_PATH_TAIL = lazy_compile(r"[\w/.^:{}<>-]*$")


def served_route(m) -> bool:
    """The match (a path such as ``/arcgis/rest/services/``) sits at the start of a route the project declares or its web server
    answers, after at most a path of its own (``/geo``), with no host nor base URL before it in the same literal."""
    s = m.string
    head = s[max(s.rfind("\n", 0, m.start()) + 1, m.start() - 200): m.start()]
    prefix = _PATH_TAIL.search(head).group(0)
    return len(prefix) <= 60 and "//" not in prefix and bool(_ROUTE_CUE.search(head[: len(head) - len(prefix)]))
