"""documentation.docs missed two kinds of documentation (issue 12, session 22 reader a1): a user guide written in GitBook and
synced to the repository (SUMMARY.md, .gitbook/assets/ pictures: GitBook publishes it as a site) was told "missing: documentation
site"; a PostGIS data model documented by a data dictionary kept as one CSV per table (dictionnaire_donnees/) and by the conceptual
data model's diagram shown in its README ("1. Le modèle conceptuel de données" above the picture) was told it had no documentation
folder and no architecture. A folder of data files under another name, and a README picture of something else, still count for nothing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

GUIDE = {"README.md": "# Guide du SIG\n\nLe guide des utilisateurs du visualiseur de cartes de l'agglomération.\n",
         "SUMMARY.md": "# Table of contents\n\n* [Accueil](README.md)\n* [Se connecter](guide/connexion.md)\n* [Mesurer](guide/mesure.md)\n",
         "guide/connexion.md": "# Se connecter\n\nOuvrez la page d'accueil du visualiseur et saisissez votre identifiant.\n",
         "guide/mesure.md": "# Mesurer\n\nChoisissez l'outil de mesure puis cliquez sur la carte.\n"}

MODEL = {"README.md": ("# Réseau d'assainissement - structure des données\n\nScripts SQL qui créent le modèle de données dans PostgreSQL/PostGIS.\n\n"
                       "1. Le modèle conceptuel de données\n\n![diagramme](https://example.org/images/reseau.png)\n\n"
                       "2. Le dictionnaire de données\n\nChaque table est décrite par un fichier .csv du dossier dictionnaire_donnees.\n"),
         "sql/create.sql": ("CREATE SCHEMA asst;\nCREATE TABLE asst.regard (id_regard varchar(50) PRIMARY KEY, profondeur numeric(5,2));\n"
                            "COMMENT ON TABLE asst.regard IS 'Regards de visite';\n"
                            "CREATE TABLE asst.troncon (id_troncon varchar(50) PRIMARY KEY, id_regard varchar(50) REFERENCES asst.regard);\n"
                            "COMMENT ON TABLE asst.troncon IS 'Tronçons de canalisation';\n"),
         "dictionnaire_donnees/regard.csv": "NOM;TYPE;TABLES LIÉES\nid_regard;character varying(50);troncon\nprofondeur;numeric(5,2);\n",
         "dictionnaire_donnees/troncon.csv": "NOM;TYPE;TABLES LIÉES\nid_troncon;character varying(50);\nid_regard;character varying(50);regard\n"}


def test_a_gitbook_space_is_a_documentation_site(tmp_path):
    report, res = judge(tmp_path, dict(GUIDE, **{".gitbook/assets/carte.png": PNG}), [DOCS])
    assert report["facts"]["docs"]["site"][0]["tool"] == "gitbook"
    assert "site" in res[DOCS]["details"]["found"], res[DOCS]["message"]


def test_the_same_guide_without_gitbook_has_no_site(tmp_path):
    report, res = judge(tmp_path, GUIDE, [DOCS])
    assert report["facts"]["docs"]["site"] == []
    assert "site" in res[DOCS]["details"]["missing"], res[DOCS]["message"]


def test_a_csv_data_dictionary_and_the_model_diagram_document_a_data_model(tmp_path):
    report, res = judge(tmp_path, MODEL, [DOCS])
    docs = report["facts"]["docs"]
    assert docs["docs_dirs"] == ["dictionnaire_donnees"] and docs["doc_files"] == 2
    assert docs["architecture"] == ["README.md"]
    assert {"folder", "architecture"} <= set(res[DOCS]["details"]["found"]), res[DOCS]["message"]


def test_data_files_in_another_folder_and_another_picture_document_nothing(tmp_path):
    files = {("donnees/" + k.split("/", 1)[1] if k.startswith("dictionnaire_donnees/") else k): v for k, v in MODEL.items()}
    files["README.md"] = files["README.md"].replace("1. Le modèle conceptuel de données", "1. Une vue du réseau dans QGIS")
    report, res = judge(tmp_path, files, [DOCS])
    docs = report["facts"]["docs"]
    assert docs["docs_dirs"] == [] and docs["architecture"] == []
    assert {"folder", "architecture"} <= set(res[DOCS]["details"]["missing"]), res[DOCS]["message"]
