"""readme.sections and readme.description of a README template left unfilled (issue 12, s39 fd39, reader rs39 at 38f8bcfa): the
template's instructions to its writer ("La procédure d'installation du projet doit être décrite dans cette section…", "Lien vers la
documentation pour les développeurs…" with no link) make no section, and its opening ("Ci-dessous une proposition de readme pour tout
projet", "Dans cette section, on décrit …") no description.

The files are written for these tests, in the shape of the real repository named below."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str) -> dict:
    files = {"README.md": readme, "package.json": '{"name": "carto-mobile", "version": "1.0.0"}\n', "src/App.tsx": "export const App = () => null;\n"}
    commits = [{"files": files, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


# - IGNF/espaceco-mobile-refonte: the organisation's README template ("# Modèle de ReadMe") kept with its instructions under
#   "## Installation" and "## Documentation développeurs": install and usage were found there, the description was its opening line.
TEMPLATE = ("# Modèle de ReadMe\n\nCi-dessous une proposition de readme pour tout projet\n\n## Description/Résumé du projet\n\n"
            "Dans cette section, on décrit la vision générale du projet ainsi que ses objectifs à destination des futurs utilisateurs.\n\n"
            "## Installation\n\nLa procédure d'installation du projet doit être décrite dans cette section ou dans un fichier complémentaire "
            "dont le lien est présent ici.\n\n## Documentation développeurs\n\nLien vers la documentation pour les développeurs, à la fois pour "
            "maintenir le projet et le déployer. Schémas UML...\n\n## Contacts\n\n| Nom | Rôle |\n| --- | --- |\n")


def test_a_template_s_instructions_give_no_section_nor_description(tmp_path):
    r = _readme(tmp_path, TEMPLATE)
    assert "install" not in r["sections"] and "usage" not in r["sections"], r["section_details"]
    assert r["description"] is None, r["description"]


def test_near_miss_a_filled_readme_speaking_of_a_template_keeps_its_sections(tmp_path):
    filled = ("# carto-mobile\n\nApplication mobile de saisie de signalements cartographiques, construite à partir du modèle de l'équipe.\n\n"
              "## Installation\n\nCette section décrit l'installation : lancer `npm install` puis `npm run build`.\n\n"
              "## Documentation développeurs\n\nLien vers la [documentation pour les développeurs](docs/dev.md).\n")
    r = _readme(tmp_path, filled)
    assert "install" in r["sections"], r["section_details"]
    assert r["description"] and r["description"]["line"] == 3, r["description"]


# the project's own words after the template's: "## L'arborescence du projet" opened by "Espaceco est une application mobile IGN
# construite avec React…", the repository (espaceco-mobile-refonte) naming itself and what it is: the description. Another name saying
# what it is ("Capacitor est un outil …", a dependency) is none.
OWN = "\n## L'arborescence du projet\n\n{name} est une application mobile construite avec React et Capacitor. Le projet suit une architecture en couches :\n\n* `src/` : le code\n"


def _named(tmp_path, readme: str) -> dict:
    files = {"README.md": readme, "package.json": '{"name": "carto-mobile", "version": "1.0.0"}\n', "src/App.tsx": "export const App = () => null;\n"}
    repo = make_repo(tmp_path / "carto-mobile-refonte", [{"files": files, "date": "2025-03-02T10:00:00Z", "message": "init"}])
    return run_audit(repo, tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


def test_the_repository_naming_itself_after_the_template_is_the_description(tmp_path):
    r = _named(tmp_path, TEMPLATE + OWN.format(name="Carto"))
    assert r["description"] and r["description"]["line"] == 24 and r["description"]["text"].startswith("Carto est une application"), r["description"]


def test_near_miss_another_name_saying_what_it_is_is_no_description(tmp_path):
    r = _named(tmp_path, TEMPLATE + OWN.format(name="Capacitor"))
    assert r["description"] is None, r["description"]
