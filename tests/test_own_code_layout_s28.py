"""What a local authority's repository holds as its own code (issue 12, session 28 fixer e28, measure 19 readers m19o1-m19o3).

A second qgis2web export kept in a timestamped folder beside the root's one (qgis2web_2021_05_21-15_58_42_956969/) was taken for
hand-written code: its generated scripts and copied libraries made code-comments and tests-and-ci fail. The export is recognised
wherever it sits; a script of the project's own beside the exports still counts.

A default branch holding only its README (the code lives on other branches) had territory-neutral pass 10/10 "No territory-specific
value in the code" while install, configuration, dependencies and portability said "No code in the repository": no code is
not_applicable there too; a small script without any territory's value still passes."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_static_map_export_s21 import EXPORT

COMMENTS, TESTS, TERR = "documentation.code-comments", "reusability.tests-and-ci", "reusability.territory-neutral"
EXPRESSIONS = "".join(f"function fnc_f{i}(values, context) {{\n    return values[{i}];\n}}\n\n" for i in range(30))


def _nested(files: dict, folder: str) -> dict:
    """The root export and the same export written again into ``folder`` (the exporter's own time-stamped folder name)."""
    copy = {f"{folder}/{p}": (EXPRESSIONS if p.endswith("qgis2web_expressions.js") else text)
            for p, text in files.items() if p != "README.md"}
    return {**files, **copy}


def test_a_second_export_in_a_timestamped_folder_is_generated(tmp_path):
    files = _nested(EXPORT, "qgis2web_2021_05_21-15_58_42_956969")
    report, res = judge(tmp_path, files, [COMMENTS, TESTS])
    assert res[COMMENTS]["status"] == "not_applicable", res[COMMENTS]["message"]
    assert res[TESTS]["status"] == "not_applicable", res[TESTS]["message"]
    assert report["facts"]["inventory"]["categories"]["source"] <= 2, report["facts"]["inventory"]  # the two index.html


def test_the_project_s_own_script_beside_the_exports_still_counts(tmp_path):
    own = "".join(f"function filtre{i}(couche) {{\n    return couche.get('type') === {i};\n}}\n\n" for i in range(8))
    files = {**_nested(EXPORT, "qgis2web_2021_05_21-15_58_42_956969"), "outils/filtres.js": own}
    res = judge(tmp_path, files, [COMMENTS, TESTS])[1]
    assert res[COMMENTS]["status"] == "fail", res[COMMENTS]["message"]
    assert res[TESTS]["status"] == "fail", res[TESTS]["message"]



def test_a_readme_only_tree_has_no_code_to_be_territory_neutral(tmp_path):
    res = judge(tmp_path, {"README.md": "# SDIS41-KPI-INTERFACE\n"}, [TERR])[1][TERR]
    assert res["status"] == "not_applicable" and "No code in the repository" in res["message"]["en"], res["message"]


def test_a_script_without_a_territory_s_value_still_passes(tmp_path):
    files = {"README.md": "# Outil\n\nUn outil qui compte les lignes d'un fichier CSV.\n",
             "compte.py": "import csv\nimport sys\n\n\ndef compte(chemin):\n    with open(chemin) as f:\n        return sum(1 for _ in csv.reader(f))\n\n\n"
                          "if __name__ == '__main__':\n    print(compte(sys.argv[1]))\n"}
    res = judge(tmp_path, files, [TERR])[1][TERR]
    assert res["status"] == "pass", res["message"]


A11Y = "interoperability.accessibility-and-ecodesign"
THEME = {
    "style.css": "/*\nTheme Name: Mairie\nAuthor: La commune\nVersion: 1.0\n*/\nbody { font-family: sans-serif; }\n",
    "functions.php": "<?php\nfunction mairie_setup() {\n    register_nav_menus(array('top' => __('Menu du haut', 'mairie')));\n}\n"
                     "add_action('after_setup_theme', 'mairie_setup');\n",
    "header.php": "<!doctype html>\n<html <?php language_attributes(); ?>>\n<head><?php wp_head(); ?></head>\n<body>\n<header><nav><?php wp_nav_menu(); ?></nav></header>\n",
    "footer.php": "<footer><p>Mairie</p></footer>\n<?php wp_footer(); ?>\n</body>\n</html>\n",
    "index.php": "<?php get_header(); ?>\n<main><?php while (have_posts()) : the_post(); the_content(); endwhile; ?></main>\n<?php get_footer(); ?>\n",
    "front-page.php": "<?php get_header(); ?>\n<main><h1><?php bloginfo('name'); ?></h1></main>\n<?php get_footer(); ?>\n",
    "template-parts/content-page.php": "<article><?php the_title('<h2>', '</h2>'); ?></article>\n",
}


def test_a_wordpress_theme_is_the_site_s_pages(tmp_path):
    # (a commune's WordPress theme was "a library or package", accessibility not applicable: it renders every public page)
    res = judge(tmp_path, THEME, [A11Y])[1][A11Y]
    assert res["status"] != "not_applicable", res["message"]


def test_a_wordpress_plugin_without_pages_stays_out(tmp_path):
    files = {"mon-extension.php": "<?php\n/*\nPlugin Name: Mon extension\n*/\nfunction mon_extension_init() {\n    return 1;\n}\n"
                                  "add_action('init', 'mon_extension_init');\n"}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert res["status"] == "not_applicable", res["message"]


PORT = "reusability.portability"
SWIFT = ("import UIKit\n\n@UIApplicationMain\nclass AppDelegate: UIResponder, UIApplicationDelegate {\n    var window: UIWindow?\n\n"
         "    func titre() -> String {\n        return NSLocalizedString(\"Bureaux\", comment: \"\")\n    }\n}\n")
PBXPROJ = "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjectVersion = 46;\n\tobjects = {\n\t};\n\trootObject = 1D6058900D05DD3D006BFB54;\n}\n"


def test_an_ios_app_s_localised_folders_and_launch_images_are_seen(tmp_path):
    # (an iOS app localised in en.lproj/ and fr.lproj/, whose launch screen is an asset catalog's launch image set, was "i18n: no;
    # standard packaging: no")
    files = {"README.md": "# Parapheur\n\nApplication iOS du parapheur.\n", "App.xcodeproj/project.pbxproj": PBXPROJ, "App/AppDelegate.swift": SWIFT,
             "App/Resources/Base.lproj/Main.storyboard": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document/>\n",
             "App/Resources/en.lproj/Localizable.strings": "\"Bureaux\" = \"Desks\";\n",
             "App/Resources/fr.lproj/Localizable.strings": "\"Bureaux\" = \"Bureaux\";\n",
             "App/Resources/Images.xcassets/LaunchImage.launchimage/Contents.json": "{\"images\": [], \"info\": {\"version\": 1}}\n"}
    res = judge(tmp_path, files, [PORT])[1][PORT]
    assert res["details"]["i18n"] is True and res["details"]["packaging"] is True, res["message"]


def test_a_desktop_xcode_project_without_translations_stays_unpackaged(tmp_path):
    files = {"README.md": "# Outil\n\nUn outil pour macOS.\n", "Outil.xcodeproj/project.pbxproj": PBXPROJ, "Outil/AppDelegate.swift": SWIFT,
             "Outil/Base.lproj/MainMenu.xib": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document/>\n"}
    res = judge(tmp_path, files, [PORT])[1][PORT]
    assert res["details"]["i18n"] is False and res["details"]["packaging"] is False, res["message"]


DOCS = "licensing.data-and-docs"


def test_an_app_s_source_folder_with_a_bundled_guide_is_no_documentation_folder(tmp_path):
    # (an iOS app's iParapheur/ holding its code, a PDF guide it bundles and its images was "57 documentation files")
    files = {"README.md": "# Parapheur\n\nApplication iOS du parapheur.\n", "App/AppDelegate.m": "#import \"AppDelegate.h\"\n\n@implementation AppDelegate\n@end\n",
             "App/AppDelegate.swift": SWIFT, "App/guide_import_certificats.pdf": "%PDF-1.4\n% guide\n",
             **{f"App/Resources/Images.xcassets/icon{i}.imageset/icon{i}.png": "\x89PNG\r\n" for i in range(6)}}
    res = judge(tmp_path, files, [DOCS])[1][DOCS]
    assert res["status"] == "not_applicable", (res["message"], res["evidence"])


def test_a_folder_of_documents_and_their_figures_still_counts(tmp_path):
    files = {"README.md": "# Outil\n\nUn outil.\n", "outil.py": "print('ok')\n", "guides/guide_utilisateur.pdf": "%PDF-1.4\n% guide\n",
             **{f"guides/figure{i}.png": "\x89PNG\r\n" for i in range(4)}}
    res = judge(tmp_path, files, [DOCS])[1][DOCS]
    assert res["status"] == "fail" and res["evidence"][0]["value"] == 5, (res["message"], res["evidence"])


STD = "interoperability.data-standards"
SONAR = ("#!/bin/bash\nmkdir -p sonar-reports\n"
         "echo \"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><testsuites name='AllTestUnits'></testsuites>\" > sonar-reports/TEST-report.xml\n"
         "echo \"<?xml version='1.0' ?><!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-03.dtd'><coverage></coverage>\" "
         "> sonar-reports/coverage.xml\n")


def test_a_ci_script_s_test_report_is_no_xml_data(tmp_path):
    # (an iOS client's run-sonar-swift.sh writing an empty JUnit report made data-standards read "Open formats: JSON, XML")
    files = {"README.md": "# Outil\n\nUn outil.\n", "run-sonar.sh": SONAR, "outil.py": "print('ok')\n"}
    res = judge(tmp_path, files, [STD])[1][STD]
    assert "XML" not in (res.get("details") or {}).get("formats", []), (res["message"], res.get("details"))


def test_xml_a_script_writes_for_another_program_still_counts(tmp_path):
    feed = ("import sys\n\n\ndef flux(titre):\n    return \"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>\" + titre + "
            "\"</title></channel></rss>\"\n\n\nsys.stdout.write(flux('Actualites'))\n")
    res = judge(tmp_path, {"README.md": "# Flux\n\nUn flux RSS.\n", "flux.py": feed}, [STD])[1][STD]
    assert "XML" in res["details"]["formats"], (res["message"], res.get("details"))
