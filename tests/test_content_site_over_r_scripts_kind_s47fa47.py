"""A Jekyll content site whose Markdown pages far outnumber the R scripts beside it is a static site, not an analysis.

Real case (issue 12, s47 fa47 = datactivist/challengedata5): a root _config.yml (a GitHub Pages theme, a title and a description),
index.md linking twenty students' logbooks Carnets_de_bord/*.md published on the forge's pages, and beside them two R scripts and
an R Markdown map of the participating authorities. The R files decided "analysis" (notebook 4 + R script 3 against the site
generator's 5), so the public site was judged as no site at all (accessibility not applicable).
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CONFIG = "theme: jekyll-theme-minimal\ntitle: Journal de la semaine des données\ndescription: Les récits des équipes\n"
PAGE = ("# Journal de l'équipe {n}\n\npar trois étudiantes\n\n## Lundi\n\nNous avons rencontré le service informatique de la commune, "
        "qui publie déjà ses délibérations.\n\n## Mardi\n\nInventaire des jeux de données possibles : budget, équipements, subventions.\n")
R_SCRIPT = "library(readr)\ncommunes <- read_csv('donnees/communes.csv')\nsummary(communes$population)\n"
RMD = "---\ntitle: Carte\noutput: html_document\n---\n\n```{r}\nlibrary(leaflet)\nleaflet() |> addTiles()\n```\n"


def project(repo, tmp_path, files: dict) -> dict:
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.license-file"]))
    return report["facts"]["project"]


def test_a_jekyll_site_of_many_pages_beside_a_few_r_files_is_a_static_site(repo, tmp_path):
    pages = {f"Journaux/equipe_{n}.md": PAGE.format(n=n) for n in range(1, 13)}
    p = project(repo, tmp_path, {"_config.yml": CONFIG, "index.md": "# Journaux\n\n- [Équipe 1](Journaux/equipe_1)\n", "README.md": "# journaux\n",
                                 "scripts/panorama.R": R_SCRIPT, "scripts/travail.R": R_SCRIPT, "carte/carte.Rmd": RMD, **pages})
    assert p["kind"] == "static-site" and p["kind_decided"], p
    assert any(e["reason"].startswith("content page of the site (13 Markdown pages, 3 code file(s)") for e in p["kind_evidence"]), p


def test_near_miss_an_r_analysis_with_a_home_page_and_a_page_or_two_stays_an_analysis(repo, tmp_path):
    """Seven R scripts and a notebook, a GitHub Pages theme showing index.md and two result pages: the analysis is the work."""
    scripts = {f"R/{n:02d}_etape.R": R_SCRIPT for n in range(1, 8)}
    p = project(repo, tmp_path, {"_config.yml": CONFIG, "index.md": "# Résultats\n", "resultats.md": PAGE.format(n=1), "methode.md": PAGE.format(n=2),
                                 "rapport.Rmd": RMD, **scripts})
    assert p["kind"] == "analysis", p
