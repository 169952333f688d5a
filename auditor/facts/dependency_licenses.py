"""``dependency_licenses``: the project's dependencies and their declared licences, for the licensing
dependency check.

npm (``package-lock.json`` v2/v3) and Composer (``composer.lock``) are read offline from the
lockfiles. Python dependencies are named from requirements files, ``poetry.lock``/``uv.lock`` and
``pyproject.toml`` (read as text, never resolved or built), and their licences asked to the
package index (licensecheck reads the answers; the requests go through the shared HTTP transport
of :mod:`auditor.forge.http`, revalidated by ETag), with answers cached on disk; offline
(``--offline``, no network, or ``AUDITOR_OFFLINE_INDEX=1``) nothing is asked and uncached ones are
left without licence data. Other ecosystems' lockfiles carry no licence: they are listed as
inconclusive sources, never passed silently. Network access lives here, not in the check.

Value::

    {"dependencies": [{"name", "version", "license", "dev", "path", "line", "via"}],
     "inconclusive_sources": [{"path", "reason"}], "offline": bool}
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import tomllib
from pathlib import Path

from auditor import safejson
from auditor.facts import fact
from auditor.facts.docker_pip import dockerfile_requirements
from auditor.facts.ha_manifest import integration_requirements, is_integration_manifest
from auditor.facts.inventory import DOCKERFILE, is_test, is_vendored
from auditor.facts.requirement_files import web_file_list
from auditor.lazyre import lazy_compile
from auditor.licenses.compat import quiet_licensecheck

NO_LICENSE_IN_LOCK = {"yarn.lock": "yarn", "pnpm-lock.yaml": "pnpm", "Cargo.lock": "cargo", "go.sum": "go", "go.mod": "go",
                      "Gemfile.lock": "bundler", "mix.lock": "mix", "pubspec.lock": "dart", "gradle.lockfile": "gradle",
                      "pom.xml": "maven", "build.gradle": "gradle", "build.gradle.kts": "gradle", "packages.lock.json": "nuget",
                      "Podfile.lock": "cocoapods", "bun.lockb": "bun", "bun.lock": "bun"}
_NPM_OTHER_LOCKS = ("yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock")
PY_FILES = lazy_compile(r"^(requirements[^/]*\.(txt|in)|poetry\.lock|uv\.lock|pyproject\.toml|Pipfile\.lock)$")
_REQ = lazy_compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:==\s*([A-Za-z0-9.+!*-]+))?")
MAX_PY = 300
MAX_PY_DEPS = 300  # Python dependencies looked up, in declaration order (a count, never a time: same input, same report)


def _line(text: str, needle: str) -> int | None:
    i = text.find(needle)
    return text.count("\n", 0, i) + 1 if i >= 0 else None


def npm_deps(text: str) -> tuple[list[dict], str | None]:
    data = safejson.loads(text)
    if not isinstance(data, dict):
        return [], "not a JSON object"
    pk = data.get("packages")
    if not isinstance(pk, dict):
        return [], f"lockfileVersion {data.get('lockfileVersion')} without \"packages\" (v1 has no license field)"
    out = []
    for key, info in pk.items():
        if not key or not isinstance(info, dict) or info.get("link"):
            continue
        # a folder of the repository itself (a key with no node_modules/ segment: a workspace package, a file: or link: dependency's
        # target, a part with its own package.json that npm listed as extraneous — "client", "server", "packages/ui"): the project's
        # own package, no third-party dependency whose licence is to judge (issue 12, s41 fn41 = Samuelalhadef/RH-reservation)
        if "node_modules/" not in key and not key.startswith("../"):
            continue
        name = key.rsplit("node_modules/", 1)[-1]
        lic = info.get("license")
        if isinstance(lic, dict):
            lic = lic.get("type")
        if isinstance(lic, list):
            lic = " OR ".join(str(x.get("type") if isinstance(x, dict) else x) for x in lic)
        out.append({"name": name, "version": info.get("version"), "license": lic, "dev": bool(info.get("dev") or info.get("devOptional")),
                    "needle": f'"{key}"', "key": key})
    return out, None


def composer_deps(text: str) -> tuple[list[dict], str | None]:
    data = safejson.loads(text)
    out = []
    for section, dev in (("packages", False), ("packages-dev", True)):
        for p in data.get(section) or []:
            if not isinstance(p, dict):
                continue
            lic = p.get("license")
            lic = " OR ".join(lic) if isinstance(lic, list) and lic else (lic if isinstance(lic, str) else None)
            out.append({"name": p.get("name"), "version": p.get("version"), "license": lic, "dev": dev, "needle": f'"name": "{p.get("name")}"'})
    return out, None


def python_deps(snap, paths: list[str]) -> list[dict]:
    """Python dependency names (and pinned versions) from text files; nothing is resolved or executed."""
    seen: dict[str, dict] = {}
    for path in paths:
        text = snap.read_text(path, limit=2_000_000) or ""
        name = path.rsplit("/", 1)[-1]
        try:
            if name in ("poetry.lock", "uv.lock"):
                for p in safejson.toml_loads(text).get("package") or []:
                    if p.get("name") and (p.get("category", "main") == "main"):
                        seen.setdefault(p["name"].lower(), {"name": p["name"], "version": p.get("version"), "path": path})
            elif name == "pyproject.toml":
                proj = safejson.toml_loads(text)
                for req in (proj.get("project") or {}).get("dependencies") or []:
                    m = _REQ.match(req)
                    if m:
                        seen.setdefault(m.group(1).lower(), {"name": m.group(1), "version": m.group(2), "path": path})
                for dep in ((proj.get("tool") or {}).get("poetry") or {}).get("dependencies") or {}:
                    if dep.lower() != "python":
                        seen.setdefault(dep.lower(), {"name": dep, "version": None, "path": path})
            elif name == "manifest.json":  # (a Home Assistant integration's "requirements")
                for req in integration_requirements(text) or []:
                    m = _REQ.match(req)
                    if m:
                        seen.setdefault(m.group(1).lower(), {"name": m.group(1), "version": m.group(2), "path": path})
            elif DOCKERFILE.search(path):  # (a Dockerfile's RUN pip install <packages>: docker_pip)
                for req in dockerfile_requirements(text):
                    m = _REQ.match(req["requirement"])
                    seen.setdefault(req["name"].lower(), {"name": req["name"], "version": m.group(2) if m else None, "path": path})
            elif name == "Pipfile.lock":
                for dep, info in (safejson.loads(text).get("default") or {}).items():
                    v = (info.get("version") or "").lstrip("=") if isinstance(info, dict) else None
                    seen.setdefault(dep.lower(), {"name": dep, "version": v or None, "path": path})
            else:
                for line in text.splitlines():
                    if line.strip().startswith(("#", "-", "git+", "http")):
                        continue
                    m = _REQ.match(line)
                    if m:
                        seen.setdefault(m.group(1).lower(), {"name": m.group(1), "version": m.group(2), "path": path})
        except (ValueError, tomllib.TOMLDecodeError, AttributeError):
            continue
    return list(seen.values())[:MAX_PY]


INDEX_REQUEST_TIMEOUT_S = 8.0
MAX_INDEX_REQUESTS = 2 * MAX_PY_DEPS  # a pinned version, then the latest, for each dependency looked up
PYPI_API = "https://pypi.org/pypi/"  # AUDITOR_PYPI_API replaces it (a mirror; tests replay answers on loopback)
_INFO_CLASS = None


def index_info_class():
    """licensecheck's ``RemotePackageInfo`` (its reading of licence expressions, classifiers and
    licence fields) asking the index through the auditor's shared HTTP transport
    (:mod:`auditor.forge.http`: ETag revalidation, answers on disk under the cache folder, a bound
    on requests, rate limits obeyed, no credential stored) instead of licensecheck's own cache in
    the user's home folder, and parsing answers with the bounded JSON loader."""
    global _INFO_CLASS
    if _INFO_CLASS is None:
        quiet_licensecheck()  # here, not at import: loguru costs a tenth of a second to every audit that asks no index
        import requests  # noqa: PLC0415
        from licensecheck.packageinfo import RemotePackageInfo  # noqa: PLC0415

        from auditor.forge.http import ForgeStopped  # noqa: PLC0415

        class IndexPackageInfo(RemotePackageInfo):
            def __init__(self, pypi_api: str, package, session) -> None:
                super().__init__(pypi_api=pypi_api, package=package)
                self.session = session
                self.stopped = False

            def make_req(self, url: str) -> dict:
                try:
                    response = self.session.get(url, timeout=INDEX_REQUEST_TIMEOUT_S)
                except ForgeStopped:
                    self.stopped = True
                    self.error_state = f"request bound reached before {url}"
                    return {}
                except requests.RequestException:
                    self.error_state = f"Some exception when contacting {url}"
                    return {}
                if response.status_code != 200:
                    self.error_state = f"Non-200 when contacting {url}"
                    return {}
                try:
                    data = safejson.loads(response.text)
                except ValueError:
                    self.error_state = f"Unable to decode package info from {url}"
                    return {}
                info = data.get("info") if isinstance(data, dict) else None
                return info if isinstance(info, dict) else {}

        _INFO_CLASS = IndexPackageInfo
    return _INFO_CLASS


