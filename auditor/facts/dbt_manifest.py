"""The packages a dbt project declares: ``packages.yml`` (or ``dependencies.yml``, dbt 1.6+) beside its ``dbt_project.yml``, a
``packages:`` list of dbt Hub packages (``- package: dbt-labs/dbt_utils`` with a ``version:``), git repositories (``- git: <url>``
with a ``revision:``), local folders (``- local: ../other_project``), tarballs or private repositories, which ``dbt deps`` installs
into dbt_packages/ and pins in ``package-lock.yml`` (docs.getdbt.com, "Packages", "package-lock.yml"). A packages.yml that is no
dbt project's (an Ansible or Flutter file of that name) is left alone: only one beside a dbt project file is read.
(issue 12, s38 fj38: France-Data-Reseau/fdr-appuiscommuns was "no dependency manifest" with dbt_utils, dbt_expectations and
dbt_profiler pinned in its packages.yml.)"""

from __future__ import annotations

import yaml

from auditor import safeyaml
from auditor.facts.testdirs import dbt_projects

MAX_PACKAGES = 200
MAX_BYTES = 256 * 1024
DBT_MANIFESTS = ("packages.yml", "dependencies.yml")
_SOURCES = ("package", "git", "local", "tarball", "private")


def dbt_package_names(text: str) -> list[str] | None:
    """The packages a dbt packages.yml lists: a Hub package's ``owner/name``, a git or private repository's URL or name, a local
    folder's path, a tarball's URL (in the file's order, at most MAX_PACKAGES); None when the text is no such list."""
    try:
        data = safeyaml.load(text)
    except (yaml.YAMLError, safeyaml.UnsafeYAML, ValueError, TypeError):
        return None
    items = data.get("packages") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    out: list[str] = []
    for item in items[:MAX_PACKAGES]:
        if isinstance(item, dict):
            source = next((item[k] for k in _SOURCES if isinstance(item.get(k), str) and item[k].strip()), None)
            if source and source.strip() not in out:
                out.append(source.strip())
    return out


def dbt_manifests(snap, vendored) -> list[dict]:
    """A manifests-fact entry (ecosystem ``dbt``) per packages.yml or dependencies.yml beside a dbt project's file, its lockfile
    the package-lock.yml of that folder when there is one."""
    out = []
    for project in dbt_projects(snap, vendored):
        base = project.rsplit("/", 1)[0] + "/" if "/" in project else ""
        for name in DBT_MANIFESTS:
            path = base + name
            if path not in snap.files or vendored(path):
                continue
            names = dbt_package_names(snap.read_text(path, limit=MAX_BYTES) or "")
            if names is None:
                continue
            lock = base + "package-lock.yml"
            out.append({"path": path, "ecosystem": "dbt", "name": None, "dependencies": names, "dev_dependencies": [],
                        "lockfile": lock if lock in snap.files else None, "error": None})
    return out
