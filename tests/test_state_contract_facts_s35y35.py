"""Session 35, y35: State contract facts reader r17a found wrong (issue 12).

- licence (IGNF/Samon_gouttieres): research code whose README says a third party's package "was copied into FFL/" (FFL/LICENSE.txt,
  FFL/setup.py and two nested setup.py declaring BSD-3-Clause, the author's own copyright) and that holds no licence of its own:
  the copy's declarations are not the project's licence (spdx null, status none), they are listed apart as a component's.
- contact (IGNF/Samon_gouttieres): the heading "Implémentation officielle de … toits en 3D à l'aide du Frame Field Learning" has the
  word "aide" only in the locution "à l'aide de" (by means of): no contact chapter; the description is then the sentence under it,
  not the title.
- community files (InseeFrLab/presentpop): a cookiecutter's docs/contributing.rst that only includes an absent ../CONTRIBUTING.rst
  is no contributing guide (nor docs/history.rst a changelog).
- files.docs (IGNF/circe, IGNF/pytrf): the committed Doxygen html/ the README points to; a root PDF its Documentation chapter links.
- linked sections (IGNF/circe, DISIC/Ara): the addresses of a linked CONTRIBUTING.md are the contact; the .env variables a linked
  README explains are the configuration.
- description (InseeFrLab/presentpop): a credit line "by A, B and C." and a figure's caption are no description.
"""

from __future__ import annotations

from auditor.facts.readme import analyse
from auditor.facts.readme_headings import heading_sections
from tests.test_reusability_fixtures import build, results, run_audit

BSD = ("BSD 3-Clause License\n\nCopyright (c) 2022, Jeanne Autrice.\nAll rights reserved.\n\nRedistribution and use in source and binary "
       "forms, with or without\nmodification, are permitted provided that the following conditions are met:\n\n1. Redistributions of "
       "source code must retain the above copyright notice, this\n   list of conditions and the following disclaimer.\n\n2. Redistributions "
       "in binary form must reproduce the above copyright notice,\n   this list of conditions and the following disclaimer in the "
       "documentation\n   and/or other materials provided with the distribution.\n\n3. Neither the name of the copyright holder nor the "
       "names of its\n   contributors may be used to endorse or promote products derived from\n   this software without specific prior "
       "written permission.\n\nTHIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"\nAND ANY EXPRESS OR IMPLIED "
       "WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE\nIMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n"
       "DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\nFOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, "
       "EXEMPLARY, OR CONSEQUENTIAL\nDAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\nSERVICES; LOSS OF USE, "
       "DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\nCAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n"
       "OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\nOF THIS SOFTWARE, EVEN IF ADVISED OF THE "
       "POSSIBILITY OF SUCH DAMAGE.\n")


def _setup(name: str) -> str:
    return (f"from setuptools import setup\n\nsetup(\n    name=\"{name}\",\n    version=\"1.0\",\n    author=\"Jeanne Autrice\",\n"
            f"    license=\"BSD-3-Clause license\",\n    packages=[\"{name}\"],\n)\n")


def _py(folder: str, n: int) -> dict:
    return {f"{folder}/m{i}.py": "".join(f"def f{i}_{j}(x):\n    return x + {j}\n\n" for j in range(12)) for i in range(n)}


def _roofs(readme_copy_line: str) -> dict:
    return {
        "readme.md": "<h1 align=\"center\">\n  Reconstruction de toits en 3D\n</h1>\n\nCe répertoire reconstruit les contours de toit.\n\n"
                     f"## Inférences\n\n{readme_copy_line}\nPour l'installation, suivre le readme.\n\n## Installation\n\n"
                     "```\nmamba env create -f env.yaml\n```\n",
        "env.yaml": "name: toits\ndependencies:\n  - python=3.10\n",
        "toits.py": "def main():\n    return 0\n",
        **_py("v2", 3), **_py("recalage", 2),
        "FFL/LICENSE.txt": BSD, "FFL/README.md": "# Frame field learning\n\nPolygonal building extraction.\n",
        "FFL/setup.py": _setup("frame_field_learning"), **_py("FFL/frame_field_learning", 8),
        "FFL/lydorn_utils/setup.py": _setup("lydorn_utils"), **_py("FFL/lydorn_utils/lydorn_utils", 4),
    }


