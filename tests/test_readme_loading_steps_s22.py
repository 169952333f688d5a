"""How a project's files are set up, said in the text with no installation heading, is its installation (issue 12, s22 d5 case 1):
shaped like a street-lighting PostGIS data model whose numbered plain chapters ("3. Les scripts …") say that the first SQL script
"doit être exécuté dans une base de données précédemment créée" (reader s22 a1), and like a notebook analysis whose plain-text
README.txt, with "1/ …", "2/ …" chapters, asks "veuillez exécuter :" over the requirements file of the repository (reader s22 a4).
A script that only reads a database, or a requirements file that is not in the repository, gives no installation."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme import analyse

MODEL = ("# Mobilier urbain - structure des données\n\nModèle de données pour la gestion du mobilier urbain dans PostgreSQL, fait pour "
         "une communauté de communes.\n\n1. Le modèle conceptuel\n\n![mcd](mcd.png)\n\n2. Le dictionnaire\n\nLes tables sont décrites dans "
         "des fichiers .csv du dossier dictionnaire.\n\n3. Les scripts SQL\n\nDeux scripts sont publiés :\n\n"
         "- \"MU_init\" crée le schéma et ses tables. {verb} dans une base de données créée auparavant.\n"
         "- \"MU_vues\" crée des vues pour QGIS.\n")

NOTEBOOKS = ("Étude des dépôts sauvages sur le territoire de l'agglomération\n\n1/ Organisation des dossiers\n- DONNEES : données brutes.\n"
             "- RESULTATS : cartes et tableaux produits.\n\n2/ Les notebooks\n- depots.ipynb : premières analyses.\n- carte.ipynb : carte des dépôts.\n\n"
             "Pour faire tourner les notebooks dans de bonnes conditions, veuillez installer :\n- pour depots.ipynb et carte.ipynb {file}\n")


def _sections(text: str, path: str, files=None) -> dict:
    return {d["name"]: d for d in analyse(text, path, files)["section_details"]}


def test_a_script_to_execute_in_a_database_is_the_installation(repo, tmp_path):
    readme = MODEL.format(verb="Il doit être exécuté")
    found = _sections(readme, "README.md")
    assert found["install"]["line"] == 17 and found["install"]["via"] == "sentence"  # was missing
    path = repo([{"files": {"README.md": readme, "scripts_sql/MU_init.sql": "CREATE SCHEMA mu;\n", "scripts_sql/MU_vues.sql": "CREATE VIEW v AS SELECT 1;\n"}}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["documentation.readme-sections"]))
    assert "install" in report["facts"]["readme"]["sections"]


def test_a_script_that_only_reads_the_database_gives_no_installation():
    assert "install" not in _sections(MODEL.format(verb="Il lit les données présentes"), "README.md")


def test_a_plain_text_readme_asking_to_install_its_requirements_file():
    files = {"README.txt": 1, "requirements_depots.txt": 1, "depots.ipynb": 1, "carte.ipynb": 1}
    found = _sections(NOTEBOOKS.format(file="requirements_depots.txt"), "README.txt", files)
    assert found["install"]["line"] == 11  # was missing


def test_a_requirements_file_not_in_the_repository_gives_no_installation():
    files = {"README.txt": 1, "depots.ipynb": 1, "carte.ipynb": 1}
    assert "install" not in _sections(NOTEBOOKS.format(file="requirements_depots.txt"), "README.txt", files)