class PypiLicenses:
    """Dependency licenses from PyPI through licensecheck's RemotePackageInfo, cached on disk as JSON."""

    def __init__(self, cache_dir: Path | None, online: bool) -> None:
        from auditor.dirs import user_cache_dir as default_cache_dir  # noqa: PLC0415

        base = cache_dir or default_cache_dir()
        self.path = Path(base) / "licensing" / "pypi-licenses.json"
        self.http_dir = Path(base) / "http" / "pypi"
        self.online = online
        try:
            self.cache = safejson.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.cache = {}
        self.dirty = False
        # An unreachable index must not cost one time-out per dependency: stop after three failures
        # (the caller also bounds the count, MAX_PY_DEPS).
        self.failures = 0
        self.session = None
        self.requests = None

    def _session(self):
        if self.session is None:
            from auditor.forge.http import RequestState, make_session  # noqa: PLC0415

            self.requests = RequestState(max_requests=MAX_INDEX_REQUESTS)
            self.session, _ = make_session(self.requests, self.http_dir)
        return self.session

    def get(self, name: str, version: str | None) -> tuple[str | None, str]:
        key = f"{name.lower()}=={version or ''}"
        if key in self.cache:
            return self.cache[key], "cache"
        if not self.online:
            return None, "offline"
        if self.failures >= 3 or (self.requests is not None and self.requests.stopped):
            return None, "index budget"
        from licensecheck.types import PackageInfo  # noqa: PLC0415

        info = index_info_class()(os.environ.get("AUDITOR_PYPI_API") or PYPI_API, PackageInfo(name=name, version=version), self._session())
        try:
            lic = info.get_license()  # the pinned version first, then the latest (error_state is set when the first failed)
        except Exception:  # noqa: BLE001 - an answer licensecheck cannot read: this package's license stays unknown
            self.failures += 1
            return None, "index error"
        if not lic and info.error_state:
            self.failures += 1
            return None, "index budget" if info.stopped else "index error"
        self.cache[key] = lic
        self.dirty = True
        return lic, "index"

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.cache, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass


def _lockfile_deps(snap, lockfiles: list[str], found: list[dict], inconclusive_sources: list[dict]) -> None:
    """npm and Composer lockfiles: every dependency with its licence, or the reason a lockfile was not read."""
    for path in lockfiles:
        text = snap.read_text(path, limit=50_000_000) if path in snap.files else None
        if text is None:
            inconclusive_sources.append({"path": path, "reason": "unreadable or too big"})
            continue
        try:
            deps, problem = (composer_deps if path.endswith("composer.lock") else npm_deps)(text)
        except ValueError as exc:
            inconclusive_sources.append({"path": path, "reason": f"invalid JSON: {exc}"})
            continue
        if problem:
            inconclusive_sources.append({"path": path, "reason": problem})
            continue
        for d in deps:
            found.append({"name": d["name"], "version": d["version"], "license": d["license"], "dev": d["dev"],
                          "path": path, "line": _line(text, d["needle"]), "via": "lockfile", **({"key": d["key"]} if d.get("key") else {})})


# A bundler's licence file (ncc's ``--license licenses.txt``, the file a JavaScript GitHub Action commits beside its dist/index.js):
# for each bundled package, its name alone on a line, its SPDX licence on the next, then the licence's text
_BUNDLE_LICENSES = ("licenses.txt", "third-party-licenses.txt")
_NPM_NAME = lazy_compile(r"^(?:@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$")