def test_a_copied_packages_declaration_is_not_the_projects_licence(tmp_path):
    report = run_audit(build(tmp_path / "r", _roofs("Le code FFL a été copié dans [FFL](FFL/).")), tmp_path / "c", ["licensing.open-license"])
    lic = report["facts"]["license"]
    assert lic["spdx"] is None and lic["status"] == "none", {k: lic.get(k) for k in ("spdx", "status", "declared", "sources")}
    assert lic["folders"] == {"FFL": "BSD-3-Clause"}
    assert {c["file"] for c in lic["components"]} == {"FFL/setup.py", "FFL/lydorn_utils/setup.py"}, lic.get("components")
    assert results(report)["licensing.open-license"]["status"] == "fail"


def test_packages_the_readme_does_not_call_copies_still_declare_it(tmp_path):
    # near miss: the same tree, the README naming the folder without saying it was copied (a monorepo's own packages)
    report = run_audit(build(tmp_path / "r", _roofs("Le code du modèle est dans [FFL](FFL/).")), tmp_path / "c", ["licensing.open-license"])
    lic = report["facts"]["license"]
    assert lic["spdx"] == "BSD-3-Clause" and lic["status"] == "declared-only", {k: lic.get(k) for k in ("spdx", "status", "components")}


ROOFS_README = """
<h1 align="center">
  Reconstruction de contours de toits en 3D à l’aide du Frame Field Learning
</h1>

<h4 align="center">Implémentation officielle de <a href="https://revue.example.org/article/7">Reconstruction de contours de toits en 3D à l’aide du Frame Field Learning</a></h4>


Ce répertoire permet de reconstruire en 3D les contours de toit à partir d'images orientées.


## Installation

```
mamba env create -f env.yaml
```

## Exécution

```
python toits.py --input [répertoire]
```
"""


def test_by_means_of_is_no_help_chapter():
    info = analyse(ROOFS_README, "readme.md")
    assert "contact" not in info["sections"], info["sections"]
    assert info["description"]["text"].startswith("Ce répertoire permet de reconstruire"), info["description"]
    assert heading_sections("Calcul des surfaces à l'aide d'un modèle numérique") == []


def test_help_headings_stay_contact():
    for heading in ("Besoin d'aide ?", "Aide", "Obtenir de l'aide", "Contact et aide"):
        assert heading_sections(heading) == ["contact"], heading


def _cookiecutter_docs(with_targets: bool) -> dict:
    files = {
        "README.md": "# presentpop\n\nCode de réplication d'un article sur la population présente.\n",
        "setup.py": "from setuptools import setup\n\nsetup(name=\"popu\", version=\"0.1\", license=\"MIT license\")\n",
        "popu/__init__.py": "", "popu/core.py": "def run():\n    return 1\n",
        "docs/conf.py": "project = 'popu'\n", "docs/index.rst": "Welcome\n=======\n\n.. toctree::\n\n   contributing\n   history\n",
        "docs/contributing.rst": ".. include:: ../CONTRIBUTING.rst\n", "docs/history.rst": ".. include:: ../HISTORY.rst\n",
    }
    if with_targets:
        files["CONTRIBUTING.rst"] = "Contributing\n============\n\nOpen an issue, then a merge request with tests.\n"
        files["HISTORY.rst"] = "History\n=======\n\n0.1.0 (2023-03-01)\n------------------\n\n* First release.\n"
    return files


def test_an_include_of_a_missing_file_is_no_community_document(tmp_path):
    report = run_audit(build(tmp_path / "r", _cookiecutter_docs(False)), tmp_path / "c", ["documentation.community-files"])
    files = report["facts"]["files"]
    assert not files.get("contributing") and not files.get("changelog"), {k: files.get(k) for k in ("contributing", "changelog")}


