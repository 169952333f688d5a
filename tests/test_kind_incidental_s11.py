"""Kinds decided from incidental files (session 10's reads, issue 12): a copied library's example page made an application a
"static site", scripts in bin/ made a Dash application a "command-line tool", QGIS projects an application fills or keeps beside it
made it a "GIS kit", SPIP plugins kept in sub-folders were a "static site" of their templates, and the pages of an application
people sign in to were a "static site". A kind comes from what the project runs. Each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.gitrepo import Executable
from tests.test_kind_first_reads import kind_and_results

_STATIC = "type « site ou carte statique »"
_EXT_BANNER = ("/*!\n * Ext Core Library {0}\n * http://extjs.com/\n * Copyright(c) 2006-2009, Ext JS, LLC.\n *\n"
               " * MIT Licensed - http://extjs.com/license/mit.txt\n */\n")


def _symfony1_app() -> dict:
    """A Symfony 1 application committed without Composer (front controller web/index.php, modules with actions and templates,
    a Doctrine model) with a copy of Ext Core in web/js/, whose lightbox example page came with it."""
    return {
        "README.rst": "Patrimoine bâti\n===============\n\nApplication de saisie du patrimoine bâti.\n",
        "config/ProjectConfiguration.class.php": "<?php\nclass ProjectConfiguration extends sfProjectConfiguration\n{\n  public function setup() {}\n}\n",
        "web/index.php": "<?php\nrequire_once(dirname(__FILE__).'/../config/ProjectConfiguration.class.php');\n"
                         "$configuration = ProjectConfiguration::getApplicationConfiguration('backend', 'prod', false);\n"
                         "sfContext::createInstance($configuration)->dispatch();\n",
        "apps/backend/modules/security/actions/actions.class.php": "<?php\nclass securityActions extends sfActions\n{\n"
            "  public function executeLogin(sfWebRequest $request)\n  {\n    $this->form = new LoginForm();\n    if ($this->form->isValid()) {\n"
            "      $this->getUser()->setAuthenticated(true);\n    }\n  }\n}\n",
        "apps/backend/modules/security/templates/loginSuccess.php": "<form action=\"<?php echo url_for('@login') ?>\" method=\"post\">\n"
            "<?php echo $form ?>\n<?php echo submit_tag('Connexion') ?></form>\n",
        "apps/backend/modules/batiment/templates/indexSuccess.php": "<div id=\"grid\"><?php echo $sf_user->getAttribute('nom') ?></div>\n",
        "apps/backend/modules/batiment/actions/actions.class.php": "<?php\nclass batimentActions extends sfActions\n{\n"
            "  public function executeIndex(sfWebRequest $request) {}\n}\n",
        "lib/model/doctrine/Batiment.class.php": "<?php\nclass Batiment extends BaseBatiment\n{\n}\n",
        "web/js/extcore/LICENSE.txt": "Ext Core Library 3.0\nCopyright(c) 2006-2009, Ext JS, LLC.\nMIT License\n",
        "web/js/extcore/ext-core.js": _EXT_BANNER.format("3.0") + "Ext = {version: '3.0'};\n",
        "web/js/extcore/lightbox/lightbox.js": _EXT_BANNER.format("3.0") + "Ext.ux.Lightbox = {register: function () {}};\n",
        "web/js/extcore/lightbox/index.html": "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Ext Lightbox Example</title>\n"
            "<script src=\"../../ext-core-debug.js\"></script>\n<script src=\"lightbox.js\"></script>\n"
            "<script>Ext.ux.Lightbox.register('a[rel^=lightbox]');</script></head>\n<body><a rel=\"lightbox\" href=\"a.jpg\">a</a></body></html>\n",
        "web/js/app/grid.js": "Ext.onReady(function () { return new Ext.Element('grid'); });\n",
    }


def test_a_copied_librarys_example_page_makes_no_static_site_and_the_framework_front_controller_is_an_application(tmp_path):
    """PnEcrins/PatBati shape: "static site" on web/js/mmwExtjs/ext-core3_0/lightbox/index.html; the API, sign-in and building-block
    N/As said "a static site" of a Symfony 1 application whose people sign in."""
    project, res = kind_and_results(tmp_path, _symfony1_app(), ["interoperability.auth"])
    assert project["kind"] == "web-application"
    assert [e["path"] for e in project["kind_evidence"]] == ["web/index.php"]
    assert "static-site" not in project["scores"]  # (the example page is the copy's)
    assert _STATIC not in res["interoperability.auth"]["message"]["fr"]
    # the session marked signed in by the code (a form widget draws the password field): local accounts
    assert res["interoperability.auth"]["status"] != "not_applicable" and res["interoperability.auth"]["details"]["local_login"]


def test_a_page_loading_the_projects_own_script_beside_a_copy_stays_a_page(tmp_path):
    """The rule takes only the pages that load nothing but the copy: a map page in a sub-folder loading its own script, beside a
    copied Leaflet with its licence, is the project's static site."""
    files = {"README.md": "# Carte des déchetteries\n",
             "carte/index.html": "<!DOCTYPE html>\n<html><head><title>Carte</title><script src=\"lib/leaflet/leaflet.js\"></script>\n"
                                 "<script src=\"carte.js\"></script></head><body><div id=\"map\"></div></body></html>\n",
             "carte/carte.js": "var map = L.map('map').setView([48.1, -1.6], 12);\n",
             "carte/lib/leaflet/LICENSE": "Copyright (c) 2010-2023, Volodymyr Agafonkin\nBSD 2-Clause License\n",
             "carte/lib/leaflet/leaflet.js": "/* @preserve\n * Leaflet 1.9.4, a JS library for interactive maps. https://leafletjs.com\n"
                                             " * (c) 2010-2023 Vladimir Agafonkin, (c) 2010-2011 CloudMade\n */\nvar L = {};\n"}
    project, _ = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "static-site"
    assert project["kind_evidence"][0]["path"] == "carte/index.html"


