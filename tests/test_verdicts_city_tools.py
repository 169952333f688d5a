"""Verdicts read against a town's in-house infrastructure tool (a container manager: React front end, Fastify API,
LDAP sign-in, connectors to a ticket desk, a phone system and a backup appliance), each fixed at its cause and
shown on a git fixture shaped like it: internal addresses quoted in doc comments, a competitor's feature
"déployé par défaut" in an analysis document, OAuth2 named by an API client, a test file named environments.test.ts,
no data, address, place or identifier of its own."""

from __future__ import annotations

from auditor.facts.inventory import is_env_template
from tests.test_local_authority_verdicts import judge

TOOL = {
    "README.md": "# QUAI\n\nGestion des conteneurs, des registries et du GitOps de la mairie, avec authentification LDAP.\n",
    "package.json": '{"name": "quai", "private": true, "scripts": {"test": "pnpm -r test"}}\n',
    "apps/web/package.json": '{"name": "web", "dependencies": {"react": "^18.3.0", "react-dom": "^18.3.0"}}\n',
    "apps/web/src/App.tsx": "export function App() {\n  return <main>Conteneurs</main>\n}\n",
    "apps/api/package.json": '{"name": "api", "dependencies": {"fastify": "^4.28.0", "ldapjs": "^3.0.7", "dockerode": "^4.0.0"}}\n',
    "apps/api/src/index.ts": "import Fastify from 'fastify'\nexport const app = Fastify()\napp.get('/api/containers', async () => ({ items: [] }))\n",
    "apps/api/src/services/glpi.ts":
        "/**\n * Routes GLPI (tickets de la mairie).\n *  - CONFIRMÉ en conditions réelles (172.16.8.22, sans jeton) : `http://172.16.8.22/apirest.php`\n"
        " *    répond ; l'API exige un app_token.\n */\nexport const base = process.env.GLPI_URL\n",
    "apps/api/src/services/hycu.ts": "// Vérifié sur l'appliance 172.20.0.100:8443 (GET non authentifiés uniquement)\nexport const url = process.env.HYCU_URL\n",
    "apps/api/src/services/gitops.ts":
        "export function withToken(repoUrl: string, gitUsername?: string) {\n"
        "  const user = gitUsername ? encodeURIComponent(gitUsername) : \"oauth2\";\n  return repoUrl.replace('https://', `https://${user}@`);\n}\n",
    "apps/api/src/services/threecx.ts":
        "/**\n *  - \"client-credentials\" : OAuth2 client credentials sur `{base}/connect/token`.\n */\n"
        "export async function token(base: string) {\n  // `expires_in` lu en SECONDES (OAuth2)\n  return fetch(`${base}/connect/token`)\n}\n",
    "apps/api/src/services/auth.ts": "import ldap from 'ldapjs'\nexport const client = () => ldap.createClient({ url: process.env.LDAP_URL })\n",
    "apps/api/src/routes/webhook.ts": "export const headers = { 'content-type': 'application/json' }\n",
    "apps/api/test/environments.test.ts": "import { describe, it } from 'vitest'\ndescribe('environments', () => { it('lists', () => {}) })\n",
    "apps/api/.env.example": "GLPI_URL=\nHYCU_URL=\nLDAP_URL=ldap://localhost:389\n",
    "docs/reports/competitive-analysis.md":
        "# Analyse concurrentielle\n\n**Métriques**\nCoolify va plus loin avec un agent dédié (conteneur Go déployé par défaut sur chaque serveur géré) "
        "([coolify.io/docs/knowledge-base/server/sentinel](https://coolify.io/docs/knowledge-base/server/sentinel)), comme Railway "
        "([docs.railway.com/guides/metrics](https://docs.railway.com/guides/metrics)).\n",
}
ONLY = ["scaling.reuse", "scaling.hosting", "interoperability.auth", "interoperability.public-building-blocks",
        "interoperability.data-standards", "reusability.configuration"]


