"""``python_web_apps``: where the repository's code makes a Python web framework's application — ``Flask(__name__)``, a Django
project's ``urlpatterns``/``INSTALLED_APPS``/``manage.py``, Bottle, Tornado, Falcon, CherryPy, Pyramid — among the files importing
that framework (the ``python_imports`` fact). A framework imported without being made serves nothing of the project: a host's plugin
importing ``django.http``'s JsonResponse is no Django site (issue 12, s42 lead, after fl42's imported frameworks)."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

# how each Python web framework's application is made in the code that serves it
APP_MADE = {
    "flask": lazy_compile(r"\bFlask\s*\("),
    "bottle": lazy_compile(r"\bBottle\s*\(|\bbottle\.run\s*\(|^@(?:bottle\.)?(?:route|get|post)\(", re.M),
    "django": lazy_compile(r"^[ \t]*urlpatterns[ \t]*=|^[ \t]*INSTALLED_APPS[ \t]*=|\bexecute_from_command_line\s*\(|\bget_wsgi_application\s*\(", re.M),
    "tornado": lazy_compile(r"\b(?:tornado\.web\.)?Application\s*\(\s*\["),
    "falcon": lazy_compile(r"\bfalcon\.(?:App|API|asgi\.App)\s*\("),
    "cherrypy": lazy_compile(r"\bcherrypy\.(?:quickstart|tree\.mount)\s*\("),
    "pyramid": lazy_compile(r"\bConfigurator\s*\("),
}
MAX_FILES, MAX_BYTES = 20, 256 * 1024


@fact("python_web_apps", version=1, public=False)
def python_web_apps(ctx) -> dict:
    """``{framework: path}``: the first file (of the first :data:`MAX_FILES` importing it, in the imports fact's order, each read up
    to :data:`MAX_BYTES`) that makes the framework's application."""
    where = (ctx.fact("python_imports") or {}).get("where") or {}
    out = {}
    for name, rx in APP_MADE.items():
        made = next((f for f in (where.get(name) or [])[:MAX_FILES] if rx.search(ctx.snapshot.read_text(f, limit=MAX_BYTES) or "")), None)
        if made:
            out[name] = made
    return out
