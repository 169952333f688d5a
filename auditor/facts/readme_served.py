"""A README's run chapter that serves the project's own API and queries it (issue 12, s39 fc39 = re-reader vh38, govpf/openfisca-pf:
"## 2. Running OpenFisca PF" > "### Serve the API": ``openfisca serve --reload -f config.py``, then ``curl "http://localhost:5000/spec"``
"returns the Open API specification of the Openfisca PF API"). The readme fact drops a run chapter that starts a copy on localhost as the
end of a developer's installation (readme_chapters.local_run_chapter: a web application's "## Lancement" over ``npm run dev``); this
module tells the chapters, among those dropped, that serve the project's API and send it a request, or that run one of the commands the
project's manifests declare. For a package whose product is its Web API or its command (a library, an API service), that is how it is
used: the documentation.readme-sections check decides by the project's kind (readme fact's ``served_runs``).
"""

from __future__ import annotations

from auditor.facts.document import norm
from auditor.facts.readme_views import runs_declared
from auditor.lazyre import lazy_compile

# serving or starting the API ("Serve the API", "serve the Openfisca Web API locally", "Lancer l'API", "démarrer le serveur de l'API")
_SERVES_API = lazy_compile(r"\b(?:serve|serves|serving|servir|start|starting|run|running|launch|launching|lancer|lancement|demarrer|demarrage)\b"
                           r"(?: \w+){0,6} (?:web )?api\b")
# a request sent to the copy just started, in a code line ("curl \"http://localhost:5000/spec\"", "http GET localhost:8000/calculate")
_REQUESTS_IT = lazy_compile(r"^(?:\$[^\S\n]+)?(?:curl|wget|http|https|httpie)\b[^\n]*?(?:https?://)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?/\w")


def served_run(lines: list[str], blocks: list, i: int, commands=()) -> str:
    """How the chapter under the heading ``blocks[i]`` (with its sub-chapters; ``lines``: the README's) uses the project: "command" when
    it runs one of the project's declared ``commands``, "api" when it serves the project's API and sends it a request, "" otherwise."""
    level, start = blocks[i].level or 1, blocks[i].line
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and (b.level or 1) <= level), len(lines) + 1)
    chapter = lines[start - 1:end - 1][:2000]
    text = "\n".join(chapter)
    if runs_declared(text, commands):
        return "command"
    return "api" if any(_SERVES_API.search(norm(ln)) for ln in chapter) and any(_REQUESTS_IT.match(ln.strip().strip("`")) for ln in chapter) else ""
