"""A Quarto documentation website read as an analysis (issue 12, session 25 reader o4, InseeFrLab/utilitR): its ``_quarto.yml``
declares ``project: type: website`` and its .qmd chapters were counted as notebooks. A Quarto project of type website or book
(or a bookdown book) renders its documents into the pages of one site: a static site. .qmd analyses with no project file, or a
project of type default, stay an analysis."""

from __future__ import annotations

import pytest

from tests.test_local_authority_verdicts import judge

CHAPTER = "---\ntitle: \"{t}\"\n---\n\n## Introduction\n\nCette fiche présente {t}.\n\n```{{r}}\nlibrary(dplyr)\nsummary(cars)\n```\n"
SCRIPT = "# Préparation des fichiers d'exemple\ndf <- data.frame(a = 1:3)\nwrite.csv(df, 'exemple.csv')\n"


def site(config: str | None, config_name: str = "_quarto.yml") -> dict[str, str]:
    files = {"README.md": "# Guide des bonnes pratiques\n\nLes fiches du guide.\n",
             "index.qmd": CHAPTER.format(t="l'accueil"),
             "01_fiches/Fiche_import.qmd": CHAPTER.format(t="l'import de données"),
             "01_fiches/Fiche_graphiques.qmd": CHAPTER.format(t="les graphiques"),
             "01_fiches/Fiche_cartes.qmd": CHAPTER.format(t="les cartes"),
             "02_pratiques/Fiche_projets.qmd": CHAPTER.format(t="les projets"),
             "ressources/preparer_exemples.R": SCRIPT}
    if config is not None:
        files[config_name] = config
    return files


@pytest.mark.parametrize(("config", "name"), [
    ("project:\n  type: website\n  output-dir: _public\nwebsite:\n  title: \"Guide\"\n", "_quarto.yml"),
    ("project:\n  type: book\nbook:\n  title: \"Guide\"\n  chapters:\n    - index.qmd\n", "_quarto.yml"),
    ("book_filename: \"guide\"\n", "_bookdown.yml"),
])
def test_a_quarto_website_or_book_is_a_static_site(tmp_path, config, name):
    report, _ = judge(tmp_path, site(config, name), ["documentation.readme"])
    project = report["facts"]["project"]
    assert project["kind"] == "static-site", project
    assert not any(e["reason"] == "notebook" for e in project["kind_evidence"]), project


@pytest.mark.parametrize("config", [None, "project:\n  type: default\n  output-dir: rendus\n"])
def test_qmd_analyses_without_a_site_project_stay_an_analysis(tmp_path, config):
    report, _ = judge(tmp_path, site(config), ["documentation.readme"])
    project = report["facts"]["project"]
    assert project["kind"] == "analysis", project
    assert any(e["reason"] == "notebook" for e in project["kind_evidence"]), project


# the guide's pages show code to the reader in chunks never run: their settings are examples, not the site's (reusability.configuration)
SHOWN = ("Le jeton se lit dans l'environnement :\n\n```{r, eval = FALSE}\njeton <- Sys.getenv(\"JETON_EXEMPLE\")\n```\n\n"
         "```{r}\n#| eval: false\ncle <- Sys.getenv(\"CLE_EXEMPLE\")\n```\n\n```{r}\nbase <- Sys.getenv(\"BASE_LUE\")\n```\n")


def test_chunks_never_run_are_no_code_but_run_chunks_are():
    from auditor.facts.embedded import literate_code
    code = literate_code("---\ntitle: \"API\"\n---\n\n" + SHOWN)["r"]
    assert "BASE_LUE" in code
    assert "JETON_EXEMPLE" not in code and "CLE_EXEMPLE" not in code, code
    assert code.count("\n") == ("---\ntitle: \"API\"\n---\n\n" + SHOWN).count("\n")  # (line numbers kept)


def test_a_guides_example_settings_are_not_the_sites(tmp_path):
    files = site("project:\n  type: website\n")
    files["02_pratiques/Fiche_api.qmd"] = "---\ntitle: \"API\"\n---\n\n" + SHOWN
    _, res = judge(tmp_path, files, ["reusability.configuration"])
    undocumented = (res["reusability.configuration"].get("details") or {}).get("undocumented") or []
    assert "JETON_EXEMPLE" not in undocumented and "CLE_EXEMPLE" not in undocumented, res["reusability.configuration"]
    assert "BASE_LUE" in undocumented, res["reusability.configuration"]
