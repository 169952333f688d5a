"""README install section told by sentences (issue 12, s38 fr38, reader rt38 at b057159d).

The files are written for these tests, in the shape of the real repositories named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str, extra: dict | None = None) -> dict:
    commits = [{"files": {"README.md": readme, **(extra or {})}, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


def _install(r: dict):
    return next((d for d in r["section_details"] if d["name"] == "install"), None)


# - IGNF/FLAIR-2: a challenge baseline's README with no installation step; "A toy dataset (reduced size) is available to check that your
#   installation and the information in the configuration file are correct." was read as its install section. A sentence pointing
#   to the steps of the installation stays one.
FLAIR = ("# Challenge baseline\n\nSegmentation of aerial images for a land-cover challenge.\n\n## Usage\n\n"
         "Run `python main.py --config_file=config.yml` to train and test the model.\n\n"
         "A toy dataset (reduced size) is available to check that your installation and the information in the configuration file are correct.\n")


def test_checking_ones_installation_is_no_install_step(tmp_path):
    r = _readme(tmp_path, FLAIR, {"main.py": "print(1)\n"})
    assert "install" not in r["sections"], _install(r)


def test_a_sentence_pointing_to_the_installation_steps_stays_install(tmp_path):
    readme = FLAIR + "\nFor the installation, see [INSTALL.md](INSTALL.md).\n"
    r = _readme(tmp_path, readme, {"main.py": "print(1)\n", "INSTALL.md": "# Install\n\npip install -r requirements.txt\n"})
    assert "install" in r["sections"], r["section_details"]


# - DISIC/accessibilite.numerique.gouv.fr: under "## Infos", "Clone le dépot, `npm install`, `npm start`." is the whole installation;
#   it was not read because the README has chapters. One command alone in a sentence, or a developer's task, is none.
RGAA = ("# referentiel.exemple.fr\n\nLe site du référentiel d'accessibilité.\n\n## Version\n\nLa version 4.1.\n\n## Infos\n\n"
        "Ce site est créé avec 11ty.\n\n{line}\n\n## Licence\n\nLe code source est publié sous licence MIT.\n")


def test_a_sentence_chaining_install_and_start_commands_is_the_installation(tmp_path):
    r = _readme(tmp_path, RGAA.format(line="Clone le dépot, `npm install`, `npm start`."), {"package.json": '{"name": "site"}\n'})
    assert "install" in r["sections"] and _install(r)["line"] == 13, r["section_details"]


def test_a_developers_tasks_in_a_sentence_are_no_installation(tmp_path):
    r = _readme(tmp_path, RGAA.format(line="Avant une contribution, `npm test` et `npm run lint`."), {"package.json": '{"name": "site"}\n'})
    assert "install" not in r["sections"], _install(r)
