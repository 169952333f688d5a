"""Verdicts read against dashboards and small map viewers of local authorities the tool had not seen, each
fixed at its cause and shown on a git fixture shaped like the real case: a Flask reporting tool (a REST
API documented by flask-restplus, SQLAlchemy models, a committed ``.env`` of defaults and placeholder
passwords, points read as WKT on a Leaflet map, an admin restricted by the web server) and a static
OpenLayers viewer styled by its region's style guide."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

MODELS = ("from flask import Flask\nfrom flask_restplus import Api, Resource\nfrom flask_sqlalchemy import SQLAlchemy\nimport config\n\n"
          "app = Flask(__name__)\nschema = config.schema\ntableschema = {'schema': schema}\ndb = SQLAlchemy(app)\n\n"
          "class Dataviz(db.Model):\n    dataviz = db.Column(db.String(50), primary_key=True)\n    __table_args__ = (tableschema)\n\n"
          "class Rawdata(db.Model):\n    dataid = db.Column(db.String(50), primary_key=True)\n    __table_args__ = (\n        tableschema\n    )\n\n"
          "api = Api(app=app, version='0.1', title='Reporting API')\n\n"
          "@api.route('/store')\nclass Store(Resource):\n    def get(self):\n        return {'response': 'success'}\n")
REPORTING = {
    "README.md": "# Rapports\n\nOutil de reporting web qui compose des rapports de chiffres-clés, graphiques et cartes pour les communes et EPCI.\n\n"
                 "## Installation\n\nVoir docs/INSTALL.md puis docker-compose up.\n",
    "requirements.txt": "Flask==1.1.1\nflask-restplus==0.13.0\nFlask-SQLAlchemy==2.4.1\npsycopg2-binary==2.8.4\n",
    "backend/__init__.py": MODELS,
    "config.py": "import os\nuser = os.environ['REPORT_DATABASE_USER']\npwd = os.environ['REPORT_DATABASE_PWD']\n"
                 "host = os.environ['REPORT_DATABASE_HOST']\nschema = os.environ['REPORT_DATABASE_SCHEMA']\n",
    ".env": "POSTGRES_USER=postgres\nPOSTGRES_PASSWORD=YOURPASSWORD\nREPORT_DATABASE_HOST=db\nREPORT_DATABASE_HOST_PORT=5432\n"
            "REPORT_DATABASE_USER=report_user\nREPORT_DATABASE_PWD=YOURPASSWORD\nREPORT_DATABASE_SCHEMA=data\n",
    "docker-compose.yml": "services:\n  db:\n    image: postgres:15\n  backend:\n    build: .\n    image: mviewer/rapports:latest\n",
    "frontend/templates/index.html": "<html><head><title>Rapports</title></head><body><div id=\"map\"></div></body></html>\n",
    "frontend/static/js/report.js": "var drawMap = function (id, data) {\n  var points = data.map(function (pt) { return parseWKT(pt).reverse(); });\n"
                                    "  var map = L.map(id);\n  L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);\n"
                                    "  points.forEach(function (p) { L.marker(p).addTo(map); });\n};\n",
    "docs/INSTALL.md": "# Installation\n\nCopiez .env, renseignez les mots de passe puis lancez docker-compose up -d.\n",
    "docs/PRODUCTION.md": "# Production\n\nRestreindre l'accès à l'administration :\n\n    sudo htpasswd -c /etc/apache2/.rapports admin\n\n"
                          "```\n<Location \"/admin/\">\n    AuthType Basic\n    AuthName \"Restricted Content\"\n"
                          "    AuthUserFile /etc/apache2/.rapports\n    Require valid-user\n</Location>\n```\n",
}
CHECKS = ["interoperability.data-standards", "reusability.configuration", "interoperability.api-spec", "interoperability.geo",
          "interoperability.auth", "interoperability.public-building-blocks"]


def judge(tmp_path, files, name, only=CHECKS):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=only, sponsor="local-authority"))


def test_a_flask_reporting_tool_is_read_as_it_is(tmp_path):
    res = judge(tmp_path, REPORTING, "rapports")
    data = res["interoperability.data-standards"]
    # a SQLAlchemy variable named tableschema is no reference to schema.data.gouv.fr; the WKT points are an open format
    assert data["details"]["schema_data_gouv_refs"] == 0 and "WKT" in data["details"]["formats"], data["message"]
    conf = res["reusability.configuration"]
    assert ".env" in conf["details"]["templates"] and not conf["details"]["undocumented"], conf["message"]
    api = res["interoperability.api-spec"]
    assert api["score"] == 7 and "flask-restplus" in api["details"]["generators"], api["message"]
    assert res["interoperability.geo"]["details"]["geojson"] is True, res["interoperability.geo"]["message"]
    auth = res["interoperability.auth"]
    assert auth["status"] == "fail" and auth["score"] == 3 and auth["details"]["webserver_auth"], auth["message"]
    assert {e["path"] for e in auth["evidence"]} == {"docs/PRODUCTION.md"}
    # the project's own image published under the mviewer namespace is no use of mviewer
    assert res["interoperability.public-building-blocks"]["details"]["building_blocks"] == []


def test_the_same_names_count_where_they_mean_it(tmp_path):
    files = dict(REPORTING)
    files["requirements.txt"] += "tableschema==1.20.2\n"
    files["backend/validate.py"] = "from tableschema import Schema\n\nSCHEMA = Schema('schema.json')\n"
    files[".env"] = files[".env"].replace("REPORT_DATABASE_PWD=YOURPASSWORD", "REPORT_DATABASE_PWD=Xk9!vb72qPz")
    files["docker-compose.yml"] = files["docker-compose.yml"].replace("mviewer/rapports", "mviewer/mviewer")
    files["docs/PRODUCTION.md"] = "# Production\n\nDéployez derrière Apache.\n"
    files["frontend/static/js/report.js"] = files["frontend/static/js/report.js"].replace("parseWKT(pt)", "pt.split('@')")
    res = judge(tmp_path, files, "rapports")
    assert res["interoperability.data-standards"]["details"]["table_schema_tool_refs"] >= 1  # (the Frictionless package, s31)
    assert "WKT" not in res["interoperability.data-standards"]["details"]["formats"]
    assert ".env" not in res["reusability.configuration"]["details"]["templates"]  # a real password: not a template
    assert res["interoperability.geo"]["details"]["geojson"] is False
    assert res["interoperability.auth"]["status"] == "not_applicable"
    assert res["interoperability.public-building-blocks"]["details"]["building_blocks"] == ["mviewer"]


VIEWER = {
    "README.md": "# KartApp\n\n* angular app\n* openlayers\n\n## Installation\n\n1. npm install\n2. gulp serve\n\n## configuration\nEdit conf/default.json\n",
    "package.json": '{"name": "kartapp", "devDependencies": {"gulp": "^3.8.0"}}\n',
    "src/index.html": "<!doctype html>\n<html>\n<head>\n  <link rel=\"stylesheet\" href=\"https://guidestyles.region-exemple.fr/styles/theme.css\">\n"
                      "  <link href=\"https://guidestyles.region-exemple.fr/styles/icons.css\" rel=\"stylesheet\">\n"
                      "  <a href=\"https://www.region-info.fr/mentions\">Mentions</a>\n</head>\n<body ng-app=\"kartApp\"></body>\n</html>\n",
    "src/app/services/LayerSrv.js": "angular.module('kartApp').service('LayerSrv', function () {\n"
                                    "  var map = new ol.Map({layers: [new ol.layer.Tile({source: new ol.source.OSM()})]});\n"
                                    "  this.map = function () { return map; };\n});\n",
    "src/app/controllers/mainCtrl.js": "angular.module('kartApp').controller('MainCtrl', function ($scope, LayerSrv) {\n  $scope.map = LayerSrv.map();\n});\n",
    "src/conf/default.json": '{"name": "Application cartographique", "map": {"zoom": 8}}\n',
}


def test_a_static_viewer_loads_its_style_guide_and_has_no_data_of_its_own(tmp_path):
    report = run(build(tmp_path / "viewer", VIEWER), tmp_path / "c", only=["interoperability.data-standards", "scaling.hosting"],
                 sponsor="local-authority")
    assert report["facts"]["project"]["kind"] == "static-site"
    hosts = {h["host"]: h for h in report["facts"]["hosting_dependencies"]["hosts"]}
    # a stylesheet the page loads, whatever the order of rel and href; the link a person follows stays out
    assert "region-exemple.fr" in hosts and hosts["region-exemple.fr"]["count"] == 2
    assert "region-info.fr" not in hosts
    data = results(report)["interoperability.data-standards"]
    assert data["status"] == "not_applicable", data["message"]
    with_data = dict(VIEWER, **{"src/data/arrets.geojson": '{"type": "FeatureCollection", "features": []}\n'})
    data = results(run(build(tmp_path / "viewer2", with_data), tmp_path / "c2", only=["interoperability.data-standards"]))["interoperability.data-standards"]
    assert data["status"] != "not_applicable"



def license_text(lid: str) -> str:
    from auditor.licenses.matcher import load_data

    return load_data()["licenses"][lid]["texts"][0]["text"]


SVIEWER = {
    "README.md": "# sViewer\n\nsViewer affiche des cartes interactives dans un navigateur, sur téléphone ou ordinateur.\n\n"
                 "Pour publier beaucoup de données, regardez [mviewer](https://mviewer.github.io/fr/) ou geOrchestra.\n\n"
                 "## Installation\n\nCopiez local/customConfig.DIST.js puis servez le dossier avec nginx.\n",
    "package.json": '{"name": "sviewer", "license": "GPL-3.0-or-later", "devDependencies": {"eslint": "^9.0.0"}}\n',
    "index.html": "<!doctype html><html><head><script src=\"js/sviewer.js\"></script></head><body></body></html>\n",
    "js/sviewer.js": "var map = new ol.Map({layers: [new ol.layer.Tile({source: new ol.source.OSM()})]});\n",
    "ext/sensors/extension.js": "/**\n * Sensors: one chart at a time (mviewer default).\n */\nvar chart = null;\n",
    "ext/panoramax/psv.min.js": "/*!\n * Photo Sphere Viewer 5.7.0\n * SPDX-License-Identifier: MIT\n */\n!function(e){e.psv=1}(this);\n",
    "static/lib/mustache/mustache.min.js": "(function(g){g.Mustache={}})(this);\n",
    "static/lib/qrcode/qrcode.min.js": "(function(g){g.QRCode={}})(this);\n",
    "static/lib/pmtiles/pmtiles.min.js": "(function(g){g.pmtiles={}})(this);\n",
    "deploy/nginx.conf": "location / {\n    add_header Content-Security-Policy \"default-src 'none'; script-src 'self' "
                        "'sha256-+DVeMH3iwtGWYuI5DrkPJkqVzE7ajMJXyy11KR1xOz0='; style-src 'self'\" always;\n}\n",
}


def test_a_map_viewer_is_judged_on_its_own_statements(tmp_path):
    report = run(build(tmp_path / "sviewer", {**SVIEWER, "LICENSE": license_text("GPL-3.0-only")}), tmp_path / "c", sponsor="local-authority",
                 only=["licensing.consistent", "documentation.docs", "reusability.secrets", "licensing.dependencies"])
    res = results(report)
    # the SPDX header of a copied library speaks for that file only
    assert res["licensing.consistent"]["message"]["en"].startswith("2 sources agree"), res["licensing.consistent"]["message"]
    assert not any((e.get("value") or {}).get("kind") == "spdx-headers" for e in res["licensing.consistent"]["evidence"])
    # another project's pages site is not this project's documentation site
    assert "site" in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]
    # a Content-Security-Policy digest is no secret to review
    assert res["reusability.secrets"]["score"] == 10, res["reusability.secrets"]["message"]
    # most copied libraries without a stated licence: compatibility not established, no pass
    assert res["licensing.dependencies"]["status"] == "inconclusive", res["licensing.dependencies"]["message"]


def test_its_own_pages_site_and_a_real_key_still_count(tmp_path):
    files = {**SVIEWER, "LICENSE": license_text("GPL-3.0-only")}
    # (its pages' docs/ folder: the pages root itself serves the repository's own index.html, the viewer, no documentation; s36 v36)
    files["README.md"] = files["README.md"].replace("https://mviewer.github.io/fr/", "https://geobretagne.github.io/sviewer/docs/")
    files["deploy/nginx.conf"] += "# api_key = 'A8fK2mQ9zR4tW7yB3nC6vX1pL5sD0gH2'\nset $token \"A8fK2mQ9zR4tW7yB3nC6vX1pL5sD0gH2Zq9\";\n"
    res = results(run(build(tmp_path / "sviewer", files), tmp_path / "c", only=["documentation.docs", "reusability.secrets"]))
    assert "site" not in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]
    assert res["reusability.secrets"]["score"] < 10


APPS = {  # a region's mviewer applications: one folder per map, loaded by cloning the repository into mviewer's apps/ folder
    "README.md": "# region\nMVIEWER APPS\n\nDans le dossier apps d'un clone mviewer, lancer cette commande : "
                 "git clone https://github.com/region-exemple/mviewer-apps region\n",
    "LICENSE": "placeholder\n",
    "index.html": "<!doctype html><html><body><div id=\"map\"></div></body></html>\n",
    "accessibilite/accessibilite.xml": "<config><application title=\"Accessibilité des bâtiments\"/></config>\n",
    "accessibilite/README.txt": "Accessibilité des bâtiments de la région\n\nSource des données : API du prestataire.\n",
    "accessibilite/customlayers/batiment_region_accessibilite.js": "var layer = new ol.layer.Vector({source: new ol.source.Vector()});\n",
    "sante/sante.xml": "<config><layer id=\"psy\" url=\"https://geo.region-exemple.fr/wms\" attribution=\"SNIIRAM, cartographie des "
                       "pathologies. Exploitation ORS.\"/></config>\n",
}


def test_a_collection_of_viewer_applications(tmp_path):
    report = run(build(tmp_path / "apps", APPS), tmp_path / "c", sponsor="local-authority",
                 only=["reusability.install", "interoperability.accessibility-and-ecodesign", "scaling.hosting"])
    readme = report["facts"]["readme"]
    # the README's one sentence says how to install, not what the project is for
    assert "install" in readme["sections"] and "purpose" not in readme["sections"], readme["sections"]
    res = results(report)
    assert res["reusability.install"]["details"]["instructions"] is True, res["reusability.install"]["message"]
    # a map about buildings' accessibility is no accessibility statement; a layer's credited source is no restricted data it reads
    assert not res["interoperability.accessibility-and-ecodesign"]["details"].get("a11y_statement", False), \
        res["interoperability.accessibility-and-ecodesign"]["message"]
    assert report["facts"]["hosting_dependencies"]["restricted"] == []
    files = dict(APPS, **{"accessibilite.html": "<h1>Déclaration d'accessibilité</h1><p>Ce site est non conforme.</p>\n",
                          "sante/customlayers/psy.js": "var source = '/data/sniiram/pathologies.csv';\n"})
    report = run(build(tmp_path / "apps2", files), tmp_path / "c2", only=["interoperability.accessibility-and-ecodesign", "scaling.hosting"])
    assert "accessibilite.html" in [e.get("path") for e in results(report)["interoperability.accessibility-and-ecodesign"]["evidence"]]
    assert [r["id"] for r in report["facts"]["hosting_dependencies"]["restricted"]] != []


REPORTING_APP = {  # an address-reporting map: pages, plain PHP services, an SSO login, libraries copied under lib/
    "README.md": "# Signalement\n\nApplicatif de signalement de création et de suppression d'adresse, développé pour le pôle adresse.\n",
    "index.html": "<!doctype html><html><head><script src=\"lib/geoext/lib/GeoExt.js\"></script><script src=\"src/js/main.js\"></script>"
                  "</head><body></body></html>\n",
    "config.json": '{"config": {"login": {"url": "https://geo.example.org/cas/login?service=https://app.example.org/ws/head.php"},'
                   ' "logout": {"url": "https://geo.example.org/cas/logout?"}, "wfsurl": "https://geo.example.org/geoserver/wfs"}}\n',
    "src/js/main.js": "Ext.onReady(function () {\n  var map = new OpenLayers.Map('map');\n});\n",
    "ws/rss.php": "<?php\n$commune = $_GET['commune'];\nheader('Content-Type: application/rss+xml');\necho $rss;\n",
    "ws/import.php": "<?php\n$rows = array_map('str_getcsv', file($_FILES['csv']['tmp_name']));\n",
    "lib/geoext/lib/GeoExt.js": "(function() {\n  var singleFile = (typeof GeoExt == 'object' && GeoExt.singleFile);\n})();\n",
    "lib/proj4js/lib/proj4js.js": "Proj4js = {\n  defaultDatum: 'WGS84',\n  transform: function (source, dest, point) { return point; }\n};\n",
}


def test_a_web_application_with_php_services_and_libraries_under_lib(tmp_path):
    report = run(build(tmp_path / "signalement", REPORTING_APP), tmp_path / "c", sponsor="local-authority",
                 only=["interoperability.auth", "reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert report["facts"]["inventory"]["categories"]["vendored"] >= 2  # lib/geoext/, lib/proj4js/: copies, not the project's code
    res = results(report)
    assert res["interoperability.auth"]["score"] == 7, res["interoperability.auth"]["message"]  # CAS single sign-on
    assert "config.json" in [e.get("path") for e in res["reusability.configuration"]["evidence"]], res["reusability.configuration"]["message"]


def test_a_dashboard_exported_from_a_proprietary_bi_server_by_a_freelancer(tmp_path):
    from tests.gitrepo import make_repo

    files = {"README.md": "# dataviz-rh\ndépôt de code pour le projet dataviz RH télétravail\n",
             "example-codehtml-digdash.html": "<html><head><title>DigDash</title><script src=\"dashboard/sc/modules/ISC_Core.js\"></script>"
                                              "</head><body></body></html>\n",
             "folder/digdash_dashboard/index.html": "<html><head><title>DigDash</title></head><body></body></html>\n",
             "studio/components/AccessibilityFeatures.tsx": "export const AccessibilityFeatures = () => null;\n"}
    commits = [{"files": files, "date": "2026-06-02T10:00:00Z", "author": ("Benjamin Bach", "mail@benjaminbach.fr")},
               {"files": {"README.md": files["README.md"] + "\nMaquettes.\n"}, "date": "2026-06-03T10:00:00Z",
                "author": ("Pascal Romain", "p.romain@gironde.fr")}]
    from datetime import date

    from auditor.context import AuditConfig
    from auditor.engine import AuditOptions, audit

    cache = tmp_path / "c"
    report = audit(str(make_repo(tmp_path / "dataviz-rh", commits)), AuditOptions(
        cache_dir=cache, offline=True, as_of=date(2026, 12, 1),
        only=["scaling.vendor-lock-in", "scaling.contributor-organisations", "interoperability.accessibility-and-ecodesign"],
        config=AuditConfig(cache_dir=cache, offline=True, network=False, extra={"sponsor_type": "local-authority"})))
    res = results(report)
    assert "DigDash Enterprise" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    # a person's own domain (mail@benjaminbach.fr for Benjamin Bach) is no company
    by_type = res["scaling.contributor-organisations"]["evidence"][0]["value"]["year"]["by_type"]
    assert by_type["company"] == 0 and by_type["individual"] == 1, by_type
    # an interface component about accessibility is no accessibility statement
    assert "accessibility page" not in [e.get("value") for e in res["interoperability.accessibility-and-ecodesign"]["evidence"]]


SPEC = {  # a regional data specification: a Table Schema aligned with the national one, example files, a QGIS capture project
    "README.md": "# Référentiel de données des équipements vélo\n\nSpécification du modèle de données relatif aux équipements vélo.\n\n"
                 "## Contexte\n\nLe modèle prend en compte le [schéma national](https://schema.data.gouv.fr/etalab/schema-stationnement-cyclable/).\n\n"
                 "## Voir aussi\n\nPour poser une question, vous pouvez :\n\n- adresser un message à sig@region-exemple.fr\n",
    "schema.json": '{"$schema": "https://frictionlessdata.io/schemas/table-schema.json", "fields": [{"name": "id_equip", "type": "string"}]}\n',
    "exemple-valide.csv": "id_equip\n29135-EV-0001\n",
    "saisie-equipements-velo.qgz": b"PK\x05\x06" + b"\x00" * 18,
    "requirements.txt": "frictionless==4.40\n",
}
VIEWER_APP = {  # an mviewer application: its config.xml, custom layers, styles and data, served by a host viewer
    "README.md": "# cyclab\ncartographie dynamique de l'indice de cyclabilité\n\ninstance de démonstration : https://geo.region-exemple.fr/app/cyclab\n",
    "config.xml": "<config><application title=\"CycLAB\"/><mapoptions projection=\"EPSG:3857\" zoom=\"9\"/></config>\n",
    "customlayers/communes.js": "var layer = new ol.layer.Vector({source: new ol.source.Vector({url: 'data/communes.geojson'})});\n",
    **{f"sld/style{i}.sld": "<StyledLayerDescriptor/>\n" for i in range(6)},
}
PROXIED = {"README.md": "# mdchecker\n\nA quality assurance tool for metadata.\n",
           "requirements.txt": "flask==0.12\n",
           "app/reverse_proxied.py": "class ReverseProxied(object):\n    '''Wrap the application.\n\n    In nginx:\n    location /prefix {\n"
                                     "        proxy_pass http://192.168.0.1:5001;\n        }\n    '''\n    def __init__(self, app):\n        self.app = app\n"}


def test_a_data_specification_a_viewer_application_and_a_proxied_tool(tmp_path):
    from tests.gitrepo import make_repo

    report = run(build(tmp_path / "spec", SPEC), tmp_path / "c1", sponsor="local-authority",
                 only=["interoperability.data-standards", "documentation.readme-sections"])
    assert report["facts"]["project"]["kind"] == "data-specification", report["facts"]["project"]
    assert "contact" in report["facts"]["readme"]["sections"]  # "adresser un message à sig@…"
    assert results(report)["interoperability.data-standards"]["status"] == "pass"  # the published Table Schema is the standard
    report = run(build(tmp_path / "cyclab", VIEWER_APP), tmp_path / "c2", sponsor="local-authority", only=["scaling.reuse"])
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    assert results(report)["scaling.reuse"]["status"] == "inconclusive"  # the sponsor's demonstration instance is no reuse
    commits = [{"files": PROXIED, "date": "2026-06-02T10:00:00Z", "author": ("bchartier", "benjamin.chartier@cegetel.net")}]
    report = run(make_repo(tmp_path / "mdchecker", commits), tmp_path / "c3", only=["scaling.hosting"])
    assert report["facts"]["hosting_dependencies"]["internal"] == []  # a docstring's nginx example names no server
    from auditor.facts.scaling.common import email_type
    assert email_type("bchartier", "benjamin.chartier@cegetel.net")["type"] == "individual"  # an ISP mailbox is a person's


def test_a_regional_standard_publishes_documents_under_the_licence_its_readme_names(tmp_path):
    files = {"README.md": "# Le standard topographique régional\n\nSpécifications du standard topographique régional.\n\n"
                          "## Licence\n\nL'ensemble des productions du pôle métier sont sous Licence Ouverte Etalab 2.0\n",
             "LICENSE": license_text("GPL-3.0-only"),
             "nomenclature/standard_nomenclature.pdf": b"%PDF-1.4\n%\xe2\xe3\n",
             "nomenclature/standard_nomenclature.docx": b"PK\x03\x04" + b"\x00" * 30,
             "nomenclature/standard_nomenclature.html": "<html><body><h1>Nomenclature</h1></body></html>\n",
             "nomenclature/postgis/modele.sql": "CREATE TABLE troncon (id serial, geom geometry(MultiLineStringZ, 3948));\n",
             "exemples/vendor-guide.pdf": b"%PDF-1.4\n"}
    r = results(run(build(tmp_path / "standard", files), tmp_path / "c", only=["licensing.data-and-docs"]))["licensing.data-and-docs"]
    assert r["status"] == "pass", r["message"]  # the nomenclature's PDF, Word and HTML, under the Licence Ouverte the README names


def test_thanks_and_a_faq_name_no_contact(tmp_path):
    readme = ("# sViewer\n\nsViewer affiche des cartes interactives dans un navigateur, sur téléphone ou ordinateur.\n\n"
              "## Foire Aux Questions (FAQ)\n\nPeut-on intégrer la carte dans une page ? Oui, avec une iframe.\n\n"
              "Remerciements\n=============\n\n* L'équipe GéoBretagne\n* La communauté geOrchestra\n")
    report = run(build(tmp_path / "r", {"README.md": readme, "index.html": "<html></html>\n"}), tmp_path / "c",
                 only=["documentation.readme-sections"])
    assert "contact" not in report["facts"]["readme"]["sections"], report["facts"]["readme"]["section_details"]
    readme += "\n## Nous contacter\n\nÉcrivez-nous : sig@region-exemple.fr\n"
    report = run(build(tmp_path / "r2", {"README.md": readme, "index.html": "<html></html>\n"}), tmp_path / "c2",
                 only=["documentation.readme-sections"])
    assert "contact" in report["facts"]["readme"]["sections"]


def test_a_committed_export_of_people_is_a_personal_data_risk(tmp_path):
    files = {"README.md": "# dataviz-rh\ndépôt de code pour le projet dataviz RH télétravail\n", "index.html": "<html></html>\n",
             "sourcesData/Session 2016-2017_ExportTeletravailleurs.xls": b"\xd0\xcf\x11\xe0" + b"\x00" * 60,
             "sourcesData/ListeSitesMillesime.xlsx": b"PK\x03\x04" + b"\x00" * 30}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] == "warn" and [e["path"] for e in r["evidence"]] == ["sourcesData/Session 2016-2017_ExportTeletravailleurs.xls"]
    files.pop("sourcesData/Session 2016-2017_ExportTeletravailleurs.xls")
    r = results(run(build(tmp_path / "r2", files), tmp_path / "c2", only=["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] == "not_applicable"  # a list of sites names no people


# --- session 4: an RDF data specification and a file-aggregation command of local authorities --------------------------

def test_an_rdf_vocabulary_with_its_xslt_and_data_is_a_data_specification_in_open_formats_written_by_a_departement(tmp_path):
    """Shaped like datalocale/rdf-data (Gironde): an OWL ontology in Turtle, XSL sheets turning XML exports into Turtle,
    RDF data in donnees/, commits from the Conseil général's cg33.fr domain."""
    from tests.gitrepo import make_repo

    files = {"README.md": "Modélisation en RDF des collèges\n=======\n\nLe département publie ses collèges, leurs effectifs et les "
                          "lignes de car scolaire en données liées, une expérimentation transposable à d'autres territoires.\n",
             "onto-etablissements-v1.ttl": "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<http://data.exemple.fr/org> a owl:Ontology .\n",
             "XSL/liste-to-ttl.xsl": "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>\n",
             "XSL/liste.xml": "<etablissements><etablissement><nom>A</nom></etablissement></etablissements>\n",
             "donnees/etablissements.rdf": "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>\n"}
    path = make_repo(tmp_path / "r", [{"files": files, "author": ("Portail", "opendata@cg33.fr"), "date": "2013-06-21T10:00:00Z"}])
    report = run(path, tmp_path, ["interoperability.data-standards", "reusability.dependencies", "reusability.portability",
                                  "scaling.contributor-organisations"])
    assert report["facts"]["project"]["kind"] == "data-specification" and report["facts"]["project"]["kind_decided"]
    r = results(report)
    assert r["interoperability.data-standards"]["status"] == "warn" and "RDF" in r["interoperability.data-standards"]["message"]["en"]
    assert "onto-etablissements-v1.ttl" in r["interoperability.data-standards"]["message"]["en"]
    assert r["reusability.dependencies"]["status"] == "not_applicable" and r["reusability.portability"]["status"] == "not_applicable"
    assert "public bodies 100" in r["scaling.contributor-organisations"]["message"]["en"]


