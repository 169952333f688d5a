"""A Docker build context named build/ is written by people (issue 12, session 21 reader r2 on a dockerised Drupal portal):
docker/build/Dockerfile.* were "generated build output" because any build/ segment made a path generated, so
reusability.install saw only the compose file ("Install tooling: compose") and advised adding the Dockerfile the repository
has. A container recipe in build/ or out/, and anything in a docker/ folder's build/, are now the project's; a committed
front-end build/ and dist/ stay build output."""

from __future__ import annotations

import pytest

from auditor.facts.inventory import is_generated
from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.install"

README = ("# Portail cartographique\n\nSite du catalogue de cartes.\n\n## Installation\n\n```\ncd docker\ncp .env.dist .env\n"
          "docker compose build && docker compose up -d\n```\n")
COMPOSE = ("services:\n  web:\n    build:\n      context: ./build\n      dockerfile: Dockerfile.web\n    ports:\n      - \"8080:80\"\n"
           "    environment:\n      DB_HOST: db\n  db:\n    image: postgis/postgis:15-3.4\n")
DOCKERFILE = "FROM php:8.2-apache\nCOPY site.conf /etc/apache2/sites-enabled/\nCOPY entrypoint.sh /usr/local/bin/\n"


@pytest.mark.parametrize(("path", "generated"), [
    ("docker/build/Dockerfile.web", False),
    ("docker/build/entrypoint.sh", False),
    ("docker/build/php.ini", False),
    ("build/Dockerfile", False),
    ("out/docker-compose.yml", False),
    ("build/static/js/main.1a2b3c.js", True),   # a committed front-end build stays output
    ("frontend/build/index.html", True),
    ("build/lib/pkg/module.py", True),          # setuptools' build/lib/
    ("dist/Dockerfile", True),                  # dist/ and target/ stay output wholly
    ("target/docker/Dockerfile", True),
])
def test_what_a_build_folder_holds(path, generated):
    assert is_generated(path) is generated


def test_a_dockerfile_in_a_docker_build_context_is_install_tooling(tmp_path):
    files = {"README.md": README, "docker/docker-compose.yaml": COMPOSE, "docker/.env.dist": "DB_PASS=changeme\n",
             "docker/build/Dockerfile.web": DOCKERFILE, "docker/build/entrypoint.sh": "#!/bin/sh\nexec apache2-foreground\n",
             "docker/build/site.conf": "<VirtualHost *:80>\n  DocumentRoot /var/www/html\n</VirtualHost>\n",
             "modules/carte/carte.module": "<?php\nfunction carte_menu() {\n  return array();\n}\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    assert "container" in r["message"]["en"], r["message"]
    assert r["status"] == "pass", r["message"]


def test_a_compose_file_alone_still_lacks_the_image_recipe(tmp_path):
    # the neighbouring case: no Dockerfile anywhere, the compose file builds from a context the repository does not hold
    files = {"README.md": README, "docker/docker-compose.yaml": COMPOSE, "docker/.env.dist": "DB_PASS=changeme\n",
             "build/static/js/main.1a2b3c.js": "!function(){var a=1}();\n",
             "modules/carte/carte.module": "<?php\nfunction carte_menu() {\n  return array();\n}\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    assert "container" not in r["message"]["en"] and r["status"] != "pass", r["message"]
