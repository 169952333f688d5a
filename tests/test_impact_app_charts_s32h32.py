"""scaling.impact-indicators (issue 12, session 32, h32 = reader m25o3's 3liz/lizmap-naturaliz-module): the QGIS project guide of a
naturalist-observation platform has a chapter "#### Statistiques globales." explaining how to set up the charts of observation
counts the application shows ("L'application permet d'afficher un à plusieurs graphiques, basés sur les données de la base. Pour
cela, on utilise l'outil Dataviz…"): it passed as an "impact section in the docs". A chapter on the charts an application draws
from its data documents a feature named like the indicators, not the project's own use or impact; a chapter giving the figures
of the project's use stays one."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

GUIDE = ("# Projet QGIS support de la publication\n\n## Projet QGIS\n\n#### Informations sur le projet\n\nLe projet contient une "
         "présentation de la plateforme.\n\n#### Statistiques globales.\n\nL'application permet d'afficher un à plusieurs graphiques, "
         "basés sur les données de la base. Pour cela, on utilise l'outil Dataviz, disponible depuis Lizmap Web Client 3.2.\n\n"
         "Chaque graphique s'appuie sur une couche du projet QGIS.\n\n#### Impression\n\nCréer un composeur d'impression.\n")


def run(tmp_path, guide: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Occtax\n\nModules Lizmap d'observations naturalistes.\n",
                                                 "doc/qgis/README.md": guide, "occtax/classes/search.php": "<?php\nclass search {}\n"},
                                       "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.impact-indicators"]))
    return next(x for x in report["results"] if x["id"] == "scaling.impact-indicators")


def test_a_chapter_on_the_applications_charts_is_no_impact_indicator(tmp_path):
    r = run(tmp_path, GUIDE)
    assert r["status"] == "warn", r  # was pass: "impact section in the docs", doc/qgis/README.md:9


def test_a_chapter_giving_the_figures_of_use_stays_one(tmp_path):
    figures = GUIDE.replace("L'application permet d'afficher un à plusieurs graphiques, basés sur les données de la base. Pour cela, on "
                            "utilise l'outil Dataviz, disponible depuis Lizmap Web Client 3.2.\n\nChaque graphique s'appuie sur une couche du projet QGIS.",
                            "En 2025, la plateforme a diffusé 1,2 million d'observations à 40 structures partenaires.")
    assert run(tmp_path, figures)["status"] == "pass"