def test_an_in_house_infrastructure_tool_is_judged_for_what_it_is(tmp_path):
    _, res = judge(tmp_path, TOOL, ONLY)
    # a competitor's agent "déployé par défaut sur chaque serveur" is nobody's deployment of this project
    assert res["scaling.reuse"]["status"] == "inconclusive", res["scaling.reuse"]["message"]
    # addresses quoted in doc comments are notes of a test, not connections the code opens
    hosting = res["scaling.hosting"]
    assert not any("172." in str(e.get("value")) for e in hosting["evidence"]), hosting["evidence"]
    assert hosting["status"] == "pass", hosting["message"]
    # OAuth2 named by API clients (a git token's user name, a phone system's client credentials in comments) is no sign-in;
    # the users sign in through the town's directory
    auth = res["interoperability.auth"]
    assert auth["status"] == "warn" and "LDAP" in auth["message"]["en"] and auth["details"]["ldap_libraries"] == ["ldapjs"], auth
    # no address, place, map or identifier: no public reference API to advise; no data of its own: no data schema to publish
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable", res["interoperability.public-building-blocks"]["message"]
    assert res["interoperability.data-standards"]["status"] == "not_applicable", res["interoperability.data-standards"]["message"]
    # a test file named environments.test.ts is no configuration template
    assert not any(e.get("path") == "apps/api/test/environments.test.ts" for e in res["reusability.configuration"]["evidence"])


def test_the_same_tool_with_postal_addresses_or_a_database_is_still_judged(tmp_path):
    files = dict(TOOL, **{"apps/api/src/services/usagers.ts": "export type Usager = { nom: string; code_postal: string; adresse: string }\n",
                          "apps/api/src/db/schema.sql": "CREATE TABLE usager (id serial PRIMARY KEY, nom text, code_postal text);\n"})
    _, res = judge(tmp_path, files, ["interoperability.public-building-blocks", "interoperability.data-standards"])
    assert res["interoperability.public-building-blocks"]["status"] == "fail", res["interoperability.public-building-blocks"]["message"]
    assert res["interoperability.data-standards"]["status"] != "not_applicable", res["interoperability.data-standards"]["message"]


def test_a_test_file_named_after_environments_is_no_template():
    assert not is_env_template("apps/api/test/environments.test.ts")
    assert is_env_template(".env.test") and is_env_template("config/.env-dist") and is_env_template(".env.local.example")


MONITOR = {
    "README.md": "# AppMonitor\n* EN - Monitoring for Web apps based on Selenium Webdriver, RRDTool et NSCA\n\n## Installation\n\nRun `composer install`.\n\n"
                 "## Configuration\n\n### MAIL\n* $SMTP = 'smtp.ville.local', Serveur SMTP\n### URL de test de communication\n"
                 "* $TEST_COMM_URL = string, URL d'une page accessible sans passer par internet\n\n## Usage\n\n`php TestSelenium.php config.php Scenario`\n",
    "composer.json": '{"require": {"facebook/webdriver": "^1.6", "phpmailer/phpmailer": "^6.0"}}\n',
    "composer.lock": '{"packages": []}\n',
    "TestSelenium.php": "<?php\nclass TestSelenium {\n  public function run($scenario) { return $scenario->steps(); }\n}\n",
    "config.php": "<?php\nclass Config {\n  public $DEFAULT_EXP_MAIL = 'Supervision_Applicative@mairie-saint-maur.com';\n}\n",
    "testcases/Intranet.php": "<?php\nclass Intranet {\n  public function Home($driver) { $driver->get('https://www.example.org/'); }\n}\n",
}


