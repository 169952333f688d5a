"""Copies of other repositories kept as data: a folder the project fills with what it gathers from many repositories (a scanner's
``repos/<org>/<repo>/`` holding each one's README, package.json, CHANGELOG, file tree and forge metadata), told by its shape:

- a folder of at least :data:`MIN_COPIES` subfolders that each open like a repository — a README and a package manifest at their
  top — while no file anywhere under it is a program: each manifest describes code that is not there, so these are other projects'
  files copied, not packages of the project (a monorepo's packages/ hold their code; a documentation site's sections, docs/<part>/
  README.md, hold no manifest; a folder of deployment stacks holds no package manifest either);
- and above them, a folder holding two or more such collections and no program either (``repos/`` above ``repos/<org>/``, its
  smaller organisations' folders included).

Outermost folders only. Pure function of the paths; nothing is read. The snapshot leaves these files out, as it does a copied
submodule's (:meth:`auditor.snapshot.Snapshot.fold_copies`, called by the audit's context before any fact): they are the data the project works on, not its code,
documentation or licences.
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_COPIES = 5


def repository_copies(paths: Iterable[str]) -> dict[str, int]:
    """The folders (``a/b/``) holding copies of other repositories (see the module's docstring), outermost only, each with the
    number of files under it."""
    from auditor.facts.inventory import COMMUNITY, PROGRAM_EXT, is_manifest

    paths = list(paths)
    code: set[str] = set()  # folders with a program somewhere under them
    children: dict[str, set[str]] = {}
    marks: dict[str, set[str]] = {}  # a folder's top: "readme", "manifest"
    for path in paths:
        cuts = []  # the positions of its "/"
        i = path.find("/")
        while i != -1:
            cuts.append(i)
            i = path.find("/", i + 1)
        name = path[cuts[-1] + 1:] if cuts else path
        program = "." in name and name.rsplit(".", 1)[-1].lower() in PROGRAM_EXT
        # (its folders from the deepest up, stopping at the first one already recorded: its parents were recorded with it, so
        # a hostile tree of 20,000 files 200 folders deep costs one walk up, not 20,000: it took 36 s)
        if program:
            for j in range(len(cuts) - 1, -1, -1):
                folder = path[:cuts[j] + 1]
                if folder in code:
                    break
                code.add(folder)
        for j in range(len(cuts) - 1, 0, -1):
            subs = children.setdefault(path[:cuts[j - 1] + 1], set())
            folder = path[:cuts[j] + 1]
            if folder in subs:
                break
            subs.add(folder)
        if len(cuts) >= 2:  # at the top of a folder inside another one
            top = path[:cuts[-1] + 1]
            if COMMUNITY["readme"].match(name):
                marks.setdefault(top, set()).add("readme")
            elif is_manifest(path):
                marks.setdefault(top, set()).add("manifest")
    collections = {f for f, subs in children.items() if f not in code
                   and sum(1 for s in subs if marks.get(s, set()) >= {"readme", "manifest"}) >= MIN_COPIES}
    while True:  # (repos/ above repos/<org>/)
        above = {f for f, subs in children.items() if f not in code and f not in collections and len(subs & collections) >= 2}
        if not above:
            break
        collections |= above
    outer = sorted(f for f in collections if not any(o != f and f.startswith(o) for o in collections))
    return {f: sum(1 for p in paths if p.startswith(f)) for f in outer}