def test_a_zend_framework_front_controller_without_views_serves_an_api(tmp_path):
    """A Zend Framework 1 application committed without its framework's manifest (public/index.php, an API controller, one error
    view): undecided "library" before; the API it serves is judged."""
    files = {"README.md": "# Passerelle\n\nPasserelle entre deux logiciels d'intervention.\n",
             "public/index.php": "<?php\ndefined('APPLICATION_PATH') || define('APPLICATION_PATH', realpath(dirname(__FILE__) . '/../application'));\n"
                                 "$application = new Zend_Application(APPLICATION_ENV, APPLICATION_PATH . '/configs/application.ini');\n"
                                 "$application->bootstrap()->run();\n",
             "application/Bootstrap.php": "<?php\nclass Bootstrap extends Zend_Application_Bootstrap_Bootstrap\n{\n}\n",
             "application/controllers/ApiController.php": "<?php\nclass ApiController extends Zend_Rest_Controller\n{\n"
                                                          "  public function getAction() { $this->_helper->json(array('ok' => true)); }\n}\n",
             "application/views/error/error.phtml": "<h1><?php echo $this->message ?></h1>\n",
             "application/configs/application.ini": "[production]\nresources.frontController.controllerDirectory = APPLICATION_PATH \"/controllers\"\n"}
    project, _ = kind_and_results(tmp_path, files, ["interoperability.api-spec"])
    assert project["kind"] == "api-service"
    assert project["kind_evidence"][0]["path"] == "public/index.php"


_DASH_APP = "from dash import Dash, html, dcc\nimport dash_bootstrap_components as dbc\n\napp = Dash(__name__, title='Pièges photo')\n" \
            "server = app.server\napp.layout = html.Div([dcc.Graph(id='stats')])\n"


