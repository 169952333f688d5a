"""A QGIS plugin's dependencies (issue 12, s34 k34 = 3liz/qgis-mercicor-plugin). The plugin imports QGIS's own modules
(``from qgis.core import …``, ``from qgis.PyQt import …``, ``from osgeo import gdal``); its setup.cfg holds only linters' settings and
its requirements/ folder the tests' and the manual's tools. reusability.dependencies was not applicable ("no runtime dependency is
expected from a GIS kit") while maintenance.dependency-updates warned "Bot updates merged until 2022-01-04, none in the year" and
licensing.dependencies was inconclusive on "1 Python module imported (qgis) declared in no manifest": the python_imports fact counted
the host application's modules as third-party ones, and the kind rule was reusability.dependencies' alone. The modules QGIS's Python
ships are the host's now (no manifest declares them), and both checks read one rule (reusability.common.no_runtime_kind)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_maintenance import ALICE, BOB, DEPENDABOT, days_ago
from tests.test_reusability_fixtures import results, run_audit

CHECKS = ["reusability.dependencies", "maintenance.dependency-updates", "licensing.dependencies"]
METADATA = ("[general]\nname=Récifs\nqgisMinimumVersion=3.10\ndescription=Impact assessment on coral reefs\nversion=master\n"
            "author=3Liz\nemail=info@example.com\nhasProcessingProvider=yes\nrepository=https://github.com/example/qgis-recifs\n")
PLUGIN = ("from qgis.core import QgsApplication, QgsProject\nfrom qgis.PyQt.QtWidgets import QAction\nfrom osgeo import gdal\n\n"
          "from recifs.processing.provider import Provider\n\n\nclass Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n"
          "    def initGui(self):\n        self.provider = Provider()\n        QgsApplication.processingRegistry().addProvider(self.provider)\n")
PROVIDER = ("import processing\n\nfrom qgis.core import QgsProcessingProvider\n\n\nclass Provider(QgsProcessingProvider):\n"
            "    def id(self):\n        return 'recifs'\n")
LICENCE = "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n"
FILES = {
    "README.md": "# Récifs\n\nExtension QGIS d'évaluation des impacts sur les récifs coralliens.\n",
    "LICENSE": LICENCE,
    "recifs/metadata.txt": METADATA,
    "recifs/__init__.py": "def classFactory(iface):\n    from recifs.plugin import Plugin\n    return Plugin(iface)\n",
    "recifs/plugin.py": PLUGIN,
    "recifs/processing/__init__.py": "",
    "recifs/processing/provider.py": PROVIDER,
    "setup.cfg": "[flake8]\nmax-line-length = 110\n\n[isort]\nmulti_line_output = 3\n\n[qgis-plugin-ci]\nplugin_path = recifs\n",
    "requirements/dev.txt": "flake8\nflake8-bugbear\nflake8-isort\n",
    "requirements/doc.txt": "mkdocs-material>=8.1.0,<9.0.0\n",
    ".github/workflows/ci.yml": "on: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n"
                                "      - uses: actions/setup-node@v2.5.0\n      - run: flake8\n",
}


def _audit(tmp_path, files, bot=True):
    commits = [{"date": days_ago(1500), "author": ALICE, "files": files, "message": "init"}]
    if bot:  # Dependabot bumped the workflow's actions years ago, then its configuration was switched off
        commits += [{"date": days_ago(1300), "author": DEPENDABOT, "message": "Bump actions/setup-node from 2.5.0 to 2.5.1",
                     "files": {".github/workflows/ci.yml": files[".github/workflows/ci.yml"].replace("v2.5.0", "v2.5.1")}}]
    commits += [{"date": days_ago(40), "author": BOB, "files": {"README.md": files["README.md"] + "\nVoir la documentation.\n"}}]
    r = results(run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", CHECKS))
    return {cid: r[cid]["status"] for cid in CHECKS}, {cid: r[cid]["message"]["en"] for cid in CHECKS}


def test_a_qgis_plugin_has_nothing_to_keep_up_to_date(tmp_path):
    status, msg = _audit(tmp_path, FILES)
    assert status["reusability.dependencies"] == "not_applicable", msg
    assert status["maintenance.dependency-updates"] == "not_applicable", msg
    assert "nothing to update" in msg["maintenance.dependency-updates"], msg
    # (qgis, processing and osgeo are QGIS's: no module a manifest of the plugin would declare)
    assert "qgis" not in msg["licensing.dependencies"] and status["licensing.dependencies"] == "not_applicable", msg


def test_a_pyqgis_script_keeps_the_packages_qgis_does_not_ship(tmp_path):
    files = {"README.md": "# Carte\n\nScripts PyQGIS.\n", "LICENSE": LICENCE, "carte.py": "from qgis.core import QgsProject\nfrom PyQt5.QtCore import QVariant\n"
             "import pandas as pd\n\nprint(QgsProject.instance(), QVariant(), pd)\n", ".github/workflows/ci.yml": FILES[".github/workflows/ci.yml"]}
    status, msg = _audit(tmp_path, files, bot=False)
    assert "1 Python module(s) imported by the code (pandas)" in msg["licensing.dependencies"], msg


def test_a_pyqt_application_without_qgis_keeps_pyqt_as_a_dependency(tmp_path):
    files = {"README.md": "# Fenêtre\n\nUne application de bureau.\n", "LICENSE": LICENCE, ".github/workflows/ci.yml": FILES[".github/workflows/ci.yml"],
             "app.py": "import sys\n\nfrom PyQt5.QtWidgets import QApplication, QLabel\n\napp = QApplication(sys.argv)\nQLabel('ok').show()\n"}
    status, msg = _audit(tmp_path, files, bot=False)
    assert "(PyQt5)" in msg["licensing.dependencies"], msg


def test_a_django_application_a_bot_updated_years_ago_still_warns(tmp_path):
    files = {"README.md": "# Service\n\nUn service.\n", "requirements.txt": "django==4.2.11\n", ".github/workflows/ci.yml": FILES[".github/workflows/ci.yml"],
             "app/views.py": "from django.http import HttpResponse\n\n\ndef index(request):\n    return HttpResponse('ok')\n"}
    status, msg = _audit(tmp_path, files)
    assert status["maintenance.dependency-updates"] == "warn" and "none in the year" in msg["maintenance.dependency-updates"], msg


def test_a_qgis_plugin_importing_another_module_agrees_with_dependencies(tmp_path):
    # (the kind rule, shared: reusability.dependencies' "none is expected from a GIS kit" is dependency-updates' "nothing to update")
    # (yaml is QGIS's own since s35 u35: a module QGIS does not bring, named by the README as such a module must be)
    files = {**FILES, "README.md": FILES["README.md"] + "\nPrérequis : shapely.\n", "recifs/plugin.py": "import shapely\n" + PLUGIN}
    status, msg = _audit(tmp_path, files)
    assert status["reusability.dependencies"] == status["maintenance.dependency-updates"] == "not_applicable", msg
    assert "no runtime dependency is expected from a GIS kit" in msg["maintenance.dependency-updates"], msg