def test_an_include_of_a_file_that_is_there_stays_the_document(tmp_path):
    report = run_audit(build(tmp_path / "r", _cookiecutter_docs(True)), tmp_path / "c", ["documentation.community-files"])
    files = report["facts"]["files"]
    assert files.get("contributing") and files.get("changelog"), {k: files.get(k) for k in ("contributing", "changelog")}


def _files_fact(tmp_path, tree: dict) -> dict:
    return run_audit(build(tmp_path / "r", tree), tmp_path / "c", ["documentation.docs"])["facts"]["files"]


def _doxygen_tree(readme_link: str) -> dict:
    pages = {f"html/class_{n}.html": f"<html><head><title>Lib: {n}</title></head><body>{n}</body></html>\n" for n in ("a", "b", "c")}
    return {"README.md": "# Circé\n\nTransformation de coordonnées entre systèmes de référence.\n\n## CODE DOCUMENTATION\n\n"
                         f"Please open the following page to get access to the software documentation:\n\n{readme_link}\n",
            "LICENSE": "GPL\n", "src/lib.cpp": "int f() { return 1; }\n", "src/lib.h": "int f();\n",
            "html/index.html": "<html><head><title>Lib: Main Page</title></head><body>Generated by Doxygen 1.8.20</body></html>\n", **pages}


def test_a_doxygen_folder_the_readme_points_to_is_the_documentation(tmp_path):
    files = _files_fact(tmp_path, _doxygen_tree('<a href="https://github.com/org/circe/blob/main/html/index.html">index.html</a>'))
    assert files["docs"] == "html/", files["docs"]


def test_a_doxygen_folder_the_readme_does_not_name_stays_no_documentation(tmp_path):
    files = _files_fact(tmp_path, _doxygen_tree("Ask the team for it."))
    assert files["docs"] is None, files["docs"]


def _slides_tree(chapter: str) -> dict:
    return {"README.md": "# pytrf\n\nA library for GNSS time series and reference frames.\n\n## Installation\n\n`pip install .`\n\n"
                         f"{chapter}\n\nThe slides used for the latest session are available [here](pytrf-training-slides.pdf).\n",
            "LICENSE.md": "MIT\n", "pytrf/__init__.py": "", "pytrf/core.py": "def f():\n    return 1\n",
            "pytrf-training-slides.pdf": "%PDF-1.4\n" + "x" * 3000}


def test_a_root_pdf_the_documentation_chapter_links_is_the_documentation(tmp_path):
    assert _files_fact(tmp_path, _slides_tree("## Documentation\n\n### Training slides"))["docs"] == "pytrf-training-slides.pdf"


def test_a_root_pdf_linked_from_another_chapter_is_no_documentation(tmp_path):
    assert _files_fact(tmp_path, _slides_tree("## Results"))["docs"] is None


def _sections_found(tmp_path, tree: dict) -> list[str]:
    return results(run_audit(build(tmp_path / "r", tree), tmp_path / "c", ["documentation.readme-sections"]))["documentation.readme-sections"]["details"]["found"]


CIRCE = {"README.md": "# Circé\n\nCircé transforme des coordonnées entre systèmes de référence.\n\n## Purpose of the project\n\n"
                      "The project provides the library to any developer. Contributions are appreciated; [please read here how to contribute or\n"
                      "send questions to the team.](CONTRIBUTING.md)\n\n## Compilation\n\nOpen the Qt project and build it.\n",
         "LICENSE": "GPL\n", "src/lib.cpp": "int f() { return 1; }\n",
         "CONTRIBUTING.md": "## When you're signed out ...\n\nFirst of all, you can send an email to _geodesie(AT)ign.fr_ for any topic related "
                            "to geodesy.\n\nQuestions regarding the source code must be sent to _circe(AT)ign.fr_.\n\n* Bug reporting.\n\n"
                            "The preferred way of contribution to the source code is as follows:\n\n1. Fork the repository.\n"}


def test_the_addresses_of_a_linked_contributing_guide_are_the_contact(tmp_path):
    assert "contact" in _sections_found(tmp_path, CIRCE)


def test_a_linked_contributing_guide_without_an_address_gives_no_contact(tmp_path):
    tree = {**CIRCE, "CONTRIBUTING.md": CIRCE["CONTRIBUTING.md"].replace("_geodesie(AT)ign.fr_", "the team").replace("_circe(AT)ign.fr_", "the forum")}
    assert "contact" not in _sections_found(tmp_path, tree)


