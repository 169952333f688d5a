"""``end_of_life``: runtimes, frameworks and base images past their end of life on the audit's
as-of date (never the wall clock), from the dated copy of endoflife.date in ``endoflife.yml``, and
packages their maintainers abandoned.

Where versions are read (as data, nothing is run): Dockerfile ``FROM`` (and its ``RUN pip install Django==…``) and compose/CI ``image:``
tags, ``.python-version``, ``runtime.txt``, ``.nvmrc``, ``.node-version``, ``.ruby-version``,
``.tool-versions``, Maven/Gradle Java levels and .NET target frameworks (:mod:`.eol_builds`), ``package.json`` (``engines.node`` and
dependencies; a range's version in use from the lockfile beside), a WordPress plugin's header (``Requires PHP``), ``composer.json`` (``require``), ``requirements*.txt``, ``Pipfile``, ``pyproject.toml``, ``Gemfile``, pages' CDN
addresses, the runtimes Ansible roles, RUN lines and install scripts pin (:mod:`.eol_provision`), Python 2-only statements (Python 2.7)
and, for a runtime no file versions, the README's statement (:mod:`.eol_readme`). A constraint is past its end of life when every cycle it allows is (``>=3.7`` allows supported cycles; ``==3.7.9``, ``~=2.2``, ``^14`` or ``<3`` may not).

Longer than 400 lines: one reader per place a version is written (Dockerfile, manifests, runtime files, host plugins), all feeding one comparison with endoflife.yml.
"""

from __future__ import annotations

from auditor import safejson
import re
import tomllib
from datetime import date

from auditor.data import load
from auditor.facts import fact
from auditor.facts.docker_pip import dockerfile_requirements
from auditor.facts.scaling.r_loads import retired_r_loads
from auditor.facts.scaling.common import data_about, project_files
from auditor.facts.scaling.eol_cdn import cdn_versions, copied_framework_versions, pages
from auditor.facts.scaling.eol_hosts import MAX_HOST_FILES, host_versions, is_host_version_file, wordpress_header_versions
from auditor.facts.scaling.eol_builds import android_level, android_target, circle_versions, classifier_pythons, devcontainer_versions, dotnet_framework, gradle_java, is_netbeans_settings, netbeans_java, pom_java, runtime_constraint, travis_versions
from auditor.facts.scaling.eol_images import env_defaults, image_versions as _image_versions
from auditor.facts.gradle_manifest import is_grails_build_config
from auditor.facts.scaling.eol_maven import copied_jar_versions, grails_plugin_versions, maven_versions
from auditor.facts.scaling.eol_provision import deployed_systems, provisioned
from auditor.facts.scaling.eol_readme import stated_in_readme
from auditor.facts.scaling.eol_versions import (buildpack_pins, conda_pins, dumped_databases, in_qgis3_plugin, qgis_plugin_range, locked_npm_version, requires_python,
                                                version_file_pins)
from auditor.facts.scaling.plugin_authors import wordpress_plugin_heads
from auditor.lazyre import lazy_compile

MAX_FILES = 200
MAX_BYTES = 512 * 1024

_ON_REACT = ("next", "react-native")  # npm frameworks built on React, whose own version fixes React's
_CLAUSE = lazy_compile(r"(===|==|~=|>=|<=|!=|~>|\^|~|>|<|=)?\s*v?(\d+(?:\.(?:\d+|[x*X]))*)")


def _parts(text: str) -> list[int]:
    out = []
    for p in text.split("."):
        if not p.isdigit():
            break
        out.append(int(p))
    return out[:3]


def _pad(p: list[int]) -> tuple:
    return tuple((p + [0, 0, 0])[:3])


def _bump(p: list[int], i: int) -> tuple:
    q = (p + [0, 0, 0])[:3]
    q[i] += 1
    for j in range(i + 1, 3):
        q[j] = 0
    return tuple(q)


