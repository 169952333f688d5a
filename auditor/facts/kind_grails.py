"""A Grails application told by its layout: a ``grails-app/`` folder (at the root or two folders down at most) whose controllers
(``grails-app/controllers/**/*Controller.groovy``) answer the requests and whose Groovy Server Pages (``grails-app/views/**/*.gsp``)
they render, marked as Grails by its metadata (Grails 1–2's ``application.properties`` naming ``app.grails.version``) or by its
URL mappings (``UrlMappings.groovy``, in ``grails-app/conf/`` up to Grails 2, ``grails-app/controllers/`` from Grails 3): a web
application the servlet container runs from its WAR, whatever its build writes no manifest the tool reads.

A Grails *plugin* has the same layout plus its descriptor at its root (``<Name>GrailsPlugin.groovy``, or a Grails 3 plugin's
``src/main/groovy/**/*GrailsPlugin.groovy``): its controllers and views are added to the applications that install it, so it is
no application of its own (a library of Grails applications)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_GRAILS_META = lazy_compile(r"^[^\S\n]*app\.grails\.version[^\S\n]*[=:][^\S\n]*\d", re.M)
_MAX_DEPTH = 2  # (grails-app/ at the root, or in a folder or two: a multi-module repository's application)


def grails_roots(paths) -> list[str]:
    """The folders ('' for the root) holding a ``grails-app/`` folder, two folders down at most, in path order."""
    roots = set()
    for p in paths:
        i = p.find("grails-app/")
        if i >= 0 and (i == 0 or p[i - 1] == "/"):
            root = p[:i]
            if root.count("/") <= _MAX_DEPTH:
                roots.add(root)
    return sorted(roots)


def grails_plugin(root: str, paths) -> bool:
    """Whether the Grails project in ``root`` is a plugin: its descriptor ``*GrailsPlugin.groovy`` at its root (Grails 1–2) or under
    ``src/main/groovy/`` (Grails 3 and later)."""
    for p in paths:
        if p.startswith(root) and p.endswith("GrailsPlugin.groovy"):
            rest = p[len(root):]
            if "/" not in rest or rest.startswith("src/main/groovy/"):
                return True
    return False


def grails_apps(ctx, files) -> list[str]:
    """[marker, first controller, first view] of the first Grails application of the repository (in path order), its marker the
    ``application.properties`` naming ``app.grails.version`` or its ``UrlMappings.groovy``; empty when there is none (no
    ``grails-app/`` with controllers and GSP views, or only Grails plugins)."""
    paths = sorted(e.path for e in files)
    for root in grails_roots(paths):
        base = root + "grails-app/"
        controllers = [p for p in paths if p.startswith(base + "controllers/") and p.endswith("Controller.groovy")]
        views = [p for p in paths if p.startswith(base + "views/") and p.endswith(".gsp")]
        if not (controllers and views) or grails_plugin(root, paths):
            continue
        meta = root + "application.properties"
        marker = meta if meta in paths and _GRAILS_META.search(ctx.snapshot.read_text(meta, limit=16 * 1024) or "") else None
        marker = marker or next((p for p in paths if p.startswith(base) and p.endswith("/UrlMappings.groovy")), None)
        if marker:
            return [marker, controllers[0], views[0]]
    return []
