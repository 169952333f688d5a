"""One person's two identities counted as two contributors (issue 12, s31 c31 = reader s31 m23o3, iiidata/budget_collectivite):
the history's commits are by "bisonfrites@gmail.com <bisonfrites@gmail.com>" (a command-line commit, the address written as the
name) and by "bisonfrites <73542804+bisonfrites@users.noreply.github.com>" (GitHub's web editor), and
scaling.contributor-organisations said "One person wrote at least half (67%) of all commits, out of 2 contributors". A personal
mailbox whose local part is a no-reply address's login of the same history (8+ characters, no word of a full name) is that
account's owner. A short local part, or one that is a full name's word of another person, stays apart."""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def _all_time(repo, authors):
    res = run_check(ctx_for(_history(repo, authors)), "scaling.contributor-organisations")
    return res, res.evidence[0].value["all_time"]


def test_a_mailbox_named_as_the_noreply_login_is_the_same_person(repo):
    res, all_time = _all_time(repo, [("bisonfrites@gmail.com", "bisonfrites@gmail.com")]
                              + [("bisonfrites", "73542804+bisonfrites@users.noreply.github.com")] * 2)
    assert all_time["people"] == 1, all_time
    assert "out of 2 contributors" not in res.message["en"], res.message
    contributors = run_check(ctx_for(_history(repo, [("bisonfrites@gmail.com", "bisonfrites@gmail.com")]
                                            + [("bisonfrites", "73542804+bisonfrites@users.noreply.github.com")] * 2, name="c")),
                             "maintenance.contributors")
    assert contributors.evidence[0].value["all_time"] == 1, contributors.evidence[0].value


def test_a_short_local_part_or_another_persons_surname_stays_apart(repo):
    # ("marcel" is 6 letters: a first name many share; "bernardin" is the surname "Paul Bernardin" writes under)
    _, all_time = _all_time(repo, [("marcel@gmail.com", "marcel@gmail.com"), ("marcel", "1+marcel@users.noreply.github.com"),
                                   ("Paul Bernardin", "bernardin@gmail.com"),
                                   ("bernardin", "2+bernardin@users.noreply.github.com")])
    assert all_time["people"] == 4, all_time
