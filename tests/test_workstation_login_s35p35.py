"""A login committing from a workstation of the organisation's internal network is the person of that organisation whose full
name gives it (issue 12, session 35 fixer p35).

- cseoneohs/ficheTerritoire: all 8 commits are one person's, 4 as "Christian SEON" <c.seon@eohs.fr>, 3 as "cseon"
  <cseon@L5440-CSEON.EOHS.LOCAL> and 1 as "cseon@eohs.local" <cseon@eohs.local@L5440-CSEON.EOHS.LOCAL> (git's user@machine in the
  company's Active Directory domain): scaling.contributor-organisations said "3 contributors … personal or masked addresses 50%".
  The same login at a network no other address names (another company's domain), or fitting two people of the company, stays apart.
  Made-up names below.
"""

from __future__ import annotations

from auditor.facts.history import identities

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

PERSON = ("Camille PRAT", "c.prat@bureau-etudes.fr")
MACHINE = ("cprat", "cprat@P1234-CPRAT.BUREAU-ETUDES.LOCAL")
NAMED_AS_ADDRESS = ("cprat@bureau-etudes.local", "cprat@bureau-etudes.local@P1234-CPRAT.BUREAU-ETUDES.LOCAL")


class _C:
    def __init__(self, name, email):
        self.author_name, self.author_email = name, email


def test_a_login_at_the_companys_internal_network_is_its_person(repo):
    r = _history(repo, [PERSON] * 4 + [MACHINE] * 3 + [NAMED_AS_ADDRESS])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    all_time = res.evidence[0].value["all_time"]
    assert all_time["people"] == 1 and all_time["by_type"]["organisation"] == 8, all_time
    assert "personal or masked" not in res.message["en"] and "3 contributors" not in res.message["en"], res.message


def test_the_same_login_stays_apart_when_nothing_ties_it_to_one_person():
    ids = identities([_C(*PERSON), _C("Claire Prat", "claire.prat@bureau-etudes.fr"), _C(*MACHINE)])
    assert ids[MACHINE[1].lower()] != ids[PERSON[1]], ids  # (two people of the company fit cprat)
    ids = identities([_C("Camille PRAT", "c.prat@autre-societe.fr"), _C(*MACHINE)])
    assert ids[MACHINE[1].lower()] != ids["c.prat@autre-societe.fr"], ids  # (the network names another organisation)
