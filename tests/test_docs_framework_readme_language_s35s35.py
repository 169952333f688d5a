"""documentation.language (issue 12, s35 s35 = reader m31o3, PnCevennes/floraOccitania): the Angular front end's README is Angular
CLI's, left as `ng new` wrote it ("This project was generated with Angular CLI version 8.3.4", then "Development server", "Code
scaffolding", "Build", "Running unit tests", "Running end-to-end tests", "Further help"); the project's own text is French. The check
said "documentation in English, French" (pass 10), from that README: its template was only set aside when it held three of the
template's opening sentences, and Angular's opens on one, its other sentences being its chapters'. A document is read in the
language its team wrote it in, without the chapters and paragraphs a framework's template wrote (those readme-sections already
leaves out). Near misses: a team's own English chapter under the Angular CLI's chapters still counts as English documentation; a
hand-written English guide does too. The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "documentation.language"

ANGULAR = """# FloraOccitania

This project was generated with [Angular CLI](https://github.com/angular/angular-cli) version 8.3.4.

## Development server

Run `ng serve` for a dev server. Navigate to `http://localhost:4200/`. The app will automatically reload if you change any of the source files.

## Code scaffolding

Run `ng generate component component-name` to generate a new component. You can also use `ng generate directive|pipe|service|class|guard|interface|enum|module`.

## Build

Run `ng build` to build the project. The build artifacts will be stored in the `dist/` directory. Use the `--prod` flag for a production build.

## Running unit tests

Run `ng test` to execute the unit tests via [Karma](https://karma-runner.github.io).

## Further help

To get more help on the Angular CLI use `ng help` or go check out the [Angular CLI README](https://github.com/angular/angular-cli/blob/master/README.md).
"""

OWN_CHAPTER = """
## Data model

The front end reads the vernacular names of each plant from the backend and shows the uses recorded for every part of the plant,
with the bibliographic source of each use. Editors sign in to add a name, a use or a source, and every change is kept in the history.
"""

APP = {
    "README.md": "# Flora Occitania\n\nApplication de saisie et de consultation des noms occitans des plantes et de leurs usages.\n\n"
                 "## Installation\n\nCopier le fichier de configuration, puis lancer le script d'installation qui crée la base.\n",
    "backend/server.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    "frontend/flora-occitania/package.json": '{"name": "flora-occitania", "private": true, "dependencies": {"@angular/core": "~8.2.4"}}\n',
    "frontend/flora-occitania/angular.json": '{"version": 1, "projects": {}}\n',
    "frontend/flora-occitania/src/main.ts": "import { enableProdMode } from '@angular/core';\n\nenableProdMode();\n",
}


def language(tmp_path, files, name="r"):
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def test_angular_clis_readme_left_as_generated_is_no_english_documentation(tmp_path):
    r = language(tmp_path, {**APP, "frontend/flora-occitania/README.md": ANGULAR})
    assert r["details"]["docs"] == [], r["message"]
    assert "documentation in English" not in r["message"]["en"] and r["score"] < 10, r["message"]


def test_a_teams_own_english_chapter_beside_the_template_still_counts(tmp_path):
    r = language(tmp_path, {**APP, "frontend/flora-occitania/README.md": ANGULAR + OWN_CHAPTER})
    assert r["details"]["docs"] == ["en"], r["message"]


def test_a_hand_written_english_guide_still_counts(tmp_path):
    guide = "# Deployment guide\n" + OWN_CHAPTER.replace("## Data model\n", "")
    r = language(tmp_path, {**APP, "frontend/flora-occitania/README.md": ANGULAR, "docs/deployment-en.md": guide})
    assert r["details"]["docs"] == ["en"], r["message"]
