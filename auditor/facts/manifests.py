"""``manifests``: dependency manifests, their lockfiles and the dependency-update tools configured.

Shape (usable by any family)::

    {"manifests": [{"path", "ecosystem", "name", "dependencies": [names], "dev_dependencies": [names],
                    "lockfile": path | None, "error": str | None}],
     "lockfiles": [{"path", "ecosystem"}],
     "ecosystems": {ecosystem: {"manifests": n, "locked": n}},
     "update_tools": [{"tool": "dependabot" | "renovate", "path", "ecosystems" (dependabot's package-ecosystem values)}]}

Manifests are parsed as data (JSON, TOML, line formats, light regexes for Ruby/Gradle/Maven/Mix/sbt/CocoaPods/Carthage/SwiftPM/NuGet;
a Dockerfile's ``RUN pip install <packages>``, ``"dockerfile": True``, with its ``unpinned`` packages, and a shell install script's
``pip install <packages>`` naming what the code imports, ``"script": True``: docker_pip):
nothing from the repository is executed. Vendored and generated folders are left out.
"""

from __future__ import annotations

from auditor import safejson
import re
import tomllib

from auditor.facts import fact
from auditor.facts.apple_manifest import xcode_package_entries
from auditor.facts.dbt_manifest import dbt_manifests
from auditor.facts.cleaned_outputs import TEMPLATED_PACKAGE_JSON, root_package_path
from auditor.facts.docker_pip import dockerfile_manifests, script_manifests
from auditor.facts.elm_manifest import elm_pinned
from auditor.facts.tool_frontmatter import tool_manifests
from auditor.facts.ha_manifest import integration_manifests
from auditor.facts.host_manifests import HOST_MANIFESTS, host_ecosystem, host_manifest_entry, lock_by_lists, own_drupal_modules
from auditor.facts.inventory import CI_DIRS, LOCKFILES, MANIFESTS, REQUIREMENTS, inventory_of, is_doc, is_generated, is_test, is_vendored, update_tools
from auditor.facts.gradle_manifest import CATALOG, catalog_dependencies, catalog_modules, is_grails_build_config
from auditor.facts.manifest_parsers import PARSERS, _mix, _norm, _pubspec, _requirements, _setup_py, dcf_fields, is_r_description, parse_manifest  # noqa: F401 (re-exported)
from auditor.facts.maven_manifest import apply_managed_scopes, floating_versions
from auditor.facts.nuget_manifest import is_nuget_manifest, pinned_in_place, references
from auditor.facts.package_lists import list_ecosystem, list_entry
from auditor.facts.r_locks import r_lock_package_names
from auditor.facts.r_scaffold import r_scaffolding
from auditor.facts.requirement_files import conda_lock_sources, docs_build_only, fully_pinned, lists_web_files, lock_included_requirements, mark_script_requirements
from auditor.facts.sbt_manifest import is_sbt_meta_build
from auditor.facts.setup_py import requirement_file_path, setup_py_fields
from auditor.lazyre import lazy_compile

MAX_MANIFESTS, MAX_MANIFEST_BYTES = 300, 1_000_000
MANIFEST_ECOSYSTEM = {**MANIFESTS, **HOST_MANIFESTS}  # (and a host tool's list: a QGIS profile's plugins, a JCMS plugin's)
LOCK_FOR = {name: family for name, (_tool, family) in LOCKFILES.items()}  # lockfile base name -> ecosystem family it locks
ECOSYSTEM_FAMILY = {"npm": "npm", "pip": "python", "python": "python", "pipenv": "python", "composer": "composer",
                    "bundler": "bundler", "maven": "maven", "gradle": "gradle", "go": "go", "cargo": "cargo",
                    "mix": "mix", "conda": "python", "dart": "dart", "r": "r", "sbt": "sbt",
                    "cocoapods": "cocoapods", "carthage": "carthage", "swiftpm": "swiftpm", "nuget": "nuget", "elm": "elm", "dbt": "dbt", "grails": "grails"}
# Ecosystems whose manifest pins enough on its own (Maven pins versions; Go's go.sum checked separately)
SELF_PINNED = {"maven", "sbt"}


# Requirement files of development tooling (tests, linters, documentation, packaging, CI), by their name or folder.
DEV_REQUIREMENTS = lazy_compile(r"(^|/)(requirements[-_.]?)?(dev|devel|develop|development|doc|docs|test|tests|testing|lint|linting|packaging|ci|build|"
                              r"tox|typing|qa)(-requirements)?\.(txt|in)$", re.I)


