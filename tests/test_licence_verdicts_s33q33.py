"""Session 33 (q33), licence verdicts on real cases (issue 12, reader m27o3).

- lucaslapl/Observatoire-des-ABC: the LICENSE reserves all rights ("Tous droits réservés … Vous n'êtes pas autorisé à copier …
  modifier"), the README's licence chapter says "GPL-3.0 — voir LICENSE" and composer.json is Laravel's untouched skeleton
  ("name": "laravel/laravel", "license": "MIT"); open-license and authorized-fr warned "the sources disagree (GPL-3.0; MIT): all
  are open". Terms reserving the rights at the root prevail over the open licences others name (those are inconsistencies), and
  a framework skeleton's composer.json kept under the skeleton's name states the template's licence, not the project's.
- mytae-lp/observatoire-potabilite: README "Données : … Licence Ouverte 2.0. Référentiel : ODbL 1.0. Code : MIT. Documents : CC BY-SA
  4.0." beside the MIT text made licensing.consistent warn "the sources partly agree": one licence per kind of content agrees.
- SilyaG/PAT: licensing.data-and-docs passed "License stated for: data" on the README's credit of the OpenStreetMap basemap
  ("Données cartographiques : © OpenStreetMap contributors, disponibles sous licence ODbL"); the repository's own data has none.
"""

from __future__ import annotations

import json

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

RESERVED = ("Tous droits réservés.\n\nCopyright (c) 2026 Jeanne Martin\n\nLe code source de ce projet, sa documentation, ses données et "
            "tous les fichiers\nassociés sont la propriété exclusive de son auteur. Tous droits réservés.\n\nVous n'êtes pas autorisé à "
            "copier, reproduire, distribuer, publier, modifier,\ntransformer, adapter, vendre, sous-licencier ou réutiliser tout ou partie "
            "de ce\nprojet, à des fins commerciales ou non, sans l'autorisation écrite préalable de\nson auteur.\n")
SKELETON = json.dumps({"$schema": "https://getcomposer.org/schema.json", "name": "laravel/laravel", "type": "project",
                       "description": "The skeleton application for the Laravel framework.", "keywords": ["laravel", "framework"],
                       "license": "MIT", "require": {"php": "^8.3", "laravel/framework": "^12.0"}}, indent=4) + "\n"
APP = {"artisan": "#!/usr/bin/env php\n<?php\nrequire __DIR__.'/vendor/autoload.php';\n",
       "app/Http/Controllers/AtlasController.php": "<?php\n\nnamespace App\\Http\\Controllers;\n\nclass AtlasController extends Controller\n{\n}\n",
       "routes/web.php": "<?php\n\nRoute::get('/', [AtlasController::class, 'index']);\n"}
README = ("# Observatoire des atlas\n\nCarte nationale des atlas de la biodiversité communale.\n\n## Installation\n\n```\ncomposer install\n```\n\n"
          "## Licence\n\nGPL-3.0 — voir `LICENSE` (projet d'origine « Observatoire des atlas »).\n")
ONLY = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent"]


def test_terms_reserving_the_rights_prevail_over_a_readmes_gpl_and_a_skeletons_mit(run):  # noqa: F811
    res, lic = run({**APP, "LICENSE": RESERVED, "composer.json": SKELETON, "README.md": README}, only=ONLY)
    assert lic["status"] == "proprietary" and lic["spdx"] is None and not lic["conflict"], lic
    assert [s["kind"] for s in lic["sources"]] == ["readme"], lic["sources"]  # (the skeleton's MIT is the template's)
    assert [c["source"]["path"] for c in lic["disagreements"]] == ["README.md"], lic["disagreements"]
    for cid in ("licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent"):
        assert res[cid]["status"] == "fail", (cid, res[cid]["message"])
    assert "README.md" in res["licensing.open-license"]["message"]["en"], res["licensing.open-license"]["message"]
    assert "GPL-3.0" in res["licensing.consistent"]["message"]["en"], res["licensing.consistent"]["message"]
    assert "None" not in res["licensing.consistent"]["message"]["en"], res["licensing.consistent"]["message"]


def test_a_bare_copyright_line_does_not_outweigh_a_declared_licence(run):  # noqa: F811
    files = {"LICENSE": "Copyright (c) 2021 Ville de Valbois. All rights reserved.\n",
             "package.json": json.dumps({"name": "carte-valbois", "author": "Ville de Valbois", "license": "MIT"})}
    res, lic = run(files, only=ONLY)
    assert lic["spdx"] == "MIT" and lic["status"] == "declared-only", lic
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]


