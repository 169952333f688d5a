"""reusability.build-output counted as committed build output everything under dist/ (issue 12, session 22 reader a2): a Java
project's dist/ Maven module (its pom.xml, assembly descriptors and install and update scripts) and an API's dist/ Docker context
(Dockerfile, image and entrypoint scripts, a sample configuration) are written by people, not by a build. A dist/ folder holding a
build manifest, a container recipe or scripts and no file a build writes is the project's sources now; a dist/ of bundles stays output."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BUILD = "reusability.build-output"

APP = {"README.md": "# Gestion des points d'eau\n\nL'application des sapeurs-pompiers pour gérer les points d'eau.\n",
       "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.sdis</groupId><artifactId>eau</artifactId><version>1.0</version></project>\n",
       "src/main/java/fr/sdis/eau/App.java": "package fr.sdis.eau;\n\npublic class App {\n    public static void main(String[] args) {\n    }\n}\n",
       "dist/pom.xml": ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.sdis</groupId><artifactId>eau-dist</artifactId>"
                        "<version>1.0</version><packaging>pom</packaging></project>\n"),
       "dist/src/main/assembly/install.xml": "<assembly><id>install</id><formats><format>tar.gz</format></formats></assembly>\n",
       "dist/package-install.sh": "#!/bin/sh\nset -e\nmvn -f dist/pom.xml package\n",
       "api/dist/Dockerfile": "FROM eclipse-temurin:17-jre\nCOPY api.jar /app/api.jar\nENTRYPOINT [\"/entrypoint.sh\"]\n",
       "api/dist/entrypoint.sh": "#!/bin/sh\nexec java -jar /app/api.jar\n",
       "api/dist/example/config/api.conf": "database.url=jdbc:postgresql://localhost/eau\n"}


def test_a_dist_folder_of_packaging_sources_is_no_build_output(tmp_path):
    res = judge(tmp_path, APP, [BUILD])[1][BUILD]
    assert res["status"] == "pass", res["message"]


def test_a_dist_folder_of_bundles_stays_build_output(tmp_path):
    files = dict(APP, **{"front/dist/app.3f2a9c1b7d.js": "!function(){var a=1;console.log(a)}();\n",
                         "front/dist/deploy.sh": "#!/bin/sh\nrsync -a front/dist/ web:/srv/www/\n"})
    res = judge(tmp_path, files, [BUILD])[1][BUILD]
    assert res["status"] != "pass", res["message"]
    paths = [e.get("path") for e in res.get("evidence") or []]
    assert "front/dist/app.3f2a9c1b7d.js" in paths and not any(p and p.startswith(("dist/", "api/dist/")) for p in paths), res["message"]