def manifest_ecosystem(name: str, path: str = "") -> str | None:
    if is_grails_build_config(path):  # (a Grails 1–2 build's dependencies and plugins: grails-app/conf/BuildConfig.groovy)
        return "grails"
    if name in MANIFEST_ECOSYSTEM or host_ecosystem(name):
        return MANIFEST_ECOSYSTEM.get(name) or host_ecosystem(name)
    if REQUIREMENTS.match(name) or re.search(r"(^|/)requirements/[^/]+\.(txt|in)$", path):
        return "pip"
    if is_sbt_meta_build(path):  # the sbt build's plugins (project/plugins.sbt): its build dependencies
        return "sbt"
    return "nuget" if is_nuget_manifest(name) else list_ecosystem(name, path)  # (.csproj, packages.config; Ansible's requirements.yml…)


def lock_family(path: str) -> str:
    """The ecosystem family a lockfile locks (an rsconnect manifest.json, which the inventory tells by its content, locks R)."""
    return LOCK_FOR.get(path.rsplit("/", 1)[-1], "r")


# Python lockfiles written by a project manager from its own manifest only: uv, Poetry, PDM and Rye lock pyproject.toml's
# dependencies (a workspace's members' too), Pipenv its Pipfile. A requirements list elsewhere is none of theirs (CAIRN's root
# uv.lock locks its pyproject.toml's 110 packages; analysis/requirements.txt, the JupyterLite site's ranges and bare names that CI
# installs as they are, is unlocked; issue 12, s35 r35 = PnEcrins/CAIRN). (A requirements list beside a locked pyproject.toml is
# that project's: reusability.dependencies keeps it locked.)
PROJECT_LOCKS = {"uv.lock": ("pyproject.toml",), "poetry.lock": ("pyproject.toml",), "pdm.lock": ("pyproject.toml",),
                 "requirements.lock": ("pyproject.toml",), "Pipfile.lock": ("Pipfile",)}


def _lockfile_of(e, family: str, locks_by_dir: dict[str, list[str]]) -> str | None:
    """A lockfile of the same family in the manifest's folder or a parent folder (monorepos, workspaces); one a project manager
    writes from its own manifest (:data:`PROJECT_LOCKS`) locks that manifest only."""
    d = e.dir
    while True:
        cands = [p for p in locks_by_dir.get(d, []) if lock_family(p) == family
                 and e.name in PROJECT_LOCKS.get(p.rsplit("/", 1)[-1], (e.name,))]
        if cands:
            return sorted(cands)[0]
        if not d:
            return None
        d = d.rsplit("/", 1)[0] if "/" in d else ""


