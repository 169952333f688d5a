"""State start-up facts: an OpenAPI description whatever its name, CI in older places, README sections
worded differently, and "usage" not claimed from run commands among the installation steps."""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.test_reusability_fixtures import build, results, run_audit


def test_openapi_found_by_its_top_level_key_whatever_its_name(tmp_path):
    files = {
        "api/contrat.yaml": "# Contrat de l'API\nopenapi: 3.0.3\ninfo:\n  title: Aides\n  version: '1'\npaths:\n  /aides:\n    get:\n      responses: {}\n",
        "docs/v2.json": "{\n  \"swagger\": \"2.0\",\n  \"info\": {\"title\": \"x\", \"version\": \"1\"},\n  \"paths\": {}\n}\n",
        "config/app.yaml": "server:\n  openapi: 3.0.0\n",  # nested key: not a specification
        "package.json": "{\"name\": \"x\", \"version\": \"1.0.0\"}\n",
    }
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["interoperability.api-spec"])
    assert report["facts"]["files"]["openapi"] == ["api/contrat.yaml", "docs/v2.json"]


def test_ci_in_older_locations(tmp_path):
    files = {"circle.yml": "test:\n  override:\n    - npm test\n", "README.md": "# x\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["ci"] == ["circleci"]
    files = {".circleci/workflows.yml": "version: 2\n", "ci/Jenkinsfile": "pipeline {}\n", ".builds/test.yml": "image: alpine\n"}
    report = run_audit(build(tmp_path / "s", files), tmp_path / "c2", ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["ci"] == ["circleci", "jenkins", "sourcehut"]


def test_readme_sections_worded_differently():
    text = ("# Projet\n\nUn service.\n\n## Mise en route\n\nClonez.\n\n## Participer\n\nOuvrez un ticket.\n")
    secs = analyse(text, "README.md")["sections"]
    assert "install" in secs and "contributing" in secs


def test_usage_not_claimed_from_run_commands_among_installation_steps():
    text = ("# Projet\n\nUn service.\n\n## Installation\n\n```\nnpm ci\n```\n\n### Lancer le serveur\n\n```\nnpm start\n```\n\n"
            "## Lancer le projet\n\n```\nmake run\n```\n")
    secs = analyse(text, "README.md")["sections"]
    assert "install" in secs and "usage" not in secs
    text += "\n## Utilisation\n\nOuvrez http://localhost:3000.\n"
    assert "usage" in analyse(text, "README.md")["sections"]
