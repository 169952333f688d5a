"""README description: a dated edit put on top of the README later ("Edit 2022-12: L'évolution de ce prototype est disponible
ici: …") is the maintainers' news, no description (issue 12, s40 fc40, reader ru39).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str):
    commits = [{"files": {"README.md": readme, "package.json": '{"name": "x", "private": true}\n'}, "date": "2022-12-21T13:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


# - SocialGouv/chiffrement-sandbox: "Edit 2022-12: L'évolution de ce prototype est disponible ici: <url>", "Ce repository est
#   archivé.", then "## Chiffrement Sandbox" and what the prototype is: the edit line was taken as the description.
def test_a_dated_edit_on_top_is_no_description(tmp_path):
    readme = ("Edit 2023-01: la suite de cette maquette est disponible ici: https://forge.exemple.fr/equipe/signature.\n\n"
              "Ce dépôt est archivé.\n\n## Maquette signature\n\n"
              "Maquette d'un service de signature électronique des délibérations, permettant aux élus de signer depuis leur tablette.\n\n"
              "## Setup\n\n1. Installer les dépendances:\n\n```shell\n$ yarn install\n```\n")
    d = _readme(tmp_path, readme)["description"]
    assert d is not None and d["text"].startswith("Maquette d'un service de signature"), d


def test_an_update_label_with_its_date_is_no_description_either(tmp_path):
    readme = ("# signature\n\n**Mise à jour du 12/03/2023** : ce dépôt n'évolue plus, voir la nouvelle version.\n\n"
              "Maquette d'un service de signature électronique des délibérations, permettant aux élus de signer depuis leur tablette.\n")
    d = _readme(tmp_path, readme)["description"]
    assert d is not None and d["text"].startswith("Maquette d'un service de signature"), d


def test_a_first_paragraph_that_merely_holds_a_date_stays_the_description(tmp_path):
    readme = ("# signature\n\nCréé en 2022 : service de signature électronique des délibérations, permettant aux élus de signer "
              "depuis leur tablette.\n\n## Setup\n\n```shell\n$ yarn install\n```\n")
    d = _readme(tmp_path, readme)["description"]
    assert d is not None and d["text"].startswith("Créé en 2022"), d
