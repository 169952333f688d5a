"""A commit address with a machine's name appended (``first.last@company.com@build-host``) is the address before it.

Real case (issue 12, s48 lead, reader rb48 = GIP-RECIA/cas-esco-overlay): two [maven-release-plugin] commits of 2025-12-10 are
authored as a company address with a City of Paris build server's host name appended; the address was split on its last "@", the
unknown host taken as a personal domain, and scaling.contributor-organisations said "2 are written from the personal or masked
address of a person who also writes from the organisation's address". Near misses: a git-svn address (user@domain@<UUID>) keeps
its own rule, and an address whose middle part is no mail domain (jdoe@localhost@host) is left as it is.
"""

from __future__ import annotations

from auditor.snapshot import author_of
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

AGENT = ("Paul Dupont", "paul.dupont@integrateur-conseil.fr")
RELEASE = ("Paul Dupont", "paul.dupont@integrateur-conseil.fr@u06-build-01.cmp.paris.mdp")


def test_an_appended_host_name_is_dropped_from_the_address():
    assert author_of("Paul Dupont", RELEASE[1]) == ("Paul Dupont", "paul.dupont@integrateur-conseil.fr")


def test_near_misses_keep_their_address():
    uuid = "jdoe@mairie.fr@2c2b1a3e-1111-2222-3333-444455556666"
    assert author_of("jdoe", uuid) == ("jdoe", "jdoe@mairie.fr")  # (the git-svn rule)
    assert author_of("jdoe", "jdoe@localhost@host")[1] == "jdoe@localhost@host"


def test_release_commits_from_a_build_server_are_the_companys_not_personal(repo):
    r = _history(repo, [AGENT, AGENT, RELEASE, AGENT, RELEASE, AGENT])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    en = res.message["en"]
    assert "integrateur-conseil.fr" in en and "personal or masked" not in en, en


def test_release_commits_count_for_the_company_domain(repo):
    r = _history(repo, [AGENT, AGENT, RELEASE, AGENT, RELEASE, AGENT])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert "100% of all commits come from addresses of companies or other organisations, mostly integrateur-conseil.fr" in res.message["en"], res.message["en"]