def test_a_town_halls_monitoring_scripts(tmp_path):
    def commit(email):
        return {"files": MONITOR, "author": ("Camus L", email), "date": "2018-08-02T10:00:00+02:00"}

    from tests.test_project_kind import run
    from tests.test_reusability_fixtures import results

    path = build_history(tmp_path / "r", [commit("camus.l@mairie-saint-maur.com")])
    res = results(run(path, tmp_path / "c", only=["documentation.readme-sections", "interoperability.data-standards",
                                                  "interoperability.public-building-blocks", "scaling.contributor-organisations",
                                                  "reusability.territory-neutral"]))
    # "URL de test de communication" names a setting, not a way to reach the team
    sections = res["documentation.readme-sections"]
    assert not any(e["value"].get("section") == "contact" for e in sections["evidence"]
                   if isinstance(e.get("value"), dict) and e.get("kind") != "missing"), sections["evidence"]
    # scripts with no data file and no database model: no data schema, no public reference API to advise
    assert res["interoperability.data-standards"]["status"] == "not_applicable", res["interoperability.data-standards"]["message"]
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"
    # the town hall's domain under .com is a public body's
    orgs = res["scaling.contributor-organisations"]
    assert "public bodies 100%" in orgs["message"]["en"], orgs["message"]
    # …and its address in the configuration is a territory value, in the right place
    assert res["reusability.territory-neutral"]["details"]["in_config_data_tests_docs"] == 1


def build_history(path, commits):
    from tests.gitrepo import make_repo

    return make_repo(path, commits)


CROWDSOURCING = {  # shaped like Ville de Paris's take-my-data-paris (2013): an Android app and a plain PHP back office
    "README.md": "take-my-data\n============\nAn Android application and the back office tool to manage it: datasets on maps, collected by citizens.\n",
    "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
    "Android app/AndroidManifest.xml": '<manifest package="com.tmd"><application android:label="TMD"/></manifest>\n',
    "Android app/INSTALL": "This guide will explain how to install and configure the TMD application\n\n1) Define the google map api-key\n"
                           "   edit the file res/layout/map.xml and replace \"xxx\" with your api-key\n",
    "Android app/src/com/ui/Map.java": "package com.ui;\n\nimport com.google.android.maps.GeoPoint;\nimport com.google.android.maps.MapView;\n\n"
                                       "public class Map {\n  private GeoPoint point;\n}\n",
    "Android app/src/com/ui/Home.java": "package com.ui;\n\npublic class Home {\n  public void start() {}\n}\n",
    "Back office/index.php": "<?php\nsession_start();\n$page = isset($_GET['page']) ? $_GET['page'] : 'home';\ninclude 'pages/' . $page . '/view.php';\n",
    "Back office/pages/connexion/view.php": "<?php\nif (isset($_POST['login'])) { check($_POST['login'], $_POST['password']); }\n?>\n"
                                            '<form method="post"><input type="password" name="password"></form>\n',
    "Back office/templates/default/index.html": "<!DOCTYPE html><html><head><title>TMD</title></head><body><img src=\"logo.png\"></body></html>\n",
    "Back office/ws/points.php": "<?php\n$points = get_points($_GET['dataset']);\necho json_encode($points);\n",
    "Back office/classes/Dataset.php": "<?php\nclass Dataset {\n  public function import($csv) { return str_getcsv($csv); }\n}\n",
    "Back office/classes/Point.php": "<?php\nclass Point {\n  public $lat;\n  public $lng;\n}\n",
    "Back office/upgrade.php": "<?php\nfunction tmpdir() { return getenv('TMPDIR') ?: getenv('TEMP'); }\n",
    "Back office/install.sql": "CREATE TABLE users (id int PRIMARY KEY, pseudo varchar(64), email varchar(128));\n",
}


