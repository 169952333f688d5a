"""files facts on State repositories (issue 12, session 13's State reader): the README beside a LISEZMOI is the README; an env
template named with an underscore (.env_example) is the env template; an OpenAPI description in a documentation's specs/ folder
is the API description, not a test file."""

from __future__ import annotations

from tests.test_state_files_s9 import files_fact

PIPELINE = {"setup.py": "from setuptools import setup\nsetup(name='zones')\n", "zones/__init__.py": "", "zones/cli.py": "def main():\n    pass\n"}


def test_the_readme_beside_a_lisezmoi_is_the_readme(tmp_path):
    """A README.md (the project's documentation) and a LISEZMOI.md (its French side notes): the forge shows README.md."""
    f = files_fact(tmp_path, {**PIPELINE, "README.md": "# Zones\n\nA spatial referential.\n\nSee LISEZMOI.md for French specifics.\n",
                              "LISEZMOI.md": "# Zones - spécificités françaises\n\nLe fichier france.py traite les niveaux français.\n"})
    assert f["readme"] == "README.md"
    f = files_fact(tmp_path / "alone", {**PIPELINE, "LISEZMOI.md": "# Zones\n\nUn référentiel spatial.\n"})
    assert f["readme"] == "LISEZMOI.md"


def test_an_env_template_named_with_an_underscore(tmp_path):
    f = files_fact(tmp_path, {**PIPELINE, "README.md": "# Lidar\n\nTraitements.\n", ".env_example": "DB_USER='TO_BE_DEFINED'\nDB_PASSWORD='TO_BE_DEFINED'\n"})
    assert f["env_template"] == ".env_example"
    f = files_fact(tmp_path / "py", {**PIPELINE, "README.md": "# Lidar\n\nTraitements.\n", "zones/env_test.py": "def test_env():\n    pass\n"})
    assert f["env_template"] is None


SPEC = "openapi: \"3.0.0\"\ninfo:\n  title: Validator\n  version: 1.0.0\npaths:\n  /validations:\n    post:\n      summary: Create\n"


def test_an_openapi_description_in_a_documentations_specs_folder(tmp_path):
    api = {"README.md": "# API\n\nUne API de validation.\n", "composer.json": '{"require": {"symfony/framework-bundle": "6.4.*"}}',
           "src/Kernel.php": "<?php\nclass Kernel {}\n"}
    f = files_fact(tmp_path, {**api, "docs/specs/validator-api.yml": SPEC})
    assert f["openapi"] == ["docs/specs/validator-api.yml"]
    f = files_fact(tmp_path / "rspec", {**api, "spec/fixtures/petstore.yml": SPEC})  # a test's fixture stays out
    assert f["openapi"] == []
