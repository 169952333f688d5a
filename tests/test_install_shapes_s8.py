"""Install shapes session 7's first reads found missed (issue 12, session 8): a Spring Boot start command in README prose, a
developer guide in docs/, `VAR=value docker-compose up` in a sentence, Debian packaging, a Maven archetype installed with
`mvn install`, and the opposite, a README link to a to-do SQL stub of comments only; each on a git fixture shaped like the case."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

INSTALL = "reusability.install"

SPRING_POM = ("<project>\n  <groupId>fr.recia</groupId>\n  <artifactId>service-info-api</artifactId>\n  <parent>\n"
              "    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n  </parent>\n"
              "  <dependencies>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
              "      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n  </dependencies>\n</project>\n")
SPRING_CODE = {
    "pom.xml": SPRING_POM,
    "mvnw": "#!/bin/sh\nexec java -classpath .mvn/wrapper/maven-wrapper.jar org.apache.maven.wrapper.MavenWrapperMain \"$@\"\n",
    "src/main/java/fr/recia/info/Application.java": "package fr.recia.info;\n\n@SpringBootApplication\npublic class Application {\n"
                                                    "  public static void main(String[] args) { SpringApplication.run(Application.class, args); }\n}\n",
    "src/main/java/fr/recia/info/InfoController.java": "package fr.recia.info;\n\n@RestController\npublic class InfoController {\n"
                                                       "  @GetMapping(\"/api/serviceInfo/{fname}\")\n  public String get(String fname) { return fname; }\n}\n",
}


def _install(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [INSTALL]))[INSTALL]


def test_a_start_command_in_readme_prose_and_the_maven_build_are_instructions_and_a_recipe(tmp_path):
    """GIP-RECIA/Service-Info-API: README:10 "**Démarrer en local** : `mvn clean package spring-boot:run`", the pom and the
    Maven wrapper committed; it failed "no container, recipe or instructions"."""
    r = _install(tmp_path, dict(SPRING_CODE, **{"README.md": "# Service-Info-API\n\n**Description** : API REST des fiches info des services ENT\n\n"
                                                              "**Démarrer en local** : `mvn clean package spring-boot:run`\n"}))
    assert r["status"] == "warn", r
    assert "build-tool" in r["details"]["runtimes"] and r["details"]["instructions"], r
    # (the bold title is a section of its own since f1's heading shapes; the command line otherwise)
    assert any(e.get("path") == "README.md" and e.get("line") == 5 for e in r["evidence"]), r["evidence"]


def test_a_developer_guide_in_docs_gives_the_instructions(tmp_path):
    """GIP-RECIA/MediaCentre-API: the README says nothing of running it, docs/dev.md does (`./mvnw clean compile spring-boot:run …`)
    after maintenance goals (`./mvnw notice:check`) that install nothing."""
    r = _install(tmp_path, dict(SPRING_CODE, **{
        "README.md": "# MediaCentre-API\nService ENT de gestion des ressources numériques éducatives.\n",
        "docs/dev.md": "# Support documentation\n\n## mvn commands\n\n`./mvnw notice:check` Checks that a NOTICE file exists.\n\n"
                       "### To run server with properties outside of project scope\n\n"
                       "`./mvnw clean compile spring-boot:run -Dspring-boot.run.fork=false`\n"}))
    assert r["details"]["instructions"] and r["status"] == "warn", r
    ev = [e for e in r["evidence"] if e.get("path") == "docs/dev.md"]
    assert ev and ev[0]["line"] == 9 and "spring-boot:run" in ev[0]["value"], r["evidence"]


def test_a_compose_command_after_an_environment_assignment_in_a_sentence_is_an_instruction(tmp_path):
    """grandlyon/glsdk-deploy: "Just copy the integration folder… Example: `ENVIRONMENT=production docker-compose up -d`."."""
    r = _install(tmp_path, {
        "README.md": "# GLSDK deploy\n\n## What to do if I want to add another environment?\n\nJust copy the integration folder, make the "
                     "changes you need and run docker-compose. Example: `ENVIRONMENT=production docker-compose up -d`.\n",
        "docker-compose.yml": "services:\n  server:\n    image: glsdk/server:1.0\n    env_file: ${ENVIRONMENT}/server.env\n",
        "integration/server.env": "PORT=8080\n"})
    assert r["details"]["instructions"], r


def test_debian_packaging_is_an_install_recipe(tmp_path):
    """erasme/kjing: a C#/Mono server packaged for Debian (debian/control, rules, postinst): "Install tooling: none" was false."""
    r = _install(tmp_path, {
        "README": "KJing\n=====\n\nA server to share documents between devices.\n",
        "kjing.sln": "Microsoft Visual Studio Solution File, Format Version 11.00\n",
        "kjing/kjing.csproj": "<Project><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>\n",
        "kjing/Server.cs": "namespace KJing {\n  public class Server : HttpServer {\n  }\n}\n",
        "debian/control": "Source: kjing\nBuild-Depends: debhelper (>= 8), mono-devel\n\nPackage: kjing\nArchitecture: all\n",
        "debian/rules": "#!/usr/bin/make -f\n%:\n\tdh $@\n"})
    assert {"system-package", "build-tool"} <= set(r["details"]["runtimes"]), r


