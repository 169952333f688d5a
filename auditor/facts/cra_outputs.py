"""The folder a Create React App writes, committed: ``react-scripts build`` (a package.json depending on ``react-scripts``) writes
``build/`` beside that package.json — the bundles and their maps under ``build/static/js|css|media/``, ``index.html``,
``asset-manifest.json``, the service worker and its precache manifest, and a copy of every file of ``public/`` under the same
relative path (https://create-react-app.dev/docs/deployment, https://create-react-app.dev/docs/using-the-public-folder, read
2026-12-07). Those files are the build's even when only the copies of ``public/`` were committed (a logo copied to
``build/img/logo.jpeg``). Another file of that ``build/`` (a shell or Python script, a Makefile helper) was written by people and is
left as it is. Bounded: the first :data:`MAX_MANIFESTS` package.json files in path order, :data:`MANIFEST_BYTES` each; paths and
sizes only otherwise (a copy is the same relative path and the same size as the file of ``public/``)."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

MAX_MANIFESTS = 20
MANIFEST_BYTES = 128 * 1024
_REACT_SCRIPTS = lazy_compile(r'"react-scripts"\s*:|\breact-scripts[ \t]+build\b')
_CRA_FILES = lazy_compile(r"^(?:index\.html|asset-manifest\.json|service-worker\.js(?:\.map)?|precache-manifest\.[0-9a-f]{8,}\.js"
                          r"|robots\.txt|favicon\.ico)$")


def cra_outputs(snap, entries: list) -> dict[str, str]:
    """``{path: "build"}`` for the files a Create React App's build wrote in the committed ``build/`` beside its package.json (see the
    module's docstring)."""
    manifests = [e.path for e in entries if e.kind == "file" and e.name == "package.json"
                 and "node_modules" not in e.path.split("/")][:MAX_MANIFESTS]
    sizes = {e.path: e.size for e in entries if e.kind == "file"}
    out: dict[str, str] = {}
    for m in manifests:
        base = m[: -len("package.json")]
        build = base + "build/"
        inside = [p for p in sizes if p.startswith(build)]
        if not inside or not _REACT_SCRIPTS.search(snap.read_text(m, limit=MANIFEST_BYTES) or ""):
            continue
        for p in inside:
            rel = p[len(build):]
            copy = base + "public/" + rel
            if rel.startswith("static/") or _CRA_FILES.match(rel) or (copy in sizes and sizes[copy] == sizes[p]):
                out[p] = "build"
    return out
