"""People (issue 12, s41 fg41 = reader rd41's renowong/faaa-multifac, renowong/main-courante): a commune's application imported
from Subversion by git-svn, whose author addresses are ``<svn user>@<the SVN repository's UUID>``; its author committed under
his e-mail address, so git-svn wrote ``renowong@gmail.com@4038a7f8-…``. Those were "unknown addresses" and a person apart from
the same author's later commits as renowong@gmail.com (3 people, "unknown addresses 98 %"). Rule now: a git-svn address wrapping
an e-mail address is that address (one person, its domain read). Near miss: a bare Subversion user name (``rwong@<uuid>``) names
no mailbox and stays an unknown address."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from auditor.snapshot import author_of
from tests.gitrepo import make_repo

UUID = "4038a7f8-1ff6-c7f9-855b-cd415c7befc8"


def commits(svn_author):
    authors = [svn_author] * 4 + [("jdupont", "jean.dupont.pf@gmail.com")] * 2 + [("Paul Tetuanui", "paul.tetuanui@presta-it.pf")]
    return [{"files": {"facture.php": f"<?php\n$version = {i};\n"}, "date": f"2014-0{i + 1}-02T10:00:00Z", "message": f"r{i}",
             "author": a} for i, a in enumerate(authors)]


def _types(tmp_path, svn_author, name):
    repo = make_repo(tmp_path / name, commits(svn_author))
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, as_of=date(2026, 12, 1),
                                           only=["scaling.contributor-organisations", "maintenance.contributors"]))
    return report["facts"]


def test_a_git_svn_address_wrapping_an_e_mail_is_that_address(tmp_path):
    facts = _types(tmp_path, ("jean.dupont.pf@gmail.com", f"jean.dupont.pf@gmail.com@{UUID}"), "svn")
    assert facts["contributors"]["all_time"] == 2, facts["contributors"]  # was 3: the git-svn address was someone else
    every = facts["contributor_types"]["all_time"]
    assert every["by_type"]["unknown"] == 0, every  # was 4 unknown commits
    assert author_of("x@y.fr", f"x@y.fr@{UUID}") == ("x", "x@y.fr")


def test_near_miss_a_bare_svn_user_stays_an_unknown_address(tmp_path):
    facts = _types(tmp_path, ("rdupont", f"rdupont@{UUID}"), "bare")
    assert facts["contributor_types"]["all_time"]["by_type"]["unknown"] == 4, facts["contributor_types"]["all_time"]
    assert author_of("rdupont", f"rdupont@{UUID}") == ("rdupont", f"rdupont@{UUID}")


def test_one_person_with_221_of_222_commits_wrote_99_percent_not_100():
    from auditor.checks.scaling.risks import bus_factor_words
    w = {"commits": 222, "top_person_share": 221 / 222, "people": 2, "absence_factor": 1}
    assert "99%" in bus_factor_words(w, "de tout l'historique", "all")[1]
    w = {"commits": 20, "top_person_share": 0.8, "people": 3, "absence_factor": 1}
    assert "80%" in bus_factor_words(w)[1]  # (near miss: a share below 99.5 % is said as it rounds)
