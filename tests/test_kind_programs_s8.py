"""Kinds of project decided wrongly on session 7's first reads (issue 12): deployments of software made elsewhere (a compose
file of published images, a base image's Dockerfile) read as "a data specification" from their README, programs (a root
script, a Go exporter, a Java batch naming its main class, a Spring Batch job) read as libraries or API services. Each on a
git fixture shaped like the real case; the kind names what the messages judge."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>nc.mairie</groupId><artifactId>{a}</artifactId><version>1.0</version>"
       "<packaging>jar</packaging><dependencies>{deps}</dependencies><build><plugins>{plugins}</plugins></build></project>\n")
DEP = "<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId></dependency>"


def _kind(tmp_path, files):
    project, _ = kind_and_results(tmp_path, files, ["reusability.install"])
    return project["kind"], project["kind_decided"]


def test_a_compose_file_of_published_images_is_a_deployment(tmp_path):
    """grandlyon/glsdk-deploy, sigrennesmetropole/matomo_RM: docker-compose.yml of published images with per-environment .env
    files and a proxy's configuration, no code of their own: kind "data-specification (undecided, document)" before."""
    files = {"README.md": "# GLSDK deploy\n\nDeployment of the GLSDK.\n",
             "docker-compose.yml": "services:\n  server:\n    image: grandlyon/glsdk-server:1.2\n    env_file: integration/server.env\n"
                                   "  appdb:\n    image: mariadb:10.2\n    env_file: integration/appdb.env\n",
             "integration/server.env": "APP_DB_HOST=appdb\n", "integration/appdb.env": "MYSQL_DATABASE=app\n", "matomo.conf": "server {\n}\n"}
    assert _kind(tmp_path, files) == ("infrastructure", True)


def test_a_base_images_dockerfile_and_makefile_is_a_deployment_not_a_document(tmp_path):
    """nantesmetropole/docker-debian: templates/Dockerfile, a Makefile and shell scripts building a base image."""
    files = {"README.md": "# docker-debian\n\nBuilds our Debian base images.\n", "Makefile": "build:\n\tdocker build templates\n",
             "templates/Dockerfile": "FROM scratch\nADD rootfs.tar.xz /\n", "templates/post-debootstrap.sh": "#!/bin/sh\napt-get clean\n",
             "test.sh": "#!/bin/sh\ndocker run --rm debian true\n"}
    assert _kind(tmp_path, files) == ("infrastructure", True)


def test_a_root_script_with_a_main_guard_and_a_go_main_package_are_programs(tmp_path):
    """sigrennesmetropole/monit-ods main.py and DSI-Ville-Noumea/etemptation_lunch_ticket.py (`if __name__ == '__main__':`, no
    argument parser, requirements.txt only); DSI-Ville-Noumea/mobyt-exporter (mobyt.go: package main, func main): "library"
    before. A module of a Python package keeps its kind."""
    script = "import json\nimport requests\n\n\ndef run():\n    print(json.dumps({}))\n\n\nif __name__ == '__main__':\n    run()\n"
    assert _kind(tmp_path / "py", {"README.md": "# Monit\n", "main.py": script, "requirements.txt": "requests\n"}) == ("cli-tool", True)
    # (the exporter serves its metrics over HTTP for Prometheus: a daemon run with its flags, no web service — session 17)
    go = ("package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/prometheus/client_golang/prometheus/promhttp\"\n)\n\n"
          "func handler() {}\n\nfunc main() {\n\thttp.Handle(\"/metrics\", promhttp.Handler())\n\thttp.ListenAndServe(\":9100\", nil)\n}\n")
    assert _kind(tmp_path / "go", {"README.md": "# Exporter\n", "mobyt.go": go, "go.mod": "module mobyt\n\ngo 1.18\n"}) == ("cli-tool", True)
    lib = {"README.md": "# Lib\n", "pyproject.toml": "[project]\nname = \"geolib\"\nversion = \"1.0\"\n", "geolib.py": script}
    assert _kind(tmp_path / "lib", lib)[0] != "cli-tool"


