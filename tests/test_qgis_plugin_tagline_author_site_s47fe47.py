"""reusability.install and documentation.readme-sections on a QGIS plugin (issue 12, s47 fe47 = sigmoe/Vertex2NodeByAtt). The
README's line under its title is a tagline, "QGIS plugin : <what it does>", and its "Author" chapter gives "website:
www.<company>.fr". install passed ("how to load it is described") on the tagline taken for a loading step, though the README never
says how to install the plugin; readme-sections recorded the author's company site as the demo. A tagline's label names the type,
and a host named in the author's chapter is their site. Near misses: "Install it from the QGIS plugin manager" stays a loading step,
and a demo named in a usage chapter stays the demo. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PLUGIN = {"metadata.txt": "[general]\nname=Alignement\nqgisMinimumVersion=3.10\ndescription=Aligne des lignes sur des points\nversion=1.0\n"
                          "author=Une Personne\nemail=contact@atelier-sig.fr\n",
          "__init__.py": "def classFactory(iface):\n    from .alignement import Alignement\n    return Alignement(iface)\n",
          "alignement.py": "class Alignement:\n    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n        pass\n\n"
                           "    def unload(self):\n        pass\n"}


def _readme(install: str, author: str) -> str:
    return ("# Alignement\nQGIS plugin : move line ends onto points by attribute\n\nDescription\n===========\n"
            "**Alignement** moves the first and last vertices of lines onto two points named by an attribute.\n\n"
            "Prerequisite\n============\n* QGIS 3.10 LTR\n\n" + install +
            "Documentation\n=============\nSee the video: https://video.example.org/watch/alignement\n\n"
            "Author\n======\n" + author + "\nLicense\n=======\nGNU Public License (GPL) Version 3\n")


AUTHOR = "* Une Personne\n* e-mail: contact@atelier-sig.fr\n* website: www.atelier-sig.fr\n"


def test_a_tagline_naming_the_type_is_no_loading_step(tmp_path):
    r = check_result(tmp_path, {**PLUGIN, "README.md": _readme("", AUTHOR)}, "reusability.install")
    assert r["status"] != "pass" and not r["details"]["load_steps"], (r["message"]["en"], r["evidence"])  # was pass 10, README.md:2


def test_near_miss_installing_from_the_plugin_manager_stays_a_loading_step(tmp_path):
    steps = "Installation\n============\nInstall it from the QGIS plugin manager (Plugins > Manage and Install Plugins).\n\n"
    r = check_result(tmp_path, {**PLUGIN, "README.md": _readme(steps, AUTHOR)}, "reusability.install")
    assert r["status"] == "pass" and r["details"]["load_steps"], (r["message"]["en"], r["evidence"])


def test_the_authors_website_is_no_demo(tmp_path):
    r = check_result(tmp_path, {**PLUGIN, "README.md": _readme("", AUTHOR)}, "documentation.readme-sections")
    assert r["details"]["signals"]["demo"] is None, r["details"]["signals"]  # was: demo https://www.atelier-sig.fr (README.md, Author)


def test_near_miss_a_demo_site_named_in_the_usage_chapter_stays(tmp_path):
    usage = "Usage\n=====\nTry the demo website: demo.atelier-sig.fr\n\n"
    r = check_result(tmp_path, {**PLUGIN, "README.md": _readme(usage, AUTHOR)}, "documentation.readme-sections")
    assert r["details"]["signals"]["demo"], r["details"]["signals"]
