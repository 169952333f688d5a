"""An impact heading about the page's own subject is no impact indicator (issue 12, s45 ff45 = reader rb45's Tristan14123/cpgeom_doc).

cpgeom_doc: a trainee's MkDocs notes; docs/page6.md, a page on internet memes, has the heading "🌍 L'Impact Culturel Global" over
prose on how memes spread (no figure). scaling.impact-indicators passed on it ("impact section in the docs"), though nothing in the
repository measures the project's use or effect. Rule now: an impact heading qualified by another subject ("Impact culturel")
counts only when its section gives a figure; a bare "Impact", the effects a project reports (environmental, social…) still count.
Near miss: the same qualified heading over a section that gives figures still passes."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

IMPACT = "scaling.impact-indicators"
PROSE = ("#### Un langage commun\n\nLes images détournées circulent d'un pays à l'autre et se comprennent sans traduction.\n\n"
         "#### Un outil d'influence\n\nElles servent la satire et parfois la désinformation.\n\n")


def _impact(tmp_path, heading, body, name):
    files = {"README.md": "# Carnet\n\nMes notes de formation.\n",
             "docs/index.md": "# Accueil\n\nNotes de cours de géomatique.\n",
             "docs/culture.md": "# Les images virales\n\n## Histoire\n\nDes origines à nos jours.\n\n" + heading + "\n\n" + body
                                + "### L'avenir\n\nÀ suivre.\n"}
    return results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=[IMPACT]))[IMPACT]


def test_an_impact_heading_on_the_pages_subject_without_figures_is_no_indicator(tmp_path):
    r = _impact(tmp_path, "### 🌍 L'Impact Culturel Global", PROSE, "sub")
    assert r["status"] != "pass" and "Impact" not in str(r["evidence"]), r


def test_near_miss_the_same_heading_over_figures_and_a_bare_impact_still_count(tmp_path):
    r = _impact(tmp_path, "### 🌍 L'Impact Culturel Global", "Les pages du carnet ont été lues 1 200 fois en 2025.\n\n", "fig")
    assert r["status"] == "pass" and "Impact" in str(r["evidence"]), r
    r = _impact(tmp_path, "### Impact", PROSE, "bare")
    assert r["status"] == "pass" and "Impact" in str(r["evidence"]), r
