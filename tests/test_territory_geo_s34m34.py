"""Verdicts found wrong at session 34's second measure (issue 12), each on a git fixture shaped like the real case:
a Streamlit dashboard's plotly choropleth on a GeoJSON of régions (interoperability.geo), a national menu of régions written between
tags, an old commune code mapped to its merged commune and a town library's site (reusability.territory-neutral)."""

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


TN = "reusability.territory-neutral"
REGIONS_MENU = [("11", "Ile-de-France"), ("84", "Auvergne-Rhône-Alpes"), ("75", "Nouvelle-Aquitaine"), ("76", "Occitanie"),
                ("32", "Hauts-de-France"), ("93", "Provence-Alpes-Côte d'Azur"), ("44", "Grand Est"), ("52", "Pays de la Loire")]


def _menu(regions):
    items = "".join(f'        <li><Link href="/budgets/regions?region={c}">{n}</Link></li>\n' for c, n in regions)
    return ('import Link from "next/link";\n\nexport default function Home() {\n  return (\n    <>\n      <h2>Les plus grandes régions :</h2>\n'
            f"      <ul>\n{items}      </ul>\n    </>\n  );\n}}\n")


def test_a_national_menu_of_regions_written_between_tags_is_no_territory(tmp_path):
    """abauzac/budgets-publics: warn "'>Grand Est<'" from src/app/page.tsx's menu listing every région as links."""
    files = {"README.md": "# Budgets\n\nBudgets des collectivités.\n", "package.json": '{"dependencies": {"next": "14.0.0"}}\n',
             "src/app/page.tsx": _menu(REGIONS_MENU)}
    r = _one(tmp_path, files, TN)
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_one_region_named_between_tags_stays_a_finding(tmp_path):
    """Near miss: a page naming its one région (its title) keeps the finding."""
    page = ('export default function Home() {\n  return (\n    <>\n      <h1>Budgets de la région</h1>\n'
            '      <p className="region">Grand Est</p>\n    </>\n  );\n}\n')
    files = {"README.md": "# Budgets\n\nBudgets de la région.\n", "package.json": '{"dependencies": {"next": "14.0.0"}}\n',
             "src/app/page.tsx": page}
    r = _one(tmp_path, files, TN)
    assert r["status"] == "warn" and any("Grand Est" in str(e.get("value")) for e in r["evidence"]), (r["message"], r["evidence"])


SHINY = ('library(sf)\nlibrary(dplyr)\n\ncontoursCommunes = st_read("contours/communes-20210101.shp") %>%\n'
         '  mutate(insee = ifelse(insee == "27676","27058",insee)) %>%\n  select(insee) %>%\n  filter(substr(insee,1,2)<"96")\n')


def test_an_old_commune_code_mapped_to_its_merged_commune_is_no_territory(tmp_path):
    """ssmsi-diffusion/Application_donnees_territoriales: warn "hard-coded INSEE municipality code 27676" — environnement.R maps
    an old commune code to the commune that absorbed it on the national contours (a COG correction)."""
    files = {"README.md": "# Données territoriales\n\nApplication Shiny.\n", "environnement.R": SHINY}
    r = _one(tmp_path, files, TN)
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_a_commune_code_kept_by_a_filter_stays_a_finding(tmp_path):
    """Near miss: the same file keeping one commune (filter(insee == "27676")) is written for that commune."""
    files = {"README.md": "# Données territoriales\n\nApplication Shiny.\n",
             "environnement.R": SHINY.replace('mutate(insee = ifelse(insee == "27676","27058",insee))', 'filter(insee == "27676")')}
    r = _one(tmp_path, files, TN)
    assert r["status"] == "warn" and any("27676" in str(e.get("value")) for e in r["evidence"]), (r["message"], r["evidence"])


AUTH = ('import requests\n\nfrom mediatheque.config import User\n\n\ndef authenticate(user: User) -> requests.Session:\n'
        '    session = requests.Session()\n    response = session.post(\n        "http://www.mediathequederoubaix.fr/user",\n'
        '        data={"name": user.login, "pass": user.password, "form_id": "user_login"},\n    )\n'
        '    response.raise_for_status()\n    return session\n')


def test_a_town_library_site_hard_coded_is_a_territory_value(tmp_path):
    """tomsquest/mediathequeroubaix.py: pass "No territory-specific value in the code" while the Roubaix library's site
    (www.mediathequederoubaix.fr) is hard-coded in three code files."""
    files = {"README.md": "# Médiathèque\n\nPython CLI for the library.\n", "pyproject.toml": '[project]\nname = "mediatheque"\n',
             "src/mediatheque/auth/authenticate.py": AUTH,
             "src/mediatheque/renew/renew.py": 'URL = "http://www.mediathequederoubaix.fr/espace_personnel"\n'}
    r = _one(tmp_path, files, TN)
    assert r["status"] in ("warn", "fail") and any("mediathequederoubaix.fr" in str(e.get("value")) for e in r["evidence"]), r


