"""A component's changelog that is another project's: its version headings link a forge repository (``## [10.0.4](https://github.com/
Lumieducation/H5P-Nodejs-library/compare/v10.0.3...v10.0.4)``) that is neither named as the project nor linked by the project's root
README. The package was copied with its release history (betagouv/science-infuse's ``h5p/``, @lumieducation's example server): that
history is the upstream package's, not the project's. A component whose version headings link the repository the root README links
too (the organisation's main repository, a monorepo's home) keeps its own changelog. Reads at most :data:`READ_BYTES` of each file."""

from __future__ import annotations

import re

from auditor.facts.upstream_copies import forge_repos
from auditor.facts.vendored import squeeze
from auditor.lazyre import lazy_compile

READ_BYTES = 32 * 1024
MAX_HEADINGS = 200
_HEADING = lazy_compile(r"^[^\S\n]{0,3}#{1,6}[^\S\n]+[^\n]{0,400}$", re.M)


def foreign_changelog(text: str, readme_text: str, own: set[str]) -> bool:
    """``text`` (a changelog) links, in its headings, only forge repositories that the project's names (``own``, squeezed) do not
    name and that ``readme_text`` (the root README's) does not link."""
    repos = set()
    for m in list(_HEADING.finditer(text[:READ_BYTES]))[:MAX_HEADINGS]:
        repos |= forge_repos(m.group(0))
    if not repos:
        return False
    linked = forge_repos(readme_text)
    return not any(squeeze(name) in own or (owner, name) in linked for owner, name in repos)


def foreign_changelogs(snap, paths: list[str], readme: str | None, own: set[str]) -> set[str]:
    """The paths among ``paths`` (changelogs in component folders) that are another project's (:func:`foreign_changelog`)."""
    if not paths:
        return set()
    readme_text = (snap.read_head(readme, 200_000) or "") if readme else ""
    return {p for p in sorted(paths)[:20] if foreign_changelog(snap.read_head(p, READ_BYTES) or "", readme_text, own)}