def test_an_android_app_with_a_plain_php_back_office_and_its_install_sql(tmp_path):
    only = ["reusability.install", "reusability.configuration", "interoperability.geo", "interoperability.auth",
            "interoperability.accessibility-and-ecodesign", "scaling.vendor-lock-in", "interoperability.public-building-blocks"]
    report, res = judge(tmp_path, CROWDSOURCING, only)
    # the back office's PHP pages make a web application; its install.sql is its schema, not a data model
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    # the GNU INSTALL file of the Android app says how to install and what to configure
    assert res["reusability.install"]["status"] != "fail" and any(e.get("path") == "Android app/INSTALL" for e in res["reusability.install"]["evidence"])
    conf = res["reusability.configuration"]
    assert conf["status"] == "warn", conf["message"]
    assert not any(e.get("value") in ("TMPDIR", "TEMP") for e in conf["evidence"]), conf["evidence"]  # the system's own variables
    # the Android map SDK: a map handled, with a proprietary library
    geo = res["interoperability.geo"]
    assert geo["status"] == "fail" and "Google Maps SDK" in geo["details"]["proprietary"], geo["message"]
    assert res["scaling.vendor-lock-in"]["status"] == "warn"
    assert res["interoperability.auth"]["status"] == "fail"  # local accounts of the back office
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "fail"
    assert res["interoperability.public-building-blocks"]["status"] == "fail"  # a map application: IGN base maps apply


OCR = {  # shaped like Ville de Paris's franceocr: a Flask-RESTful API whose spec flask-swagger builds, exporting .xls files
    "README.md": "# FranceOCR\n\nDetection, recognition and reading of French official documents.\n",
    "api/requirements.txt": "Flask==0.12.2\nflask-restful==0.3.6\nflask-swagger==0.2.13\nxlwt==1.3.0\n",
    "api/server.py": "from flask import Flask\nfrom routes.swagger import swagger_blueprint\nserver = Flask(__name__)\n"
                     "server.register_blueprint(swagger_blueprint)\n",
    "api/routes/swagger.py": "from flask import Blueprint, jsonify\nfrom flask_swagger import swagger\n\nswagger_blueprint = Blueprint('swagger', __name__)\n\n\n"
                             "@swagger_blueprint.route('/api/swagger.json')\ndef swagger_api():\n    return jsonify(swagger(current_app))\n",
    "api/routes/cni.py": "from flask import jsonify\n\n\ndef read():\n    return jsonify({'nom': 'x'})\n",
    "api/excel_export.py": "import xlwt\n\n\ndef create_new_file(path):\n    book = xlwt.Workbook()\n    book.save(path)\n",
}


def test_a_spec_built_by_flask_swagger_and_an_xls_export(tmp_path):
    _, res = judge(tmp_path, OCR, ["interoperability.api-spec", "interoperability.data-standards"])
    assert res["interoperability.api-spec"]["status"] == "warn", res["interoperability.api-spec"]["message"]  # generated at run time
    data = res["interoperability.data-standards"]
    assert data["status"] == "fail", data["message"]  # it writes data, in a closed format: judged, not "no data of its own"
    assert any(e.get("kind") == "finding" and "xlwt" in str(e.get("value")) for e in data["evidence"])


def test_a_village_pwa_of_classic_scripts_calling_api_adresse(tmp_path):
    """Shaped like Mézières-lez-Cléry's PWA: plain browser scripts (no import/export) whose global functions are the
    interface, most documented by the // lines above them; INSEE codes checked against API Adresse's answers."""
    files = {
        "README.md": "# MAT\n\nApplication de la commune.\n",
        "index.html": "<!DOCTYPE html><html><body><script src=\"js/widgets.js\"></script></body></html>\n",
        "js/widgets.js": "// Préfixe du mois : « d'août », « de mai ».\nfunction meteoMoisPrefixe(m) { return m; }\n\n"
                         "function meteoHasAlert(v) { return !!v; }\n\n(function () { function cachee() {} })();\n",
        "js/mel.js": "async function melZone(addr, codeInsee) {\n"
                     "  const geo = await fetch(`https://api-adresse.data.gouv.fr/search/?q=${addr}&citycode=${codeInsee}`);\n  return geo.json();\n}\n",
    }
    report, res = judge(tmp_path, files, ["documentation.code-comments", "interoperability.identifiers"])
    comments = res["documentation.code-comments"]
    js = comments["details"]["by_language"]["javascript"]
    assert js["declarations"] == 3 and js["documented"] == 1, comments["details"]
    ident = res["interoperability.identifiers"]
    assert "reference data/validation: yes" in ident["message"]["en"], ident["message"]
    # a geocoding call alone, with no identifier field, handles no identifier
    only_geo = {"README.md": files["README.md"], "index.html": files["index.html"],
                "js/geo.js": "function geocode(q) { return fetch('https://api-adresse.data.gouv.fr/search/?q=' + q); }\n"}
    _, res = judge(tmp_path / "g", only_geo, ["interoperability.identifiers"])
    assert res["interoperability.identifiers"]["status"] == "not_applicable"


