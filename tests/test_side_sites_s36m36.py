"""A site generator's configuration in a sub-folder beside a package (issue 12, session 36 m36, InseeFrLab/torchTextClassifiers):
a PyTorch library (pyproject.toml naming it, its package folder) whose example notebooks form a Quarto website
(notebooks/_quarto.yml, ``project: type: website``) was judged a static site (static-site 5 against library 3), and the
accessibility check then failed on its documentation diagrams as if it served pages. A site kept in a folder beside the
package documents it or shows it in use: the project is the package. A site at the root, or a site in a folder with no
package beside it, stays the project."""

from __future__ import annotations

import json

from tests.test_kind_first_reads import kind_and_results

_NOTEBOOK = json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "source": ["from textclf import Classifier\n", "Classifier()"],
                                   "outputs": [], "execution_count": None}],
                        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                        "nbformat": 4, "nbformat_minor": 5})
_PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _library() -> dict:
    return {"README.md": "# textclf\n\nA text classification toolkit built on PyTorch.\n\n```bash\npip install textclf\n```\n\n"
                         "```python\nfrom textclf import Classifier\n```\n",
            "pyproject.toml": "[project]\nname = \"textclf\"\nversion = \"0.1.0\"\ndependencies = [\"numpy>=1.26\", \"pytorch-lightning>=2.4\"]\n\n"
                              "[dependency-groups]\ndocs = [\"sphinx>=8.1\", \"pydata-sphinx-theme>=0.16\"]\n",
            "textclf/__init__.py": "from textclf.model import Classifier\n",
            "textclf/model.py": "import torch\n\n\nclass Classifier(torch.nn.Module):\n    def forward(self, x):\n        return x\n",
            "textclf/dataset.py": "import torch\n\n\nclass TextDataset(torch.utils.data.Dataset):\n    pass\n",
            "textclf/tokenizer.py": "class Tokenizer:\n    def tokenize(self, text):\n        return text.split()\n",
            "tests/test_model.py": "from textclf import Classifier\n\n\ndef test_forward():\n    assert Classifier()\n",
            "notebooks/_quarto.yml": "project:\n  type: website\n\nwebsite:\n  title: \"Example notebooks\"\n",
            "notebooks/example.ipynb": _NOTEBOOK, "notebooks/multilabel.ipynb": _NOTEBOOK,
            "notebooks/utils.py": "def show(df):\n    return df.head()\n",
            "docs/source/conf.py": "project = 'textclf'\nextensions = ['myst_parser']\nhtml_theme = 'pydata_sphinx_theme'\n",
            "docs/source/index.md": "# textclf\n\n```{toctree}\narchitecture/index\n```\n",
            "docs/source/architecture/index.md": "# Architecture\n\n![The model](diagrams/model.png)\n",
            "docs/source/architecture/diagrams/model.png": _PNG, "docs/source/architecture/diagrams/concat.png": _PNG}


def test_a_quarto_site_of_notebooks_beside_a_python_package_is_no_static_site(tmp_path):
    project, res = kind_and_results(tmp_path, _library(), ["interoperability.accessibility-and-ecodesign"])
    assert project["kind"] == "library", project
    assert not any(str(e.get("reason", "")).startswith("static site generator") for e in project["kind_evidence"]), project
    # (no page served: the documentation's diagrams are no interface to make accessible)
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable", res["interoperability.accessibility-and-ecodesign"]


def test_a_hugo_site_in_a_folder_beside_a_python_package_is_no_static_site(tmp_path):
    files = _library()
    for p in ("notebooks/_quarto.yml", "notebooks/example.ipynb", "notebooks/multilabel.ipynb", "notebooks/utils.py"):
        files.pop(p)
    files.update({"website/hugo.toml": "baseURL = 'https://textclf.example.org/'\ntitle = 'textclf'\n",
                  "website/content/_index.md": "# textclf\n\nThe toolkit.\n",
                  "website/layouts/index.html": "<!doctype html>\n<html lang=\"en\"><body>{{ .Content }}</body></html>\n"})
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "library", project  # (the site's layout is no page of the package)


def test_a_quarto_site_at_the_root_stays_a_static_site_whatever_package_it_shows(tmp_path):
    # near miss: the site is the project (its _quarto.yml at the root, its pages the repository's documents)
    files = {"README.md": "# Guide\n\nLe guide des bonnes pratiques.\n",
             "_quarto.yml": "project:\n  type: website\n\nwebsite:\n  title: \"Guide\"\n",
             "index.qmd": "---\ntitle: Accueil\n---\n\nLe guide.\n", "fiches/import.qmd": "---\ntitle: Import\n---\n\nImporter.\n",
             "fiches/cartes.qmd": "---\ntitle: Cartes\n---\n\nCartographier.\n",
             "pyproject.toml": "[project]\nname = \"guide\"\nversion = \"0.1.0\"\ndependencies = [\"pandas\"]\n",
             "guide/__init__.py": "", "guide/helpers.py": "def load():\n    return 1\n", "guide/plots.py": "def plot():\n    return 2\n"}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "static-site", project


def test_a_site_in_a_folder_with_no_package_beside_it_stays_a_static_site(tmp_path):
    # near miss: a Hugo site in website/ beside its deployment scripts, no package: the site is the project
    files = {"README.md": "# Site\n\nLe site de la démarche.\n",
             "website/hugo.toml": "baseURL = 'https://demarche.example.fr/'\ntitle = 'Démarche'\n",
             "website/content/_index.md": "# Démarche\n\nLa démarche.\n", "website/content/faq.md": "# FAQ\n\nQuestions.\n",
             "deploy/publish.sh": "#!/bin/sh\nhugo -s website && rsync -a website/public/ web:/srv/site/\n"}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "static-site", project
