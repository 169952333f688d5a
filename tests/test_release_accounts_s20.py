"""Continuous-integration and release accounts are automation, not people nor organisations (issue 12, session 20 fixer f1,
case 2). On the City of Paris's Lutece repositories the CI server commits under "Artefak version changer <lutece_jenkins@…>"
(changing every plugin's parent POM), the maven-release-plugin's commits come from a "release" account, and Crowdin's
integration commits the translations: all three were people of maintenance.contributors, and the CI server's address an
organisation. The rule: a CI server's name in an address under another name, an author name made only of a build or release
job's words, a translation platform's integration, and an identity every commit of which is a release tool's own
("[maven-release-plugin] prepare release …"). A person named Jenkins, a person whose release commits sit among their own work,
stay people."""

from __future__ import annotations

import pytest

from auditor.people import is_bot
from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check


@pytest.mark.parametrize(("name", "email", "bot"), [
    ("Outil de montée de version", "portail_jenkins@ville-exemple.fr", True),
    ("release", "release@0a1b2c3d-svn-uuid", True),
    ("Build Server", "build@agglo-exemple.fr", True),
    ("GitLab CI", "gitlab-ci@departement-exemple.fr", True),
    ("Crowdin", "12345+portail-crowdin@users.noreply.github.com", True),
    ("Paul Jenkins", "paul.jenkins@ville-exemple.fr", False),
    ("Jeanne", "jeanne.jenkins@ville-exemple.fr", False),
    ("Marie Release", "marie@ville-exemple.fr", False),
    ("Travis Martin", "travis.martin@ville-exemple.fr", False),
])
def test_account_names_and_addresses(name, email, bot):
    assert is_bot(name, email) is bot


def _history(repo, commits, name="r"):
    """``commits``: (author, subject) pairs, oldest first, within the year."""
    return repo([{"date": days_ago(300 - 5 * i), "author": a, "message": subject, "files": {f"src/F{i}.java": f"class F{i} {{}}\n"}}
                 for i, (a, subject) in enumerate(commits)], name=name)


AGENT = ("Rose Lambert", "rose.lambert@ville-exemple.fr")
CONTRACTOR = ("Hugo Petit", "hugo.petit@ssii-exemple.fr")
CI = ("Outil de montée de version", "portail_jenkins@ville-exemple.fr")


def test_a_ci_servers_account_is_no_contributor_nor_organisation(repo):
    commits = [(AGENT, "Ajoute la recherche")] * 3 + [(CONTRACTOR, "Corrige l'export")] * 2 \
        + [(CI, "Change parent in pom.xml global-pom version 3.0 to global-pom version 3.1")] * 6
    ctx = ctx_for(_history(repo, commits))
    contributors = ctx.fact("contributors")
    assert contributors["active_365d"] == 2 and contributors["human_commits_365d"] == 5, contributors
    assert CI[0] in contributors["bots_365d"]
    res = run_check(ctx, "maintenance.contributors")
    assert CI[0] not in res.message["en"], res.message


def test_an_identity_that_only_ran_the_release_plugin_is_automation(repo):
    releaser = ("vbertin", "vbertin@poste-12.reseau-interne")
    commits = [(AGENT, "Ajoute la recherche")] * 3 + [(CONTRACTOR, "Corrige l'export")] * 2
    for v in ("1.0.0", "1.1.0", "1.2.0"):
        commits += [(releaser, f"[maven-release-plugin] prepare release portail-{v}"),
                    (releaser, "[maven-release-plugin] prepare for next development iteration")]
    ctx = ctx_for(_history(repo, commits))
    contributors = ctx.fact("contributors")
    assert contributors["active_365d"] == 2 and contributors["human_commits_365d"] == 5, contributors
    assert ctx.fact("history_activity")["human_commits_365d"] == 5
    assert ctx.fact("activity")["authors_365d"] == 2
    types = ctx.fact("contributor_types")["year"]
    assert "reseau-interne" not in str(types)


def test_a_person_who_also_releases_stays_a_person(repo):
    commits = [(AGENT, "Ajoute la recherche")] * 3 + [(CONTRACTOR, "Corrige l'export")] * 2 \
        + [(AGENT, "[maven-release-plugin] prepare release portail-1.0.0"), (AGENT, "[maven-release-plugin] prepare for next development iteration")]
    ctx = ctx_for(_history(repo, commits))
    contributors = ctx.fact("contributors")
    assert contributors["active_365d"] == 2 and contributors["human_commits_365d"] == 7, contributors
    orgs = {o["domain"] for o in ctx.fact("organisations")["organisations"]}
    assert "ville-exemple.fr" in orgs, orgs


def test_a_release_accounts_dependency_commit_is_no_update_tools(repo):
    commits = [(AGENT, "Ajoute la recherche")] * 3 + [(("release", "release@0a1b2c3d-svn-uuid"), "update dependency version of parent pom")]
    ctx = ctx_for(_history(repo, commits))
    assert ctx.fact("dependency_updates")["last_bot_update_date"] is None
    assert ctx.fact("contributors")["active_365d"] == 1
    # an update tool's own commit still counts
    commits = [(AGENT, "Ajoute la recherche")] * 3 + [(("Scala Steward", "12345+scala-steward@users.noreply.github.com"), "Update dependency circe to 0.14.6")]
    ctx = ctx_for(_history(repo, commits, name="r2"))
    assert ctx.fact("dependency_updates")["last_bot_update_date"] is not None
