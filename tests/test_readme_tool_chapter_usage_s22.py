"""A chapter named after a tool whose body starts the service, opens its interface and runs the jobs is the project's usage
(issue 12, s22 b2 case 4, reader s21 r3; shaped like a State data team's Airflow + dbt repository: "## Airflow" over `docker compose
up` and "accédez ensuite à l'interface Web sur http://127.0.0.1:8080 et lancez les DAGs"). A chapter that only starts a local copy
stays the end of the installation, not its use."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# Flux de données de l'observatoire\n\nCe dépôt gère les flux de données de l'observatoire de l'insertion : DAGs Airflow et "
        "modèles dbt.\n\n## Installation\n\n```\nmake venv\ncp env.example .env\n```\n\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_a_tool_chapter_that_runs_the_jobs_is_the_usage():
    text = HEAD + ("## Airflow\n\nDémarrer le planificateur avec Docker :\n\n    docker compose up\n\nAccédez ensuite à l'interface Web sur "
                   "http://localhost:8080 et déclenchez les DAGs.\n\n## Qualité du code\n\n    make lint\n")
    found = _details(text)
    assert found["usage"]["text"] == "Airflow"  # was missing: the heading names the tool, the body its use
    assert found["install"]["text"] == "Installation"


def test_a_tool_chapter_that_only_starts_a_local_copy_is_no_usage():
    text = HEAD + ("## Airflow\n\nDémarrer le planificateur avec Docker :\n\n    docker compose up\n\nL'interface Web répond sur "
                   "http://localhost:8080.\n\n## Qualité du code\n\n    make lint\n")
    assert "usage" not in _details(text)


def test_a_run_chapter_of_a_development_server_is_still_no_usage():
    text = HEAD + "## Lancement\n\n```\nnpm run dev\n```\n\nPuis ouvrez http://localhost:3000 dans le navigateur.\n"
    assert "usage" not in _details(text)
