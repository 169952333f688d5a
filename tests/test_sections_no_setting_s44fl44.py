"""documentation.readme-sections (issue 12, s44 fl44 = reader rh44, FredDuhart/PyAlize): a desktop calculation program (a PySide6
window computing a pavement's stresses) whose code reads no setting — reusability.configuration: not applicable, "nothing for a
deployment to set" — was told its README misses a "configuration" section. The expected sections follow what the configuration
rule finds, not the kind alone. Near miss: the same program reading its data folder from an environment variable is still asked."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

WINDOW = ('import sys\nfrom PySide6.QtWidgets import QApplication, QMainWindow, QPushButton\n\nfrom calcul import contraintes\n\n\n'
          'class Fenetre(QMainWindow):\n    def __init__(self):\n        super().__init__()\n'
          '        self.bouton = QPushButton("Calculer", self)\n        self.bouton.clicked.connect(self.calculer)\n\n'
          '    def calculer(self):\n        self.setWindowTitle(str(contraintes([0.06, 0.08], [5400.0, 9300.0])))\n\n\n'
          'if __name__ == "__main__":\n    app = QApplication(sys.argv)\n    fenetre = Fenetre()\n    fenetre.show()\n    sys.exit(app.exec())\n')
CALCUL = ('import numpy as np\n\n\ndef contraintes(epaisseurs, modules):\n    """Contraintes à la base de chaque couche."""\n'
          '    return list(np.array(modules) / (1 + np.cumsum(epaisseurs)))\n')
README = "# Chaussée\n\n## Objectif\n\nCalculer les contraintes et déformations d'une chaussée multicouche (modèle de Burmister).\n"


def sections(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": README, "app.py": WINDOW, "calcul.py": CALCUL, **files},
                                       "date": "2025-11-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                           only=["documentation.readme-sections", "reusability.configuration"]))
    assert report["facts"]["project"]["kind"] == "desktop-application", report["facts"]["project"]["kind"]
    return {r["id"]: r for r in report["results"]}


def test_a_program_reading_no_setting_is_not_asked_for_a_configuration_section(tmp_path):
    res = sections(tmp_path, {})
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]["en"]
    r = res["documentation.readme-sections"]
    assert "configuration" not in r["details"]["missing"], r["message"]["en"]
    assert "install" in r["details"]["missing"], r["message"]["en"]


def test_a_program_reading_an_environment_variable_is_still_asked(tmp_path):
    calcul = CALCUL.replace("import numpy as np\n", "import os\n\nimport numpy as np\n\nDOSSIER = os.environ.get(\"CHAUSSEE_DOSSIER\", \"exports\")\n")
    res = sections(tmp_path, {"calcul.py": calcul})
    assert res["reusability.configuration"]["status"] != "not_applicable"
    assert "configuration" in res["documentation.readme-sections"]["details"]["missing"]
