"""Session 9 (f5): personal data in models scaling.personal-data did not read (session 8's first reads): an API client's TypeScript
model types in src/model/ (SDIS62/metarisc-js: Contact.ts with nom, prenom, email, telephone_portable — "1 schema read: no
personal-data field"), a mongoose schema in lib/user/model.js (GrandNancy/modeify — "no schema read"), and a SQL kit's export and
copy scripts whose column lists span lines (cbn-alpin/sinp-paca-data's extracts/indicators/users.sql and 003_copy_user.sql —
"119 schemas read: no personal-data field")."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

PD = ["scaling.personal-data"]


def _pd(tmp_path, files):
    return judge(tmp_path, files, PD)[1]["scaling.personal-data"]


def test_an_api_clients_typescript_model_types_are_read(tmp_path):
    files = {"package.json": json.dumps({"name": "@metarisc/metarisc-js", "main": "dist/index.js", "dependencies": {"axios": "^1.6.0"}}),
             "package-lock.json": "{}", "src/index.ts": "export * from './model/Contact';\nexport * from './model/Commission';\n",
             "src/model/Contact.ts": ("export type Contact = {\n    'id'?: string;\n    'nom'?: string;\n    'prenom'?: string;\n"
                                      "    'fonction'?: string;\n    'telephone_portable'?: string;\n    'email'?: string;\n};\n"),
             "src/model/Commission.ts": "export type Commission = {\n    'id'?: string;\n    'libelle'?: string;\n    'type'?: string;\n};\n"}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "e-mail" in pd["message"]["en"], pd
    assert any(e["path"] == "src/model/Contact.ts" for e in pd["evidence"]), pd["evidence"]


def test_a_mongoose_schema_outside_a_models_folder_is_read(tmp_path):
    files = {"package.json": json.dumps({"name": "modeify", "dependencies": {"express": "^4.13.0", "mongoose": "^4.4.0"}}),
             "package-lock.json": "{}",
             "lib/user/model.js": ("const mongoose = require('../mongo')\n\nconst schema = new mongoose.Schema({\n  email: {\n    type: String,\n"
                                   "    required: true\n  },\n  firstName: String,\n  lastName: String,\n  password: String\n})\n\n"
                                   "module.exports = mongoose.model('User', schema)\n"),
             "lib/commuter/model.js": ("const mongoose = require('../mongo')\n\nconst schema = new mongoose.Schema({\n  link: String,\n"
                                       "  coordinate: { lat: Number, lng: Number }\n})\n\nmodule.exports = mongoose.model('Commuter', schema)\n")}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "e-mail" in pd["message"]["en"], pd
    assert any(e["path"] == "lib/user/model.js" for e in pd["evidence"]), pd["evidence"]


def test_a_sql_kits_export_and_copy_scripts_are_read(tmp_path):
    export = ("-- Script to export users by year\n\\timing off\nCOPY (\n    SELECT\n        r.uuid_role AS uuid,\n        r.prenom_role AS prenom,\n"
              "        r.nom_role AS nom,\n        r.email AS email,\n        o.nom_organisme AS organisme_nom\n"
              "    FROM utilisateurs.t_roles AS r\n        LEFT JOIN utilisateurs.bib_organismes AS o ON o.id_organisme = r.id_organisme\n"
              ") TO stdout WITH CSV HEADER ;\n")
    copy = ("BEGIN;\nSET search_path = utilisateurs;\nDROP TABLE IF EXISTS tmp_users ;\nCREATE TABLE tmp_users AS\nTABLE t_roles\nWITH NO DATA ;\n"
            "COPY tmp_users (\n    uuid_role,\n    identifiant,\n    prenom_role,\n    nom_role,\n    email,\n    id_organisme\n)\n"
            "FROM :'csvFilePath'\nWITH CSV HEADER DELIMITER E'\\t' ;\nCOMMIT;\n")
    schema = ("CREATE TABLE ref_geo.l_areas (\n    id_area integer NOT NULL,\n    area_name varchar(250),\n    area_code varchar(25),\n"
              "    geom geometry(MultiPolygon, 2154)\n);\n")
    files = {"README.md": "# SINP PACA data\n\nScripts d'intégration des données du SINP PACA.\n",
             "extracts/indicators/users.sql": export, "cbna/data/sql/initial/003_copy_user.sql": copy,
             "cbna/data/sql/initial/001_ref_geo.sql": schema, "cbna/bin/import.sh": "#!/bin/bash\npsql -f data/sql/initial/003_copy_user.sql\n"}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "e-mail" in pd["message"]["en"], pd
    paths = {e["path"] for e in pd["evidence"]}
    assert {"extracts/indicators/users.sql", "cbna/data/sql/initial/003_copy_user.sql"} <= paths, pd["evidence"]


def test_an_observations_sex_and_full_name_are_the_organisms(tmp_path):
    """cbn-alpin/sinp-paca-data's exports select from GeoNature's synthese its observers (people) beside sexe and nom_complet —
    the observed organism's sex and the taxon's full name, no person's."""
    export = ("COPY (\n    SELECT\n        s.unique_id_sinp AS uuid,\n        t.nom_complet AS nom_complet,\n        n.label_default AS sexe,\n"
              "        s.observers AS observateurs,\n        s.date_min AS date_debut\n    FROM gn_synthese.synthese AS s\n"
              "        JOIN taxonomie.taxref AS t ON t.cd_nom = s.cd_nom\n) TO stdout WITH CSV HEADER ;\n")
    files = {"README.md": "# Exports\n\nExports des observations.\n", "extracts/exports_uniques/nice.sql": export}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "sex or gender" not in pd["message"]["en"], pd
    fields = [f for e in pd["evidence"] for f in (e.get("value") or {}).get("fields", [])]
    assert fields and not any(f.startswith(("sexe", "nom_complet")) for f in fields), fields


