"""interoperability.public-building-blocks (issue 12, s46 fc46 = reader rf45's crepinbaudouin/observatoire-territorial): a Streamlit
dashboard of an agglomération draws plotly charts from seventeen committed exports of INSEE's local statistics (POP_RECENSEMENT.csv:
"Géographie";"Niveau Géo";…;Période;Valeur) and declares folium in requirements.txt without ever importing it. The check failed with
the advice "IGN Géoplateforme base maps and services" for an app with no map, and said nothing of the statistics copied from INSEE:
an unimported Python map library now draws no map, and INSEE extracts the code loads are reference data whose API (Melodi) the
advice names. Near miss: folium imported and drawing a map keeps the IGN advice. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"
REQS = "streamlit>=1.35\npandas>=2.0\nplotly>=5.18\nfolium>=0.14\n"
UTILS = "import pandas as pd\n\n\ndef charger(nom):\n    return pd.read_csv(nom, sep=';', decimal=',')\n"
PAGE = ("import streamlit as st\nimport plotly.express as px\nfrom utils import charger\n\n"
        "df = charger('POP_LEGALES.csv')\nst.plotly_chart(px.line(df, x='Période', y='Valeur', color='Géographie'))\n")
EXTRACT = ('"Géographie";"Niveau Géo";"Sexe";"Mesure du recensement";Période;Valeur\n'
           '"Villeneuve-sur-Lot";"Commune";"Total";"Population";2015;23000\n"Villeneuve-sur-Lot";"Commune";"Total";"Population";2021;22500\n')
FILES = {"requirements.txt": REQS, "utils.py": UTILS, "app.py": PAGE, "POP_LEGALES.csv": EXTRACT, "README.md": "# tableau de bord\n"}


def test_insee_extracts_loaded_by_a_mapless_dashboard_get_the_insee_advice(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "fail", r["message"]
    advice = r["remediation"]["en"]
    assert "Melodi" in advice and "IGN" not in advice, advice  # was "IGN Géoplateforme base maps and services"
    assert any(e["path"] == "POP_LEGALES.csv" and e["kind"] == "finding" for e in r["evidence"]), r["evidence"]


def test_near_miss_folium_drawing_a_map_keeps_the_ign_advice(tmp_path):
    carte = "import folium\nimport streamlit as st\n\nm = folium.Map(location=[44.4, 0.7], zoom_start=12)\nst.components.v1.html(m._repr_html_())\n"
    files = {k: v for k, v in FILES.items() if k != "POP_LEGALES.csv"}
    r = check_result(tmp_path, {**files, "carte.py": carte}, CID)
    assert r["status"] == "fail" and "IGN" in r["remediation"]["en"], r
