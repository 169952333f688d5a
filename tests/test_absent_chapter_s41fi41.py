"""A chapter whose only sentence says its subject does not exist yet documents nothing (issue 12, s41 fi41 = reader ra41 on
gitreunion/datacup-challenge-techtek-solutions).

The team's INSTALL.md ended on "## Production" / "No production build is available yet.": documentation.readme-sections counted the
deployment ("the README points to INSTALL.md, which covers it («Production»)") and documentation.docs listed INSTALL.md as deployment
documentation. A sentence saying the thing is not there yet ("No … yet", "Pas encore de …", "Aucun … pour le moment") is read as the
template prompts and placeholders are: no section.
Near miss: the same chapter giving the production build's steps keeps the deployment.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

README = """# Marchés publics

Une carte des appels d'offres de l'île pour les entreprises locales.

### Installation

[Guide d'installation](/INSTALL.md)

### Licence

Le code est publié sous licence MIT.
"""
INSTALL = """# Installation Guide

## Development

In the frontend directory, run:

```bash
npm install
npm start
```

## Production

{production}
"""
NONE_YET = "No production build is available yet."
WRITTEN = "Run `npm run build`, then copy the build/ folder to the web server's root."
PACKAGE = '{"name": "marches", "private": true, "scripts": {"start": "react-scripts start", "build": "react-scripts build"},\n' \
          ' "dependencies": {"react": "^18.2.0", "react-scripts": "5.0.1"}}\n'
APP = "export default function App() { return null }\n"


def _files(production: str) -> dict:
    return {"README.md": README, "INSTALL.md": INSTALL.format(production=production), "frontend/package.json": PACKAGE,
            "frontend/src/App.js": APP}


def test_a_chapter_saying_none_exists_yet_is_no_deployment(tmp_path):
    r = check_result(tmp_path / "a", _files(NONE_YET), "documentation.readme-sections")
    assert "deployment" in r["details"]["missing"], r["message"]
    d = check_result(tmp_path / "b", _files(NONE_YET), "documentation.docs")
    assert "déploiement" not in d["message"]["fr"].split(";")[0], d["message"]


def test_a_chapter_giving_the_production_steps_stays(tmp_path):
    r = check_result(tmp_path / "c", _files(WRITTEN), "documentation.readme-sections")
    assert "deployment" not in r["details"]["missing"], r["message"]
    d = check_result(tmp_path / "d", _files(WRITTEN), "documentation.docs")
    assert "déploiement" in d["message"]["fr"].split(";")[0], d["message"]