TRANSFER = {  # shaped like Bogny-sur-Meuse's BognyTransfert: a plain PHP MVC app, Tailwind from a CDN, PDO models
    "README.md": "# BognyTransfert\n\nPlateforme de transfert de fichiers pour la commune.\n",
    "composer.json": '{"require": {"phpmailer/phpmailer": "^6.9"}}\n',
    "composer.lock": '{"packages": []}\n',
    "public/index.php": "<?php\nsession_start();\nrequire '../app/controllers/HomeController.php';\n(new HomeController())->index($_GET);\n",
    "app/controllers/AuthController.php": "<?php\nclass AuthController {\n  public function login() { $u = $_POST['email']; }\n}\n",
    "app/models/UserModel.php": "<?php\nclass UserModel {\n  public function create(array $data) {\n    $stmt = $this->db->prepare(\"\n"
                                "            INSERT INTO users (email, password_hash, verification_token)\n"
                                "            VALUES (:email, :password_hash, :verification_token)\");\n  }\n}\n",
    "app/views/auth/login.php": "<form method=\"post\"><input type=\"email\" name=\"email\"><button>Connexion</button></form>\n",
    "app/views/mentions-rgpd.php": "<h1>Données personnelles</h1>\n<p>Responsable du traitement : <strong>Ville de Bogny-sur-Meuse</strong></p>\n",
}


def test_a_plain_php_mvc_app_its_views_its_pdo_model_and_its_privacy_page(tmp_path):
    _, res = judge(tmp_path, TRANSFER, ["interoperability.accessibility-and-ecodesign", "scaling.personal-data", "reusability.territory-neutral"])
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "fail"  # PHP views are pages people use
    personal = res["scaling.personal-data"]
    assert personal["status"] == "warn" and any("users" in str(e.get("value")) for e in personal["evidence"]), personal
    # the privacy page names the data controller, as the law asks: not a territory value hard-coded in the code
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]


STORE = {  # shaped like Le Creusot's chronotopedb: a Rust/axum storage service behind a shared bearer token
    "README.md": "# ChronotopeDB\n\nSubstrat de stockage spatio-temporel.\n\nConçu pour PawChat, qui utilise [SpacetimeDB](https://spacetimedb.com) "
                 "comme système transactionnel — voir [`docs/chronotope.md`](docs/chronotope.md) pour l'arbitrage.\n\n"
                 "## chronotope-server — API HTTP\n\n`POST /write` écrit une pose.\n\n## Variables d'environnement\n\n- `CHRONOTOPE_INTERNAL_SECRET` : jeton partagé.\n",
    "docs/chronotope.md": "# Chronotope\n\nArbitrage.\n",
    "docs/conventions.md": "# Conventions\n\nNommage.\n",
    "Cargo.toml": '[workspace]\nmembers = ["crates/server"]\n',
    "Cargo.lock": "# lock\n",
    "crates/server/Cargo.toml": '[package]\nname = "server"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.7"\n',
    "crates/server/src/main.rs": 'fn secret() -> String { std::env::var("CHRONOTOPE_INTERNAL_SECRET").unwrap() }\n'
                                 'fn port() -> u16 { std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000) }\n'
                                 'fn check(h: &str) -> bool { h.strip_prefix("Bearer ").map(|t| t == secret()).unwrap_or(false) }\n',
}


