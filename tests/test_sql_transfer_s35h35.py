"""SQL scripts that transfer data into another product's tables, and the national nature data standards (issue 12, s35 h35 =
PnGuadeloupe/obsocc2naturaliz and PnX-SI/api2GN).

obsocc2naturaliz: three PostgreSQL scripts for a national park — 0_setup_credentials.sql (a postgres_fdw server and user mapping
with placeholder values), 1_obsocc_import_source.sql (foreign tables over the source database copied locally, observers loaded
into occtax.personne, two link tables), 3_obsocc_import_observations.sql (DELETE FROM occtax.observation, then INSERT INTO
occtax.observation … SELECT with SINP codes and TAXREF, then REFRESH MATERIALIZED VIEW). Readers found:

- the kind a data model ("SQL script" ×3) → a GIS kit of SQL scripts loading data into tables created elsewhere: the tables the
  scripts copy rows into outnumber the tables they define with their columns; a data model seeding another schema's register
  (INSERT INTO gn_commons.t_modules VALUES …) beside the tables it defines stays a data model;
- documentation.code-comments "SQL model: 0% … documented by COMMENT ON (0/6)" → the scripts' ``--`` comments counted (SQL put
  aside in a comment left out); a data model is still judged on its COMMENT ON;
- reusability.configuration "not applicable: … shipping no settings template" → 0_setup_credentials.sql (CREATE SERVER … OPTIONS
  (host 'XX.XX.XX.XX', dbname 'DB_NAME'), USER MAPPING … (user 'USER', password 'PASSWORD')) is the settings template, and the
  README's "lancer le script 0 en modifiant les paramètres de connexion" describes it; a user mapping with real-looking values is
  no template.
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CREDENTIALS = ("CREATE EXTENSION IF NOT EXISTS \"postgres_fdw\";\n\nDROP SERVER IF EXISTS src_svr CASCADE;\nCREATE SERVER src_svr\n"
               "FOREIGN DATA WRAPPER postgres_fdw\nOPTIONS (host '{host}', dbname '{db}', port '5432');\n\n"
               "CREATE SCHEMA IF NOT EXISTS programme_externe;\n\nCREATE USER MAPPING FOR postgres\nSERVER src_svr\n"
               "OPTIONS (user '{user}', password '{password}');\n")
SOURCE = ("BEGIN;\n\n-- Table externe des observations du logiciel source\nDROP FOREIGN TABLE IF EXISTS programme_externe.obs_src;\n"
          "CREATE FOREIGN TABLE programme_externe.obs_src (\n    id_obs integer,\n    date_obs date,\n    cd_nom text,\n"
          "    effectif integer,\n    observateur text,\n    geometrie geometry\n)\nSERVER src_svr\n"
          "OPTIONS (table_name 'saisie_observation', schema_name 'saisie');\n\n"
          "-- Copie locale de la table distante, indexée pour les jointures\nDROP TABLE IF EXISTS programme_externe.obs_src_dur;\n"
          "CREATE TABLE programme_externe.obs_src_dur AS\nSELECT * FROM programme_externe.obs_src;\n"
          "CREATE INDEX ON programme_externe.obs_src_dur USING GIST (geometrie);\n\n"
          "-- table des personnes : les observateurs copiés dans la table de l'application cible\n"
          "INSERT INTO occtax.personne (identite, prenom, nom)\nSELECT DISTINCT concat(upper(p.nom), ' ', p.prenom), p.prenom, p.nom\n"
          "FROM programme_externe.personne AS p\nON CONFLICT DO NOTHING;\n\n"
          "-- table des relations entre les observations et les personnes\n"
          "CREATE TABLE IF NOT EXISTS programme_externe.lien_observation_personne (\n    id_obs integer,\n    id_personne integer\n);\n"
          "COMMIT;\n")
IMPORT = ("BEGIN;\n\n-- Suppression des données avant réimport\nDELETE FROM occtax.observation WHERE jdd_id = 'SRC-obs';\n\n"
          "-- le jeu de données, créé s'il n'existe pas\nINSERT INTO occtax.jdd (jdd_id, jdd_code)\nSELECT 'SRC-obs', 'Observations'\n"
          "WHERE NOT EXISTS (SELECT jdd_id FROM occtax.jdd WHERE jdd_id = 'SRC-obs');\n\n"
          "INSERT INTO occtax.observation\n(cle_obs, statut_observation, cd_nom, cd_ref, version_taxref, objet_denombrement,\n"
          "type_denombrement, dee_floutage, geom)\nSELECT\n"
          "    -- identifiants\n    nextval('occtax.observation_cle_obs_seq'::regclass) AS cle_obs,\n"
          "    -- présence si un effectif est donné, absence sinon\n    CASE WHEN effectif > 0 THEN 'Pr' ELSE 'No' END AS statut_observation,\n"
          "    -- cd_nom et cd_ref obtenus par jointure avec le référentiel taxonomique\n    t.cd_ref AS cd_nom,\n    t.cd_ref,\n"
          "    '11.0' AS version_taxref,\n    'IND' AS objet_denombrement,\n    'NSP' AS type_denombrement,\n"
          "    'NON' AS dee_floutage, -- pas de données floutées en entrée\n    s.geometrie AS geom\nFROM programme_externe.obs_src_dur AS s\n"
          "LEFT JOIN taxon.taxref t ON t.cd_nom = CAST(s.cd_nom AS bigint);\n\n"
          "-- SELECT count(*) FROM occtax.observation;\n"
          "-- Liens entre observations et observateurs\nINSERT INTO occtax.observation_personne (cle_obs, id_personne, role_personne)\n"
          "SELECT o.cle_obs, l.id_personne, 'Obs'\nFROM occtax.observation o\n"
          "JOIN programme_externe.lien_observation_personne l ON l.id_obs::text = o.identifiant_origine;\n\n"
          "REFRESH MATERIALIZED VIEW occtax.observation_diffusion;\nCOMMIT;\n")
README = ("### Script de transfert des données vers le portail naturaliste\n\n### Update\n* Uniquement la première fois:\n"
          "  * lancer le script 0 en modifiant les paramètres de connexion vers la BD source\n* Lors d'une MAJ:\n"
          "  * Lancer l'import des fichiers 1 et 3\n")


def _transfer(**values) -> dict:
    creds = dict({"host": "XX.XX.XX.XX", "db": "DB_NAME", "user": "USER", "password": "PASSWORD"}, **values)
    return {"readme.md": README, "0_setup_credentials.sql": CREDENTIALS.format(**creds), "1_obs_import_source.sql": SOURCE,
            "3_obs_import_observations.sql": IMPORT}


# a PostGIS data model: its tables with their columns, nomenclature values, and its module's line in the host's register
MODEL = {
    "README.md": "# Modèle de données des sites\n\nSchéma PostGIS des sites naturels.\n\n## Installation\n\n`psql -f 01_schema.sql` puis "
                 "`psql -f 02_data.sql`.\n",
    "01_schema.sql": ("CREATE SCHEMA sites;\nCREATE TABLE sites.t_sites (\n  id_site serial PRIMARY KEY,\n  nom text,\n  geom geometry(Polygon, 2154)\n);\n"
                      "CREATE TABLE sites.bib_types (\n  id_type serial PRIMARY KEY,\n  libelle text\n);\n"
                      "CREATE TABLE sites.cor_site_type (\n  id_site integer,\n  id_type integer\n);\n"
                      "COMMENT ON TABLE sites.t_sites IS 'Les sites naturels';\n"),
    "02_data.sql": ("INSERT INTO sites.bib_types (libelle) VALUES ('Zone humide'), ('Pelouse');\n"
                    "INSERT INTO gn_commons.t_modules (module_code, module_label) SELECT 'SITES', 'Sites' WHERE NOT EXISTS "
                    "(SELECT 1 FROM gn_commons.t_modules WHERE module_code = 'SITES');\n"),
}


def test_sql_copying_rows_into_another_products_tables_is_no_data_model(tmp_path):
    report = run(build(tmp_path / "r", _transfer()), tmp_path / "c", only=["documentation.code-comments", "reusability.configuration"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "gis-kit" and proj["kind_decided"], proj
    assert proj["kind_evidence"][0]["path"] == "1_obs_import_source.sql"
    assert all(e["reason"].startswith("SQL scripts loading data into tables created elsewhere") for e in proj["kind_evidence"])
    res = results(report)
    comments = res["documentation.code-comments"]
    assert "sql_coverage" not in comments["details"] and "comment_density" in comments["details"], comments["message"]
    assert comments["status"] == "pass", comments["message"]
    # (the commented-out query is SQL put aside: no prose)
    assert "commentaire" in comments["message"]["fr"] and "comment line" in comments["message"]["en"]
    conf = res["reusability.configuration"]
    assert conf["status"] == "pass", conf["message"]
    assert conf["details"]["templates"] == ["0_setup_credentials.sql"]


def test_a_data_model_seeding_another_schemas_register_stays_one(tmp_path):
    report = run(build(tmp_path / "r", MODEL), tmp_path / "c", only=["documentation.code-comments", "reusability.configuration"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "data-model", proj
    res = results(report)
    assert "sql_coverage" in res["documentation.code-comments"]["details"], res["documentation.code-comments"]["message"]
    assert res["reusability.configuration"]["status"] == "not_applicable"


def test_a_user_mapping_with_real_looking_values_is_no_template(tmp_path):
    files = _transfer(host="10.12.0.7", db="obsocc", user="lecteur", password="Lect2018x")
    conf = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"]))["reusability.configuration"]
    assert "0_setup_credentials.sql" not in (conf["details"].get("templates") or []), conf["message"]


# -- interoperability.data-standards: the SINP standard and TAXREF are national standards ------------------------------------------
# (api2GN's GeoNatureParser maps its source's fields onto GeoNature's Synthese, "basé sur l'export Synthese SINP")
PARSER = ("class GeoNatureParser(JSONParser):\n    mapping = {\n        \"unique_id_sinp\": \"id_perm_sinp\",\n"
          "        \"unique_id_sinp_grp\": \"id_perm_grp_sinp\",\n        \"cd_nom\": \"cd_nom\",\n        \"nom_cite\": \"nom_cite\",\n"
          "        \"id_nomenclature_obj_count\": \"objet_denombrement\",\n        \"id_nomenclature_observation_status\": \"statut_observation\",\n"
          "        \"id_nomenclature_blurring\": \"floutage_dee\",\n        \"id_nomenclature_source_status\": \"statut_source\",\n    }\n")
PLUGIN = {"README.md": "# Import\n\nUn module qui importe des observations d'une API tierce dans la base.\n",
          "setup.py": "from setuptools import setup\nsetup(name='api2x', packages=['api2x'], install_requires=['requests'])\n",
          "api2x/__init__.py": "", "api2x/parser.py": "import requests\n\n\nclass JSONParser:\n    url = None\n\n\n" + PARSER}
# an observations table of the project's own, with the words any such table has
OWN_TABLE = ("class Observation(Base):\n    __tablename__ = 'observation'\n    id = Column(Integer, primary_key=True)\n"
             "    cd_nom = Column(Integer)\n    nom_cite = Column(String)\n    date_debut = Column(Date)\n    altitude_min = Column(Integer)\n"
             "    commentaire = Column(String)\n")


def _standards(tmp_path, name, files):
    res = results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["interoperability.data-standards"]))
    return res["interoperability.data-standards"]


def test_the_sinp_standard_and_taxref_are_national_standards(tmp_path):
    ds = _standards(tmp_path, "sql", _transfer())
    assert any("SINP" in n for n in ds["details"]["national_standards"]), ds["message"]
    assert any("TAXREF" in n for n in ds["details"]["national_standards"]), ds["message"]
    assert ds["status"] in ("pass", "warn") and "SINP" in ds["message"]["fr"]
    ds = _standards(tmp_path, "py", PLUGIN)
    assert any("SINP" in n for n in ds["details"]["national_standards"]), ds["message"]


def test_a_taxon_code_and_common_words_make_no_standard(tmp_path):
    files = dict(PLUGIN, **{"api2x/parser.py": "import requests\n\n" + OWN_TABLE})
    ds = _standards(tmp_path, "own", files)
    assert ds["details"].get("national_standards", []) == [], ds["message"]


# -- reusability.territory-neutral: the park's name and acronym written into the rows ----------------------------------------------
PARK = ("INSERT INTO occtax.jdd (jdd_id, jdd_code, jdd_description)\nSELECT 'PNX-obs', 'Observations',\n"
        "    'Jeu de données \"Observations\" du Parc National de Xanadu'\nWHERE NOT EXISTS (SELECT 1 FROM occtax.jdd WHERE jdd_id = 'PNX-obs');\n"
        "INSERT INTO occtax.observation (cle_obs, organisme_gestionnaire_donnees, sensi_referentiel, objet_denombrement)\n"
        "SELECT s.id_obs, 'PNX' AS organisme_gestionnaire_donnees, 'PNX V1.0' AS sensi_referentiel, 'IND' AS objet_denombrement\n"
        "FROM programme_externe.obs_src_dur s;\n")


def _territory(tmp_path, name, sql):
    files = dict(_transfer(), **{"3_obs_import_observations.sql": sql})
    res = results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["reusability.territory-neutral"]))
    return res["reusability.territory-neutral"]


def test_a_parks_name_and_acronym_written_into_the_rows_are_one_territorys(tmp_path):
    terr = _territory(tmp_path, "park", PARK)
    assert terr["status"] == "warn", terr["message"]
    found = {e["line"]: e["note"]["en"] for e in terr["evidence"] if e.get("kind") == "finding"}
    assert any("public body" in n for n in found.values()) and any("acronym" in n for n in found.values()), found
    assert 5 not in found or "acronym" in found[5], found


def test_upper_case_codes_without_a_bodys_name_are_no_acronym(tmp_path):
    terr = _territory(tmp_path, "codes", PARK.replace(" du Parc National de Xanadu", " de la source"))
    assert terr["status"] == "pass", terr["message"]


# -- documentation.readme: a README opening on "# Installation" gives no description ------------------------------------------------
OPENING = ("# Installation\n\n    #Depuis le venv de l'application\n    source <APP_DIR>/backend/venv/bin/activate\n    pip install .\n\n"
           "Copier le fichier d'exemple `var/config/parsers.example.py` en `var/config/parsers.py`\n\n## Commandes\n\n"
           "* Lister les parsers disponibles\n\n    ```\n    app parser list\n    ```\n\n### Créer ses propres parser\n\n"
           "Pour construire un parser, créez un fichier `parsers.py` dans le répertoire `var/config`. " + "Un parser décrit un échange de données. " * 30 + "\n")


def _readme(tmp_path, name, text):
    files = dict(PLUGIN, **{"README.md": text})
    res = results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["documentation.readme", "documentation.readme-sections"]))
    return res["documentation.readme"], res["documentation.readme-sections"]


def test_a_readme_opening_on_installation_has_no_description_first(tmp_path):
    readme, sections = _readme(tmp_path, "inst", OPENING)
    assert readme["status"] == "warn" and "no descriptive sentence" in readme["message"]["en"], readme["message"]
    assert "purpose" not in sections["details"]["found"], sections["message"]
    assert {"install", "usage"} <= set(sections["details"]["found"]), sections["message"]


def test_a_readme_titled_with_a_name_keeps_its_description(tmp_path):
    readme, _ = _readme(tmp_path, "name", OPENING.replace("# Installation\n\n", "# api2x\n\nUn module qui importe dans la base les observations "
                                                          "que des API tierces publient.\n\n## Installation\n\n", 1))
    assert readme["status"] == "pass", readme["message"]
