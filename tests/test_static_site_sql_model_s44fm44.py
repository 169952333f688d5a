"""A static site's mock-ups beside the SQL model of the application they design: data-standards says that model is the project's own
storage, not that none was recognised (issue 12, s44 fm44 = reader ri44, Castelli-hib/Dossier-Professionnel-DRH).

HTML mock-ups of an HR portal beside Document_README/SQL_JMerise/SQL_MCD.sql (CREATE TABLE AGENT, DOCUMENT…), which
scaling.personal-data reads: interoperability.data-standards said "No data file and no database model recognised". Near miss: the
same site without the SQL model keeps that message.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.data-standards"
PAGE = "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Portail RH</title></head><body><h1>Portail RH</h1><p>Accueil</p></body></html>\n"
SQL = ("CREATE TABLE AGENT (\n  id_agent INT PRIMARY KEY,\n  nom VARCHAR(50),\n  prenom VARCHAR(50),\n  email VARCHAR(100)\n);\n\n"
       "CREATE TABLE DOCUMENT (\n  id_document INT PRIMARY KEY,\n  titre VARCHAR(100),\n  id_agent INT REFERENCES AGENT(id_agent)\n);\n")
FILES = {"README.md": "# Portail RH\n\nMaquettes d'un portail RH interne.\n", "Maquettes/css/style.css": "body {\n  margin: 0;\n}\n",
         **{f"Maquettes/{n}.html": PAGE.replace("Accueil", n) for n in ("index", "agents", "documents", "actualites", "contact")},
         "Maquettes/js/menu.js": "const bouton = document.querySelector('#menu');\nbouton.addEventListener('click', () => {\n"
                                 "  document.body.classList.toggle('ouvert');\n});\n",
         **{f"MonSite/exercice{i}.html": PAGE.replace("Accueil", f"Exercice {i}") for i in range(1, 6)},
         **{f"MonSite/js/exercice{i}.js": f"const total{i} = [1, 2, 3].map((n) => n * {i});\nconsole.log(total{i});\n" for i in range(1, 6)},
         "Document_README/README_MCD.md": "# Modèle conceptuel\n\nLes agents, leurs documents et les actualités RH.\n"}


def test_the_sql_model_is_said_the_projects_storage(tmp_path):
    r = check_result(tmp_path, {**FILES, "Document_README/SQL/modele.sql": SQL}, CID)
    assert r["status"] == "not_applicable", r["message"]
    assert "no database model recognised" not in r["message"]["en"] and "own storage" in r["message"]["en"], r["message"]


def test_without_a_model_nothing_is_recognised(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "not_applicable" and "no database model recognised" in r["message"]["en"], r["message"]
