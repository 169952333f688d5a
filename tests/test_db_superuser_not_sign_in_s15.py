"""Session 15 (h2): a PostgreSQL superuser's password kept in ADMIN_USER / ADMIN_PASSWORD (a compose file's
POSTGRES_PASSWORD: ${ADMIN_PASSWORD}, a local .env's ADMIN_USER=postgres — an SIREN/BODACC crawler of a metropolis) was read by
interoperability.auth as a sign-in of people with local accounts. A database connection is no user authentication; an
application's own admin password stays one."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CRAWLER = {
    "README.md": "# Annonces légales\n\nCollecte les annonces du BODACC et les expose par une API.\n",
    "api/package.json": '{"name": "annonces-api", "dependencies": {"express": "^4.18.0", "pg": "^8.11.0"}}\n',
    "api/index.js": ("const express = require('express');\nconst { Pool } = require('pg');\n"
                     "const pool = new Pool({ user: process.env.API_USER, password: process.env.API_PASSWORD, host: process.env.DB_HOST });\n"
                     "const app = express();\napp.get('/annonces', async (req, res) => res.json((await pool.query('select * from annonces')).rows));\n"
                     "app.listen(3000);\n"),
    "deploy/docker-compose.yml": ("services:\n  base:\n    image: postgres:16\n    environment:\n      POSTGRES_DB: annonces\n"
                                  "      POSTGRES_USER: ${ADMIN_USER}\n      POSTGRES_PASSWORD: ${ADMIN_PASSWORD}\n"
                                  "  api:\n    build: ../api\n    environment:\n      API_USER: ${API_USER}\n      API_PASSWORD: ${API_PASSWORD}\n"),
    "config/.env.docker": "ADMIN_USER=admin\nADMIN_PASSWORD=admin\nAPI_USER=api\nAPI_PASSWORD=api\nDB_HOST=base\n",
    "config/.env.local": "ADMIN_USER=postgres\nADMIN_PASSWORD=postgres\nDB_HOST=localhost\n",
}


def _auth(tmp_path, files, name):
    return judge(tmp_path, files, ["interoperability.auth"], name=name)[1]["interoperability.auth"]


def test_the_database_superusers_password_is_no_sign_in(tmp_path):
    res = _auth(tmp_path, CRAWLER, "db")
    assert res["details"].get("local_login") is False, (res["message"], res["evidence"])
    assert "local accounts" not in res["message"]["en"], res["message"]


def test_an_application_admin_password_stays_a_sign_in(tmp_path):
    files = dict(CRAWLER)
    files["deploy/docker-compose.yml"] = files["deploy/docker-compose.yml"].replace("${ADMIN_USER}", "${DB_USER}").replace(
        "${ADMIN_PASSWORD}", "${DB_PASSWORD}")
    files["config/.env.local"] = "DB_USER=postgres\nDB_PASSWORD=postgres\nADMIN_PASSWORD=changez-moi\n"
    files["config/.env.docker"] = "DB_USER=postgres\nDB_PASSWORD=postgres\nADMIN_PASSWORD=changez-moi\n"
    files["api/index.js"] += ("app.post('/admin', (req, res) => req.body.password === process.env.ADMIN_PASSWORD ? res.sendStatus(204)"
                              " : res.sendStatus(401));\n")
    res = _auth(tmp_path, files, "app")
    assert res["details"].get("local_login") is True, (res["message"], res["evidence"])
