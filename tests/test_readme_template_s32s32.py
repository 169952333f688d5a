"""A README left as RedwoodJS's starter (issue 12, session 32 fixer s32 = reader m26o3: LES-DETRITIVORES/rw-clic-compost).

`yarn create redwood-app` writes a README ("Welcome to RedwoodJS!", its prerequisites with "Are you on Windows? For best results…",
Prisma's Post model, Storybook, Jest, "Ship it", "Next Steps"): kept untouched, it says nothing of the project, and its Windows tip
is no purpose. A team's own README that names Redwood (built with it) stays the team's.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme_templates import untouched_template
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

FILES = {"redwood.toml": "[web]\n  port = 8910\n", "package.json": '{"private": true, "workspaces": {"packages": ["api", "web"]}}\n',
         "api/package.json": '{"name": "api", "dependencies": {"@redwoodjs/api": "3.2.0", "@redwoodjs/graphql-server": "3.2.0"}}\n',
         "web/src/App.js": "export default function App() { return null }\n"}

REDWOOD = """# README

Welcome to [RedwoodJS](https://redwoodjs.com)!

> **Prerequisites**
>
> - Redwood requires [Node.js](https://nodejs.org/en/) (>=14.19.x <=16.x) and [Yarn](https://yarnpkg.com/) (>=1.15)
> - Are you on Windows? For best results, follow our [Windows development setup](https://redwoodjs.com/docs/how-to/windows-development-setup) guide

Start by installing dependencies:

```
yarn install
```

Then change into that directory and start the development server:

```
cd my-redwood-project
yarn redwood dev
```

Your browser should automatically open to http://localhost:8910 where you'll see the Welcome Page, which links out to a ton of great resources.

> **The Redwood CLI**
>
> Congratulations on running your first Redwood CLI command!
> From dev to deploy, the CLI is with you the whole way.

## Prisma and the database

Redwood wouldn't be a full-stack framework without a database. It all starts with the schema. Open the `schema.prisma` file in `api/db` and replace the `UserExample` model with the following `Post` model.

## Frontend first with Storybook

Don't know what your data models look like? That's more than ok—Redwood integrates Storybook so that you can work on design without worrying about data.

```
yarn rw storybook
```

## Testing with Jest

It'd be hard to scale from side project to startup without a few tests.

```
yarn rw test
```

## Ship it

Redwood is designed for both serverless deploy targets like Netlify and Vercel and serverful deploy targets like Render and AWS.

## Next Steps

The best way to learn Redwood is by going through the comprehensive [tutorial](https://redwoodjs.com/docs/tutorial/foreword) and joining the community.

## Quick Links

- [Learn how to contribute](https://redwoodjs.com/docs/contributing)
"""

OWN = """# Clic Compost

Clic Compost est l'application de réservation des collectes de compost de l'association : les foyers s'abonnent et choisissent un créneau.

## Installation

L'application est construite avec [RedwoodJS](https://redwoodjs.com). Installez les dépendances puis lancez le serveur de développement :

```
yarn install
yarn redwood dev
```

## Utilisation

Ouvrez http://localhost:8910, créez un compte puis réservez une collecte.
"""


def _readme(tmp_path, readme: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": "# draft\n", **FILES}, "date": "2022-10-04T10:00:00Z"},
                         {"files": {"README.md": readme}, "date": "2023-02-11T15:30:00Z"}])
    return ctx_for(tmp_path).fact("readme")


def _result(tmp_path, check: str) -> dict:
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=[check]))
    return report["results"][0]


def test_redwoods_starter_readme_is_an_untouched_template(tmp_path):
    info = _readme(tmp_path, REDWOOD)
    assert (info["template"] or {}).get("framework") == "redwood", info["template"]
    assert untouched_template(info), info["headings"]
    assert "purpose" not in info["sections"], info["section_details"]
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "fail" and "RedwoodJS's untouched template" in r["message"]["en"], r["message"]


def test_a_teams_readme_built_with_redwood_stays_theirs(tmp_path):
    info = _readme(tmp_path, OWN)
    assert info["template"] is None, info["template"]
    assert {"purpose", "install", "usage"} <= set(info["sections"]), info["sections"]
    r = _result(tmp_path, "documentation.readme")
    assert "template" not in r["message"]["en"], r["message"]