def test_minio_defaults_in_a_local_env_are_no_secret_and_settings_by_environment_variables_are_documented(tmp_path):
    """Shaped like sigrennesmetropole/datafactory_frag: a committed .env of local settings (S3 on localhost:9000 with MinIO's
    minioadmin), a README saying every option can be set by an environment variable (franglais 'variable d'environment')."""
    files = {"README.md": "## Agrégateur\nAgrège des fichiers en paquets de taille bornée, depuis un dossier ou un seau S3.\n\n### Usage\n"
                          "```\nagg -s SRC -t DST\n```\n\n### Documentation\n\n> Tous les paramètres de la commande peuvent être défini à "
                          "l'aide de variable d'environment via la convention suivante : `DST=x` équivaut à `--dst x`.\n",
             ".env": "S3_SRC=http://localhost:9000\nS3_SRC_ACCESS_KEY=minioadmin\nS3_SRC_SECRET_KEY=minioadmin\nDST=lora\nCHUNK_SIZE=20MB\n",
             "package.json": '{"name": "agg", "bin": {"agg": "./build/index.js"}, "dependencies": {"dotenv": "^8.2.0"}}\n',
             "src/cli.ts": "import 'dotenv/config';\nconst dst = process.env.DST;\nconst size = process.env.CHUNK_SIZE;\n"
                           "const key = process.env.S3_SRC_SECRET_KEY;\nexport const run = () => [dst, size, key];\n"}
    report = run(build(tmp_path / "r", files), tmp_path, ["reusability.secrets", "reusability.configuration", "documentation.readme-sections"])
    r = results(report)
    assert r["reusability.secrets"]["status"] == "pass"
    assert r["reusability.configuration"]["status"] == "pass"
    assert "configuration" in report["facts"]["readme"]["sections"]
    # a real-looking secret beside them is still one
    files[".env"] += "S3_DST_SECRET_KEY=q8Zr2LmX0vT7pWc4\n"
    r = results(run(build(tmp_path / "s", files), tmp_path / "x", ["reusability.secrets"]))
    assert r["reusability.secrets"]["status"] != "pass"


