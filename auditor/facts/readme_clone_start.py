"""A linked README's local set-up told in code rather than under an installation heading (issue 12, s41 fd41 = numerique-gouv/chartsgouv:
the root README links ``superset/``, whose README's "## TL;DR" says "Pour une nouvelle installation, … cloner ce dépôt et démarrer le
déploiement Docker en local" over one block: ``git clone …``, ``cd superset/``, ``docker compose -f docker-compose-non-dev.yml up -d``,
"# Se rendre sur localhost:8088"). A fenced block that clones a repository and then, further down the same block, starts the copy
(``docker compose up``, a development server, a local address) is the procedure a reuser follows to get the project running: its
installation, whatever its chapter is called. A block that only clones, or only starts, is none.
"""

from __future__ import annotations

import re

from auditor.facts.readme_chapters import LOCAL_RUN
from auditor.lazyre import lazy_compile

MAX_LINES = 3000
_FENCE = lazy_compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_CLONE = lazy_compile(r"^[ \t]*(?:\$[ \t]+)?git clone\b")
_START = lazy_compile(r"\bdocker(?:-| )compose\b[^\n]{0,200}\bup\b")


def clone_and_start(text: str) -> tuple[int, str] | None:
    """(line, the clone line's text) of the first fenced block cloning a repository then starting the copy (see the module), or None."""
    fence, clone = False, None
    for n, line in enumerate(text.splitlines()[:MAX_LINES], start=1):
        if _FENCE.match(line):
            fence, clone = not fence, None
        elif fence and clone is None and _CLONE.match(line):
            clone = (n, re.sub(r"\s+", " ", line.strip())[:200])
        elif fence and clone and (_START.search(line) or LOCAL_RUN.search(line)):
            return clone
    return None
