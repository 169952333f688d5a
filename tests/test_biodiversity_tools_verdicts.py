"""First reads of biodiversity and land-use tools of territories and their operators (session 6, issue 12), each fixed verdict
on a git fixture shaped like the real case: observers' names that a script selects and publishes, or that a model maps as
``observers``, are personal data."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

WEEK_GEOJSON = ("<?php\n$conn = new PDO('pgsql:host=localhost;dbname=geonaturedb','*****','*****');\n"
                "$sql = \"SELECT  bl.nom_liste,\n                tx.lb_nom as nom_la,\n                s.dateobs,\n"
                "                s.observateurs,\n                ST_AsGeoJSON(ST_Transform((the_geom_2154),4326),6) AS geojson\n"
                "        FROM synthese.syntheseff s\n        JOIN taxonomie.taxref tx ON tx.cd_nom = s.cd_nom\n"
                "        WHERE date(s.dateobs) >= date(NOW()) - 7\";\n$rs = $conn->query($sql);\n"
                "header('Content-type: application/json');\necho json_encode($rs->fetchAll());\n?>\n")
PARK_SCRIPTS = {  # shaped like a regional park's GeoNature scripts: a week's observations published as GeoJSON
    "README.md": "# GeoNature du Parc\n\nProcédures et scripts de l'instance GeoNature du Parc.\n",
    "scripts/geojson_7j.php": WEEK_GEOJSON,
}


def test_observers_names_a_script_selects_and_publishes_are_personal_data(tmp_path):
    r = results(run(build(tmp_path / "r", PARK_SCRIPTS), tmp_path / "c", only=["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] == "warn" and "observateurs" in str(r["evidence"]), r


def test_a_query_of_taxa_names_only_holds_no_personal_data(tmp_path):
    files = {**PARK_SCRIPTS, "scripts/geojson_7j.php": WEEK_GEOJSON.replace("                s.observateurs,\n", "")}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] != "warn" and "observateurs" not in str(r["evidence"]), r


def test_a_models_observers_column_is_personal_data(tmp_path):
    files = {"README.md": "# Biodiv'Territoires\n\nPortail de restitution de la biodiversité des territoires.\n",
             "requirements.txt": "flask==2.2.2\nflask-sqlalchemy==3.0.2\n",
             "app/models/synthese.py": ("from sqlalchemy import Column, Integer, String\nfrom app.utils import db\n\n\n"
                                        "class Synthese(db.Model):\n    __tablename__ = 'synthese'\n    id_synthese = Column(Integer, primary_key=True)\n"
                                        "    cd_nom = Column(Integer)\n    observers = Column(String)\n")}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] == "warn" and "observers" in str(r["evidence"]), r


WEEK_MAP = ("<html>\n<head>\n<link rel=\"stylesheet\" href=\"http://cdn.leafletjs.com/leaflet-0.7.3/leaflet.css\"/>\n"
            "<script src=\"http://cdn.leafletjs.com/leaflet-0.7.3/leaflet.js\"></script>\n"
            "<script src=\"http://code.jquery.com/jquery-1.11.3.min.js\"></script>\n</head>\n<body>\n<div id=\"map\"></div>\n"
            "<script>var map = L.map('map'); $.getJSON('geojson_7j.php', function (obs) { L.geoJson(obs).addTo(map); });</script>\n"
            "</body>\n</html>\n")


def test_a_page_loading_jquery_1_from_its_cdn_runs_a_framework_past_its_end_of_life(tmp_path):
    files = {**PARK_SCRIPTS, "scripts/carte_hebdo.php": WEEK_MAP}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert r["status"] in ("warn", "fail") and "Past end of life: jQuery 1" in r["message"]["en"] and "carte_hebdo.php" in str(r["evidence"]), r


def test_an_old_copy_of_a_page_kept_aside_is_not_the_services_runtime(tmp_path):
    files = {**PARK_SCRIPTS, "demo/index.html": WEEK_MAP.replace("jquery-1.11.3", "jquery-3.4.1"), "demo/index_old.html": WEEK_MAP}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert "Past end of life" not in r["message"]["en"] and "index_old" not in str(r["evidence"]), r


def test_a_dockerfile_building_from_an_argument_runs_its_default_image(tmp_path):
    files = {"README.md": "# Atlas des zones humides\n\nAtlas des zones humides d'un territoire.\n",
             "package.json": '{"name": "zh-atlas", "version": "1.0.0", "dependencies": {"next": "^12.2.6", "react": "^18.2.0"}}\n',
             "Dockerfile": "ARG BASE_IMAGE=node:14-alpine\n\nFROM $BASE_IMAGE\n\nWORKDIR /app\nCOPY . ./\nRUN npm ci && npm run build\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert r["status"] in ("warn", "fail") and "Node.js 14" in r["message"]["en"], r


ATLAS_PAGE = ("import { MapContainer } from 'react-leaflet'\n\nexport default function MapPage() {\n  return (\n    <MapContainer\n"
              "      style={{ width: '100%', height: '100%' }}\n      center={[47.8, 2.6]}\n      zoom={6}\n    >\n      <Map />\n"
              "    </MapContainer>\n  )\n}\n")
ATLAS = {  # shaped like a wetlands atlas (Next.js) whose settings file under data/ names its base layers
    "README.md": "# GeoNature · Zones Humides > Atlas\n\nL'atlas des zones humides partage aux élus et au public la gestion des zones humides.\n",
    "package.json": '{"name": "zh-atlas", "version": "1.0.0", "dependencies": {"next": "^12.2.6", "react-leaflet": "^4.0.0", "js-yaml": "^4.1.0"}}\n',
    "next.config.js": ("const fs = require('fs')\nconst yaml = require('js-yaml')\n\nlet publicRuntimeConfig = {}\n"
                       "if (fs.existsSync('./data/config.yml')) {\n  publicRuntimeConfig = yaml.load(fs.readFileSync('./data/config.yml', 'utf8'))\n}\n\n"
                       "module.exports = { publicRuntimeConfig }\n"),
    "data/config.yml": ("map:\n  layers:\n    - checked: false\n      url: https://tile.openstreetmap.org/{z}/{x}/{y}.png\n      name: OpenStreetMap\n"
                        "    - checked: true\n      url: https://{s}.google.com/vt/lyrs=s&x={x}&y={y}&z={z}\n      name: GoogleSatellite\n"
                        "      subdomains: ['mt0', 'mt1', 'mt2', 'mt3']\n"),
    "src/pages/map/index.tsx": ATLAS_PAGE,
    "docs/index.md": "# Atlas\n\n![Accueil](images/home.png)\n",
    "docs/images/home.png": "\x89PNG", "docs/images/footer.png": "\x89PNG",
    "public/images/tourbiere.webp": "RIFF", "public/images/eau_morte.webp": "RIFF",
}


def test_a_zoom_6_view_centred_in_france_is_a_view_of_all_france(tmp_path):
    r = results(run(build(tmp_path / "r", ATLAS), tmp_path / "c", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert "47.8" not in str(r["evidence"]), r
    files = {**ATLAS, "src/pages/map/index.tsx": ATLAS_PAGE.replace("zoom={6}", "zoom={11}")}  # a town's view stays a territory's
    r = results(run(build(tmp_path / "r2", files), tmp_path / "c2", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "warn" and "47.8" in str(r["evidence"]), r


def test_a_settings_file_under_data_is_configuration_and_its_google_tiles_a_proprietary_service(tmp_path):
    res = results(run(build(tmp_path / "r", ATLAS), tmp_path / "c", only=["scaling.vendor-lock-in", "reusability.portability"]))
    assert res["scaling.vendor-lock-in"]["status"] != "pass" and "data/config.yml" in str(res["scaling.vendor-lock-in"]["evidence"]), res
    assert "Proprietary services or tools: none" not in res["reusability.portability"]["message"]["en"], res["reusability.portability"]


def test_the_documentations_screenshots_are_not_the_interfaces_images(tmp_path):
    r = results(run(build(tmp_path / "r", ATLAS), tmp_path / "c", only=["interoperability.accessibility-and-ecodesign"]))
    a = r["interoperability.accessibility-and-ecodesign"]
    assert "image formats" not in a["message"]["en"].split("missing:")[-1] and "docs/images" not in str(a["evidence"]), a


def test_a_dash_dashboard_serves_no_api_and_is_not_said_to_have_no_server(tmp_path):
    files = {"README.md": "# Tableau de bord GeoNature avec Dash\n\nTableau de bord des données d'un inventaire naturaliste.\n",
             "requirements.in": "dash\ndash-bootstrap-components\npsycopg2\ndash-leaflet\npandas\n",
             "dash_app.py": ("from dash import Dash, html\n\napp = Dash(__name__)\napp.layout = html.Div([html.H1('Explor Nature')])\n\n"
                             "if __name__ == '__main__':\n    app.run(debug=False)\n")}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.api-spec"]))["interoperability.api-spec"]
    assert r["status"] == "not_applicable" and "no server framework" not in r["message"]["en"] and "dash" in r["message"]["en"], r


def test_a_readme_pointing_to_its_frameworks_documentation_has_no_documentation_site(tmp_path):
    files = {"README.md": ("# Cyclopolis\n\nUne plateforme web de visualisation d'un projet de réseau cyclable structurant.\n\n"
                           "## Aide aux contributeurs/trices non développeurs/euses\n\nle `status` de chaque tronçon peut prendre les valeurs "
                           "définies [ici](types/index.ts#L13)\n\n## Quelques détails techniques\n\n"
                           "Look at the [nuxt 3 documentation](https://v3.nuxtjs.org) to learn more.\n\n## Setup\n\n```bash\nnpm install\n```\n\n"
                           "## Production\n\nCheckout the [deployment documentation](https://v3.nuxtjs.org/guide/deploy/presets) for more "
                           "information.\n"),
             "package.json": '{"name": "cyclopolis", "private": true, "devDependencies": {"nuxt": "^3.8.0"}, "dependencies": {"maplibre-gl": "^3.0.0"}}\n',
             "pages/index.vue": "<template><div id='map'></div></template>\n"}
    res = results(run(build(tmp_path / "observatoire-velo", files), tmp_path / "c", only=["documentation.docs", "documentation.readme-sections"]))
    assert "nuxtjs.org" not in str(res["documentation.docs"]["evidence"]), res["documentation.docs"]
    sections = res["documentation.readme-sections"]
    assert "contributing" in str([e for e in sections["evidence"] if e.get("kind") == "found"]), sections
    assert "'contact'" not in str([e for e in sections["evidence"] if e.get("kind") == "found"]), sections


def test_a_php_script_writing_a_map_page_is_a_web_interface(tmp_path):
    files = {**PARK_SCRIPTS, "scripts/carte_hebdo.php": WEEK_MAP}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.accessibility-and-ecodesign"]))
    a = r["interoperability.accessibility-and-ecodesign"]
    assert a["status"] != "not_applicable" and "RGAA" in a["message"]["en"], a


def test_a_parts_readme_and_a_root_pdf_guide_say_how_to_load_a_kit(tmp_path):
    sql = ("create materialized view orb_indicateurs.mv_sraddet_ind as (\nselect extract(year from s.date_min) as annee, count(*) as nb_data\n"
           "from gn_synthese.synthese s group by 1);\n")
    files = {"requete_sql/sraddet_ind_general.sql": sql, "requete_sql/sraddet_ind_pole.sql": sql.replace("mv_sraddet_ind", "mv_sraddet_ind_pole"),
             "1_refresh_data.R": "library(DBI)\nsource('0_connexion_bdd.R')\ndbSendQuery(con, 'REFRESH MATERIALIZED VIEW orb_indicateurs.mv_sraddet_ind')\n",
             "0_connexion_bdd.R": "library(DBI)\ncon <- dbConnect(RPostgres::Postgres(), service = 'gn')\n",
             "Automatisation des indicateurs SRADDET.pdf": "%PDF-1.4\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install"]))["reusability.install"]
    assert "nothing says how to load it" not in r["message"]["en"] and "SRADDET.pdf" in str(r["evidence"]), r


def test_a_sql_filter_on_one_regions_name_is_a_territory_value(tmp_path):
    lrr = ("create materialized view orb_indicateurs.mv_sraddet_ind_esp_lrr as (\nselect s.cd_ref, count(*) as nb\n"
           "from gn_synthese.synthese s\njoin taxonomie.bdc_statut bs on bs.cd_ref = s.cd_ref\n"
           "where bs.cd_type_statut = 'LRR'\n  and bs.lb_adm_tr ILIKE ANY (array['Auvergne','%Rhône-Alpes%'])\ngroup by 1);\n")
    files = {"README.md": "# Indicateurs\n\nIndicateurs de biodiversité calculés depuis une base GeoNature.\n",
             "requete_sql/sraddet_ind_esp_lrr.sql": lrr}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] != "pass" and "Rhône-Alpes" in str(r["evidence"]), r
    files["requete_sql/sraddet_ind_esp_lrr.sql"] = lrr.replace("ILIKE ANY (array['Auvergne','%Rhône-Alpes%'])", "= :region")
    r = results(run(build(tmp_path / "r2", files), tmp_path / "c2", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "pass", r


def test_a_stats_page_written_by_a_php_script_is_an_impact_indicator(tmp_path):
    stats = ("<html>\n<head><title>Stats Sources</title></head>\n<?php\nrequire('connecter.php');\n"
             "$rs = $conn->query('SELECT b.nom_source, count(s.id_synthese) FROM synthese.syntheseff s GROUP BY 1');\n?>\n"
             "<body><table><?php foreach ($rs as $r) { echo '<tr><td>' . $r[0] . '</td></tr>'; } ?></table></body>\n</html>\n")
    files = {**PARK_SCRIPTS, "scripts/stats.php": stats}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.impact-indicators"]))["scaling.impact-indicators"]
    assert "no /stats page" not in r["message"]["en"] and "stats.php" in str(r["evidence"]), r


def test_an_applications_configuration_template_is_read_for_its_services(tmp_path):
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config>\n<application title=\"GeoSylva\"/>\n<mapoptions projection=\"EPSG:3857\"/>\n"
           "<baselayers style=\"gallery\">\n  <baselayer type=\"WMTS\" id=\"ortho\" label=\"Photographies aériennes\"\n"
           "    url=\"https://wxs.ign.fr/essentiels/geoportail/wmts\" layers=\"ORTHOIMAGERY.ORTHOPHOTOS\" format=\"image/jpeg\"/>\n"
           "</baselayers>\n<themes>\n  <theme name=\"Forêt\" id=\"foret\">\n    <layer id=\"ame_onf\" name=\"Aménagements\" "
           "url=\"{{URL_GEOSERVER}}/wms\"/>\n  </theme>\n</themes>\n</config>\n")
    files = {"README.md": "# GeoSylva\n\nProjet mviewer de visualisateur cartographique des patrimoines forestiers du Parc.\n",
             "geosylva.xml.template": xml,
             "geosylva/customcontrols/profile.js": "var profile = (function () {\n  return { init: function () { return 1; } };\n})();\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.geo"]))["interoperability.geo"]
    assert "legal reference system: yes" in r["message"]["en"] and "geosylva.xml.template" in str(r["evidence"]), r