def test_a_real_mit_text_with_the_projects_own_composer_mit_stays_a_pass(run):  # noqa: F811
    files = {**APP, "LICENSE": "Copyright (c) 2026 Ville de Valbois\n\n" + text("MIT"), "README.md": README.replace("GPL-3.0", "MIT"),
             "composer.json": SKELETON.replace("laravel/laravel", "valbois/atlas")}
    res, lic = run(files, only=ONLY)
    assert lic["spdx"] == "MIT" and not lic["disagreements"], lic
    assert any(s["kind"] == "manifest" and s["path"] == "composer.json" for s in lic["sources"]), lic["sources"]
    for cid in ONLY:
        assert res[cid]["status"] == "pass", (cid, res[cid]["message"])


def test_a_skeletons_composer_beside_a_licence_text_is_no_second_source(run):  # noqa: F811
    res, lic = run({**APP, "LICENSE": text("EUPL-1.2"), "composer.json": SKELETON}, only=ONLY)
    assert lic["spdx"] == "EUPL-1.2" and [s["kind"] for s in lic["sources"]] == ["license-file"], lic["sources"]
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


SPLIT = ("# Observatoire de l'eau potable\n\nConformité de l'eau du robinet par commune.\n\n## Sources et licences\n\n"
         "Données : Hub'Eau / SISE-Eaux (ministère chargé de la santé), Licence\nOuverte 2.0. Référentiel : ODbL 1.0. Code : MIT. "
         "Documents : CC BY-SA 4.0.\nDétail et conditions d'attribution dans `LICENCE.md`.\n")
PIPELINE = {"src/moisson.py": "import json\n\n\ndef moissonner(commune):\n    return json.dumps({'commune': commune})\n",
            "LICENCE.md": "# Licences\n\n## Code\n\nCopyright (c) 2026 Jeanne Martin\n\n" + text("MIT")}


def test_one_licence_per_kind_of_content_agrees_with_the_code_licence(run):  # noqa: F811
    res, lic = run({**PIPELINE, "README.md": SPLIT}, only=["licensing.consistent"])
    assert lic["spdx"] == "MIT" and any(s["kind"] == "readme" and "CC-BY-SA-4.0" in s["ids"] for s in lic["sources"]), lic["sources"]
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_a_second_software_licence_named_for_the_code_still_partly_agrees(run):  # noqa: F811
    res, _ = run({**PIPELINE, "README.md": SPLIT.replace("Code : MIT.", "Code : MIT et GPL-3.0.")}, only=["licensing.consistent"])
    assert res["licensing.consistent"]["status"] == "warn", res["licensing.consistent"]["message"]


CREDITS = ("# Carte des projets alimentaires territoriaux\n\nCarte interactive des PAT de la région.\n\n## Crédits\n\n"
           "- Données cartographiques : © [OpenStreetMap contributors](https://www.openstreetmap.org/copyright), disponibles sous "
           "licence [ODbL](https://opendatacommons.org/licenses/odbl/)\n- Composants UI : Système de Design de l'État (DSFR), licence MIT\n\n"
           "## Licence\n\nCe projet est distribué sous licence **CeCILL-2.1**, une licence libre régie par le droit français.\n")
MAP = {"LICENCE.md": text("CECILL-2.1", "fr"), "Carto_PAT/Carto_PAT.R": "library(shiny)\nlibrary(sf)\npat <- st_read('data/pat.gpkg')\n",
       "Carto_PAT/data/pat.gpkg": "GPKG" + "x" * 2000, "Carto_PAT/data/communes.gpkg": "GPKG" + "y" * 2000,
       "Carto_PAT/data/pat_com.csv": "code_insee;pat\n69123;PAT Lyon\n", "Carto_PAT/data/cls.gpkg": "GPKG" + "z" * 2000}


def test_a_basemaps_credit_is_no_licence_of_the_projects_data(run):  # noqa: F811
    res, _ = run({**MAP, "README.md": CREDITS}, only=["licensing.data-and-docs"])
    r = res["licensing.data-and-docs"]
    assert r["status"] != "pass" and "data" in r["message"]["en"], r["message"]


def test_the_projects_own_data_licence_sentence_still_counts(run):  # noqa: F811
    own = CREDITS.replace("une licence libre régie par le droit français.", "une licence libre régie par le droit français. Les données "
                          "de Carto_PAT/data sont publiées sous licence ODbL.")
    res, _ = run({**MAP, "README.md": own}, only=["licensing.data-and-docs"])
    assert res["licensing.data-and-docs"]["status"] == "pass", res["licensing.data-and-docs"]["message"]
