"""``site_feeds``: the project's own scripts a scheduler runs on a server (issue 12, s44 fb44 = nicolasaunai/ccpl-news: a static
page showing the JSON that ``api/ccpl_news_cron.php``, "script PHP exécuté par une tâche planifiée (cron)", writes), and whether the
README says how to set them up. A static site fed so is not served "as it is" alone: whoever installs it has to install the
script's runtime and add the schedule, and reusability.install judges that part too.

Value: ``{"scripts": [{"path", "language"}], "command": bool, "runtime": bool}`` — the scripts named in a README sentence about
cron (or a systemd timer, a scheduled task) or in a crontab or systemd unit of the repository (:func:`scheduled_scripts`; those a
scheduled CI workflow runs are set up by that workflow, left out); ``command``: the README gives the command that runs one of
them (an interpreter before its name, ``php api/x.php``, or a crontab line naming it); ``runtime``: the README names the
runtime's version (``PHP 8``, ``PHP >= 8.0``, ``Python 3.11``, ``Node.js 20``) — a shell script needs none. Read from the
root README (64 KB) and at most 20 schedule files (64 KB each), as :mod:`auditor.facts.kind_schedule` reads them."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.kind_schedule import _CI_CRON, _CI_SCHEDULE, _CRON_LINE, scheduled_scripts
from auditor.lazyre import lazy_compile

LANGUAGES = {"php": "PHP", "py": "Python", "js": "Node.js", "mjs": "Node.js", "ts": "Node.js", "rb": "Ruby", "pl": "Perl", "r": "R",
             "sh": "shell", "bash": "shell", "ps1": "PowerShell", "bat": "Windows", "cmd": "Windows"}
_INTERPRETER = r"(?:php[\d.]*(?:-cli)?|python[\d.]*|py|node|nodejs|deno|ts-node|bash|sh|Rscript|ruby|perl|pwsh|powershell)"
# a runtime named with its version: "PHP 8", "PHP >= 8.0", "PHP ≥ 8", "PHP version 8.2", "Python 3.11", "Node.js 20", "R 4.3"
_VERSIONED = {
    "PHP": lazy_compile(r"\bPHP\s*(?:>=|≥|>|\^|~|version\s*|v)?\s*\d", re.I),
    "Python": lazy_compile(r"\bPython\s*(?:>=|≥|>|\^|~|version\s*|v)?\s*[23](?:\.\d+)?\b", re.I),
    "Node.js": lazy_compile(r"\bNode(?:\.?js)?\s*(?:>=|≥|>|\^|~|version\s*|v)?\s*\d", re.I),
    "Ruby": lazy_compile(r"\bRuby\s*(?:>=|≥|>|\^|~|version\s*|v)?\s*\d", re.I),
    "Perl": lazy_compile(r"\bPerl\s*(?:>=|≥|>|\^|~|version\s*|v)?\s*\d", re.I),
    "R": lazy_compile(r"\bR\s*(?:>=|≥|>|version\s*)\s*\d|\bR\s+\d\.\d", 0),
    "PowerShell": lazy_compile(r"\bPowerShell\s*(?:>=|≥|>|version\s*|v)?\s*\d", re.I),
}


def _ci_scheduled(ctx, scripts: dict[str, str]) -> set[str]:
    """The scripts a CI workflow run on a schedule names (its own steps set the runtime up)."""
    out: set[str] = set()
    flows = sorted(p for p in ctx.snapshot.files if p.startswith((".github/workflows/", ".gitea/workflows/")) and p.endswith((".yml", ".yaml")))
    for p in flows[:20]:
        text = ctx.snapshot.read_text(p, limit=64 * 1024) or ""
        if _CI_SCHEDULE.search(text) and _CI_CRON.search(text):
            out.update(path for name, path in scripts.items() if re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text))
    return out


@fact("site_feeds", version=1, public=False)
def site_feeds(ctx) -> dict:
    from auditor.facts.project import _own_files, _root_readme  # (the project fact's own reading of the files and the README)

    files = _own_files(ctx)
    readme = _root_readme(ctx)
    found = scheduled_scripts(ctx, files, readme)
    if not found:
        return {"scripts": [], "command": False, "runtime": False}
    by_name = {p.rsplit("/", 1)[-1]: p for p in found}
    found = [p for p in found if p not in _ci_scheduled(ctx, by_name)]
    scripts = [{"path": p, "language": LANGUAGES.get(p.rsplit(".", 1)[-1].lower(), "")} for p in found]
    names = "|".join(re.escape(p.rsplit("/", 1)[-1]) for p in found)
    command = bool(names) and (
        re.search(rf"\b{_INTERPRETER}\s+(?:-\S+\s+)*[\w./~${{}}-]*(?<![\w-])(?:{names})(?![\w-])", readme) is not None
        or any(re.search(rf"(?<![\w.-])(?:{names})(?![\w-])", m.group(1)) for m in _CRON_LINE.finditer(readme)))
    langs = {s["language"] for s in scripts}
    runtime = bool(scripts) and all(lang in ("shell", "Windows", "") or (lang in _VERSIONED and _VERSIONED[lang].search(readme))
                                    for lang in langs)
    return {"scripts": scripts, "command": command, "runtime": runtime}
