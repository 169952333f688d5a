"""What a Go repository's code says about its kind: its programs (a ``package main`` with its ``func main()``) and whether one
of them serves HTTP.

A Go program sits at the root of its module (the folder of its ``go.mod``) or in ``cmd/<name>/`` under it, and the module may
be one folder of a larger repository (an attestation server's ``server/go.mod`` beside the mobile clients that talk to it). A
program that starts an HTTP server (``http.ListenAndServe``, an ``http.Server``, a router of gin, echo, fiber, chi or
gorilla/mux started) is a web service; one that does not is a command (a daemon started from the command line or by a unit
file, a Prometheus exporter serving only its platform's routes, a batch; a Kubernetes operator is infrastructure: kind_operators). A Go module without any program is a library others import.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test, is_vendored
from auditor.lazyre import lazy_compile

GO_MAIN = lazy_compile(r"^package main\b(?:(?!^package main\b)[\s\S])*^func main\(\)", re.M)
# an HTTP server started in the code: the standard library's, or a router of a Go web framework
_GO_SERVES = lazy_compile(r"\bhttp\.ListenAndServe(?:TLS)?\s*\(|\bhttp\.Server\s*\{|\bhttp\.Serve(?:TLS)?\s*\(|"
                          r"\bgin\.(?:Default|New)\s*\(|\becho\.New\s*\(|\bfiber\.New\s*\(|\bchi\.NewRouter\s*\(|\bmux\.NewRouter\s*\(")
# the routes a platform calls, not people or client applications: Prometheus' metrics (and an exporter's landing page), the
# orchestrator's health and readiness probes, a Kubernetes admission webhook's mutate/validate (an exporter, an operator: a
# daemon run with its flags beside what it serves, not a web service — DSI-Ville-Noumea/mobyt-exporter, SocialGouv/oblik)
_ROUTE_PATH = lazy_compile(r'\.(?:HandleFunc|Handle|GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete|Any)\s*\(\s*"([^"\n]{0,200})"')
_PLATFORM_PATHS = frozenset({"/metrics", "/healthz", "/health", "/readyz", "/ready", "/livez", "/live", "/ping", "/mutate", "/validate"})
_PROMHTTP = lazy_compile(r'"github\.com/prometheus/client_golang/prometheus/promhttp"')
_EXAMPLES = frozenset({"example", "examples", "_examples", "testdata", "sample", "samples", "demo", "demos"})
MAX_GO_READS, GO_READ_BYTES = 120, 128 * 1024


def _own_go(files) -> list[str]:
    """The repository's own Go sources (no test, no copy under vendor/, no example or test data), in path order."""
    return sorted(e.path for e in files if e.ext == "go" and not e.path.endswith("_test.go") and not is_test(e.path)
                  and not is_vendored(e.path) and not _EXAMPLES.intersection(s.lower() for s in e.path.split("/")[:-1]))


def _module_roots(paths) -> list[str]:
    """The folders ("" for the root) of the repository's go.mod files, at most two folders down."""
    return sorted({p[: -len("go.mod")] for p in paths if (p == "go.mod" or p.endswith("/go.mod")) and p.count("/") <= 2})


def go_mains(ctx) -> list[str]:
    """The Go programs' files (``package main`` with ``func main()``) at the root of a Go module (or of the repository) or in
    ``cmd/<name>/`` or ``cmd/`` under it (Kubebuilder's cmd/main.go): at most one per folder, the first few in path order."""
    files = ctx.snapshot.files
    roots = _module_roots(files) or [""]
    out: list[str] = []
    seen: set[str] = set()
    reads = 0
    for p in sorted(_own_go(files.values()), key=lambda p: (p.count("/"), p)):  # (a module's root before its cmd/<sub>/ files)
        folder = p.rpartition("/")[0]
        rel = next((p[len(r):] for r in roots if p.startswith(r)), None)
        if rel is None or folder in seen or not (rel.count("/") == 0 or (rel.startswith("cmd/") and rel.count("/") in (1, 2))):
            continue
        reads += 1
        if reads > MAX_GO_READS:
            break
        if GO_MAIN.search(ctx.snapshot.read_text(p, limit=GO_READ_BYTES) or ""):
            out.append(p)
            seen.add(folder)
        if len(out) >= 5:
            break
    return out


def go_servers(ctx, files, mains: list[str]) -> list[str]:
    """The Go files of the project's own code that start an HTTP server, when the project has a Go program (a server started in
    a library's example or test does not count; nor a server whose routes are all a platform's: metrics, health probes, an
    admission webhook): the first 120 files in path order are read, 128 KB each."""
    if not mains:
        return []
    out: list[str] = []
    routes: set[str] = set()
    metrics = False
    for p in _own_go(files)[:MAX_GO_READS]:
        text = ctx.snapshot.read_text(p, limit=GO_READ_BYTES) or ""
        routes.update(m.group(1).rstrip("/") or "/" for m in _ROUTE_PATH.finditer(text))
        metrics = metrics or bool(_PROMHTTP.search(text))
        if _GO_SERVES.search(text):
            out.append(p)
    platform = _PLATFORM_PATHS | ({"/"} if metrics else set())
    return [] if routes and routes <= platform else out[:3]
