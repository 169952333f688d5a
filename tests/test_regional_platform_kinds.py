"""Kinds of project found on regional geodata platforms' repositories (session 6, issue 12 family 1), each on a git fixture
shaped like the real case: a getopt script in scripts/ (geobretagne/cswbot), a Geotrek-admin parser plugged into its host
(openig/geotrek_admin_aggregator), SKOS thesauri (geobretagne/thesaurus), a Sphinx site of guides at the root
(openig/Documentation-IDG) and the deployment of an OpenStreetMap WMS server (geobretagne/openstreetmap-wms)."""

from __future__ import annotations

import subprocess

from tests.gitrepo import Executable
from tests.test_dependencies_field import MIT
from tests.test_reusability_fixtures import build, results, run_audit


def audit_with_origin(tmp_path, files: dict, checks: list[str], origin: str) -> tuple[dict, dict]:
    repo = build(tmp_path / "r", files)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", origin], check=True)
    report = run_audit(repo, tmp_path / "c", checks)
    return report["facts"]["project"], results(report)


CSWBOT = {
    "README.md": "# cswbot\nScripts de modification par lots de métadonnées via csw\n\n## Usage\n\n"
                 "    cswbot.py --url=http://geobretagne.fr/geonetwork/srv/fre/csw --user=**** --password=**** --where=all\n",
    "scripts/cswbot.py": "#!/usr/bin/env python\nimport sys, urllib2, base64, getopt, os, logging\nfrom lxml import etree\nimport cswtools\n\n"
                         "def usage():\n    print \"\"\"\n    --url=[URL] the URL of the CSW, ex: http://dev.geobretagne.fr/geonetwork/srv/fre/csw\n"
                         "    --where=[FILTER] ex: any=OGC:WMS\n\"\"\"\n\n"
                         "def main(url, where):\n    print url\n\n"
                         "if __name__ == \"__main__\":\n    opts, args = getopt.getopt(sys.argv[1:], '', ['url=', 'where='])\n    main(opts[0][1], opts[1][1])\n",
    "scripts/cswtools.py": "from lxml import etree\n\ndef replaceText(md, oldvalue, newvalue):\n    return md.replace(oldvalue, newvalue)\n",
}


def test_a_getopt_script_in_scripts_is_a_command_and_its_regions_catalogue_no_building_block(tmp_path):
    """cswbot was a 'library' (getopt, not argparse; in scripts/, not at the root): docs and sections asked for deployment and
    an API, data-standards warned '0 Table Schema', public-building-blocks counted GéoBretagne's own catalogue as reused."""
    proj, r = audit_with_origin(tmp_path, CSWBOT, ["documentation.docs", "interoperability.data-standards", "interoperability.public-building-blocks"],
                                "https://github.com/geobretagne/cswbot.git")
    assert proj["kind"] == "cli-tool" and proj["kind_evidence"][0]["path"] == "scripts/cswbot.py", proj
    missing = [e.get("value") for e in r["documentation.docs"]["evidence"] if e.get("kind") == "missing"]
    assert "api" not in missing and "deployment" not in missing, missing
    assert r["interoperability.data-standards"]["status"] == "not_applicable", r["interoperability.data-standards"]
    assert r["interoperability.public-building-blocks"]["status"] == "not_applicable", r["interoperability.public-building-blocks"]


def test_a_packages_own_scripts_folder_does_not_make_it_a_command(tmp_path):
    files = {"README.md": "# geodata\n\nA library of geographic helpers.\n", "pyproject.toml": "[project]\nname = \"geodata\"\nversion = \"1.0\"\n",
             "geodata/__init__.py": "def area(a, b):\n    return a * b\n",
             "scripts/bump.py": "import argparse\n\nif __name__ == \"__main__\":\n    argparse.ArgumentParser().parse_args()\n"}
    proj, _ = audit_with_origin(tmp_path, files, ["documentation.docs"], "https://github.com/example/geodata.git")
    assert proj["kind"] == "library", proj