ARCHETYPE = {
    "pom.xml": "<project>\n  <artifactId>liquibase-archetype</artifactId>\n  <packaging>maven-archetype</packaging>\n</project>\n",
    "src/main/resources/archetype-resources/dba/sql/init.sql": "CREATE TABLE ${appName}_version (id integer primary key, label text);\n",
}


def test_a_maven_archetype_s_readme_commands_are_its_install_steps(tmp_path):
    """DSI-Ville-Noumea/liquibase-archetype: "## Installation de l'archetype…" with `>> git clone …`, `>> mvn install`, then
    `>> mvn archetype:generate …`: warned "a section exists, without the loading steps"."""
    r = _install(tmp_path, dict(ARCHETYPE, **{
        "README.md": "# liquibase-archetype\n\nArchetype maven pour projet liquibase\n\n## Installation de l'archetype dans le repository maven local\n\n"
                     "```\n>> git clone https://github.com/DSI-Ville-Noumea/liquibase-archetype.git\n>> cd liquibase-archetype\n>> mvn install\n```\n"}))
    assert r["status"] == "pass", r


def test_a_link_to_a_to_do_sql_stub_of_comments_only_is_no_loading_step(tmp_path):
    """sigagglocompiegne/orga_gest_igeo: "[script générique](sql/igeo_public.sql) (à faire)", a file of comments only; it
    passed "how to load it is described". A link to a script with statements stays a step."""
    stub = "/*Script générique V1.0*/\n/* igeo_public.sql */\n-- ####\n-- FONCTION TRIGGER GENERIQUE\n"
    files = {"README.md": "# Principes organisationnels du SIG\n\n- Script générique mutualisé\n  * [script générique](sql/igeo_public.sql) (à faire)\n",
             "sql/igeo_public.sql": stub, "sql/m_voirie.sql": "CREATE TABLE m_voirie.troncon (id serial primary key, geom geometry(LineString, 2154));\n"}
    r = _install(tmp_path, files)
    assert r["status"] != "pass", r
    full = "CREATE OR REPLACE FUNCTION public.ft_maj() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;\n"
    r = _install(tmp_path / "b", dict(files, **{"sql/igeo_public.sql": stub + full}))
    assert r["status"] == "pass", r


def test_a_library_without_any_recipe_is_judged_as_a_library_not_a_service(tmp_path):
    """A plugin or library with nothing saying how to install it: the message says what it was judged as, not "run the service"."""
    r = _install(tmp_path, {"README.md": "# Extension\n", "agenda.info": "name = Agenda\ncore = 7.x\nfiles[] = agenda.module\n",
                            "agenda.module": "<?php\nfunction agenda_menu() {}\n"})
    assert r["status"] == "fail" and "A plugin of Drupal: no" in r["message"]["en"] and "Extension de Drupal : aucun" in r["message"]["fr"], r


