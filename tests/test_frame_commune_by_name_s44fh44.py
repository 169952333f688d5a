"""interoperability.identifiers (issue 12, s44 fh44 = reader rd44, gitreunion/datacup-challenge-data-lela): a Streamlit app sizing a
rainwater tank looks up its commune's water price in a spreadsheet keyed by the commune's name, with the name the API Adresse answers
(properties.city, whose citycode it leaves unread): couts_eau[couts_eau['Commune'] == commune]. It was n/a "no identifier handled";
as for a SQL table keyed by Commune (s40 fm40), the service holds its communes by their name alone: warn. Near miss: without the API
Adresse's city, the same filter on a column of the user's choice stays n/a."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

APP = ('import pandas as pd\nimport requests\nimport streamlit as st\n\nADDOK_URL = "https://api-adresse.data.gouv.fr/search/"\n\n\n'
       'def commune_of(adresse):\n    r = requests.get(ADDOK_URL, params={"q": adresse, "limit": 1}).json()\n'
       '    first_result = r["features"][0]\n    return first_result.get("properties").get("city", "Ville inconnue")\n\n\n'
       'def prix_eau(commune):\n    couts_eau = pd.read_excel("Couts_eau_outil.xlsx")\n'
       '    cout_eau_row = couts_eau[couts_eau["Commune"] == commune]\n    return float(cout_eau_row["Prix"].iloc[0])\n\n\n'
       'adresse = st.text_input("Votre adresse")\nif adresse:\n    st.write(prix_eau(commune_of(adresse)))\n')


def identifiers(tmp_path, app):
    files = {"stream.py": app, "requirements.txt": "streamlit\npandas\nrequests\nopenpyxl\n",
             "README.md": "# Catch Water If You Can\n\nDimensionner une cuve de récupération d'eau de pluie.\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-11-23T10:00:00Z", "message": "rendu"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.identifiers"]))
    return report["results"][0]


def test_a_data_frame_filtered_on_its_commune_column_with_the_api_adresse_city_holds_communes_by_name(tmp_path):
    r = identifiers(tmp_path, APP)
    assert r["status"] == "warn", r["message"]
    assert any(e.get("path") == "stream.py" for e in r["evidence"]), r["evidence"]


def test_without_the_api_adresse_city_the_filter_is_no_identifier_handled(tmp_path):
    app = APP.replace('return first_result.get("properties").get("city", "Ville inconnue")', 'return first_result.get("properties").get("label")')
    r = identifiers(tmp_path, app)
    assert r["status"] != "warn", r["message"]
