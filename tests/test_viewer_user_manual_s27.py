"""A metropolis's mviewer applications (issue 12, session 27 fixer c27 = measure 17 reader o1, sigrennesmetropole/app_mviewer), whose
README says "A documenter.": reusability.install passed, "how to load it is described", on the end users' manual of one form
(balades/formulaire/manuel_utilisateur.html: "2.1 : Importer les données GeoJSON sur le formulaire…"). A site's manual for its
visitors says how they use it, not how the applications are put into a viewer; an installation guide beside it still counts."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CONFIG = ("<config>\n  <application title=\"Balades\"/>\n  <mapoptions projection=\"EPSG:3857\" center=\"-186000,6125000\" zoom=\"11\"/>\n"
          "  <extensions>\n    <extension type=\"component\" id=\"accessibilite\" path=\"apps/public/addons\"/>\n  </extensions>\n</config>\n")
MANUAL = ("<html><body><h1>Manuel utilisateur du formulaire de création de balade</h1>\n<h2>1 : Se connecter</h2>\n"
          "<p>Ouvrir le formulaire dans le navigateur.</p>\n<h2>2.1 : Importer les données GeoJSON sur le formulaire de création de carte de "
          "balade</h2>\n<p>Cliquer sur le bouton Parcourir.</p>\n</body></html>\n")
APPS = {
    "README.md": "# app_mviewer\n\nA documenter.\n",
    "balades.xml": CONFIG,
    "balades/formulaire/manuel_utilisateur.html": MANUAL,
    "balades/formulaire/index.html": "<!doctype html><html><body><form><input type=\"file\"></form></body></html>\n",
}


def test_a_forms_user_manual_is_no_loading_guide(tmp_path):
    report = run(build(tmp_path / "apps", APPS), tmp_path / "c", sponsor="local-authority", only=["reusability.install"])
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    inst = results(report)["reusability.install"]
    assert inst["status"] != "pass" and not inst["details"]["load_steps"], inst["message"]
    assert "manuel_utilisateur" not in str(inst["evidence"]), inst["evidence"]
    # an installation guide beside it is one
    files = dict(APPS, **{"docs/installation.md": "# Installation\n\nCloner le dépôt dans le dossier apps de mviewer :\n\n"
                                                  "```bash\ngit clone https://forge.example.fr/app_mviewer apps/rm\n```\n"})
    inst = results(run(build(tmp_path / "apps2", files), tmp_path / "c2", sponsor="local-authority", only=["reusability.install"]))["reusability.install"]
    assert "docs/installation.md" in [e.get("path") for e in inst["evidence"]], inst["evidence"]
