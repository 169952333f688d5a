"""GitHub's token read by the application itself (issue 12, s38 fh38 = RAYAN-DOB/Server-Supervision: app/api/github-media/…/route.ts
reads ``process.env.GITHUB_TOKEN`` to fetch photos from a private repository; there is no workflow). GitHub Actions hands its token
to a step only when a workflow says so (``env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}``, ``github.token``), or to an action the
repository defines (action.yml); elsewhere, a token the service's own code reads is a setting to give it, like any other. The
other variables Actions sets in every job (GITHUB_SHA, GITHUB_REPOSITORY…) stay the CI's (env_names.GITHUB_ACTIONS_VARS)."""

from __future__ import annotations

from auditor.facts.settings_files import ci_file
from auditor.lazyre import lazy_compile

HANDED_TOKENS = ("GITHUB_TOKEN",)
_WORKFLOW = lazy_compile(r"^\.github/workflows/[^/]+\.ya?ml$|(?:^|/)action\.ya?ml$")
_HANDS = lazy_compile(r"\bGITHUB_TOKEN\b|\bgithub\.token\b")
MAX_WORKFLOWS, MAX_WORKFLOW_BYTES = 50, 256 * 1024


def ci_hands_token(snap) -> bool:
    """The repository defines a GitHub Action (action.yml), or one of its workflows (the first 50, 256 KB each) hands the token."""
    paths = sorted(p for p in snap.files if _WORKFLOW.search(p))
    if any(not p.startswith(".github/") for p in paths):
        return True
    return any(_HANDS.search(snap.read_text(p, limit=MAX_WORKFLOW_BYTES) or "") for p in paths[:MAX_WORKFLOWS])


def runtime_token_reads(snap, hits: list[list], var, known: set[str]) -> list[list]:
    """``[variable, hit]`` for a token of :data:`HANDED_TOKENS` that the project's code (``hits``: the textscan's reads, category
    "code", not a CI file) reads when no workflow hands it (:func:`ci_hands_token`); ``var`` reads a hit's variable."""
    out: dict[str, list] = {}
    for h in hits:
        if h[3] == "code" and not ci_file(h[0]) and not h[0].startswith(".github/") and (v := var(h[2])) in HANDED_TOKENS and v not in known:
            out.setdefault(v, h[:4])
    return [[v, h] for v, h in out.items()] if out and not ci_hands_token(snap) else []