def _clause(op: str, parts: list[int], tilde_is_compatible: bool) -> tuple:
    k = len(parts)
    if k == 0:
        return None, None
    if op in ("", "=", "==", "==="):
        return _pad(parts), _bump(parts, k - 1)
    if op == ">=":
        return _pad(parts), None
    if op == ">":
        return _bump(parts, k - 1), None
    if op == "<":
        return None, _pad(parts)
    if op == "<=":
        return None, _bump(parts, k - 1)
    if op in ("~=", "~>") or (op == "~" and tilde_is_compatible):
        return _pad(parts), (_bump(parts, k - 2) if k >= 2 else None)
    if op == "~":
        return _pad(parts), _bump(parts, 1 if k >= 2 else 0)
    if op == "^":
        j = next((i for i, x in enumerate(parts) if x), k - 1)
        return _pad(parts), _bump(parts, j)
    return None, None  # "!=": no bound


def intervals(constraint: str, tilde_is_compatible: bool = False) -> list[tuple]:
    """The version intervals ``[lo, hi)`` a constraint allows (one per ``||`` alternative)."""
    out = []
    for alt in re.split(r"\|\|?", constraint or ""):
        alt = alt.strip()
        if not alt or alt in ("*", "x", "latest"):
            out.append((None, None))
            continue
        m = re.match(r"^v?([\d.xX*]+)\s+-\s+v?([\d.xX*]+)$", alt)
        clauses = [(">=", m.group(1)), ("<=", m.group(2))] if m else [(c.group(1) or "", c.group(2)) for c in _CLAUSE.finditer(alt)]
        lo, hi = None, None
        for op, ver in clauses:
            a, b = _clause(op, _parts(ver), tilde_is_compatible)
            if a is not None and (lo is None or a > lo):
                lo = a
            if b is not None and (hi is None or b < hi):
                hi = b
        if clauses:
            out.append((lo, hi))
    return out


def judge(product: str, constraint: str, as_of: date, tilde_is_compatible: bool = False, floating: bool = False) -> dict | None:
    """``{"product", "name", "cycle", "eol", "past": bool}`` for a constraint on a product, or None
    when it cannot be read or allows a cycle that is still supported; ``{"product", "name", "newer": True}`` when it
    allows only cycles released after the data (Spring Boot 4.0 against data that stop at 3.5), or those and past cycles of the
    data (Drupal ^9.5 || ^10 against data that stop at 9): nothing can be said of it. ``floating``: what is used is the newest release
    the constraint allows (a container image's tag, ``alpine:3`` pulls the current 3.x), judged alone."""
    data = load("endoflife.yml")
    prod = data["products"].get(product)
    if not prod:
        return None
    cycles = []
    for cyc, eol in prod["cycles"].items():
        p = _parts(str(cyc))
        cycles.append((_pad(p), _bump(p, len(p) - 1), str(cyc), eol))
    cycles.sort()
    ivs = intervals(constraint, tilde_is_compatible)
    if not ivs:
        return None
    allowed = []
    newer = False
    for lo, hi in ivs:
        if lo is not None and hi is not None and lo >= hi:
            continue
        hit = [c for c in cycles if (lo is None or lo < c[1]) and (hi is None or hi > c[0])]
        if not hit:
            # older than every listed cycle, or in a gap of the list (Symfony 2.5 between 2.3 and 2.7, Laravel 5.6 between 5.5 and
            # 5.8: endoflife.date lists a product's long-term cycles only so far back): judged by the next listed cycle's date
            above = next((c for c in cycles if hi is not None and hi <= c[0]), None)
            if above is not None:
                hit = [(None, None, "< " + above[2], above[3])]
            elif lo is not None and cycles[-1][1] <= lo:  # this range allows only cycles newer than the data
                newer = True
                continue
            else:
                return None
        allowed.extend(hit)
    # nothing can be said of a version released after the data, nor of a range that also allows one when every cycle of the data
    # it allows is past (Drupal ^9.5 || ^10 against data that stop at 9); of a range also allowing a supported cycle, nothing either
    if newer:
        if not allowed or all(c[3] is not None and c[3] <= as_of for c in allowed):
            return {"product": product, "name": prod.get("name", product), "newer": True, "source": prod.get("source")}
        return None
    if not allowed:
        return None
    newest = allowed[-1]
    past = all(c[3] is not None and c[3] <= as_of for c in allowed)
    if floating and len(allowed) > 1:
        # (a tag naming a major whose cycles are its minors: it follows the product's releases; past only when the major is over,
        # python:2 stopping at 2.7, mysql:5 at 5.7 — not when the data stop within it while it was still supported, alpine:3 at 3.21)
        last = cycles[-1]
        alive = last[3] is None or last[3] > date.fromisoformat(str(prod.get("data_date") or data.get("cycles_date")))
        follows = newest[2] == last[2] and alive and any(hi is None or hi > last[1] for _, hi in ivs)
        return {"product": product, "name": prod.get("name", product), "cycle": newest[2], "eol": newest[3].isoformat() if newest[3] else None,
                "past": not follows and newest[3] is not None and newest[3] <= as_of, "source": prod.get("source")}
    # (the most specific cycles only: ==4.6.2 falls in .NET's 4.6 and in its own 4.6.2, one version, not a range)
    leaves = [c for c in allowed if c[0] is None or not any(o[0] is not None and c[0] <= o[0] and o[1] <= c[1] and (o[0], o[1]) != (c[0], c[1])
                                                            for o in allowed)]
    if not past and any(c[3] is not None and c[3] <= as_of for c in leaves):
        # a minimum or a range (php >=5.3.2, python_requires >=3.6, "^7.4 || ^8.0"): it allows cycles past their end of life and
        # supported ones, and says nothing of the version in use
        oldest = allowed[0]
        return {"product": product, "name": prod.get("name", product), "minimum": True, "cycle": oldest[2],
                "eol": oldest[3].isoformat() if oldest[3] else None, "source": prod.get("source")}
    return {"product": product, "name": prod.get("name", product), "cycle": newest[2], "eol": newest[3].isoformat() if newest[3] else None,
            "past": past, "source": prod.get("source")}

