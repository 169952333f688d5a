"""reusability.install (issue 12, s35 ac35 = cromex-DORA/DORA_app_aws): frontend/README.md is Create React App's README as the
generator wrote it — its later chapters too, under "Learn More": "Code Splitting", "Analyzing the Bundle Size", "Making a
Progressive Web App", "Advanced Configuration", "Deployment", "`npm run build` fails to minify" — and was read as the project's
written instructions ("warn 7: Install tooling: paas, task-runner; written instructions: yes", frontend/README.md:9 "npm start"),
though nothing says how to install the Flask back end. Near miss: a team's own chapter in the part's README keeps its commands."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "reusability.install"

CRA = ("# Getting Started with Create React App\n\nThis project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n"
       "## Available Scripts\n\nIn the project directory, you can run:\n\n### `npm start`\n\nRuns the app in the development mode.\n\n"
       "### `npm test`\n\nLaunches the test runner in the interactive watch mode.\n\n### `npm run build`\n\nBuilds the app for production to "
       "the `build` folder.\n\n### `npm run eject`\n\n**Note: this is a one-way operation. Once you `eject`, you can't go back!**\n\n"
       "## Learn More\n\nYou can learn more in the [Create React App documentation](https://facebook.github.io/create-react-app/docs/getting-started).\n\n"
       "### Code Splitting\n\nThis section has moved here.\n\n### Analyzing the Bundle Size\n\nThis section has moved here.\n\n"
       "### Making a Progressive Web App\n\nThis section has moved here.\n\n### Advanced Configuration\n\nThis section has moved here.\n\n"
       "### Deployment\n\nThis section has moved here.\n\n### `npm run build` fails to minify\n\nThis section has moved here.\n")

OWN = ("\n## Lancer l'application DORA\n\nInstaller les dépendances puis démarrer le serveur Flask :\n\n"
       "```\npip install -r requirements.txt\nflask run\n```\n")


def files(readme: str) -> dict:
    return {"requirements.txt": "flask==3.0.3\ngeopandas\n", "Procfile": "web: gunicorn app:app\n",
            "app.py": "from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n@app.route('/api/mo')\ndef mo():\n    return jsonify([])\n",
            "frontend/package.json": json.dumps({"name": "frontend", "private": True, "dependencies": {"react": "^18.2.0", "react-scripts": "5.0.1"},
                                                 "scripts": {"start": "react-scripts start", "build": "react-scripts build"}}) + "\n",
            "frontend/src/App.js": "export default function App() { return null }\n",
            "frontend/README.md": readme}


def test_create_react_apps_untouched_readme_in_a_part_gives_no_instructions(tmp_path):
    r = check_result(tmp_path, files(CRA), CID)
    assert r["status"] == "fail", r["message"]
    assert not any(e.get("path") == "frontend/README.md" for e in r["evidence"]), r["evidence"]


def test_a_teams_own_chapter_in_the_parts_readme_keeps_its_commands(tmp_path):
    r = check_result(tmp_path, files(CRA + OWN), CID)
    assert r["status"] != "fail", r["message"]
