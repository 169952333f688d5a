"""A README's request to the service it has just started: its usage, wherever the steps sit (issue 12, s40 fe40 = reader rv40,
gip-inclusion/celeste: one "## Installation" chapter of numbered steps, "**6/** Démarrer l'application" over ``npm run dev``, then
"**7/** Créer un premier client" over ``curl -X POST "http://localhost:3000/api/admin/clients" -H "x-api-token: …" -d '{…}'`` and
"**8/** Publier un premier évènement" over ``curl -X POST …/api/events``: the service's two calls, with their payloads).

A call counts when, after a command starting the project (``npm run dev``, ``docker compose up``, ``manage.py runserver``…), a command
line sends the local copy a request that acts on it — a method other than GET (``-X POST``) or a body (``-d``, ``--data``, ``--json``,
``-F``) — at an API path (``/api/…``, ``/v1/…``, ``/graphql``). A ``curl`` downloading an installer (``curl -fsSL https://get.docker.com
| sh``), a check that the copy answers (``curl http://localhost:3000/health``) or a call before anything starts stays installation.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_LINES = 2000
# what starts the project's copy: a container's or a local server's command
_STARTS = lazy_compile(r"\bdocker(?:-| )compose [^\n]{0,60}?\bup\b|\bdocker run\b|\bpodman run\b|\b(?:npm|yarn|pnpm|bun) (?:run )?(?:start|dev|serve)\b|"
                       r"\bmanage\.py runserver\b|\bflask run\b|\buvicorn\b|\bgunicorn\b|\brails s(?:erver)?\b|\bphp (?:artisan serve|-S)\b|"
                       r"\bsymfony (?:server:start|serve)\b|\bmvn [^\n]{0,40}?spring-boot:run\b|\bgradlew? [^\n]{0,40}?bootRun\b|\bgo run\b|\bcargo run\b|"
                       r"\bdotnet run\b|\bdeno (?:run|task)\b")
_CALL = lazy_compile(r"^[^\S\n]*(?:\$[^\S\n]+)?(?:curl|http|https|httpie|xh)[^\S\n]")
# a request acting on the service: a method other than GET, or a body
_ACTS = lazy_compile(r"(?:^|\s)(?:-X[^\S\n]*|--request[ =])['\"]?(?:POST|PUT|PATCH|DELETE)\b|(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)(?=[\s=])|"
                     r"(?:^|\s)(?:http|https|httpie|xh)[^\S\n]+(?:POST|PUT|PATCH|DELETE)\b")
# the local copy's API: localhost and a path under /api, /v<n> or /graphql
_LOCAL_API = lazy_compile(r"(?:https?://)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d{1,5})?/(?:[\w.-]{1,40}/){0,3}(?:api|v\d{1,2}|graphql)(?:[/?\"'\s]|$)", re.I)


def _commands(lines: list[str]):
    """(line number, command) of each line, a command continued with ``\\`` joined to its next lines (ten at most)."""
    i = 0
    while i < len(lines):
        start, command = i + 1, lines[i]
        while command.rstrip().endswith("\\") and i + 1 < len(lines) and i - start < 10:
            i += 1
            command = command.rstrip()[:-1] + " " + lines[i].strip()
        yield start, command
        i += 1


def started_call(lines: list[str], aside: set[int]) -> tuple[int, str] | None:
    """(line, command) of the first request acting on the local copy's API after the README starts it (see the module), or None."""
    started = False
    for n, command in _commands(lines[:MAX_LINES]):
        if n in aside:
            continue
        bare = command.strip().strip("`")
        if not started:
            started = bool(_STARTS.search(bare))
            continue
        if _CALL.match(bare) and _ACTS.search(bare) and _LOCAL_API.search(bare):
            return n, re.sub(r"\s+", " ", bare)[:160]
    return None


# A README with no chapter (its title at most) whose code sends the local copy a request acting on it, at any path (sipf/mail-api:
# "Just send email with a REST API" then `curl -H "Content-Type: application/json" -X POST -d '{"from": …}' http://localhost:8080/mail`):
# how the service is called, its usage (issue 12, s41 fi41). Under a chapter, the chapter says what the call is for (an index created
# in a search engine during the installation: no usage)
_LOCAL_ADDRESS = lazy_compile(r"(?:https?://)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d{1,5})?/[\w.~%/-]*", re.I)


def lone_call(lines: list[str], headings: int, aside: set[int]) -> tuple[int, str] | None:
    """(line, command) of the first request acting on the local copy (a method other than GET, or a body) in a README of one heading at
    most, or None."""
    if headings > 1:
        return None
    for n, command in _commands(lines[:MAX_LINES]):
        bare = command.strip().strip("`")
        if n not in aside and _CALL.match(bare) and _ACTS.search(bare) and _LOCAL_ADDRESS.search(bare):
            return n, re.sub(r"\s+", " ", bare)[:160]
    return None
