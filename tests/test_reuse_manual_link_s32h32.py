"""scaling.reuse (issue 12, session 32, h32 = reader m25o3's 3liz/qgis-veloroutes_voies_vertes-plugin): a QGIS plugin's user guide
opens with "Une fois installé à l'aide du [gestionnaire d'extensions de QGIS](https://docs.qgis.org/…/user_manual/plugins/plugins.html),
pour utiliser l'outil…": "installé à" was read as "installed at" a place and the link to QGIS's manual as an instance of the
project ("1 instance named", warn). "Installé à l'aide de" (or "à partir de") says how, not where; and a link to a manual's page
is how to do something with a tool, never a place the project runs."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.reuse import scan_document
from tests.gitrepo import make_repo

GUIDE = ("---\nhide:\n  - toc\n---\n\n# Guide d'utilisation\n\nUne fois installé à l'aide du [gestionnaire d'extensions de QGIS]"
         "(https://docs.qgis.org/3.16/fr/docs/user_manual/plugins/plugins.html#qgis-plugins), pour utiliser l'outil, il faut se rendre "
         "dans la boîte à outils de traitements de QGIS.\n")


def test_installed_with_the_help_of_a_manuals_page_is_no_instance(tmp_path):
    assert scan_document("docs/user-guide/index.md", GUIDE) == []
    repo = make_repo(tmp_path / "p", [{"files": {"README.md": "# Véloroutes\n\nExtension QGIS.\n", "docs/user-guide/index.md": GUIDE,
                                                 "veloroutes/plugin.py": "def classFactory(iface):\n    return None\n"},
                                       "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.reuse"]))
    r = next(x for x in report["results"] if x["id"] == "scaling.reuse")
    assert "docs.qgis.org" not in str(r["evidence"]) and r["status"] != "warn", r


def test_installed_at_a_place_stays_an_instance():
    text = "L'outil est installé à la [Métropole d'Exemple](https://sig.metropole-exemple.fr/veloroutes/).\n"
    assert [f["value"] for f in scan_document("README.md", text)] == ["https://sig.metropole-exemple.fr/veloroutes/"]
