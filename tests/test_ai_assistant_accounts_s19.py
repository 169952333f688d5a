"""An AI assistant writing under its vendor's address with another name than the one people.yml lists (issue 12, session 19
reader e1): "Claude Design <design@anthropic.com>" was a person of maintenance.contributors and anthropic.com an organisation,
while "Claude <noreply@anthropic.com>" was rightly automation. A name beginning with the assistant's, at its vendor's domain, is
automation; a person named Claude at another address is a person."""

from __future__ import annotations

import pytest

from auditor.people import is_bot
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


@pytest.mark.parametrize(("name", "email", "bot"), [
    ("Claude Design", "design@anthropic.com", True),
    ("Claude", "claude@anthropic.com", True),
    ("Codex", "codex-cloud@openai.com", True),
    ("Claude Dupont", "claude.dupont@mairie-exemple.fr", False),
    ("Claude", "claude@ville-exemple.fr", False),
    ("Jeanne Martin", "jeanne@anthropic.com", False),
])
def test_assistants_under_their_vendors_addresses(name, email, bot):
    assert is_bot(name, email) is bot


def test_an_assistants_commits_are_no_persons_nor_an_organisation(repo):
    authors = [("Claude Design", "design@anthropic.com")] * 6 + [("Claude Dupont", "claude.dupont@mairie-exemple.fr")] * 4
    ctx = ctx_for(_history(repo, authors))
    res = run_check(ctx, "maintenance.contributors")
    assert "Claude Design" not in res.message["en"], res.message
    orgs = {o["domain"] for o in ctx.fact("organisations")["organisations"]}
    assert "anthropic.com" not in orgs, orgs
    assert ctx.fact("history_activity")["human_commits_365d"] == 4
