"""R Markdown slide decks are documents published as pages, not an analysis (issue 12, s38 fn38 = reader md38's
datactivist/cda_larochelle_webinaire).

cda_larochelle_webinaire: training webinars made for an authority, webinaire_module_N/index.Rmd whose front matter says
`output: SlidesDatactivist::moon_reader` (a xaringan format), `---` slide separators, images, and the rendered index.html with its
libs/. The kind was "analysis" (the .Rmd read as notebooks): data-standards failed for want of data formats, accessibility was
not applicable, and data-and-docs found nothing to license. Rule now: an R Markdown or Quarto document declaring a presentation
output (any *::moon_reader, revealjs, ioslides, slidy, beamer, pptx) is a slide deck: the project is a static site of documents,
judged for its pages, its decks documents to license, when the decks outnumber the R or Python scripts beside them. Near misses:
R Markdown reports rendered as html_document that read data stay an analysis, and so does one deck beside the R scripts of the
analysis it presents."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DATA = "licensing.data-and-docs"
STD = "interoperability.data-standards"
A11Y = "interoperability.accessibility-and-ecodesign"


def _deck(n: int, output: str) -> str:
    return ("---\ntitle: \"Webinaire données ouvertes\"\nsubtitle: \"" + str(n) + " - Découvrir l'open data\"\nauthor: \"Formateur\"\n"
            "output:\n  " + output + ":\n    css: [default, fonts]\n    lib_dir: libs\n    nature:\n      highlightLines: true\n"
            "params:\n  event: webinaire open data " + str(n) + "\n---\n\nclass: center, middle\n\n# Pourquoi ouvrir ses données ?\n\n---\n\n"
            "## Le cadre légal\n\n- la loi pour une République numérique\n- les données de référence\n\n---\n\n"
            "## Exemples sur le territoire\n\n![](img/portail.png)\n")


PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<title>Webinaire</title>\n<link href=\"libs/remark-css/default.css\" rel=\"stylesheet\" />\n"
        "</head>\n<body>\n<textarea id=\"source\">\n# Pourquoi ouvrir ses données ?\n</textarea>\n</body>\n</html>\n")


def _repo(output: str) -> dict:
    files = {"README.md": "# Webinaires données ouvertes\n\nSupports des webinaires de formation des agents.\n\n"
                          "## Supports\n\n- [Module 1](https://exemple.org/webinaires/webinaire_module_1/)\n"}
    for n in (1, 2, 3):
        files[f"webinaire_module_{n}/index.Rmd"] = _deck(n, output)
        files[f"webinaire_module_{n}/img/portail.png"] = "\x89PNG\r\n\x1a\n" + "x" * 200
    files["webinaire_module_1/index.html"] = PAGE
    files["webinaire_module_1/libs/remark-css/default.css"] = "body { font-family: sans-serif; }\n"
    return files


def test_rmd_slide_decks_are_a_site_of_documents(tmp_path):
    report, res = judge(tmp_path, _repo("SlidesDatactivist::moon_reader"), [DATA, STD, A11Y], name="deck")
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    assert res[STD]["status"] == "not_applicable", res[STD]["message"]
    assert res[A11Y]["status"] != "not_applicable", res[A11Y]["message"]
    assert res[DATA]["status"] == "fail", res[DATA]["message"]


def test_near_miss_rmd_reports_reading_data_stay_an_analysis(tmp_path):
    files = {"README.md": "# Analyse des déchets\n\nRapports sur la collecte des déchets.\n"}
    for n in (1, 2, 3):
        files[f"rapport_{n}/index.Rmd"] = ("---\ntitle: \"Rapport " + str(n) + "\"\noutput:\n  html_document:\n    toc: true\n---\n\n"
                                           "```{r}\nlibrary(readr)\ncollecte <- read_csv(\"../donnees/collecte.csv\")\nsummary(collecte)\n```\n")
    files["donnees/collecte.csv"] = "commune;tonnes\nA;12\nB;7\n"
    report, _res = judge(tmp_path, files, [STD], name="report")
    assert report["facts"]["project"]["kind"] == "analysis", report["facts"]["project"]


def test_near_miss_a_deck_beside_more_analysis_scripts_stays_an_analysis(tmp_path):
    files = {"README.md": "# Formation R\n\nScripts d'analyse et support de présentation.\n",
             "index.Rmd": _deck(1, "xaringan::moon_reader"),
             **{f"{n}.R": "library(readr)\ncollecte <- read_csv('donnees/collecte.csv')\nsummary(collecte)\n" for n in ("import", "cartes", "modeles")},
             "donnees/collecte.csv": "commune;tonnes\nA;12\nB;7\n"}
    report, _res = judge(tmp_path, files, [STD], name="scripts")
    assert report["facts"]["project"]["kind"] == "analysis", report["facts"]["project"]
