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
