"""files.docs and docs.site (issue 12, s38 fc38 = reader rs38, meteofrance/enriching_gan_ensembles): a research code's docs/ holds
only what sphinx-quickstart wrote to build pages — its "Minimal makefile for Sphinx documentation", make.bat and a conf.py (autodoc,
the theme, the authors) — and not one page: no index.rst, no .rst or .md. files.docs said "docs/" and the docs fact a Sphinx site
(docs/conf.py), though build scripts alone document nothing. A documentation folder whose files are only its generator's build
scaffolding is no documentation, and a Sphinx conf.py with no page beside it no site. Near miss: the same docs/ with an index.rst
and a page stays the documentation folder and a Sphinx site."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

MAKEFILE = ("# Minimal makefile for Sphinx documentation\n#\n\nSPHINXOPTS    ?=\nSPHINXBUILD   ?= sphinx-build\nSOURCEDIR     = .\n"
            "BUILDDIR      = _build\n\nhelp:\n\t@$(SPHINXBUILD) -M help \"$(SOURCEDIR)\" \"$(BUILDDIR)\" $(SPHINXOPTS) $(O)\n\n"
            ".PHONY: help Makefile\n\n%: Makefile\n\t@$(SPHINXBUILD) -M $@ \"$(SOURCEDIR)\" \"$(BUILDDIR)\" $(SPHINXOPTS) $(O)\n")
MAKE_BAT = ("@ECHO OFF\r\n\r\npushd %~dp0\r\n\r\nREM Command file for Sphinx documentation\r\n\r\nif \"%SPHINXBUILD%\" == \"\" (\r\n"
            "\tset SPHINXBUILD=sphinx-build\r\n)\r\nset SOURCEDIR=.\r\nset BUILDDIR=_build\r\n\r\n%SPHINXBUILD% -M %1 %SOURCEDIR% %BUILDDIR%\r\npopd\r\n")
CONF = ("# Configuration file for the Sphinx documentation builder.\n\nimport os\nimport sys\n\nsys.path.insert(0, os.path.abspath('..'))\n\n"
        "project = 'ensembles'\ncopyright = '2024, A. Martin'\nauthor = 'A. Martin'\n\n"
        "extensions = ['sphinx.ext.todo', 'sphinx.ext.viewcode', 'sphinx.ext.autodoc']\n"
        "templates_path = ['_templates']\nexclude_patterns = ['_build']\nhtml_theme = 'sphinx_rtd_theme'\n")
README = ("# Enriching ensemble forecasts with a GAN\n\nA generative network that adds members to an ensemble weather forecast.\n\n"
          "# Installing\n\n```\npip install -r requirements.txt\n```\n\n# Running scripts\n\n```\npython train.py --config configs/exp.yaml\n```\n")
FILES = {"README.md": README, "requirements.txt": "torch==2.2.0\nnumpy==1.26.4\n",
         "gan/train.py": "import torch\n\n\ndef train(config):\n    return torch.zeros(1)\n",
         "docs/Makefile": MAKEFILE, "docs/make.bat": MAKE_BAT, "docs/conf.py": CONF}


def _facts(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-02-12T09:20:00Z", "message": "Initial commit", "author": ("Alice Martin", "alice@exemple.fr")},
                                      {"files": {"README.md": README + "\nUpdated.\n"}, "date": "2024-03-01T10:00:00Z", "message": "Update README.md"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.docs"]))
    return report["facts"]


def test_sphinx_build_scripts_alone_are_no_documentation(tmp_path):
    facts = _facts(tmp_path, FILES)
    assert facts["files"]["docs"] is None, facts["files"]["docs"]  # was "docs/"
    assert facts["docs"]["site"] == [], facts["docs"]["site"]  # was sphinx docs/conf.py


def test_a_sphinx_folder_with_pages_stays_documentation(tmp_path):
    files = {**FILES, "docs/index.rst": "Ensembles\n=========\n\n.. toctree::\n\n   usage\n",
             "docs/usage.rst": "Usage\n=====\n\nTrain the network with ``python train.py --config configs/exp.yaml``.\n"}
    facts = _facts(tmp_path, files)
    assert facts["files"]["docs"] == "docs/", facts["files"]["docs"]
    assert {"tool": "sphinx", "path": "docs/conf.py"} in facts["docs"]["site"], facts["docs"]["site"]
