"""documentation.language and a release history (issue 12, s42 lead, from ff42's re-audit of thepriben/demo-inforoute-084): a
French project whose only English text is its CHANGELOG.md was told "documentation in English, French" (pass 10), as if the
changelog were an English version of its documentation. A release history, a copied code of conduct, a security policy and a
list of authors speak of the project, not of how to use it: their language is not the documentation's. A contributing guide in
English is written for contributors and stays English documentation."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

README = ("# Carte du réseau routier\n\nPrototype de carte web des routes départementales, de leurs travaux et de leurs coupures, "
          "publiée comme un site statique.\n\n## Installation\n\nOuvrez le fichier index.html dans un navigateur : aucune installation "
          "n'est nécessaire, les données sont dans le dossier data.\n\n## Utilisation\n\nCliquez sur une route pour voir ses travaux "
          "en cours et les déviations proposées aux usagers du département.\n")
GUIDE = ("# Guide de mise à jour des données\n\nLes couches de la carte sont mises à jour chaque semaine à partir des exports du "
         "service des routes. Copiez le fichier exporté dans le dossier data, puis vérifiez que la carte affiche les nouvelles "
         "coupures avant de publier la nouvelle version du site sur le serveur du département.\n")
CHANGELOG = ("# Changelog\n\nAll notable changes to this project are documented in this file.\n\n## [1.2.0] - 2025-03-02\n\n"
             "### Added\n- Weather layer from the live data source, refreshed every hour.\n- Version number shown in the footer.\n\n"
             "## [1.1.0] - 2025-02-10\n\n### Fixed\n- Road closures were drawn under the works layer and could not be clicked.\n")
CONTRIBUTING = ("# Contributing\n\nThank you for helping with this map. Open an issue describing the problem before you send a pull "
                "request, keep each change small, and describe how you checked it on a copy of the data.\n")
SITE = {"README.md": README, "traitement/export.py": "def exporter(couche):\n    return couche\n",
        "CHANGELOG.md": CHANGELOG}


def test_an_english_changelog_is_no_english_documentation(tmp_path):
    r = check_result(tmp_path, SITE, "documentation.language")
    assert "in English" not in r["message"]["en"] and "An English version would widen reuse" in r["message"]["en"], r["message"]
    assert not any(e.get("path") == "CHANGELOG.md" for e in r["evidence"]), r["evidence"]


def test_an_english_contributing_guide_stays_english_documentation(tmp_path):  # (near miss: written for the project's contributors)
    r = check_result(tmp_path, {**SITE, "CONTRIBUTING.md": CONTRIBUTING}, "documentation.language")
    assert "documentation in English" in r["message"]["en"] and r["status"] == "pass", r["message"]