def _manifest_entry(snap, e, eco: str, locks_by_dir: dict[str, list[str]], own: frozenset = frozenset()) -> dict | None:
    """One manifest: its name, dependencies, lockfile and parse error (None: not a manifest after all)."""
    entry = {"path": e.path, "ecosystem": eco, "name": None, "dependencies": [], "dev_dependencies": [], "lockfile": None, "error": None}
    text = snap.read_text(e.path, limit=MAX_MANIFEST_BYTES)
    read_files: list[str] = []  # the requirement files a setup.py reads for install_requires
    if (e.name == "DESCRIPTION" and not is_r_description(text or "")) or (eco == "nuget" and not references(text or "")) or (eco == "pip" and lists_web_files(text or "")):
        return None  # a DESCRIPTION file of prose, not R's; a .NET project that references no package (a VB desktop program); a page's .js/.css files
    if e.name == "DESCRIPTION" and r_scaffolding(snap.files, e.dir + "/" if e.dir else "", text or ""):
        return None  # RStudio's or usethis's template left unfilled, no R/ code: no package, it declares nothing (the scripts' library() calls do)
    if eco in HOST_MANIFESTS.values() or eco == "drupal":  # read, or not a manifest after all (a profile.json of another tool)
        return host_manifest_entry(entry, e.name, text, own)
    if list_ecosystem(e.name, e.path):  # read, or not a list after all (a requirements.yml of another tool)
        entry = list_entry(entry, text)  # (unpinned, its tool's lockfile beside it: a Berksfile.lock)
        if entry is not None and entry["lockfile"] is None and (entry["dependencies"] or entry["dev_dependencies"]):
            entry["lockfile"] = _lockfile_of(e, ECOSYSTEM_FAMILY.get(eco, eco), locks_by_dir)
        return entry
    if text is None:
        entry["error"] = "unreadable or too large"
    else:
        try:
            # requirements files under other names (requirements/base.txt) read as requirements; setup.py and setup.cfg by their own parsers
            pname = "requirements.txt" if eco == "pip" and e.name not in PARSERS and not REQUIREMENTS.match(e.name) else e.name
            pname = "plugins.sbt" if is_sbt_meta_build(e.path) else pname  # (any project/*.sbt: the meta-build's plugins)
            pname = "package.json" if e.path in TEMPLATED_PACKAGE_JSON else pname  # (package.json.template, the build's template)
            entry["name"], entry["dependencies"], entry["dev_dependencies"] = parse_manifest(pname, text)
            if e.name == "setup.py" and not entry["dependencies"]:
                entry["dependencies"], read_files = _setup_py_requirement_files(snap, e.path, text)
            if eco == "pip" and (DEV_REQUIREMENTS.search(e.path) or is_doc(e.path) or docs_build_only(entry["dependencies"])):
                entry["docs_build"] = is_doc(e.path) or docs_build_only(entry["dependencies"])  # (docs/requirements.txt, a manual's)
                entry["dependencies"], entry["dev_dependencies"] = [], entry["dependencies"] + entry["dev_dependencies"]
                entry["tooling"] = True  # development tools (tests, linters, documentation), not the runtime
            if e.name == "Gemfile" and entry["dev_dependencies"] and not entry["dependencies"]:
                entry["tooling"] = True  # (only development groups: see gemfile_gems)
            if is_sbt_meta_build(e.path):  # the build's plugins: tooling of the sbt build they belong to, pinned and counted with it
                entry["tooling"] = True  # (the framework a plugin puts on the classpath stays a dependency: Play's)
        except (ValueError, tomllib.TOMLDecodeError, AttributeError, TypeError) as exc:
            entry["error"] = f"invalid {e.name}: {str(exc)[:120]}"
    entry["lockfile"] = _lockfile_of(e, ECOSYSTEM_FAMILY.get(eco, eco), locks_by_dir)
    if entry["lockfile"] is None and read_files and all(_locked_requirements(snap, p) for p in read_files):
        # a setup.py installing the pins of a locked requirements file (install_requires=list(open("backend/requirements.txt")), the
        # pip-compile output of backend/requirements.in): that file is its lockfile
        entry["lockfile"] = read_files[0]
    # (pip-compile's output beside its .in: requirements.txt, or requirements/install.pip where the project names its outputs .pip)
    compiled = next((e.path[:-3] + x for x in (".txt", ".pip") if e.path[:-3] + x in snap.files), None) if e.path.endswith(".in") else None
    if eco == "pip" and compiled:
        entry["lockfile"] = compiled
    if eco == "pip" and e.name.endswith(".txt") and text and entry["lockfile"] is None:
        # every installed package pinned (pip freeze, pip-compile output) is a lock of its own
        if fully_pinned(text):
            entry["lockfile"] = e.path
    # (a pom.xml declaring a runtime dependency by a version range or a -SNAPSHOT pins nothing: each build takes the newest in range)
    floating = floating_versions(text or "") if eco == "maven" and e.name == "pom.xml" else []
    if floating:
        entry["floating"] = floating
    if (eco in SELF_PINNED and not floating) or (eco == "nuget" and not entry["lockfile"] and pinned_in_place(snap, e.path, text or "")) or (e.name == "elm.json" and elm_pinned(text or "")):
        entry["lockfile"] = entry["lockfile"] or e.path  # (NuGet: every package at an exact version, in place or centrally; an Elm 0.19 application's elm.json)
    return entry


def _setup_py_requirement_files(snap, path: str, text: str) -> tuple[list[str], list[str]]:
    """The dependencies of the requirement files a setup.py reads for install_requires
    (``install_requires=open('requirements.txt').read().splitlines()``), beside the setup.py, in the repository; and those files."""
    deps: list[str] = []
    files: list[str] = []
    for ref in setup_py_fields(text)[2]:
        req = requirement_file_path(path, ref)
        entry = snap.files.get(req) if req else None
        if entry is None or entry.kind not in ("file", "executable"):
            continue
        files.append(req)
        deps += _requirements("requirements.txt", snap.read_text(req, limit=MAX_MANIFEST_BYTES) or "")[1]
    return _norm(deps), files


def _locked_requirements(snap, path: str) -> bool:
    """A requirements file that is a lock: pip-compile's output of the .in beside it, or one pinning every installed package
    (:func:`fully_pinned`: pip freeze, pip-compile's "# via" lines)."""
    return (path.endswith(".txt") and path[:-4] + ".in" in snap.files) or fully_pinned(snap.read_text(path, limit=MAX_MANIFEST_BYTES) or "")


