"""A docs page publishing the site with the repository's own generator is its install guide (issue 12, s45 ff45 = reader rb45's
Tristan14123/cpgeom_doc).

cpgeom_doc: a MkDocs site (mkdocs.yml, docs/); docs/page1.md installs WSL and Git, clones "votre-repo" (a placeholder), then says
to install the material theme and publish with `mkdocs gh-deploy`. The page was taken for a guide to other software (it clones a
repository of another name), so reusability.install failed: "nothing says how to publish it … no instructions". Rule now: a page
giving the build or publish command of a site generator whose configuration is in the repository is not another software's guide.
Near miss: the same page without the generator command (Git installed, another repository cloned) still says nothing of this site."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = "reusability.install"
GUIDE = ("# Prérequis\n\n## Installer Git\n\n```bash\nsudo apt update\nsudo apt install git\n```\n\n"
         "## Cloner un dépôt\n\n```bash\ngit clone https://github.com/mon-compte/mon-depot.git\n```\n\n")
PUBLISH = "## Publier\n\nInstaller le thème puis publier :\n\n```bash\npip install mkdocs-material\nmkdocs gh-deploy\n```\n"
SOURCES = {"mkdocs.yml": "site_name: Carnet\ntheme:\n  name: material\nnav:\n  - Accueil: index.md\n  - Prérequis: prerequis.md\n",
           "docs/index.md": "# Carnet\n\nNotes de formation en géomatique.\n",
           "readme.md": "# Carnet\n\nMes notes.\n"}


def test_a_page_publishing_with_the_repositorys_generator_is_an_instruction(tmp_path):
    _report, res = judge(tmp_path, {**SOURCES, "docs/prerequis.md": GUIDE + PUBLISH}, [INSTALL], name="pub")
    r = res[INSTALL]
    assert r["status"] in ("pass", "warn") and r["details"]["instructions"] is True, r["message"]
    assert any(e.get("path") == "docs/prerequis.md" for e in r["evidence"]), r["evidence"]


def test_near_miss_a_page_installing_other_software_only_is_no_instruction(tmp_path):
    _report, res = judge(tmp_path, {**SOURCES, "docs/prerequis.md": GUIDE}, [INSTALL], name="other")
    assert res[INSTALL]["details"]["instructions"] is False, res[INSTALL]["message"]
