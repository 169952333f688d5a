"""scaling.contributor-organisations (issue 12, session 17 reader a1). (1) A Département's intern committed from his school's
address (clement.x@edu.school.fr, 309 commits) and from the Département's (clement.x@<département>.fr, 55): the contributors
fact merged him, but each commit was typed by its own address, so "84 % of the year's commits come from companies or other
organisations (the school's domain)". A person whose organisation is a public body is that body's under an unlisted
organisation's address too (a listed contractor's address stays the contractor's). (2) A CI server's account making the
maven-release-plugin's commits (jenkins <jenkins@contractor.com>) was a person, the top author of a Lutece module."""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def test_an_agents_commits_from_a_school_address_are_the_public_bodys(repo):
    r = _history(repo, [("jdupont", "jean.dupont@edu.ecole-exemple.fr")] * 7 + [("JeanDupontCD", "jean.dupont@seinesaintdenis.fr")] * 2
                 + [("Marie", "marie.durand@seinesaintdenis.fr")])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert "ecole-exemple" not in res.message["en"], res.message
    assert res.evidence[0].value["year"]["shares"]["public"] == 1.0, res.evidence[0].value


def test_a_ci_servers_release_account_is_no_person(repo):
    r = _history(repo, [("jenkins", "jenkins@prestataire-exemple.com")] * 6 + [("Vincent", "vincent@prestataire-exemple.com")] * 4
                 + [("Camille", "camille@prestataire-exemple.com")] * 3 + [("Mathieu", "mathieu@prestataire-exemple.com")] * 2)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    year = res.evidence[0].value["year"]
    assert year["people"] == 3 and year["bot_commits"] == 6, year
