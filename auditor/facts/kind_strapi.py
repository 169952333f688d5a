"""Whether the repository is a Strapi application (a headless CMS serving its content types over REST or GraphQL): the framework
declared by a package.json that is not a Strapi plugin, beside the application's layout — the content types' routes
(``api/<type>/config/routes.json`` in Strapi 3, ``src/api/<type>/routes/`` in Strapi 4 and 5) or the server's settings
(``config/server.js``/``.ts``). Such a repository is a web API service like an Express or NestJS one, not a library: its
package.json's name (``"private": true``, "A Strapi application") publishes nothing (issue 12, s42 fi42 = reader rb42 on
WildCodeSchool/remotefr-js-0920-p3-regionsud-pollutionlumineuse-strapi). A Strapi plugin (``"strapi": {"kind": "plugin"}``,
the framework a peer dependency) is loaded by an application, and stays what the other rules say.

Strapi 5's scaffold declares React, React DOM, React Router and styled-components in the application's package.json: Strapi's own
admin panel is built with them (customised in src/admin/), no interface of the project's. They make no web application unless
another manifest of the project declares them too, a front end folder's Next or React pages (issue 12, s47 fa47 =
antocreadev/strapi-tourisme.castagnicciacasinca.fr)."""

from __future__ import annotations

from auditor import safejson
from auditor.lazyre import lazy_compile

STRAPI_PACKAGES = frozenset({"strapi", "@strapi/strapi"})
# the admin panel's packages Strapi's scaffold declares, and where the admin panel's customisations live
ADMIN_PANEL_UI = frozenset({"react", "react-dom", "react-router-dom", "styled-components"})
ADMIN_FOLDERS = ("src/admin/", "src/plugins/", "src/extensions/", "admin/")
_LAYOUT = lazy_compile(r"^(?:src/)?api/[^/]+/(?:config/routes\.json|routes/[^/]+\.[jt]s)$|^config/server\.[jt]s$")


def strapi_application(snapshot, files: list[str]) -> list[str]:
    """["strapi"] when the root package.json declares Strapi in its dependencies and is no plugin, and the repository has the
    application's layout (:data:`_LAYOUT`); [] otherwise."""
    text = snapshot.read_text("package.json", limit=256 * 1024) if "package.json" in files else None
    try:
        data = safejson.loads(text) if text else None
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    deps = data.get("dependencies")
    declared = {str(k).lower() for k in deps} if isinstance(deps, dict) else set()
    meta = data.get("strapi")
    if not declared & STRAPI_PACKAGES or (isinstance(meta, dict) and meta.get("kind") == "plugin"):
        return []
    return ["strapi"] if any(_LAYOUT.match(p) for p in files) else []


def admin_panel_ui(ui: list[str], hits: list[tuple[str, list[str]]]) -> list[str]:
    """Those of the interface frameworks ``ui`` that only the root package.json declares among :data:`ADMIN_PANEL_UI` (``hits``:
    each manifest with the frameworks it declares), in a Strapi application: its admin panel's, no interface of the project's."""
    elsewhere = {d for path, names in hits if path != "package.json" for d in names}
    return [d for d in ui if d in ADMIN_PANEL_UI and d not in elsewhere]