def test_a_rust_service_behind_a_shared_token(tmp_path):
    report, res = judge(tmp_path, STORE, ["documentation.docs", "reusability.configuration", "interoperability.auth"], name="chronotopedb")
    assert not report["facts"]["docs"]["site"], report["facts"]["docs"]["site"]  # another product's home page is no documentation site
    assert "api" not in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]  # the README's API chapter
    conf = res["reusability.configuration"]
    assert conf["details"].get("read", 0) != 0 or "1 setting(s) read" in conf["message"]["en"], conf["message"]  # env::var read
    auth = res["interoperability.auth"]
    assert auth["status"] == "not_applicable" and auth["details"].get("bearer_token"), auth["message"]


TREE = {  # shaped like Ville de Nouméa's ads: a Spring MVC web app, JPA entities, a Tomcat context.xml committed
    "README.md": "# ads\nGestion de l'arbre des services de la Ville.\n",
    "pom.xml": "<project><artifactId>ads</artifactId><packaging>war</packaging><dependencies>"
               "<dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>4.3.9.RELEASE</version></dependency>"
               "</dependencies></project>\n",
    "src/main/webapp/WEB-INF/web.xml": "<web-app/>\n",
    "src/main/java/nc/ville/ads/webapi/EmailInfoController.java":
        "package nc.ville.ads.webapi;\n@Controller\npublic class EmailInfoController {\n"
        "  @RequestMapping(value = \"/emails\", produces = \"application/json\")\n  public String list() { return \"[]\"; }\n}\n",
    "src/main/java/nc/ville/ads/domain/EmailInfo.java":
        "package nc.ville.ads.domain;\n\n@Entity\n@Table(name = \"ADS_EMAIL_INFO\")\npublic class EmailInfo {\n\n"
        "\t@Id\n\t@Column(name = \"ID_EMAIL_INFO\")\n\tprivate Integer idEmailInfo;\n\n\t@Column(name = \"MAIL\")\n\tprivate String mail;\n}\n",
    "src/main/webapp/META-INF/context.xml":
        '<Context>\n  <Resource name="jdbc/ads" auth="Container" type="javax.sql.DataSource"\n'
        '            jmxEnabled="true" username="opensirh" password="XHUZJ9BBQY"\n'
        '            driverClassName="com.ibm.as400.access.AS400JDBCDriver" url="jdbc:as400://robinnw;naming=system;" />\n</Context>\n',
}


def test_a_spring_app_with_jpa_entities_and_a_committed_datasource_password(tmp_path):
    _, res = judge(tmp_path, TREE, ["scaling.personal-data", "interoperability.data-standards", "reusability.secrets"])
    personal = res["scaling.personal-data"]
    assert personal["status"] == "warn" and "EmailInfo" in str(personal["evidence"]), personal  # JPA entities are models
    assert res["interoperability.data-standards"]["status"] != "not_applicable"  # a database model: data of its own
    secrets = res["reusability.secrets"]
    assert secrets["status"] == "fail" and any(e.get("path") == "src/main/webapp/META-INF/context.xml" for e in secrets["evidence"]), secrets


def test_jdbc_beans_of_a_business_layer_and_a_directory_sign_in_written_in_the_code(tmp_path):
    """Shaped like Ville de Nouméa's seat: beans of nc.ville.seat.metier extending BasicMetier with public fields, and
    agents signing in against the city's Active Directory through an in-house LDAP class and context.xml parameters."""
    files = dict(TREE)
    files.pop("src/main/java/nc/ville/ads/domain/EmailInfo.java")
    files.pop("src/main/webapp/META-INF/context.xml")
    files.update({
        "src/main/java/nc/ville/seat/metier/Agents.java":
            "package nc.ville.seat.metier;\n\nimport nc.ville.technique.BasicMetier;\n\n/**\n * Objet métier Agents\n */\n"
            "public class Agents extends BasicMetier {\n\tpublic String nomatr;\n\tpublic String nom;\n\tpublic String prenom;\n\tpublic String sexe;\n\n"
            "\tpublic String getNom() {\n\t\treturn nom;\n\t}\n}\n",
        "src/main/java/nc/ville/seat/process/SeatIndex.java":
            "package nc.ville.seat.process;\npublic class SeatIndex {\n  void connect(String u) {\n"
            "    java.util.Hashtable<Object, Object> h = nc.ville.technique.MairieLDAP.chercherUserLDAPAttributs(u);\n  }\n}\n",
        "src/main/webapp/META-INF/context.xml": '<Context>\n\t<Parameter name="HOST_LDAP" value="ldap://annuaire.site-mairie.exemple.nc:389" override="false" />\n</Context>\n',
    })
    _, res = judge(tmp_path, files, ["scaling.personal-data", "interoperability.auth"])
    personal = res["scaling.personal-data"]
    assert personal["status"] == "warn" and "Agents" in str(personal["evidence"]), personal
    auth = res["interoperability.auth"]
    assert auth["status"] == "warn" and "LDAP" in auth["message"]["en"], auth["message"]


