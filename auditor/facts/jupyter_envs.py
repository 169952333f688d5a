"""``jupyter_carried``: the web libraries a requirements file names only because it is a Jupyter environment.

A ``pip freeze`` (or a conda list) of the environment a notebook analysis runs in names Jupyter's own stack (notebook,
jupyter-server, jupyterlab, ipykernel, nbconvert) and, with it, what that stack runs on: Tornado (Jupyter's web server,
ipykernel's event loop), Jinja2 and MarkupSafe (the pages of the notebook server, nbconvert's exporters), terminado. Those
are Jupyter's, not a web application or an API of the project: the kind of project and the checks looking for a framework
by its package leave them out. They stay the project's when its own Python code imports them (the ``python_imports`` fact:
a Tornado server written beside the notebooks).

Value: ``{"manifests": [paths of the manifests holding Jupyter's stack], "carried": [[name, manifest path], ...]}`` (names
as the manifests fact spells them, sorted)."""

from __future__ import annotations

from auditor.facts import FactError, fact

# what makes a manifest a Jupyter environment: the notebook servers, the kernel, the converter (normalised names)
JUPYTER_STACK = frozenset({"notebook", "jupyter-server", "jupyterlab", "nbclassic", "jupyter", "ipykernel", "jupyter-client", "nbconvert"})
# what that stack runs on, named by any full pip freeze of it (jupyter-server's and notebook's requirements, ipykernel's, nbconvert's)
JUPYTER_OWN = frozenset({"tornado", "jinja2", "markupsafe", "terminado", "jupyter-server-terminals", "prometheus-client", "send2trash"})
_ECOSYSTEMS = ("pip", "python", "pipenv", "conda")


def _norm(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


@fact("jupyter_carried", version=1, public=False)
def jupyter_carried(ctx) -> dict:
    try:
        manifests = ctx.fact("manifests").get("manifests", [])
    except FactError:
        return {"manifests": [], "carried": []}
    try:
        imported = {_norm(n) for n in (ctx.fact("python_imports") or {}).get("third_party") or []}
    except FactError:
        imported = set()
    paths, carried = [], []
    for m in manifests:
        if m.get("ecosystem") not in _ECOSYSTEMS:
            continue
        names = m.get("dependencies") or []
        if not any(_norm(n) in JUPYTER_STACK for n in names):
            continue
        paths.append(m["path"])
        carried += [[n.lower(), m["path"]] for n in names if _norm(n) in JUPYTER_OWN and _norm(n) not in imported]
    return {"manifests": sorted(set(paths)), "carried": sorted(carried)}


def carried_pairs(ctx) -> set[tuple[str, str]]:
    """(name in lower case, manifest path) of the packages a Jupyter environment names for Jupyter's own sake."""
    try:
        return {(n, p) for n, p in ctx.fact("jupyter_carried")["carried"]}
    except FactError:
        return set()
