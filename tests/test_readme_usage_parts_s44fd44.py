"""readme.sections.usage (issue 12, s44 fd44 = reader rv44, State facts).

- incubateur-ademe/plusfraisautravail: "## Développement" > "### API" over cd api, cp .env.example .env, uv sync, uv run uvicorn …
  --reload --port 8080 (and "OpenAPI : http://localhost:8080/docs") was taken as usage by the bare heading word "api". A heading that
  only names a part of the project under an installation chapter, over that part's set-up and local start, is that part's set-up.
  Near miss: a chapter of its own, "## API", over requests sent to the service stays usage.
- suitenumerique/st-home: "## Lancer le code" > "### Production de données" (make data-shell, python -m tasks.sync, python -m
  tasks.check_website [SIRET | URL]…) was read as deployment ("production") and no usage. "Production de données" is making the data,
  and a chapter running the project's own commands (its modules, data/tasks/*.py) with their arguments is its use. Near miss: the
  same chapter running only set-up and checking commands (tasks.migrate, tasks.check) gives no usage.

The files are written for these tests, in the shape of the real repositories."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _sections(tmp_path, readme: str, files: dict, name: str) -> list:
    commits = [{"files": {"README.md": readme, **files}, "date": "2026-08-03T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


API_FILES = {"api/pyproject.toml": "[project]\nname = \"pfat-api\"\nversion = \"0.1.0\"\ndependencies = [\"fastapi\", \"uvicorn\"]\n",
             "api/pfat_api/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/alertes')\ndef alertes():\n    return []\n",
             "api/.env.example": "VIGILANCE_APP_ID=\n", "package.json": "{\"name\": \"pfat\", \"scripts\": {\"dev:autodiag\": \"vite\"}}\n"}
INTRO = "# Plus frais au travail\n\nUn autodiagnostic et un widget d'alerte canicule pour les employeurs.\n\n"
DEV = ("## Développement\n\n### Prérequis\n- Node 22+\n- Python 3.12+ et uv\n\n### Frontends\n```bash\nnpm install\n"
       "npm run dev:autodiag        # http://localhost:5173/autodiag/\n```\n\n")
API_SETUP = ("```bash\ncd api\ncp .env.example .env  # renseigner VIGILANCE_APP_ID\nuv sync --extra dev\n"
             "uv run uvicorn pfat_api.main:app --reload --port 8080\n```\nOpenAPI : http://localhost:8080/docs\n\n### Tests / lint\n```bash\nnpm test\n```\n")


def test_a_part_named_under_the_development_chapter_is_its_set_up(tmp_path):
    assert "usage" not in _sections(tmp_path, INTRO + DEV + "### API\n" + API_SETUP, API_FILES, "part")


def test_near_miss_an_api_chapter_of_its_own_over_requests_stays_usage(tmp_path):
    calls = ("## API\n\nL'API répond aux widgets des employeurs :\n\n```bash\ncurl 'https://api.example.fr/alertes?departement=75'\n"
             "curl -X POST https://api.example.fr/abonnements -d '{\"email\": \"rh@example.fr\", \"departement\": \"75\"}'\n```\n")
    assert "usage" in _sections(tmp_path, INTRO + calls + "\n" + DEV, API_FILES, "own")


DATA_FILES = {"package.json": "{\"name\": \"st-home\", \"scripts\": {\"dev\": \"next dev\"}}\n", "Makefile": "bootstrap:\n\tdocker compose up -d\n",
              **{f"data/tasks/{t}.py": f"def main():\n    print('{t}')\n\n\nif __name__ == '__main__':\n    main()\n"
                 for t in ("__init__", "sync", "check_website", "check_dns", "migrate", "check")}}
SITE = ("# La Suite territoriale - Site vitrine\n\nCette application implémente la page d'accueil de la Suite territoriale.\n\n"
        "## Lancer le code\n\nAprès avoir cloné le projet :\n\n### Développement\n\n```bash\nmake bootstrap\n```\n\n"
        "Il suffit ensuite de se rendre sur [http://localhost:8950/](http://localhost:8950/).\n\n")


def test_producing_data_with_the_projects_own_tasks_is_its_use(tmp_path):
    data = ("### Production de données\n\nUn conteneur Python utilisant le code de `data/` est lançable avec :\n\n```bash\nmake data-shell\n```\n\n"
            "Une fois dedans, il est possible de lancer les tâches :\n\n```bash\n# Tout synchroniser\npython -m tasks.sync\n\n"
            "# Lancer une vérification et afficher son résultat\npython -m tasks.check_website [SIRET | URL]      # ex: python -m tasks.check_website https://example.com\n"
            "python -m tasks.check_dns [SIRET | domaine]      # ex: python -m tasks.check_dns example.com\n```\n\n"
            "Ces commandes affichent les problèmes détectés sans rien écrire en base.\n")
    assert "usage" in _sections(tmp_path, SITE + data, DATA_FILES, "data")


def test_near_miss_the_same_chapter_setting_up_and_checking_gives_no_usage(tmp_path):
    data = ("### Base de données\n\nUn conteneur Python utilisant le code de `data/` est lançable avec :\n\n```bash\nmake data-shell\n```\n\n"
            "Une fois dedans :\n\n```bash\npython -m tasks.migrate\npython -m tasks.check\n```\n")
    assert "usage" not in _sections(tmp_path, SITE + data, DATA_FILES, "setup")