def test_a_package_started_as_its_cli_module_is_a_command_and_a_parser_generated_from_its_grammar_is_not_its_code(tmp_path):
    """Shaped like sigrennesmetropole/datafactory_data-collector: no "bin", but "start": "node dist/cli.js", settings read
    from the environment and documented in the README; src/csv-types/grammar.js generated by PEG.js from grammar.pegjs."""
    parser = "/*\n * Generated by PEG.js 0.10.0.\n */\n" + "".join(f"function peg$parse{i}(s) {{ if (s) {{ return {i}; }} return 0; }}\n" for i in range(30))
    files = {"README.md": "## collecte\n\nTélécharge le contenu d'une adresse et le place dans une file de travaux.\n\n### CLI Usage\n```\ncollecte <url>\n```\n\n"
                          "### Environment variables override\n| Env Var | Default |\n| --- | --- |\n| HOST | localhost |\n| PORT | 11300 |\n",
             "package.json": '{"name": "collecte", "private": true, "scripts": {"start": "node dist/cli.js", "generate": "pegjs src/csv-types/grammar.pegjs"},'
                             ' "dependencies": {"pegjs": "^0.10.0"}}\n',
             "src/cli.ts": "const host = process.env.HOST || 'localhost';\nconst port = Number(process.env.PORT || 11300);\n"
                           "/** Runs the download. */\nexport function main(url: string) { return [url, host, port]; }\n",
             "src/csv-types/grammar.pegjs": "start = 'a'\n",
             "src/csv-types/grammar.js": parser}
    report = run(build(tmp_path / "r", files), tmp_path, ["reusability.configuration", "reusability.maintainability", "documentation.code-comments"])
    assert report["facts"]["project"]["kind"] == "cli-tool"
    r = results(report)
    assert r["reusability.configuration"]["status"] == "pass"
    assert all(e.get("path") != "src/csv-types/grammar.js" for e in r["documentation.code-comments"]["evidence"])
    assert report["facts"]["inventory"]["categories"]["generated"] == 1
    # without the grammar beside it, the same file is the project's own code
    del files["src/csv-types/grammar.pegjs"]
    assert run(build(tmp_path / "s", files), tmp_path / "x", ["reusability.maintainability"])["facts"]["inventory"]["categories"]["generated"] == 0


