"""documentation.language (issue 12, s46 fn46 = reader rh46, OPEN-ENT-NG/swarm-console and OPEN-ENT-NG/fake-sso): README.md opens
on the module's French card (title "À propos de l'application …", licence, owner, funder, a French description), then carries a
long English text (a framework's getting-started text, an English guide). The check said "README in English only" though its own
evidence gave French 17 % (6 %) of the prose: the language over the share that names a README's language was taken as the only one.
The warn stands (French is a small part), its message now says the README is mostly in English. Near miss: a README with no French
prose keeps "English only". The files are written for these tests, in the shape of those repositories."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "documentation.language"

FRENCH_CARD = """# À propos de l'application Ferme Pédagogique

* Licence : AGPL v3 - Copyright Région Exemple
* Propriétaire(s) : Société Exemple ; Financeur(s) : Région Exemple
* Description : Module permettant de créer à la demande des sites de démonstration pour les établissements de la région, puis de
  les supprimer lorsque la période de formation est terminée.

"""

ENGLISH = """## Getting started

The console lists the sites that each school has asked for, with the state of every site and the date it will be removed.
An operator can approve a request, pause a site that is not used any more, or delete it once the training period is over.

## Development

Install the dependencies with the package manager, copy the sample settings file and start the development server, then open the
address it prints in your browser. The page reloads automatically whenever a source file changes on the disk.

## Deployment

The container image is built by the pipeline on every tag, and the chart in the deploy folder installs it in the cluster with the
settings of the environment. Each environment keeps its own values file, and secrets are read from the cluster at start time.

## Architecture

The front end talks to a small API which forwards each request to the orchestrator; the orchestrator starts one container per site
and keeps a record of every site in its own database, so that the console can show the history of each school's requests.

## Troubleshooting

When a site does not start, read the logs of its container first, then the logs of the orchestrator, which tell why the request
was refused. Most failures come from a missing setting in the values file of the environment or from a quota reached in the cluster.
"""

APP = {"package.json": '{"name": "ferme", "private": true, "scripts": {"test": "jest"}, "dependencies": {"next": "14.0.0"}}\n',
       "src/index.js": "export default function Home() { return null; }\n"}


def language(tmp_path, readme, name="r"):
    return results(run_audit(build(tmp_path / name, {**APP, "README.md": readme}), tmp_path / f"c-{name}", [CID]))[CID]


def test_french_card_over_english_text_is_mostly_english(tmp_path):
    r = language(tmp_path, FRENCH_CARD + ENGLISH)
    assert r["status"] == "warn"
    fr = r["evidence"][0]["value"]["shares"].get("fr") or 0
    assert 0.05 <= fr < 0.2
    assert "mostly in English" in r["message"]["en"] and "only" not in r["message"]["en"].split(":")[0]
    assert "surtout en anglais" in r["message"]["fr"]


def test_english_readme_without_french_stays_english_only(tmp_path):
    r = language(tmp_path, "# Demo Farm\n\n" + ENGLISH, name="near")
    assert r["status"] == "warn"
    assert "English only" in r["message"]["en"]
