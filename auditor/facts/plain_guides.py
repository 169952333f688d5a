"""Plain-text guides at the repository's root that give the steps of a deployment (issue 12, s39 fm39 = re-reader vb39 on
Carto42/SDE35-DEMO).

A demo map's EDITION.txt says which constant to change, then ``cd demo`` / ``npm run build`` and "Redéployer sur GitHub Pages (push sur
master déclenche le workflow)": the rebuild and redeployment of the service, written in a root .txt the documentation fact never read.
A root ``*.txt`` (at most ten, 64 KB read each) holding a build or publish command line and a word of deployment is deployment
documentation, whatever its name; a root .txt of notes without such steps, a dependency list (requirements.txt), a licence or a
community file stays what it was.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import community_kind
from auditor.lazyre import lazy_compile

MAX_GUIDES = 10
MAX_BYTES = 64 * 1024
# (not the files a tool reads or a project's record: pip's requirements*.txt, CMakeLists.txt, robots.txt, a licence, a changelog…)
_NOT_GUIDE = lazy_compile(r"^(requirements[\w.-]*|constraints[\w.-]*|cmakelists|robots|humans|ads|app-ads|security|llms|runtime|"
                          r"licen[cs]e[\w.-]*|copying[\w.-]*|notice|authors|contributors|changelog|changes|history|news|credits|"
                          r"third[-_]party[\w.-]*|version|readme[\w.-]*)\.txt$", re.I)
# a command line that builds or publishes the service (`npm run build`, `mvn package`, `docker compose up -d`, `gh-pages -d dist`)
_BUILD_COMMAND = lazy_compile(r"^[ \t>$#]*(?:sudo[ \t]+)?(?:npm[ \t]+run[ \t]+(?:build|deploy|publish)|yarn[ \t]+(?:run[ \t]+)?(?:build|deploy)"
                              r"|pnpm[ \t]+(?:run[ \t]+)?(?:build|deploy)|mvn[ \t]+[\w: -]*\b(?:package|install|deploy)|gradlew?[ \t]+\w*build"
                              r"|docker[ \t-]+compose[ \t]+(?:up|build)|docker[ \t]+build|make[ \t]+(?:install|deploy|build|dist)|gh-pages[ \t]+-d"
                              r"|rsync[ \t]|scp[ \t]|firebase[ \t]+deploy|netlify[ \t]+deploy|vercel\b|hugo\b|jekyll[ \t]+build)", re.I | re.M)
# a word of deployment (putting the service online again), French or English
_DEPLOY_WORD = lazy_compile(r"\b(?:re)?d[ée]ploy\w*|\bdeploy\w*|\bmise en (?:production|ligne)|\bmettre en (?:production|ligne)|\bgithub pages\b"
                            r"|\bgh-pages\b|\bpublier\b|\bpublish\w*|\bh[ée]bergement\b|\bserveur de production\b|\bproduction server\b", re.I)


def root_text_guides(snap, entries) -> list[str]:
    """The root ``*.txt`` files (at most ten, smallest names first) that give a build or publish command and speak of deploying."""
    out: list[str] = []
    for e in sorted((e for e in entries if "/" not in e.path and e.ext == "txt" and 0 < e.size and not _NOT_GUIDE.match(e.name)
                     and not community_kind(e.name)), key=lambda e: e.path)[:MAX_GUIDES]:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if _BUILD_COMMAND.search(text) and _DEPLOY_WORD.search(text):
            out.append(e.path)
    return out
