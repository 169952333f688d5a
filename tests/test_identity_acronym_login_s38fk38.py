"""scaling.contributor-organisations (issue 12, s38 fk38 = fBedecarrats/Nantes_delibR).

A Métropole's data scientist committed as "Florent Bédécarrats" <…@gmail.com> and from his work GitHub account's no-reply address,
login "FlorentBedecarratsNM" (his name run together in camel case, then the employer's two capitals): two people were counted, "Two
people wrote at least half of all commits". A camel-case login of a first and last name followed by a two-capital acronym is that
full name extended by one word, as "AntoineBreitwillerCSTB" already was (3+ letters): one person, when only one identity fits.
Near miss: the same login beside someone of another surname stays apart. Made-up names below.
"""

from __future__ import annotations

from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

HOME = ("Gaëlle Quémeneur", "g.quemeneur@gmail.com")
WORK = ("GaelleQuemeneurRB", "75624058+GaelleQuemeneurRB@users.noreply.github.com")
CONTRACTOR = ("LEROUX Paul (Prestataire)", "PLEROUX@ad.rennes.net")


def _all_time(repo, authors):
    r = repo([{"date": days_ago(900 - 10 * i), "author": a, "files": {f"app{i}.R": f"x{i} <- {i}\n"}} for i, a in enumerate(authors)])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    return res, res.evidence[0].value["all_time"]


def test_a_camel_case_login_with_the_employers_acronym_is_the_same_person(repo):
    res, all_time = _all_time(repo, [HOME] * 9 + [WORK] * 6 + [CONTRACTOR] * 3)
    assert all_time["people"] == 2 and all_time["top_person_share"] >= 0.83, all_time
    assert "Two people" not in res.message["en"], res.message


def test_the_same_login_beside_another_surname_stays_apart(repo):
    other = ("Gaëlle Martin", "g.martin@gmail.com")
    res, all_time = _all_time(repo, [other] * 9 + [WORK] * 6 + [CONTRACTOR] * 3)
    assert all_time["people"] == 3, all_time
