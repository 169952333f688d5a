"""readme.sections (issue 12, s40 fe40 = reader rv40, gip-inclusion/celeste).

An event API's README has one "## Installation" chapter of numbered bold steps: clone, `cp .env.example .env`, `docker compose up
-d`, `npm install`, `npm run dev`, then "**7/** Créer un premier client" over `curl -X POST "http://localhost:3000/api/admin/clients"
-H … -d '{…}'` and "**8/** Publier un premier évènement" over `curl -X POST …/api/events`. Usage was missed: a request acting on
the started copy's API (a method other than GET or a body, at /api/…) after the command that starts it is the service's use. Near
misses: a curl downloading an installer, or checking that the copy answers (GET /health), stays installation."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PKG = '{"name": "events-api", "version": "1.0.0", "scripts": {"dev": "tsx watch src/index.ts"}, "dependencies": {"fastify": "^5.2.1"}}\n'
INSTALL = """# Events

Une API qui reçoit les évènements des services d'insertion et les rend à leurs partenaires.

## Installation

**1/** Récupérer les sources du projet

```
git clone https://github.com/exemple/events.git && cd events
```

**2/** Installer les dépendances

```
npm install
```

**3/** Démarrer l'application (en mode DEV)

```
npm run dev
```

"""
CALLS = """**4/** Créer un premier client

```
curl -X POST "http://localhost:3000/api/admin/clients" \\
     -H "Content-Type: application/json" \\
     -H "x-api-token: lorem-ipsum" \\
     -d '{"name": "Web Client"}'
```

**5/** Publier un premier évènement

```
curl -X POST "http://localhost:3000/api/events" -H "x-api-token: <token>" -d '{"event_type": "application.submitted"}'
```
"""


def _sections(tmp_path, readme: str, extra: dict | None = None) -> list[str]:
    files = {"README.md": readme, "package.json": PKG, "src/index.ts": "export const port = 3000;\n", **(extra or {})}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme-sections"]))
    return report["facts"]["readme"]["sections"]


def test_calls_to_the_started_api_inside_the_installation_steps_are_usage(tmp_path):
    assert "usage" in _sections(tmp_path, INSTALL + CALLS)  # was purpose, install only


def test_a_curl_downloading_an_installer_stays_installation(tmp_path):
    readme = INSTALL + "**4/** Installer le client en ligne de commande\n\n```\ncurl -fsSL https://get.exemple.fr/install.sh -o install.sh && sh install.sh\n```\n"
    assert "usage" not in _sections(tmp_path, readme)


def test_a_check_that_the_copy_answers_stays_installation(tmp_path):
    readme = INSTALL + "**4/** Vérifier que l'API répond\n\n```\ncurl http://localhost:3000/api/health\n```\n"
    assert "usage" not in _sections(tmp_path, readme)


def test_a_call_before_anything_starts_is_no_usage(tmp_path):
    readme = INSTALL.replace("npm run dev", "npm run build") + CALLS
    assert "usage" not in _sections(tmp_path, readme)