def test_a_dash_application_without_requirements_is_no_command_line_tool(tmp_path):
    """PnMercantour/camtrap shape: a Dash application (no requirements file, gunicorn settings, BasicAuth) and processing scripts in
    bin/: "command-line tool" on bin/*.py, and the API, data-format, sign-in, building-block and accessibility N/As said so."""
    script = "import argparse\n\n\ndef main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument('media')\n    parser.parse_args()\n\n\n" \
             "if __name__ == '__main__':\n    main()\n"
    files = {"README.md": "# camtrap\n\nL'application interactive est une web app.\n",
             "bin/annotate_image.py": Executable(script), "bin/showFrame.py": Executable(script), "bin/videoMetadata.py": Executable(script),
             "dashboard/camtrap.py": _DASH_APP, "dashboard/run.py": "from camtrap import app\napp.run_server(debug=False, host='0.0.0.0')\n",
             "dashboard/auth.py": "import dash_auth\nfrom camtrap import app\n\nauth = dash_auth.BasicAuth(app, {'agent': 'x'})\n",
             "dashboard/gunicorn.conf.py": "wsgi_app = 'camtrap:server'\nworkers = 1\n",
             "dashboard/stats.py": "from dash import html\n\n\ndef table(rows):\n    return html.Table(rows)\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.auth", "interoperability.accessibility-and-ecodesign"])
    assert project["kind"] == "web-application"
    assert project["kind_evidence"][0] == {"path": "dashboard/camtrap.py", "reason": "user-interface framework dash imported by the code"}
    for check in ("interoperability.auth", "interoperability.accessibility-and-ecodesign"):
        assert "outil en ligne de commande" not in res[check]["message"]["fr"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable"  # (its pages are written in Python)
    assert res["interoperability.auth"]["details"]["local_login"]  # (dash_auth.BasicAuth: accounts of its own)


def test_a_dash_dashboard_declared_in_requirements_has_a_web_interface(tmp_path):
    """PnMercantour/compteurs_dashboard shape: a Dash dashboard declared in requirements.txt, its pages built in Python (pages/*.py),
    no template nor style of its own: the kind said "web application served by dash", the accessibility check "no web interface"."""
    files = {"README.md": "# Observatoire des compteurs\n", "requirements.txt": "dash==2.17.1\ndash-bootstrap-components\ngunicorn\n",
             "app.py": _DASH_APP + "\nif __name__ == '__main__':\n    app.run(host='0.0.0.0', port=8050)\n",
             "pages/home.py": "import dash\nfrom dash import html\n\ndash.register_page(__name__, path='/')\nlayout = html.Div('Accueil')\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    assert project["kind"] == "web-application"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable"


def test_a_qgis_project_beside_a_dash_application_is_its_resource(tmp_path):
    """PnMercantour/suivi_zh shape: a Dash application with one QGIS project in qgis/: "GIS kit" before."""
    files = {"README.md": "# Zones humides\n\nApplication web pour la consultation des données.\n",
             "dashboard/app.py": _DASH_APP + "\nif __name__ == '__main__':\n    app.run_server(debug=True)\n",
             "dashboard/carte.py": "import dash_leaflet as dl\nfrom dash import html\n\nmap = dl.Map([dl.TileLayer()])\n",
             "dashboard/gunicorn.conf.py": "wsgi_app = 'app:server'\n", "qgis/rapport_zh.qgz": "PK\x03\x04qgz",
             "sql/vue_sites.sql": "CREATE VIEW zh.sites AS SELECT * FROM zh.site;\n"}
    project, _ = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "web-application"


def test_qgis_skeletons_a_php_application_fills_make_no_gis_kit(tmp_path):
    """cen-normandie/q-sync shape: PHP pages with an LDAP sign-in generating QField projects from _qfield_skeleton/*.qgs: "GIS kit"
    before, and seven N/As or messages said so."""
    files = {"index.php": "<?php\nsession_start();\nif (!isset($_SESSION['email'])) { header('Location: php/login.php'); }\n?>\n<html><body>Tableau</body></html>\n",
             "imports.php": "<?php\nsession_start();\n$projet = $_GET['projet'];\n?>\n<html><body>Imports</body></html>\n",
             "php/login.php": "<?php\nsession_start();\n$ldap = ldap_connect('ldap://annuaire');\n$ok = ldap_bind($ldap, $_POST['email'], $_POST['password']);\n",
             "php/generate_skeleton.php": "<?php\n$name = $_POST['name'];\ncopy('../_qfield_skeleton/o_tax.qgs', '/srv/' . $name . '.qgs');\n",
             "_qfield_skeleton/contact.qgs": "<qgis projectname=\"contact\" version=\"3.22\"></qgis>\n",
             "_qfield_skeleton/o_tax.qgs": "<qgis projectname=\"o_tax\" version=\"3.22\"></qgis>\n",
             "js/index.js": "document.getElementById('go').onclick = function () { return 1; };\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "web-application"
    assert "kit SIG" not in res["interoperability.auth"]["message"]["fr"]


def test_a_qgis_kit_stays_a_gis_kit(tmp_path):
    """QGIS projects with their styles and SQL, no application around them: a GIS kit as before."""
    files = {"README.md": "# Kit PLU\n", "projets/plu.qgs": "<qgis projectname=\"plu\"></qgis>\n", "styles/zonage.qml": "<qgis><renderer-v2/></qgis>\n",
             "sql/zonage.sql": "CREATE TABLE plu.zonage (id serial PRIMARY KEY);\n"}
    project, _ = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "gis-kit"


def test_spip_plugins_kept_in_sub_folders_are_plugins_of_spip(tmp_path):
    """CD93/patrimoine shape: two SPIP plugins under spip/plugins/ (paquet.xml, PHP, base/ declaring tables, squelettes .html):
    "static site" on formulaires/*.html before."""
    files = {"README.md": "# Patrimoine\n\nPlugins SPIP de l'inventaire du patrimoine.\n"}
    for name in ("patrimoine", "patrimoineplus"):
        root = f"spip/plugins/{name}"
        files.update({f"{root}/paquet.xml": f"<paquet\n\tprefix=\"{name}\"\n\tversion=\"1.0.11\"\n\tcompatibilite=\"[3.0.20;3.2.*]\"\n>\n"
                                            f"\t<nom>{name}</nom>\n\t<licence>GNU/GPL</licence>\n</paquet>\n",
                      f"{root}/{name}_autorisations.php": "<?php\nfunction autoriser_patrimoine_modifier_dist($faire, $type, $id, $qui, $opt) {\n"
                                                         "  return $qui['statut'] == '0minirezo';\n}\n",
                      f"{root}/base/{name}.php": "<?php\nfunction patrimoine_declarer_tables_objets_sql($tables) {\n  return $tables;\n}\n",
                      f"{root}/formulaires/editer_{name}.html": "<div class=\"formulaire_spip\">[(#ENV**{message_ok})]</div>\n",
                      f"{root}/formulaires/configurer_{name}.html": "<div class=\"formulaire_spip\"><BOUCLE_a(ARTICLES)>#TITRE</BOUCLE_a></div>\n"})
    # (a squelette writing a GeoJSON feed of the inventory's points)
    files["spip/plugins/patrimoineplus/json/gis_patrimoines.html"] = ('#CACHE{3600}\n[{"type": "FeatureCollection", "features": [\n'
                                                                     '<BOUCLE_p(PATRIMOINES){gis}{","}>{"type": "Feature", "geometry": {"type": "Point", '
                                                                     '"coordinates": [#LON, #LAT]}, "id": "#ID_GIS"}</BOUCLE_p>\n]}]\n')
    project, res = kind_and_results(tmp_path, files, ["interoperability.auth", "interoperability.accessibility-and-ecodesign",
                                                      "interoperability.data-standards"])
    assert project["kind"] == "library"
    assert project["kind_evidence"][0] == {"path": "spip/plugins/patrimoine/paquet.xml", "reason": "plugin of SPIP"}
    assert _STATIC not in res["interoperability.auth"]["message"]["fr"]
    # its squelettes are the pages SPIP renders: their accessibility is judged, as it was when the kind said "static site"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable"
    # the tables it declares (base/<prefix>.php) are a data model of its own: its formats are judged, it is no library handed data
    assert res["interoperability.data-standards"]["status"] != "not_applicable"


_LOGIN_PAGE = "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Connexion</title><script type=\"module\" src=\"assets/js/login.js\"></script></head>\n" \
              "<body><form id=\"login\"><label for=\"username\">Identifiant</label><input id=\"username\">\n" \
              "<label for=\"password\">Mot de passe</label><input id=\"password\" type=\"password\"></form></body></html>\n"


def test_pages_signing_people_in_to_an_api_are_an_application(tmp_path):
    """PNPyrenees/bouquetin_web_interface shape: HTML and JavaScript pages over a PostgREST API, the agents signing in
    (login.html, api.js posting the password then sending the token): "static site" before, and the sign-in check said N/A."""
    files = {"README.md": "# Bouquetins\n\nInterface web de suivi des bouquetins.\n",
             "frontend/login.html": _LOGIN_PAGE, "frontend/index.html": "<!DOCTYPE html>\n<html><body><div id=\"map\"></div>"
                                                                         "<script type=\"module\" src=\"assets/js/app.js\"></script></body></html>\n",
             "frontend/assets/js/api.js": "export async function login(username, password) {\n  const res = await fetch(`${API_URL}/rpc/login`, {\n"
                                          "    method: 'POST', body: JSON.stringify({ username, password })\n  });\n  return (await res.json()).token;\n}\n",
             "frontend/assets/js/login.js": "import { login } from './api.js';\n",
             "frontend/assets/js/app.js": "const token = localStorage.getItem('token');\n",
             "backend/sql/views.sql": "CREATE VIEW bouquetin.v_animal AS SELECT * FROM bouquetin.t_animal;\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "web-application"
    assert res["interoperability.auth"]["status"] != "not_applicable"


def test_a_password_compared_in_the_page_keeps_a_static_site(tmp_path):
    """A page asking for a password that no script sends anywhere (compared in the browser) signs nobody in to a server."""
    files = {"README.md": "# Trajectoires\n", "index.html": _LOGIN_PAGE.replace("assets/js/login.js", "js/check.js"),
             "js/check.js": "if (document.getElementById('password').value === 'secret') { document.body.className = 'ok'; }\n"}
    project, _ = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "static-site"
