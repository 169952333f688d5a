"""interoperability.accessibility-and-ecodesign said "Present: RGAA statement" on a territory's Streamlit dashboard (issue 12, s34 n34 =
aubryprieur/streamlit_data_territoire) from a link to a health ministry's study in a caption, "[l'accessibilité aux
chirurgiens-dentistes](https://drees.solidarites-sante.gouv.fr/…/accessibilite-aux-soins-de-premier-recours-de-fortes)": access to
care, not the site's accessibility. A word inside another page's address counts only when that page is a statement's
(".../accessibilite", "declaration-accessibilite.html")."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

A11Y = "interoperability.accessibility-and-ecodesign"
CAPTION = ("import streamlit as st\n\nst.title('Santé')\nst.caption(\"Pour plus d'information : l'article de la drees sur "
           "[l'accessibilité aux chirurgiens-dentistes](%s)\")\n")
STUDY = "https://drees.solidarites-sante.gouv.fr/jeux-de-donnees-communique-de-presse/accessibilite-aux-soins-de-premier-recours-de-fortes"


def _statement(tmp_path, name, url):
    files = {"README.md": "# Données territoire\n\nUn tableau de bord des données d'une commune.\n", "requirements.txt": "streamlit==1.30.0\n",
             "app.py": "import streamlit as st\n\nst.set_page_config(page_title='Territoire')\n", "pages/sante.py": CAPTION % url}
    a11y = results(run(build(tmp_path / name, files), tmp_path / f"c{name}", sponsor="local-authority", only=[A11Y]))[A11Y]
    return a11y["details"]["criteria"]["a11y_statement"], a11y


def test_a_study_on_access_to_care_is_no_statement(tmp_path):
    found, a11y = _statement(tmp_path, "study", STUDY)
    assert found is False, a11y["message"]


def test_a_link_to_the_sites_accessibility_page_still_is(tmp_path):
    found, a11y = _statement(tmp_path, "page", "https://www.ville-exemple.fr/accessibilite")
    assert found is not False, a11y["message"]
