"""``hosting_dependencies``: what the code and configuration fetch from where.

Hosts in URLs of running files (code, templates, configuration; not docs, tests or examples) are
classed with ``hosting.yml``: the sponsor's own (publiccode.yml url and maintainers' addresses, the public bodies of the
committers, domains named like the forge owner or of the public body holding it, a server named after the project on a
public body's domain), a national public platform, another public body's
server, a personal account's (GitHub Pages, raw files of one account, shared buckets, a personal
fork cloned at start-up), a commercial service's, a CDN, an internal address. Database connection
strings (URLs, libpq's "host=… dbname=…") and private IP addresses name internal servers; the cloud a Terraform configuration
declares is named as a proprietary service; restricted data sets (fichiers fonciers,
MAJIC, DV3F…) are found by name in the repository, and count as used when code, a query, a setting or data name them (a
needs analysis or a README naming them alone is prose about the staff's work, no use).

Longer than 400 lines: the classing of hosts (the sponsor's, a public body's, a platform's, a person's) is one decision over one list of addresses.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote, urlsplit

from auditor.data import load
from auditor.facts import fact
from auditor.facts.compose_names import compose_images, compose_services as _compose_names
from auditor.facts.history import registrable_domain
from auditor.facts.identity_names import name_labels, team_domains
from auditor.facts.inventory import DOCKERFILE, inventory_of, is_env_template, is_manifest, is_test, is_vendored
from auditor.facts.machinery import machinery_script
from auditor.facts.r_locks import public_r_repository, r_lock_repositories
from auditor.facts.scaling.declared_owner import declared_owner
from auditor.facts.scaling.keyed_sites import keyed_table_class
from auditor.facts.scaling.common import (data_about, email_type, host_class, is_dev_only, is_neutral_host, own_domains, owner_key, owner_type, project_files,
                                          private_int_name, project_subdomain, same_name, sponsor_named)
from auditor.facts.scaling.address_refs import deployment_own_hosts, model_ref_address, own_address_setting, published_address, site_own_hosts, spring_own_hosts, template_address
from auditor.facts.scaling.contractor_hosts import committers_company_domains, signed_in_tenant, sponsor_tenant
from auditor.facts.scaling.data_fields import reading_files, unread_data_field
from auditor.facts.scaling.build_repositories import gradle_repositories, maven_repositories, upload_lines
from auditor.facts.scaling.env_hosts import env_file_hosts, ini_server_hosts
from auditor.facts.scaling.network_drives import network_drive_paths
from auditor.facts.scaling.internal_calls import hard_coded_internal_calls
from auditor.facts.scaling.load_positions import (compared_origin, csp_origin, demo_host_branch, in_sentence, link_value, opened_for_reader,
                                                  project_link, script_url, template_link_variable)
from auditor.facts.scaling.lockin import scenario_visit
from auditor.facts.scaling.url_signals import BARE_PLACEHOLDER, default_host, listed_neutral
from auditor.facts.territory_hosts import forge_link
from auditor.facts.secrets import PLACEHOLDER, URL_CREDENTIALS
from auditor.facts.textscan import hits
from auditor.facts.web_fonts import font_address
from auditor.lazyre import lazy_compile
from auditor.people import is_bot

PER_HOST = 3
# (Apache's userdir: http://92.154.61.105:8080/~nacer/co.php, a person's folder; not a machine account's, a CI's ~build/)
HOME_DIR = lazy_compile(r"^/~(?!(?:build|builds|ci|jenkins|deploy|www|www-data|web|admin|root|ftp|pub|public|dist|release|releases|download|downloads|svn|git|apache|httpd|nobody)(?:/|$))([A-Za-z0-9._-]{1,64})(?:/|$)", re.I)
_IP = lazy_compile(r"^\d+\.\d+\.\d+\.\d+$")


def _is_service(host: str, url: str, cdn: bool = False) -> bool:
    """Whether ``url`` is a proprietary service's: its host is the vendor's, or (on a host that is no public CDN) the address
    has the service's shape. A public CDN serving a library's file (``unpkg.com/esri-leaflet@2.1.1/…``) is the CDN: the
    library's use is the vendor-lock-in check's to judge, from the code."""
    for s in load("proprietary_services.yml")["services"]:
        if any(host == h or host.endswith("." + h) for h in s.get("hosts") or []):
            return not open_file(s, host, url) and not open_file(s, host, url, "public_files")  # (a hot-linked picture: its bucket's)
        if not cdn and any(re.search(c["re"], url, re.I) and not (c.get("open_read") and re.search(c["open_read"], url, re.I))
                           for c in s.get("code") or []):  # (not a layer asked as GeoJSON: open data, see proprietary_services.yml)
            return True
    return False


def _whole_url(lines: list[str], line: int | None, excerpt: str) -> str:
    """The address as its line writes it, whole: the scan's excerpt stops short of a long query (an ArcGIS layer's
    …/FeatureServer/0/query?where=1%3D1&…&f=geojson, a thousand characters on one line)."""
    text = lines[line - 1] if line and 0 < line <= len(lines) else ""
    at = text.find(excerpt)
    return re.split(r"""[\s'"`<>]""", text[at:], maxsplit=1)[0] if at >= 0 and excerpt else excerpt


def open_file(service: dict, host: str, url: str, shape: str = "open_files") -> bool:
    """The vendor's CDN serving an open library's file (``api.tiles.mapbox.com/mapbox-gl-js/v1.1.1/mapbox-gl.js``: Mapbox GL JS
    before 2.0, BSD-3-Clause), as the service's ``open_files`` shape says: a CDN, no service; or, with ``shape="public_files"``,
    a plain file hot-linked from a public bucket (a picture): the bucket's host, no service."""
    at = url.lower().find(host)
    return bool(service.get(shape)) and at >= 0 and bool(re.match(service[shape], url[at + len(host):], re.I))


def _vendor_identity(host: str, url: str) -> bool:
    """The vendor's OAuth endpoints that all its APIs share (a Google key file's auth_provider_x509_cert_url,
    www.googleapis.com/oauth2/v1/certs: the service's ``identity_paths``): a protocol's endpoint, neutral, neither a service nor a
    server the project is hosted on (issue 12, s47 fd47)."""
    return any(open_file(s, host, url, "identity_paths") for s in load("proprietary_services.yml")["services"]
               if any(host == h or host.endswith("." + h) for h in s.get("hosts") or []))


def _open_file_cdn(host: str, url: str) -> bool:
    return any(open_file(s, host, url) for s in load("proprietary_services.yml")["services"]
               if any(host == h or host.endswith("." + h) for h in s.get("hosts") or []))


MAX_HOSTS = 60
PRIVATE_FROM = lazy_compile(r"^\s*FROM\s+(?:--platform=\S+\s+)?([a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?)/\S+", re.I)  # a registry host
PUBLIC_REGISTRIES = {"docker.io", "index.docker.io", "registry-1.docker.io", "ghcr.io", "quay.io", "gcr.io", "mcr.microsoft.com", "public.ecr.aws",
                     "registry.gitlab.com", "registry.access.redhat.com", "registry.redhat.io", "docker.elastic.co", "docker.osgeo.org", "nvcr.io"}
PUBLIC_REGISTRY_SUFFIXES = (".gcr.io", ".pkg.dev", ".docker.io")
_IMAGE_REGISTRY = lazy_compile(r"([a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?)/\S+", re.I)  # an image reference's registry host


def private_registry(image: str) -> str | None:
    """The registry host of an image reference when it is a private one (harbor.ville.fr/proxy/nginx:alpine,
    docker-registry.vendor.fr/app/api:1.2), None for Docker Hub's images (postgis/postgis:13) and the public registries'."""
    m = _IMAGE_REGISTRY.fullmatch(image)
    return _private_host(m.group(1)) if m else None


def _private_host(host: str) -> str | None:
    host = host.lower()
    return host if host not in PUBLIC_REGISTRIES and not host.endswith(PUBLIC_REGISTRY_SUFFIXES) else None


DOCKER_HOST_GATEWAY = "172.17.0.1"  # docker0's default gateway: the machine running the containers, wherever it runs


def compose_services(ctx) -> set[str]:
    """Service names of the repository's Compose files: ``postgres://app@pgsql/db`` names the
    project's own container, which every reuser starts with the project, not an internal server."""
    return _compose_names(ctx)


# CI files whose jobs start service containers: GitLab CI (.gitlab-ci.yml and its local includes), GitHub Actions, Woodpecker/Drone
CI_FILE = lazy_compile(r"(^|/)(\.gitlab-ci[\w.-]*\.ya?ml|\.gitlab/ci/[^/]+\.ya?ml|\.github/workflows/[^/]+\.ya?ml|\.woodpecker(\.ya?ml|/[^/]+\.ya?ml)|\.drone\.ya?ml)$")


def _image_hosts(image: str) -> set[str]:
    """The host names GitLab gives a service container by its image (postgres:13-alpine: postgres; tutum/wordpress: tutum__wordpress and
    tutum-wordpress)."""
    name = image.split("@", 1)[0].rsplit(":", 1)[0] if ":" in image.rsplit("/", 1)[-1] else image.split("@", 1)[0]
    name = name.lower()
    return {name.replace("/", "__"), name.replace("/", "-"), name.rsplit("/", 1)[-1]} if name else set()


def ci_services(ctx) -> set[str]:
    """Host names of the service containers the repository's CI jobs start (GitLab's ``services: [{name: postgres:13, alias: pgapp}]``,
    GitHub Actions' ``services: {postgres: {image: …}}``): the CI's own throw-away servers, which every reuser's CI starts, not a
    hosting dependency (issue 12, s20)."""
    from auditor import safeyaml

    names: set[str] = set()
    for p in sorted(e.path for e in project_files(ctx) if CI_FILE.search(e.path))[:20]:
        text = ctx.snapshot.read_text(p, limit=256 * 1024)
        try:
            doc = safeyaml.load(text) if text else None
        except Exception:  # noqa: BLE001 - an unreadable CI file names no service
            doc = None
        if not isinstance(doc, dict):
            continue
        jobs = doc.get("jobs")  # (GitHub Actions' jobs; GitLab's jobs and default: are top-level keys)
        blocks = [doc] + [v for v in doc.values() if isinstance(v, dict)] + ([v for v in jobs.values() if isinstance(v, dict)] if isinstance(jobs, dict) else [])
        for block in blocks:
            services = block.get("services")
            if isinstance(services, dict):  # GitHub Actions: the label is the host name
                names.update(str(k).lower() for k in services)
            for item in services if isinstance(services, list) else []:
                if isinstance(item, str):
                    names.update(_image_hosts(item))
                elif isinstance(item, dict):
                    names.update(_image_hosts(str(item.get("name") or item.get("image") or "")))
                    names.update(a.strip().lower() for a in str(item.get("alias") or "").split(",") if a.strip())
    return names


_USERINFO = lazy_compile(r"://[^/\s@]*@")


def _no_credentials(url: str) -> str:
    """A connection string without its user and password (postgres://app:s3cret@db.ville.fr → postgres://…@db.ville.fr):
    the server is the finding, a credential never leaves the secrets fact."""
    return _USERINFO.sub("://…@", url)


_ACCOUNT_PARAM = lazy_compile(r"^(?:user(?:name)?|login|utilisateur|pass(?:word|wd)?|pwd|mdp|token|api_?key|key|secret)$", re.I)


def _form_to_fill(query: str) -> bool:
    """A URL whose sign-in parameters hold placeholders (?user=USER&password=PASSWORD, ?token=<token>): a form to fill."""
    from urllib.parse import parse_qsl

    pairs = parse_qsl(query or "", keep_blank_values=True)[:20]
    return any(_ACCOUNT_PARAM.match(k) and PLACEHOLDER.match(v) for k, v in pairs)


def committers_own_domains(ctx) -> tuple[set[str], set[str]]:
    """Registrable domains that are a committer's own, named after the person (``jean@jdupont.net`` for "Jean Dupont"): a server
    there is that person's (a tile server image fetching its data at start-up from tiles.jdupont.net), no organisation's; and the
    first labels a committer's own domain is named with (``mlorber`` for Mathieu Lorber <mathieu.lorber@gmail.com>: the
    application's production address orgarif.mlorber.net is on that person's domain, whatever mailbox they commit from)."""
    if not ctx.snapshot.has_history:
        return set(), set()
    try:
        commits = ctx.fact("people")["commits"]
    except Exception:  # noqa: BLE001 - no history: no committer's domain known
        return set(), set()
    out: set[str] = set()
    labels: set[str] = set()
    authors = sorted({(c.author_name or "", (c.author_email or "").strip().lower()) for c in commits[-5000:]})
    for name, email in authors:
        if is_bot(name, email):
            continue
        if "@" in email and email_type(name, email).get("own_name"):
            out.add(registrable_domain(email.rsplit("@", 1)[1]))
        labels |= name_labels(name, email)
    # a domain a team mailbox writes from is an organisation's, though its name reads as a person's ("Roue Libre" beside
    # <contact@rouelibre.net>: the association's site, no person's)
    teams = team_domains([("", n, e) for n, e in authors], registrable_domain)
    return out - teams, labels - {_domain_label(reg) for reg in teams}


def _domain_label(reg: str) -> str:
    """A registrable domain's first label, letters only (``mlorber`` for m-lorber.net)."""
    return re.sub(r"[^a-z]", "", reg.split(".")[0].lower())


_SUBDOMAIN_PLACEHOLDER = lazy_compile(r"^\{[a-z](?:-[a-z])?\}\.")  # a map library's tile subdomain ({s}. in Leaflet, {a-c}. in OpenLayers)
_SERVICE_HOST = re.compile(r"^[^\S\n]*host[^\S\n]*=[^\S\n]*([A-Za-z0-9][\w.-]*)[^\S\n]*$")


def _build_time(path: str) -> bool:
    """CI configuration and build tools' wrappers: a reuser's own CI and build tools replace them."""
    return path.startswith((".github/", ".gitlab/", ".circleci/")) or path in (".gitlab-ci.yml", ".travis.yml") or \
        any(f"/{d}/" in f"/{path}" for d in (".mvn/wrapper", "gradle/wrapper")) or machinery_script(path)  # (fuzzing, QA, git hooks)


# a file server's name that is a placeholder to replace (\\monserveur\partage, \\server\share, \\nom_du_serveur\…)
_PLACEHOLDER_SERVER = lazy_compile(r"^(?:(?:mon|ma|my|your|votre|nom[-_]?du|nom[-_]?de)[-_]?)?(?:serveur|server|host(?:name)?|machine|nas)\d*$|"
                                   r"^(?:example|exemple|xxx+|changeme|fileserver|file-?server)$", re.I)
PROSE_CLASSES = ("doc", "legal")  # (textscan.file_class: documents written for people)

def taken_over(host: str) -> dict | None:
    """hosting.yml's entry for a script host taken over by an owner who served malicious code from it (polyfill.io, 2024)."""
    return next((t for t in load("hosting.yml").get("taken_over") or [] if host == t["host"] or host.endswith("." + t["host"])), None)


def _risky_script(scripts: list, path: str, line: int | None, excerpt: str, host: str, lines: list[str], url_path: str) -> None:
    """A script the page runs from a taken-over host, or over plain http from a server on the Internet: whoever holds the host,
    or the network between, changes the code every visitor runs; a page served over https blocks it (mixed content)."""
    t = taken_over(host)
    if not t and not (excerpt.startswith("http://") and script_url(lines, line, excerpt, url_path)):
        return
    if not t and (host_class(host)["class"] == "internal" or (is_neutral_host(host) and not listed_neutral(host))):
        return  # (a local or an example server: http://localhost:8080/app.js)
    if len(scripts) < 20 and not any(x["path"] == path and x["value"] == excerpt[:120] for x in scripts):
        scripts.append({"path": path, "line": line, "value": excerpt[:120], "host": host, "taken_over": t.get("since") if t else None,
                        "http": excerpt.startswith("http://")})


def _tool_build(path: str, repo: str) -> bool:
    """An image's build cloning the tool it is named after (docker/tippecanoe/Dockerfile: git clone …/felt/tippecanoe.git,
    Dockerfile.tippecanoe): the tool built from its own source home, as a package manager would fetch it; no fork to vanish."""
    name = repo.rsplit("/", 1)[-1].lower().removesuffix(".git")
    parts = path.lower().split("/")
    labels = set(parts[:-1][-1:]) | {x for x in re.split(r"[.-]", parts[-1]) if x not in ("dockerfile", "containerfile", "")}
    return bool(DOCKERFILE.search(path)) and bool(name) and name in labels


# a clone pinned to a release (--branch 2.75.1, -b v1.4, a git checkout of a tag or a commit) then built (make, cmake, an install)
_PINNED = lazy_compile(r"(?:--branch|-b)[ =]v?\d+(?:\.\d+)+\S*|\bgit\s+(?:-C\s+\S+\s+)?checkout\s+(?:tags/)?(?:v?\d+(?:\.\d+)+\S*|[0-9a-f]{7,40})\b")
_BUILT = lazy_compile(r"\b(?:make|cmake|ninja|meson|\./configure|cargo\s+install|go\s+install|pip\s+install|python\S*\s+setup\.py)\b")


def _pinned_build(path: str, text_lines: list[str], line: int | None) -> bool:
    """An image's build cloning a tool at one release and building it (airflow/Dockerfile: git clone …/felt/tippecanoe.git --branch
    2.75.1, then make && make install): the release built from its source home, as a download of that release from the forge
    would be; no moving branch of an account read at each build."""
    if not DOCKERFILE.search(path) or not line or line > len(text_lines):
        return False
    near = "\n".join(text_lines[line - 1: line + 5])
    return bool(_PINNED.search(near)) and bool(_BUILT.search(near))


def _reported(internal: list[dict], path: str, host: str) -> bool:
    """Whether ``internal`` already names ``host`` in ``path``."""
    return any(i["path"] == path and i["host"] == host for i in internal)


def _test_stack(path: str) -> bool:
    """A file of the tests' own stack (tests/docker-compose.yml, docker-compose.test.yml, tests/lizmap/etc/pg_service.conf): the
    servers the tests start or reach, no hosting dependency of the product (issue 12, s32)."""
    return is_test(path) or is_dev_only(path)


MAX_BUILD_FILES = 20


def build_repositories(ctx) -> list[tuple[str, int, str]]:
    """(path, line, url) of the package repositories the project's Maven and Gradle builds fetch from (build_repositories), at most
    :data:`MAX_BUILD_FILES` build files read, in path order."""
    builds = [e.path for e in project_files(ctx, tests=False) if e.name == "pom.xml" or e.name.endswith((".gradle", ".gradle.kts"))]
    out = []
    for path in builds[:MAX_BUILD_FILES]:
        text = ctx.snapshot.read_text(path, limit=512 * 1024) or ""
        out += [(path, n, url) for n, url in (maven_repositories(text) if path.endswith(".xml") else gradle_repositories(text))]
    return out


# An update checker given a forge repository: YahnisElsts' Plugin Update Checker (PucFactory::buildUpdateChecker('https://github.com/…'),
# bundled by WordPress plugins and themes), a WordPress plugin header's "Update URI:" (since 5.8: the host its updates come from); the
# repository's account, unless a public body's, is where every installation takes its code from (s39 ff39)
_UPDATE_CALL = re.compile(r"\bbuildUpdateChecker\s*\(|^[\s*#/]*Update URI\s*:", re.I)
_FORGE_REPO = re.compile(r"^/([A-Za-z0-9][\w.-]{0,38})/[\w.-]+/?$")


def update_channel(lines: list[str], line: int | None, url_path: str) -> str | None:
    """The forge account of a repository an update checker polls, on ``line`` (1-based) or up to two lines below the call, unless a
    public body's (owner_type); None otherwise."""
    if not line or not (m := _FORGE_REPO.match(url_path or "")):
        return None
    around = "\n".join(lines[max(0, line - 3): line])
    if not _UPDATE_CALL.search(around) or owner_type(m.group(1), None) == "public":
        return None
    return m.group(1)


_LOOPBACK = re.compile(r"^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|[\w.-]*\.localhost)$")


# a forge's raw file address: raw.githubusercontent.com/<owner>/<repo>/<ref>/<path>, or …/<owner>/<repo>/(-/)raw/<ref>/<path>
def _raw_repo(host: str, url_path: str) -> tuple[str, str] | None:
    """(owner, repository) of a forge's raw file address, lower case; None for any other address."""
    segs = [x for x in (url_path or "").split("/") if x]
    if host == "raw.githubusercontent.com" and len(segs) >= 3:  # (the file's path may be added at run time: …/main/{file_name})
        return segs[0].lower(), segs[1].lower()
    if len(segs) >= 4 and segs[2] == "raw" or len(segs) >= 5 and segs[2:4] == ["-", "raw"]:
        return segs[0].lower(), segs[1].lower()
    return None


def _raw_file(host: str, url_path: str, files: set[str]) -> tuple[str, str] | None:
    """The repository of a raw file address whose file (its path after the ref, decoded: page%20accueil.jpg) is committed in the
    audited repository at that path: the repository's own copy (issue 12, s45 fi45); None otherwise."""
    repo = _raw_repo(host, url_path)
    if not repo:
        return None
    segs = [x for x in url_path.split("/") if x]
    rest = segs[3:] if host == "raw.githubusercontent.com" else segs[4:] if segs[2] == "raw" else segs[5:]
    return repo if rest and unquote("/".join(rest)) in files else None


@fact("hosting_dependencies", version=123, cache="commit+as_of")
def hosting_dependencies(ctx) -> dict:
    owner = owner_key(ctx)
    declared = "" if owner else declared_owner(ctx.snapshot)
    project = getattr(ctx.target, "name", None) or ""
    own = own_domains(ctx)
    persons, person_labels = committers_own_domains(ctx)
    persons -= own
    contractors = committers_company_domains(ctx) - own - persons
    inv = inventory_of(ctx)  # (and not a copied theme's demo settings, a Hugo theme's exampleSite/config.toml: the inventory's copies)
    settings = [p for p in ctx.snapshot.files if not is_vendored(p) and inv.category(p) not in ("vendored", "build", "generated")]
    site_own = {registrable_domain(h) for h in site_own_hosts(ctx.snapshot, settings)}
    # a Spring profile's own address (app.url): the project's own, but a production instance on a committer's own domain stays that
    # person's server (s24: orgarif.<initial+surname>.net); a staging instance there is the team's test instance (s39 fb39)
    production, staging = ({registrable_domain(h) for h in hs} for hs in spring_own_hosts(ctx.snapshot, settings))
    site_own |= {r for r in production if r not in persons and _domain_label(r) not in person_labels} | staging - production
    deployed_own = {registrable_domain(h) for h in deployment_own_hosts(ctx.snapshot, settings)} - persons  # (Host(`app.cacem.fr`): the sponsor's)
    hosts: dict[str, dict] = {}
    service_hosts: dict[str, dict] = {}
    neutral: dict[str, dict] = {}
    found = []  # (path, line, excerpt, host, the address's path, named at deployment)
    scripts: list[dict] = []  # scripts run from a taken-over host or over plain http
    upload_domains: set[str] = set()  # where the build uploads its artefacts (the publishers' server, no dependency)
    text_lines = functools.lru_cache(maxsize=4)(lambda path: (ctx.snapshot.read_text(path, limit=512 * 1024) or "").splitlines())
    readers = functools.lru_cache(maxsize=1)(lambda: reading_files(ctx.snapshot, inv))
    uploads = functools.lru_cache(maxsize=4)(lambda path: upload_lines(path, "\n".join(text_lines(path))) if path.endswith((".xml", ".gradle", ".gradle.kts")) else set())
    for path, line, excerpt, _cls in hits(ctx, "scaling.url", "scaling.sql-fetch", "scaling.url-relative"):
        if is_dev_only(path):
            continue  # a developer's settings or dev-server proxy: not where the service runs
        if _build_time(path):
            continue  # build-time: a reuser's own CI and build tools replace it
        try:
            parts = urlsplit(excerpt)
            host = _SUBDOMAIN_PLACEHOLDER.sub("", (parts.hostname or "").lower())  # http://{s}.tiles.example.fr/…: tiles.example.fr
        except ValueError:
            continue
        if not host:
            continue
        if _form_to_fill(parts.query):
            continue  # https://serveur.miat/?user=USER&password=PASSWORD: the form of an address to fill, no server
        lines = text_lines(path)
        _risky_script(scripts, path, line, excerpt, host, lines, parts.path)
        if csp_origin(lines, line, excerpt) or compared_origin(lines, line, excerpt) or demo_host_branch(lines, line, excerpt):
            continue  # one source of a Content-Security-Policy allowlist, an origin compared or allowed, a demo's host: not fetched
        if in_sentence(lines, line, excerpt) or link_value(lines, line, excerpt) or project_link(path, is_manifest(path), lines, line, excerpt) \
                or template_link_variable(lines, line, excerpt) or opened_for_reader(lines, line, excerpt):
            continue  # (a sentence's address, a link's value, a documentation site's link, a template variable used in links only, an app's
            # address opened in the phone's browser: for a reader)
        if line in uploads(path):
            upload_domains.add(registrable_domain(host))  # (kept apart: the publishers' domain, which types their addresses)
            continue  # (where the build uploads its artefacts, a mavenDeployer's or publishing's repository: the publishers' server)
        if own_address_setting(lines, line, excerpt):
            continue  # (NEXT_PUBLIC_APP_URL=https://….netlify.app: the service's own address, where it is reached, nothing it loads)
        if unread_data_field(path, lines, line, readers):
            continue  # (a field of the site's data.json no template renders nor code reads: an address the site never loads nor shows)
        found.append((path, line, excerpt, host, parts.path, False))
    # a model hub's repository named without a scheme (Ollama's "hf.co/<account>/<repo>:<tag>"): that account's, as its https:// address
    for path, line, excerpt, _cls in hits(ctx, "scaling.model-ref"):
        if not is_dev_only(path) and not _build_time(path):
            found.append((path, line, excerpt, *model_ref_address(excerpt), False))
    # a forge API's address built from a constant of the same file (`https://api.github.com/repos/${REPO}/contents/…`, REPO =
    # "someone/photos"): read whole, the account it names (one person's repository), not the forge alone
    resolved = set()
    for path, line, excerpt, _cls in hits(ctx, "scaling.url-neutral"):
        if not is_dev_only(path) and not _build_time(path) and not is_manifest(path) and "://" in excerpt \
                and (url := template_address(text_lines(path), line, excerpt, ctx.snapshot.read_text(path, limit=512 * 1024) or "")):
            parts = urlsplit(url)
            if not is_neutral_host((parts.hostname or "").lower(), parts.path):
                resolved.add((path, line))
                found.append((path, line, url, (parts.hostname or "").lower(), parts.path, False))
    # an app's or a bucket's host on a hosting platform written bare (Django's ALLOWED_HOSTS = ['app.herokuapp.com'], an S3
    # custom domain '%s.s3.amazonaws.com' % bucket): where the service runs or keeps its files, as an address would say
    for path, line, excerpt, _cls in hits(ctx, "scaling.bare-host"):
        if is_dev_only(path) or _build_time(path) or compared_origin(text_lines(path), line, excerpt) or demo_host_branch(text_lines(path), line, excerpt):
            continue  # (a partner's site compared with the visitor's referrer: referrerHost: "….vercel.app")
        label, _, base = excerpt.lower().partition(".")
        deployed = bool(BARE_PLACEHOLDER.fullmatch(label))  # (the app's or bucket's name filled in at deployment)
        found.append((path, line, excerpt, base if deployed else excerpt.lower(), "", deployed))
    # the package repositories a Java build fetches from (a pom.xml's <repositories> and <pluginRepositories>, a Gradle script's
    # repositories { maven { url … } }): addresses as any other, Maven Central or a framework's public repository a package
    # registry (neutral), a company's or the sponsor's own Nexus a host (s36 i36: Alfresco's, in a CMIS library's pom.xml)
    written = {(p, ln) for p, ln, *_rest in found}
    fetched = set()  # (where a build fetches its packages: every build needs that server, read from one line or many)
    for path, line, url in build_repositories(ctx):
        fetched.add((path, line))
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if not host or is_dev_only(path) or _build_time(path):
            continue
        if is_neutral_host(host, parts.path):
            n = neutral.setdefault(registrable_domain(host), {"host": registrable_domain(host), "count": 0, "evidence": []})
            n["count"] += 1
            if not n["evidence"]:
                n["evidence"].append({"path": path, "line": line, "value": url[:120]})
        elif (path, line) not in written:  # (a Gradle script's address the scan already read)
            found.append((path, line, url, host, parts.path, False))
    files = set(ctx.snapshot.files)
    copied_repos = {r for _p, _l, _e, host, url_path, _d in found if (r := _raw_file(host, url_path, files))}
    for path, line, excerpt, host, url_path, deployed in found:
        reg = registrable_domain(host)
        # (a clone's owner unknown: the account the project's metadata names as its repository's — s39 fh39, 3liz.github.io)
        c = host_class(host, url_path, frozenset(own), owner or declared, project)
        if c["class"] not in ("own", "internal") and forge_link(host, url_path):  # (a self-hosted forge's repository page: a link, as github.com's)
            n = neutral.setdefault(host, {"host": host, "count": 0, "evidence": []})
            n["count"] += 1
            if not n["evidence"]:
                n["evidence"].append({"path": path, "line": line, "value": excerpt[:120]})
            continue
        if c["class"] == "other" and private_int_name(host, excerpt):  # (virtualia.pn.int over http: a private network's name)
            c = {"class": "internal"}
        # (a site keyed by a place's name in a table of public bodies' sites, 'Briis-sous-Forges' => 'https://www.briis.fr/feed/': s43 fh43)
        if c["class"] == "other" and (table := keyed_table_class(text_lines(path), line, lambda h: host_class(h, "", frozenset(own), owner or declared, project)["class"], host)):
            c = {"class": table, "note": "a place's site, keyed by its name in a table of public bodies' sites"}
        if deployed and c["class"] not in ("neutral", "internal", "cdn"):
            # a bucket or an app whose name each deployment sets: no one account's, the platform's service (a commercial one)
            c = {"class": "commercial", "note": "an app or a bucket named at deployment on a hosting platform"}
        if (home := HOME_DIR.match(url_path or "")) and c["class"] not in ("neutral", "internal"):  # one person's home directory
            c = {"class": "personal", "account": home.group(1), "kind": "home", "note": "a person's home directory (~user)"}  # (any server's)
        if _open_file_cdn(host, excerpt):
            c = {"class": "cdn"}  # a vendor's CDN serving an open library's release (Mapbox GL JS 1.x): a CDN like unpkg.com
        if c["class"] == "neutral" or _vendor_identity(host, _whole_url(text_lines(path), line, excerpt)):
            continue
        # (not a page a monitoring scenario visits in a browser: watched, not used, as vendor_lockin says)
        if not c.get("api") and _is_service(host, _whole_url(text_lines(path), line, excerpt), cdn=c["class"] == "cdn") and not scenario_visit(ctx, path):  # (one account's Drive read through Google's API: where the data live)  # a proprietary service the vendor-lock-in check reports: named, not judged here
            service_hosts.setdefault(reg, {"host": host, "path": path, "line": line, "value": excerpt[:120]})
            continue
        if c["class"] in ("other", "public-other", "commercial") and sponsor_named(reg, owner):
            c = {"class": "own"}
        elif c["class"] in ("other", "public-other", "public-unknown") and reg in site_own:
            c = {"class": "own", "note": "the site's own address in its settings"}  # (baseUrl: "https://mairie-montastruc.fr")
        elif c["class"] in ("other", "public-other", "public-unknown") and reg in deployed_own:
            c = {"class": "own", "note": "the domain the repository's deployment serves the project on"}  # (api.cacem.fr beside Host(`collecte-dechets.cacem.fr`))
        elif c["class"] == "public-other" and project_subdomain(host, reg, owner, project):
            c = {"class": "own", "note": "a server named after the project"}  # interpretable.erasme.org for the account "interpretable"
        elif c["class"] == "public-other" and not owner and not own:
            # a clone without a forge address and no other sign of the sponsor's domains (commits, publiccode.yml): whether
            # this public body is the sponsor or another is not known, and is not guessed
            c = {"class": "public-unknown", "note": "no forge address: whose public body is not known"}
        elif c["class"] == "other" and (reg in persons or _domain_label(reg) in person_labels):
            c = {"class": "personal", "account": reg, "kind": "domain", "note": "a committer's own domain"}
        elif c["class"] == "other" and (tenant := sponsor_tenant(host, reg, own)):  # (reyssouze.myliaq.fr: the syndicate's instance)
            c = {"class": "commercial", "account": tenant, "note": "the sponsor's tenant of a service (a sub-domain named after it)", "tenant": True}
        elif c["class"] == "other" and (tenant := signed_in_tenant(host, reg, "\n".join(text_lines(path)), path)):
            # (sydenet2.eudonet.com, signed into with SubscriberLogin/SubscriberPassword beside it: the owner's account at a CRM; s44 fa44)
            c = {"class": "commercial", "account": tenant, "note": "the owner's account at a hosted service, signed into with a login and password in the code",
                 "tenant": True, "signed_in": True}
        elif c["class"] == "other" and reg in contractors:  # (the company whose staff commit the code: its server, the contractor's)
            c = {"class": "commercial", "note": "the server of the company the committers write from (the contractor's)", "contractor": True}
        # (an IP whole, not "61.105"; a person's own domain once, whichever of its servers; a platform's app or bucket whole, the
        # sponsor's as well as one named at deployment: herokuapp.com is no one's)
        key = reg if c.get("kind") == "domain" else host if c["class"] == "personal" or _IP.match(host) or deployed or c.get("account") else reg
        shown = host if c.get("kind") == "domain" else key  # (a person's domain shown by the first of its servers met)
        h = hosts.setdefault(key, {"host": shown, "class": c["class"], "account": c.get("account"), "note": c.get("note"),
                                   "count": 0, "evidence": []})
        if h["class"] == "other" and c["class"].startswith("public"):  # (a class over all the host's occurrences: a User-Agent's site, then a feed's)
            h.update({"class": c["class"], "note": c.get("note")})
        if c.get("contractor"):
            h["contractor"] = True
            if (path, line) in fetched:
                h["build"] = True
        if c.get("tenant"):
            h["tenant"] = True
        if c.get("signed_in"):
            h["signed_in"] = True
        if c["class"] == "personal" and h["class"] != "personal":  # (the bare http://<ip>:8080 before its /~user/ pages)
            h.update({"class": "personal", "account": c.get("account"), "note": c.get("note")})
        h["count"] += 1
        if (repo := _raw_repo(host, url_path)) and repo in copied_repos:
            h["committed"] = h.get("committed", 0) + 1  # (a raw address of a repository whose files it names are committed here)
        # (every address of the host where the site says it is published, its JSON-LD "serviceUrl", its canonical link: its own
        # deployment address, nothing loaded from it)
        h["published_only"] = h.get("published_only", True) and published_address(text_lines(path), line, excerpt)
        if c["class"] == "cdn" and font_address(host, url_path or ""):
            h["fonts"] = h.get("fonts", 0) + 1  # (a font service's stylesheet or a font file: no library; dependencies reads it)
        if len(h["evidence"]) < PER_HOST:
            h["evidence"].append({"path": path, "line": line, "value": excerpt[:120]})
    # addresses on a forge, a standard's site or a package registry the code fetches (an action downloading a tool's releases
    # from github.com): no dependency, counted so that "no external address" is not said beside them
    for path, line, excerpt, _cls in hits(ctx, "scaling.url-neutral"):
        if is_dev_only(path) or _build_time(path) or is_manifest(path) or (path, line) in resolved:
            continue  # (a manifest's repository and bug-tracker links describe the project: nothing it fetches)
        host = (urlsplit(excerpt).hostname or "").lower() if "://" in excerpt else ""
        if host and (account := update_channel(text_lines(path), line, urlsplit(excerpt).path)):
            # (a forge repository an update checker polls, Plugin Update Checker's buildUpdateChecker('https://github.com/<account>/…'), a
            # WordPress header's "Update URI:": every installation fetches its own code from that account at run time, no link)
            h = hosts.setdefault(f"{host}/{account.lower()}", {"host": f"{host}/{account}", "class": "personal", "account": account, "count": 0, "evidence": [],
                                                              "note": "the forge account the program fetches its own updates from"})
            h["count"] += 1
            if len(h["evidence"]) < PER_HOST:
                h["evidence"].append({"path": path, "line": line, "value": excerpt[:120]})
            continue
        if host and _LOOPBACK.match(host):
            continue  # (the machine's own services, http://127.0.0.1:8081/communes a compose's API container: no forge nor registry; s39 fl39)
        if host:
            _risky_script(scripts, path, line, excerpt, host, text_lines(path), urlsplit(excerpt).path)  # (http://openlayers.org/api/OpenLayers.js)
            n = neutral.setdefault(registrable_domain(host), {"host": registrable_domain(host), "count": 0, "evidence": []})
            n["count"] += 1
            if not n["evidence"]:
                n["evidence"].append({"path": path, "line": line, "value": excerpt[:120]})
    # a cloud the infrastructure is declared on (Terraform's provider "google" and its google_* resources): where the service runs,
    # a proprietary service the vendor-lock-in check judges (named here, so that "no external address" is not said of it)
    for s in load("proprietary_services.yml")["services"]:
        if s.get("hosting"):
            found = [h for i in range(len(s.get("code") or [])) for h in hits(ctx, f"scaling.svc.{s['id']}.code{i}") if not is_dev_only(h[0])]
            # (not when one of the service's hosts is already named: an Apps Script web app's code beside its client's script.google.com)
            if found and not any(v["host"] == h or v["host"].endswith("." + h) for v in service_hosts.values() for h in s.get("hosts") or []):
                path, line, excerpt, _cls = min(found, key=lambda h: (h[0], h[1] or 0))
                service_hosts.setdefault(s["name"], {"host": s["name"], "path": path, "line": line, "value": excerpt[:120]})
    clones = []
    for path, line, excerpt, _cls in hits(ctx, "scaling.gitclone"):
        if _build_time(path):
            continue  # (a fuzzing image cloning the libraries it fuzzes, a CI job cloning a test tool: no dependency of the service)
        repo_path = excerpt.replace(":", "/", 1)
        segs = repo_path.split("/")
        account = segs[1].lower() if len(segs) > 2 else ""
        if account == owner or (len(segs) > 2 and same_name(segs[2].removesuffix(".git"), project)):
            continue  # (the project's own repository, whoever the owner: docker/Dockerfile cloning …/sdk_entrepot.git in sdk-entrepot)
        if _tool_build(path, repo_path) or _pinned_build(path, text_lines(path), line):  # (a tool built from its source home: a forge address)
            n = neutral.setdefault(segs[0].lower(), {"host": segs[0].lower(), "count": 0, "evidence": []})
            n["count"] += 1
            if not n["evidence"]:
                n["evidence"].append({"path": path, "line": line, "value": excerpt[:120]})
            continue
        clones.append({"path": path, "line": line, "value": excerpt, "account": account})
    internal = []
    services = compose_services(ctx) | ci_services(ctx)

    def foreign(host: str) -> bool:
        """A server of the sponsor's network, of a public body or of anyone else: one another territory cannot reach."""
        return host_class(host, "", frozenset(own), owner, project)["class"] in ("internal", "other", "own", "public-other")

    for path, line, excerpt, _cls in hits(ctx, "scaling.dburl", "scaling.private_ip", "scaling.connect-host", "scaling.libpq-host", "scaling.env-default-host",
                                          "scaling.pdo-host"):
        if is_dev_only(path) or machinery_script(path):
            continue  # (not a fuzzing or QA script's; a CI job's named database server stays: the CI cannot run elsewhere)
        default = default_host(excerpt)  # (os.getenv('DB_HOST', 'pg.x.fr'): the server used unless the variable is set)
        host = default or excerpt.rsplit("@", 1)[-1].split("://")[-1].split("/")[0].split(":")[0].lower()
        if _IP.match(host) and is_env_template(path):
            continue  # (an env template's private address is the value to fill: SERVER_HOST="10.0.0.1" in .deploy.env.example; s38 fo38)
        if host in services or host == DOCKER_HOST_GATEWAY:
            continue  # a container of the project's own Compose file or CI job, or the Docker host seen from a container (any reuser's)
        creds = URL_CREDENTIALS.search(excerpt)
        if creds and PLACEHOLDER.match(creds.group(1)):
            continue  # postgresql://monuser:monpass@server: an example of the form to fill, not a server
        if foreign(host) and not any(x["path"] == path and x["value"] == _no_credentials(excerpt)[:120] for x in internal):
            internal.append({"path": path, "line": line, "value": _no_credentials(excerpt)[:120], "host": host, **({"default": True} if default else {})})
    # a database file an ODBC connection string opens on a workstation or a share (DBNAME=C:\\Users\\agent\\…\\FUSION.FDB): that machine's
    for path, line, excerpt, _cls in hits(ctx, "scaling.odbc-file"):
        where = excerpt.replace("\\\\", "\\")
        if not (is_dev_only(path) or machinery_script(path)) and not _reported(internal, path, where):
            internal.append({"path": path, "line": line, "value": where[:120], "host": where[:120], "kind": "database-file"})
    # a base image pulled from a private registry (FROM harbor.ville.fr/proxy/nginx:alpine): another territory cannot pull it
    for path in sorted(e.path for e in project_files(ctx, tests=False) if DOCKERFILE.search(e.path))[:10]:
        for n, line in enumerate((ctx.snapshot.read_text(path, limit=64 * 1024) or "").splitlines()[:400], 1):
            m = PRIVATE_FROM.match(line)
            if m and (host := _private_host(m.group(1))):
                internal.append({"path": path, "line": n, "value": line.strip()[:120], "host": host})
    # and an image a Compose file of the project pulls from one, in any folder (image: docker-registry.vendor.fr/app/api:1.2)
    for path, n, image in compose_images(ctx):
        if not _test_stack(path) and (host := private_registry(image)) and not _reported(internal, path, host):
            internal.append({"path": path, "line": n, "value": f"image: {image}"[:120], "host": host})
    # an R lockfile installing its packages from a private repository (renv.lock's "Repositories": a Posit Package Manager of the
    # organisation, https://rstudio-pm.ville.fr/prod-cran/latest, holding its own packages): another territory cannot install them
    # (not an rsconnect record of the servers it was deployed to, rsconnect/…/app.dcf: a reuser's deployApp() writes its own)
    for path in sorted(p for p in ctx.snapshot.files if (p.rsplit("/", 1)[-1] == "renv.lock" or p.endswith("packrat/packrat.lock"))
                       and not is_vendored(p))[:10]:
        for name, url, n in r_lock_repositories(ctx.snapshot.read_text(path, limit=512 * 1024) or "", path):
            parts = urlsplit(url) if "://" in url else None
            host = (parts.hostname or "").lower() if parts else ""
            if host and not public_r_repository(host, parts.path) \
                    and foreign(host):
                internal.append({"path": path, "line": n, "value": f"{name} = {url}"[:120], "host": host, "kind": "r-repository"})
    # a QGIS project's PostGIS layers connected to the sponsor's database server (host=bdsig.ville.fr in the .qgs)
    for proj in [p for p in (ctx.fact("qgis_projects") or {}).get("projects", []) if not _test_stack(p["path"])]:
        for host in [h for h in proj.get("db_hosts") or {} if h not in services]:  # (not a container of the project's own Compose files)
            if foreign(host) and host not in ("localhost", "host", "hostname") \
                    and not _reported(internal, proj["path"], host):  # (the scan's line, if it read the file)
                internal.append({"path": proj["path"], "line": None, "value": f"host={host} (QGIS: PostGIS)", "host": host})
    # a libpq service file (.pg_service.conf: [geonature] host=bd.parc.fr): the database the project's queries connect to by name
    # (not the tests' own: tests/…/pg_service.conf; nor a container of the project's Compose files, host=pgsql)
    for path in sorted(p for p in ctx.snapshot.files if p.rsplit("/", 1)[-1].lower() in ("pg_service.conf", ".pg_service.conf") and not _test_stack(p))[:10]:
        for n, line in enumerate((ctx.snapshot.read_text(path, limit=64 * 1024) or "").splitlines()[:400], 1):
            m = _SERVICE_HOST.match(line)
            host = m.group(1).lower() if m else ""
            if host and foreign(host) \
                    and host not in ("localhost", "host", "hostname", "127.0.0.1") and host not in services and not host.startswith(("$", "<", "{")):
                internal.append({"path": path, "line": n, "value": f"host={host} (pg_service)", "host": host})
    # a database's or a service's server a committed .env or its template names by a bare host (DB_HOST=pgsql-sig.agglo.fr)
    # (or an INI settings file's server key, [SQL] SERVER = SQL: a bare name is a server of the organisation's network, s42 fj42)
    for path, n, name, host in env_file_hosts(ctx) + ini_server_hosts(ctx):
        if host not in services and foreign(host) and not _reported(internal, path, host):
            internal.append({"path": path, "line": n, "value": f"{name}={host}", "host": host})
    # a Windows network share of the organisation's file server the scripts read or write (\\server\share\…, the signal
    # reusability.territory-neutral reads): an on-premises file server another territory cannot reach, like an internal address
    # (a mapped drive letter, V:\…, is left out: nothing tells a network drive from a local disk)
    # (nor a server named as the placeholder to replace: '<\\monserveur\infogeo>' in a settings script to fill)
    for path, line, excerpt, _cls in hits(ctx, "territory.unc-share"):
        server = excerpt.lstrip("\\").split("\\", 1)[0].lower()
        if server and not _PLACEHOLDER_SERVER.match(server) and not is_dev_only(path) and not _build_time(path) \
                and not _reported(internal, path, server):
            internal.append({"path": path, "line": line, "value": excerpt[:120], "host": server})
    # (but a drive letter the project's pages call a mounted or network drive, "le lecteur J: doit être monté": a share, s42 fj42)
    for path, line, excerpt, drive in network_drive_paths(ctx):
        if not is_dev_only(path) and not _reported(internal, path, drive):
            internal.append({"path": path, "line": line, "value": excerpt, "host": drive})
    internal += hard_coded_internal_calls(ctx, hosts, lambda p, h: _reported(internal, p, h))  # (axios.post('https://svrapi.agglo.local/mailer'): no setting)
    restricted = []
    for r in load("hosting.yml").get("restricted_data") or []:
        found = hits(ctx, f"scaling.restricted.{r['id']}")
        # used when the code, a query, a setting or the data name it; prose alone (a needs analysis telling what the staff
        # handle today, a README) says nothing of what this project reads: its mentions count beside such a use only
        if found and any(h[3] not in PROSE_CLASSES for h in found):
            used = sorted(found, key=lambda h: h[3] in PROSE_CLASSES)  # (the use first: the query, then what the docs say)
            # (the people it names, when a file using it names its owners' tables or fields too: a parcels-only use names nobody)
            people = re.compile(r["people"], re.I) if r.get("personal") and r.get("people") else None
            personal = r.get("personal") if people and any(people.search(ctx.snapshot.read_text(p, limit=512 * 1024) or "")
                                                           for p in sorted({h[0] for h in found if h[3] not in PROSE_CLASSES})[:10]) else None
            restricted.append({"id": r["id"], "name": r["name"], "access": r.get("access"), "personal": personal, "count": len(found),
                               "evidence": [{"path": p, "line": ln, "value": x} for p, ln, x, _c in used[:5]]})
    # (the contractor's server called from one place only, an address a helper keeps: no back end, left "other"; but the package
    # repository a pom.xml's <repositories> names once is the build's, as a build.gradle's: s42 fi42, OPEN-ENT-NG/timeline-generator)
    for h in hosts.values():
        if h.get("contractor") and h["count"] < 2 and not h.get("build"):
            h.update({"class": "other", "note": None})
            del h["contractor"]
    ordered = sorted(hosts.values(), key=lambda h: (-h["count"], h["host"]))[:MAX_HOSTS]
    by_class: dict[str, int] = {}
    for h in hosts.values():
        by_class[h["class"]] = by_class.get(h["class"], 0) + 1
    return {"hosts": ordered, "hosts_total": len(hosts), "by_class": dict(sorted(by_class.items())), "own_domains": sorted(own),
            "owner": owner or None, "upload_domains": sorted(upload_domains)[:10],
            "clones": clones[:20], "clones_total": len(clones), "internal": internal[:20], "internal_total": len(internal),
            "restricted": restricted, "scripts": scripts,
            "services": [service_hosts[k] for k in sorted(service_hosts)][:MAX_HOSTS], "services_total": len(service_hosts),
            # addresses on hosts that are no dependency (a forge, a standard, a package registry): counted, not judged
            "neutral": sorted(neutral.values(), key=lambda h: (-h["count"], h["host"]))[:10], "neutral_hosts_total": len(neutral),
            "neutral_addresses_total": sum(h["count"] for h in neutral.values()),
            "data": data_about("hosting.yml", "organisations.yml")}
