"""One dependency manifest's text read as data: (project name, dependencies, dev dependencies) by its file name (package.json,
composer.json, pyproject.toml, Cargo.toml, Pipfile, requirements files, Gemfile, Gradle, Maven, go.mod, mix.exs, setup.py,
setup.cfg, environment.yml, pubspec.yaml, an R DESCRIPTION, sbt, CocoaPods, Carthage, SwiftPM, Elm, NuGet); nothing is executed
(:func:`parse_manifest`, read by the ``manifests`` fact)."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts.apple_manifest import parse_cartfile, parse_package_swift, parse_podfile
from auditor.facts.elm_manifest import parse_elm
from auditor.facts.gemfile import gemfile_gems
from auditor.facts.gradle_manifest import parse_gradle, parse_grails_build_config
from auditor.facts.inventory import REQUIREMENTS
from auditor.facts.maven_manifest import parse_pom
from auditor.facts.nuget_manifest import is_nuget_manifest, parse_nuget
from auditor.facts.pubspec_manifest import pubspec_block
from auditor.facts.sbt_manifest import parse_sbt, parse_sbt_plugins
from auditor.facts.setup_py import setup_py_fields
from auditor.lazyre import lazy_compile


_REQ_NAME = lazy_compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(==|>=|<=|~=|!=|>|<|===|@|;|$)")
_PEP508 = lazy_compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_GOMOD_REQ = lazy_compile(r"^[^\S\n]*(?:require\s+)?([a-z0-9.-]+\.[a-z]{2,}/[^\s]+)\s+v[0-9]", re.M)
_MIX_DEP = lazy_compile(r"\{\s*:([a-z0-9_]+)\s*,")


def _norm(names) -> list[str]:
    out = []
    for n in names:
        if isinstance(n, str) and n and n not in out:
            out.append(n)
    return out[:2000]


def _pep508_names(items) -> list[str]:
    names = []
    for it in items or []:
        if isinstance(it, str):
            m = _PEP508.match(it)
            if m:
                names.append(m.group(1))
    return names


Parsed = tuple  # (project name or None, dependencies, dev dependencies)


def _json_manifest(name: str, text: str) -> Parsed:
    data = safejson.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if name in ("package.json", "bower.json"):  # (Bower's manifest names its libraries as npm's does)
        deps = list((data.get("dependencies") or {}).keys()) + list((data.get("peerDependencies") or {}).keys())
        dev = list((data.get("devDependencies") or {}).keys())
    else:
        deps = list((data.get("require") or {}).keys())
        dev = list((data.get("require-dev") or {}).keys())
    return data.get("name") if isinstance(data.get("name"), str) else None, _norm(deps), _norm(dev)


def _pyproject_dev(data: dict, proj: dict, poetry: dict) -> list[str]:
    """Optional dependencies, dependency groups (PEP 735) and Poetry's dev and group dependencies."""
    dev = []
    for group in (proj.get("optional-dependencies") or {}).values():
        dev += _pep508_names(group)
    for group in (data.get("dependency-groups") or {}).values():
        dev += _pep508_names(group)
    dev += list((poetry.get("dev-dependencies") or {}).keys())
    for group in ((poetry.get("group") or {}).values()):
        if isinstance(group, dict):
            dev += list((group.get("dependencies") or {}).keys())
    return dev


def _toml_manifest(name: str, text: str) -> Parsed:
    data = safejson.toml_loads(text)
    if name == "Pipfile":
        return None, _norm(list((data.get("packages") or {}).keys())), _norm(list((data.get("dev-packages") or {}).keys()))
    if name == "Cargo.toml":
        pkg = data.get("package") or {}
        return pkg.get("name"), _norm(list((data.get("dependencies") or {}).keys())), _norm(list((data.get("dev-dependencies") or {}).keys()))
    proj = data.get("project") or {}
    poetry = ((data.get("tool") or {}).get("poetry")) or {}
    deps = _pep508_names(proj.get("dependencies")) + [k for k in (poetry.get("dependencies") or {}) if k.lower() != "python"]
    return proj.get("name") or poetry.get("name"), _norm(deps), _norm(_pyproject_dev(data, proj, poetry))


def _requirements(name: str, text: str) -> Parsed:
    deps = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        m = _REQ_NAME.match(line)
        if m:
            deps.append(m.group(1))
    dev = deps if re.search(r"dev|test|lint", name, re.I) else []
    return None, ([] if dev else _norm(deps)), _norm(dev)