def test_a_tomcat_context_xml_holds_the_settings_of_a_java_web_app(tmp_path):
    """Shaped like Ville de Nouméa's sirh-jobs: the settings are JNDI entries of META-INF/context.xml (values redacted)."""
    files = dict(TREE)
    files["src/main/webapp/META-INF/context.xml"] = (
        '<Context>\n\t<Resource name="jdbc/sirh" type="javax.sql.DataSource" username="***REMOVED***" password="***REMOVED***" />\n'
        '\t<Environment name="SIRH_PTG_WS_URL" type="java.lang.String" value="http://localhost:8080/" override="false" />\n</Context>\n')
    _, res = judge(tmp_path, files, ["reusability.configuration"])
    conf = res["reusability.configuration"]
    assert conf["status"] != "fail" and any(e.get("path") == "src/main/webapp/META-INF/context.xml" for e in conf["evidence"]), conf


def test_a_file_icon_table_is_no_spreadsheet_format_and_swagger_uis_redirect_page_no_sign_in(tmp_path):
    files = dict(TRANSFER)
    files["app/views/download/file.php"] = ("<?php\n$icon = match ($ext) {\n  'pdf' => 'file-text',\n  'xls', 'xlsx' => 'file-spreadsheet',\n"
                                            "  default => 'file'\n};\n")
    files["public/swagger/oauth2-redirect.html"] = ("<!doctype html><title>Swagger UI: OAuth2 Redirect</title>\n"
                                                    "<script>var oauth2 = window.opener.swaggerUIRedirectOauth2; // OAuth2 flow</script>\n")
    _, res = judge(tmp_path, files, ["interoperability.data-standards", "interoperability.auth"])
    assert "ODS" not in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]
    assert "OAuth2" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]


def test_plain_php_pages_answering_json_are_an_api_to_describe(tmp_path):
    _, res = judge(tmp_path, CROWDSOURCING, ["interoperability.api-spec"])
    spec = res["interoperability.api-spec"]
    assert spec["status"] == "warn" and any(e.get("path") == "Back office/ws/points.php" for e in spec["evidence"]), spec["message"]


def test_a_service_named_in_a_help_text_is_no_lock_in_but_one_called_is(tmp_path):
    """Shaped like Mézières-lez-Cléry's replication guide, written in a JS string: it tells other communes which AI
    service its separate back end uses; only a call from this code is a dependency."""
    guide = {"README.md": "# MAT\n\nApplication de la commune.\n", "index.html": "<!DOCTYPE html><html><body></body></html>\n",
             "js/partager.js": "const guide = [\n  '- **IA du chatbot** : Mistral AI (api.mistral.ai) — modèle Small',\n];\n"
                               "lines.push('- IA du chatbot → Mistral AI (api.mistral.ai), privilégié en mode souverain');\n"}
    _, res = judge(tmp_path, guide, ["scaling.vendor-lock-in"])
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["evidence"]
    called = dict(guide, **{"js/chat.js": "export const ask = (q) => fetch('https://api.mistral.ai/v1/chat/completions', {body: q})\n"})
    _, res = judge(tmp_path / "c", called, ["scaling.vendor-lock-in"])
    assert res["scaling.vendor-lock-in"]["status"] != "pass"
