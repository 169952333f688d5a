"""A table of its own with a coordinates column is geographic data of the project, even with no map (issue 12, s41 fa41 = reader rl40's
tovajav/gem_gam_sdd): a Streamlit chatbot reads gam_data.csv (2,000 collection points, an Opendatasoft export whose geo_point_2d
holds "lat, lon") to find the nearest one, and geocodes the user's address with Nominatim; interoperability.geo said "No map and no
geographic data of its own". The verdict stays warn (Nominatim, not the API Adresse); the words name the CSV. Near miss: the same app
without the table keeps "no geographic data of its own". The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.geo"
README = "# Points de collecte\n\nTrouver le point de collecte le plus proche.\n"
APP = ("import pandas as pd\nimport streamlit as st\nfrom geopy.geocoders import Nominatim\nfrom geopy.distance import geodesic\n\n"
       "df = pd.read_csv('points.csv')\ngeolocator = Nominatim(user_agent='collecte')\naddress = st.text_input('Adresse')\nif address:\n"
       "    loc = geolocator.geocode(address)\n    df['d'] = df['geo_point_2d'].apply(lambda p: geodesic((loc.latitude, loc.longitude), "
       "tuple(map(float, p.split(',')))).km)\n    st.write(df.sort_values('d').head(1))\n")
CSV = ("id,nom,geo_point_2d,commune,type_dechet\n1,verre,\"45.21446,5.78961\",Meylan,verre\n2,papier,\"45.19012,5.72431\",Grenoble,papier\n"
       "3,verre,\"45.17650,5.74120\",Echirolles,verre\n")


def test_a_table_of_positions_is_geographic_data_of_its_own(tmp_path):
    _, res = judge(tmp_path, {"app.py": APP, "points.csv": CSV, "requirements.txt": "streamlit\npandas\ngeopy\n", "README.md": README}, [CHECK], name="csv")
    r = res[CHECK]
    assert r["status"] == "warn", r["message"]
    assert "no geographic data of its own" not in r["message"]["en"] and "points.csv" in r["message"]["en"], r["message"]


def test_near_miss_without_the_table_no_geographic_data_of_its_own(tmp_path):
    app = APP.replace("df = pd.read_csv('points.csv')", "df = pd.DataFrame({'geo_point_2d': []})")
    _, res = judge(tmp_path, {"app.py": app, "requirements.txt": "streamlit\npandas\ngeopy\n", "README.md": README}, [CHECK], name="none")
    r = res[CHECK]
    assert r["status"] == "warn" and "no geographic data of its own" in r["message"]["en"], r["message"]
