"""Session 35 (ab35): a ${…} placeholder whose closing brace was forgotten is no secret.

- GeotrekCE/Geotrek-event-reservation: db/create_fdw.sql maps a user to a foreign server with OPTIONS (user '${MON_USER}',
  password '${MON_PASS'), beside host '${MON_HOTE}' and FOR ${GEOTREK_USER}: a template to fill, the brace a typo;
  reusability.secrets failed on a "Password of a foreign server's account in SQL".
- near miss: the same mapping with a written password stays a probable secret.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

FDW = ("CREATE EXTENSION postgres_fdw;\n\nCREATE SERVER usershubdb\n    FOREIGN DATA WRAPPER postgres_fdw\n"
       "    OPTIONS (host '${MON_HOTE}', dbname '${MA_BASE}');\n\n\nCREATE USER MAPPING FOR ${APP_USER}\n    SERVER usershubdb\n"
       "    OPTIONS (user '${MON_USER}', password '%s');\n\nCREATE SCHEMA utilisateurs;\nIMPORT FOREIGN SCHEMA utilisateurs\n"
       "FROM SERVER usershubdb INTO utilisateurs;\n")
BASE = {"README.md": "# Réservations\n\nRéservation des animations d'un parc.\n",
        "backend/app.py": "from flask import Flask\n\napp = Flask(__name__)\n"}


def test_an_unclosed_placeholder_is_no_password(tmp_path):
    r = sec(tmp_path, {**BASE, "db/create_fdw.sql": FDW % "${MON_PASS"})
    assert r["status"] == "pass", r["message"]


def test_a_written_password_of_a_foreign_server_stays_a_secret(tmp_path):
    r = sec(tmp_path, {**BASE, "db/create_fdw.sql": FDW % "Rq8vT2mLx4"})
    assert r["status"] == "fail", r["message"]
