"""Kinds of what a repository runs on its own: scripts a scheduler runs, and the server side of a mobile application.

- Scripts run on a schedule (a cron job, a systemd timer, a CI workflow's ``schedule:``) are programs started without anyone,
  not a library others import: a crawler whose README says "le script add_data.py y ajoute chaque jour une ligne (grâce à un
  cron quotidien)", a crontab line ``0 6 * * * python3 /opt/sync/export.py``, a workflow run every night (``on: schedule:
  - cron:`` beside ``run: python scripts/update.py``). The script must be named where the schedule is (its file name), and be
  one of the project's own files; a README sentence about a cron job that speaks of "ce script" / "the scripts" without naming
  them stands for the project's scripts when it has at most :data:`MAX_UNNAMED`.
- A mobile application kept in one folder of a monorepo (``app/``, Expo or React Native) beside a server of the same project in
  another folder (``api/``, Express routes, a Strapi back end) is also that server: its API is judged too.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

SCRIPT_EXT = frozenset({"py", "sh", "bash", "php", "js", "mjs", "ts", "rb", "pl", "r", "bat", "cmd", "ps1"})  # (a Windows task's runner.bat)
MAX_SCHEDULE_FILES = 20
# a README's words for a schedule: cron, crontab, a systemd timer, a scheduled task ("tâche planifiée", "planificateur")
# (and Windows' Task Scheduler, "Planificateur de tâches", "planification de tâches")
_SCHEDULE_WORDS = lazy_compile(r"\bcron(?:tab)?s?\b|\bsystemd[ -]timers?\b|\.timer\b|\bt[aâ]ches? planifi[ée]es?\b|\bplanificateur\b|"
                               r"\bscheduled (?:task|job)s?\b|\btask scheduler\b|\bplanification (?:de |des )t[aâ]ches\b", re.I)
# a crontab's line: five time fields (or @daily…) and a command
_CRON_LINE = lazy_compile(r"^[^\S\n]*(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly|reboot)|(?:[\d*/,-]+[^\S\n]+){4}[\d*/,-]+)[^\S\n]+(\S[^\n]*)$", re.M)
# a file holding a schedule: a crontab, /etc/cron.d/ entry, a systemd unit
_CRON_FILE = lazy_compile(r"(?:^|/)(?:crontab|[\w.-]+\.cron(?:tab)?|cron\.d/[\w.-]+|[\w.-]+\.(?:timer|service))$", re.I)
# a CI workflow run on a schedule (GitHub Actions' "on: schedule: - cron:", GitLab's scheduled pipelines are set outside the file)
_CI_SCHEDULE = lazy_compile(r"^[^\S\n]*schedule[^\S\n]*:", re.M)
_CI_CRON = lazy_compile(r"^[^\S\n]*-?[^\S\n]*cron[^\S\n]*:", re.M)
# the end of a sentence (a full stop before a space, not the dot of "add_data.py"), or a blank line
# a README sentence speaking of the project's script(s) without naming them
_THE_SCRIPT = lazy_compile(r"\b(?:ce|ces|le|les|this|these|the)[^\S\n]+scripts?\b", re.I)
MAX_UNNAMED = 3
_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+|\n[^\S\n]*\n")


def _named(text: str, scripts: dict[str, str]) -> list[str]:
    """The scripts (paths) whose file name appears in ``text`` as a word (``add_data.py``, ``./sync.sh``)."""
    return [p for name, p in scripts.items() if re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text)]


def scheduled_scripts(ctx, files, readme: str | None) -> list[str]:
    """The project's own scripts (``files``: snapshot entries) that a schedule runs: named in a README sentence about cron
    (or a systemd timer, a scheduled task), in a crontab or a systemd unit of the repository, or in a CI workflow run on a
    schedule. Sorted; at most :data:`MAX_SCHEDULE_FILES` schedule files read, 64 KB each."""
    scripts: dict[str, str] = {}
    for e in sorted(files, key=lambda e: e.path):
        if e.ext.lower() in SCRIPT_EXT and e.name not in scripts and not e.name.startswith("."):
            scripts[e.name] = e.path
    if not scripts:
        return []
    found: set[str] = set()
    for sentence in _SENTENCE_END.split(readme or ""):
        if _SCHEDULE_WORDS.search(sentence):
            named = _named(sentence, scripts)
            # ("le paramétrage d'un cron quotidien pour faire fonctionner ce script": the project's one script, or its few)
            found.update(named or (scripts.values() if len(scripts) <= MAX_UNNAMED and _THE_SCRIPT.search(sentence) else []))
    holders = sorted(p for p in ctx.snapshot.files if _CRON_FILE.search(p) or (p.startswith((".github/workflows/", ".gitea/workflows/"))
                                                                               and p.endswith((".yml", ".yaml"))))[:MAX_SCHEDULE_FILES]
    for p in holders:
        text = ctx.snapshot.read_text(p, limit=64 * 1024) or ""
        if p.startswith((".github/", ".gitea/")):
            if _CI_SCHEDULE.search(text) and _CI_CRON.search(text):
                found.update(_named(text, scripts))
        elif p.endswith((".timer", ".service")):
            if p.endswith(".service") and "ExecStart" in text and (p[: -len(".service")] + ".timer") in ctx.snapshot.files:
                found.update(_named(text, scripts))
        else:
            found.update(_named("\n".join(m.group(1) for m in _CRON_LINE.finditer(text)), scripts))
    return sorted(found)


# a server framework's package that a mobile application's back end declares (Strapi serves an API from its content types)
SERVER_PACKAGES = frozenset({"express", "fastify", "koa", "@nestjs/core", "hono", "@strapi/strapi", "strapi", "@hapi/hapi", "restify",
                             "django", "djangorestframework", "flask", "fastapi", "symfony/framework-bundle", "laravel/framework", "rails"})


def mobile_back_end(manifests: list[dict], app_roots: set[str]) -> tuple[str, list[str]] | None:
    """(manifest path, server packages) of a server kept in its own folder beside a mobile application's folders (``app_roots``,
    none of them the root): a manifest outside them declaring a server framework among its runtime dependencies. None when the
    application is the repository (a root app declaring express for its development server is no back end)."""
    if not app_roots or "" in app_roots:
        return None
    for m in sorted(manifests, key=lambda m: m.get("path", "")):
        path = m.get("path", "")
        folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        if not folder or is_test(path) or any(folder.startswith(r) or r.startswith(folder) for r in app_roots):
            continue  # (the root's workspace manifest, the app's own, or a folder holding the app)
        servers = sorted({d.lower() for d in m.get("dependencies") or []} & SERVER_PACKAGES)
        if servers:
            return path, servers
    return None