def test_an_unfilled_ckan_extension_template_says_nothing_and_a_plugin_with_an_empty_setup_py_runs_on_its_hosts_libraries(tmp_path):
    """Shaped like datalocale/ckanext-datalocale (Gironde's CKAN theme): the README left as CKAN's extension template,
    setup.py naming the package in triple quotes with install_requires=[]."""
    readme = ("=============\nckanext-portail\n=============\n\n.. Put a description of your extension here.\n\n------------\nRequirements\n------------\n\n"
              "For example, you might want to mention here which versions of CKAN this\nextension works with.\n\n"
              "---------------\nConfig Settings\n---------------\n\nDocument any optional config settings here. For example::\n\n"
              "    ckanext.portail.some_setting = some_default_value\n\n-----------------\nRunning the Tests\n-----------------\n\n"
              "To run the tests, do::\n\n    nosetests --with-pylons=test.ini\n\n"
              "ckanext-portail should be availabe on PyPI as https://pypi.org/project/ckanext-portail. If that link doesn't work, then\n"
              "you can register the project on PyPI for the first time by following these steps:\n")
    files = {"README.rst": readme,
             "setup.py": "from setuptools import setup\nsetup(\n    name='''ckanext-portail''',\n    version='0.0.1',\n    install_requires=[],\n"
                         "    entry_points='''\n        [ckan.plugins]\n        portail=ckanext.portail.plugin:PortailPlugin\n    ''',\n)\n",
             "ckanext/__init__.py": "",
             "ckanext/portail/__init__.py": "",
             "ckanext/portail/plugin.py": "import ckan.plugins as plugins\n\n\nclass PortailPlugin(plugins.SingletonPlugin):\n"
                                          "    plugins.implements(plugins.IConfigurer)\n"}
    report = run(build(tmp_path / "r", files), tmp_path, ["documentation.readme", "documentation.readme-sections", "reusability.dependencies",
                                                          "reusability.portability"])
    r = results(report)
    assert report["facts"]["readme"]["template"]["framework"] == "ckan-extension"
    assert r["documentation.readme-sections"]["status"] == "fail" and "ckanext" in r["documentation.readme-sections"]["message"]["en"]
    assert r["reusability.dependencies"]["status"] == "not_applicable"
    assert "standard packaging: yes" in r["reusability.portability"]["message"]["en"]


