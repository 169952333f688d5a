"""reusability.tests-and-ci (issue 12, s13 r1 reads: a Flask API beside a create-react-app front end): the front end's own
package.json configures ESLint ("eslintConfig": {"extends": ["react-app"]}, run by react-scripts): the project has a linter. A
sub-folder package.json without any linter setting, or one inside a copied library, does not make one."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

FRONT = ('{\n  "name": "frontend",\n  "private": true,\n  "dependencies": {"react": "^18.2.0", "react-scripts": "5.0.1"},\n'
         '  "scripts": {"start": "react-scripts start", "build": "react-scripts build"},\n{lint}'
         '  "browserslist": {"production": [">0.2%", "not dead"]}\n}\n')
LINT = '  "eslintConfig": {\n    "extends": ["react-app", "react-app/jest"]\n  },\n'
FILES = {"README.md": "# Routes\n\nCalcul d'itinéraires multicritères.\n", "backend/app.py": "from flask import Flask\napp = Flask(__name__)\n",
         "backend/requirements.txt": "flask\n", "frontend/src/App.js": "export default function App() { return null; }\n",
         "docker-compose.yml": "services:\n  api:\n    build: backend\n"}


def linters(r: dict) -> list[str]:
    return [e["path"] for e in r["evidence"] if e.get("value") == "linter"]


def test_a_front_ends_eslint_config_is_the_projects_linter(tmp_path):
    r = check_result(tmp_path, {**FILES, "frontend/package.json": FRONT.replace("{lint}", LINT)}, "reusability.tests-and-ci")
    assert linters(r) == ["frontend/package.json"], r["evidence"]
    assert "linter: no" not in r["message"]["en"], r["message"]


def test_a_front_end_without_linter_settings_has_none(tmp_path):
    r = check_result(tmp_path, {**FILES, "frontend/package.json": FRONT.replace("{lint}", "")}, "reusability.tests-and-ci")
    assert linters(r) == [], r["evidence"]
