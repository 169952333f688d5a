"""README sections on State start-ups' repositories (issue 12, session 25 fixer s25; reader o4 family 2: Platine-Management-Back-Office,
calendars, lidar-prod, declaration-travaux-api, datapi).

1. "## Before you commit" over the contributor's checklist is the contributing section; "## Feedback" over "say hi on our chat" is
   the contact.
2. A link to the documentation's "production process" page (how the data are produced) is no deployment; a link to a
   "production.md" page still is; a "Processus de production" heading is none, a "Mise en production" heading still is.
3. "## Conteneur" / "### Construction de l'image Docker" over building the image then pushing it to a registry, or running it with its
   settings given at run time, is the deployment; a chapter only starting the image on one's machine is not.
4. "### Configuration des tests sur macOS" is the tests' set-up, not the configuration section; "## Configuration" still is.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

JAVA = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>demo</artifactId></project>\n",
        "src/main/java/App.java": "class App { public static void main(String[] a) {} }\n"}


def _readme(tmp_path, readme: str, files: dict | None = None) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": readme, **(files or JAVA)}}])
    return ctx_for(tmp_path).fact("readme")


def _details(tmp_path, readme: str, files: dict | None = None) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for d in _readme(tmp_path, readme, files)["section_details"]:
        out.setdefault(d["name"], d)
    return out


def test_a_pre_commit_checklist_is_contributing_and_feedback_is_contact(tmp_path):
    readme = ("# Gestion des enquêtes\n\nServices d'administration des enquêtes.\n\n## Before you commit\n\n"
              "Before committing code please make sure that:\n\n- the README is updated\n- the build and the tests pass\n"
              "- new endpoints are documented\n")
    assert "contributing" in _readme(tmp_path / "commit", readme)["sections"]  # was missed
    fr = readme.replace("## Before you commit", "## Avant de commiter")
    assert "contributing" in _readme(tmp_path / "fr", fr)["sections"]
    feedback = "# Agenda\n\nUne application d'agenda.\n\n## Feedback\n\nVenez nous dire bonjour sur notre salon de discussion.\n"
    assert "contact" in _readme(tmp_path / "feedback", feedback)["sections"]  # was missed
    other = "# Agenda\n\nUne application d'agenda.\n\n## Roadmap\n\nVenez nous dire bonjour sur notre salon de discussion.\n"
    assert "contact" not in _readme(tmp_path / "other", other)["sections"]


def test_a_data_production_process_is_no_deployment(tmp_path):
    files = {"pyproject.toml": '[project]\nname = "nuages"\n', "nuages/__init__.py": "", "docs/production_process.md": "# Process\n",
             "docs/production.md": "# Production\n"}
    base = "# Nuages\n\nClassification de nuages de points.\n\n"
    process = base + "> Please refer to the documentation to understand the [production process](docs/production_process.md).\n"
    assert "deployment" not in _readme(tmp_path / "process", process, files)["sections"]  # was the deployment
    deploy = base + "> Please refer to the documentation to put it [in production](docs/production.md).\n"
    assert "deployment" in _readme(tmp_path / "deploy", deploy, files)["sections"]
    heading = base + "## Processus de production\n\nLes seuils de détection de la végétation.\n"
    assert "deployment" not in _readme(tmp_path / "heading", heading, files)["sections"]
    prod = base + "## Mise en production\n\nLe service est déployé sur le serveur de l'équipe.\n"
    assert "deployment" in _readme(tmp_path / "prod", prod, files)["sections"]


def test_a_container_chapter_shipping_the_image_is_the_deployment(tmp_path):
    nested = ("# Demande de travaux\n\nAPI de dépôt des demandes.\n\n## Développement\n\n```shell\n./mvnw spring-boot:run\n```\n\n"
              "### Construction de l'image Docker\n\n```shell\ndocker build -t acme/demo .\ndocker run -p 5000:5000 acme/demo\n```\n\n"
              "Publier : pousser la version sur le registry :\n\n```shell\ndocker push acme/demo:1.0.0\n```\n")
    d = _details(tmp_path / "nested", nested)
    assert d["deployment"]["text"] == "Construction de l'image Docker"  # was missed
    go = {"go.mod": "module example.org/demo\n\ngo 1.21\n", "main.go": "package main\n\nfunc main() {}\n"}
    conteneur = ("# demo\n\n## Installation\n\n- Compiler : `go build`\n\n## Conteneur\n\n- `./build.sh`\n"
                 "- l'image ne contient aucune configuration, elle devra être fournie à l'exécution avec `-v /srv/config.toml:/app/config.toml`\n")
    assert _details(tmp_path / "go", conteneur, go)["deployment"]["text"] == "Conteneur"  # was missed
    local = ("# demo\n\n## Installation\n\n- Compiler : `go build`\n\n## Conteneur\n\n```shell\ndocker build -t demo .\n"
             "docker run -p 8080:8080 demo\n```\n\nPuis ouvrir http://localhost:8080\n")
    assert "deployment" not in _readme(tmp_path / "local", local, go)["sections"]


def test_the_tests_set_up_is_not_the_configuration(tmp_path):
    go = {"go.mod": "module example.org/demo\n\ngo 1.21\n", "main.go": "package main\n\nfunc main() {}\n"}
    tests = ("# demo\n\n## Installation\n\n- Compiler : `go build`\n\n## Tests\n\n- `go test ./...`\n\n### Configuration des tests sur macOS\n\n"
             "Sur un Mac arm64, ajouter la variable `GOARCH=amd64` avant de lancer les tests.\n")
    assert "configuration" not in _readme(tmp_path / "tests", tests, go)["sections"]  # was the configuration
    conf = tests.replace("### Configuration des tests sur macOS", "## Configuration")
    assert "configuration" in _readme(tmp_path / "conf", conf, go)["sections"]
