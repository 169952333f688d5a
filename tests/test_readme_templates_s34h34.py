"""README templates and README facts (issue 12, session 34 fixer h34).

- tanega/grabel-tvb-standalone: create-svelte's README left as is ("# create-svelte", "Everything you need to build a Svelte
  project…", then its own "## Creating a project", "## Developing", "## Building") was said "completed with chapters of its own
  (Creating a project, Developing, Building)": those three chapters are the template's. A team's own chapter beside them stays
  the team's.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme_templates import own_headings, untouched_template
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

SVELTE_FILES = {"package.json": '{"name": "tvb", "private": true, "scripts": {"dev": "vite dev", "build": "vite build"}, '
                                '"devDependencies": {"@sveltejs/kit": "^1.5.0", "svelte": "^3.54.0"}}\n',
                "svelte.config.js": "import adapter from '@sveltejs/adapter-auto';\nexport default { kit: { adapter: adapter() } };\n",
                "src/routes/+page.svelte": "<script>\n  import Map from '$lib/Map.svelte';\n</script>\n<Map />\n",
                "src/lib/Map.svelte": "<div id=\"map\"></div>\n"}

CREATE_SVELTE = """# create-svelte

Everything you need to build a Svelte project, powered by [`create-svelte`](https://github.com/sveltejs/kit/tree/master/packages/create-svelte).

## Creating a project

If you're seeing this, you've probably already done this step. Congrats!

```bash
# create a new project in the current directory
npm create svelte@latest

# create a new project in my-app
npm create svelte@latest my-app
```

## Developing

Once you've created a project and installed dependencies with `npm install` (or `pnpm install` or `yarn`), start a development server:

```bash
npm run dev

# or start the server and open the app in a new browser tab
npm run dev -- --open
```

## Building

To create a production version of your app:

```bash
npm run build
```

You can preview the production build with `npm run preview`.

> To deploy your app, you may need to install an [adapter](https://kit.svelte.dev/docs/adapters) for your target environment.
"""

OWN_CHAPTER = CREATE_SVELTE.replace("## Building\n", """## Données de la trame verte et bleue

Les couches GeoJSON de static/geojson/core viennent de l'occupation du sol de la métropole et du cadastre.

## Building
""")


def _repo(tmp_path, readme: str):
    make_repo(tmp_path, [{"files": {"README.md": "# tvb\n", **SVELTE_FILES}, "date": "2023-03-02T09:00:00Z"},
                         {"files": {"README.md": readme}, "date": "2023-05-16T14:20:00Z"}])
    return ctx_for(tmp_path).fact("readme")


def _result(tmp_path, check: str) -> dict:
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=[check]))
    return report["results"][0]


def test_create_svelte_readme_left_as_is_is_the_untouched_template(tmp_path):
    info = _repo(tmp_path, CREATE_SVELTE)
    assert (info["template"] or {}).get("framework") == "sveltekit", info["template"]
    assert own_headings(info) == [] and untouched_template(info), info["headings"]
    assert info["sections"] == [], info["section_details"]
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "fail" and "SvelteKit's untouched template" in r["message"]["en"], r["message"]


def test_a_chapter_of_the_teams_own_beside_svelte_template_stays_theirs(tmp_path):
    info = _repo(tmp_path, OWN_CHAPTER)
    assert own_headings(info) == ["Données de la trame verte et bleue"], info["headings"]
    assert not untouched_template(info)
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "fail", r["message"]
    assert "chapters of its own (Données de la trame verte et bleue)" in r["message"]["en"], r["message"]


# --- InseeFrLab/ckm: the chapters showing the package's calls under headings with no section word ("## Applying the Cell Key
# Method Step by Step": library(ckm), build_individual_keys(dtest)…) were no usage; code loading another package is none either.

R_FILES = {"DESCRIPTION": "Package: ckm\nTitle: Applying the Cell Key Method\nVersion: 1.2.0\nLicense: MIT + file LICENSE\n",
           "NAMESPACE": "export(build_individual_keys)\nexport(apply_ckm)\n",
           "R/keys.R": "build_individual_keys <- function(df) {\n  df$rkey <- runif(nrow(df))\n  df\n}\n",
           "R/apply.R": "apply_ckm <- function(tab, D, V) {\n  tab\n}\n"}

CKM = """<!-- badges: start -->
[![R-CMD-check](https://github.com/InseeFrLab/ckm/actions/workflows/R-CMD-check.yaml/badge.svg)](https://github.com/InseeFrLab/ckm/actions)
<!-- badges: end -->

# Applying the Cell Key Method

## Overview

The Cell Key Method (CKM) is a statistical technique used to protect the confidentiality of tabular data by perturbating all cells in it. This package provides tools to apply the CKM in `R`.

## Package Installation

```r
# install.packages("remotes")
remotes::install_github("inseefrlab/ckm", dependencies = TRUE)
```

## Applying the Cell Key Method Step by Step

### Assigning a Random Key to the Microdata

```r
library(ckm)

data("dtest", package = "ckm")
dtest_with_keys <- build_individual_keys(dtest)
```

### Applying the Perturbation

```r
res_ckm <- apply_ckm(tab_before, D = 5, V = 2)
```
"""

OTHER_PACKAGE = CKM.replace("## Applying the Cell Key Method Step by Step", "## How the keys are drawn").replace(
    "library(ckm)\n\ndata(\"dtest\", package = \"ckm\")\ndtest_with_keys <- build_individual_keys(dtest)",
    "library(dplyr)\n\nkeys <- mutate(dtest, rkey = runif(n()))").replace("res_ckm <- apply_ckm(tab_before, D = 5, V = 2)", "summary(keys$rkey)")


def _named_repo(tmp_path, name: str, readme: str, files: dict) -> dict:
    root = make_repo(tmp_path / name, [{"files": {"README.md": "# draft\n", **files}, "date": "2026-08-14T07:17:59Z"},
                                       {"files": {"README.md": readme}, "date": "2026-08-14T09:32:55Z"}])
    return ctx_for(root).fact("readme")


def test_a_chapter_loading_the_projects_package_and_calling_it_is_its_usage(tmp_path):
    info = _named_repo(tmp_path, "ckm", CKM, R_FILES)
    assert "usage" in info["sections"], info["section_details"]
    usage = next(d for d in info["section_details"] if d["name"] == "usage")
    assert (usage["line"], usage["text"]) == (18, "Applying the Cell Key Method Step by Step"), usage


def test_a_chapter_calling_another_package_is_no_usage(tmp_path):
    info = _named_repo(tmp_path, "ckm", OTHER_PACKAGE, R_FILES)
    assert "usage" not in info["sections"], info["section_details"]


# --- InseeFrLab/DoReMIFaSol: a news item over the description ("### 🚀 Nouvelle fonctionnalité" then what the last version added)
# was taken for the description; the one under "### De quoi s'agit-il ?" is.

DOREMIFASOL = """# Récupérer et utiliser les données de l'Insee avec R / Get and use Insee's data with R

<!-- badges: start -->
[![R-CMD-check](https://github.com/InseeFrLab/DoReMIFaSol/actions/workflows/R-CMD-check.yaml/badge.svg)](https://github.com/InseeFrLab/DoReMIFaSol/actions)
<!-- badges: end -->

## Français

### 🚀 Nouvelle fonctionnalité

Le catalogue de données intègre désormais les données mises à disposition dans [l'API Melodi](https://portail-api.insee.fr/catalog/all). Outre la liste de données disponible dans le _package_, les données listées dans le catalogue de Melodi sont intégrées _via_ ce fichier mis quotidiennement à jour.

### De quoi s'agit-il ?

Le _package_ `doremifasol` (_Données en R Mises à disposition par l’Insee et Facilement Sollicitables_) permet d'importer facilement dans R des données mises à disposition sur le site de l'Insee.

Pour installer le package :

```r
remotes::install_github("InseeFrLab/doremifasol", build_vignettes = TRUE)
```
"""

FEATURES_FIRST = DOREMIFASOL.replace("### 🚀 Nouvelle fonctionnalité", "### Fonctionnalités").replace(
    "Le catalogue de données intègre désormais les données mises à disposition dans",
    "Le package télécharge et importe dans R les fichiers de l'Insee, y compris les données mises à disposition dans")


def test_a_news_item_over_the_description_is_no_description(tmp_path):
    info = _named_repo(tmp_path, "DoReMIFaSol", DOREMIFASOL, {"DESCRIPTION": "Package: doremifasol\nVersion: 1.0\n"})
    assert info["description"]["line"] == 15 and info["description"]["text"].startswith("Le package doremifasol"), info["description"]
    assert info["description"]["first"] is True


def test_a_features_chapter_over_it_stays_the_description(tmp_path):
    info = _named_repo(tmp_path, "DoReMIFaSol", FEATURES_FIRST, {"DESCRIPTION": "Package: doremifasol\nVersion: 1.0\n"})
    assert info["description"]["line"] == 11 and info["description"]["text"].startswith("Le package télécharge"), info["description"]


# --- 3liz/lizmap-adresse-module: docs/index.html only redirecting to the documentation site (location.href = "https://docs.…/") was
# no documentation site (documentation.docs fail "missing: documentation folder, documentation site"); a page of its own in docs/ that
# links somewhere stays no site.

LIZMAP_FILES = {"adresse/module.xml": "<module xmlns=\"http://jelix.org/ns/module/1.0\"><info id=\"adresse@3liz.com\" name=\"adresse\"/></module>\n",
                "adresse/www/adresse.js": "lizMap.events.on({ uicreated: function () { console.log('adresse'); } });\n",
                "adresse/controllers/service.classic.php": "<?php\nclass serviceCtrl extends jController {\n  function index() {\n"
                                                           "    $rep = $this->getResponse('json');\n    return $rep;\n  }\n}\n",
                "README.md": "# Module Adresse Lizmap\n\nModule Lizmap de gestion d'une base adresse, pour les communes qui tiennent leur base "
                             "adresse locale dans Lizmap et QGIS.\n\n## Installation du module\n\n`composer require \"lizmap/lizmap-adresse-module\"`\n"}

REDIRECT = """<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Redirection...</title>
    <script>var anchor = window.location.hash.substr(1); location.href = "https://docs.3liz.org/qgis-gestion_base_adresse-plugin/"</script>
</head>
<body>
    <p>Redirection</p>
</body>
</html>
"""

OWN_PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Module Adresse</title></head>
<body>
<h1>Module Adresse</h1>
<p>Cette page présente le module Adresse de Lizmap : il ajoute au visualiseur un panneau pour saisir les voies et les adresses des communes,
contrôler les numéros, produire les certificats d'adressage et exporter la base adresse locale au format BAL. Les captures ci-dessous montrent
chaque écran, et le bouton ouvre la démonstration.</p>
<button onclick="location.href = 'https://demo.lizmap.com/lizmap/index.php/view/map/?repository=adresse'">Démonstration</button>
</body></html>
"""


def _docs_result(tmp_path, docs_index: str) -> dict:
    root = make_repo(tmp_path / "lizmap-adresse-module", [{"files": LIZMAP_FILES, "date": "2025-06-02T08:00:00Z"},
                                                          {"files": {"docs/index.html": docs_index}, "date": "2025-10-16T07:35:37Z"}])
    report = audit(str(root), AuditOptions(cache_dir=tmp_path / "cache", only=["documentation.docs"]))
    return report["results"][0]


def test_a_docs_index_redirecting_to_the_site_is_the_documentation_site(tmp_path):
    r = _docs_result(tmp_path, REDIRECT)
    found = [e for e in r["evidence"] if e.get("kind") == "found"]
    assert any(e.get("path") == "docs/index.html" and e.get("value") == "https://docs.3liz.org/qgis-gestion_base_adresse-plugin/" for e in found), r["evidence"]
    assert "documentation site" not in r["message"]["en"].split("missing:")[-1], r["message"]


def test_a_docs_page_of_its_own_with_a_link_is_no_site(tmp_path):
    r = _docs_result(tmp_path, OWN_PAGE)
    assert "documentation site" in r["message"]["en"].split("missing:")[-1], r["message"]
