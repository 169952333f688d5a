"""A language runtime's image rebuilt in a publisher's own namespace names that runtime (issue 12, s42 fi42 = reader rb42 on
OPEN-ENT-NG/geogebra).

An ENT module's front was built and tested with docker-compose's ``image: opendigitaleducation/node:10`` (the ENT editor's own
Node image, tagged with Node's version): scaling.end-of-life read only Java 8 and passed. An image whose last path segment is a
language runtime's official image name (node, python, php, ruby, golang) and whose tag starts with a version states that runtime's
version, in any namespace.
Near misses: a database's name in a publisher's namespace (acme/postgresql:9.6), a runtime image tagged without a version
(acme/node:latest) and an image of a private registry (registry.example.org/acme/node:10, an internal build) stay unread.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

BUILD_GRADLE = "apply plugin: 'java'\nsourceCompatibility = 1.8\ntargetCompatibility = 1.8\n"
COMPOSE = """version: "3"
services:
  gradle:
    image: gradle:4.5-alpine
    working_dir: /home/gradle/project
  node:
    image: {image}
    working_dir: /home/node/app
"""
PACKAGE = '{"name": "quiz-module", "private": true, "devDependencies": {"gulp": "^3.9.1"}}\n'


def _files(image: str) -> dict:
    return {"README.md": "# Quiz\n\nUn module de l'ENT.\n", "build.gradle": BUILD_GRADLE, "docker-compose.yml": COMPOSE.format(image=image),
            "package.json": PACKAGE, "src/main/java/fr/ent/Quiz.java": "package fr.ent;\n\npublic class Quiz {}\n"}


def test_a_publishers_node_image_tagged_with_its_version_is_node(tmp_path):
    r = check_result(tmp_path, _files("opendigitaleducation/node:10"), "scaling.end-of-life")
    assert r["status"] != "pass" and "Node.js 10" in r["message"]["en"], r["message"]


def test_a_database_name_or_an_untagged_runtime_in_a_namespace_stays_unread(tmp_path):
    for i, image in enumerate(("acme/postgresql:9.6", "opendigitaleducation/node:latest", "registry.example.org/acme/node:10")):
        r = check_result(tmp_path / str(i), _files(image), "scaling.end-of-life")
        assert r["status"] == "pass" and "Node.js" not in r["message"]["en"] and "PostgreSQL" not in r["message"]["en"], r["message"]
