"""Placeholders and templates read as real (issue 12, session 22 reader a2).

- reusability.secrets told to revoke ``psycopg2.connect(host=..., user=..., password=..., ...)`` in a README (an Open WebUI
  tool's notes): the connection-string rule took the ellipsis and its comma for a password and a host; and
  ``postgresql://redash:redash@postgis.sdisxx.fr/redash`` in a committed .env (sdis-remocra), a URL to a host whose label
  "sdisxx" is a placeholder for each SDIS's own server: a template value, nothing to revoke. A literal password to a real
  server stays a secret.
- interoperability.data-standards failed a kit whose only "data" is a template to fill in (gabarits/user-import.example.csv,
  the header of the accounts an Open WebUI administrator imports): no data the project publishes. A data file of its own
  stays judged."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SECRETS = "reusability.secrets"
DATA = "interoperability.data-standards"
PASSWORD = "Kq8" + "zP2xW-7mL"  # (assembled: no credential in this file)

TOOL = ('"""\ntitle: Exploration base\nrequirements: psycopg2-binary\n"""\n\nimport psycopg2\n\n\nclass Tools:\n'
        "    def query(self, sql: str, host: str, user: str, password: str) -> str:\n"
        "        with psycopg2.connect(host=host, user=user, password=password) as conn:\n"
        "            cur = conn.cursor()\n            cur.execute(sql)\n            return str(cur.fetchall())\n")
KIT = {"README.md": "# Boîte à outils IA\n\nGuides et outils pour l'instance Open WebUI de l'agence.\n",
       "outils/exploration/exploration.py": TOOL,
       "outils/exploration/README.md": ("# Exploration\n\n## Pourquoi psycopg2\n\nIl ouvre une connexion "
                                        "(`psycopg2.connect(host=..., user=..., password=..., ...)`) puis envoie les requêtes.\n")}


def _run(tmp_path, files, cid, name="r"):
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [cid]))[cid]


def _lines(res):
    return {(e.get("path"), e.get("line")) for e in res["evidence"] if e.get("path")}


def test_an_ellipsis_in_a_readme_call_is_no_password(tmp_path):
    res = _run(tmp_path, KIT, SECRETS)
    assert ("outils/exploration/README.md", 5) not in _lines(res), res


def test_a_literal_password_in_a_connection_string_is_still_found(tmp_path):
    files = dict(KIT, **{"outils/exploration/load.sh": f'ogr2ogr -f PostgreSQL PG:"host=10.20.30.40 user=geo password={PASSWORD}" communes.shp\n'})
    res = _run(tmp_path, files, SECRETS)
    assert ("outils/exploration/load.sh", 1) in _lines(res), res


ENV = ("POSTGRES_PASSWORD=" + PASSWORD + "\n#REDASH\nREDASH_LOG_LEVEL=INFO\n"
       "REDASH_DATABASE_URL=postgresql://redash:redash@postgis.sdisxx.fr:5432/redash\n")


def test_a_url_to_a_placeholder_host_is_no_secret(tmp_path):
    res = _run(tmp_path, {"README.md": "# Remo\n\nApplication des points d'eau.\n", "docker/.env": ENV}, SECRETS)
    lines = _lines(res)
    assert ("docker/.env", 4) not in lines and ("docker/.env", 1) in lines, res


def test_a_url_with_a_password_to_a_real_host_stays_a_secret(tmp_path):
    env = ENV.replace("redash:redash@postgis.sdisxx.fr", f"redash:{PASSWORD}@pg.sdis-exemple.fr")
    res = _run(tmp_path, {"README.md": "# Remo\n\nApplication des points d'eau.\n", "docker/.env": env}, SECRETS)
    assert ("docker/.env", 4) in _lines(res), res


def test_a_template_csv_makes_no_published_data(tmp_path):
    files = dict(KIT, **{"plateforme/gabarits/user-import.example.csv": "Name,Email,Password,Role\n"})
    res = _run(tmp_path, files, DATA)
    assert res["status"] == "not_applicable" and res["details"]["data_files"] == 0, res


def test_a_data_file_of_its_own_stays_judged(tmp_path):
    files = dict(KIT, **{"donnees/equipements.csv": "code_insee,nom,latitude,longitude\n35238,Gymnase,48.11,-1.68\n"})
    res = _run(tmp_path, files, DATA)
    assert res["status"] in ("fail", "warn"), res
