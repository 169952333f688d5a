"""Verdicts found wrong at session 34's second measure (issue 12), each on a git fixture shaped like the real case:
a Streamlit dashboard's plotly choropleth on a GeoJSON of régions (interoperability.geo)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

DATE = "2026-11-02T10:00:00Z"
GEO = "interoperability.geo"


def _one(tmp_path, files, check, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[check]))[check]


REGIONS = ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nom": "Bretagne"}, '
           '"geometry": {"type": "Polygon", "coordinates": [[[-4.7, 48.4], [-1.0, 48.6], [-1.2, 47.3], [-4.7, 48.4]]]}}]}\n')
PAGE = ("import streamlit as st\nimport plotly.express as px\n\nfrom utils import load_data, load_geojson\n\n"
        "df = load_data()\ngeojson = load_geojson()\n"
        "fig = px.choropleth(\n    df,\n    geojson=geojson,\n    locations='nom_region',\n    featureidkey='properties.nom',\n"
        "    color='taux',\n)\nfig.update_geos(fitbounds='locations', visible=False)\nst.plotly_chart(fig)\n")


def test_a_plotly_choropleth_is_an_open_library_drawing_the_map(tmp_path):
    """ConstanceKEITA/Projet_Data_Management: fail "Open libraries: none" while the map is px.choropleth (plotly, MIT) on
    Data/regions.geojson."""
    files = {"README.md": "# Délinquance\n\nCarte par région.\n", "requirements.txt": "streamlit>=1.28.0\nplotly\npandas\n",
             "app/pages/1_Carte.py": PAGE, "Data/regions.geojson": REGIONS}
    r = _one(tmp_path, files, GEO)
    assert r["status"] == "warn" and "Open libraries: yes" in r["message"]["en"], r["message"]
    assert any(e["path"] == "app/pages/1_Carte.py" for e in r["evidence"]), r["evidence"]


def test_a_plotly_bar_chart_beside_a_geojson_draws_no_map(tmp_path):
    """Near miss: px.bar draws a chart, not a map: the open library stays unfound."""
    page = PAGE.replace("px.choropleth(", "px.bar(").replace("    geojson=geojson,\n", "").replace("    featureidkey='properties.nom',\n", "")
    files = {"README.md": "# Délinquance\n\nCarte par région.\n", "requirements.txt": "streamlit>=1.28.0\nplotly\npandas\n",
             "app/pages/1_Carte.py": page, "Data/regions.geojson": REGIONS}
    r = _one(tmp_path, files, GEO)
    assert "Open libraries: none" in r["message"]["en"], r["message"]
