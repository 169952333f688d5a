"""files facts read on State repositories (issue 12, s31 l31): a changelog, documentation and a contributing guide are the
project's own, each shown on a git fixture shaped like the real case."""

from __future__ import annotations

from auditor.facts.inventory import is_vendored
from tests.test_local_authority_verdicts import judge

PHP_APP = {
    "README.md": "# Conflits d'usage\n\nApplication de saisie des conflits d'usage des sols.\n",
    "index.php": "<?php\ninclude 'framework/common.inc.php';\necho 'ok';\n",
    "param/news.txt": "News\n===========\nVersion 1.1.3 du 19 février 2019\n------------\nVersion technique\n\n"
                      "Version 1.1.2 du 10 décembre 2018\n-------------\nCorrection d'anomalie :\n- l'ajout d'une décision était impossible\n",
}
TCPDF = {
    "plugins/tcpdf_6_0_062/CHANGELOG.TXT": "6.0.062 (2014-03-02)\n\t- The method getFontsList() was fixed.\n\n6.0.061 (2014-02-18)\n\t- Bug #886 was fixed.\n",
    "plugins/tcpdf_6_0_062/composer.json": '{"name": "tecnickcom/tcpdf", "version": "6.0.062", "license": "LGPL-3.0"}\n',
    "plugins/tcpdf_6_0_062/LICENSE.TXT": "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n",
    "plugins/tcpdf_6_0_062/tcpdf.php": "<?php\n// TCPDF, Nicola Asuni\nclass TCPDF {\n  public function Output() { return ''; }\n}\n",
}


def test_a_release_folder_versioned_with_underscores_is_a_copied_library():
    # (TCPDF's download archive unpacked as plugins/tcpdf_6_0_062/, as smarty-3.1.24/ beside it)
    assert is_vendored("plugins/tcpdf_6_0_062/tcpdf.php") and is_vendored("lib/jquery_1_8_2/jquery.js")
    assert not is_vendored("scripts/import_2021_03_02/run.py")  # (a date, not a version)
    assert not is_vendored("src/step_1_2_3/run.py") and not is_vendored("plugins/foo_1_2/x.php")  # (no library shelf; two numbers)


def test_a_copied_library_s_changelog_is_not_the_project_s(tmp_path):
    report, _ = judge(tmp_path, {**PHP_APP, **TCPDF}, ["documentation.community-files"])
    assert report["facts"]["files"]["changelog"] == "param/news.txt"


def test_a_component_s_own_changelog_is_still_found(tmp_path):
    files = {**PHP_APP, "packages/api/package.json": '{"name": "api", "version": "1.0.0"}\n',
             "packages/api/CHANGELOG.md": "# Changelog\n\n## 1.0.0\n\n- First release\n"}
    files.pop("param/news.txt")
    report, _ = judge(tmp_path, files, ["documentation.community-files"])
    assert report["facts"]["files"]["changelog"] == "packages/api/CHANGELOG.md"


NEWS_PAGE = {"doc/quoideneuf.php": "<?php $fichier = file(\"param/news.txt\");\n$smarty->assign(\"corps\", \"documentation/quoideneuf.tpl\");\n?>\n"}


def test_a_doc_folder_holding_only_code_is_no_documentation(tmp_path):
    # (doc/ holds the controller rendering the news page: a module of the application named doc)
    report, _ = judge(tmp_path, {**PHP_APP, **NEWS_PAGE}, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] is None


def test_example_scripts_the_readme_points_to_stay_documentation(tmp_path):
    files = {**PHP_APP, "README.md": PHP_APP["README.md"] + "\nDes exemples : [/documentation/history](/documentation/history).\n",
             "documentation/history/getAll.js": "/* This example shows how to use the history route. */\nconst { get } = require('axios');\n"}
    report, _ = judge(tmp_path, files, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] == "documentation/"


MKDOCS = "site_name: doccano\nnav:\n  - Home: index.md\n  - Getting started: getting-started.md\n  - Tutorial: tutorial.md\n"
DJANGO = {"README.md": "# Piaf\n\nPlateforme d'annotation de questions et réponses.\n", "manage.py": "import django\n",
          "app/views.py": "def index(request):\n    return None\n", "mkdocs.yml": MKDOCS}


def test_a_doc_site_config_whose_pages_are_gone_is_no_documentation(tmp_path):
    # (a fork's mkdocs.yml listing index.md, tutorial.md… and no docs/ folder)
    report, _ = judge(tmp_path, DJANGO, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] is None and report["facts"]["docs"]["site"] == []


def test_a_doc_site_config_with_its_pages_is_documentation(tmp_path):
    files = {**DJANGO, "mkdocs.yml": "docs_dir: pages\n" + MKDOCS, "pages/index.md": "# Piaf\n\nComment annoter.\n"}
    report, _ = judge(tmp_path, files, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] == "mkdocs.yml" and report["facts"]["docs"]["site"][0]["path"] == "mkdocs.yml"


def test_a_bilingual_contributing_title_names_the_guide(tmp_path):
    # (CONTRIB.md: "# Contribuer et améliorer le service Trèfle / Contributing and improve Trèfle service")
    files = {**DJANGO, "CONTRIB.md": "# Contribuer et améliorer le service Trèfle / Contributing and improve Trèfle service\n\n"
                                     "Nous accueillons les contributions sous la forme de pull requests.\n"}
    files.pop("mkdocs.yml")
    report, _ = judge(tmp_path, files, ["documentation.community-files"])
    assert report["facts"]["files"]["contributing"] == "CONTRIB.md"