_FROM = lazy_compile(r"^[^\S\n]*FROM\s+(?:--platform=\S+\s+)?(\S+)", re.I | re.M)
_ARG, _ARG_USE = lazy_compile(r"^[^\S\n]*ARG\s+(\w+)=[\"']?([^\s\"']+)", re.I | re.M), lazy_compile(r"\$\{(\w+)\}|\$(\w+)")
_IMAGE = lazy_compile(r"^[^\S\n]*-?[^\S\n]*image:\s*(?:name:\s*)?['\"]?([^\s'\"#]+)", re.M)
# Gradle: the Spring Boot plugin's version (Maven's parent or BOM: :mod:`.eol_maven`).
_GRADLE_BOOT = lazy_compile(r"""id\s*\(?\s*["']org\.springframework\.boot["']\s*\)?\s*version\s*["'](\d+\.\d+[\w.-]*)["']""")
# (or the older form: ext { springBootVersion = '2.1.1.RELEASE' } feeding classpath("…:spring-boot-gradle-plugin:${springBootVersion}"))
_GRADLE_BOOT_EXT = lazy_compile(r"""(?:\bspringBootVersion\s*=\s*["']|spring-boot-gradle-plugin:)(\d+\.\d+[\w.-]*)["']""")
# (actions/setup-python, setup-node, setup-java, setup-ruby, setup-php, setup-go: the runtime the workflow builds and runs on)
_GH_VERSION = lazy_compile(r"^[^\S\n]*(python|node|java|ruby|php|go)-version:\s*['\"]?(\d+(?:\.\d+)*)['\"]?\s*$", re.M)


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


# A requirement with a version written in setup.py (a quoted string) or setup.cfg (an indented line)
_SETUP_REQ = lazy_compile(r"""['"]([A-Za-z][\w.-]*\s*(?:\[[^\]]*\])?\s*(?:[<>!~]=?|==)[^'"\n]{0,80})['"]|^[ \t]+([A-Za-z][\w.-]*\s*(?:[<>!~]=?|==)[^\n#]{0,80})$""", re.M)


def _req_constraint(line: str, name: str) -> str | None:
    m = re.match(r"^\s*" + re.escape(name) + r"(?:\[[^\]]*\])?\s*((?:[<>=!~^]=?=?\s*[\w.*]+\s*,?\s*)+)", line, re.I)
    return m.group(1).replace(" ", "") if m else None


