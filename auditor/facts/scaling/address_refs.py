"""Addresses the hosting fact reads beyond a plain URL, or sets aside (issue 12, s38 fh38 = RAYAN-DOB/Server-Supervision,
Zigazou/rouen-ocr):
- a setting that gives the service its own public address (``NEXT_PUBLIC_APP_URL=https://….netlify.app`` in .env.production,
  APP_URL, SITE_URL, NEXTAUTH_URL): where the service is reached, not a host it loads anything from;
- an address built from a template whose variable part is a constant of the same file
  (```https://api.github.com/repos/${REPO}/contents/…``` with ``const REPO = "someone/photos"``): read whole, the account it
  names is known (one person's repository, through the GitHub API);
- a model hub's repository written without a scheme (Ollama's ``hf.co/<account>/<repo>:<tag>``, ``huggingface.co/<account>/<repo>``,
  the ``scaling.model-ref`` signal): an address of that account like an https:// one."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a variable naming the service's own public address, assigned (KEY=…, KEY: …, "KEY": …), with a front-end framework's prefix; or a
# PHP constant or a constant of the code (define('URL_SITE', …), const SITE_URL = …) joining URL or ADRESSE with SITE or APP(LI) in
# either order, the French word order too (URL_SITE, ADRESSE_SITE, URL_APPLI): the address the service is reached at and writes in
# the links it sends, an intranet .local name included (issue 12, s43 ff43 = Romain64290/compostage)
_OWN_NAME = (r"""(?:NEXT_PUBLIC_|VITE_|REACT_APP_|VUE_APP_|NUXT_PUBLIC_|NG_APP_|PUBLIC_)?"""
             r"""(?:(?:APP|SITE|WEBSITE|FRONTEND|FRONT|CANONICAL|NEXTAUTH|OWN|SELF)_(?:PUBLIC_|BASE_)?URL"""
             r"""|(?:URL|ADRESSE|ADDRESS)_(?:DU_|DE_L_?)?(?:SITE|APPLI|APPLICATION|APP))""")
_OWN_ADDRESS = lazy_compile(r"""^[^\S\n]*(?:define[^\S\n]*\([^\S\n]*["']""" + _OWN_NAME + r"""["'][^\S\n]*,"""
                            r"""|(?:(?:export|const)[^\S\n]+)?\$?["']?""" + _OWN_NAME + r"""["']?[^\S\n]*[=:])""", re.I)


def own_address_setting(lines: list[str], line: int, excerpt: str) -> bool:
    """The address at ``line`` is the value of a setting giving the service its own address (:data:`_OWN_ADDRESS`)."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    m = _OWN_ADDRESS.match(text)
    return bool(m) and excerpt[:60] in text[m.end():]


# a page's description of itself: its schema.org JSON-LD address keys ("url", "serviceUrl", "@id", "mainEntityOfPage"), its
# canonical link, its Open Graph or Twitter address, a sitemap's <loc>, robots.txt's Sitemap: line
_JSONLD_SELF = lazy_compile(r"""["'](?:url|serviceUrl|@id|mainEntityOfPage)["'][^\S\n]*:[^\S\n]*["']$""")
_TAG_SELF = lazy_compile(r"""<link\b[^>]*\brel[^\S\n]*=[^\S\n]*["']?canonical\b[^>]*\bhref[^\S\n]*=[^\S\n]*["']?$|"""
                         r"""<meta\b[^>]*\b(?:property|name)[^\S\n]*=[^\S\n]*["']?(?:og:url|twitter:url)\b[^>]*\bcontent[^\S\n]*=[^\S\n]*["']?$|"""
                         r"""<loc>[^\S\n]*$|^[^\S\n]*sitemap[^\S\n]*:[^\S\n]*$""", re.I)


def published_address(lines: list[str], line: int, excerpt: str) -> bool:
    """The address at ``line`` is where the site says it is published (:data:`_JSONLD_SELF` inside a ``<script
    type="application/ld+json">`` block opened at most 60 lines above, :data:`_TAG_SELF`): the site's own deployment address, to
    change when another body publishes it, nothing the pages load (issue 12, s39 fl39 = nassimnissam54-droid/cadema-transport-mayotte:
    a GovernmentService's "serviceUrl" on the prototype's Netlify app)."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    at = text.find(excerpt[:60])
    if at < 0:
        return False
    before = text[:at]
    if _TAG_SELF.search(before):
        return True
    if not _JSONLD_SELF.search(before):
        return False
    for back in range(line - 1, max(0, line - 61), -1):
        low = lines[back - 1].lower() if back != line else before.lower()
        if "application/ld+json" in low:
            return True
        if "</script" in low or ("<script" in low and back != line):
            return False
    return False


# the variable part right after the address's written start: `${REPO}`, f"{REPO}", or a concatenation "…/" + REPO
_TEMPLATE_PART = lazy_compile(r"""^(?:\$?\{[^\S\n]*([A-Za-z_]\w{0,60})[^\S\n]*\}|["'`][^\S\n]*\+[^\S\n]*([A-Za-z_]\w{0,60})\b)""")
_REPO_VALUE = r"""[^\S\n]*(?::[^\S\n]*[\w.<>\[\]]{1,40}[^\S\n]*)?=[^\S\n]*["'`]([A-Za-z0-9][\w.-]{0,99}/[A-Za-z0-9][\w.-]{0,99})["'`]"""


def template_address(lines: list[str], line: int, excerpt: str, text: str) -> str | None:
    """The whole address when the one at ``line`` goes on with a variable (``${REPO}``) that the file (``text``) sets once to an
    ``owner/name`` constant (``const REPO = "someone/photos"``, ``REPO = "…"``); None otherwise."""
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    start = excerpt.rstrip("$")
    at = src.find(start)
    if at < 0 or not (m := _TEMPLATE_PART.match(src[at + len(start):])):
        return None
    name = m.group(1) or m.group(2)
    values = {v for v in re.findall(rf"(?:^|[\s;(,])(?:(?:export[^\S\n]+)?(?:const|let|var|final|static|private|public|val)[^\S\n]+)*(?:[\w.<>]+[^\S\n]+)?{re.escape(name)}{_REPO_VALUE}",
                                    text[:512 * 1024], re.M)}
    if len(values) != 1 or not start.endswith("/"):
        return None
    after = src[at + len(start) + m.end():]
    rest = _CONCAT_REST.match(after) if m.group(2) else _LITERAL_REST.match(after)  # ("/contents/", up to the next variable part)
    return start + values.pop() + (rest.group(1) if rest else "")


_LITERAL_REST = lazy_compile(r"""([^\s"'`$?#{}]{0,200})""")
_CONCAT_REST = lazy_compile(r"""[^\S\n]*\+[^\S\n]*["'`]([^\s"'`$?#{}]{0,200})""")


def model_ref_address(excerpt: str) -> tuple[str, str]:
    """(host, path) of a scheme-less model reference (``hf.co/<account>/<repo>``)."""
    host, _, rest = excerpt.partition("/")
    return host.lower(), "/" + rest


# a site's own address in its settings: a static-site generator's or a front-end's configuration object or file (``baseUrl:
# "https://mairie-montastruc.fr", // domaine de production`` in src/data/site.js, Docusaurus' ``url``/``baseUrl``, Gatsby's
# ``siteUrl``, Hugo's ``baseURL``, Jekyll's and MkDocs' ``url``/``site_url`` (Zensical's zensical.toml too), Astro's ``site``)
_SITE_KEY = lazy_compile(r"""^([^\S\n]*)["']?(base_?url|site_?url|canonical_?url|production_?url|site|url)["']?[^\S\n]*[=:][^\S\n]*"""
                         r"""["'`]?https?://([a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24})(?=[/"'`\s,;:]|$)""", re.I | re.M)
_SITE_FILE = lazy_compile(r"""(?:^|/)(?:_config|config|site|siteconfig|site[._-]config|settings|metadata|hugo|mkdocs|zensical|docusaurus\.config|"""
                          r"""gatsby-config|astro\.config|nuxt\.config|next\.config|svelte\.config|vite\.config|eleventy\.config|\.eleventy)"""
                          r"""\.(?:js|mjs|cjs|ts|json|ya?ml|toml)$""", re.I)


# a Spring Boot application's settings, by profile (application.yaml, application-staging.yaml, application-prod.properties,
# bootstrap.yml), and the keys there giving the application its own address: app.url, application.url, server.url, app.base-url,
# site.public-url… (flat, or one level under app:/server:); a base URL under any other prefix (mailjet.url, geo.api.base-url) is a
# service the application calls, not its own address
_SPRING_FILE = lazy_compile(r"(?:^|/)(?:application|bootstrap)(?:-[\w.-]{1,40})?\.(?:ya?ml|properties)$", re.I)
_SPRING_PREFIX = r"(?:app|application|server|site|web|webapp|front|frontend|public|self)"
_SPRING_LEAF = r"(?:(?:public|base|site|external|own)[-_]?)?ur[li]"
_SPRING_FLAT = lazy_compile(rf"""^{_SPRING_PREFIX}\.{_SPRING_LEAF}[^\S\n]*[=:][^\S\n]*["']?https?://([a-z0-9][a-z0-9.-]{{0,200}}\.[a-z]{{2,24}})"""
                            r"""(?=[/"'\s:]|$)""", re.I | re.M)
_SPRING_TOP = lazy_compile(rf"^({_SPRING_PREFIX})[^\S\n]*:[^\S\n]*(?:#.*)?$", re.I)
_SPRING_NESTED = lazy_compile(rf"""^[^\S\n]+{_SPRING_LEAF}[^\S\n]*:[^\S\n]*["']?https?://([a-z0-9][a-z0-9.-]{{0,200}}\.[a-z]{{2,24}})(?=[/"'\s:]|$)""",
                              re.I)


def _spring_own(text: str) -> set[str]:
    """The hosts a Spring profile's settings give the application as its own address (:data:`_SPRING_FLAT`, or a ``url:`` right
    under a top-level ``app:``/``server:`` key): the instance's own address in that profile (``app.url:
    https://orgarif-staging.example.net`` in application-staging.yaml), where it is reached, nothing it loads."""
    out = {m.group(1) for m in _SPRING_FLAT.finditer(text)}
    parent = ""
    for line in text.splitlines()[:5000]:
        if line[:1].strip() and not line.startswith("#"):  # (a top-level key: the parent of the lines indented below it)
            parent = "own" if _SPRING_TOP.match(line) else ""
        elif parent and (m := _SPRING_NESTED.match(line)):
            out.add(m.group(1))
    return out


def site_own_hosts(snapshot, files: list[str]) -> set[str]:
    """The hosts a site's own settings give as its address (:data:`_SITE_KEY`), in its configuration or site-data files
    (:data:`_SITE_FILE`, three folders deep at most, not vendored nor built): the site's production domain is its own address, not
    another body's servers (issue 12, s38 fl38 = ed199531/mairie_de_montastruc). At most 20 files of 100 kB, in path order."""
    paths = sorted(p for p in files if p.count("/") <= 3 and _SITE_FILE.search(p))[:20]
    out: set[str] = set()
    for path in paths:
        text = snapshot.read_text(path, limit=100_000) or ""
        top = None  # (the indentation of the settings' shallowest key, computed when a bare url/site key is met)
        for m in _SITE_KEY.finditer(text):
            if m.group(2).lower() in _BARE_KEYS:
                top = min((len(k.group(1).expandtabs(4)) for k in _ANY_KEY.finditer(text[:100_000])), default=0) if top is None else top
                if len(m.group(1).expandtabs(4)) > top:
                    continue  # (a data source's own address: live.weather.url beside its sourceName, an API's endpoint)
            out.add(m.group(3).lower().rstrip("."))
    return out


# the bare keys (url, site) name the site's own address only at the settings' top level (Jekyll's ``url:``, Astro's ``site``); nested
# in an object of the settings (``live: {weather: {sourceName: 'Open-Meteo', url: 'https://api.open-meteo.com/…'}}``) they give a
# data source's or a service's address the site calls, not its own (issue 12, s42 ff42 = thepriben/demo-inforoute-084)
_BARE_KEYS = frozenset({"url", "site"})
_ANY_KEY = lazy_compile(r"""^([^\S\n]*)["']?[A-Za-z_$][\w$-]{0,60}["']?[^\S\n]*[:=](?![:=])""", re.M)


# a profile of a test or pre-production instance (application-staging.yaml, application-recette.properties, application-dev.yml)
_TEST_PROFILE = lazy_compile(r"-(?:staging|stage|recette|preprod|pre-prod|qualif|qualification|test|tests|dev|develop|local|demo|qa|int|"
                             r"integration|uat|sandbox|ci)(?:[-_.][\w.-]*)?\.(?:ya?ml|properties)$", re.I)


def spring_own_hosts(snapshot, files: list[str]) -> tuple[set[str], set[str]]:
    """The hosts a Spring application's profile settings give it as its own address (:func:`_spring_own`): (in the production or
    default profiles, in test or pre-production profiles only). ``app.url: https://orgarif-staging.<developer>.net`` of
    application-staging.yaml is the staging instance's own address, where it is reached, nothing the service loads (issue 12, s39
    fb39 = cridf-openassemblee-orgarif/orgarif-deploy). At most 20 files of 100 kB, five folders deep at most, in path order."""
    production: set[str] = set()
    tests: set[str] = set()
    for path in sorted(p for p in files if p.count("/") <= 5 and _SPRING_FILE.search(p))[:20]:
        hosts = {h.lower().rstrip(".") for h in _spring_own(snapshot.read_text(path, limit=100_000) or "")}
        (tests if _TEST_PROFILE.search(path) else production).update(hosts)
    return production, tests - production


# the domain a repository's own deployment serves the project on: a Traefik router's rule (Host(`collecte-dechets.cacem.fr`) in a Compose
# file's labels or a Kubernetes manifest), nginx's server_name, a Pages CNAME file
_TRAEFIK_HOST = lazy_compile(r"""\bHost(?:SNI)?\([ \t]*[`'"]([a-z0-9][\w-]*(?:\.[\w-]+)+)[`'"]""", re.I)
_SERVER_NAME = lazy_compile(r"^[ \t]*server_name[ \t]+([a-z0-9][\w-]*(?:\.[\w-]+)+)[ \t]*[;\s]", re.I | re.M)
_DEPLOY_FILE = lazy_compile(r"(?:^|/)(?:(?:docker-)?compose[\w.-]*\.ya?ml|[\w.-]*\.conf|nginx[\w.-]*|[\w.-]*ingress[\w.-]*\.ya?ml)$", re.I)


def deployment_own_hosts(snapshot, files: list[str]) -> set[str]:
    """The hosts the repository's own deployment serves the project on (:data:`_TRAEFIK_HOST`, :data:`_SERVER_NAME`, a root or docs/
    CNAME file): the sponsor's domain, so an address on it the code calls is the sponsor's server, not another organisation's
    (issue 12, s39 fi39 = CACEM-TEAM/decacem: api.cacem.fr beside Host(`collecte-dechets.cacem.fr`)). Three folders deep at most,
    20 files of 100 kB, in path order; not localhost nor an example domain."""
    out: set[str] = set()
    for path in sorted(p for p in files if p.count("/") <= 3 and (_DEPLOY_FILE.search(p) or p in ("CNAME", "docs/CNAME")))[:20]:
        text = snapshot.read_text(path, limit=100_000) or ""
        found = [text.strip()] if path.endswith("CNAME") and "\n" not in text.strip() else \
            [m.group(1) for m in _TRAEFIK_HOST.finditer(text)] + [m.group(1) for m in _SERVER_NAME.finditer(text)]
        out |= {h.lower().rstrip(".") for h in found if "." in h and not re.search(r"(?:^|\.)(?:localhost|example\.\w+|local|test|invalid)$", h.lower())}
    return out
