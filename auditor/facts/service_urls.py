"""``service_urls``: the address of the back end a client's own code writes into a variable named for it — an Ionic app's
``private baseUrl: string = 'https://efapau1.agglo-pau.fr/api/'`` in src/services/signalementapi.service.ts, ``uploadApi =
'https://…/upload/index.php'`` (issue 12, s37 fm37 = re-reader vc37, Romain64290/ecoute_domaine_public). The server a deployment
elsewhere must change, written in the code: a setting left in it (reusability.configuration), never "nothing to set".

A name is a service's address when it ends on url, uri, api, endpoint, host or address and names a service (api, base, server,
backend, service, upload, remote, root); its value a literal http(s) address of a real host (not localhost, a private or example
host, nor a national public service under gouv.fr, the same for every deployment). Angular's environments/ files are the
framework's settings, not code. A site's own canonical address is no server it connects to (issue 12, s39 fc39, a town hall's static
site: ``baseUrl: "https://mairie-exemple.fr"`` in its settings module, written into the pages' canonical links and sitemap): a
``baseUrl``/``rootUrl`` whose value is a bare origin (no path) on a host not named for an API, that no line of the files read passes
to a request (fetch, axios, an HTTP client's get/post), is left out. Bounded: the project's own source files of client languages, in path order, :data:`MAX_FILES` of
:data:`READ_BYTES` each — the first READ_BYTES of a larger file, never the file skipped (issue 12, s45 fk45: a 129 KB React component
writing its Supabase project's address at line 5 was not read at all); ten findings at most.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of, is_generated, is_test, is_vendored
from auditor.facts.tree import tree_of
from auditor.lazyre import lazy_compile

MAX_FILES, READ_BYTES, MAX_FOUND = 300, 64 * 1024, 10
_EXT = {"ts", "tsx", "js", "jsx", "mjs", "vue", "svelte", "java", "kt", "swift", "dart"}
_ASSIGN = lazy_compile(r"""(?<![\w$.])([A-Za-z_$][\w$]{2,40})[^\S\n]*(?::[^\S\n]*string[^\S\n]*)?(?:=|:)[^\S\n]*["'`](https?://([^/"'`\s:]+)[^"'`\s]*)["'`]""")
_NAME = lazy_compile(r"^(?:\w*?(?:api|base|server|backend|service|upload|remote|root)\w*?)(?:url|uri|api|endpoint|host|address)$", re.I)
_NOT_DEPLOYED = lazy_compile(r"^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+)$|(?:^|\.)example\.\w+$|(?:^|\.)gouv\.fr$", re.I)
_CANONICAL_NAME = lazy_compile(r"^(?:base|root)(?:url|uri)$", re.I)
_API_HOST = lazy_compile(r"^(?:api|apis|backend|back|ws|services?|rest|graphql|gateway)[\w-]*\.", re.I)
_REQUEST = lazy_compile(r"\bfetch[ \t]*\(|\baxios\b|\$\.(?:ajax|get|post|getJSON)\b|\bhttp\w*\.(?:get|post|put|patch|delete|request)\b|\bXMLHttpRequest\b|\.open[ \t]*\([ \t]*[\"'](?:GET|POST)")
_SETTINGS_FILE = lazy_compile(r"(?:^|/)environments?/|(?:^|/)(?:config|settings|environment)[\w.-]*\.\w+$", re.I)


@fact("service_urls", version=3, public=False)
def service_urls(ctx) -> list[list]:
    """``[[path, line, "name = address"], …]`` in path order (see the module's docstring)."""
    inv = inventory_of(ctx)
    paths = sorted(e.path for e in tree_of(ctx) if e.kind == "file" and e.ext in _EXT and not is_vendored(e.path) and not is_generated(e.path)
                   and not is_test(e.path) and not _SETTINGS_FILE.search(e.path) and inv.category(e.path) == "source")[:MAX_FILES]
    out: list[list] = []
    canonical: list[tuple[str, list]] = []  # (a base URL that is a bare origin: kept only when a request is made with it)
    requests: list[str] = []  # (the lines of the files read that make a request, 2,000 at most)
    for path in paths:
        text = ctx.snapshot.read_head(path, READ_BYTES) or ""  # (a file's first READ_BYTES, whatever its size: a larger component is read too)
        requests += [ln for ln in text.splitlines() if _REQUEST.search(ln)][:2000 - len(requests)]
        for m in _ASSIGN.finditer(text):
            if _NAME.match(m.group(1).replace("_", "")) and not _NOT_DEPLOYED.search(m.group(3)):
                row = [path, text.count("\n", 0, m.start()) + 1, f"{m.group(1)} = {m.group(2)}"[:80]]
                if _CANONICAL_NAME.match(m.group(1).replace("_", "")) and re.fullmatch(r"https?://[^/]+/?", m.group(2)) and not _API_HOST.match(m.group(3)):
                    canonical.append((m.group(1), row))
                    continue
                out.append(row)
    out += [row for name, row in canonical if any(re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", ln) for ln in requests)]
    return sorted(out, key=lambda r: (r[0], r[1]))[:MAX_FOUND]


# (a front end's own back end at a development address, http://localhost:8080/api passed to each request or to its API client)
_LOCAL = r"https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?(?:/[^\"'`\s]*)?"
_LOCAL_CALL = lazy_compile(r"""(?:\bfetch|\baxios(?:\.(?:get|post|put|patch|delete|request|head|create))?"""
                           r"""|\b\w*(?:Rest|Json|Server|Data|Api|Http|GraphQL)\w*Provider|\bnew[ \t]+(?:WebSocket|EventSource|ApolloClient|HttpLink|GraphQLClient)"""
                           r"""|\$\.(?:ajax|get|post|getJSON)|\bhttp\w*\.(?:get|post|put|patch|delete|request))(?:<[^>\n]{0,80}>)?[ \t]*\([ \t\n]*"""
                           r"""(?:\{[^}]{0,200}?\b(?:url|uri|baseURL)[ \t]*:[ \t]*)?["'`](""" + _LOCAL + r""")["'`$]""")
# (a development server's own settings, its proxy to the local back end: setupProxy.js, vite/webpack configs, proxy.conf.json; and the
# scripts, mocks and stories a developer runs beside the application: no address of the shipped code)
_DEV_FILE = lazy_compile(r"(?:^|/)(?:setupProxy\.\w+|proxy\.conf[\w.]*|[\w-]+\.config\.\w+|server\.dev\.\w+|dev-?server\.\w+)$"
                         r"|(?:^|/)(?:scripts?|tools?|dev|mocks?|__mocks__|stories|e2e|cypress|playwright|fixtures?|examples?|demo)/|\.stories\.\w+$", re.I)


@fact("local_back_end", version=1, public=False)
def local_back_end(ctx) -> list[list]:
    """``[[path, line, address], …]``: the calls of a client's own shipped code to a back end at a development address —
    ``simpleRestProvider('http://localhost:8080/api')``, ``axios.post('http://localhost:8080/users')`` at each request: the literal given to the call itself. (A base URL variable
    at localhost, ``baseUrl = 'http://localhost:8100/api/'``, stays a developer's default, as service_urls leaves it: s37 fm37.) localhost is a development address
    in a dev server's settings (setupProxy.js, vite.config.ts's proxy), a settings template or a test; in the application's own code
    the back end's address is a setting written in the code, which every deployment must edit to change (issue 12, s46 fk46). The
    same files as service_urls (no tests, settings files, vendored or generated code), minus a dev server's and a developer's scripts;
    in path order, ten findings at most."""
    inv = inventory_of(ctx)
    paths = sorted(e.path for e in tree_of(ctx) if e.kind == "file" and e.ext in _EXT and not is_vendored(e.path) and not is_generated(e.path)
                   and not is_test(e.path) and not _SETTINGS_FILE.search(e.path) and not _DEV_FILE.search(e.path)
                   and inv.category(e.path) == "source")[:MAX_FILES]
    out: list[list] = []
    for path in paths:
        text = ctx.snapshot.read_head(path, READ_BYTES) or ""
        for m in _LOCAL_CALL.finditer(text):
            out.append([path, text.count("\n", 0, m.start(1)) + 1, m.group(1).split("${", 1)[0][:80]])  # (the base, before an interpolation)
    return sorted({(r[0], r[1]): r for r in out}.values(), key=lambda r: (r[0], r[1]))[:MAX_FOUND]
