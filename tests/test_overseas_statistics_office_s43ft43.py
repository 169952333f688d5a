"""organisations.yml (issue 12, s43 ft43 = reader re42, ISPF/enquetes-tourisme-eft-exportatn and ISPF/Truc): an R export job and
a user group's sessions committed by agents of the Institut de la statistique de la Polynésie française (ISPF, the Pays' statistical
office, an établissement public administratif) from their @ispf.pf addresses. maintenance.organisations said "0 of them public:
ispf.pf … Of unknown type" and scaling.contributor-organisations "none from a public body". The ISPF is a public body listed with
its domain and its forge account; a look-alike domain stays unlisted. Made-up people below."""

from __future__ import annotations

from auditor.facts.scaling.common import email_type
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def test_the_institutes_domain_is_public():
    t = email_type("Teva Martin", "tevam@ispf.pf")
    assert t["type"] == "public" and t.get("listed"), t


def test_near_miss_a_look_alike_stays_unlisted():
    t = email_type("Teva Martin", "teva@ispf-conseil.pf")
    assert t["type"] != "public" and not t.get("listed"), t


def test_an_agents_export_job_is_a_public_bodys(repo):
    r = _history(repo, [("Teva Martin", "tevam@ispf.pf")] * 4)
    res = run_check(ctx_for(r), "maintenance.organisations")
    assert "1 of them public" in res.message["en"] and "unknown type" not in res.message["en"], res.message
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert "none from a public body" not in res.message["en"] and "public bodies 100%" in res.message["en"], res.message