def _go_mod(name: str, text: str) -> Parsed:
    m = re.search(r"^module\s+(\S+)", text, re.M)
    return (m.group(1) if m else None), _norm(_GOMOD_REQ.findall(text)), []


def _mix(name: str, text: str) -> Parsed:
    m = re.search(r"defp\s+deps\b(?:(?!defp\s).)*?\[((?:(?!defp\s).)*?)\]\s*end", text, re.S)
    return None, _norm(_MIX_DEP.findall(m.group(1)) if m else []), []


def _setup_py(name: str, text: str) -> Parsed:
    """setup()'s name and install_requires (module-level names resolved by ast; regexes on Python 2: setup_py.py)."""
    pname, strings, _files = setup_py_fields(text)
    return pname, _norm(_pep508_names(strings)), []


def _setup_cfg(name: str, text: str) -> Parsed:
    m = re.search(r"install_requires\s*=\s*\n((?:[ \t]+\S.*\n?)+)", text)
    pkg = re.search(r"^\[metadata\][^\[]*?^name\s*=\s*([A-Za-z0-9][\w.-]*)", text, re.M | re.S)
    return (pkg.group(1) if pkg else None), _norm(_pep508_names(m.group(1).split("\n")) if m else []), []


def _pubspec(name: str, text: str) -> Parsed:  # Dart/Flutter: dev_dependencies are the tooling (tests, lints)
    return None, _norm(pubspec_block(text, "dependencies")), _norm(pubspec_block(text, "dev_dependencies"))


_DCF_FIELD = lazy_compile(r"^([A-Za-z][\w@/.-]*):[ \t]*(.*)$")
_R_PACKAGE = lazy_compile(r"\s*([A-Za-z][\w.]*)")


def dcf_fields(text: str) -> dict[str, str]:
    """The fields of a Debian control file (an R DESCRIPTION): ``Name: value``, continued on indented lines."""
    fields: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and key:
            fields[key] += " " + line.strip()
            continue
        m = _DCF_FIELD.match(line)
        key = m.group(1) if m else None
        if m:
            fields[key] = m.group(2).strip()
    return fields


def _r_names(value: str) -> list[str]:
    """``"R (>= 4.1), dplyr (>= 1.0),\n shiny"`` -> ``["dplyr", "shiny"]`` (R itself is no package)."""
    names = []
    for part in value.split(","):
        m = _R_PACKAGE.match(part)
        if m and m.group(1) != "R":
            names.append(m.group(1))
    return names


def is_r_description(text: str) -> bool:
    """An R package's or app's DESCRIPTION (a file of that name may be plain prose)."""
    return bool({"Package", "Imports", "Depends"} & set(dcf_fields(text)))


def _description(name: str, text: str) -> Parsed:
    """R: Depends, Imports and LinkingTo are the runtime; Suggests the development (tests, vignettes)."""
    f = dcf_fields(text)
    deps = _r_names(f.get("Depends", "")) + _r_names(f.get("Imports", "")) + _r_names(f.get("LinkingTo", ""))
    return f.get("Package"), _norm(deps), _norm(_r_names(f.get("Suggests", "")))


PARSERS = {
    "package.json": _json_manifest, "composer.json": _json_manifest, "bower.json": _json_manifest,
    "pyproject.toml": _toml_manifest, "Cargo.toml": _toml_manifest, "Pipfile": _toml_manifest,
    "Gemfile": lambda name, text: (None, *(_norm(g) for g in gemfile_gems(text))),
    "build.gradle": parse_gradle, "build.gradle.kts": parse_gradle, "BuildConfig.groovy": parse_grails_build_config,
    "pom.xml": parse_pom, "go.mod": _go_mod, "mix.exs": _mix, "setup.py": _setup_py, "setup.cfg": _setup_cfg,
    "environment.yml": lambda name, text: (None, _norm(re.findall(r"^[^\S\n]*-\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text, re.M)), []),
    "pubspec.yaml": _pubspec, "DESCRIPTION": _description, "build.sbt": parse_sbt, "plugins.sbt": parse_sbt_plugins,
    "Podfile": parse_podfile, "Cartfile": parse_cartfile, "Package.swift": parse_package_swift, "elm-package.json": parse_elm, "elm.json": parse_elm,
}


def parse_manifest(name: str, text: str) -> tuple[str | None, list[str], list[str]]:
    """(project name, dependencies, dev dependencies) from a manifest's text; raises ValueError when invalid."""
    parser = PARSERS.get(name) or (parse_nuget if is_nuget_manifest(name) else None) or (_requirements if REQUIREMENTS.match(name) else None)
    return parser(name, text) if parser else (None, [], [])