def test_a_long_views_selected_observers_are_read(tmp_path):
    """cbn-alpin/various-scripts' create_synthese_view_for_export.tpl.sql selects 75 columns, one a line, among them s.observers:
    the bound of a query written in code's strings (60 lines) left the view unread ('11 schemas read: no personal-data field')."""
    cols = "".join(f"        s.column_{i},\n" for i in range(60))
    view = ("BEGIN;\nCREATE OR REPLACE VIEW gn2gn_exports.synthese AS\n    SELECT\n        s.unique_id_sinp,\n" + cols +
            "        s.observers,\n        s.determiner,\n" + cols.replace("column_", "other_") + "        s.last_action\n"
            "    FROM gn_synthese.synthese AS s\n    WHERE s.id_source = 1 ;\nCOMMIT;\n")
    files = {"README.md": "# Scripts\n\nCopie de la synthèse entre bases GeoNature.\n", "geonature/copy/data/sql/create_synthese_view_for_export.tpl.sql": view}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "name" in pd["message"]["en"], pd


def test_one_table_created_and_filled_by_two_scripts_is_one_table(tmp_path):
    # lutece-secteur-public/particip-plugin-ideation: task_notify_ideation_cf created by create_db_*.sql and filled by
    # init_db_*.sql was "Personal data in 3 table(s)" (one per file naming it); cbn-alpin/floresentinelle-data's t_roles the same.
    create = ("CREATE TABLE task_notify_ideation_cf (\n  id_task INT NOT NULL,\n  sender_name VARCHAR(255),\n"
              "  sender_email VARCHAR(255),\n  subject VARCHAR(255),\n  PRIMARY KEY (id_task)\n);\n\n"
              "CREATE TABLE ideation_subscriber (\n  id INT NOT NULL,\n  lutece_user_name VARCHAR(255),\n  email VARCHAR(255),\n"
              "  PRIMARY KEY (id)\n);\n")
    init = ("INSERT INTO task_notify_ideation_cf (id_task, sender_name, sender_email, subject) VALUES\n"
            "(1, 'Budget participatif', 'noreply@example.org', 'Votre idée');\n")
    files = {"src/sql/plugins/ideation/plugin/create_db_ideation.sql": create,
             "src/sql/plugins/ideation/plugin/init_db_ideation.sql": init}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "in 2 table(s)" in pd["message"]["en"], pd["message"]["en"]
    assert {e["path"] for e in pd["evidence"]} >= set(files), pd["evidence"]


def test_a_domains_typescript_types_are_read(tmp_path):
    # urbanlab/trajectoires (React/Vite on Grist): src/_domains/users/type.ts declares UserData's Firstname, Lastname, Email and
    # Password, read "No database schema or model read"
    files = {"package.json": json.dumps({"name": "trajectoires", "private": True, "dependencies": {"react": "^18.2.0"},
                                         "devDependencies": {"vite": "^5.0.0", "typescript": "^5.2.0"}}),
             "package-lock.json": "{}", "index.html": "<!doctype html><div id=\"root\"></div><script type=\"module\" src=\"/src/main.tsx\"></script>\n",
             "src/main.tsx": "import { loginUser } from './_domains/users/api';\nloginUser('a', 'b');\n",
             "src/_domains/users/type.ts": ("export enum UserRole {\n  Référent = 'Référent',\n}\n\nexport type UserData = {\n  id: number;\n"
                                            "  fields: {\n    Firstname: string;\n    Lastname: string;\n    Email: string;\n    Role: UserRole;\n"
                                            "    Password: string;\n    ref_company: number;\n  };\n};\n"),
             "src/_domains/companies/type.ts": "export type CompanyData = {\n  id: number;\n  fields: {\n    Name: string;\n    Siret: string;\n  };\n};\n"}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "e-mail" in pd["message"]["en"], pd["message"]["en"]
    assert any(e["path"] == "src/_domains/users/type.ts" for e in pd["evidence"]), pd["evidence"]