GEOTREK = {
    "README.md": "# geotrek-admin-aggregator\n\n## Contexte\n\nAgrège les données de plusieurs Geotrek-admin.\n\n## Configuration\n\n"
                 "Copier le fichier `config.py.sample` vers `config.py`.\n\n## Utilisation\n\n"
                 "Créer un lien symbolique du dossier `gag_app` dans `/opt/geotrek-admin/var/conf/` puis lancer "
                 "`geotrek import GeotrekAdminAggregatorParser`.\n",
    "gag_app/agg.py": "import requests\nfrom geotrek.authent.models import Structure\nfrom gag_app.config.config import SOURCES\n\n"
                      "for source in SOURCES:\n    structure = Structure.objects.get(name=source['AUTHENT_STRUCTURE'])\n",
    "gag_app/custom_parser.py": "from geotrek.common.parsers import Parser\n\nclass GeotrekAdminAggregatorParser(Parser):\n    url = 'x'\n",
    "gag_app/config/config.py.sample": "AUTH_USER = 'gagadmin'\nSOURCES = [{\"AUTHENT_STRUCTURE\": 'PNC', \"GADMIN_BASE_URL\": 'admin48.example.org'}]\n",
    "extra_files/trek_public_pdf.html": "{% extends \"trekking/trek_public_pdf.html\" %}\n\n    {% block logo %}<img src=\"src1\" alt=\"\">{% endblock %}\n",
}