def test_a_page_on_past_contributions_is_no_contributing_guide(tmp_path):
    files = {**DJANGO, "CREDITS.md": "# Contributions and thanks\n\nThe first version was written with the help of many.\n"}
    files.pop("mkdocs.yml")
    report, _ = judge(tmp_path, files, ["documentation.community-files"])
    assert report["facts"]["files"]["contributing"] is None


DBT = {"README.md": "# Helios\n\nTransformations dbt des données Helios.\n", "run.py": "import subprocess\nsubprocess.run(['dbt', 'build'])\n",
       "dbtHelios/dbt_project.yml": "name: dbtHelios\nversion: '1.0.0'\nmodel-paths: [\"models\"]\ntest-paths: [\"tests\"]\n",
       "dbtHelios/models/helios/missions.sql": "select * from {{ ref('stg_missions') }}\n",
       "dbtHelios/models/sources.yml": "version: 2\n\nsources:\n  - name: staging\n    tables:\n      - name: missions\n"}
SCHEMA = ("version: 2\n\nmodels:\n  - name: helios__missions\n    columns:\n      - name: id\n        tests:\n          - not_null\n"
          "          - unique\n")


def test_a_dbt_project_s_schema_tests_are_tests(tmp_path):
    # (dbtHelios/models/schema.yml applies dbt's generic tests to the models' columns, which `dbt test` runs)
    report, res = judge(tmp_path, {**DBT, "dbtHelios/models/schema.yml": SCHEMA}, ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["tests"] is True and res["reusability.tests-and-ci"]["status"] != "fail"


def test_a_dbt_project_s_models_yaml_without_tests_is_no_test(tmp_path):
    report, _ = judge(tmp_path, {**DBT, "dbtHelios/models/schema.yml": SCHEMA.replace("tests:", "description: l'identifiant")}, ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["tests"] is False


PKGDOWN = {"README.md": "# mapMCDA\n\nMulti-criteria decision analysis of epidemiological risk maps.\n",
           "docs/pkgdown.yml": "pandoc: 2.3.1\npkgdown: 1.3.0\narticles:\n  mapMCDA: mapMCDA.html\n",
           "docs/index.html": "<html><head><title>mapMCDA</title></head><body><p>Risk maps.</p></body></html>\n",
           "docs/CONDUCT.html": "<html><head><title>Contributor Code of Conduct • mapMCDA</title></head><body><p>Be kind.</p></body></html>\n"}
NEWS = {"docs/news/index.html": "<html><head><title>Changelog • mapMCDA</title></head><body><h1>Changelog</h1><h2>mapMCDA 0.4</h2></body></html>\n"}


def test_a_pkgdown_site_s_news_page_is_the_changelog(tmp_path):
    # (an R package's pkgdown site: docs/news/index.html renders its NEWS.md, as docs/CONDUCT.html is its code of conduct)
    report, _ = judge(tmp_path, {**PKGDOWN, **NEWS}, ["documentation.community-files"])
    files = report["facts"]["files"]
    assert files["changelog"] == "docs/news/index.html" and files["code_of_conduct"] == "docs/CONDUCT.html"


def test_a_news_page_of_a_site_not_built_by_pkgdown_is_no_changelog(tmp_path):
    files = {**{k: v for k, v in PKGDOWN.items() if k != "docs/pkgdown.yml"}, **NEWS}
    report, _ = judge(tmp_path, files, ["documentation.community-files"])
    assert report["facts"]["files"]["changelog"] is None


FPDF = {"plugins/fpdf17/fpdf.php": "<?php\ndefine('FPDF_VERSION','1.7');\nclass FPDF {\n}\n",
        "plugins/fpdf17/license.txt": "Permission is hereby granted, free of charge, to any person obtaining a copy of this software\n",
        "plugins/fpdf17/tutorial/index.htm": "<html><body><h1>Tutorials</h1><p>The following examples show how to use FPDF.</p></body></html>\n",
        "plugins/openoffice_generation_v0_2/doc/doc.html": "<html><body><h1>OpenOffice generation</h1><p>How to write a spreadsheet.</p></body></html>\n",
        "plugins/openoffice_generation_v0_2/calc/classes/Content.class.php": "<?php\nclass Content {\n}\n"}


def test_libraries_released_as_fpdf17_and_name_v0_2_are_copied_and_their_docs_are_not_the_project_s(tmp_path):
    # (FPDF 1.7 unpacked as plugins/fpdf17/ with fpdf.php and its licence; a class library as plugins/openoffice_generation_v0_2/)
    assert is_vendored("plugins/openoffice_generation_v0_2/doc/doc.html")
    report, _ = judge(tmp_path, {**PHP_APP, **NEWS_PAGE, **FPDF}, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] is None


def test_a_project_s_own_plugin_named_with_a_number_stays_its_own(tmp_path):
    files = {**PHP_APP, "plugins/carte2/carte.php": "<?php\nfunction carte() { return 1; }\n", "plugins/carte2/doc/index.md": "# Carte\n\nLe module carte.\n"}
    report, _ = judge(tmp_path, files, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] == "plugins/carte2/doc/"