TESTS = "reusability.tests-and-ci"


def test_a_maven_wrapper_test_step_after_a_build_skipping_tests_is_the_ci_s_test_run(tmp_path):
    """GIP-RECIA/MediaCentre-API: "Build backend: ./mvnw -B package -Dmaven.test.skip=true", then "Tests backend: ./mvnw test -Ptest";
    the report said "CI does not seem to run any test"."""
    wf = ("name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
          "      - name: Build backend\n        run: ./mvnw -B package -Pprod -Dmaven.test.skip=true -Darguments=\"-DskipTests\"\n\n"
          "      - name: Tests backend\n        run: ./mvnw test -Ptest\n")
    files = dict(SPRING_CODE, **{"README.md": "# MediaCentre-API\n", ".github/workflows/project.yml": wf,
                                 "src/test/java/fr/recia/info/InfoControllerTest.java": "package fr.recia.info;\nclass InfoControllerTest {\n  @Test void get() { new InfoController(); }\n}\n"})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [TESTS]))[TESTS]
    assert r["details"]["ci_runs_tests"], r
    assert any(e.get("line") == 12 and "mvnw test" in e.get("value", "") for e in r["evidence"]), r["evidence"]


def test_a_ci_build_skipping_tests_in_a_repository_without_tests_runs_no_test(tmp_path):
    """DSI-Ville-Noumea/pont-astre-400: Travis installs a jar (`mvn install:install-file`) and runs `mvn clean install
    -DskipTests=true`, no test exists: "CI: travis running the tests" was false (dassdeces: `mvn install -DSkipTests=true`)."""
    travis = ("language: java\nbefore_install: mvn install:install-file -Dfile=./lib/classes12.jar -DgroupId=com.oracle\n"
              "install: true\nscript: mvn clean install -DskipTests=true versioneye:update\n")
    files = {"README.md": "# pont-astre-400\n", ".travis.yml": travis, "pom.xml": "<project><artifactId>pont-astre-400</artifactId></project>\n",
             "src/main/java/nc/noumea/Passerelle.java": "package nc.noumea;\npublic class Passerelle {\n  public static void main(String[] a) {}\n}\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [TESTS]))[TESTS]
    assert not r["details"]["ci_runs_tests"] and "running the tests" not in r["message"]["en"] and r["status"] == "fail", r
    travis = travis.replace("-DskipTests=true versioneye:update", "versioneye:update")  # tests exist and run: found
    files = dict(files, **{".travis.yml": travis, "src/test/java/nc/noumea/PasserelleTest.java": "class PasserelleTest {\n  @Test void passe() { new Passerelle(); }\n}\n"})
    r = results(run_audit(build(tmp_path / "b", files), tmp_path / "c2", [TESTS]))[TESTS]
    assert r["details"]["ci_runs_tests"], r


DATA = "interoperability.data-standards"


def _data(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [DATA]))[DATA]


def test_a_new_caledonian_host_name_is_no_netcdf_file(tmp_path):
    """DSI-Ville-Noumea/puppet-backupexec: templates/ralus.cfg.erb `Agent Directory List_1=sppsbe0.site-mairie.noumea.nc` gave
    "Open formats: NetCDF"; a NetCDF file the code opens stays one."""
    files = {"README.md": "# backupexec\n\nInstalle l'agent Backup Exec.\n",
             "manifests/init.pp": "class backupexec (\n  $pkgname = 'VRTSralus',\n) {\n  file { '/etc/VRTSralus/ralus.cfg':\n"
                                  "    content => template('backupexec/ralus.cfg.erb'),\n  }\n}\n",
             "templates/ralus.cfg.erb": "Software\\VERITAS\\Backup Exec\\Engine\\Agents\\Agent Directory List_1=sppsbe0.site-mairie.noumea.nc\n"}
    r = _data(tmp_path, files)
    assert "NetCDF" not in r["details"]["formats"], r
    r = _data(tmp_path / "b", dict(files, **{"load.py": "import xarray\nds = xarray.open_dataset('data/temperature_2020.nc')\n"}))
    assert "NetCDF" in r["details"]["formats"], r


