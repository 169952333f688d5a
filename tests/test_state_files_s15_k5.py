"""files and license facts on State start-up repositories (issue 12, session 15, reader r3's W3, W14, W15 and two debatable
reads):
- an OCR proof of concept whose test/ folder holds pytest fixtures (conftest.py) and an empty module has no test;
- an ESLint/webpack licence header template at the root (license-header.js, a JS comment block) is no licence file;
- a Flask application's image is the Dockerfile its root docker-compose.yml builds (web/), not a development side service's
  (nextcloud/) that sorts first; a Jekyll documentation server's image (docs/Dockerfile) is not the project's;
- a licence text named by its SPDX id (web/EUPL-1.2-EN.txt, in the application's folder) is a licence file of that folder."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

TESTS_CI = "reusability.tests-and-ci"


def audit(tmp_path, files: dict, checks: list[str]) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", checks)


OCR = {"README.md": "# OCR\n\nExtraction des champs d'une carte d'identité.\n", "requirements.txt": "pytest\nopencv-python\n",
       "src/__init__.py": "", "src/preprocessing/words.py": "def clean(word):\n    return word.strip().lower()\n",
       "src/postprocessing/dates.py": "def parse(text):\n    return text.split('/')\n",
       "test/conftest.py": "import pytest\n\n\n@pytest.fixture()\ndef first_names():\n    return ['Pierre', 'pierre-henry']\n",
       "test/preprocessing/word_transformers.py": ""}


def test_a_test_folder_of_fixtures_and_empty_modules_holds_no_test(tmp_path):
    report = audit(tmp_path, OCR, [TESTS_CI])
    assert report["facts"]["files"]["tests"] is False
    res = results(report)[TESTS_CI]
    assert not [e for e in res["evidence"] if e.get("value") == "test"], res["evidence"]
    assert res["message"]["en"].startswith("0 test file(s)"), res["message"]
    # counterpart: one module of test functions beside them is a test
    report = audit(tmp_path / "t", {**OCR, "test/test_dates.py": "from src.postprocessing.dates import parse\n\n\ndef test_parse():\n"
                                                                    "    assert parse('05/01/2021') == ['05', '01', '2021']\n"}, [TESTS_CI])
    assert report["facts"]["files"]["tests"] is True
    assert results(report)[TESTS_CI]["message"]["en"].startswith("1 test file(s)")


def license_text(lid: str) -> str:
    from auditor.licenses.matcher import load_data

    return load_data()["licenses"][lid]["texts"][0]["text"]


MOBILE = {"README.md": "# Cartes\n\nApplication mobile de cartes.\n\n## Licence\n\nGNU GPLv3\n",
          "package.json": '{"name": "cartes", "license": "GPL-3.0"}', "src/js/index.js": "export const map = 1;\n",
          "license-header.js": "/**\n * Copyright (c) Institut national de l'information géographique et forestière\n *\n"
                               " * This program and the accompanying materials are made available under the terms of the GPL License, Version 3.0.\n */",
          "eslint.config.mjs": "import header from 'eslint-plugin-header';\nexport default [{ rules: { 'header/header': [2, './license-header.js'] } }];\n"}


def test_a_licence_header_template_is_no_licence_file(tmp_path):
    lic = audit(tmp_path, {**MOBILE, "LICENSE": license_text("GPL-3.0-only")}, ["licensing.license-file"])["facts"]["license"]
    assert lic["files"] == ["LICENSE"], lic["files"]
    assert not lic.get("other_licenses"), lic.get("other_licenses")
    assert lic["expression_all"] == lic["spdx"]
    # counterpart: a LICENSE.txt beside it is one
    lic = audit(tmp_path / "txt", {**MOBILE, "LICENSE": license_text("GPL-3.0-only"), "LICENSE.txt": license_text("GPL-3.0-only")},
                ["licensing.license-file"])["facts"]["license"]
    assert lic["files"] == ["LICENSE", "LICENSE.txt"]


COMPOSE = ("services:\n  web:\n    build:\n      context: ./web\n      dockerfile: Dockerfile\n    ports:\n      - 5000:5000\n"
           "  broker:\n    image: redis:6-alpine\n")
FLASK = {"README.md": "# Visio\n\nFront de visioconférence.\n", "docker-compose.yml": COMPOSE,
         "docker-compose.override.yml": "services:\n  nextcloud:\n    build:\n      context: ./nextcloud\n",
         "web/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\nCMD [\"flask\", \"run\"]\n", "web/app/__init__.py": "app = None\n",
         "nextcloud/Dockerfile": "FROM nextcloud:28\nCOPY config.php /var/www/html/config/\n"}


def test_the_image_is_the_one_the_root_compose_file_builds(tmp_path):
    files = audit(tmp_path, FLASK, [TESTS_CI])["facts"]["files"]
    assert files["dockerfile"] == "web/Dockerfile"
    # counterpart: a root Dockerfile stays the project's image
    files = audit(tmp_path / "root", {**FLASK, "Dockerfile": "FROM python:3.12\n"}, [TESTS_CI])["facts"]["files"]
    assert files["dockerfile"] == "Dockerfile"


JEKYLL = {"README.md": "# Dérogations\n\nDemandes de dérogation espèces protégées.\n", "package.json": '{"name": "pitchou"}',
          "compose.dev.yml": "services:\n  db:\n    image: postgres:15\n", "server/main.js": "console.log('ok');\n",
          "docs/_config.yml": "title: Pitchou\n", "docs/index.md": "# Documentation\n",
          "docs/Dockerfile": "FROM ruby:3.3\nWORKDIR /srv/jekyll\nCOPY Gemfile* ./\nRUN bundle install\nCOPY . .\nEXPOSE 4000\n"
                             "CMD [\"bundle\", \"exec\", \"jekyll\", \"serve\", \"--host\", \"0.0.0.0\"]\n"}


def test_the_documentation_servers_image_is_not_the_projects(tmp_path):
    assert audit(tmp_path, JEKYLL, [TESTS_CI])["facts"]["files"]["dockerfile"] is None
    # counterpart: a Dockerfile in docs/ that builds the application (a deployment example) is still one
    example = {**JEKYLL, "docs/Dockerfile": "FROM node:20\nCOPY . /app\nCMD [\"node\", \"server/main.js\"]\n"}
    assert audit(tmp_path / "ex", example, [TESTS_CI])["facts"]["files"]["dockerfile"] == "docs/Dockerfile"


def test_a_licence_text_named_by_its_spdx_id_is_a_licence_file(tmp_path):
    eupl = license_text("EUPL-1.2")
    lic = audit(tmp_path, {**FLASK, "LICENSE": eupl, "web/EUPL-1.2-EN.txt": eupl}, ["licensing.license-file"])["facts"]["license"]
    assert lic["files"] == ["LICENSE"] and lic["spdx"] == "EUPL-1.2"
    assert lic["folders"] == {"web": "EUPL-1.2"}, lic["folders"]
    # at the root, alone, it is the project's licence file
    alone = {k: v for k, v in FLASK.items() if k not in ("LICENSE", "web/EUPL-1.2-EN.txt")}
    lic = audit(tmp_path / "root", {**alone, "EUPL-1.2.txt": eupl},
                ["licensing.license-file"])["facts"]["license"]
    assert lic["files"] == ["EUPL-1.2.txt"] and lic["spdx"] == "EUPL-1.2", lic["files"]
    # counterpart: a name that is a word, not a licence's id with its version, is none (MIT.txt aside, a notes file)
    lic = audit(tmp_path / "word", {**FLASK, "LICENSE": eupl, "web/Apache.txt": "Apache notes\n"}, ["licensing.license-file"])["facts"]["license"]
    assert "web" not in lic["folders"]