ARA = {"README.md": "# Ara\n\nAra est une plateforme pour réaliser des audits d'accessibilité.\n\n## Installation\n\n```sh\nyarn install\n```\n\n"
                    "> [!IMPORTANT]\n> Il faut aussi suivre [les étapes d’installation du backend](./api/README.md#installation-du-backend).\n\n"
                    "## Développement\n\n```sh\nyarn dev\n```\n",
       "package.json": "{\"name\": \"ara\", \"private\": true, \"workspaces\": [\"api\", \"web\"]}\n",
       "api/package.json": "{\"name\": \"api\", \"private\": true, \"dependencies\": {\"@nestjs/core\": \"^10.0.0\"}}\n",
       "api/src/main.ts": "const port = process.env.PORT;\nexport default port;\n", "api/.env.example": "MAILER_USER=\nMAILER_PASSWORD=\nJWT_SECRET=secret\n",
       "api/README.md": "# Back-end Ara\n\nLe projet est une API Nest.js.\n\n## Installation du backend\n\nCréer le fichier de variables "
                        "d’environnement :\n\n```sh\ncp .env.example .env\n```\n\nRemplir les variables d’environnement requises dans le `.env` :\n\n"
                        "- `MAILER_USER` et `MAILER_PASSWORD` peuvent être générées via un compte de test.\n- `JWT_SECRET` peut être laissé à "
                        "sa valeur par défaut.\n\nLancer les migrations :\n\n```sh\nyarn migrate:dev\n```\n",
       "web/package.json": "{\"name\": \"web\", \"private\": true, \"dependencies\": {\"vue\": \"^3.0.0\"}}\n", "web/src/main.ts": "export const a = 1;\n"}


def test_the_variables_a_linked_readme_explains_are_the_configuration(tmp_path):
    assert "configuration" in _sections_found(tmp_path, ARA)


def test_a_linked_guide_not_a_readme_keeps_headings_only(tmp_path):
    # near miss: the same sentence in a guide that is no README (docs/backend.md) still counts only by its headings
    tree = {k: v for k, v in ARA.items() if k != "api/README.md"}
    tree["docs/backend.md"] = ARA["api/README.md"]
    tree["README.md"] = ARA["README.md"].replace("./api/README.md#installation-du-backend", "./docs/backend.md")
    assert "configuration" not in _sections_found(tmp_path, tree)


PRESENTPOP = """# Replication codes for "Present Population from Mobile Phone Data for Official Statistics"
--------
by Jeanne Martin, François Durand, Léa Petit and Tom Bernard.

Pipeline organization
--------

The pipeline is organized in several modules as follows:

![](docs/schema.png)

Figure: _Overview of the method._ Red boxes represent source datasets, dark
blue boxes represent produced datasets.

* Pseudo-code (folder `pseudo-code`) implements the modules "presence panel" and "weighting". This code was run at the operator.

Installation
--------

```
pip3 install . --user
```
"""


def test_a_credit_line_and_a_caption_are_no_description():
    info = analyse(PRESENTPOP, "README.md")
    assert info["description"]["text"].startswith("Pseudo-code (folder pseudo-code) implements"), info["description"]


def test_a_sentence_led_by_by_or_figures_stays_a_description():
    text = PRESENTPOP.replace("by Jeanne Martin, François Durand, Léa Petit and Tom Bernard.",
                              "By crossing mobile phone data with the census, this code estimates the present population hourly.")
    assert analyse(text, "README.md")["description"]["text"].startswith("By crossing mobile phone data"), analyse(text, "README.md")["description"]
    text = PRESENTPOP.replace("by Jeanne Martin, François Durand, Léa Petit and Tom Bernard.\n", "").replace(
        "Figure: _Overview of the method._", "Figures and tables of the paper are produced by this code from mobile phone data.")
    assert analyse(text, "README.md")["description"]["text"].startswith("Figures and tables of the paper"), analyse(text, "README.md")["description"]
