"""A geomatics course published as an MkDocs site: its pages' words taken as the project's features (issue 12, session 29 fixer
d29; reader s28 m20o2: an urban-planning agency's documentation site, docs/ + mkdocs.yml + a gh-pages workflow).

- scaling.impact-indicators passed on course headings, "# Statistiques descriptives", "# STATISTIQUES ZONALES", and on Python
  comments inside fenced code blocks ("# Les statistiques peuvent se calculer par axe"): a statistical method taught, a comment,
  no figure of the project's own use. A "## Statistiques d'utilisation" section still counts.
- scaling.reuse counted a case study's wish ("la collectivité souhaite que l'outil développé puisse être réutilisé par d'autres
  territoires") as a deployment. "L'outil est utilisé par la commune de …" still counts.
- reusability.install credited the page "Installer GDAL dans Ubuntu / WSL" (sudo apt install gdal-bin) as the site's install
  document: it installs another software, the course's subject. A page that installs packages and builds the site (mkdocs) stays.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

IMPACT, REUSE, INSTALL = "scaling.impact-indicators", "scaling.reuse", "reusability.install"
MKDOCS = "site_name: Documentation géomatique\nnav:\n  - Accueil: index.md\n  - Python 1: python1.md\n  - GDAL: GDAL_Ubuntu.md\n  - Étude de cas: etude_cas.md\n"
WORKFLOW = ("name: gh-pages\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n      - run: pip install mkdocs-material\n"
            "      - run: mkdocs gh-deploy --force\n")
PYTHON = ("# Python 1 : numpy\n\nLes tableaux numpy.\n\n# Statistiques descriptives\n\n```python\nimport numpy as np\na = np.array([[1, 2], [3, 4]])\n"
          "# Les statistiques peuvent se calculer par axe\nprint(a.mean(axis=0))\n```\n\n# STATISTIQUES ZONALES\n\nLa moyenne des pixels d'un raster par polygone.\n")
GDAL = ("# **GDAL en pratique sous Ubuntu/WSL**\n\n## **Installer GDAL dans Ubuntu / WSL**\n\n```bash\nsudo apt update\nsudo apt install gdal-bin\n"
        "sudo apt install python3-gdal\n```\n\n## **Test de commande**\n\n```bash\ngdalinfo --version\n```\n")
CASE = ("# Étude de cas : une base de données\n\nDans le contexte du projet, la collectivité souhaite que l’outil développé puisse être réutilisé "
        "par d’autres territoires. Le respect du standard CNIG constitue un atout.\n")
SITE = {"mkdocs.yml": MKDOCS, ".github/workflows/gh-pages.yml": WORKFLOW, "docs/index.md": "# Documentation géomatique\n\nCours de l'agence d'urbanisme.\n",
        "docs/python1.md": PYTHON, "docs/GDAL_Ubuntu.md": GDAL, "docs/etude_cas.md": CASE}


def test_course_pages_are_no_impact_reuse_or_install_evidence(tmp_path):
    _, res = judge(tmp_path, SITE, [IMPACT, REUSE, INSTALL])
    assert res[IMPACT]["status"] != "pass", res[IMPACT]["evidence"]  # was pass 8 "impact section in the docs"
    assert "deployment" not in res[REUSE]["message"]["en"], res[REUSE]["message"]  # was warn "0 instance(s) and 1 deployment(s) named"
    assert "docs/GDAL_Ubuntu.md" not in str(res[INSTALL]["evidence"]), res[INSTALL]["evidence"]  # was "install document"


def test_a_usage_section_a_named_user_and_a_site_build_page_still_count(tmp_path):
    files = {**SITE, "docs/index.md": "# Documentation géomatique\n\nCours de l'agence d'urbanisme. L'outil est utilisé par la commune de "
                                       "Châlons-en-Champagne.\n\n## Statistiques d'utilisation\n\n1 200 visites par mois en 2026.\n",
             "docs/GDAL_Ubuntu.md": GDAL.replace("sudo apt install python3-gdal\n", "sudo apt install python3-gdal\npip install mkdocs-material\nmkdocs serve\n")}
    _, res = judge(tmp_path, files, [IMPACT, REUSE, INSTALL], name="kept")
    assert res[IMPACT]["status"] == "pass", res[IMPACT]
    assert "Châlons-en-Champagne" in str(res[REUSE]["evidence"]), res[REUSE]
    assert "docs/GDAL_Ubuntu.md" in str(res[INSTALL]["evidence"]), res[INSTALL]["evidence"]
