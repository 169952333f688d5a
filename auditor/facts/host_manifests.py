"""Dependency lists of host tools that no package manager reads, recognised by their name and their content: a QGIS
Deployment Toolbelt profile's plugins (``profile.json``: each plugin's name, version and archive), a Jalios JCMS plugin's
``dependencies.list`` (the release archives of the plugins it runs on, one address a line) and its ``plugin.xml``
(``<dependency name="SoclePlugin"/>``), a Drupal module's ``.info`` (``dependencies[] = views``) or ``.info.yml``
(``dependencies: [drupal:node]``) — the modules of the repository itself left out —, and git submodules (``.gitmodules``:
other repositories, each pinned to a commit by the tree), a Puppet module's ``metadata.json`` (the Forge modules it depends on). Each names its dependencies and pins them when every one carries a
version (a plugin's ``version``, a release archive's ``_v1.2.3.zip``; a submodule's commit)."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

HOST_MANIFESTS = {"profile.json": "qgis", "dependencies.list": "jcms", "plugin.xml": "jcms", ".gitmodules": "git", "metadata.json": "puppet"}
_DRUPAL_INFO = lazy_compile(r"\.info(\.yml)?$")
_DRUPAL7_INFO = lazy_compile(r"^[^\S\n]*(core\s*=\s*[\"']?\d+\.x|dependencies\[\]\s*=)", re.M)
_DRUPAL7_DEP = lazy_compile(r"^[^\S\n]*dependencies\[\]\s*=\s*[\"']?([A-Za-z][\w]*)(?::([A-Za-z][\w]*))?(\s*\([^)]*\))?", re.M)
_DRUPAL_YML = lazy_compile(r"^(type:\s*(module|theme|profile)\b|core_version_requirement:|core:\s*['\"]?8\.x)", re.M)
_JCMS_PLUGIN = lazy_compile(r"JCMS-PLUGIN|<plugin\b[^>]*\bjcms=")
_JCMS_DEP = lazy_compile(r"<dependency\b[^>]*\bname\s*=\s*[\"']([^\"']+)[\"']([^>]*)>")
_SUBMODULE_URL = lazy_compile(r"^[^\S\n]*url\s*=\s*(\S+)", re.M)


def host_ecosystem(name: str) -> str | None:
    """The host tool whose dependency list a file name may be (its content decides: see :func:`parse_host_manifest`)."""
    return HOST_MANIFESTS.get(name) or ("drupal" if _DRUPAL_INFO.search(name) and name not in (".info", ".info.yml") else None)


def _module_name(name: str) -> str:
    return name[: -len(".info.yml")] if name.endswith(".info.yml") else name[: -len(".info")]
_QDT = lazy_compile(r"qgis-deployment|qgisMinimumVersion")
_ARCHIVE = lazy_compile(r"^(?:https?://\S+/|[\w./-]*/)?([A-Za-z][\w.-]*?)(?:[_-]v?(\d[\w.+-]*))?\.(?:zip|jar)$")


def parse_host_manifest(name: str, text: str, own: frozenset = frozenset()) -> tuple[str | None, list[str], bool] | None:
    """(project name, dependencies, every one pinned) of a host tool's dependency list, None when the file is not one (a
    profile.json of another tool, a dependencies.list of prose, a GNU Info manual named .info). ``own``: the names of the
    repository's own Drupal modules, which are no dependency."""
    if name == ".gitmodules":
        urls = _SUBMODULE_URL.findall(text[:65536])[:200]
        names = sorted({u.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].removesuffix(".git").lower() for u in urls} - {""})
        return (None, names, True) if names else None  # (the tree pins each submodule to a commit)
    if name == "plugin.xml":
        if not _JCMS_PLUGIN.search(text[:4096]):
            return None
        # (not the skeleton's commented-out sample, <!-- <dependency name="OtherPlugin" /> -->)
        deps = [(m.group(1).strip(), "version" in m.group(2)) for m in _JCMS_DEP.finditer(_without_xml_comments(text[:262144]))][:500]
        # (a plugin or module declaring nothing, or only its host's core or its siblings in the repository, is no manifest)
        return (None, sorted({d.lower() for d, _ in deps}), all(v for _, v in deps)) if deps else None
    if name.endswith(".info"):
        if not _DRUPAL7_INFO.search(text[:65536]):
            return None
        deps = [(m.group(2) or m.group(1)).lower() for m in _DRUPAL7_DEP.finditer(text[:65536])][:500]
        # (no package name: a module's .info names the module for its host, it publishes no package to install)
        return (None, sorted(set(deps) - own), False) if set(deps) - own else None
    if name.endswith(".info.yml"):
        if not _DRUPAL_YML.search(text[:65536]):
            return None
        deps = set(_drupal_yml_dependencies(text)) - own
        return (None, sorted(deps), False) if deps else None
    if name == "metadata.json":
        return _puppet_metadata(text)
    if name == "profile.json":
        if not _QDT.search(text[:8192]):
            return None
        try:
            doc = safejson.loads(text)
        except ValueError:
            return None
        plugins = doc.get("plugins") if isinstance(doc, dict) else None
        if not isinstance(plugins, list):
            return None
        plugins = [p for p in plugins[:500] if isinstance(p, dict) and (p.get("name") or p.get("folder_name"))]
        names = sorted({str(p.get("folder_name") or p.get("name")).strip().lower() for p in plugins})
        return (str(doc.get("name"))[:100] if doc.get("name") else None), names, all(p.get("version") for p in plugins)
    lines = [ln.strip() for ln in text.splitlines()[:500] if ln.strip() and not ln.strip().startswith("#")]
    found = [_ARCHIVE.match(ln) for ln in lines]
    if not lines or not all(found):
        return None
    return None, sorted({m.group(1).lower() for m in found}), all(m.group(2) for m in found)


