"""A repository that is a fork of another project, told by its git history (issue 12, s24 g24: GrandNancy/OpenTripPlanner).

A métropole's repository holds OpenTripPlanner's whole history (8,021 commits by 104 people, 2009-2017) and, on top of it, two
"commit test" commits of one of its agents: an unmodified fork. Its root manifest names the project it comes from
(pom.xml's <scm> at github.com/opentripplanner/OpenTripPlanner) under another owner than the audited repository's. The tree alone
cannot say so (a fork keeps the project's name, :mod:`auditor.facts.root_copy` leaves it), the history can, without network:

- the history is long (:data:`MIN_COMMITS` non-merge commits or more, a full clone);
- its newest commits (the *tail*) are by people none of whom wrote any commit before the tail: at most :data:`MAX_TAIL_PEOPLE`
  people, and at most :data:`MAX_TAIL_SHARE` of the commits (:data:`MIN_TAIL_CAP` at least), after the work of
  :data:`MIN_UPSTREAM_PEOPLE` people or more;
- the root manifest or README names a forge repository (github.com, gitlab.com, framagit.org) of the audited repository's name
  (a fork keeps it) whose owner is not the audited repository's (known from its address or its origin).

A project moved to another owner keeps its people (its newest commits are by authors of the older ones): no tail, no fork. Bots
are nobody's. Bounded: the root manifests and README's first 64 KB, read as text.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MIN_COMMITS = 200
MAX_TAIL_PEOPLE = 3
MAX_TAIL_SHARE = 0.02
MIN_TAIL_CAP = 10
MIN_UPSTREAM_PEOPLE = 5
READ_BYTES = 64 * 1024
# the root files that name a project's home, in the order they are trusted
ROOT_FILES = ("pom.xml", "package.json", "composer.json", "setup.py", "setup.cfg", "pyproject.toml", "build.gradle", "build.gradle.kts",
              "Cargo.toml", "go.mod", "DESCRIPTION", "publiccode.yml", "README.md", "README.rst", "README.txt", "README", "readme.md")
_FORGE = lazy_compile(r"\b(github\.com|gitlab\.com|framagit\.org)[/:]([A-Za-z0-9][\w.-]{0,60})/([A-Za-z0-9][\w.-]{0,100}?)(?:\.git)?(?=[/\s\"'<>)#?,;]|$)", re.I)
_NOT_OWNERS = {"orgs", "users", "sponsors", "features", "marketplace", "topics", "about", "settings", "site", "apps"}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _upstream(snap, owner: str, name: str) -> dict | None:
    """The first forge repository a root file names under another owner than ``owner`` and under the repository's own ``name``
    (a fork keeps the project's name; a library the README links to has its own): ``{"repository", "name", "path", "line"}``."""
    files = snap.files
    for root in ROOT_FILES:
        if root not in files:
            continue
        text = snap.read_head(root, READ_BYTES) or ""
        for m in _FORGE.finditer(text):
            who, repo = m.group(2), m.group(3)
            if who.lower() in _NOT_OWNERS or who.lower() == owner.lower() or _key(repo) != _key(name):
                continue
            return {"repository": f"{m.group(1).lower()}/{who}/{repo}", "name": repo, "path": root,
                    "line": text.count("\n", 0, m.start()) + 1}
    return None


def tail_of(keys: list[str], cap: int) -> int:
    """The number of newest commits (``keys``: their authors, oldest first), at most ``cap``, written by people none of whom
    wrote any commit before them: the longest such tail (0 when there is none). A split at ``k`` holds when no author has a commit
    on both sides: ``k`` lies in no author's span (first commit, last commit]."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, k in enumerate(keys):
        first.setdefault(k, i)
        last[k] = i
    covered = [0] * (len(keys) + 2)
    for a, f in first.items():
        if last[a] > f:  # (an author's commits on both sides of every split inside (first, last])
            covered[f + 1] += 1
            covered[last[a] + 1] -= 1
    depth, free = 0, []
    for k in range(len(keys)):
        depth += covered[k]
        if k and not depth:
            free.append(k)
    starts = [k for k in free if len(keys) - k <= cap]
    return len(keys) - min(starts) if starts else 0


@fact("fork_history", version=11, public=False, cache="commit+as_of")
def fork_history(ctx) -> dict | None:
    """``{"repository", "name", "path", "line", "own_commits", "commits", "upstream_people", "own_people", "since"}`` when the
    repository is a fork whose own commits are a short tail over another project's history (see the module's docstring), else
    None (also when the history or the repository's owner is unknown)."""
    from auditor.facts.activity import history_unavailable
    from auditor.people import is_bot

    target = getattr(ctx, "target", None)
    owner = (getattr(target, "owner", None) or "").rsplit("/", 1)[-1]
    name = getattr(target, "name", None) or ""
    if not owner or not _key(name) or history_unavailable(ctx) is not None:
        return None
    people = ctx.fact("people")
    ident = people["ident"]
    commits = sorted((c for c in people["commits"] if not is_bot(c.author_name, c.author_email)),
                     key=lambda c: (c.committer_date, c.author_date))
    if len(commits) < MIN_COMMITS:
        return None
    keys = [ident[c.author_email.lower() or c.author_name.lower()] for c in commits]
    n = tail_of(keys, max(MIN_TAIL_CAP, int(len(keys) * MAX_TAIL_SHARE)))
    if not n:
        return None
    own, before = set(keys[-n:]), set(keys[:-n])
    if len(own) > MAX_TAIL_PEOPLE or len(before) < MIN_UPSTREAM_PEOPLE:
        return None
    up = _upstream(ctx.snapshot, owner, name)
    if not up:
        return None
    return {**up, "own_commits": n, "commits": len(keys), "upstream_people": len(before), "own_people": len(own),
            "since": commits[-n].committer_date.date().isoformat()}
