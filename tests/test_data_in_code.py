"""Personal data, territory values and settings written inside code, found wrong on an open-data producer node and an
energy back end of a métropole (issue 12, session 4): SQL tables created in JavaScript strings, mongoose schemas whose keys
are constants, a meter's PRM kept in the session; syslog-ng macros and a commented-out ``process.env`` read taken for
settings; a métropole's name in an error message and its database server in a QGIS plugin's code. Each on a git fixture
shaped like the real case."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

README = "# Noeud producteur\n\nPublie les jeux de données d'un producteur sur le portail.\n\n## Installation\n\n`npm install`\n"

LOGGER = {
    "README.md": README,
    "package.json": '{"name": "node-manager", "version": "1.0.0", "dependencies": {"express": "^4.18.0"}}\n',
    "index.js": "const express = require('express')\nconst app = express()\napp.listen(process.env.MANAGER_PORT)\n",
    ".env.example": "MANAGER_PORT=3000\n",
    "front/utils/frontOptions.js": (
        "export const OPT_FRONT_PATH = 'PUBLIC_URL'\n"
        "// ------------------------------------------------------------------\n"
        "/*\nconsole.log('= Extract command line arguments =');\n"
        "console.log('REACT_APP_URL: ' + process.env.REACT_APP_URL);\n"
        "console.log('FRONT_PATH: ' + process.env.FRONT_PATH);\n */\n"
        "export const getBackUrl = (suffix = '') => '/' + suffix\n"),
    "logger/configs/syslog-ng.conf": (
        "@version: 3.13\n@include \"scl.conf\"\n\n# Syslog-ng configuration file\n"
        "options { chain_hostnames(on); flush_lines(0); };\n"
        "source s_src { internal(); };\n"
        "template origin \"severity=\\\"${LEVEL}\\\" ip=\\\"${.SDATA.origin.ip}\\\"\";\n"
        "template-function fb \"<${PRI}>1 ${ISODATE} ${HOST} ${PROGRAM:--} ${PID:-0} ${MSGID:--} ${MESSAGE:--}\";\n"
        "destination d_console { file(\"/var/log/syslog\" template(\"$(fb)\\n\")); };\n"
        "log { source(s_src); destination(d_console); };\n"),
}


def test_syslog_ng_macros_and_a_commented_out_read_are_no_settings(tmp_path):
    report, res = judge(tmp_path, LOGGER, ["reusability.configuration"])
    c = res["reusability.configuration"]
    undocumented = {e["value"] for e in c["evidence"] if e.get("kind") == "finding"}
    assert not undocumented & {"ISODATE", "LEVEL", "PRI", "PROGRAM", "MSGID", "MESSAGE", "FRONT_PATH", "REACT_APP_URL"}, c["evidence"]
    assert c["status"] == "pass", c["message"]
    # the same read outside the comment, and ${DB_HOST} in a configuration that is not syslog-ng's, are settings
    live = {**LOGGER, "front/utils/frontOptions.js": LOGGER["front/utils/frontOptions.js"].replace("/*\n", "").replace(" */\n", ""),
            "config/app.conf": "db_host = ${DB_HOST}\n"}
    _, res = judge(tmp_path, live, ["reusability.configuration"], name="live")
    undocumented = {e["value"] for e in res["reusability.configuration"]["evidence"] if e.get("kind") == "finding"}
    assert {"FRONT_PATH", "REACT_APP_URL", "DB_HOST"} <= undocumented, undocumented
    assert not undocumented & {"ISODATE", "LEVEL"}


NODE = {
    "README.md": README,
    "package.json": '{"name": "rudi-manager", "version": "1.0.0", "dependencies": {"express": "^4.18.0", "sqlite3": "^5.1.0", '
                    '"mongoose": "^7.0.0"}}\n',
    "index.js": "const express = require('express')\nconst app = express()\napp.listen(3000)\n",
    "database/database.js": "exports.TBL_ROLES = 'Roles'\nexports.TBL_USERS = 'Users'\n",
    "database/scripts/initDatabase.js": (
        "const { TBL_ROLES, TBL_USERS } = require('../database')\n\n"
        "const sqlCreateRoleTable =\n  `CREATE TABLE IF NOT EXISTS ${TBL_ROLES} (` +\n  `role TEXT PRIMARY KEY NOT NULL UNIQUE,` +\n"
        "  `desc TEXT,` +\n  `hide INTEGER(1));`\n\n"
        "const sqlCreateUserTable =\n  `CREATE TABLE IF NOT EXISTS ${TBL_USERS} (` +\n  `id INTEGER PRIMARY KEY AUTOINCREMENT,` +\n"
        "  `username TEXT NOT NULL UNIQUE,` +\n  `password TEXT NOT NULL,` +\n  `email TEXT);`\n\n"
        "exports.init = (db) => { db.run(sqlCreateRoleTable); db.run(sqlCreateUserTable) }\n"),
    "api/db/dbFields.js": ("export const API_CONTACT_ID = 'contact_id'\nexport const API_ORGANIZATION_NAME = 'organization_name'\n"
                           "export const API_CONTACT_NAME = 'contact_name'\nexport const API_CONTACT_MAIL = 'email'\n"
                           "export const API_MEDIA_NAME = 'media_name'\n"),
    "api/definitions/models/Contact.js": (
        "import mongoose from 'mongoose'\n"
        "import {\n  API_CONTACT_ID,\n  API_CONTACT_MAIL,\n  API_CONTACT_NAME,\n  API_ORGANIZATION_NAME,\n} from '../../db/dbFields.js'\n\n"
        "const ContactSchema = new mongoose.Schema(\n  {\n    [API_CONTACT_ID]: String,\n\n"
        "    /** Updated offical name of the contact's organization */\n    [API_ORGANIZATION_NAME]: String,\n\n"
        "    [API_CONTACT_NAME]: {\n      type: String,\n      required: true,\n    },\n\n"
        "    [API_CONTACT_MAIL]: {\n      type: String,\n      trim: true,\n      unique: true,\n    },\n  },\n  { id: false, timestamps: true }\n)\n\n"
        "export const Contact = mongoose.model('Contact', ContactSchema)\n"),
    "api/definitions/models/Media.js": (
        "import mongoose from 'mongoose'\nimport { API_MEDIA_NAME } from '../../db/dbFields.js'\n\n"
        "const MediaSchema = new mongoose.Schema({\n  [API_MEDIA_NAME]: { type: String, required: true },\n  size: Number,\n})\n\n"
        "export const Media = mongoose.model('Media', MediaSchema)\n"),
}


def test_tables_created_in_code_strings_and_mongoose_keys_named_by_constants_are_read(tmp_path):
    report, res = judge(tmp_path, NODE, ["scaling.personal-data"])
    p = res["scaling.personal-data"]
    assert p["status"] == "warn", p["message"]
    tables = {t["table"]: {f["name"] for f in t["fields"]} for t in report["facts"]["personal_data"]["tables"]}
    assert tables.get("Users") == {"username", "email"}, tables  # TBL_USERS: the users table, its login and e-mail
    assert "email" in tables.get("Contact", set()), tables  # [API_CONTACT_MAIL] is 'email'
    assert "Roles" not in tables and "Media" not in tables, tables
    users = next(t for t in report["facts"]["personal_data"]["tables"] if t["table"] == "Users")
    assert users["path"] == "database/scripts/initDatabase.js" and users["fields"][0]["line"] == 12, users
    # the same service whose tables hold no person: nothing found
    neutral = {**NODE, "database/scripts/initDatabase.js": NODE["database/scripts/initDatabase.js"].replace("username", "dataset_id")
               .replace("password", "title").replace("email", "theme"),
               "api/db/dbFields.js": NODE["api/db/dbFields.js"].replace("'email'", "'contact_summary'")}
    report, res = judge(tmp_path, neutral, ["scaling.personal-data"], name="neutral")
    assert res["scaling.personal-data"]["status"] == "pass", report["facts"]["personal_data"]["tables"]


ENERGY = {
    "README.md": "# Simulateur solaire\n\nEstime la production solaire d'un toit et la consommation du foyer (Enedis Data Connect).\n",
    "package.json": '{"name": "solar-backend", "version": "1.0.0", "dependencies": {"express": "^4.18.0", "express-session": "^1.17.0"}}\n',
    "src/app.ts": ("import express from 'express'\nconst app = express()\n"
                   "app.post('/api/enedis/user/prm', (req, res) => {\n  req.session.prm = req.body.prm\n  res.json({ ok: true })\n})\n"),
    "src/interface/MySessionData.ts": ("import { type SessionData } from 'express-session'\n\n"
                                       "export interface MySessionData extends SessionData {\n  state?: string\n  prm?: string\n}\n"),
    "src/model/autocalsol.model.ts": "export interface AutocalsolType {\n  idStudy: number\n  puissanceCreteTotale: number\n}\n",
}


def test_a_meters_prm_kept_in_the_session_is_personal_data(tmp_path):
    report, res = judge(tmp_path, ENERGY, ["scaling.personal-data"])
    p = res["scaling.personal-data"]
    assert p["status"] == "warn" and "src/interface/MySessionData.ts" in str(p["evidence"]), p
    assert "PRM" in p["message"]["fr"], p["message"]
    # without the meter's number the session holds nothing personal
    bare = {**ENERGY, "src/interface/MySessionData.ts": ENERGY["src/interface/MySessionData.ts"].replace("  prm?: string\n", "")}
    _, res = judge(tmp_path, bare, ["scaling.personal-data"], name="bare")
    assert res["scaling.personal-data"]["status"] == "pass", res["scaling.personal-data"]["message"]


SPRING = {
    "README.md": "# Tabou\n\nSuivi des opérations d'urbanisme.\n",
    "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>rm</groupId><artifactId>tabou</artifactId><version>1.0</version></project>\n",
    "src/main/java/rm/tabou/service/CommuneServiceImpl.java": (
        "package rm.tabou.service;\n\n/**\n * Service des communes de Rennes Metropole.\n */\npublic class CommuneServiceImpl {\n"
        "    public Commune getCommune(int insee) {\n        Commune c = dao.findByInsee(insee);\n"
        "        if (c == null) {\n"
        "            throw new NoSuchElementException(\"La commune demandée ne fait pas partie de Rennes Metropole\");\n"
        "        }\n        return c; // comme pour Rennes Métropole\n    }\n}\n"),
}


def test_a_metropoles_name_in_an_error_message_is_a_territory_value(tmp_path):
    _, res = judge(tmp_path, SPRING, ["reusability.territory-neutral"])
    t = res["reusability.territory-neutral"]
    assert t["status"] == "warn", t["message"]
    assert [(e["path"], e["line"], e["value"]) for e in t["evidence"] if e.get("kind") == "finding"] == [
        ("src/main/java/rm/tabou/service/CommuneServiceImpl.java", 10, "Rennes Metropole")], t["evidence"]  # not the comments
    # an error message naming no authority
    neutral = {**SPRING, "src/main/java/rm/tabou/service/CommuneServiceImpl.java": SPRING["src/main/java/rm/tabou/service/CommuneServiceImpl.java"]
               .replace('de Rennes Metropole"', 'du territoire configuré"')}
    _, res = judge(tmp_path, neutral, ["reusability.territory-neutral"], name="neutral")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]


PLUGIN = {
    "README.md": "# Productor\n\nPlugin QGIS qui génère le SQL de passage en production.\n",
    "metadata.txt": "[general]\nname=Productor\nqgisMinimumVersion=3.0\ndescription=SQL de production\nversion=1.0\nauthor=SIG\n",
    "__init__.py": "def classFactory(iface):\n    from .productor import Productor\n    return Productor(iface)\n",
    "productor.py": (
        "import psycopg2\n\n\nclass Productor:\n    def table(self):\n"
        "        if self.dlg.lineEdit_2.text() != 'sigli':\n"
        "            conn_string = 'postgresql://@bdsigli.cus.fr:34000/{}'.format(self.dlg.lineEdit_2.text())\n"
        "        else:\n            conn_string = 'postgresql://@bpsigli.cus.fr:34000/{}'.format(self.dlg.lineEdit_2.text())\n"
        "        conn = psycopg2.connect(conn_string)\n        return conn\n"),
}


def test_a_database_server_written_in_a_plugins_code_is_a_territory_value(tmp_path):
    _, res = judge(tmp_path, PLUGIN, ["reusability.territory-neutral"])
    t = res["reusability.territory-neutral"]
    assert t["status"] == "warn", t["message"]
    assert [(e["line"], e["note"]["en"]) for e in t["evidence"] if e.get("kind") == "finding"] == [
        (7, "hard-coded address of one organisation's database server"), (9, "hard-coded address of one organisation's database server")]
    # with a user and password in the string, the server is named and the password never reaches the report
    password = "Zq8" + "-vLt2-" + "w9Xr"
    report, res = judge(tmp_path, {**PLUGIN, "productor.py": PLUGIN["productor.py"].replace("postgresql://@bdsigli", f"postgresql://sig:{password}@bdsigli")},
                        ["reusability.territory-neutral", "scaling.hosting"], name="creds")
    assert "bdsigli.cus.fr" in str(res["reusability.territory-neutral"]["evidence"]) and password not in json.dumps(report)
    # the project's own container (compose service "db") and a server read from the settings are not
    own = {**PLUGIN, "productor.py": PLUGIN["productor.py"].replace("@bdsigli.cus.fr", "app@db").replace("@bpsigli.cus.fr", "app@db"),
           "docker-compose.yml": "services:\n  db:\n    image: postgis/postgis:16-3.4\n"}
    _, res = judge(tmp_path, own, ["reusability.territory-neutral"], name="own")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]