# A Puppet module's metadata.json (the Forge's format: "name": "adullact-freeipa", "dependencies": [{"name": "puppetlabs-stdlib",
# "version_requirement": ">= 4.25.0 < 10.0.0"}]) is the module's manifest: `puppet module install` and the Puppetfile of the
# environment that uses the module (r10k, Code Manager) read it (a PDK module's Gemfile holds only its test tooling). Told from
# another tool's metadata.json by what only a module's carries: the Puppet versions it runs on, its supported systems, the PDK's
# version (Puppet docs, "The metadata.json file", read 2026-12-05)
_PUPPET_KEYS = ("operatingsystem_support", "pdk-version", "template-url")


def _puppet_metadata(text: str) -> tuple[str | None, list[str], bool] | None:
    """(module name, the modules it depends on, every one pinned) of a Puppet module's metadata.json, None for another tool's."""
    try:
        doc = safejson.loads(text)
    except ValueError:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("dependencies"), list) or not isinstance(doc.get("name"), str):
        return None
    requires = doc.get("requirements") if isinstance(doc.get("requirements"), list) else []
    if not (any(k in doc for k in _PUPPET_KEYS) or any(isinstance(r, dict) and r.get("name") in ("puppet", "openvox") for r in requires)):
        return None
    deps = [d for d in doc["dependencies"][:500] if isinstance(d, dict) and isinstance(d.get("name"), str) and d["name"].strip()]
    # (a range, ">= 4.25.0 < 10.0.0", pins nothing: the environment's Puppetfile pins each module)
    pinned = all(re.fullmatch(r"\d+(\.\d+)*", str(d.get("version_requirement") or "").strip()) for d in deps)
    return doc["name"][:100], sorted({d["name"].strip().lower().replace("/", "-") for d in deps}), pinned


def _without_xml_comments(text: str) -> str:
    """``text`` without its XML comments (an unclosed one runs to the end), in one pass."""
    out, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        out.append(text[at:start])
        end = text.find("-->", start + 4)
        at = len(text) if end < 0 else end + 3
    return "".join(out) + text[at:]


def _drupal_yml_dependencies(text: str) -> list[str]:
    """The modules a Drupal 8+ .info.yml lists under ``dependencies:`` (``- drupal:node``, ``- views``, ``- webform:webform (>=6)``)."""
    out, inside = [], False
    for line in text.splitlines()[:2000]:
        if re.match(r"^dependencies:\s*$", line):
            inside = True
            continue
        if inside:
            m = re.match(r"^\s+-\s*['\"]?([A-Za-z][\w]*)(?::([A-Za-z][\w]*))?", line)
            if m and m.group(1) != "drupal":  # (drupal:node: a module of Drupal core, the host itself)
                out.append((m.group(2) or m.group(1)).lower())
            elif line.strip() and not line.startswith((" ", "\t")):
                break
    return out[:500]


def own_drupal_modules(paths) -> frozenset:
    """The Drupal modules, themes and profiles the repository holds (by their .info / .info.yml file names), its own and the
    copies it commits (a Drupal site's core and drupal.org modules): a dependency on one of them is met by the tree itself."""
    return frozenset(_module_name(p.rsplit("/", 1)[-1]).lower() for p in paths if _DRUPAL_INFO.search(p.rsplit("/", 1)[-1])
                     and p.rsplit("/", 1)[-1] not in (".info", ".info.yml"))


def host_manifest_entry(entry: dict, name: str, text: str | None, own: frozenset = frozenset()) -> dict | None:
    """``entry`` (a manifests fact entry) filled from a host tool's dependency list, None when the file is not one."""
    parsed = parse_host_manifest(name, text or "", own)
    if parsed is None:
        return None
    entry["name"], entry["dependencies"], pinned = parsed
    entry["lockfile"] = entry["path"] if pinned and entry["dependencies"] else None  # versions pinned in the list itself
    return entry


def lock_by_lists(manifests: list[dict]) -> None:
    """A Jalios JCMS plugin's plugin.xml whose dependencies a dependencies.list of the repository pins (the release archive of
    each plugin it names, with its version) is locked by that list (jZelli: SoclePlugin in both); a Drupal module's .info.yml
    inside a Drupal site whose composer.json is locked (web/modules/custom/…: the site's composer.lock installs the contrib
    modules it names) is locked by the site's lockfile."""
    sites = sorted(((m["path"].rsplit("/", 1)[0] + "/" if "/" in m["path"] else ""), m["lockfile"]) for m in manifests
                   if m["ecosystem"] == "composer" and m["lockfile"])
    for m in manifests:
        if m["ecosystem"] == "drupal" and not m["lockfile"]:
            m["lockfile"] = next((lock for folder, lock in sites if m["path"].startswith(folder)), None)
    pinned = {d: m["path"] for m in manifests if m["ecosystem"] == "jcms" and m["path"].rsplit("/", 1)[-1] == "dependencies.list"
              and m["lockfile"] for d in m["dependencies"]}
    for m in manifests:
        if m["ecosystem"] == "jcms" and not m["lockfile"] and m["dependencies"] and all(d in pinned for d in m["dependencies"]):
            m["lockfile"] = pinned[m["dependencies"][0]]