def test_a_class_named_stylesheet_jsp_bean_is_no_spreadsheet_library(tmp_path):
    """lutece-secteur-public/comarquage-plugin-dila: "Open formats: ODS/tableur" at `public class StyleSheetJspBean` (SheetJS,
    read without case)."""
    r = _data(tmp_path, {"README.md": "# comarquage\n",
                         "src/java/fr/paris/lutece/plugins/dila/web/StyleSheetJspBean.java":
                             "package fr.paris.lutece.plugins.dila.web;\n\n/**\n * Manage the StyleSheet of DILA features\n */\n"
                             "public class StyleSheetJspBean extends PluginAdminPageJspBean\n{\n}\n"})
    assert "ODS/tableur" not in (r.get("details") or {}).get("formats", []), r


def test_a_postgis_model_of_the_gtfs_tables_follows_the_gtfs_standard(tmp_path):
    """Carto-NA/transport_routier: schema gtfs_test with agency, stops, routes, trips, stop_times — the GTFS reference table by table;
    it failed "Open formats: OGC Simple Features, SQL" with no public schema."""
    sql = ("CREATE SCHEMA IF NOT EXISTS gtfs_test;\nCOMMENT ON SCHEMA gtfs_test IS 'Schéma pour les données du transport routier';\n"
           "CREATE TABLE gtfs_test.agency (agency_id text PRIMARY KEY, agency_name text, agency_url text, agency_timezone text);\n"
           "CREATE TABLE gtfs_test.stops (stop_id text PRIMARY KEY, stop_name text, geom geometry(Point, 2154));\n"
           "CREATE TABLE gtfs_test.stop_times (trip_id text, arrival_time text, departure_time text, stop_id text, stop_sequence integer);\n")
    r = _data(tmp_path, {"README.md": "# transport_routier\n", "sql/transport_routier_10_structure.sql": sql})
    assert "GTFS/NeTEx" in r["details"]["formats"] and r["status"] in ("warn", "pass"), r


API = "interoperability.api-spec"
CKAN_REST = ("package fr.paris.lutece.plugins.document.modules.ckan.rs;\n\nimport javax.ws.rs.GET;\nimport javax.ws.rs.Path;\n"
             "import javax.ws.rs.Produces;\nimport javax.ws.rs.core.MediaType;\n\n@Path( RestConstants.BASE_PATH + \"ckan/api/3/action\" )\n"
             "public class CkanRest\n{\n    @GET\n    @Path( \"package_list\" )\n    @Produces( MediaType.APPLICATION_JSON )\n"
             "    public String getPackageList( )\n    {\n        return \"[]\";\n    }\n}\n")