@fact("end_of_life", version=62, cache="commit+as_of")
def end_of_life(ctx) -> dict:
    data = load("endoflife.yml")
    as_of = ctx.as_of.date()
    snap = ctx.snapshot
    pkgmap = data.get("packages") or {}
    findings: list[dict] = []
    read: list[dict] = []
    newer: list[dict] = []  # versions released after the data: read, but not judged
    minimums: list[dict] = []  # minimums or ranges allowing past and supported cycles: read, but the version in use is not known

    def add(product: str, constraint: str, path: str, line: int | None, value: str, tilde: bool = False, floating: bool = False,
            upper: tuple[int | None, str, str] | None = None) -> None:
        j = judge(product, constraint, as_of, tilde, floating)
        if j is None:
            return
        if j.get("newer"):
            newer.append({"product": product, "name": j["name"], "path": path, "line": line, "value": value[:120]})
            return
        if j.get("minimum"):
            minimums.append({"product": product, "name": j["name"], "cycle": j["cycle"], "eol": j["eol"], "path": path, "line": line,
                             "value": value[:120]})
            return
        entry = {**j, "path": path, "line": line, "value": value[:120]}
        read.append({k: entry[k] for k in ("product", "cycle", "path", "line", "past")})
        if j["past"] and upper:  # (every version allowed is past: the upper bound stops it, what to raise)
            entry.update(line=upper[0], value=upper[1][:120], bound=upper[2])
        if j["past"]:
            findings.append(entry)

    paths = [e.path for e in project_files(ctx, tests=False)]
    # (and the Gradle builds of a Cordova application's native shells, platforms/android/build.gradle: Cordova wrote them, but
    # they are what the application is built with, its Android API level and Java)
    from auditor.facts.inventory import generated_client_dirs, inventory_of
    shells = tuple(t for t in inventory_of(ctx).cordova_trees if t.endswith("platforms/"))
    paths += [p for p in inventory_of(ctx).paths("vendored") if shells and p.startswith(shells) and p.rsplit("/", 1)[-1] == "build.gradle"]
    # (not the manifests an API client generator wrote for the clients the project imports as source: the root's give its runtime)
    clients = generated_client_dirs(ctx.snapshot.files)
    wanted = []
    for p in paths:
        if clients and p.startswith(clients):
            continue
        name = p.rsplit("/", 1)[-1]
        low = name.lower()
        if (low.startswith(("dockerfile", "containerfile")) or low.endswith(".dockerfile") or re.match(r"^(docker-)?compose[\w.-]*\.ya?ml$", low)
                or low in (".gitlab-ci.yml", ".python-version", "runtime.txt", ".nvmrc", ".node-version", ".ruby-version", ".tool-versions",
                           "package.json", "bower.json", "composer.json", "pipfile", "pyproject.toml", "gemfile", "pom.xml", "build.gradle", "build.gradle.kts",
                           "setup.py", "setup.cfg", "go.mod", "devcontainer.json", ".devcontainer.json", "composer.lock", ".travis.yml", "project.toml", "circle.yml", "environment.yml", "environment.yaml") or low.endswith((".csproj", ".vbproj", ".fsproj"))
                or re.match(r"^requirements([-_.][\w.-]*)?\.(txt|in)$", low) or is_grails_build_config(p) or (p.startswith(".github/workflows/") and low.endswith((".yml", ".yaml")))
                or is_netbeans_settings(p)):
            wanted.append(p)
    wanted = wanted[:MAX_FILES] + sorted((p for p in paths if is_host_version_file(p.rsplit("/", 1)[-1])),
                                         key=lambda p: (p.count("/"), p))[:MAX_HOST_FILES]  # (a plugin's host: Drupal's .info files)
    snap.prefetch(wanted, limit=MAX_BYTES)
    docker_manifests = {m["path"] for m in ctx.fact("manifests").get("manifests") or [] if m.get("dockerfile") and not m.get("tooling")}
    for p in wanted:
        text = snap.read_text(p, limit=4 * MAX_BYTES if p.endswith("composer.lock") else MAX_BYTES)  # (a Symfony app's lock: ~1 MB)
        if not text:
            continue
        low = p.rsplit("/", 1)[-1].lower()
        if is_host_version_file(low):
            for product, constraint, pos, excerpt, tilde in host_versions(low, text):
                add(product, constraint, p, _line(text, pos), excerpt, tilde)
        elif low.startswith(("dockerfile", "containerfile")) or low.endswith(".dockerfile"):
            # FROM $BASE_IMAGE with ARG BASE_IMAGE=node:14-alpine: the default image; else the value a committed .env gives it
            args = {**env_defaults(snap.read_text, snap.files, p, MAX_BYTES), **dict(_ARG.findall(text))}
            for m in _FROM.finditer(text):
                image = _ARG_USE.sub(lambda a: args.get(a.group(1) or a.group(2), a.group(0)), m.group(1))
                for product, constraint in _image_versions(image):
                    add(product, constraint, p, _line(text, m.start(1)), m.group(1) + (f" = {image}" if image != m.group(1) else ""), floating=True)
            # RUN pip install Django==2.2 …: the framework the image installs, where that line is the project's Python manifest
            # (docker_pip; beside a requirements.txt it is a build's step the manifest's pins replace: s36 v20b)
            for req in dockerfile_requirements(text) if p in docker_manifests else ():
                for dep, prod in (pkgmap.get("pip") or {}).items():
                    if c := _req_constraint(req["requirement"], dep):
                        add(prod, c, p, req["line"], req["requirement"])
        elif low == "circle.yml":  # CircleCI 1.0's build machine (machine: / python: / version: 2.7.12; s44 ff44)
            for product, constraint, pos, excerpt in circle_versions(text):
                add(product, constraint, p, _line(text, pos), excerpt)
        elif low == ".travis.yml":  # the language versions a Puppet module or a gem is tested on, when all are past their end of life
            for product, constraint, pos, excerpt in travis_versions(text, lambda prod, c: judge(prod, c, as_of)):
                add(product, constraint, p, _line(text, pos), excerpt)
        elif low in ("environment.yml", "environment.yaml") and "dependencies:" in text:  # a conda environment: "- python=3.12"
            for name, constraint, line, excerpt in conda_pins(text):
                if product := "python" if name == "python" else (pkgmap.get("pip") or {}).get(name):
                    add(product, constraint, p, line, excerpt)
        elif low.endswith((".yml", ".yaml")) and not p.startswith(".github/workflows/"):
            env = env_defaults(snap.read_text, snap.files, p, MAX_BYTES) if "$" in text else {}
            for m in _IMAGE.finditer(text):
                image = _ARG_USE.sub(lambda a: env.get(a.group(1) or a.group(2), a.group(0)), m.group(1))
                for product, constraint in _image_versions(image):
                    add(product, constraint, p, _line(text, m.start(1)), m.group(1) + (f" = {image}" if image != m.group(1) else ""), floating=True)
        elif p.startswith(".github/workflows/") or low == "project.toml":  # (and a buildpack's settings: GOOGLE_PYTHON_VERSION="3.10.x")
            for m in _GH_VERSION.finditer(text):
                if constraint := runtime_constraint(m.group(1), m.group(2)):
                    add(*constraint, p, _line(text, m.start()), m.group(0).strip())
            for product, constraint, line, excerpt in buildpack_pins(text):
                add(product, constraint, p, line, excerpt)
        elif low in ("devcontainer.json", ".devcontainer.json"):  # a dev container's features: the runtimes it installs
            for product, constraint, pos, excerpt in devcontainer_versions(text):
                add(product, constraint, p, _line(text, pos), excerpt)
        elif low in (".python-version", "runtime.txt", ".nvmrc", ".node-version", ".ruby-version", ".tool-versions", "go.mod"):
            for product, constraint, line, excerpt in version_file_pins(low, text):
                add(product, constraint, p, line, excerpt)
        elif low in ("package.json", "bower.json"):  # (Bower's dependencies are the same packages' names and versions, s37 fj37)
            try:
                pj = safejson.loads(text)
            except ValueError:
                continue
            if not isinstance(pj, dict):
                continue
            node = (pj.get("engines") or {}).get("node") if isinstance(pj.get("engines"), dict) else None
            if isinstance(node, str):
                add("nodejs", node, p, _line(text, text.find('"node"')), f"engines.node: {node}")
            for sec in ("dependencies", "peerDependencies"):
                deps = pj.get(sec)
                if isinstance(deps, dict):
                    for dep, prod in (pkgmap.get("npm") or {}).items():
                        v = deps.get(dep)
                        # (React under a framework built on it, Next.js or React Native, is that framework's: its cycles decide)
                        if not isinstance(v, str) or (dep == "react" and any(isinstance(deps.get(d), str) for d in _ON_REACT)):
                            continue
                        # ("next": "latest" or ">=12": the version the lockfile beside resolved is the one in use)
                        locked = locked_npm_version(snap.read_text, snap.files, p, dep, 8 * MAX_BYTES) \
                            if low == "package.json" and (judge(prod, v, as_of) or {}).get("minimum") else None
                        if locked:
                            add(prod, "==" + ".".join(locked[0].split(".")[:2]), p, _line(text, text.find(f'"{dep}"')),
                                f"{dep}: {v}, {locked[0]} in {locked[2]}:{locked[1]}")
                        else:
                            add(prod, v, p, _line(text, text.find(f'"{dep}"')), f"{dep}: {v}")
        elif low == "composer.json":
            try:
                cj = safejson.loads(text)
            except ValueError:
                continue
            req = cj.get("require") if isinstance(cj, dict) else None
            if isinstance(req, dict):
                for dep, prod in (pkgmap.get("composer") or {}).items():
                    v = req.get(dep)
                    if isinstance(v, str):
                        add(prod, v, p, _line(text, text.find(f'"{dep}"')), f"{dep}: {v}", tilde=True)
        elif low == "composer.lock":  # the framework versions installed (symfony/framework-bundle v2.7.7), read as text
            # (Symfony's kernel installed under Laravel or Drupal is their component, judged with them: Laravel 5.8 locks
            # symfony/http-kernel v4.2)
            host = any(re.search(r'"name":\s*"' + re.escape(d) + r'"', text) for d, pr in (pkgmap.get("composer") or {}).items()
                       if pr in ("laravel", "drupal"))
            for dep, prod in (pkgmap.get("composer") or {}).items():
                m = re.search(r'"name":\s*"' + re.escape(dep) + r'",\s*"version":\s*"v?(\d+\.\d+)', text)
                if m and dep != "php" and not (host and dep == "symfony/http-kernel"):
                    add(prod, "==" + m.group(1), p, _line(text, m.start()), f"{dep}: {m.group(1)}")
        elif low.startswith("requirements") or low == "pipfile":
            for i, raw in enumerate(text.splitlines(), 1):
                line = raw.split("#", 1)[0].strip()
                if low == "pipfile":
                    m = re.match(r'^python_version\s*=\s*"(\d+\.\d+)', line)
                    if m:
                        add("python", "==" + m.group(1), p, i, line)
                        continue
                    m = re.match(r'^["\']?([\w.-]+)["\']?\s*=\s*"([^"]+)"', line)
                    if m and m.group(1).lower() in (pkgmap.get("pip") or {}) and m.group(2) != "*":
                        add(pkgmap["pip"][m.group(1).lower()], m.group(2), p, i, line)
                    continue
                for dep, prod in (pkgmap.get("pip") or {}).items():
                    c = _req_constraint(line, dep)
                    if c:
                        add(prod, c, p, i, line)
        elif low in ("setup.py", "setup.cfg"):  # install_requires=['django >= 1.8, <1.12'], read as text (never run)
            for m in _SETUP_REQ.finditer(text):
                req = (m.group(1) or m.group(2)).strip()
                for dep, prod in (pkgmap.get("pip") or {}).items():
                    c = _req_constraint(req, dep)
                    if c:
                        add(prod, c, p, _line(text, m.start()), req)
        elif low == "pyproject.toml":
            try:
                pp = safejson.toml_loads(text)
            except (tomllib.TOMLDecodeError, ValueError, RecursionError):
                continue
            deps = list(((pp.get("project") or {}).get("dependencies") or []))
            if one := requires_python((pp.get("project") or {}).get("requires-python")):  # (">=3.13,<3.14": the one cycle it runs on)
                add("python", one, p, _line(text, text.find("requires-python")), "requires-python = " + str(pp["project"]["requires-python"]))
            poetry = (((pp.get("tool") or {}).get("poetry") or {}).get("dependencies") or {})
            for dep, prod in (pkgmap.get("pip") or {}).items():
                for d in deps:
                    c = _req_constraint(str(d), dep)
                    if c:
                        add(prod, c, p, _line(text, text.find(str(d))), str(d))
                for k, v in poetry.items() if isinstance(poetry, dict) else ():
                    if k.lower() == dep and isinstance(v, str) and v != "*":
                        add(prod, v, p, _line(text, text.find(k)), f"{k} = {v}", tilde=True)
        elif low == "pom.xml":
            root = "" if p == "pom.xml" else (ctx.snapshot.read_text("pom.xml", limit=MAX_BYTES) or "")
            for product, version, pos, artifact in maven_versions(text, pkgmap.get("maven") or {}, root):
                add(product, "==" + version, p, _line(text, pos), f"{artifact}: {version}")
            for product, constraint, pos, excerpt in pom_java(text, root):
                add(product, constraint, p, _line(text, pos), excerpt)
        elif is_grails_build_config(p):  # a Grails build's plugins: the jquery plugin's version is the jQuery it ships
            for product, version, pos, excerpt in grails_plugin_versions(text, pkgmap.get("grails") or {}):
                add(product, "==" + version, p, _line(text, pos), excerpt)
        elif is_netbeans_settings(p):  # a NetBeans Ant project's javac.target / javac.source
            for product, constraint, pos, excerpt in netbeans_java(text):
                add(product, constraint, p, _line(text, pos), excerpt)
        elif low.endswith((".csproj", ".vbproj", ".fsproj")):
            for product, constraint, pos, excerpt in dotnet_framework(text):
                add(product, constraint, p, _line(text, pos), excerpt)
        elif low in ("build.gradle", "build.gradle.kts"):
            m = _GRADLE_BOOT.search(text) or _GRADLE_BOOT_EXT.search(text)
            if m and re.match(r"\d+\.\d+", m.group(1)):
                add("spring-boot", "==" + ".".join(m.group(1).split(".")[:2]), p, _line(text, m.start()), m.group(0))
            for product, constraint, pos, excerpt in gradle_java(text):
                add(product, constraint, p, _line(text, pos), excerpt)
            if android := android_level(text):  # (an Android module's language level: read, no Java at end of life)
                read.append({"product": "java", "cycle": android[0], "path": p, "line": _line(text, android[1]), "past": False})
            for product, constraint, pos, excerpt in android_target(text):  # (and the Android release it targets)
                add(product, constraint, p, _line(text, pos), excerpt)
        elif low == "gemfile":
            m = re.search(r"^[^\S\n]*ruby\s+['\"]~?>?\s*(\d+\.\d+)", text, re.M)
            if m:
                add("ruby", "==" + m.group(1), p, _line(text, m.start()), m.group(0).strip())
            m = re.search(r"""^[^\S\n]*gem\s+['"]rails['"]\s*,\s*['"]([^'"]+)['"]""", text, re.M)
            if m:
                add("rails", m.group(1), p, _line(text, m.start()), m.group(0).strip(), tilde=True)
    for p, head in wordpress_plugin_heads(snap):  # a WordPress plugin's main file: "Requires PHP: 7.2", "Tested up to: 6.4"
        for product, constraint, pos, excerpt, tilde in wordpress_header_versions(head):
            add(product, constraint, p, _line(head, pos), excerpt, tilde)
    # a QGIS plugin's manifest: the QGIS it loads in (qgisMinimumVersion=2.0 alone: QGIS 2 only), and QGIS 2's Python 2.7
    for p in [p for p in paths if p.rsplit("/", 1)[-1] == "metadata.txt"][:MAX_HOST_FILES]:
        text = snap.read_text(p, limit=64 * 1024) or ""
        if qgis := qgis_plugin_range(text):
            add("qgis", qgis[0], p, _line(text, qgis[1]), qgis[2], upper=qgis[4] and (_line(text, qgis[4][0]), *qgis[4][1:]))
            if qgis[3] and not any(r["product"] == "python" for r in read):
                add("python", "==2.7", p, _line(text, qgis[1]), f"{qgis[2]} (QGIS 2 runs its plugins on Python 2.7)")
    for p, product, version, line, excerpt in provisioned(snap.read_text, paths, MAX_BYTES):  # an Ansible role's postgresql_version: 15
        add(product, "==" + version, p, line, excerpt)  # or temurin-8-jre package
    for p in pages(paths):  # a page's <script src>/<link href> pinning a framework on a CDN (a static site, a map viewer)
        text = snap.read_text(p, limit=MAX_BYTES) or ""
        for product, version, pos, excerpt in cdn_versions(text):
            add(product, "==" + version, p, _line(text, pos), excerpt)
    for product, version, path, excerpt in copied_framework_versions(ctx.fact("inventory") or {}):  # lib/bootstrap/3.3.6/…, js/vue.js
        add(product, "==" + version, path, None, excerpt)
    for product, version, path, excerpt in copied_jar_versions(snap.files, pkgmap.get("maven") or {}):  # lib/spring-oxm-3.1.2.RELEASE.jar
        add(product, "==" + version, path, None, excerpt)
    # a package's classifiers naming the Python versions it runs on, when nothing else versions Python: the newest (s44 ff44 =
    # betagouv/openfisca-cd93's setup.py, "Programming Language :: Python :: 2.7" its only one)
    for p in [p for p in ("setup.py", "setup.cfg", "pyproject.toml") if p in snap.files and not any(r["product"] == "python" for r in read)][:1]:
        text = snap.read_text(p, limit=MAX_BYTES) or ""
        for constraint, pos, excerpt in classifier_pythons(text):
            add("python", constraint, p, _line(text, pos), excerpt)
    py2 = (ctx.fact("python_imports") or {}).get("python2")  # code only Python 2 runs (print "x"), whatever else is declared
    # (not in a QGIS 3 plugin: QGIS runs it on its own Python 3)
    if py2 and not any(r["product"] == "python" for r in read) and not in_qgis3_plugin(snap.read_text, paths, py2[0]):
        add("python", "==2.7", py2[0], py2[1], py2[2])
    # a database no file versions: the server the shipped SQL dump was taken from ("-- Dumped from database version 9.2.1")
    versioned = {r["product"] for r in read + newer + minimums}
    for p, product, version, line, excerpt in dumped_databases(snap.read_text, paths):
        if product not in versioned:
            add(product, "==" + version, p, line, excerpt)
    systems = deployed_systems(snap.read_text, paths, MAX_BYTES)  # (a Proxmox container's ostemplate: rockylinux-9-default_…)
    versioned = {r["product"] for r in read + newer + minimums}
    stated = stated_in_readme(snap.read_text, paths, versioned, system_deployed=bool(systems))
    # (the README's systems set aside for that one: said in the check's message)
    systems = systems if systems and len(stated) < len(stated_in_readme(snap.read_text, paths, versioned)) else []
    for p, product, version, line, excerpt in stated:
        add(product, "==" + version, p, line, excerpt)  # a README's "nodejs version 12.16", for a runtime no file versions
    unmaintained = []
    manifests = ctx.fact("manifests").get("manifests") or []
    for u in data.get("unmaintained") or []:
        eco = u["ecosystem"]
        for m in manifests:
            meco = {"python": "pip", "pipenv": "pip", "conda": "pip", "gradle": "maven"}.get(m.get("ecosystem"), m.get("ecosystem"))
            if meco != eco:
                continue
            if u["name"].lower() in {d.lower() for d in (m.get("dependencies") or [])}:
                since = u["since"] if isinstance(u["since"], date) else date.fromisoformat(str(u["since"]))
                if since <= as_of:
                    unmaintained.append({"name": u["name"], "since": since.isoformat(), "successor": u.get("successor"),
                                         "path": m["path"], "source": u.get("source"), "ecosystem": eco})
    unmaintained += retired_r_loads(ctx.fact("r_loads") or [], data.get("unmaintained") or [], as_of, {u["name"] for u in unmaintained})
    seen, unique = set(), []  # what the service runs on first; a CI workflow's runtime (build time) last
    for f in sorted(findings, key=lambda f: (f["path"].startswith((".github/", ".gitlab")), f["product"], f["path"], f["line"] or 0)):
        key = (f["product"], f["cycle"], f["path"])
        if key not in seen:
            seen.add(key)
            unique.append(f)
    newer = sorted({(n["name"], n["path"], n["line"] or 0): n for n in newer}.values(), key=lambda n: (n["path"], n["line"] or 0, n["name"]))
    minimums = sorted({(n["product"], n["path"]): n for n in minimums}.values(), key=lambda n: (n["path"], n["line"] or 0, n["product"]))
    return {"findings": unique[:40], "versions_read": len(read), "read": read[:40],
            "deployed_systems": [{"path": p, "line": n, "excerpt": x} for p, n, x in systems], "minimums": minimums[:20], "unmaintained": unmaintained[:20], "newer_than_data": newer[:20],
            "as_of": as_of.isoformat(), "data": data_about("endoflife.yml"), "data_dates": {  # each product's copy: not all are refreshed at once
                p: str(data["products"][p].get("data_date") or data.get("cycles_date") or data["data_date"]) for p in sorted({r["product"] for r in read + newer + minimums})}}