def test_a_docker_chapter_is_installation_and_a_manifest_copied_into_the_image_is_no_settings_file(tmp_path):
    """Shaped like sigrennesmetropole/cooperation_jn_wave: '## Docker / ### Run the image' after the quick start, and a
    Dockerfile copying package.json and package-lock.json for `npm ci` beside the nginx.conf it serves with."""
    readme = ("# Jumeau numérique\n\nUne vue 3D du territoire pour suivre les mesures d'ondes.\n\n## Quick start\n\n```\nnpm i\n```\n\n"
              "## Docker\n\n### Build the image\n\n```\ndocker build -t app .\n```\n\n### Run the image\n\n```\ndocker run -p 8080:80 app\n```\n")
    files = {"README.md": readme, "package.json": '{"name": "app", "dependencies": {"vue": "^3.2.0"}}\n', "package-lock.json": "{}\n",
             ".env.example": "URL_BACKOFFICE=\n", "nginx.conf": "server { listen 80; }\n",
             "tsconfig.json": "{}\n",
             "Dockerfile": "FROM node:20-alpine AS build\nCOPY package.json package-lock.json tsconfig.json .npmrc /app/\nRUN npm ci\nCOPY . /app\n"
                           "FROM nginx:1.25\nCOPY nginx.conf /etc/nginx/conf.d/default.conf\n",
             "src/main.ts": "const url = import.meta.env.URL_BACKOFFICE;\nexport default url;\n"}
    report = run(build(tmp_path / "r", files), tmp_path, ["reusability.configuration", "documentation.readme-sections"])
    assert "usage" not in report["facts"]["readme"]["sections"] and "install" in report["facts"]["readme"]["sections"]
    paths = [e.get("path") for e in results(report)["reusability.configuration"]["evidence"]]
    # (nor is the nginx server block the image serves with, session 9: a web server's configuration, no setting of the application)
    assert ".env.example" in paths and "nginx.conf" not in paths and "package.json" not in paths and "package-lock.json" not in paths and "tsconfig.json" not in paths


