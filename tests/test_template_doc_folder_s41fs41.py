"""A documentation folder named as a template (Extension Builder's Documentation.tmpl/) is documentation, and its pages a skeleton
to fill (issue 12, session 41 fixer fs41 = departement-maine-et-loire/chartum, reader re41 items 1.1 and 1.2). A TYPO3 extension
keeps the generator's unfilled Documentation.tmpl/: its ChangeLog/Index.rst ("Use this chapter to inform users…") was read as the
change log, and its screenshots (Images/*.png) as the interface's raster images. Now the template folder's pages give no community
file, and its images are documentation. Near misses: the same pages in Documentation/ stay a change log; a PNG among the plugin's
public resources stays an interface image. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PNG = "\x89PNG\r\n\x1a\n" + "x" * 64
CHANGELOG = ("ChangeLog\n=========\n\nVersion 1.0.0\n-------------\n\nUse this chapter to inform users of your extension about changes\n"
             "you made with each released version.\n")
BASE = {
    "readme.md": "# Graph\n\nA TYPO3 extension drawing a CSV file as a chart.\n",
    "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Graph', 'version' => '1.0.0'];\n",
    "ext_localconf.php": "<?php\n\\TYPO3\\CMS\\Extbase\\Utility\\ExtensionUtility::configurePlugin('Dept.Graph', 'Graph', []);\n",
    "Classes/GraphController.php": "<?php\nnamespace Dept\\Graph;\nclass GraphController {\n  public function showAction() { return ''; }\n}\n",
    "Resources/Private/Templates/Graph/Show.html": "<div class=\"graph\"><canvas id=\"chart\"></canvas></div>\n",
    "Resources/Public/Icons/Extension.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
}


def _raster(res: dict) -> int:
    return int(res["details"].get("raster_images") or 0)


def test_the_template_folders_changelog_is_no_changelog(tmp_path):
    res = check_result(tmp_path, {**BASE, "Documentation.tmpl/ChangeLog/Index.rst": CHANGELOG,
                                  "Documentation.tmpl/Index.rst": "Graph\n=====\n\nHow is the extension configured?\n"}, "documentation.community-files")
    assert "CHANGELOG" not in res["message"]["en"].split("missing")[0], res["message"]["en"]


def test_a_documentation_folders_changelog_stays_one(tmp_path):
    res = check_result(tmp_path, {**BASE, "Documentation/ChangeLog/Index.rst": CHANGELOG.replace("Use this chapter", "Fixed the legend. Use")},
                       "documentation.community-files")
    assert "CHANGELOG" in res["message"]["en"].split("missing")[0], res["message"]["en"]


def test_the_template_folders_screenshots_are_documentation_images(tmp_path):
    res = check_result(tmp_path, {**BASE, "Documentation.tmpl/Images/UserManual/BackendView.png": PNG,
                                  "Documentation.tmpl/Images/IntroductionPackage.png": PNG}, "interoperability.accessibility-and-ecodesign")
    assert _raster(res) == 0, (res["status"], res["message"], res["details"])


def test_a_public_resource_png_stays_an_interface_image(tmp_path):
    res = check_result(tmp_path, {**BASE, "Resources/Public/Images/legend.png": PNG}, "interoperability.accessibility-and-ecodesign")
    assert _raster(res) == 1, (res["status"], res["message"], res["details"])