def test_a_java_module_whose_classes_are_jax_rs_resources_is_judged_as_an_api_too(tmp_path):
    """lutece-secteur-public/opendata-module-document-ckan: kind "library" from its pom, rs/CkanRest.java serves a CKAN-compatible
    JSON API (`@Path`, `@GET`, `@Produces(APPLICATION_JSON)`); api-spec said "Not applicable… a library or package"."""
    files = {"README.md": "# Module CKAN\n\nExpose les documents publiés via une API REST compatible CKAN.\n",
             "pom.xml": "<project>\n  <artifactId>module-document-ckan</artifactId>\n  <packaging>lutece-plugin</packaging>\n  <name>Lutece CKAN module</name>\n</project>\n",
             "src/java/fr/paris/lutece/plugins/document/modules/ckan/rs/CkanRest.java": CKAN_REST,
             "src/java/fr/paris/lutece/plugins/document/modules/ckan/service/CkanService.java":
                 "package fr.paris.lutece.plugins.document.modules.ckan.service;\npublic class CkanService {\n}\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [API])
    also = report["facts"]["project"].get("also_kinds") or []
    assert any(a["kind"] == "api-service" for a in also), report["facts"]["project"]
    r = results(report)[API]
    assert r["status"] == "fail" and "CkanRest.java" in r["message"]["en"], r


def test_jax_rs_resources_of_a_web_plugin_answering_json_are_an_api(tmp_path):
    """lutece-secteur-public/hophacks-plugin-shelters: rs/ShelterRest.java (`@Produces( MediaType.APPLICATION_JSON )`), JAX-RS brought
    by Lutece's rest plugin; api-spec said "No served API detected (no API framework declared, no code answering JSON)"."""
    files = {"README.md": "# Shelters\n", "pom.xml": "<project>\n  <artifactId>plugin-shelters</artifactId>\n  <packaging>lutece-plugin</packaging>\n</project>\n",
             "webapp/jsp/admin/plugins/shelters/ManageShelters.jsp": "<%@ page errorPage=\"../../ErrorPage.jsp\" %>\n",
             "src/java/fr/paris/lutece/plugins/shelters/rs/ShelterRest.java": CKAN_REST.replace("CkanRest", "ShelterRest")}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [API]))[API]
    assert r["status"] == "warn" and "ShelterRest.java" in r["message"]["en"], r


