"""readme.sections.configuration: a chapter whose table lists the keys of the project's settings files with their required flag or
default is the configuration, whatever its heading (issue 12, s42 fq42, reader rw42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str) -> dict:
    commits = [{"files": {"README.md": readme, "package.json": '{"name": "landing", "private": true}\n', "src/index.js": "export const a = 1;\n",
                          "config-yml/modules/inscription.yml": "display: true\nfields: []\n"},
                "date": "2024-05-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


# - SocialGouv/1000jours-blues: "## Les modules" (switched on by the `display` field "dans les fichiers yaml", a table of the module
#   files), then "#### Onboarding" over "| Champs | Requis | Description | Valeur par défaut |": the site's settings, no heading saying so.
HEAD = ("# Landing page Atelier\n\n## Developpement\n\n```sh\npnpm install\npnpm dev\n```\n\n")
MODULES = ("## Les modules\nLes modules sont des composants que vous pouvez **activer** / **désactiver** en modifiant la valeur du champ "
           "`display` dans les fichiers yaml.\n\n| Nom | Fonctionnalités | Fichier yml |\n|---|---|---|\n"
           "| Actualités | Bloc d'accueil | `articles.yml` |\n| Inscription | Page formulaire | `inscription.yml` |\n\n")
FIELDS = ("#### Inscription\n\nLe module contient un formulaire ; une requête POST est envoyée à `url` avec les attributs de `fields` :\n\n"
          "|  Champs | Requis  | Description  | Valeur par défaut \n|---|---|---|---|\n| label | non | Titre du champ. | ∅ |\n"
          "| name | oui | Nom de la donnée envoyée. | ∅ |\n| col | non | Nombre de colonnes. | 6 |\n\n")
TAIL = "## Contribuer\n\nOuvrez une issue sur le dépôt du socle commun.\n"


def test_a_table_of_the_yaml_keys_with_defaults_is_the_configuration(tmp_path):
    r = _readme(tmp_path, HEAD + MODULES + FIELDS + TAIL)
    assert "configuration" in r["sections"], r["section_details"]
    assert any(d["name"] == "configuration" and d["text"] == "Inscription" for d in r["section_details"]), r["section_details"]


def test_near_miss_a_table_of_features_is_no_configuration(tmp_path):
    r = _readme(tmp_path, HEAD + MODULES + TAIL)
    assert "configuration" not in r["sections"], r["section_details"]


def test_near_miss_an_endpoints_parameters_with_no_settings_file_are_no_configuration(tmp_path):
    api = ("## API\n\nLe service répond aux requêtes des partenaires.\n\n#### POST /inscriptions\n\nCrée une inscription.\n\n"
           "| Paramètre | Requis | Description | Valeur par défaut |\n|---|---|---|---|\n| name | oui | Nom du visiteur. | ∅ |\n"
           "| col | non | Nombre de places. | 1 |\n\n")
    r = _readme(tmp_path, HEAD + api + TAIL)
    assert "configuration" not in r["sections"], r["section_details"]
