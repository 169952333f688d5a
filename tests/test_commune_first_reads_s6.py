"""First reads of communes' repositories (session 6), each wrong verdict on a git fixture shaped like the real case: a Kotlin
back end on Ktor reading lower-case environment variables, its CI running Gradle's test tasks and a dev proxy to Docker's
bridge gateway (a mairie's forms service); a Java web application documented by a Maven site (install.apt), signing in through
Tomcat's directory realm, whose README opens on an archive notice (a CCAS reception desk); a commune's SQL export schema whose
sub-folder READMEs give the loading steps ("1. Créer les rôles 2. Créer les schémas …")."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

KTOR_BACKEND = {
    "README.md": ("# Formulaide : récolte et traitement de formulaires en ligne\n\nFormulaide permet de créer des formulaires web à "
                  "l'intention de personnes internes ou externes à votre collectivité.\n\n- [Guide de déploiement](docs/deploiement.md)\n"),
    "settings.gradle.kts": 'rootProject.name = "Formulaide"\ninclude("backend")\n',
    "backend/build.gradle.kts": ('plugins {\n    kotlin("jvm")\n    application\n}\n\ndependencies {\n'
                                 '    implementation("io.ktor:ktor-server-netty:2.3.0")\n    implementation("ch.qos.logback:logback-classic:1.4.6")\n}\n'),
    "backend/src/main/kotlin/Backend.kt": (
        "package opensavvy.formulaide\n\nimport io.ktor.server.engine.*\nimport io.ktor.server.netty.*\n\n"
        "fun main() {\n    val database = Database(\n        hostname = System.getenv(\"formulaide_host\"),\n"
        "        port = System.getenv(\"formulaide_port\"),\n        username = System.getenv(\"formulaide_username\"),\n"
        "        password = System.getenv(\"formulaide_password\"),\n        database = System.getenv(\"formulaide_database\"),\n    )\n"
        "    embeddedServer(Netty, port = 9000) { configureServer(database) }.start(wait = true)\n}\n"),
    "backend/src/test/kotlin/BackendTest.kt": "package opensavvy.formulaide\n\nclass BackendTest {\n    fun ping() = Unit\n}\n",
    "docs/deploiement.md": ("# Formulaide : déploiement\n\n## Installation native\n\nLa configuration du serveur passe par des variables "
                            "d'environnement :\n\n- `formulaide_host` et `formulaide_port` : la machine et le port de MongoDB,\n"
                            "- `formulaide_database` : le nom de la base,\n- `formulaide_username` et `formulaide_password` : le compte.\n"),
    ".gitlab-ci.yml": ("stages: [test]\n\ntest:\n  stage: test\n  image: eclipse-temurin:17\n  script:\n"
                       '    - "./gradlew jvmTest backend:test mongo:test --continue"\n'),
    "docker/docker-compose.override.yml": ("services:\n  proxy:\n    image: caddy\n"
                                           '    command: "caddy reverse-proxy --from api.localhost --to 172.17.0.1:8000"\n'),
}


def test_a_ktor_back_end_reading_lowercase_environment_variables(tmp_path):
    only = ["interoperability.api-spec", "reusability.configuration", "reusability.tests-and-ci", "scaling.hosting"]
    res = results(run(build(tmp_path / "r", KTOR_BACKEND), tmp_path / "c", only=only, sponsor="local-authority"))
    api = res["interoperability.api-spec"]
    assert api["status"] == "warn" and "io.ktor:ktor-server-netty" in api["message"]["en"], api
    config = res["reusability.configuration"]
    assert config["details"]["env_vars"] == 5 and config["details"]["undocumented"] == [], config
    tests = res["reusability.tests-and-ci"]
    assert tests["details"]["ci_runs_tests"], tests
    assert "172.17.0.1" not in str(res["scaling.hosting"]), res["scaling.hosting"]


WEB_XML = ('<?xml version="1.0" encoding="UTF-8"?>\n<web-app>\n  <security-constraint>\n    <web-resource-collection>\n'
           "      <url-pattern>/*</url-pattern>\n    </web-resource-collection>\n    <auth-constraint>\n      <role-name>GG_CCAS</role-name>\n"
           "    </auth-constraint>\n  </security-constraint>\n  <!-- Basic Authentication using a JNDIRealm -->\n  <login-config>\n"
           "    <auth-method>BASIC</auth-method>\n    <realm-name>JNDIRealm</realm-name>\n  </login-config>\n</web-app>\n")
JAVA_WEBAPP = {
    "README.md": ("Le projet a été archivé, car remplacé par une autre application.\n\n"
                  "[![Build Status](https://travis-ci.org/ville/accueil-ccas.svg?branch=master)](https://travis-ci.org/ville/accueil-ccas)\n\n"
                  "# accueil-ccas\n\nLogiciel de gestion d'accueil du CCAS : il permet de saisir les demandes relatives aux CCAS, de les "
                  "enregistrer pour ensuite pouvoir en faire des statistiques.\n"),
    "pom.xml": ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>nc.noumea</groupId>\n  <artifactId>ccas</artifactId>\n"
                "  <version>0.6</version>\n  <packaging>war</packaging>\n  <dependencies>\n    <dependency>\n"
                "      <groupId>org.springframework</groupId>\n      <artifactId>spring-webmvc</artifactId>\n      <version>3.2.4.RELEASE</version>\n"
                "    </dependency>\n  </dependencies>\n</project>\n"),
    "src/main/webapp/WEB-INF/web.xml": WEB_XML,
    "src/main/java/accueilccas/web/controllers/AccueilController.java": (
        "package accueilccas.web.controllers;\n\npublic class AccueilController {\n    public String handleRequest() {\n"
        "        return \"accueil\";\n    }\n}\n"),
    "src/site/site.xml": '<project name="Accueil CCAS">\n  <body>\n    <menu name="Documentation">\n      <item name="Installation" href="install.html"/>\n'
                         "    </menu>\n  </body>\n</project>\n",
    "src/site/apt/install.apt": (" -----\n Accueil CCAS\n -----\n\nGuide d'installation\n\n* Pré-requis\n\n  Tomcat 7, Postgres 9.3.\n\n"
                                 "* Configuration de Tomcat\n\n  [[1]] Installer le driver de Postgres dans $CATALINA_HOME/lib.\n\n"
                                 "  [[2]] Configurer le contexte de Tomcat : un {{{./context.xml}exemple de context}} avec la datasource jdbc/CCAS.\n"),
}


def test_a_java_web_application_documented_by_a_maven_site(tmp_path):
    only = ["documentation.readme", "documentation.docs", "reusability.install", "interoperability.auth"]
    report = run(build(tmp_path / "r", JAVA_WEBAPP), tmp_path / "c", only=only, sponsor="local-authority")
    res = results(report)
    desc = report["facts"]["readme"]["description"]
    assert desc["text"].startswith("Logiciel de gestion") and desc["first"], desc
    install = res["reusability.install"]
    assert install["status"] != "fail" and "src/site/apt/install.apt" in str(install["evidence"]), install
    assert "deployment" not in str([e.get("value") for e in res["documentation.docs"]["evidence"] if e.get("kind") == "missing"])
    auth = res["interoperability.auth"]
    assert auth["status"] == "warn" and "LDAP" in auth["message"]["en"], auth


SCHEMA_KIT = {
    "README.md": ("# Projet de visualisation des données du réseau électrique sur QGIS\n\nEnsemble de scripts et de ressources pour "
                  "faciliter la visualisation et l'exploitation de données électriques saisies dans un logiciel de réseau.\n"),
    "postgresql/README.md": ("# Scripts de création de structure d'export pour PostgreSQL\n\n## Exemple d'utilisation\n\n"
                             "1. Créer les rôles\n2. Créer les schémas\n3. Créer les tables de correspondance nécessaires\n4. Création des vues\n"),
    "postgresql/schemas/sch_export.sql": "CREATE SCHEMA IF NOT EXISTS export;\n",
    "postgresql/views/vw_cables.sql": ("CREATE OR REPLACE VIEW export.vw_cables AS\nSELECT c.id, c.nom, ST_SetSRID(c.geom, 2056)::geometry(LineString,2056) AS geom\n"
                                       "FROM dbo.cables c;\n"),
    "postgresql/mapped/state.sql": "CREATE TABLE export.state (id integer PRIMARY KEY, label text);\n",
}


def test_a_schema_whose_sub_folder_readme_lists_the_loading_steps(tmp_path):
    res = results(run(build(tmp_path / "r", SCHEMA_KIT), tmp_path / "c", only=["reusability.install"], sponsor="local-authority"))
    install = res["reusability.install"]
    assert install["status"] == "pass" and "postgresql/README.md" in str(install["evidence"]), install


PYRAMID_FORMS = {
    "README.md": "c2cgeoform_project README\n==================\n\nGetting Started\n---------------\n\n- make initdb\n- make serve\n",
    "setup.py": ("from setuptools import setup, find_packages\n\nsetup(name='c2cgeoform_project', packages=find_packages(),\n"
                 "      entry_points=\"\"\"\\\n      [paste.app_factory]\n      main = c2cgeoform_project:main\n      [console_scripts]\n"
                 "      initialize_c2cgeoform_project_db = c2cgeoform_project.scripts.initializedb:main\n      \"\"\")\n"),
    "requirements.txt": "c2cgeoform\ngeoalchemy2\npyramid_retry\npyramid_tm\nSQLAlchemy\nwaitress\n",
    "development.ini": "[app:main]\nuse = egg:c2cgeoform_project\nsqlalchemy.url = postgresql://www-data:www-data@localhost:5432/c2cgeoform_project\n",
    "c2cgeoform_project.wsgi": "from pyramid.paster import get_app\napplication = get_app('/var/www/production.ini', 'main')\n",
    "c2cgeoform_project/__init__.py": "from pyramid.config import Configurator\n\n\ndef main(global_config, **settings):\n"
                                      "    config = Configurator(settings=settings)\n    config.include('.routes')\n    return config.make_wsgi_app()\n",
    "c2cgeoform_project/routes.py": "def includeme(config):\n    config.add_route('home', '/')\n",
    "c2cgeoform_project/views/home.py": ("from pyramid.view import view_config\n\n\n@view_config(route_name='home', renderer='../templates/index.jinja2')\n"
                                        "def home(request):\n    return {}\n"),
    "c2cgeoform_project/templates/index.jinja2": "<html><body><h1>Demandes</h1><form method='post'></form></body></html>\n",
    "c2cgeoform_project/templates/form.pt": "<div tal:content='form'></div>\n",
    "c2cgeoform_project/scripts/initializedb.py": "import sys\n\n\ndef main(argv=sys.argv):\n    print(argv)\n",
}


def test_a_pyramid_application_with_a_db_script_is_a_web_application(tmp_path):
    only = ["reusability.configuration", "interoperability.api-spec", "interoperability.accessibility-and-ecodesign"]
    report = run(build(tmp_path / "r", PYRAMID_FORMS), tmp_path / "c", only=only, sponsor="local-authority")
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    res = results(report)
    assert res["reusability.configuration"]["status"] != "not_applicable" and "development.ini" in str(res["reusability.configuration"]), \
        res["reusability.configuration"]
    assert res["interoperability.api-spec"]["status"] == "warn", res["interoperability.api-spec"]


AS400_WEBAPP = {
    "README.md": ("# actes-etat-civil\nProgramme des actes-etat-civil\n\n**Ce projet n'est plus utilisé par la mairie**\n"),
    "pom.xml": ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>nc.mairie</groupId>\n  <artifactId>actes-etat-civil</artifactId>\n"
                "  <version>3.3</version>\n  <packaging>war</packaging>\n  <dependencies>\n    <dependency>\n      <groupId>org.apache.tomcat</groupId>\n"
                "      <artifactId>servlet-api</artifactId>\n      <version>6.0.53</version>\n    </dependency>\n  </dependencies>\n</project>\n"),
    "src/main/webapp/META-INF/context.xml": (
        "<Context>\n  <Resource name=\"jdbc/DS\" auth=\"Container\" type=\"javax.sql.DataSource\"\n"
        "    driverClassName=\"com.ibm.as400.access.AS400JDBCDriver\" url=\"jdbc:as400://robinnw\" />\n"
        "  <Parameter name=\"HOST_LDAP\" value=\"ldap://hurle.site-mairie.noumea.nc:389\" override=\"false\" />\n</Context>\n"),
    "src/main/java/nc/mairie/etatcivil/servlets/AfficheActeServlet.java": (
        "package nc.mairie.etatcivil.servlets;\n\nimport javax.servlet.http.HttpServlet;\n\npublic class AfficheActeServlet extends HttpServlet {\n}\n"),
    "webapp/docker/Dockerfile": "FROM centos:centos7\n\nRUN yum install -y java-1.8.0-openjdk tar\n",
}


def test_a_city_servlet_application_on_an_as400_no_longer_used(tmp_path):
    only = ["documentation.readme", "scaling.reuse", "scaling.hosting", "scaling.end-of-life", "interoperability.api-spec"]
    report = run(build(tmp_path / "r", AS400_WEBAPP), tmp_path / "c", only=only, sponsor="local-authority")
    res = results(report)
    desc = report["facts"]["readme"]["description"]
    assert desc is None or "plus utilisé" not in desc["text"], desc
    assert "plus utilisé" not in str(res["scaling.reuse"]["evidence"]), res["scaling.reuse"]
    hosting = str(res["scaling.hosting"])
    assert "robinnw" in hosting and "site-mairie.noumea.nc" in hosting, res["scaling.hosting"]
    assert "CentOS" in res["scaling.end-of-life"]["message"]["en"], res["scaling.end-of-life"]
    assert "no server framework" not in res["interoperability.api-spec"]["message"]["en"], res["interoperability.api-spec"]
    lockin = results(run(build(tmp_path / "r2", AS400_WEBAPP), tmp_path / "c2", only=["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert "IBM i (AS/400) DB2" in lockin["message"]["en"], lockin


def test_t_sql_maintenance_scripts_name_sql_server(tmp_path):
    files = {**SCHEMA_KIT, "fix/shrink_database.sql": "ALTER DATABASE SCHEMASUITE_X SET RECOVERY SIMPLE WITH NO_WAIT\nDBCC SHRINKDATABASE (SCHEMASUITE_X, 1, TRUNCATEONLY)\n",
             "fix/connexions.sql": "select * from sys.sysprocesses where dbid = db_id(N'SCHEMASUITE_X')\n"}
    lockin = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert "Microsoft SQL Server" in lockin["message"]["en"], lockin


def test_release_notes_in_an_operations_folder_are_no_deployment_guide(tmp_path):
    files = {**AS400_WEBAPP, "src/site/site.xml": '<project name="actes">\n  <body/>\n</project>\n',
             "src/site/apt/exploitation/ReleasesNotes/WAR_2.0.apt": " -----\n WAR 2.0\n -----\n\n* Corrections\n\n  Affichage des actes.\n",
             "src/site/apt/exploitation/tomcat.apt": " -----\n Tomcat\n -----\n\n* Déploiement\n\n  Copier le war dans webapps/ et redémarrer Tomcat.\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install"], sponsor="local-authority"))
    paths = [e.get("path") for e in res["reusability.install"]["evidence"]]
    assert "src/site/apt/exploitation/tomcat.apt" in paths and not any("ReleasesNotes" in (p or "") for p in paths), paths


def test_switzerland_s_former_reference_frame_is_no_legal_system(tmp_path):
    # shaped like a Swiss commune's works follow-up model: geometry(MultiPolygon,21781), CH1903/LV03, replaced by LV95 (EPSG:2056)
    files = {"README.md": "# QSOUT\nModule pour la gestion des levés GPS terrain et du suivi des chantiers\n",
             "ordinary_data/tables/chantiers.sql": ("CREATE TABLE chantiers.chantiers (id serial PRIMARY KEY, nom varchar(80),\n"
                                                    "    geom geometry(MultiPolygon,21781));\n"),
             "views/001_vw_export.sql": ("CREATE VIEW chantiers.vw_export AS SELECT id, ST_Area(geom) AS surface, geom FROM chantiers.chantiers\n"
                                         "WHERE ST_Intersects(geom, ST_MakeEnvelope(2535000, 1150000, 2545000, 1160000, 2056));\n")}
    geo = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.geo"], sponsor="local-authority"))["interoperability.geo"]
    assert "21781" not in geo["message"]["en"], geo["message"]
    files["ordinary_data/tables/chantiers.sql"] = files["ordinary_data/tables/chantiers.sql"].replace("21781", "2056")
    geo2 = results(run(build(tmp_path / "r2", files), tmp_path / "c2", only=["interoperability.geo"], sponsor="local-authority"))["interoperability.geo"]
    assert "EPSG:2056" in geo2["message"]["en"], geo2["message"]
