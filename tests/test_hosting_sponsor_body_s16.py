"""scaling.hosting (issue 12, session 16's reads r1/r2): the sponsor's own domains were called "another public body's" when
the forge account's name does not spell them and every commit comes from a contractor: a city's mobile app built by an IT
services firm calling the city's servers (paris.fr for the account lutece-secteur-public), a metropolis's lab's kiosk app
logging to interpretable.erasme.org (account "interpretable"), a regional data centre's script checking the data platform it
runs (datasud.fr for the account CRIGEPACA). Now the public body holding the account (organisations.yml's public_bodies)
gives all its domains, a server named after the account or the project on a public body's domain is the project's own, and
the publiccode.yml maintainers' public addresses name the sponsor. Another body's domain stays another body's."""

from __future__ import annotations

import subprocess

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
CONTRACTOR = ("Dev Presta", "dev.presta@accenture.com")  # a listed IT services firm: its domain says nothing of the sponsor


def hosting(tmp_path, owner: str, files: dict, project: str = "appli", author=CONTRACTOR) -> dict:
    files = {"README.md": "# Appli\n\nSignalements.\n", **files}
    repo = make_repo(tmp_path / f"{owner}-{project}", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init",
                                                        "author": author}])
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/{project}.git"], check=True)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{owner}-{project}", offline=True, only=[CID]))
    return report


def classes(report: dict) -> dict:
    return {h["host"]: h["class"] for h in report["facts"]["hosting_dependencies"]["hosts"]}


SWIFT = ('import Foundation\n\nstruct Api {\n    static let base = "https://r12.rec.apps.paris.fr/signalement/api"\n'
         '    static let photos = "https://photos.grandlyon.com/public"\n}\n')


def test_a_city_account_built_by_a_contractor_calls_the_citys_own_servers(tmp_path):
    report = hosting(tmp_path, "lutece-secteur-public", {"App/Services/Api.swift": SWIFT})
    c = classes(report)
    assert c["paris.fr"] == "own", c  # was public-other: the sponsor's domain was read from the contractor's commits
    assert c["grandlyon.com"] == "public-other", c  # another body's stays another body's
    r = next(x for x in report["results"] if x["id"] == CID)
    assert "the sponsor's servers" in r["message"]["en"], r["message"]


def test_a_data_centres_account_runs_its_regional_platform(tmp_path):
    script = ('import requests\n\nURL = "https://trouver.plateforme-exemple.fr/api/3/action/package_list"\n'
              'SHOW = "https://trouver.datasud.fr/api/3/action/package_show?id="\n\n'
              'def main():\n    return requests.get(SHOW).json()\n')
    assert classes(hosting(tmp_path, "CRIGEPACA", {"control.py": script}))["datasud.fr"] == "own"
    # the same script in an unrelated account: the platform is another public body's
    assert classes(hosting(tmp_path, "sig-agglo", {"control.py": script}))["datasud.fr"] == "public-other"


def test_an_account_named_like_one_domain_of_a_body_owns_its_other_domains(tmp_path):
    """datatlas-erasme is named like erasme.org, the Métropole de Lyon's lab's: the Métropole's data portal is its own too."""
    js = 'export const API = "https://download.data.grandlyon.com/wfs/grandlyon";\nexport const PARIS = "https://opendata.paris.fr/api";\n'
    c = classes(hosting(tmp_path, "datatlas-erasme", {"src/config.js": js}))
    assert c == {"grandlyon.com": "own", "paris.fr": "public-other"}, c


def test_a_server_named_after_the_account_on_a_public_bodys_domain_is_the_projects(tmp_path):
    cpp = ('#include "ofApp.h"\n\nvoid ofApp::setup(){\n'
           '    string url = config.value("log-url", "http://kiosque-musee.mairie-exemple.fr/api/machine");\n'
           '    string wms = "https://geoserver.agglo-exemple.fr/wms";\n}\n')
    c = classes(hosting(tmp_path, "kiosque-musee", {"src/ofApp.cpp": cpp}, project="KiosqueApp"))
    assert c["mairie-exemple.fr"] == "own", c  # was public-other
    assert c["agglo-exemple.fr"] == "public-other", c  # a service word (geoserver.) names no project
    # the project's name as the server's label, under another account
    c = classes(hosting(tmp_path, "sig-team", {"src/ofApp.cpp": cpp}, project="kiosque-musee"))
    assert c["mairie-exemple.fr"] == "own", c


def test_the_publiccode_maintainers_public_address_names_the_sponsor(tmp_path):
    pc = ("publiccodeYmlVersion: '0.4'\nname: Appli\nurl: https://github.com/sig-team/appli\nmaintenance:\n  type: internal\n"
          "  contacts:\n    - name: Service SIG\n      email: sig@agglo-exemple.fr\n    - name: Dev\n      email: dev@prestataire-exemple.com\n")
    js = 'const WMS = "https://carto.agglo-exemple.fr/wms";\nconst OTHER = "https://carto.mairie-exemple.fr/wms";\n'
    report = hosting(tmp_path, "sig-team", {"publiccode.yml": pc, "js/map.js": js})
    c = classes(report)
    assert c == {"agglo-exemple.fr": "own", "mairie-exemple.fr": "public-other"}, c
    assert report["facts"]["hosting_dependencies"]["own_domains"] == ["agglo-exemple.fr"]
