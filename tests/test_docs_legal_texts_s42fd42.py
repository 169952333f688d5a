"""files.docs: REUSE's LICENSES/ folder of licence texts, which the README links for its licence, is no documentation folder, nor is a
folder holding only legal texts; a folder of guides the README links stays the documentation (issue 12, s42 fd42, reader rv42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

MIT = "MIT License\n\nCopyright (c) 2024 Etalab\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n"
BASE = {"pyproject.toml": '[project]\nname = "bot"\nversion = "0.1.0"\nlicense = {text = "MIT"}\n', "app/__main__.py": "print('bot')\n",
        "docs/.gitkeep": "", "LICENSE": MIT, "LICENSES/MIT.txt": MIT, "LICENSES/CC0-1.0.txt": "Creative Commons Legal Code\n\nCC0 1.0 Universal\n"}


def _docs(tmp_path, readme: str, files: dict, name: str):
    commits = [{"files": {**BASE, "README.md": readme, **files}, "date": "2024-05-02T09:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["reusability.configuration"])["facts"]["files"]["docs"]


# - etalab-ia/albert-tchap: docs/ holds only .gitkeep; the README links LICENSES/MIT.txt three times ("## Licence … [MIT](LICENSES/MIT.txt)"):
#   files.docs was LICENSES/.
def test_the_reuse_licences_folder_the_readme_links_is_no_documentation(tmp_path):
    readme = ("# Bot\n\nUn bot pour la messagerie.\n\n## Documentation\n\nVoir le code.\n\n## Licence\n\n"
              "Ce projet est sous licence [MIT](LICENSES/MIT.txt), ses fichiers de configuration sous [CC0](LICENSES/CC0-1.0.txt).\n")
    assert _docs(tmp_path, readme, {}, "reuse") is None


# - GouvernementFR/dsfr: doc/ holds only doc/legal/cgu.md, cession.md, cgod.md (terms of use, rights transfer).
def test_a_folder_of_legal_texts_alone_is_no_documentation(tmp_path):
    readme = "# Bot\n\nUn bot pour la messagerie.\n\n## Conditions\n\nVoir les [CGU](legal/cgu.md).\n"
    assert _docs(tmp_path, readme, {"legal/cgu.md": "# Conditions générales d'utilisation\n\nArticle 1.\n",
                                    "legal/cession.md": "# Cession de droits\n\nArticle 1.\n"}, "legal") is None


def test_a_folder_of_guides_the_readme_links_stays_the_documentation(tmp_path):
    readme = ("# Bot\n\nUn bot pour la messagerie.\n\n## Documentation\n\nVoir le [guide d'installation](guides/installation.md).\n\n"
              "## Licence\n\n[MIT](LICENSES/MIT.txt)\n")
    assert _docs(tmp_path, readme, {"guides/installation.md": "# Installation\n\nLancez `python app`.\n"}, "guides") == "guides/"
