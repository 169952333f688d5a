"""A CI server's release account under a longer name (issue 12, session 19 readers d1 and d2). An ENT publisher's Jenkins
("jenkinsEdificePublic <sre@…>", "jenkins cgi <ent.support@…>") made most of a module's year of commits ("release: 1.6.2",
"chore: prepare next development iteration"): it was the top person of maintenance.contributors, its domain an organisation of
maintenance.organisations and scaling.contributor-organisations, its commits "by people" in maintenance.activity and "pushed
directly" in maintenance.review. A name holding a CI server's name written from a team's address is automation; a person named
Jenkins writing from their own address is a person."""

from __future__ import annotations

import pytest

from auditor.people import is_bot
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

JENKINS = ("jenkinsPublisher", "sre@editeur-exemple.io")


@pytest.mark.parametrize(("name", "email", "bot"), [
    ("jenkinsPublisher", "sre@editeur-exemple.io", True),
    ("jenkins prestataire", "ent.support@prestataire-exemple.com", True),
    ("Editeur CI", "ci@editeur-exemple.io", True),
    ("Github Action", "github-action@noreply", True),
    ("Paul Jenkins", "paul.jenkins@prestataire-exemple.com", False),
    ("Travis Martin", "travis.martin@prestataire-exemple.com", False),
    ("Support", "support@prestataire-exemple.com", False),
])
def test_ci_server_names_from_team_addresses(name, email, bot):
    assert is_bot(name, email) is bot


def _release_history(repo):
    authors = []
    for i in range(6):
        authors += [JENKINS, JENKINS, ("Camille Leroy", "camille.leroy@prestataire-exemple.com")]
    return _history(repo, authors + [("Marc Petit", "marc.petit@prestataire-exemple.com")] * 2)


def test_a_release_account_is_neither_a_person_nor_an_organisation(repo):
    ctx = ctx_for(_release_history(repo))
    res = run_check(ctx, "maintenance.contributors")
    assert "jenkinsPublisher" not in res.message["en"], res.message
    orgs = {o["domain"] for o in ctx.fact("organisations")["organisations"]}
    assert orgs == {"prestataire-exemple.com"}, orgs
    assert ctx.fact("history_activity")["human_commits_365d"] == 8
    year = run_check(ctx, "scaling.contributor-organisations").evidence[0].value["year"]
    assert year["people"] == 2 and year["bot_commits"] == 12, year