def bundled_licenses(text: str) -> dict[str, str]:
    """{package: SPDX expression} read from a bundler's licence file; a line is a package's only when the next is a licence
    expression of known SPDX identifiers (the texts between hold no such pair)."""
    from auditor.licenses.matcher import license_meta  # noqa: PLC0415 - the licence index, loaded only when such a file exists

    lines = text.splitlines()[:100_000]
    out: dict[str, str] = {}
    for i in range(len(lines) - 1):
        name, lic = lines[i].strip(), lines[i + 1].strip()
        if (i and lines[i - 1].strip()) or not _NPM_NAME.match(name) or not lic or len(lic) > 120:
            continue
        ids = [t for t in lic.replace("(", " ").replace(")", " ").split() if t not in ("OR", "AND", "WITH")]
        if ids and all(license_meta(t) or license_meta(t.rstrip("+")) for t in ids[:6]):
            out.setdefault(name, lic)
    return out


def _fill_from_bundle(snap, live: list, found: list[dict]) -> None:
    """npm dependencies whose lockfile entry declares no licence, given one by the bundler's licence file committed with the bundle."""
    if not any(d["license"] is None and d["via"] == "lockfile" for d in found):
        return
    known: dict[str, tuple[str, str]] = {}
    for path in sorted((e.path for e in live if e.name.lower() in _BUNDLE_LICENSES), key=lambda p: (p.count("/"), p))[:3]:
        for name, lic in bundled_licenses(snap.read_text(path, limit=4_000_000) or "").items():
            known.setdefault(name, (lic, path))
    for d in found:
        if d["license"] is None and d["via"] == "lockfile" and d["name"] in known:
            d["license"], d["license_file"] = known[d["name"]]


MAX_INSTALLED_READS = 2000  # installed packages' package.json read for a licence, in the lockfile's order (a count, never a time)


def _fill_from_installed(snap, found: list[dict]) -> None:
    """npm dependencies whose lockfile entry declares no licence (npm's lockfile v3 often leaves it out), given the one their installed
    copy's package.json declares when the repository commits node_modules/ beside the lockfile (the lockfile's key is that copy's
    folder: node_modules/accepts/package.json, "license": "MIT" — issue 12, s44 fh44 = gitreunion/datacup-challenge-esi-dev)."""
    reads = 0
    for d in found:
        if d["license"] is not None or d["via"] != "lockfile" or not d.get("key") or reads >= MAX_INSTALLED_READS:
            continue
        folder = d["path"].rsplit("/", 1)[0] + "/" if "/" in d["path"] else ""
        manifest = posixpath.normpath(folder + d["key"] + "/package.json")
        entry = snap.files.get(manifest)
        if entry is None or entry.kind != "file":
            continue
        reads += 1
        try:
            data = safejson.loads(snap.read_text(manifest, limit=512 * 1024) or "")
        except ValueError:
            continue
        if not isinstance(data, dict) or (d["version"] and data.get("version") not in (None, d["version"])):
            continue  # (another version installed than the one locked: its licence may differ)
        lic = data.get("license") if data.get("license") is not None else data.get("licenses")
        lic = lic.get("type") if isinstance(lic, dict) else lic
        if isinstance(lic, list):
            lic = " OR ".join(str(x.get("type") if isinstance(x, dict) else x) for x in lic) or None
        if isinstance(lic, str) and lic.strip():
            d["license"], d["license_file"] = lic.strip(), manifest