def test_a_parser_plugged_into_geotrek_admin_is_its_plugin_with_settings_of_its_own(tmp_path):
    """The aggregator was a 'static site or map' (its PDF template extending Geotrek's): accessibility failed, and its
    config.py.sample was never judged."""
    proj, r = audit_with_origin(tmp_path, GEOTREK, ["reusability.configuration", "interoperability.accessibility-and-ecodesign"],
                                "https://github.com/openig/geotrek_admin_aggregator.git")
    assert proj["kind"] == "library" and proj["kind_evidence"][0]["reason"] == "plugin of Geotrek-admin", proj
    assert r["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
    conf = r["reusability.configuration"]
    assert conf["status"] in ("pass", "warn") and "config.py.sample" in conf["message"]["en"], conf


def test_a_library_without_a_settings_template_is_not_judged_on_configuration(tmp_path):
    files = {"README.md": "# outils\n\nFonctions partagées.\n", "pyproject.toml": "[project]\nname = \"outils\"\n",
             "outils/__init__.py": "def f(x):\n    return x\n"}
    proj, r = audit_with_origin(tmp_path, files, ["reusability.configuration"], "https://github.com/example/outils.git")
    assert proj["kind"] == "library", proj
    assert r["reusability.configuration"]["status"] == "not_applicable", r["reusability.configuration"]


SKOS = ('<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:skos="http://www.w3.org/2004/02/skos/core#">\n  <rdf:Description rdf:about="http://www.geobretagne.fr/thesaurus">\n'
        '    <rdf:type rdf:resource="http://www.w3.org/2004/02/skos/core#ConceptScheme"/>\n  </rdf:Description>\n</rdf:RDF>\n')
THESAURUS = {
    "README.md": "# thesaurus\nthesaurus du catalogue geobretagne\n",
    "geobretagne/README.md": "Ce script python permet de générer le thesaurus GéoBretagne à partir de la liste des termes.\n\n"
                             "Après avoir généré le fichier RDF il convient de le charger dans thManager pour le valider, puis dans GeoNetwork.\n",
    "geobretagne/generer_rdf_2.0.py": "import codecs\nurl_racine = \"http://www.geobretagne.fr/thesaurus/\"\nprint \"fini\"\n",
    "geobretagne/geobretagne.rdf": SKOS,
    "geobretagne/geobretagne.rdf.xml.skos.xml": SKOS,
    "urbamet/urbamet_vers_rdf.py": "import xml.etree.ElementTree as etree\nprint \"ok\"\n",
    "urbamet/out/urbamet.rdf.skos.xml": SKOS,
}


def test_skos_thesauri_are_a_data_specification_following_a_w3c_vocabulary(tmp_path):
    """The thesauri were a 'library': data-standards failed '0 Table Schema', public-building-blocks counted the thesaurus'
    own namespace on geobretagne.fr."""
    proj, r = audit_with_origin(tmp_path, THESAURUS, ["interoperability.data-standards", "interoperability.public-building-blocks"],
                                "https://github.com/geobretagne/thesaurus.git")
    assert proj["kind"] == "data-specification", proj
    assert r["interoperability.data-standards"]["status"] == "pass", r["interoperability.data-standards"]
    assert r["interoperability.public-building-blocks"]["status"] == "not_applicable"


SPHINX = {
    "README.md": "# Developpeurs\nDocumentation de l'IDG IDGO d'OPenIG.\n",
    "conf.py": "# -*- coding: utf-8 -*-\n#\n# OPenIG documentation build configuration file, created by\n# sphinx-quickstart on Mon Oct 30 2017.\n"
               "project = u'OPenIG'\nmaster_doc = 'index'\n\ndef setup(app):\n    app.add_stylesheet('theme_overrides.css')\n",
    "index.rst": "Bienvenue dans la documentation de la plateforme\n================================================\n\n.. toctree::\n\n idg\n regles\n",
    "idg.rst": "La plateforme\n=============\n\nPublier un jeu de données sur la plateforme régionale.\n",
    "regles.rst": "Règles éditoriales\n==================\n\n`Validata <https://validata.fr/>`_ valide vos fichiers CSV.\n",
    "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
}


def test_a_sphinx_site_at_the_root_is_documentation_not_code(tmp_path):
    """Documentation-IDG: its conf.py was measured as code (comments warned, tests failed, complexity passed), its site was
    'missing', and a link to validata.fr in the editorial rules made data-standards fail."""
    checks = ["documentation.docs", "documentation.code-comments", "reusability.tests-and-ci", "reusability.maintainability",
              "interoperability.data-standards"]
    proj, r = audit_with_origin(tmp_path, SPHINX, checks, "https://github.com/openig/Documentation-IDG.git")
    assert proj["kind"] == "static-site", proj
    assert "site" not in [e.get("value") for e in r["documentation.docs"]["evidence"] if e.get("kind") == "missing"]
    for cid in checks[1:]:
        assert r[cid]["status"] == "not_applicable", (cid, r[cid])


OSM_WMS = {
    "README.md": "# Serveur WMS OpenStreetMap\n\nCe dépôt permet le chargement des données OpenStreetMap dans une base PostGIS au moyen "
                 "d'imposm3, leur transformation en services WMS par MapServer et leur mise en cache par mapproxy.\n\n## Installation\n\n"
                 "```\n./osm_install ./env_test\n```\n",
    "env.sample": "BASE_DIR=/home/openstreetmap-test\nDBHOST=localhost\nDBUSER=osm\nDBPASS=osm\n",
    "osm_install": Executable("#!/bin/sh\nsource \"$1\"\ncd $BASE_DIR\nvirtualenv mapproxy\npip install mapproxy\n"),
    "osm_serve": Executable("#!/bin/sh\nsource \"$1\"\n./mapproxy/bin/mapproxy-util serve-develop $BASE_DIR/etc/mapproxy.yaml\n"),
    "etc/mapproxy.yaml": "services:\n  wmts:\n  wms:\n    md:\n      title: GeoBretagne Tile Proxy\n      online_resource: http://cms.geobretagne.fr/\n"
                         "    srs: ['EPSG:4326','EPSG:2154','EPSG:3857']\n",
    "etc/nginx/mapserver": "location /osm/ {\n    fastcgi_pass unix:/var/run/fcgiwrap.socket;\n}\n",
    "etc/basemaps_style.py": "style = {'land': 'st_area(geometry)'}\n",
}


def test_the_deployment_of_an_ogc_tile_server_is_infrastructure_serving_ogc_services(tmp_path):
    """openstreetmap-wms was a 'library': install said 'Install tooling: none' beside osm_install, geo 'OGC: no' of a
    WMS/WMTS server, and its own metadata made GéoBretagne a building block it reuses."""
    proj, r = audit_with_origin(tmp_path, OSM_WMS, ["reusability.install", "interoperability.geo", "interoperability.public-building-blocks"],
                                "https://github.com/geobretagne/openstreetmap-wms.git")
    assert proj["kind"] == "infrastructure", proj
    assert "Install tooling: none" not in r["reusability.install"]["message"]["en"], r["reusability.install"]["message"]
    assert r["interoperability.geo"]["details"]["ogc"], r["interoperability.geo"]
    assert r["interoperability.public-building-blocks"]["status"] == "not_applicable", r["interoperability.public-building-blocks"]


def test_a_python_2_script_importing_lxml_declared_nowhere(tmp_path):
    """cswbot: licensing.dependencies said 'no declared dependency' (n/a) though lxml is imported, and end-of-life 'no runtime
    version read' of code only Python 2 runs (print statements)."""
    _, r = audit_with_origin(tmp_path, {**CSWBOT, "LICENSE": MIT}, ["licensing.dependencies", "scaling.end-of-life"],
                             "https://github.com/geobretagne/cswbot.git")
    dep = r["licensing.dependencies"]
    assert dep["status"] == "inconclusive" and "lxml" in dep["message"]["en"], dep
    eol = r["scaling.end-of-life"]
    assert eol["status"] in ("fail", "warn") and "scripts/cswbot.py" in str(eol["evidence"]), eol


def test_python_3_code_printing_is_not_python_2(tmp_path):
    files = {"README.md": "# outil\n\nUn script.\n", "outil.py": "def main():\n    \"\"\"Usage:\n    print the result of the query\n    \"\"\"\n"
             "    print(\"ok\")\n    try:\n        pass\n    except (IOError, ValueError) as e:\n        print(e)\n"}
    _, r = audit_with_origin(tmp_path, files, ["scaling.end-of-life"], "https://github.com/example/outil.git")
    assert r["scaling.end-of-life"]["status"] == "not_applicable", r["scaling.end-of-life"]


# --- second wave: openig/CMS-Drupal, LucCRIGE/Atelier1_webcarto, geobretagne/minicatalog -------------------------------------

DRUPAL = {
    "README.md": "OPenIG - Instance Drupal 10 du site web\n========================================\n\nVoir la documentation du projet de "
                 "dockerisation :\n<https://git.teicee.fr/openig/openig-d10-docker>\n\n### Installation\n\nDéfinir la configuration "
                 "spécifique `web/sites/default/settings.local.php`.\n",
    "composer.json": '{"name": "drupal/recommended-project", "type": "project", "license": "GPL-2.0-or-later",\n'
                     ' "require": {"drupal/core-recommended": "^11", "drupal/admin_toolbar": "^3.4"}}\n',
    "web/modules/custom/openig_search/src/SearchQueryService.php": "<?php\nnamespace Drupal\\openig_search;\n\nclass SearchQueryService {\n"
                                                                   "  public function build() { return []; }\n}\n",
    "configs/sync/system.site.yml": "name: OPenIG\nmail: contact@example.org\n",
    "web/themes/custom/openig/templates/page.html.twig": "<main role=\"main\">{{ page.content }}</main>\n",
    "web/themes/custom/openig/css/style.css": "main { margin: 0 auto; }\n",
}


def test_a_drupal_site_is_a_web_application_and_a_forge_repository_no_documentation_site(tmp_path):
    """CMS-Drupal was a 'library' (the site template's named composer.json): accessibility, auth and configuration were not
    applicable to a public website, and the link to its Docker packaging's repository was a 'documentation site'."""
    proj, r = audit_with_origin(tmp_path, DRUPAL, ["documentation.docs", "interoperability.accessibility-and-ecodesign"],
                                "https://github.com/openig/CMS-Drupal.git")
    assert proj["kind"] == "web-application", proj
    assert r["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable"
    assert "site" in [e.get("value") for e in r["documentation.docs"]["evidence"] if e.get("kind") == "missing"], r["documentation.docs"]


def test_a_drupal_module_stays_a_plugin_of_drupal(tmp_path):
    files = {"README.md": "# openig_search\n\nModule de recherche.\n", "openig_search.info.yml": "name: OPenIG search\ntype: module\ncore_version_requirement: ^10\n",
             "composer.json": '{"name": "openig/openig_search", "type": "drupal-module", "require": {"drupal/core": "^10"}}\n',
             "src/SearchQueryService.php": "<?php\nclass SearchQueryService {}\n"}
    proj, _ = audit_with_origin(tmp_path, files, ["documentation.docs"], "https://github.com/openig/openig_search.git")
    assert proj["kind"] == "library" and proj["kind_evidence"][0]["reason"] == "plugin of Drupal", proj


UMD = '!function (e, t) {\n    "object" == typeof exports && "undefined" != typeof module ? t(exports) : "function" == typeof define && define.amd ? define(["exports"], t) : t(e.olms = {});\n}(this, function (e) {\n'
QGIS2WEB = {
    "README.md": "# Atelier1_webcarto\nDepôt de test pour la formation webSIG initiale\n\n[Lien vers la webcarto réalisée avec Qgis2web]"
                 "(https://luccrige.github.io/Atelier1_webcarto/openlayer/carte/index.html)\n",
    "openlayer/carte/index.html": "<html><head><script src=\"resources/ol.js\"></script></head><body><div id=\"map\"></div>"
                                  "<script src=\"layers/layers.js\"></script></body></html>\n",
    "openlayer/carte/resources/qgis2web.js": "var map = new ol.Map({target: 'map'});\n",
    "openlayer/carte/resources/olms.js": UMD + "  var u = 'https://api.mapbox.com/styles/v1/';\n});\n",
    "openlayer/carte/layers/layers.js": "var lyr_communes = new ol.layer.Vector({source: jsonSource_communes});\n",
    "openlayer/carte/layers/communes.js": 'var json_communes = {"type": "FeatureCollection", "features": []};\n',
    "leaflet/index.html": "<html><body><div id=\"map\"></div><script src=\"data/communes.js\"></script></body></html>\n",
    "leaflet/js/qgis2web_expressions.js": "function fnc_abs(values) { return Math.abs(values[0]); }\n",
    "leaflet/data/communes.js": 'var json_communes = {"type": "FeatureCollection", "features": []};\n',
    "leaflet/data/ports.js": 'var json_ports = {"type": "FeatureCollection", "features": []};\n',
}


def test_qgis2web_exports_layers_are_data_and_the_bundles_it_copies_are_libraries(tmp_path):
    """Atelier1_webcarto: the Leaflet export's data/*.js were '4 source file(s)' without tests, ol-mapbox-style's olms.js made
    the map a Mapbox user, and the link to the published map itself was a 'documentation site'."""
    _, r = audit_with_origin(tmp_path, QGIS2WEB, ["reusability.tests-and-ci", "scaling.vendor-lock-in", "documentation.docs"],
                             "https://github.com/LucCRIGE/Atelier1_webcarto.git")
    assert r["reusability.tests-and-ci"]["status"] == "not_applicable", r["reusability.tests-and-ci"]
    assert "Mapbox" not in r["scaling.vendor-lock-in"]["message"]["en"], r["scaling.vendor-lock-in"]["message"]
    assert "site" in [e.get("value") for e in r["documentation.docs"]["evidence"] if e.get("kind") == "missing"], r["documentation.docs"]


def test_a_static_page_loading_its_settings_from_a_template_is_judged_on_configuration(tmp_path):
    """minicatalog: catalog.js loads config.json, whose template config.json.sample ships: configuration was 'not applicable'."""
    files = {"index.html": "<html><body><script src=\"catalog.js\"></script></body></html>\n",
             "catalog.js": "$.ajax({url: 'config.json', success: function (c) { document.title = c.title; }});\n",
             "config.json.sample": '{"title": "Boutique des SI", "dataURL": "./metadata.csv"}\n'}
    _, r = audit_with_origin(tmp_path, files, ["reusability.configuration"], "https://github.com/geobretagne/minicatalog.git")
    conf = r["reusability.configuration"]
    assert conf["status"] != "not_applicable" and "config.json.sample" in conf["message"]["en"], conf


FONCIER = {
    "README.md": "# Application d'extraction du Foncier\n\nCette application, module de l'IDS geOrchestra, permet de commander des extraits.\n\n"
                 "## Installation\n\n```\nmake docker-build\ndocker-compose up\n```\n",
    "foncier-docker/resources/requirements.txt": "Flask==1.0.2\nldap3==2.5.1\ncelery==4.2.1\n",
    "foncier/app.py": "from flask import Flask, render_template\napp = Flask(__name__)\n\n@app.route('/')\ndef index():\n    return render_template('index.html')\n",
    "foncier/templates/index.html": "{% extends \"base.html\" %}\n{% block content %}<form method=\"post\"></form>{% endblock %}\n",
    "foncier/templates/thanks.html": "{% extends \"base.html\" %}\n{% block content %}<p>Merci</p>{% endblock %}\n",
    "resources/db/sql/10-create-extension.sql": "CREATE EXTENSION IF NOT EXISTS postgis;\n",
    "resources/db/sql/11-create-schemas.sql": "CREATE SCHEMA foncier_2014;\n",
}


def test_a_flask_application_declared_with_a_capital_letter_is_a_web_application(tmp_path):
    """georchestra/foncier was a 'data model' (its two init SQL files) because "Flask==1.0.2" was not matched: install warned
    'a data model … without the loading steps' beside its compose file."""
    proj, r = audit_with_origin(tmp_path, FONCIER, ["reusability.install"], "https://github.com/georchestra/foncier.git")
    assert proj["kind"] == "web-application", proj
    assert "data model" not in r["reusability.install"]["message"]["en"], r["reusability.install"]["message"]


VRT_BOT = {
    "README.md": "# About\n\nThe provided `vrt.sh` script consumes GDAL Virtual formats (VRT) files and loads the underlying data into PostGIS.\n",
    "Dockerfile": "FROM debian:sid\n\nENV SOURCEDIR \"/home/app/vrts\"\n\nCOPY --chown=app:app vrt.sh /home/app/vrt.sh\nCOPY --chown=app:app vrts /home/app/vrts\n\n"
                  "RUN apt update && apt install -y gdal-bin && apt clean\n\nENTRYPOINT [ \"/bin/sh\", \"-c\" ]\nCMD [ \"/home/app/vrt.sh\" ]\n",
    "docker-compose.yaml": "services:\n  database:\n    image: postgis/postgis:latest\n  vrt-bot:\n    build: ./\n    environment:\n      SOURCEDIR: /home/app/vrts\n",
    "vrt.sh": Executable("#!/bin/bash\nset -e\ncd \"${SOURCEDIR}\"\nfor vrt in *.vrt; do\n  /usr/bin/ogr2ogr -f PostgreSQL PG: \"$vrt\"\ndone\n"),
    "vrts/sample.vrt": "<OGRVRTDataSource>\n  <OGRVRTLayer name=\"projets\">\n    <SrcDataSource>https://www.data.gouv.fr/fr/datasets/r/b5536fc9</SrcDataSource>\n"
                       "  </OGRVRTLayer>\n</OGRVRTDataSource>\n",
}


def test_an_image_running_the_projects_own_script_is_that_program_not_a_packaged_server(tmp_path):
    """georchestra/vrt-bot was 'a deployment infrastructure (container image of a server with its settings)': portability was
    not judged and every kind-bound message called a batch loader an infrastructure."""
    proj, r = audit_with_origin(tmp_path, VRT_BOT, ["reusability.portability"], "https://github.com/georchestra/vrt-bot.git")
    assert proj["kind"] == "cli-tool" and proj["kind_evidence"][0]["path"] == "vrt.sh", proj
    assert r["reusability.portability"]["status"] != "not_applicable", r["reusability.portability"]
