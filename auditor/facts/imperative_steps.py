"""Install or run steps written as imperative sentences over commands, with no heading: a part's readme (virtualia/readme.md:
"Télécharger `wget https://…/chromedriver_linux64.zip`", "Dézipper le paquet dans le répertoire `lib`.", "Appeler le script en
utilisant des variables d'environnements:" over a fenced ``VAR=… python3.6 …/badge.py``) is written instructions for that part, as a
README's "## Installation" chapter is (issue 12, s42 fn42 = PnGuadeloupe/toolbox). Two step lines at least, each opening on an
imperative verb (French infinitive or imperative, English imperative), and one command at least among the text's code spans and
fenced lines (a download, an archive unpacked, a package manager, an interpreter running a script). A readme that only describes, or
whose steps run no command, gives none."""

from __future__ import annotations

import re

from auditor.facts.readme_uses import _FENCED_BLOCK as _FENCE  # (the README's own fence pattern, linear on unclosed fences)
from auditor.lazyre import lazy_compile

_STEP = lazy_compile(
    r"^[ \t]{0,3}(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:"
    r"t[ée]l[ée]charge[rz]|d[ée]zippe[rz]|d[ée]compresse[rz]|extrai(?:re|ts|tes)|installe[rz]|copie[rz]|lance[rz]|ex[ée]cute[rz]|appele[rz]|appelez"
    r"|clone[rz]|cr[ée]e[rz]|place[rz]|d[ée]pose[rz]|renseigne[rz]|d[ée]finisse[zr]|d[ée]finir|configure[rz]|ouvre[rz]"
    r"|download|unzip|extract|install|copy|run|call|clone|create|place|put|set|configure|open|execute|launch|start)\b", re.I | re.M)
_SPAN = lazy_compile(r"`([^`\n]{2,400})`")
_COMMAND = lazy_compile(r"^(?:\$[ \t]*)?(?:[A-Z_][A-Z0-9_]{0,60}=\S{0,200}[ \t]+){0,8}(?:sudo[ \t]+)?(?:\S{0,200}/)?"
                        r"(?:wget|curl|unzip|tar|7z|pip[\d.]*|pipenv|poetry|python[\d.]*|py|bash|sh|npm|npx|yarn|pnpm|git|make|java|php|composer"
                        r"|node|Rscript|docker|docker-compose|apt(?:-get)?|dnf|yum|brew|mvn|gradle|cargo|go|dotnet|chmod)(?![\w.-])")
MAX_STEP_BYTES = 64 * 1024


def imperative_steps(text: str) -> list | None:
    """``[line, text]`` of the first step of a text giving install or run steps as imperative sentences over commands (see above),
    or None. Read up to :data:`MAX_STEP_BYTES`."""
    text = text[:MAX_STEP_BYTES]
    prose = _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)  # (fences blanked, line numbers kept)
    steps = list(_STEP.finditer(prose))
    if len(steps) < 2:
        return None
    commands = [c for block in _FENCE.findall(text) for c in block.splitlines()] + _SPAN.findall(prose)
    if not any(_COMMAND.match(c.strip()) for c in commands):
        return None
    first = steps[0]
    line = prose.count("\n", 0, first.start()) + 1
    end = prose.find("\n", first.start())
    return [line, prose[first.start(): end if end >= 0 else len(prose)].strip()[:160]]
