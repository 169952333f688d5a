"""interoperability.identifiers (issue 12, s40 fm40 = reader ri40, gitreunion/datacup-challenge-eco-logique): a Flask calculator keeps
each commune's water price in a table keyed by the commune's name (``CREATE TABLE couts_eau (Commune VARCHAR(255) NOT NULL, prix
NUMERIC(10, 2))``) and looks it up with the ``city`` the API Adresse answers with (whose INSEE code, citycode, the same answer gives);
the check said "handles no local-government identifier" (not_applicable). A table of any name keyed by the commune's name, looked up
with a geocoder's city, holds communes by name: warn. Near miss: the same table with no city read from the address API stays n/a."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

LOADER = ('import psycopg2\n\n\ndef create(conn, table_name="couts_eau"):\n    cursor = conn.cursor()\n    cursor.execute(f"""\n'
          '        CREATE TABLE {table_name} (\n            Commune VARCHAR(255) NOT NULL,\n            prix NUMERIC(10, 2) NOT NULL\n'
          '        );\n    """)\n    conn.commit()\n')
APP = ('import requests\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.route("/prix")\ndef prix():\n'
       '    r = requests.get("https://api-adresse.data.gouv.fr/search/", params={"q": request.args["adresse"], "limit": 1}).json()\n'
       '    first = r["features"][0]\n    commune = first.get("properties").get("city", "")\n'
       '    cur = db().cursor()\n    cur.execute("SELECT prix FROM couts_eau WHERE Commune = %s", (commune,))\n    return str(cur.fetchone()[0])\n')
PLAIN = APP.replace('    commune = first.get("properties").get("city", "")\n', '    commune = request.args["commune"]\n')
CHECKS = ["interoperability.identifiers"]


def _files(app: str) -> dict:
    return {"README.md": "# Calculateur\n\nDimensionne une cuve de récupération d'eau de pluie.\n", "requirements.txt": "flask==3.0.0\npsycopg2==2.9.9\n",
            "app/app.py": app, "scripts/load_prices.py": LOADER}


def test_a_table_keyed_by_the_commune_s_name_looked_up_by_the_geocoder_s_city_warns(tmp_path):
    _, res = kind_and_results(tmp_path, _files(APP), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "warn" and "scripts/load_prices.py" in r["message"]["en"], r


def test_with_no_city_from_the_address_api_it_stays_not_applicable(tmp_path):
    _, res = kind_and_results(tmp_path, _files(PLAIN), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "not_applicable", r
