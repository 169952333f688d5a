"""organisations.yml (issue 12, s38 fi38 = reader ra38, sketchy64/site-commune-rgaa): a TYPO3 sitepackage for communes written by
an agent of the APGL, the Agence publique de gestion locale des Pyrénées-Atlantiques (a syndicat mixte serving the département's
communes and EPCI, their public digital-services operator), whose commits came from @apgl64.fr: maintenance.organisations said
"1 organisation(s) in the year, 0 of them public: apgl64.fr". The APGL's domain is a public body's; a look-alike stays unlisted.
Made-up people below."""

from __future__ import annotations

from auditor.facts.scaling.common import email_type
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def test_the_apgls_domain_is_public():
    t = email_type("Camille Martin", "camille.martin@apgl64.fr")
    assert t["type"] == "public" and t.get("listed"), t


def test_a_look_alike_stays_unlisted():
    t = email_type("Camille Martin", "camille@apgl64-conseil.fr")
    assert t["type"] != "public" and not t.get("listed"), t


def test_the_agents_commits_are_a_public_bodys(repo):
    r = _history(repo, [("Camille Martin", "camille.martin@apgl64.fr")] * 6)
    res = run_check(ctx_for(r), "maintenance.organisations")
    assert "0 of them public" not in res.message["en"], res.message
