"""files facts on State start-up repositories read wrong by this session's State reader (issue 12, s17 a3):
- a CLI's test fixtures (tests/samples/<case>/.env of one variable) are no configuration template;
- a content model named template.<x>.yml.example (an API catalogue page to copy for a new entry) is no settings template;
- a docs/ folder holding only .gitkeep, or a doc/ folder holding only the release notes, is no documentation (a module's doc/
  folder then is);
- an emptied compose file (0 bytes) is not the compose file, the one beside it in use is;
- the guide the README's contributing chapter links to under another name (doc/add_features_contribute.md) is the contributing file."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

TESTS_CI = "reusability.tests-and-ci"


def files_fact(tmp_path, files: dict) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", [TESTS_CI])["facts"]["files"]


CLI = {"README.md": "# Deployer\n\nA command-line tool that renders and deploys Helm charts.\n",
       "package.json": '{"name": "deployer-monorepo", "private": true, "workspaces": ["packages/*"]}',
       "packages/cli/package.json": '{"name": "@org/deployer", "bin": {"deployer": "bin/deployer.js"}}',
       "packages/cli/bin/deployer.js": "#!/usr/bin/env node\nrequire('../src/cli')\n",
       "packages/cli/src/cli.js": "module.exports = () => console.log('deploy')\n",
       "packages/cli/tests/samples/missing-chart/.env": "DEPLOYER_CHART=nothere\n",
       "packages/cli/tests/samples/missing-chart/values.yaml": "app:\n  enabled: true\n",
       "packages/cli/tests/samples/two-apps/.env": "DEPLOYER_CHART=apps\nDEPLOYER_ENV=dev\n",
       "packages/cli/tests/render.test.js": "test('renders', () => { expect(1).toBe(1); });\n"}


def test_a_tests_sample_env_file_is_no_configuration_template(tmp_path):
    assert files_fact(tmp_path, CLI)["env_template"] is None
    # counterpart: the project's own .env of settings to fill, which its code reads, stays the template (one that nothing reads is a
    # leftover, no template: tests/test_unread_env_s21.py)
    own = {**CLI, "packages/cli/.env": "DEPLOYER_TOKEN=\nDEPLOYER_REGISTRY=https://registry.example.org\n",
           "packages/cli/src/cli.js": "module.exports = () => console.log('deploy to', process.env.DEPLOYER_REGISTRY)\n"}
    assert files_fact(tmp_path / "own", own)["env_template"] == "packages/cli/.env"


CATALOGUE = {"README.md": "# Site vitrine\n\nLe site et le back-office d'une API publique.\n",
             "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n",
             "config/application.rb": "module Vitrine\n  class Application < Rails::Application\n  end\nend\n",
             "config/endpoints/template.entreprise.yml.example": "---\n# L'uid identifie la fiche\n- uid: 'fournisseur/ressource'\n"
                                                                "  path: '/v3/fournisseur/{siren}/ressource'\n  position: 501\n",
             "config/endpoints/entreprise/1_etablissements.yml": "---\n- uid: 'insee/etablissements'\n  position: 1\n"}


def test_a_content_model_named_template_is_no_settings_template(tmp_path):
    assert files_fact(tmp_path, CATALOGUE)["env_template"] is None
    # counterpart: a settings file shipped to copy in a folder of config stays the template
    conf = {**CATALOGUE, "config/sub/settings.yml.example": "database:\n  host: localhost\n  password: changeme\n"}
    assert files_fact(tmp_path / "conf", conf)["env_template"] == "config/sub/settings.yml.example"


OPERATOR = {"README.md": "# Bucket operator\n\nA Kubernetes operator that manages S3 buckets.\n",
            "go.mod": "module example.org/bucket-operator\n\ngo 1.22\n", "cmd/main.go": "package main\n\nfunc main() {}\n",
            "docs/.gitkeep": ""}
SERVICE = {"README.md": "# Générateur\n\nUn service REST qui génère des questionnaires.\n",
           "pom.xml": "<project><modules><module>core</module><module>ws</module></modules></project>\n",
           "doc/releases.md": "# Releases\n\n## 2.1.0\n\n- Nouveau format de sortie\n",
           "core/pom.xml": "<project><artifactId>core</artifactId></project>\n",
           "core/src/main/java/Core.java": "class Core {}\n",
           "core/doc/naming-rules.md": "# Règles de nommage\n\nLes variables sont nommées ainsi…\n",
           "ws/pom.xml": "<project><artifactId>ws</artifactId></project>\n"}


def test_a_docs_folder_holding_no_document_is_no_documentation(tmp_path):
    assert files_fact(tmp_path, OPERATOR)["docs"] is None
    files = files_fact(tmp_path / "svc", SERVICE)
    assert files["docs"] == "core/doc/"
    assert files["changelog"] == "doc/releases.md"
    # counterparts: a page beside the keeper or the release notes makes the folder documentation
    assert files_fact(tmp_path / "page", {**OPERATOR, "docs/install.md": "# Install\n\nhelm install …\n"})["docs"] == "docs/"
    assert files_fact(tmp_path / "svc2", {**SERVICE, "doc/guide.md": "# Guide\n\nLancer le service…\n"})["docs"] == "doc/"


NAVAL = {"README.md": "# Rapport\n\nUne application de rapports de patrouille.\n",
         "infra/docker-compose.yml": "",
         "infra/docker-compose.local.yml": "services:\n  backend:\n    build: ..\n  db:\n    image: postgres:16\n",
         "Dockerfile": "FROM eclipse-temurin:21\nCOPY app.jar /app.jar\n"}


def test_an_emptied_compose_file_is_not_the_compose_file(tmp_path):
    assert files_fact(tmp_path, NAVAL)["compose"] == "infra/docker-compose.local.yml"
    # counterpart: the canonical name with content stays first
    full = {**NAVAL, "infra/docker-compose.yml": "services:\n  app:\n    build: ..\n"}
    assert files_fact(tmp_path / "full", full)["compose"] == "infra/docker-compose.yml"


FORECAST = {"README.md": "# Forecast\n\nA framework to train weather forecasting networks.\n\n## Installation\n\npip install -e .\n\n"
                         "## Adding features and contributing\n\nThis [page](doc/add_features.md) explains how to:\n"
                         "* add a new neural network\n* contribute to this project following our guidelines\n\n"
                         "## Acknowledgements\n\nSee [the list](doc/thanks.md).\n",
            "pyproject.toml": "[project]\nname = \"forecast\"\n",
            "forecast/__init__.py": "",
            "doc/add_features.md": "# Adding features and contributing\n\n## Adding a network\n\n…\n\n## Contribution guidelines\n\n"
                                   "Run the unit tests and the linter before a pull request.\n",
            "doc/thanks.md": "# Thanks\n\nTo all contributors.\n"}


def test_the_guide_the_readmes_contributing_chapter_links_is_the_contributing_file(tmp_path):
    assert files_fact(tmp_path, FORECAST)["contributing"] == "doc/add_features.md"
    # counterparts: a CONTRIBUTING file stays first; a link outside the contributing chapter, or to a page that is not about
    # contributing, is none
    own = {**FORECAST, "CONTRIBUTING.md": "# Contributing\n\nOpen a pull request.\n"}
    assert files_fact(tmp_path / "own", own)["contributing"] == "CONTRIBUTING.md"
    other = {**FORECAST, "doc/add_features.md": "# Adding features\n\n## Adding a network\n\n…\n"}
    assert files_fact(tmp_path / "other", other)["contributing"] is None
