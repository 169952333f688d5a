"""A deployment kit's settings file that the README says to edit and its Dockerfile copies into the image is its settings template
(issue 12, s37 fa37 = Inserm-IST/MTW-MeSH-Docker).

The repository holds no source code: a Dockerfile that downloads a release of the application and copies mtw-dist.ini into it, a
compose.yaml, the settings file and a README whose "#### Edit the mtw-dist.ini file" says "Modify the values for your personal
configuration". files.env_template was null: the README-named settings rule ran only where the repository holds code (so that a
Spring Cloud Config repository's application.yml, the settings themselves, is no template). It now also runs for a file the
repository's container recipe hands to the application it builds. The near miss: the same README and settings file with no recipe
handing it over (a repository of settings alone) keeps no template. The files are written for this test, in the shape of the real
ones."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

_INI = ("# -*- coding: utf-8 -*-\n### Important values are marked with !  ###\n\n[appconf]\n\n### ! Always set ! ###\nTARGET_YEAR = 2024\n"
        "PREV_YEAR_DEF = 2023\nTARGET_LANG = fre\nTARGET_NS = mesht\n#SPARQL_HOST = http://127.0.0.1:3030/\n")
_README = ("# MTW-MeSH-Docker\n\nA Docker setup to run the MeSH translation workflow and its triple store.\n\n## Installation\n\n"
           "```bash\ngit clone https://example.org/mtw-docker.git\n```\n\n## Initial setup\n\n### Edit the default configuration\n\n"
           "#### Edit the mtw-dist.ini file\n\n**Important values are marked with !**\n"
           "Modify the values for your personal configuration, including `TARGET_YEAR`, `TARGET_LANG`, `TARGET_NS` etc.\n\n"
           "## Run MTW\n\n```bash\ndocker compose up -d\n```\n")
_DOCKERFILE = ("FROM debian:bookworm-slim AS builder\nARG MTW_VERSION=1.6.6\nADD https://example.org/mtw/${MTW_VERSION}.tar.gz mtw.tar.gz\n"
               "RUN tar -xf mtw.tar.gz --strip-components=1\n\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=builder /tmp/flask-app .\n"
               "RUN python -m pip install -r mtw_requirements.txt\nCOPY ./mtw-dist.ini /app/instance/conf/mtw-dist.ini\nEXPOSE 55930\n"
               "CMD python mtw-server.py --host 0.0.0.0\n")
_COMPOSE = ("name: mtw\nservices:\n  server:\n    build:\n      context: .\n    ports:\n      - 55930:55930\n    volumes:\n"
            "      - mtw-data:/app/instance/\n  jena_fuseki:\n    image: stain/jena-fuseki:latest\nvolumes:\n  mtw-data:\n")


def _files(tmp_path, files):
    path = make_repo(tmp_path / "r", [{"date": "2024-08-09T11:50:35Z", "author": ("Alice Martin", "alice@example.fr"), "files": files}])
    return ctx_for(path, tmp=tmp_path).fact("files")


def test_a_kits_settings_file_its_dockerfile_copies_is_the_template(tmp_path):
    files = _files(tmp_path, {"README.md": _README, "mtw-dist.ini": _INI, "Dockerfile": _DOCKERFILE, "compose.yaml": _COMPOSE,
                              "admin_settings.txt": "test\n"})
    assert files["env_template"] == "mtw-dist.ini", files["env_template"]  # was None


def test_the_same_settings_file_no_recipe_hands_over_is_no_template(tmp_path):
    # the near miss: the settings alone, which the README says to edit but nothing here hands to an application
    files = _files(tmp_path, {"README.md": _README, "mtw-dist.ini": _INI, "admin_settings.txt": "test\n"})
    assert files["env_template"] is None, files["env_template"]
