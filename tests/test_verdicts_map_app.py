"""Verdicts read against a metropolis's Vue/OpenLayers map application (Vite, Histoire stories, its own
Matomo, a build helper in build/), each fixed at its cause and shown on a git fixture shaped like it."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

APP = {
    "README.md": "# Carte des lignes\n\nCarte interactive des futures lignes de transport de la métropole.\n\n"
                 "## Installation\n\n```\nnpm ci\nnpm run dev\n```\n",
    "package.json": '{"name": "carte-lignes", "scripts": {"dev": "vite", "build": "vite build"}, '
                    '"dependencies": {"vue": "^3.3.0", "ol": "^7.5.0"}}\n',
    "vite.config.ts": "import { defineConfig } from 'vite'\nimport { determineHostFromArgv } from './build/determineHost.js'\n"
                      "export default defineConfig({ server: { host: determineHostFromArgv(8080) } })\n",
    # A helper people wrote, imported by the Vite configuration: not what a build writes.
    "build/determineHost.js": "// Pick the first external network interface for the dev server.\nimport os from 'os'\n\n"
                              "export function determineHostFromArgv(port) {\n  const all = Object.values(os.networkInterfaces()).flat()\n"
                              "  const found = all.find((d) => d && !d.internal && d.family === 'IPv4')\n"
                              "  return found ? found.address : 'localhost'\n}\n",
    "index.html": '<!DOCTYPE html>\n<html><head>\n<script>var u = "https://matomo.sig.ville-lannion.fr/";</script>\n'
                  '</head><body><div id="app"></div></body></html>\n',
    "src/main.ts": "import { createApp } from 'vue'\nimport App from './App.vue'\ncreateApp(App).mount('#app')\n",
    "src/App.vue": "<template><Stations /></template>\n<script setup lang=\"ts\">\nimport Stations from './Stations.vue'\n</script>\n",
    "src/Stations.vue": "<template><ul><li v-for=\"s in stations\">{{ s }}</li></ul></template>\n<script setup lang=\"ts\">\n"
                        "const stations = ['Gare', 'Grand Quartier', 'Grand Prix', 'Mairie']\n</script>\n",
    # A story (Histoire/Storybook) shows a component with sample values: an example, not the service.
    "src/Stations.story.vue": "<template><Story><Stations city=\"Métropole de Lyon\" /></Story></template>\n",
}


def judge(tmp_path, files, only):
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=only)
    return results(report)


def test_a_build_helper_people_wrote_is_not_build_output(tmp_path):
    r = judge(tmp_path, APP, ["reusability.build-output"])["reusability.build-output"]
    assert r["status"] == "pass", r["message"]


def test_a_bundlers_output_in_build_is_still_build_output(tmp_path):
    files = dict(APP, **{"build/static/js/main.3f2a1b9c.js": "(()=>{var e={};console.log(e)})();\n",
                         "build/asset-manifest.json": '{"files": {}}\n'})
    r = judge(tmp_path, files, ["reusability.build-output"])["reusability.build-output"]
    assert r["status"] == "warn"
    assert "build/static/js/main.3f2a1b9c.js" in [e.get("path") for e in r["evidence"]]
    assert "build/determineHost.js" in [e.get("path") for e in r["evidence"]]  # in an output folder, everything is output
    minified = dict(APP, **{"build/determineHost.js": "var a=" + "1+" * 700 + "1;\n"})  # one long line, no trace in names
    assert judge(tmp_path / "m", minified, ["reusability.build-output"])["reusability.build-output"]["status"] == "warn"


def test_grand_names_a_territory_only_before_a_place_and_stories_are_examples(tmp_path):
    r = judge(tmp_path, APP, ["reusability.territory-neutral"])["reusability.territory-neutral"]
    values = [str(e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"]
    assert not any("Grand" in v for v in values), values
    assert not any("Lyon" in v for v in values), values  # written in a story, not in the service
    assert any("ville-lannion.fr" in v for v in values)  # the hard-coded tracker host is still found
    lyon = dict(APP, **{"src/Stations.vue": APP["src/Stations.vue"].replace("'Grand Prix'", "'Grand Lyon'")})
    r = judge(tmp_path / "l", lyon, ["reusability.territory-neutral"])["reusability.territory-neutral"]
    assert any("Grand Lyon" in str(e.get("value")) for e in r["evidence"])


def test_a_projects_own_matomo_is_not_named_as_beta_gouv_frs(tmp_path):
    r = judge(tmp_path, APP, ["interoperability.public-building-blocks"])["interoperability.public-building-blocks"]
    assert r["details"]["building_blocks"] == ["Matomo"]


CALCULATOR = {  # shaped like a State start-up's carbon calculator: tests in folders named only in the runners' configurations
    "README.md": "# Calculateur\n\nCalcule l'empreinte carbone des déplacements.\n",
    "package.json": '{"name": "calculateur", "dependencies": {"next": "14.0.0", "react": "18.2.0"}}\n',
    "playwright.config.ts": "import { defineConfig } from '@playwright/test'\nexport default defineConfig({\n  testDir: './teste',\n})\n",
    "jest.config.ts": "const config = {\n  testMatch: [\n    '**/testu/**/*.test.ts',\n  ],\n}\nexport default config\n",
    "src/distance.ts": "export function distance(a: number, b: number) {\n  return Math.abs(a - b)\n}\n",
    "testu/distance.test.ts": "import { distance } from '../src/distance'\ntest('d', () => expect(distance(1, 2)).toBe(1))\n",
    "teste/mock-routes.ts": "export const itineraire = {\n  type: 'FeatureCollection',\n  region: 'Grand Est',\n"
                            "  extent: [6.134292, 48.7092349, 6.2126188, 48.666906],\n}\n",
}


def test_test_folders_named_by_the_test_runners_configurations_are_tests(tmp_path):
    only = ["reusability.territory-neutral", "interoperability.geo"]
    res = judge(tmp_path, CALCULATOR, only)
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["message"]
    assert res["interoperability.geo"]["status"] == "not_applicable"
    undeclared = {k: v for k, v in CALCULATOR.items() if k not in ("playwright.config.ts", "jest.config.ts")}
    res = judge(tmp_path / "u", undeclared, only)
    assert res["reusability.territory-neutral"]["status"] in ("warn", "fail")
    assert res["interoperability.geo"]["status"] != "not_applicable"


def test_declared_test_folders_from_each_runner():
    from auditor.facts.testdirs import declared_test_dirs, in_declared_test_dir

    class Snap:
        def __init__(self, files):
            self.files = files

        def read_text(self, path, limit=None):
            return self.files[path]

    dirs = declared_test_dirs(Snap({
        "playwright.config.ts": "export default { testDir: './teste' }",
        "web/vitest.config.ts": "export default { test: { include: ['tests-unit/**/*.ts', 'src/**/*.spec.ts'] } }",
        "cypress.config.js": "module.exports = { e2e: { specPattern: 'cypress/e2e/**/*.cy.{js,ts}' } }",
        "jest.config.js": "module.exports = { testMatch: ['**/testa/**/*.test.js', '<rootDir>/packages/core/**/*.test.ts'] }",
        "pyproject.toml": "[tool.pytest.ini_options]\ntestpaths = [\"qa\", \"integration\"]\n",
        "setup.cfg": "[tool:pytest]\ntestpaths = checks_unit\n",
    }))
    assert dirs == (frozenset({"teste", "web/tests-unit", "cypress/e2e", "qa", "integration", "checks_unit"}), frozenset({"testa"}))
    assert in_declared_test_dir("web/tests-unit/a.ts", dirs) and in_declared_test_dir("x/testa/y.test.js", dirs)
    assert not in_declared_test_dir("web/src/a.ts", dirs) and not in_declared_test_dir("packages/core/a.ts", dirs)


OBSERVATORY = {  # shaped like a regional environment observatory's photo app (Symfony, a cookie-consent library copied in)
    "README.md": "# Observatoire photographique\n\nApplication de l'observatoire photographique des paysages.\n",
    "apps/popp/composer.json": '{"require": {"php": "^8.2", "symfony/framework-bundle": "6.4.*"}}\n',
    "apps/popp/src/Controller/SerieController.php": "<?php\nclass SerieController {\n  public function index() { return []; }\n}\n",
    "apps/popp/public/utils/tarteaucitron.js-1.9.5/tarteaucitron.js": "var tarteaucitron = { version: 20230203 };\n",
    "apps/popp/public/utils/tarteaucitron.js-1.9.5/tarteaucitron.services.js":
        "tarteaucitron.services.analytics = {\n  js: function () { tarteaucitron.addScript('https://www.google-analytics.com/analytics.js'); }\n};\n"
        "tarteaucitron.services.hotjar = {\n  js: function () { tarteaucitron.addScript('https://static.hotjar.com/c/hotjar.js'); }\n};\n",
}


def test_a_library_copied_into_a_folder_named_like_its_release_is_not_the_projects_use(tmp_path):
    def services(files, name):
        r = judge(tmp_path / name, files, ["scaling.vendor-lock-in"])["scaling.vendor-lock-in"]
        return sorted({e["value"]["service"] for e in r["evidence"] if e.get("kind") == "finding"})

    assert services(OBSERVATORY, "copied") == []
    own = {k.replace("public/utils/tarteaucitron.js-1.9.5/tarteaucitron", "src/consent"): v for k, v in OBSERVATORY.items()}
    assert services(own, "own") == ["Google Analytics", "Hotjar"]  # the project's own code calling them (Tag Manager is not used)


def test_one_unlisted_organisation_is_unidentified_not_said_to_be_no_public_body(tmp_path):
    from tests.gitrepo import make_repo

    commits = [{"files": {f"src/m{i}.py": f"X = {i}\n", "README.md": "# Observatoire\n"}, "date": f"2025-0{1 + i}-02T10:00:00Z",
                "author": ("Pascal Agent", "pascal.agent@observatoire-environnement-exemple.fr")} for i in range(6)]
    report = run(make_repo(tmp_path / "r", commits), tmp_path / "c", only=["scaling.contributor-organisations"])
    r = results(report)["scaling.contributor-organisations"]
    assert "n'est pas un organisme public" not in r["message"]["fr"]
    # (s41 fk41: an unlisted domain is an organisation of unknown type, said so, with what would type it)
    assert "une seule organisation de type inconnu" in r["message"]["fr"] and "one organisation of unknown type" in r["message"]["en"]
    assert "could not type observatoire-environnement-exemple.fr" in r["message"]["en"], r["message"]["en"]


DATAVIZ = {  # shaped like an urban-planning agency's static observatory: pages of charts drawn by page scripts
    "README.md": "# Observatoire de l'économie\n\nTableaux de bord de l'économie du territoire.\n",
    "1_emploi/index.html": '<!DOCTYPE html>\n<html><head><script src="https://code.highcharts.com/highcharts.js"></script>\n'
                           '<script src="main.js"></script></head><body><div id="c"></div></body></html>\n',
    "1_emploi/main.js": "// Draw the chart of jobs by sector\nHighcharts.chart('c', {\n  series: [\n"  # 25 lines: enough code to judge
                        + "".join(f"    {{ name: 'secteur {i}', data: [{i}, {i + 1}, {i + 2}] }},\n" for i in range(22)) + "  ]\n});\n",
}


def test_highcharts_is_a_proprietary_licence_and_page_scripts_have_nothing_to_document(tmp_path):
    res = judge(tmp_path, DATAVIZ, ["scaling.vendor-lock-in", "documentation.code-comments"])
    lock = res["scaling.vendor-lock-in"]
    assert {e["value"]["service"] for e in lock["evidence"] if e.get("kind") == "finding"} == {"Highcharts (Highsoft)"}
    msg = res["documentation.code-comments"]["message"]
    assert "aucune fonction ni classe publique à documenter" in msg["fr"] and "sans objet des" not in msg["fr"]
    assert "no public function or class to document" in msg["en"]


def test_a_weak_copyleft_library_rules_out_no_licence_of_the_list():
    from auditor.licenses.advice import fitting
    from auditor.licenses.compat import pair

    assert pair("MPL-2.0", "LGPL-2.1")[0] == "ok" and pair("MIT", "LGPL-3.0")[0] == "ok"
    assert pair("MPL-2.0", "GPL-3.0")[0] == "incompatible"  # strong copyleft still does
    fit = fitting([{"name": "dompdf/dompdf", "license": "LGPL-2.1"}, {"name": "phenx/php-svg-lib", "license": "LGPL-3.0"}])
    assert "MPL-2.0" in fit["fits"] and not fit["excluded"]


def test_a_long_readme_description_cut_for_the_jury_says_it_is_cut(tmp_path):
    long = ("La plateforme des observatoires photographiques du paysage est un projet porté par la région avec les services "
            "de l'État et un laboratoire de recherche. Elle est conçue avec une cinquantaine d'acteurs du paysage depuis 2011. "
            "Ce travail collaboratif a permis de construire un outil commun de saisie, de consultation et de diffusion des séries "
            "photographiques pour tous les observatoires.")
    report = run(build(tmp_path / "r", {"README.md": f"# Observatoire\n\n{long}\n"}), tmp_path / "c", only=["documentation.readme"])
    text = report["facts"]["readme"]["description"]["text"]
    assert text.endswith("…") and len(text) <= 301 and text[-2] != " "
    assert long.startswith(text[:-1])  # cut at a word's end


SHINY = {  # shaped like a climate-data Shiny app: one app.R holding the helpers, the UI and the server
    "README.md": "# Climat\n\nTableau de bord des jours de forte chaleur.\n",
    "app.R": "library(shiny)\n\n#' Read a URL, NULL when it fails\n#' @param url the address\nsafe_get <- function(url) {\n"
             "  tryCatch(readLines(url), error = function(e) NULL)\n}\n\nchoose_file <- function(type) {\n  paste0(type, \".nc\")\n}\n\n"
             ".private_helper <- function() 1\n\n# The server: draws the map of the chosen period\nserver <- function(input, output, session) {\n"
             "  output$plot <- renderPlot(plot(1:10))\n}\n\nui <- fluidPage(plotOutput(\"plot\"))\nshinyApp(ui, server)\n",
}


def test_a_shiny_apps_r_code_is_measured_for_comments(tmp_path):
    r = judge(tmp_path, SHINY, ["documentation.code-comments"])["documentation.code-comments"]
    assert r["status"] != "inconclusive", r["message"]
    r_lang = r["details"]["by_language"]["r"]
    assert r_lang["files"] == 1
    # safe_get (roxygen) and server (a comment above) documented, choose_file not; .private_helper is private
    assert (r_lang["declarations"], r_lang["documented"]) == (3, 2)


def test_netcdf_read_by_a_climate_app_is_an_open_format_and_a_new_caledonian_host_is_not(tmp_path):
    files = dict(SHINY, **{"R/donnees.R": 'periode <- "https://example.org/data/Tropical_data/tropical_days_19900101-19991231.nc"\n'
                                          'fichiers <- noms[grepl("\\\\.nc$", noms)]\n'})
    r = judge(tmp_path, files, ["interoperability.data-standards"])["interoperability.data-standards"]
    assert "NetCDF" in r["details"]["formats"], r["message"]
    host = dict(SHINY, **{"R/portail.R": 'portail <- "https://data.gouv.nc"\n'})
    r = judge(tmp_path / "nc", host, ["interoperability.data-standards"])["interoperability.data-standards"]
    assert "NetCDF" not in r["details"]["formats"]


def test_a_pages_site_named_after_the_project_is_its_own_site():
    from auditor.facts.scaling.common import host_class

    assert host_class("projet-agirisk.gitlab.io", "/site_web/", project="AgiRisk")["class"] == "own"
    assert host_class("projet-agirisk.gitlab.io", "/site_web/", project="carte")["class"] == "personal"
    assert host_class("jdupont.github.io", "/x/", project="AgiRisk")["class"] == "personal"


def test_public_digital_service_operators_are_public_bodies_and_unlisted_ones_are_not_called_non_public(tmp_path):
    from auditor.facts.scaling.common import domain_type

    assert domain_type("sictiam.fr")["type"] == "public" and domain_type("soluris.fr")["type"] == "public"
    commits = [{"files": {f"src/m{i}.php": f"<?php $x = {i};\n"}, "date": f"2025-0{1 + i}-02T10:00:00Z",
                "author": (f"Dev {i % 2}", f"dev{i % 2}@operateur-inconnu-exemple.fr")} for i in range(6)]
    from tests.gitrepo import make_repo

    r = results(run(make_repo(tmp_path / "r", commits), tmp_path / "c", only=["scaling.contributor-organisations"]))
    msg = r["scaling.contributor-organisations"]["message"]
    assert "non publique" not in msg["fr"] and "not a public body" not in msg["en"]


def test_masked_forge_addresses_are_not_called_private_individuals(tmp_path):
    from tests.gitrepo import make_repo

    commits = [{"files": {f"bdd/t{i}.sql": f"CREATE TABLE t{i} (id integer);\n"}, "date": f"2025-0{1 + i}-02T10:00:00Z",
                "author": ("agent-sig", "37414914+agent-sig@users.noreply.github.com")} for i in range(3)]
    msg = results(run(make_repo(tmp_path / "r", commits), tmp_path / "c", only=["scaling.contributor-organisations"])
                  )["scaling.contributor-organisations"]["message"]
    assert "particuliers" not in msg["fr"] and "masquées" in msg["fr"] and "masked" in msg["en"]


def test_a_cycle_routes_usage_name_is_no_personal_data(tmp_path):
    route = ("CREATE TABLE m_mobilite.an_iti_cycl (\n  id_iti integer PRIMARY KEY,\n  nomoff varchar(255),\n  nomusage varchar(255),\n"
             "  depart varchar(255)\n);\nCOMMENT ON COLUMN m_mobilite.an_iti_cycl.nomusage IS 'Autre nom de l''itinéraire en usage';\n")
    people = ("CREATE TABLE m_mobilite.an_contact (\n  id integer PRIMARY KEY,\n  nomusage varchar(255),\n  prenom varchar(255)\n);\n")
    r = judge(tmp_path, {"README.md": "# Mobilité\n", "bdd/10_squelette.sql": route + people}, ["scaling.personal-data"])
    tables = [e["value"]["table"] for e in r["scaling.personal-data"]["evidence"] if isinstance(e.get("value"), dict)]
    assert any("an_contact" in t for t in tables) and not any("an_iti_cycl" in t for t in tables), tables


RSCONNECT = ('{\n  "version": 1,\n  "locale": "fr_FR",\n  "platform": "4.4.1",\n  "metadata": {\n    "appmode": "shiny"\n  },\n'
             '  "packages": {\n    "httr": {\n      "Source": "CRAN",\n      "description": {\n        "Package": "httr",\n'
             '        "Version": "1.4.7",\n        "Description": "Functions to authenticate() and call web APIs."\n      }\n    }\n  }\n}\n')


def test_an_r_maps_libraries_are_open_geo_libraries_and_an_rsconnect_manifest_is_a_lockfile(tmp_path):
    files = dict(SHINY, **{"global.R": "library(shiny)\nlibrary(leaflet)\nlibrary(sf)\ncarte <- leaflet() %>% addTiles()\n",
                           "manifest.json": RSCONNECT})
    res = judge(tmp_path, files, ["interoperability.geo", "interoperability.auth"])
    assert "Open libraries: yes" in res["interoperability.geo"]["message"]["en"], res["interoperability.geo"]["message"]
    assert res["interoperability.auth"]["status"] == "not_applicable", res["interoperability.auth"]["message"]
    report = run(build(tmp_path / "inv", files), tmp_path / "c-inv", only=["reusability.build-output"])
    assert report["facts"]["inventory"]["categories"]["lockfile"] == 1
