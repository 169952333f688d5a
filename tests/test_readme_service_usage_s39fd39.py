"""readme.sections usage: a web service's request and response examples, a task of the project's invoke file run (issue 12, s39 fd39,
reader rs39 at 38f8bcfa).

The files are written for these tests, in the shape of the real repositories named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str, extra: dict | None = None) -> dict:
    commits = [{"files": {"README.md": readme, **(extra or {})}, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


def _usage(r: dict):
    return next((d for d in r["section_details"] if d["name"] == "usage"), None)


# - abes-esr/best-ppn-api, logskbart-api: "## Web Service (ws) bestPpn" then "### Exemple de requête :" (the request's address on the
#   reader's server, its parameters) and "### Exemples de résultat :" (the XML answers): an example heading under a chapter was read
#   as an example of that chapter's subject; under a chapter naming the service itself (no section of its own) it is how it is called.
SERVICE = ("# identifiants-api\n\nAPI permettant de :\n1. lire des lignes depuis un topic Kafka\n2. calculer leur identifiant\n\n"
           "## Web Service (ws) identifiant\nLe web service calcule un identifiant à partir des informations transmises.\n\n"
           "### Exemple de requête :\n\n`http://[url de l'API sur votre serveur]/api/v1/identifiant?log=true&provider=EDITEUR`\n\n"
           "### Exemple de résultat :\n\n```xml\n<IdentifiantDto>\n<id>123</id>\n</IdentifiantDto>\n```\n")
JAVA = {"pom.xml": "<project><artifactId>identifiants-api</artifactId></project>\n", "src/main/java/App.java": "class App {}\n"}


def test_request_examples_under_the_service_chapter_are_usage(tmp_path):
    r = _readme(tmp_path, SERVICE, JAVA)
    assert _usage(r) and _usage(r)["line"] == 10, r["section_details"]


def test_near_miss_an_example_under_a_deployment_chapter_stays_that_chapter(tmp_path):
    readme = ("# identifiants-api\n\nAPI permettant de calculer les identifiants des lignes reçues depuis un topic Kafka.\n\n"
              "## Déploiement\nLe service est déployé avec docker compose sur le serveur de production.\n\n"
              "### Exemple avec Gunicorn\n\n```\ngunicorn app:app --workers 4\n```\n")
    r = _readme(tmp_path, readme, JAVA)
    assert _usage(r) is None, r["section_details"]


# - datagouv/datagouv-search-indicator: "## Running benchmark" over `pip install -r requirements.pip` and `inv run -d my.domain.com`,
#   the task "run" of the repository's tasks.py (invoke): the tool run, its use. A task of a developer (inv test) or no tasks.py: none.
BENCH = ("# search-indicator\n\nKeep track of search results accross time and generate a static site to explore them.\n\n"
         "## Running benchmark\n\nRequires Python 3.6+\n\n``` bash\npip install -r requirements.pip\ninv {task} -d my.domain.com\n```\n")
TASKS = {"tasks.py": "from invoke import task\n\n\n@task\ndef run(ctx, domain='x'):\n    pass\n", "requirements.pip": "invoke\n"}


def test_an_invoke_task_of_the_project_run_is_usage(tmp_path):
    r = _readme(tmp_path, BENCH.format(task="run"), TASKS)
    assert _usage(r) and _usage(r)["line"] == 5, r["section_details"]


def test_near_miss_a_developer_task_or_no_tasks_file_gives_no_usage(tmp_path):
    assert _usage(_readme(tmp_path / "a", BENCH.format(task="test"), TASKS)) is None
    assert _usage(_readme(tmp_path / "b", BENCH.format(task="run"), {"requirements.pip": "invoke\n"})) is None