def _r_lock_entries(snap, r_locks: list, out_manifests: list[dict]) -> list[dict]:
    """An renv.lock or rsconnect manifest.json that locks no DESCRIPTION declares the R packages itself (a Shiny app or
    an analysis without a package DESCRIPTION): one R manifest, locked by itself."""
    locked = {m["lockfile"] for m in out_manifests}
    out = []
    for e in sorted(r_locks, key=lambda e: e.path):
        if e.path in locked:
            continue
        entry = {"path": e.path, "ecosystem": "r", "name": None, "dependencies": [], "dev_dependencies": [], "lockfile": e.path,
                 "error": None}
        try:
            entry["dependencies"] = _norm(r_lock_package_names(snap.read_text(e.path, limit=MAX_MANIFEST_BYTES) or "", e.name))
        except (ValueError, TypeError, AttributeError) as exc:
            entry["error"] = f"invalid {e.name}: {str(exc)[:120]}"
        out.append(entry)
    return out


@fact("manifests", version=48)
def manifests(ctx) -> dict:
    snap = ctx.snapshot
    inv = inventory_of(ctx)
    live = [e for e in snap.files.values() if e.kind in ("file", "executable") and not is_vendored(e.path) and not is_generated(e.path)
            and inv.category(e.path) != "vendored" and e.path not in inv.render_paths]  # (a package copied into libs/, or a render's)
    lock_entries = [e for e in snap.files.values() if (e.name in LOCK_FOR or (e.name == "manifest.json" and inv.category(e.path) == "lockfile"))
                    and not is_vendored(e.path)]
    locks_by_dir: dict[str, list[str]] = {}
    for e in lock_entries:
        locks_by_dir.setdefault(e.dir, []).append(e.path)
    found = sorted((e for e in live if manifest_ecosystem(e.name, e.path)), key=lambda e: (e.path.count("/"), e.path))
    # (no root package.json committed, the template the build writes it from: package.json.template's dependencies are the
    # project's, its placeholders ("%version%") aside — issue 12, s48 ff48 = OPEN-ENT-NG/theme-open-ent)
    template = root_package_path({e.path for e in live})
    if template and template != "package.json":
        found = [snap.files[template]] + found
    out_manifests = []
    paths = {e.path for e in found}
    for e in found[:MAX_MANIFESTS]:
        eco = "npm" if e.path in TEMPLATED_PACKAGE_JSON else manifest_ecosystem(e.name, e.path)
        if eco == "pip" and e.path.endswith(".txt") and e.path[:-4] + ".in" in paths:
            continue  # pip-compile output: the lockfile of the .in beside it
        entry = _manifest_entry(snap, e, eco, locks_by_dir, own_drupal_modules(snap.files) if eco == "drupal" else frozenset())
        if entry:
            out_manifests.append(entry)
    apply_managed_scopes(snap, out_manifests, MAX_MANIFEST_BYTES)  # (a child's bare declaration of what its parent manages as test)
    _catalog_aliases(snap, out_manifests)  # (implementation(libs.osmdroid): the module the version catalog names)
    conda_lock_sources(snap, out_manifests)  # (a conda-lock.yml locks the files it was solved from, not doc/environment.yml)
    lock_included_requirements(snap, out_manifests, MAX_MANIFEST_BYTES), lock_by_lists(out_manifests)  # (a JCMS plugin.xml pinned by its dependencies.list)
    mark_script_requirements(out_manifests, [i.path for i in inv.items if i.category == "source" and i.language == "Python"])
    out_manifests += _r_lock_entries(snap, [e for e in lock_entries if lock_family(e.path) == "r"], out_manifests)
    out_manifests += xcode_package_entries(snap, live, locks_by_dir, MAX_MANIFEST_BYTES)  # (an Xcode project's Swift packages)
    # (an Open WebUI Tool's or Function's frontmatter `requirements:` line, which Open WebUI installs with pip)
    out_manifests += dbt_manifests(snap, lambda p: is_vendored(p) or inv.category(p) == "vendored")  # (a dbt project's packages.yml)
    out_manifests += integration_manifests(snap)  # (a Home Assistant integration's manifest.json "requirements", installed with pip)
    out_manifests += tool_manifests(snap, [i.path for i in inv.items if i.category == "source" and i.language == "Python" and not is_test(i.path)])
    # (a Dockerfile's RUN pip install naming the packages, the one list of a back end's Python dependencies: docker_pip). Only
    # where the project has no Python manifest of its own: beside a requirements.txt or a pyproject.toml, the image's pip lines
    # install that manifest, the packaging tool that reads it, or a build's workaround the manifest's own pins replace
    # (`pip install django==2.2.*` then `pip install --no-deps -r requirements.txt`: issue 12, s36 v20b = Georiviere/Georiviere-admin)
    # (and a shell install script's pip install lines, read alike: docker_pip.script_manifests, s43 fb43)
    if not any(ECOSYSTEM_FAMILY.get(m["ecosystem"]) == "python" and not m.get("tooling") for m in out_manifests):
        py_sources = [i.path for i in inv.items if i.category == "source" and i.language == "Python" and not is_test(i.path)]
        out_manifests += dockerfile_manifests(snap, live, py_sources) + script_manifests(snap, live, py_sources)
    ecosystems: dict[str, dict[str, int]] = {}
    for m in out_manifests:
        # setup.cfg/setup.py beside a pyproject.toml are the same project: count per folder and family
        ecosystems.setdefault(m["ecosystem"], {"manifests": 0, "locked": 0})
        ecosystems[m["ecosystem"]]["manifests"] += 1
        ecosystems[m["ecosystem"]]["locked"] += 1 if m["lockfile"] else 0
    tools = update_tools(snap, MAX_MANIFEST_BYTES)
    return {
        "manifests": out_manifests,
        "truncated": len(found) > MAX_MANIFESTS,
        "lockfiles": sorted(({"path": e.path, "ecosystem": lock_family(e.path)} for e in lock_entries), key=lambda d: d["path"])[:200],
        "ecosystems": ecosystems,
        "update_tools": sorted(tools, key=lambda t: t["path"]),
    }


