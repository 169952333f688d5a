"""scaling.contributor-organisations: a centre de gestion de la fonction publique territoriale's domain is a public body's (issue 12,
session 41 fixer fb41 = CDG47-Dev/t3_Serignac, reader rl40 item 3). A TYPO3 site template of a commune was committed by an agent of
the Centre de gestion de Lot-et-Garonne from @cdg47.fr, an unlisted domain then read as a company's ('companies and other
organisations 8%', public 0%). Each département's centre de gestion, an établissement public local administratif serving its
communes' staff, has a domain of "cdg" and the département's number (cdg47.fr, cdg-64.fr, cdg2a.fr, cdg974.fr): public. Near miss:
a domain of "cdg" and another word or number (cdgroup.fr, cdg99.fr) stays an organisation. The fixtures are written for the test."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.contributor-organisations"
FILES = {"README.md": "# Gabarit\n\nGabarit TYPO3 du site d'une commune.\n", "ext_localconf.php": "<?php\ndefined('TYPO3_MODE') or die();\n"}


def run(tmp_path, authors) -> dict:
    commits = [{"files": FILES if i == 0 else {f"Configuration/p{i}.txt": f"lib.p{i} = TEXT\n"}, "author": authors[i % len(authors)],
                "message": f"step {i}", "date": f"2016-0{i + 1}-10T10:00:00Z"} for i in range(6)]
    report = audit(str(make_repo(tmp_path / "r", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2016, 12, 31), only=[CID]))
    return report["results"][0]


def test_a_centre_de_gestion_domain_is_public(tmp_path):
    r = run(tmp_path, [("Jeanne Agent", "j.agent@cdg47.fr"), ("Paul Autre", "p.autre@cdg-64.fr")])
    types = {o["domain"]: o["type"] for e in r["evidence"] if isinstance(e.get("value"), dict)
             for o in e["value"].get("organisations_all_time") or []}
    assert types.get("cdg47.fr") == "public" and types.get("cdg-64.fr") == "public", (types, r["message"]["en"])


def test_a_cdg_named_company_stays_an_organisation(tmp_path):
    r = run(tmp_path, [("Jeanne Agent", "j.agent@cdgroup.fr"), ("Paul Autre", "p.autre@cdg99.fr")])
    types = {o["domain"]: o["type"] for e in r["evidence"] if isinstance(e.get("value"), dict)
             for o in e["value"].get("organisations_all_time") or []}
    assert types.get("cdgroup.fr") == "organisation" and types.get("cdg99.fr") == "organisation", (types, r["message"]["en"])