def test_vue_components_built_into_dist_and_published_to_a_registry_are_a_library_not_an_application(tmp_path):
    """Shaped like sigrennesmetropole/cooperation_jn_common_ui: vue in "dependencies" (not a peer), but main/module/types/exports
    in dist/ and a publishConfig registry: a package of components other applications install."""
    pkg = ('{"name": "@ville/commun_ui", "private": false, "version": "0.0.38", "publishConfig": {"registry": "https://npm.pkg.github.com"},\n'
           ' "main": "./dist/commun_ui.umd.cjs", "module": "./dist/commun_ui.js", "types": "./dist/main.d.ts",\n'
           ' "exports": {".": {"import": "./dist/commun_ui.js"}}, "scripts": {"build": "vite build"},\n'
           ' "dependencies": {"vue": "^3.2.38"}, "devDependencies": {"vite": "^4.0.0"}}\n')
    files = {"README.md": "# Commun UI\n\n## How to add the library to your project\n\n```\nnpm install @ville/commun_ui\n```\n",
             "package.json": pkg, "package-lock.json": "{}\n", "index.html": "<div id=app></div>\n",
             "lib/main.ts": "export { default as FooterArea } from './FooterArea.vue'\n",
             "lib/FooterArea.vue": "<template><footer>Pied</footer></template>\n",
             "histoire.config.ts": "export default { base: process.env.HISTOIRE_BASE || '/dist/' }\n"}
    report = run(build(tmp_path / "r", files), tmp_path, ["reusability.configuration", "interoperability.data-standards"])
    assert report["facts"]["project"]["kind"] == "library"
    r = results(report)
    assert r["reusability.configuration"]["status"] == "not_applicable" and r["interoperability.data-standards"]["status"] == "not_applicable"
    # the same package.json without its built, published entry points is an application's
    files["package.json"] = '{"name": "app", "private": true, "scripts": {"build": "vite build"}, "dependencies": {"vue": "^3.2.38"}}\n'
    assert run(build(tmp_path / "s", files), tmp_path / "x", ["reusability.configuration"])["facts"]["project"]["kind"] == "web-application"