def test_a_spring_boot_batch_job_is_no_web_application(tmp_path):
    """DSI-Ville-Noumea/batch-migrate-sharepoint-to-alfresco: spring-boot-starter-batch only; api-spec warned "Web application
    (spring-boot-starter-batch) without an API specification"."""
    pom = SPRING_POM.replace("spring-boot-starter-web", "spring-boot-starter-batch")
    files = {"README.md": "# batch-migrate\n\nBatch de migration Sharepoint vers Alfresco.\n", "pom.xml": pom,
             "src/main/java/nc/noumea/batch/Application.java": "package nc.noumea.batch;\n\n@SpringBootApplication\n@EnableBatchProcessing\n"
                                                               "public class Application {\n  public static void main(String[] a) { SpringApplication.run(Application.class, a); }\n}\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [API]))[API]
    assert "Web application" not in r["message"]["en"] and r["status"] != "warn", r
    r = results(run_audit(build(tmp_path / "b", dict(files, **{"pom.xml": SPRING_POM})), tmp_path / "c2", [API]))[API]
    assert r["status"] == "warn" and "spring-boot-starter-web" in r["message"]["en"], r  # (the web starter: still judged a web application)


def test_a_csharp_program_that_is_its_own_http_server_is_no_static_site(tmp_path):
    """erasme/kjing and webnapperon2: a Mono HTTP server (`public class Server: HttpServer`) with its web UI in share/www; the kind
    was "static site or map" (HTML pages), so api-spec, configuration and auth gave N/A "a static site"."""
    files = {"README": "KJing\n", "kjing/KJing.csproj": "<Project><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>\n",
             "kjing/Server.cs": "using Erasme.Http;\nnamespace KJing {\n\tpublic class Server: HttpServer\n\t{\n\t}\n}\n",
             "kjing/Main.cs": "namespace KJing {\n\tclass MainClass {\n\t\tpublic static void Main(string[] args) { new Server(8080).Start(); }\n\t}\n}\n",
             "share/www/admin/index.html": "<!doctype html><html><head><title>KJing</title></head><body><script src=\"admin.js\"></script></body></html>\n",
             "share/www/admin/admin.js": "var app = {};\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [API])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    r = results(report)[API]
    assert r["status"] == "warn" and "kjing/Server.cs" in r["message"]["en"], r


def test_a_spring_boot_web_application_is_named_by_its_web_starter(tmp_path):
    """GIP-RECIA/sympa-api and Service-Info-API: "Web application (org.springframework.boot:spring-boot-starter-cache)", "(…-data-ldap)":
    the first starter in alphabetical order, not the one that serves."""
    pom = SPRING_POM.replace("    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-web",
                             "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-cache</artifactId>\n"
                             "    </dependency>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-security</artifactId>\n"
                             "    </dependency>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-web")
    # (a page controller, @Controller: a @RestController serves an API, a fail of its own since session 16)
    page = {"src/main/java/fr/recia/info/InfoController.java": SPRING_CODE["src/main/java/fr/recia/info/InfoController.java"].replace("@RestController", "@Controller")}
    r = results(run_audit(build(tmp_path / "r", dict(SPRING_CODE, **{"pom.xml": pom, "README.md": "# sympa-api\n"}, **page)), tmp_path / "c", [API]))[API]
    assert r["status"] == "warn" and "spring-boot-starter-web)" in r["message"]["en"], r


def test_a_spring_rest_controller_answers_json(tmp_path):
    """GIP-RECIA/sympa-api: Spring `@RestController`s answering the ENT's JSON; data-standards said "no open format read or
    written" (fail 0). The JSON of its own API, no data of its own: no schema expected."""
    files = dict(SPRING_CODE, **{"README.md": "# sympa-api\n\nAPI pour les services : Listes de diffusion\n",
                                 "src/main/java/fr/recia/info/InfoController.java": "package fr.recia.info;\n\n@RestController\n@RequestMapping(\"/api\")\n"
                                                                                    "public class InfoController {\n  @GetMapping(\"/lists\")\n  public List<String> lists() { return List.of(); }\n}\n"})
    r = _data(tmp_path, files)
    assert "no open format" not in r["message"]["en"] and ("JSON" in (r.get("details") or {}).get("formats", []) or r["status"] == "not_applicable"), r


def test_a_lutece_plugin_is_judged_as_a_plugin_installed_into_a_lutece_site(tmp_path):
    """lutece-secteur-public/gru-plugin-cgu and six other Lutece plugins: "No reproducible way to run the service" for a plugin added
    to a Lutece site's pom; the verdict now says what it judged (a plugin of Lutece, its Maven build) and the remediation fits a plugin."""
    files = {"README.md": "# Plugin CGU\n\nGestion des conditions générales d'utilisation.\n",
             "pom.xml": "<project>\n  <artifactId>plugin-cgu</artifactId>\n  <packaging>lutece-plugin</packaging>\n</project>\n",
             "webapp/jsp/admin/plugins/cgu/ManageCgus.jsp": "<%@ page errorPage=\"../../ErrorPage.jsp\" %>\n",
             "src/java/fr/paris/lutece/plugins/cgu/web/CguJspBean.java": "package fr.paris.lutece.plugins.cgu.web;\npublic class CguJspBean {\n}\n"}
    r = _install(tmp_path, files)
    assert r["status"] == "fail" and r["message"]["en"].startswith("A plugin of Lutece: install tooling: build-tool"), r
    assert r["message"]["fr"].startswith("Extension de Lutece : outillage d'installation : build-tool"), r
    assert "Lutece" in r["remediation"]["en"] and "Dockerfile" not in r["remediation"]["en"], r


def test_a_shell_project_s_test_sh_is_its_test_suite(tmp_path):
    """nantesmetropole/docker-debian: test.sh (assert_equal, test_files, test_tz…) run by `make test` in Travis and GitLab CI;
    the report said "0 test file(s) for 2 source file(s)"."""
    files = {"README.md": "# docker-debian\n\nDebian base images.\n",
             "Makefile": "DIST ?= jessie\n\nimage:\n\t./build.sh $(DIST)\n\ntest:\n\t./test.sh $(DIST)\n",
             "build.sh": "#!/bin/sh\nset -e\ndebootstrap --variant=minbase \"$1\" rootfs\n",
             "test.sh": "#!/bin/sh\nassert_equal() { [ \"$1\" = \"$2\" ] || exit 1; }\ntest_tz() { assert_equal \"$(cat /etc/timezone)\" Etc/UTC; }\ntest_tz\n",
             ".travis.yml": "language: bash\nscript:\n  - make image\n  - make test\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [TESTS]))[TESTS]
    assert r["details"]["test_files"] == 1 and r["details"]["ci_runs_tests"], r


def test_a_plugin_shipping_the_national_xsd_it_writes_to_follows_a_published_schema(tmp_path):
    """lutece-secteur-public/actes-plugin-actes: sends acts to the State's legality control in the ACTES XML standard and ships its
    XSDs (ext/src/xml/actesv1_1.xsd, insee-commun.xsd); data-standards failed "No published data schema, and no open format"."""
    xsd = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
           "targetNamespace=\"http://www.interieur.gouv.fr/ACTES#v1.1-20040216\">\n  <xs:element name=\"Acte\" type=\"xs:string\"/>\n</xs:schema>\n")
    files = {"README.md": "# Plugin ACTES\n\nTélétransmission des actes au contrôle de légalité.\n",
             "pom.xml": "<project>\n  <artifactId>plugin-actes</artifactId>\n  <packaging>lutece-plugin</packaging>\n</project>\n",
             "ext/src/xml/actesv1_1.xsd": xsd,
             "src/java/fr/paris/lutece/plugins/actes/service/ActesService.java": "package fr.paris.lutece.plugins.actes.service;\n"
                                                                                  "public class ActesService {\n  public void send() {}\n}\n"}
    r = _data(tmp_path, files)
    assert "XML (XSD)" in r["details"]["formats"] and r["status"] == "warn" and "1 XML Schema(s) (XSD)" in r["message"]["en"], r


def test_no_ci_file_is_said_as_none_in_the_repository(tmp_path):
    """lutece-secteur-public/gru-plugin-cgu: "CI: none" beside the README's Jenkins badge (a CI outside the repository): the message
    says what was measured, no CI configuration in the repository."""
    files = {"README.md": "# Plugin CGU\n\n[![Build Status](https://dev.lutece.paris.fr/jenkins/buildStatus/icon?job=plugin-cgu-deploy)]"
                          "(https://dev.lutece.paris.fr/jenkins/job/plugin-cgu-deploy/)\n",
             "src/java/fr/paris/lutece/plugins/cgu/web/CguJspBean.java": "package fr.paris.lutece.plugins.cgu.web;\npublic class CguJspBean {\n}\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [TESTS]))[TESTS]
    assert "CI: none in the repository" in r["message"]["en"] and "CI : aucune dans le dépôt" in r["message"]["fr"], r


def test_a_maven_goal_before_test_and_a_python_test_py_are_a_test_run(tmp_path):
    """Session 8 reads (regressions of the session): `mvn versioneye:update test jacoco:report` (sirh-kiosque) and `pytest
    mviewerstudio_backend/test.py` (mviewerstudio, its pytest suite named test.py) were "CI does not seem to run any test"."""
    travis = "language: java\nscript: mvn versioneye:update test jacoco:report\n"
    files = {"README.md": "# kiosque\n", ".travis.yml": travis, "pom.xml": "<project><artifactId>kiosque</artifactId></project>\n",
             "src/main/java/nc/K.java": "package nc;\npublic class K {}\n", "src/test/java/nc/KTest.java": "package nc;\nclass KTest {\n  @Test void k() { new K(); }\n}\n"}
    r = results(run_audit(build(tmp_path / "mvn", files), tmp_path / "c", [TESTS]))[TESTS]
    assert r["details"]["ci_runs_tests"], r
    wf = ("name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
          "      - run: cd srv/python && pytest mviewerstudio_backend/test.py\n")
    files = {"README.md": "# studio\n", ".github/workflows/build.yml": wf, "srv/python/mviewerstudio_backend/app.py": "def create():\n    return 1\n",
             "srv/python/mviewerstudio_backend/test.py": "from .app import create\n\n\ndef test_create():\n    assert create() == 1\n"}
    r = results(run_audit(build(tmp_path / "py", files), tmp_path / "c2", [TESTS]))[TESTS]
    assert r["details"]["ci_runs_tests"] and "0 test file" not in r["message"]["en"], r


def test_xslt_stylesheets_read_xml_but_one_listing_stylesheet_exchanges_no_data(tmp_path):
    """comarquage-plugin-dila (session 7): 40 XSLT rendering DILA's published XML flows are XML read; geo2france-qgis2-plugin
    (regression corpus, session 8): one repo/plugins.xsl rendering a QGIS plugin repository's list in a browser is no data format."""
    ds = "interoperability.data-standards"
    xsl = "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>\n"
    plugin = {"README.md": "# Dépôt de plugins QGIS\n", "repo/plugins.xml": "<plugins><pyqgis_plugin name=\"x\"/></plugins>\n",
              "repo/plugins.xsl": xsl, "metadata.txt": "[general]\nname=Geo2France\nqgisMinimumVersion=2.0\n", "geo2france/__init__.py": "\n"}
    r = results(run_audit(build(tmp_path / "one", plugin), tmp_path / "c1", [ds]))[ds]
    assert "XSLT" not in r["message"]["en"], r["message"]
    flows = dict(plugin, **{f"xsl/fiche{i}.xsl": xsl for i in range(3)})
    r = results(run_audit(build(tmp_path / "many", flows), tmp_path / "c2", [ds]))[ds]
    assert "XML (XSLT)" in r["message"]["en"], r["message"]


def test_a_composer_library_and_a_cordova_app_have_their_packaging(tmp_path):
    """Session 8 reads: SDIS62/toolbox (composer.json "type": "library", `composer require sdis62/toolbox`) and
    Metromobilite/MetromobiliteAppMobile (config.xml's Cordova <widget>, built with `cordova build`) failed "no container, recipe or
    instructions"; a Composer application ("type": "project") is no package of its own."""
    composer = '{\n  "name": "sdis62/toolbox",\n  "type": "library",\n  "require": {"php": ">=5.3"}\n}\n'
    r = _install(tmp_path / "a", {"composer.json": composer, "README.md": "# Toolbox\n\nBibliothèque PHP du SDIS.\n",
                                  "library/SDIS62/Rest/Server.php": "<?php\nclass SDIS62_Rest_Server {}\n"})
    assert "package" in r["details"]["runtimes"], r
    r = _install(tmp_path / "b", {"composer.json": composer.replace('"library"', '"project"'), "README.md": "# App\n\nUne application.\n",
                                  "index.php": "<?php\necho $_GET['q'];\n"})
    assert "package" not in r["details"]["runtimes"], r
    widget = ('<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<widget id="org.lametro.app" version="3.1.1" xmlns="http://www.w3.org/ns/widgets" '
              'xmlns:cdv="http://cordova.apache.org/ns/1.0">\n    <name>App</name>\n</widget>\n')
    r = _install(tmp_path / "c", {"config.xml": widget, "README": "L'application mobile de transport de l'agglomération.\n",
                                  "www/index.html": "<html><body><script src='js/app.js'></script></body></html>\n",
                                  "www/js/app.js": "document.addEventListener('deviceready', function () {});\n"})
    assert "build-tool" in r["details"]["runtimes"], r


def test_a_parts_readme_giving_the_install_command_is_written_instructions(tmp_path):
    """cbn-alpin/various-scripts (session 8 reads): transform/README.md gives `pipenv install` for the transform scripts; once the
    repository was no longer read as a data model, install said "no container, recipe or instructions"."""
    files = {"README.md": "# Scripts divers\n\n- transform/ (Python) : outils de transformation des données.\n",
             "transform/README.md": "# Transform\n\n- Installer les dépendances :\n  - `pipenv install`\n",
             "transform/Pipfile": "[packages]\nclick = \"*\"\n", "transform/bin/run.py": "import click\n\n@click.command()\ndef main():\n    pass\n"}
    r = _install(tmp_path, files)
    assert r["details"]["instructions"], r
    assert any(e.get("path") == "transform/README.md" for e in r["evidence"]), r["evidence"]
