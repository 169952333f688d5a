"""The sponsoring local government's own servers and forge repositories written in code (reusability.territory-neutral)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile
from auditor.pathparts import TEMPLATE_ALT

_FORGE_REPO = lazy_compile(r"https?://(?:raw\.githubusercontent\.com|github\.com|gitlab\.com|framagit\.org)/([A-Za-z0-9_.-]+)(?:/([A-Za-z0-9_.-]+))?")
_FORGE_HOSTS = ("raw.githubusercontent.com", "github.com", "gitlab.com", "framagit.org")


def _territorial_sponsor(ctx) -> bool:
    """The sponsor serves one territory: a local government, or a public digital service operator (an OPSN, the syndicat mixte
    or GIP of one département's or region's local governments: its password, help-desk and sign-in servers are that territory's
    and another OPSN reusing the code replaces them). A State service's servers serve the whole country."""
    return (ctx.fact("project") or {}).get("sponsor_type") in ("local-authority", "opsn")


def _own_forge_repos(ctx, sig: dict) -> list[list]:
    """Repositories of the forge owner's own account written in code, other than the audited one, when the sponsor is a local
    government: a deployment script fetching the sponsor's themes and patches (publik-themes, publik) ties the kit to that one
    authority's repositories, which a second territory replaces with its own. (GitHub is not the sponsor's server: the forge's
    address says whose repository it is, the account.)"""
    if not _territorial_sponsor(ctx):
        return []
    owner = (getattr(ctx.target, "owner", None) or "").split("/")[0].lower()
    project = (getattr(ctx.target, "name", None) or "").lower()
    out = []
    for h in sig.get("territory.forge-repo", []):
        m = _FORGE_REPO.match(str(h[2]))
        repo = (m.group(2) or "").lower().removesuffix(".git") if m else ""
        if m and owner and m.group(1).lower() == owner and repo != project:
            out.append([h[0], h[1], h[2][:120], h[3]])
    return out


def _own_hosts(ctx, sig: dict) -> list[list]:
    """Addresses in code on a domain the hosting fact found to be the sponsor's own (a QGIS plugin's metadata e-mail, its
    publiccode.yml, its public committers), when the sponsor is a local government: its geoportal, its sign-in server, which a
    second territory has to change in the code (a State service's own domains serve the whole country: not a territory's)."""
    from auditor.facts.history import registrable_domain

    if not _territorial_sponsor(ctx):
        return []
    hosting = ctx.fact("hosting_dependencies") or {}
    # (and the domains the hosting fact classed as the sponsor's, named like the forge's owner: geopicardie.fr for geopicardie)
    own = {d for d in list(hosting.get("own_domains", [])) + [h["host"] for h in hosting.get("hosts", []) if h.get("class") == "own"]
           if not d.endswith(".gouv.fr")}
    out = []
    metadata = {(h[0], h[1]) for h in sig.get("territory.package-url", [])}  # (setup.py's url="https://gitlab.<sponsor>.fr/…", like its author)
    for h in sig.get("scaling.url", []):
        m = re.match(r"[a-z][a-z0-9+.-]*://(?:\{[a-z](?:-[a-z])?\}\.)?([^/?#:\s]+)", str(h[2]), re.I) if h[3] == "code" else None
        if m and own and registrable_domain(m.group(1)) in own and m.group(1).lower() not in _FORGE_HOSTS \
                and (h[0], h[1]) not in metadata:  # (the forge: an account's repository, above; setup.py's url=: package metadata)
            out.append([h[0], h[1], h[2][:120], h[3]])
    return out


def _tenant_hosts(ctx, sig: dict) -> list[list]:
    """Addresses in code on a host the hosting fact read as the sponsor's tenant of a service (a sub-domain named after one of
    the sponsor's own domains on an unlisted domain: ``reyssouze.myliaq.fr`` for ``syndicat-reyssouze.fr``, its instance of a
    hydrometry SaaS): that body's own instance, which a second territory does not have and must change in the code (issue 12,
    s42 fa42 = SBVR-jeremy/sbvr_observatory_myliaq). One reader, the hosting fact's (``sponsor_tenant``); the sponsor's own
    domains are public bodies' there, so no sponsor type is asked."""
    hosting = ctx.fact("hosting_dependencies") or {}
    tenants = {str(h["host"]).lower() for h in hosting.get("hosts", []) if h.get("tenant")}
    out = []
    for h in sig.get("scaling.url", []) if tenants else []:
        m = re.match(r"[a-z][a-z0-9+.-]*://([^/?#:\s]+)", str(h[2]), re.I) if h[3] in ("code", "template") else None
        if m and m.group(1).lower().removeprefix("www.") in tenants:  # (the host is the value: one instance, whatever its paths)
            out.append([h[0], h[1], m.group(1).lower(), h[3]])
    return out