def _python_licenses(ctx, py_paths: list[str], offline_index: bool, found: list[dict], inconclusive_sources: list[dict]) -> None:
    """Python dependencies' licences from the package index (or its caches), the first MAX_PY_DEPS in declaration order; not
    those of the files that install what builds the documentation (docs/requirements.txt, a Sphinx manual's "Sphinx",
    "sphinx_rtd_theme"), which are not distributed with the project, and with a Home Assistant integration's manifest.json."""
    manifests = ctx.fact("manifests")["manifests"]
    docs_build = {m["path"] for m in manifests if m.get("docs_build")}
    py_paths = [p for p in py_paths if p not in docs_build] + [m["path"] for m in manifests if m["ecosystem"] == "homeassistant"]
    # (and a Dockerfile's pip install naming the packages, the one list of a back end's: not a documentation or CI image's tools)
    py_paths += [m["path"] for m in manifests if m.get("dockerfile") and not m.get("tooling")]
    if not py_paths:
        return
    pydeps = python_deps(ctx.snapshot, py_paths)
    store = PypiLicenses(ctx.config.cache_dir, online=not offline_index)
    missing = max(0, len(pydeps) - MAX_PY_DEPS)
    for d in pydeps[:MAX_PY_DEPS]:
        lic_str, how = store.get(d["name"], d["version"])
        if how in ("offline", "index error", "index budget"):
            missing += 1
            continue
        found.append({"name": d["name"], "version": d["version"], "license": lic_str, "dev": False,
                      "path": d["path"], "line": None, "via": how})
    store.save()
    if missing:
        why = "offline: package index not queried (AUDITOR_OFFLINE_INDEX=1 or --offline)" if offline_index else f"package index unavailable, or beyond the first {MAX_PY_DEPS} dependencies"
        inconclusive_sources.append({"path": py_paths[0], "reason": f"{missing} Python dependencies without license data ({why})"})


# Cached when no package index was asked (offline, or no Python manifest); index answers stay live (PypiLicenses, the HTTP cache)
@fact("dependency_licenses", version=14, public=False)
def dependency_licenses(ctx) -> dict:
    snap = ctx.snapshot
    # the cheap depth test first: on 20,000 files the path classifiers cost a third of a warm audit
    live = [e for e in snap.files.values() if e.path.count("/") <= 2 and not is_vendored(e.path) and not is_test(e.path)]
    lockfiles = sorted((e.path for e in live if e.name in ("package-lock.json", "npm-shrinkwrap.json", "composer.lock")), key=lambda p: (p.count("/"), p))[:6]
    others = sorted((e.path for e in live if e.name in NO_LICENSE_IN_LOCK), key=lambda p: (p.count("/"), p))[:20]
    # (not a requirements.txt listing a page's .js and .css files: no Python distribution in it)
    py_paths = sorted((e.path for e in live if PY_FILES.match(e.name) and not web_file_list(snap, e.path, 2_000_000)), key=lambda p: (p.count("/"), p))[:10]
    npm_manifests = [e.path for e in live if e.name == "package.json" and (e.dir + "/package-lock.json").lstrip("/") not in snap.files
                     and not any(p.startswith((e.dir + "/").lstrip("/")) and p.endswith("package-lock.json") for p in lockfiles)]
    found: list[dict] = []
    inconclusive_sources: list[dict] = []
    _lockfile_deps(snap, lockfiles, found, inconclusive_sources)
    _fill_from_bundle(snap, live, found)
    _fill_from_installed(snap, found)
    # (a package.json whose versions another package manager's lockfile pins beside it — yarn.lock, pnpm-lock.yaml, bun.lock — is
    # pinned: that lockfile's own reason, "carries no license data", is the one to give; issue 12, s47 fd47 = a Rails app's yarn.lock)
    npm_manifests = [p for p in npm_manifests if not any(((p.rsplit("/", 1)[0] + "/") if "/" in p else "") + lock in snap.files
                                                         for lock in _NPM_OTHER_LOCKS)]
    for path in npm_manifests[:5]:
        if path.count("/") <= 1:
            inconclusive_sources.append({"path": path, "reason": "package.json without package-lock.json: licenses not pinned"})
    for path in others:
        inconclusive_sources.append({"path": path, "reason": f"{NO_LICENSE_IN_LOCK[path.rsplit('/', 1)[-1]]}: this file carries no license data"})
    offline_index = os.environ.get("AUDITOR_OFFLINE_INDEX") == "1" or not ctx.config.network or ctx.config.offline
    if py_paths or any(e.name == "manifest.json" and is_integration_manifest(e.path) for e in live) \
            or any(m.get("dockerfile") and not m.get("tooling") for m in ctx.fact("manifests")["manifests"]):
        if not offline_index:
            ctx.read_live()  # the Python package index may be asked: this value is not stored
        _python_licenses(ctx, py_paths, offline_index, found, inconclusive_sources)
    return {"dependencies": found, "inconclusive_sources": inconclusive_sources, "offline": offline_index}
