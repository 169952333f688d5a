"""A README's link to the project's OWN documentation site leads to the docs/ sources it is built from (issue 12, s40 fu40 =
meteofrance/common_makefiles, CNES/gridr): "## Documentation → https://<owner>.github.io/<repo>/" (the repo_url of its mkdocs.yml)
gives docs/20_install.md as the installation; "To install and use X, refer to the online documentation (https://<repo>.readthedocs.io)"
(its .readthedocs.yaml's Sphinx conf.py in docs/source) gives the tutorials of docs/source as the usage. Near miss: a link to
ANOTHER project's site gives nothing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECTIONS = "documentation.readme-sections"
MKDOCS = {"mkdocs.yml": "site_name: Outils communs\nrepo_url: https://github.com/exemple-org/outils_communs\n",
          "docs/index.md": "# Accueil\n\nDes Makefiles communs.\n",
          "docs/20_install.md": "# Comment les mettre dans votre dépôt ?\n\nCopiez la commande :\n\n    curl -s https://x.example/i.sh | sh\n",
          "Makefile": "all:\n\techo ok\n"}


def _found(tmp_path, files, name):
    r = judge(tmp_path, files, [SECTIONS], name=name)[1][SECTIONS]
    return r["message"]["en"].split("missing")[0]


def test_a_link_to_the_own_mkdocs_site_gives_its_install_page(tmp_path):
    readme = "# Outils communs\n\n## Qu'est-ce que c'est ?\n\nDes Makefiles communs.\n\n## Documentation\n\n[https://exemple-org.github.io/outils_communs/](https://exemple-org.github.io/outils_communs/)\n"
    assert "installation" in _found(tmp_path, {**MKDOCS, "README.md": readme}, "outils_communs")


def test_near_miss_a_link_to_another_projects_site_gives_nothing(tmp_path):
    readme = "# Outils communs\n\n## Qu'est-ce que c'est ?\n\nDes Makefiles communs.\n\n## Documentation\n\n[https://autre-org.github.io/autre_outil/](https://autre-org.github.io/autre_outil/)\n"
    assert "installation" not in _found(tmp_path, {**MKDOCS, "README.md": readme}, "outils_communs")


SPHINX = {".readthedocs.yaml": "version: 2\nsphinx:\n  configuration: docs/source/conf.py\n",
          "docs/source/conf.py": "project = 'gridx'\n",
          "docs/source/index.rst": "Welcome\n=======\n",
          "docs/source/tutorials/index.rst": "User Guides\n===========\n\nResample a grid step by step.\n",
          "pyproject.toml": "[project]\nname = \"gridx\"\nversion = \"0.1\"\n",
          "gridx/__init__.py": "def resample():\n    return 1\n"}


def test_a_link_to_the_own_readthedocs_site_gives_its_tutorials_as_usage(tmp_path):
    readme = "# GridX\n\nA library to resample grids.\n\n## Getting Started\nTo install and use GridX, refer to the [online documentation](https://gridx.readthedocs.io/en/latest/)\n"
    assert "usage" in _found(tmp_path, {**SPHINX, "README.md": readme}, "gridx")


def test_near_miss_another_projects_readthedocs_gives_no_usage(tmp_path):
    readme = "# GridX\n\nA library to resample grids.\n\n## Getting Started\nTo install and use GridX, refer to the [online documentation](https://numpy.readthedocs.io/en/latest/)\n"
    assert "usage" not in _found(tmp_path, {**SPHINX, "README.md": readme}, "gridx")
