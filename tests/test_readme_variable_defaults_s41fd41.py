"""readme.sections configuration (issue 12, s41 fd41 = reader rv41, InseeFr/lunatic-pdf-api): under "## Docker", "The environment
variable `APPLICATION_SCHEME` and `APPLICATION_HOST` are useful for swagger configuration. (default: `http` and `localhost:8080`)" names
the settings the service reads and their defaults, yet gave no configuration (no verb that sets them). A short paragraph speaking of
environment variables, naming them and giving their defaults is the configuration. Near misses: the variables named without a default,
and a default given with no variable named, give none."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CODE = {"package.json": '{"name": "recap-pdf-api", "version": "1.0.0", "license": "MIT", "scripts": {"dev": "tsx src/server.ts"},'
                        ' "dependencies": {"express": "^4.19.0"}}\n',
        "src/server.ts": "import express from 'express';\nconst app = express();\napp.listen(8080);\n"}
HEAD = ("# Recap PDF API\n\nThis project provides an Express API that generates PDF recaps of the answers collected by web forms.\n\n"
        "## Installation\n\n```bash\ngit clone https://forge.exemple.fr/recap-pdf-api.git\ncd recap-pdf-api\npnpm install\n```\n\n"
        "## Docker\n\nYou can run the docker image: `exemple/recap-pdf-api`.\n\n")


def _sections(tmp_path, readme: str) -> list:
    return run_audit(build(tmp_path / "r", {**CODE, "README.md": readme}), tmp_path / "c",
                     ["documentation.readme-sections"])["facts"]["readme"]["sections"]


def test_environment_variables_named_with_their_defaults_are_the_configuration(tmp_path):
    text = ("The environment variable `PUBLIC_SCHEME` and `PUBLIC_HOST` are useful for the API documentation. "
            "(default: `http` and `localhost:8080`)\n")
    assert "configuration" in _sections(tmp_path, HEAD + text)  # was absent


def test_environment_variables_named_without_defaults_are_none(tmp_path):
    text = "The environment variable `PUBLIC_SCHEME` and `PUBLIC_HOST` are useful for the API documentation.\n"
    assert "configuration" not in _sections(tmp_path, HEAD + text)


def test_a_default_without_a_variable_named_is_none(tmp_path):
    text = "The environment variables of the image are useful for the API documentation (default port: 8080).\n"
    assert "configuration" not in _sections(tmp_path, HEAD + text)
