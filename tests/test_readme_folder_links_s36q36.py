"""Session 36 (q36), README facts found wrong by reader r18c: a README's links to folders of its own repository.

mission-apprentissage/sirius-ml's README lists its parts with links to their folders
(https://github.com/mission-apprentissage/sirius-ml/tree/main/database, …/exposition, …/outlier) and says "Detailed documentations
are provided in each repository"; each folder's README has "### Install the requirements" and "## 0. Add environment variable". The
installation and configuration were said absent: a link to a folder (a forge's tree address of the audited repository, or a relative
"database/") was never followed, though the forge shows that folder's README under it. Now it leads to the folder's README.

Near misses: a link to a folder without a README, or to another repository's tree, gives nothing. The files are written for these
tests, in the shape of the real repository.
"""

from __future__ import annotations

from dataclasses import replace

from auditor.target import parse_target
from tests.test_reusability_fixtures import build, run_audit

PART = """# OUTIL-PART

## 0. Add environment variable
The application depends on this secret environment variables:
- $OUTIL_DB_URL

## 1. Test application

### Install the requirements

```
$ cd {part} && python3 -m venv .venv && source .venv/bin/activate
$ pip install -r requirements.txt
```

### Start the application
```
$ fastapi dev api.py
```
"""

README = """# OUTIL-ML

OUTIL-ML is a machine learning repository providing tools to moderate and classify testimonies for the OUTIL service.

## Features

- Loading from database [database/]({link}database)
- Moderation [moderation/]({link}moderation)

Detailed documentations are provided in each repository.

## License

This project is licensed under the [GNU AGPL License](https://www.gnu.org/licenses/agpl-3.0.html).
"""

OWN = "https://github.com/exemple-org/outil-ml/tree/main/"


def _files(link: str = OWN, readme_in_database: bool = True) -> dict:
    files = {"README.md": README.format(link=link), "LICENSE": "GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n",
             "database/api.py": "from fastapi import FastAPI\napp = FastAPI()\n", "database/requirements.txt": "fastapi==0.110.0\n",
             "moderation/api/api.py": "from fastapi import FastAPI\napp = FastAPI()\n", "moderation/api/requirements.txt": "fastapi==0.110.0\n"}
    if readme_in_database:
        files["database/README.md"] = PART.format(part="database")
    return files


def _readme(tmp_path, files: dict, folder: str = "outil-ml") -> dict:
    return run_audit(build(tmp_path / folder, files), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


def test_the_own_tree_address_of_a_folder_leads_to_its_readme(tmp_path):
    info = _readme(tmp_path, _files())
    assert {"install", "configuration"} <= set(info["sections"]), info["sections"]
    assert info["section_sources"]["install"] == "database/README.md", info["section_sources"]
    assert info["section_sources"]["configuration"] == "database/README.md", info["section_sources"]


def test_a_relative_link_to_a_folder_leads_to_its_readme(tmp_path):
    info = _readme(tmp_path, _files(link="./"))
    assert info["section_sources"].get("install") == "database/README.md", info["section_sources"]


def test_a_folder_without_readme_gives_nothing(tmp_path):
    # near miss: moderation/ holds no README (only moderation/api/), database/ none either here
    info = _readme(tmp_path, _files(readme_in_database=False))
    assert "install" not in info["sections"] and "configuration" not in info["sections"], info["sections"]


def test_another_repositorys_tree_gives_nothing(tmp_path):
    # near miss: the same links, audited as a repository of another name: they lead to another project's folders
    info = _readme(tmp_path, _files(), folder="outil-front")
    assert "install" not in info["sections"] and "configuration" not in info["sections"], info["sections"]


def test_own_tree_readme():
    from auditor.facts.own_links import own_tree_readme

    local = replace(parse_target("/tmp"), name="outil-ml")
    files = {"README.md": 1, "database/README.md": 1, "database/api.py": 1, "moderation/api/README.md": 1, "docs/Readme.rst": 1}
    assert own_tree_readme(OWN + "database", local, files) == "database/README.md"
    assert own_tree_readme("https://github.com/exemple-org/outil-ml/tree/feature/x/database/", local, files) == "database/README.md"
    assert own_tree_readme(OWN + "docs", local, files) == "docs/Readme.rst"
    assert own_tree_readme(OWN + "moderation", local, files) is None  # no README in that folder
    assert own_tree_readme("https://github.com/exemple-org/autre/tree/main/database", local, files) is None
    assert own_tree_readme(OWN.replace("/tree/", "/blob/") + "database", local, files) is None
    assert own_tree_readme(OWN + "../../etc", local, files) is None
    gh = replace(parse_target("https://github.com/exemple-org/outil-ml"))
    assert own_tree_readme(OWN + "database", gh, files) == "database/README.md"
    assert own_tree_readme("https://github.com/other-org/outil-ml/tree/main/database", gh, files) is None


def test_a_code_sample_chapter_is_the_usage():
    # the README's own "## Code sample" over the demo notebooks that show the features at work (sirius-ml's README.md:17-19)
    from auditor.facts.readme import analyse
    text = README.format(link=OWN) + ("\n## Code sample\n\nJupyter notebooks are provided to test moderation and exposition features in "
                                      "[notebooks/](https://github.com/exemple-org/outil-ml/tree/main/notebooks)\n")
    found = {d["name"]: d for d in analyse(text, "README.md")["section_details"]}
    assert found["usage"]["text"] == "Code sample", found.get("usage")
    # near miss: a chapter on samples of data is no usage
    found = {d["name"]: d for d in analyse(README.format(link=OWN) + "\n## Data samples\n\nA few rows of the testimonies table.\n",
                                           "README.md")["section_details"]}
    assert "usage" not in found, found.get("usage")
