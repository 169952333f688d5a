"""Public digital service operators (OPSN) and State agencies' regional sites (issue 12, s21 r2).

- e-Collectivités Vendée (an OPSN, a syndicat mixte) was in no list: its staff's commits were typed "company"
  (scaling.contributor-organisations) and its own servers hard-coded in a theme's templates (its password, help-desk pages) were
  not territory values, because the sponsor's own servers counted only for a local government, not for an OPSN.
- A State agency's regional direction (www.<region>.cerema.fr, a footer credit) was called "a local government's account on a
  shared service (a sub-domain in its name)": a State body's own sub-domain named after a region is no territory's account.
"""

from __future__ import annotations

import subprocess
from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "reusability.territory-neutral"
HEADER = ('<header class="top">\n  <nav>\n    <a href="{{ path(\'user.logout\') }}">Quitter</a>\n'
          '    <a href="https://motdepasse.ecollectivites.fr/index.php">Changer de mot de passe</a>\n  </nav>\n</header>\n')
FOOTER = '<footer>\n  <a href="https://www.nord-picardie.cerema.fr">Réalisé avec le Cerema</a>\n</footer>\n'


def _audit(tmp_path, origin, files, author, only):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": author}])
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", origin], check=True)
    cache = tmp_path / "c"
    report = audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=only, as_of=date(2026, 6, 1),
                                           config=AuditConfig(cache_dir=cache, offline=True, network=False)))
    return report


def test_an_opsn_own_servers_in_a_theme_are_territory_values_and_its_staff_public(tmp_path):
    files = {"README.md": "# Thème du bureau numérique\n\nThème Drupal des collectivités adhérentes.\n",
             "templates/parts/header.html.twig": HEADER, "mytheme.info.yml": "name: Mon thème\ntype: theme\ncore_version_requirement: ^10\n"}
    report = _audit(tmp_path, "https://github.com/e-Collectivites/bureau-theme.git", files,
                    ("Agent Syndicat", "agent.syndicat@ecollectivites.fr"), [CID, "scaling.contributor-organisations"])
    assert report["facts"]["project"]["sponsor_type"] == "opsn"
    r = next(x for x in report["results"] if x["id"] == CID)
    assert r["status"] != "pass", r["message"]
    assert any(e.get("path") == "templates/parts/header.html.twig" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]
    contrib = next(x for x in report["results"] if x["id"] == "scaling.contributor-organisations")
    orgs = contrib["evidence"][0]["value"]["organisations_all_time"]
    assert [(o["domain"], o["type"]) for o in orgs] == [("ecollectivites.fr", "public")], orgs


def test_a_state_agencys_regional_site_is_no_territorys_account(tmp_path):
    files = {"README.md": "# Visualisation\n\nTableau de bord des enquêtes.\n", "index.html": FOOTER,
             "js/app.js": "const a = 1;\nexport default a;\n"}
    report = _audit(tmp_path, "https://github.com/un-service-sig/viz.git", files, ("A B", "ab@gmail.com"), [CID])
    r = report["results"][0]
    assert not any("nord-picardie" in str(e.get("value")) for e in r["evidence"]), r["evidence"]
    assert r["status"] == "pass", r["message"]


def test_a_territorys_account_on_a_shared_service_still_counts(tmp_path):
    files = {"README.md": "# Enquête\n\nScript d'export.\n",
             "export.py": 'import argparse\np = argparse.ArgumentParser()\np.add_argument("--url", default="https://asp-loire-atlantique.sondages-en-ligne.net/")\n'}
    report = _audit(tmp_path, "https://github.com/un-service-sig/export.git", files, ("A B", "ab@gmail.com"), [CID])
    r = report["results"][0]
    assert any("loire-atlantique" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


SETTINGS = ('Viewer.settings = {{\n    proxy: "proxy.php?url=",\n    centerX: {x},\n    centerY: {y},\n    initScale: 13000,\n'
            '    widthMap: 750\n}};\n')


def test_a_map_centre_given_one_setting_per_axis_is_a_territory_value(tmp_path):
    """(Ouvre-EMD's d3viewer settings: centerX: 2.7, centerY: 49.6 centre the map on Picardie; the footer's Cerema link was the
    only finding, so leaving it out must not hide this one.)"""
    files = {"README.md": "# Visualisation\n\nTableau de bord des enquêtes.\n", "index.html": FOOTER,
             "js/viewer-settings.js": SETTINGS.format(x="2.7", y="49.6")}
    r = _audit(tmp_path, "https://github.com/un-service-sig/viz.git", files, ("A B", "ab@gmail.com"), [CID])["results"][0]
    assert any(e.get("path") == "js/viewer-settings.js" and e.get("line") == 3 for e in r["evidence"]), r["evidence"]


def test_a_national_map_centre_one_setting_per_axis_stays_neutral(tmp_path):
    files = {"README.md": "# Visualisation\n\nTableau de bord des enquêtes.\n", "js/viewer-settings.js": SETTINGS.format(x="2.5", y="46.6")}
    r = _audit(tmp_path, "https://github.com/un-service-sig/viz.git", files, ("A B", "ab@gmail.com"), [CID])["results"][0]
    assert r["status"] == "pass", r["evidence"]
