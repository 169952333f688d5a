"""Commits a repository's own workflow writes, whatever author it carries (issue 12, s40 ff40 = reader re40's opt-nc/odata-avps-drhfpnc).

peter-evans/create-pull-request commits a scheduled job's results as the workflow's actor (``adriens <…@users.noreply.github.com>``)
with github-actions[bot] as committer: 26 "chore: daily data update - CSV and Markdown files" commits, the message set by the
repository's daily_update.yml, were counted as that person's work. Rule: a commit whose committer is a bot account (GitHub
Actions' ``…[bot]`` address, a GitLab project or group bot) and whose subject begins with a commit message one of the repository's
CI workflows writes (a ``commit-message:``, ``commit_message:`` or ``message:`` key, or a ``git commit -m "…"`` line; the
workflow's expressions and variables read as any text) is the workflow's: it is counted as that bot's, not the author's. A
person's commit that a bot merely committed (a rebase, a backport) keeps its own subject and stays the person's; a commit GitHub's
web flow committed (``GitHub <noreply@github.com>``: an edit or a squash merge on the site) is no bot's and stays the author's.
Bounded: 30 workflow files, 256 KB each, 50 messages of at least 10 literal characters.
"""

from __future__ import annotations

import dataclasses
import re

from auditor.lazyre import lazy_compile
from auditor.people import is_bot

_CI_FILE = lazy_compile(r"^(?:\.github/workflows/[^/]+|\.gitlab-ci|\.gitlab/ci/[^/]+|\.forgejo/workflows/[^/]+|\.gitea/workflows/[^/]+)\.ya?ml$")
# (a step's input naming the commit's message: create-pull-request's commit-message, git-auto-commit-action's commit_message,
# add-and-commit's message)
_MESSAGE_KEY = lazy_compile(r"""^[ \t-]*(?:commit[-_]message|commit[-_]msg|message)[ \t]*:[ \t]*(.*)$""", re.M | re.I)
_GIT_COMMIT = lazy_compile(r"""\bgit\b[^\n]{0,200}?\bcommit\b[^\n]{0,200}?(?:-m|--message)[ =]?[ \t]*(["'])(.+?)\1""")
_VARIABLE = lazy_compile(r"\$\{\{.*?\}\}|\$\{[^}\n]*\}|\$\([^)\n]*\)|\$[A-Za-z_]\w*|%[a-zA-Z]")
MAX_FILES, MAX_BYTES, MAX_MESSAGES, MIN_LITERAL = 30, 256 * 1024, 50, 10


def _value(text: str, end: int, raw: str) -> str:
    """A YAML value as written: unquoted, or the first line of a block (``|``, ``>``) that follows ``end``."""
    raw = raw.strip()
    if raw[:1] in ("|", ">"):
        rest = text[end:end + 4096].lstrip("\n").split("\n", 1)[0]
        return rest.strip()
    raw = re.sub(r"[ \t]+#.*$", "", raw) if raw[:1] not in ("'", '"') else raw
    return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in ("'", '"') else raw


def _pattern(message: str) -> re.Pattern | None:
    parts = _VARIABLE.split(message.strip())
    if sum(len(p.strip()) for p in parts) < MIN_LITERAL:
        return None  # (a message all variables, "${{ inputs.message }}", says nothing)
    return re.compile(r"[^\n]*?".join(re.escape(p) for p in parts))  # (matched at a subject's start: one line)


def workflow_messages(snap) -> list[re.Pattern]:
    """The commit messages the repository's CI workflows write, as patterns matching a subject's start."""
    paths = sorted(p for p in snap.files if _CI_FILE.match(p))[:MAX_FILES]
    found: list[str] = []
    for path in paths:
        text = snap.read_text(path, limit=MAX_BYTES) or ""
        found += [_value(text, m.end(), m.group(1)) for m in _MESSAGE_KEY.finditer(text)]
        found += [m.group(2) for m in _GIT_COMMIT.finditer(text)]
    out = []
    for message in dict.fromkeys(m for m in found if m):
        rx = _pattern(message.split("\\n", 1)[0])
        if rx is not None:
            out.append(rx)
        if len(out) >= MAX_MESSAGES:
            break
    return out


def _bot_name(email: str) -> str:
    """A bot's name from its address: GitHub's ``41898282+github-actions[bot]@…`` is ``github-actions[bot]``."""
    return email.split("@", 1)[0].split("+", 1)[-1]


def reattributed(commits: list, snap) -> list:
    """``commits`` with each one a workflow of the repository wrote (see the module) given to its bot committer as author."""
    messages: list[re.Pattern] | None = None
    bots: dict[str, bool] = {}
    out = []
    for c in commits:
        committer = c.committer_email
        if committer and committer != c.author_email and bots.setdefault(committer, is_bot("", committer)) \
                and not is_bot(c.author_name, c.author_email):
            messages = workflow_messages(snap) if messages is None else messages
            if any(rx.match(c.subject) for rx in messages):
                c = dataclasses.replace(c, author_name=_bot_name(committer), author_email=committer)
        out.append(c)
    return out
