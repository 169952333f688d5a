"""A component's changelog that is another project's: its version headings link a forge repository (``## [10.0.4](https://github.com/
Lumieducation/H5P-Nodejs-library/compare/v10.0.3...v10.0.4)``) that is neither named as the project nor linked by the project's root
README. The package was copied with its release history (betagouv/science-infuse's ``h5p/``, @lumieducation's example server): that
history is the upstream package's, not the project's. A component whose version headings link the repository the root README links
too (the organisation's main repository, a monorepo's home) keeps its own changelog, and so does a package of the project's own monorepo
(a folder its root package.json "workspaces" or lerna.json "packages" lists) whose headings link the repository its package.json names
as its own ("repository", "bugs", "homepage": a monorepo renamed since, its lerna changelogs linking the former name). Reads at most
:data:`READ_BYTES` of each file."""

from __future__ import annotations

import fnmatch
import re

from auditor import safejson
from auditor.facts.upstream_copies import forge_repos
from auditor.facts.vendored import squeeze
from auditor.lazyre import lazy_compile

READ_BYTES = 32 * 1024
MAX_HEADINGS = 200
_HEADING = lazy_compile(r"^[^\S\n]{0,3}#{1,6}[^\S\n]+[^\n]{0,400}$", re.M)


def foreign_changelog(text: str, readme_text: str, own: set[str], declared: frozenset = frozenset()) -> bool:
    """``text`` (a changelog) links, in its headings, only forge repositories that the project's names (``own``, squeezed) do not
    name, that ``readme_text`` (the root README's) does not link and that its workspace package does not declare (``declared``)."""
    repos = set()
    for m in list(_HEADING.finditer(text[:READ_BYTES]))[:MAX_HEADINGS]:
        repos |= forge_repos(m.group(0))
    if not repos:
        return False
    linked = forge_repos(readme_text) | set(declared)
    return not any(squeeze(name) in own or (owner, name) in linked for owner, name in repos)


def foreign_changelogs(snap, paths: list[str], readme: str | None, own: set[str]) -> set[str]:
    """The paths among ``paths`` (changelogs in component folders) that are another project's (:func:`foreign_changelog`)."""
    if not paths:
        return set()
    readme_text = (snap.read_head(readme, 200_000) or "") if readme else ""
    globs = _workspace_globs(snap)
    return {p for p in sorted(paths)[:20] if foreign_changelog(snap.read_head(p, READ_BYTES) or "", readme_text, own, _declared(snap, p, globs))}


def _json(snap, path: str):
    if path not in snap.files:
        return None
    try:
        return safejson.loads(snap.read_text(path, limit=256 * 1024) or "")
    except ValueError:
        return None


def _workspace_globs(snap) -> list[str]:
    """The package folders the root package.json ("workspaces", a list or {"packages": […]}) and lerna.json ("packages") list."""
    out: list[str] = []
    for doc, key in ((_json(snap, "package.json"), "workspaces"), (_json(snap, "lerna.json"), "packages")):
        globs = doc.get(key) if isinstance(doc, dict) else None
        globs = globs.get("packages") if isinstance(globs, dict) else globs
        out += [g.strip().removeprefix("./").strip("/") for g in globs if isinstance(g, str)][:20] if isinstance(globs, list) else []
    return out


def _declared(snap, path: str, globs: list[str]) -> frozenset:
    """The forge repositories the package.json beside ``path`` names as the package's own, when its folder is one of the monorepo's
    packages (``globs``, matched segment by segment); else none."""
    folder = path.rpartition("/")[0]
    parts = folder.split("/")
    if not any(len(g.split("/")) == len(parts) and all(fnmatch.fnmatchcase(s, q) for s, q in zip(parts, g.split("/"))) for g in globs if g):
        return frozenset()
    doc = _json(snap, folder + "/package.json")
    if not isinstance(doc, dict):
        return frozenset()
    fields = [doc.get(k) for k in ("repository", "bugs", "homepage")]
    urls = [f.get("url") if isinstance(f, dict) else f for f in fields]
    return frozenset(r for u in urls if isinstance(u, str) for r in forge_repos(u[:500]))