def test_a_library_software_host_named_after_no_town_stays_neutral(tmp_path):
    """Near miss: a library software's own site (www.mediatheque-numerique.fr names no town) is no territory."""
    files = {"README.md": "# Médiathèque\n\nPython CLI for the library.\n", "pyproject.toml": '[project]\nname = "mediatheque"\n',
             "src/mediatheque/auth/authenticate.py": AUTH.replace("mediathequederoubaix", "mediatheque-numerique")}
    r = _one(tmp_path, files, TN)
    assert r["status"] == "pass", (r["message"], r["evidence"])


SCHEMA = ("CREATE TABLE IF NOT EXISTS adresse (\n    id INTEGER PRIMARY KEY,\n    libelle_voie TEXT,\n    code_postal TEXT,\n"
          "    cog_commune TEXT,\n    coordonnee_x TEXT,\n    coordonnee_y TEXT,\n    direction_latitude TEXT,\n"
          "    direction_longitude TEXT,\n    cle_interop_ban TEXT,\n    id_lot TEXT NOT NULL\n);\n")
ETL = ("import sqlite3\n\n\ndef charger(base, lignes):\n    with sqlite3.connect(base) as cx:\n"
       "        cx.executemany('INSERT INTO adresse (libelle_voie, code_postal) VALUES (?, ?)', lignes)\n")


def test_coordinate_columns_of_a_sql_schema_are_positions_read(tmp_path):
    """mThorlak/observatoire-offre-medicosociale-enfance: n/a "handles no detectable map or geographic data" while
    sql/01_SCHEMA_SQL.sql keeps coordonnee_x/y and direction_latitude/longitude columns."""
    files = {"README.md": "# Observatoire\n\nETL FINESS vers SQLite.\n", "sql/01_SCHEMA_SQL.sql": SCHEMA, "src/charger.py": ETL}
    r = _one(tmp_path, files, GEO)
    assert r["status"] == "not_applicable" and "direction_latitude" in r["message"]["en"], r["message"]
    assert any(e["path"] == "sql/01_SCHEMA_SQL.sql" for e in r["evidence"]), r["evidence"]


def test_a_sql_schema_without_coordinates_handles_no_geographic_data(tmp_path):
    """Near miss: the same schema without its coordinate columns (a latitude named in a comment) stays "no geographic data"."""
    schema = "\n".join(line for line in SCHEMA.splitlines() if "coord" not in line and "direction_" not in line) + "\n-- latitude TEXT removed\n"
    files = {"README.md": "# Observatoire\n\nETL FINESS vers SQLite.\n", "sql/01_SCHEMA_SQL.sql": schema, "src/charger.py": ETL}
    r = _one(tmp_path, files, GEO)
    assert r["status"] == "not_applicable" and "no detectable map" in r["message"]["en"], r["message"]


IDS = "interoperability.identifiers"
UTILS = ('import pandas as pd\n\n\ndef load_data(path):\n    df = pd.read_csv(path, sep=",", dtype={0: str, "CODGEO_2025": str})\n'
         '    for c in ["nombre", "insee_pop"]:\n        df[c] = pd.to_numeric(df[c], errors="coerce")\n'
         '    df["taux"] = df["nombre"] / df["insee_pop"] * 1000\n    return df\n')


def test_insee_population_is_no_identifier_and_the_vintaged_codgeo_is(tmp_path):
    """ConstanceKEITA/Projet_Data_Management: pass "Identifier fields: inseepop" — insee_pop is INSEE's population count;
    the identifier read is CODGEO_2025."""
    files = {"README.md": "# Délinquance\n\nTableau de bord.\n", "app/utils.py": UTILS}
    r = _one(tmp_path, files, IDS)
    assert "inseepop" not in r["message"]["en"] and "codgeo2025" in r["message"]["en"], r["message"]


def test_a_commune_insee_column_stays_an_identifier(tmp_path):
    """Near miss: a column insee_com (the commune's code) is still an identifier field."""
    files = {"README.md": "# Délinquance\n\nTableau de bord.\n", "app/utils.py": UTILS.replace('"CODGEO_2025"', '"insee_com"')}
    r = _one(tmp_path, files, IDS)
    assert "inseecom" in r["message"]["en"] and "inseepop" not in r["message"]["en"], r["message"]
