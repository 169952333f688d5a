"""scaling.reuse (issue 12, session 16's reads r2): a gateway's README paragraph says who hosts it ("…en a confié l'hébergement et
la maintenance à l'[agence Exemple](https://www.agence-exemple.com). Elle synchronise quotidiennement plusieurs instances de
Geotrek…"): the agency's website was read as an instance of the project ("1 instance named", warn 6). Only the links of the
sentence that speaks of instances or reusers are instances, and a link labelled as a company (agency, contractor) names who
works on the project, not where it runs."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.reuse import scan_document
from tests.gitrepo import make_repo

README = ("# Passerelle\n\nPasserelle qui importe les données d'instances Geotrek vers un système d'information touristique.\n\n"
          "## Historique\n\nLe déploiement est financé par le Parc qui en a confié l'hébergement et la maintenance à "
          "l'[agence Exemple](https://www.agence-exemple.com). Elle synchronise quotidiennement plusieurs instances de Geotrek "
          "avec le SIT, voir [CHANGELOG.md](CHANGELOG.md).\n")


def test_the_hosting_agencys_site_is_no_instance(tmp_path):
    assert scan_document("README.md", README) == []
    repo = make_repo(tmp_path / "p", [{"files": {"README.md": README, "src/sync.js": "export const run = () => 1;\n"},
                                       "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.reuse"]))
    r = next(x for x in report["results"] if x["id"] == "scaling.reuse")
    assert "agence-exemple.com" not in str(r["evidence"]), r["evidence"]


def test_links_of_the_sentence_naming_users_stay_instances():
    text = "Utilisé par [la Ville d'Exemple](https://carto.ville-exemple.fr). Développé par l'[agence Exemple](https://agence-exemple.com).\n"
    assert [f["value"] for f in scan_document("README.md", text)] == ["https://carto.ville-exemple.fr"]
    text = "Hébergé chez l'[agence Exemple](https://agence-exemple.com) et déployé par la [Métropole](https://geo.metropole-exemple.fr).\n"
    assert [f["value"] for f in scan_document("README.md", text)] == ["https://geo.metropole-exemple.fr"]