def _own_server_names(ctx, sig: dict) -> list[list]:
    """The name a deployment kit gives its own site (a virtual host's ServerName, the name a Dockerfile writes into /etc/hosts) on
    the sponsoring local government's own domain name, when the sponsor is one: the registrable domain's name is that of one of
    its own domains (the hosting fact's: viennagglo.fr, from its committers) or its forge account, whatever the top-level domain
    (geo.viennagglo.dev, the authority's staging name). A second territory replaces it in every file that names it; so it counts
    where the image is built (a Dockerfile) or when two files or more repeat it, settings as they are. Another name under the
    same top-level domain (any .dev) is no authority's."""
    from auditor.facts.history import registrable_domain

    if not _territorial_sponsor(ctx):
        return []
    hosting = ctx.fact("hosting_dependencies") or {}
    labels = {registrable_domain(d).split(".")[0] for d in hosting.get("own_domains", []) if not d.endswith(".gouv.fr")}
    owner = (getattr(ctx.target, "owner", None) or "").split("/")[0].lower()
    labels |= {owner} if len(owner) >= 5 else set()
    hits = [h for h in sig.get("territory.server-name", []) if registrable_domain(str(h[2]).lower()).split(".")[0] in labels - {""}]
    files: dict[str, set] = {}
    for h in hits:
        files.setdefault(str(h[2]).lower(), set()).add(h[0])
    return [[h[0], h[1], h[2], h[3]] for h in hits
            if len(files[str(h[2]).lower()]) >= 2 or h[0].rsplit("/", 1)[-1].lower().startswith(("dockerfile", "containerfile"))]


def _enum_branches(ctx) -> list[list]:
    """An enumeration of the few territories the product was built for (``enum Environnement { CRLR, CRC, Aquitaine }``) and the
    code's references to its constants (``if (Environnement.CRC == env)``): each a place a further territory has to edit."""
    out = []
    for en in (ctx.fact("territory-enums") or {}).get("enums", []):
        out.append([en["path"], en["line"], f"enum {en['name']} {{{', '.join(en['constants'])}}}"[:120], "code"])
        out += [[path, line, value, "code"] for path, line, value in en["uses"]]
    return out


def _with_line_values(value, more: list):
    """A finding's value with the other values of its kind on its line (a view's filter on three SIRENs: all three, up to 10)."""
    return ", ".join(list(dict.fromkeys([str(value)] + [str(v) for v in more]))[:10]) if more else value


def _registrable(host: str) -> str:
    from auditor.facts.history import registrable_domain

    return registrable_domain(host)


_TEMPLATE_SUFFIX = lazy_compile(rf"^(.+?)[._-](?:{TEMPLATE_ALT})(\.[\w]+)?$", re.I)


_SETTINGS_WORDS = lazy_compile(r"conf|setting|param|custom|env|local", re.I)


def _deployment_settings(ctx) -> set[str]:
    """Code files that are one deployment's copy of a settings template committed beside them: etc/customConfig.js beside
    etc/customConfig.DIST.js ("copy it and edit it to suit your needs"), config.js beside config.example.js, settings.py beside
    settings.py.dist. Their values are that deployment's configuration, not the code's."""
    from auditor.facts.tree import tree_of

    paths = {e.path for e in tree_of(ctx)}
    out = set()
    for p in paths:
        folder, _, name = p.rpartition("/")
        m = _TEMPLATE_SUFFIX.match(name)
        if not m:
            continue
        copy = (m.group(1) + (m.group(2) or "")) if "." in m.group(1) or m.group(2) else None
        # (a settings file by its name or folder: index.html beside index.template.html is a page, not settings)
        if copy and not (_SETTINGS_WORDS.search(copy) or folder.rsplit("/", 1)[-1].lower() in ("etc", "conf", "config", "configuration", "settings")):
            continue
        if copy and (f"{folder}/{copy}" if folder else copy) in paths:
            out.add(f"{folder}/{copy}" if folder else copy)
    return out


def _settings_scripts(ctx) -> set[str]:
    """Settings written as code that the configuration fact found to be the template each deployment copies and adapts (a CSW
    node's csw/node.php, "créer un fichier par noeud à partir de node.php et adapter la configuration"; a static page's
    js/config.js): their values are that template's settings, not the code's (a host platform's plugin settings aside)."""
    from auditor.facts import FactError

    try:
        settings = ctx.fact("env_settings") or {}
    except FactError:
        return set()
    host = {p for p, _ in settings.get("host_settings") or []}
    return {p for p in settings.get("templates") or [] if p not in host and p.rsplit(".", 1)[-1].lower() in ("php", "js", "mjs", "py", "rb", "pl", "inc")}