def test_a_java_build_naming_its_main_class_and_a_spring_batch_job_are_programs(tmp_path):
    """DSI-Ville-Noumea/dassdeces (pom.xml <mainClass>nc.mairie.etatcivil.DASSDeces</mainClass>), slack-birthday-BOT: "library
    (named package)" before; batch-migrate-sharepoint-to-alfresco (spring-boot-starter-batch, no web starter): "API service"
    before. A Spring Boot application with the web starter is still an API service."""
    jar = "<plugin><artifactId>maven-jar-plugin</artifactId><configuration><archive><manifest><mainClass>nc.mairie.etatcivil.DASSDeces</mainClass>" \
          "</manifest></archive></configuration></plugin>"
    java = {"src/main/java/nc/mairie/etatcivil/DASSDeces.java": "package nc.mairie.etatcivil;\npublic class DASSDeces {\n"
            "    public static void main(String[] args) {}\n}\n"}
    pom = POM.format(a="dassdeces", deps=DEP.format(g="commons-io", a="commons-io"), plugins=jar)
    assert _kind(tmp_path / "jar", {"README.md": "# DASS\n", "pom.xml": pom, **java}) == ("cli-tool", True)
    boot = POM.format(a="batch", deps=DEP.format(g="org.springframework.boot", a="spring-boot-starter-batch"),
                      plugins="<plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin>")
    assert _kind(tmp_path / "batch", {"README.md": "# Migration\n", "pom.xml": boot, **java})[0] == "cli-tool"
    web = boot.replace("spring-boot-starter-batch", "spring-boot-starter-web")
    assert _kind(tmp_path / "web", {"README.md": "# API\n", "pom.xml": web, **java})[0] == "api-service"


LUTECE_POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.paris.lutece.plugins</groupId><artifactId>plugin-x</artifactId>"
              "<packaging>lutece-plugin</packaging><version>1.0</version></project>\n")


def _lutece(extra: dict) -> dict:
    java = {f"src/java/fr/paris/lutece/plugins/x/service/S{i}.java": f"package fr.paris.lutece.plugins.x.service;\npublic class S{i} {{}}\n"
            for i in range(5)}
    sql = {f"src/sql/plugins/x/plugin/create_db_x{i}.sql": f"CREATE TABLE x_t{i} (id INT PRIMARY KEY, label VARCHAR(50));\n" for i in range(4)}
    return {"README.md": "# Plugin X\n", "pom.xml": LUTECE_POM, **java, **sql, **extra}


def test_a_lutece_plugin_is_no_data_model_nor_a_static_site(tmp_path):
    """lutece-platform/lutece-tech-plugin-liquibase and hackathon-franceconnect-poc-stationnement (session 8 reads): 5 Java files
    beside the plugin's 4 SQL install scripts were "a data model"; gru-plugin-account-generator and eudonet-module-workflow with one
    back-office template were "a static site". A plugin of Lutece (pom <packaging>lutece-plugin</packaging>) is a plugin of its host,
    or a web application when it serves front-office pages (skin templates)."""
    assert _kind(tmp_path / "tech", _lutece({})) == ("library", True)
    admin = _lutece({"webapp/WEB-INF/templates/admin/plugins/x/manage_x.html": "<@tform><input name=\"label\"></@tform>\n"})
    assert _kind(tmp_path / "admin", admin) == ("library", True)
    skin = _lutece({"webapp/WEB-INF/templates/skin/plugins/x/x_form.html": "<form action=\"jsp/site/Portal.jsp\"></form>\n"})
    assert _kind(tmp_path / "skin", skin) == ("web-application", True)
    plain = {k: v for k, v in _lutece({}).items() if k != "pom.xml"}  # the same SQL beside plain Java: still a data model
    assert _kind(tmp_path / "plain", plain)[0] == "data-model"
