"""Whose documentation a README's link leads to: the project's own published site, or another product's (the ``docs`` fact asks)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile


def own_site(url: str, names: set[str]) -> bool:
    """A pages site is the project's when its address names the repository or its owner (``mviewer.github.io`` is
    mviewer's documentation, not that of the viewer whose README points readers to it); unknown names: any."""
    keys = {k for k in (re.sub(r"[^a-z0-9]", "", n.lower()) for n in names) if len(k) >= 3}
    flat = re.sub(r"[^a-z0-9]", "", url.lower())
    return not keys or any(k in flat for k in keys)


def own_page(url: str, paths: set[str]) -> bool:
    """The address ends with a page of the repository (a pages site serving the project's own index.html: the map itself)."""
    path = re.sub(r"[?#].*$", "", url).rstrip("/")
    return path.lower().endswith((".html", ".htm")) and any(path.endswith("/" + p) for p in paths if p.endswith((".html", ".htm")))


API_VIEWER = lazy_compile(r"\bSwaggerUIBundle\s*\(|\bnew\s+SwaggerUi\s*\(|<redoc\b|\bRedoc\.init\s*\(", re.I)


def api_viewer_pages(snap, entries: list) -> list[dict]:
    """An API's documentation site kept in the repository: a page at the root or in docs/ running Swagger UI or ReDoc on the
    API description (departement-loire-atlantique/api's index.html); the first 10 such pages in path order, 256 KB each."""
    out = []
    for e in sorted((e for e in entries if e.ext in ("html", "htm") and (e.path.count("/") == 0 or e.path.startswith(("docs/", "doc/")))
                     and e.size <= 256 * 1024), key=lambda e: e.path)[:10]:
        viewer = API_VIEWER.search(snap.read_text(e.path, limit=256 * 1024) or "")
        if viewer:
            out.append({"tool": "redoc" if viewer.group(0).lower().startswith(("<redoc", "redoc")) else "swagger-ui", "path": e.path})
    return out


FORGE_WIKI = lazy_compile(r"^https?://(?:github\.com|gitlab\.com|gitlab\.[^/]+|[^/]*\.gitlab\.[^/]+)/(?:[^/]+/)*?([^/]+)/(?:-/)?wikis?(?:[/#?]|$)", re.I)


def own_wiki(url: str, names: set[str]) -> bool:
    """The wiki of the project's own repository on its forge ("[Accéder au wiki (code expliqué, contenu, données)]
    (https://github.com/CEREMA/cartofriches/wiki)"): its documentation, written on the forge beside the code."""
    m = FORGE_WIKI.match(url)
    keys = {re.sub(r"[^a-z0-9]", "", n.lower()) for n in names if n}
    return bool(m) and re.sub(r"[^a-z0-9]", "", m.group(1).lower()) in keys


# Words of a link's sentence that name no product ("Documentation officielle du projet", "Read the user guide online")
_GENERIC = frozenset("documentation docs official officielle officiel projet project guide guides user users utilisateur utilisateurs site "
                     "online ligne page pages help aide manual manuel read lire voir this that with pour dans plus more here about "
                     "complete technique technical".split())


def product_named(url: str, text: str, dependencies: frozenset[str] = frozenset()) -> bool:
    """The sentence names the product whose site the link leads to, or the project declares it among its ``dependencies`` ("autres couleurs bootstrap … la [documentation]
    (https://getbootstrap.com/docs/…)", "[documentation officielle](https://www.datagrandest.fr/…) de DataGrandEst"):
    another tool's documentation, not the project's."""
    host = re.sub(r"^(?:www|docs?|documentation)\.", "", (re.match(r"https?://([^/:?#]+)", url) or [None, ""])[1].lower())
    words = {w for w in re.split(r"[.-]", host.rsplit(".", 1)[0]) if len(w) >= 4}
    flat = re.sub(r"[^a-z0-9]", "", text.lower())
    # (gohugo.io: "Hugo"; v3.nuxtjs.org: "the nuxt 3 documentation", a JavaScript framework's name with "js"; a framework the
    # project declares: v3.nuxtjs.org/guide/deploy/presets of a Nuxt app's "deployment documentation")
    named = {t for t in re.findall(r"[a-z0-9]{4,}", re.sub(r"(?:https?|ftp)://\S*", " ", text.lower())) if t not in _GENERIC}  # ("[Documentation Django](https://docs.djangoproject.com/)")
    return any(w in flat or any(w.startswith(p) and w[len(p):] in flat for p in ("get", "go", "use", "try")) or any(w.startswith(t) for t in named)
               or (w.endswith("js") and len(w) >= 5 and w[:-2] in flat) or w in dependencies or (w.endswith("js") and w[:-2] in dependencies)
               for w in words)


# a link to the application itself, published on a pages host (the README's "[démo]" of a dataviz on …github.io/<project>/public/), no docs
APP_WORDS = lazy_compile(r"\b(?:d[ée]mo(?:nstration)?|live|application|appli|app|instance|prototype|preview|aper[çc]u|playground|essayez|try it)\b", re.I)


def app_link(label: str, text: str) -> bool:
    """The link's text (or, for a bare address, its paragraph's) names a demo or the application, not documentation."""
    words = label if label and not label.startswith(("http://", "https://")) else text
    return bool(APP_WORDS.search(words)) and not re.search(r"\bdoc", words, re.I)