def _catalog_aliases(snap, out_manifests: list[dict]) -> None:
    """Add to each Gradle build the dependencies it names by their alias in the version catalog (gradle/libs.versions.toml)."""
    gradle = [m for m in out_manifests if m.get("ecosystem") == "gradle"]
    if not gradle or CATALOG not in snap.files:
        return
    modules = catalog_modules(snap.read_text(CATALOG, limit=MAX_MANIFEST_BYTES) or "")
    for m in gradle:
        deps, dev = catalog_dependencies(snap.read_text(m["path"], limit=MAX_MANIFEST_BYTES) or "", modules)
        m["dependencies"] = list(dict.fromkeys(list(m.get("dependencies") or []) + deps))[:2000]
        m["dev_dependencies"] = list(dict.fromkeys(list(m.get("dev_dependencies") or []) + dev))[:2000]


def published_npm_package(snap) -> dict | None:
    """The root package.json when it is published for others to install (named, not private, with main/module/exports)."""
    if "package.json" not in snap.files:
        return None
    try:
        doc = safejson.loads(snap.read_text("package.json", limit=MAX_MANIFEST_BYTES) or "")
    except ValueError:
        return None
    entry = doc.get("main") if isinstance(doc, dict) else None
    module_main = isinstance(entry, str) and not re.search(r"\.(html?|css|json)$", entry, re.I)  # "main": "formulaire.html" is a page
    if isinstance(doc, dict) and doc.get("name") and doc.get("private") is not True and (module_main or doc.get("module") or doc.get("exports")):
        return doc
    return None


def published_package_template(snap) -> str | None:
    """The template a build writes the root package.json from (package.json.template, no package.json committed) when the package
    it describes is published: named, not private, with main/module/exports or the ``files`` it ships (``"files": ["dist"]``, a
    theme's compiled style sheets) — issue 12, s48 ff48."""
    path = root_package_path(snap.files)
    if path is None or path == "package.json":
        return None
    try:
        doc = safejson.loads(snap.read_text(path, limit=MAX_MANIFEST_BYTES) or "")
    except ValueError:
        return None
    if isinstance(doc, dict) and doc.get("name") and doc.get("private") is not True and (
            doc.get("main") or doc.get("module") or doc.get("exports") or isinstance(doc.get("files"), list) and doc["files"]):
        return path
    return None


def all_dependencies(value: dict, dev: bool = True) -> dict[str, list[str]]:
    """Dependency name (lower case) -> manifest paths; ``dev=False``: what the product runs on, no CI or test tooling's (ci/python/…)."""
    out: dict[str, list[str]] = {}
    for m in (m for m in value.get("manifests", []) if dev or not (is_test(m["path"]) or m["path"].split("/", 1)[0] in CI_DIRS)):
        for name in m["dependencies"] + (m["dev_dependencies"] if dev else []):
            out.setdefault(name.lower(), []).append(m["path"])
    return out
