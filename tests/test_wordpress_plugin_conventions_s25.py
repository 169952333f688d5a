"""A WordPress plugin kept the wordpress.org way (issue 12, session 25 reader o3, WPPlugins/e-bourgogne-newsletter): its changelog
is the ``== Changelog ==`` chapter of its readme.txt (W2: community-files said "no CHANGELOG"). The chapter, holding a version's
``= 1.0.1 =`` entry, is the plugin's changelog; an empty chapter (the directory's template) or a plain-text readme.txt is none."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results
from tests.test_readme_wordpress_s17_k2 import PLUGIN, README_TXT

COMMUNITY = ["documentation.community-files"]


def test_the_changelog_chapter_of_a_wordpress_readme_is_the_changelog(tmp_path):
    _, res = kind_and_results(tmp_path, PLUGIN, COMMUNITY)
    r = res["documentation.community-files"]
    assert "changelog" in r["details"]["present"], r["message"]
    assert any(e["path"] == "readme.txt" and e["value"] == "changelog" for e in r["evidence"]), r["evidence"]


def test_an_empty_changelog_chapter_is_no_changelog(tmp_path):
    """The neighbour: the chapter left empty (no version under it) says nothing of the changes."""
    files = dict(PLUGIN, **{"readme.txt": README_TXT.split("== Changelog ==")[0] + "== Changelog ==\n\n== Upgrade Notice ==\n\nAucune.\n"})
    _, res = kind_and_results(tmp_path, files, COMMUNITY)
    assert "changelog" in res["documentation.community-files"]["details"]["missing"], res["documentation.community-files"]["message"]


def test_a_plain_text_readme_with_versions_is_no_wordpress_changelog(tmp_path):
    """A readme.txt that is no wordpress.org readme (no header field) keeps the rule of other pages."""
    files = {"readme.txt": "Outil de conversion\n\n== Changelog ==\n\n= 1.0 =\n* premiere version\n",
             "convert.php": "<?php\nfunction convert($x) { return $x; }\n"}
    _, res = kind_and_results(tmp_path, files, COMMUNITY)
    assert "changelog" in res["documentation.community-files"]["details"]["missing"], res["documentation.community-files"]["message"]


# W5: "Requires at least: 3.3 / Tested up to: 4.2.4" gave "no runtime or framework version read" (not applicable): the newest WordPress
# the plugin was tested on is a branch its users run it with; WordPress supports its latest branch only (auditor/data/endoflife.yml).
EOL = ["scaling.end-of-life"]


def test_a_plugin_tested_up_to_an_old_wordpress_is_past_end_of_life(tmp_path):
    _, res = kind_and_results(tmp_path, PLUGIN, EOL)
    r = res["scaling.end-of-life"]
    assert r["status"] in ("warn", "fail") and "WordPress 4.2" in r["message"]["en"] and "WordPress 4.2" in r["message"]["fr"], r["message"]
    assert any(e.get("path") == "readme.txt" for e in r["evidence"]), r["evidence"]


def test_a_plugin_tested_up_to_the_supported_wordpress_is_not(tmp_path):
    """The neighbours: tested up to the supported branch (6.9); a plain readme.txt naming a version is no WordPress readme."""
    files = dict(PLUGIN, **{"readme.txt": README_TXT.replace("Tested up to: 4.2.4", "Tested up to: 6.9")})
    _, res = kind_and_results(tmp_path, files, EOL)
    assert "WordPress" not in res["scaling.end-of-life"]["message"]["en"] or res["scaling.end-of-life"]["status"] == "pass", res["scaling.end-of-life"]
    plain = {"readme.txt": "Outil de conversion\n\nTested up to: 4.2.4\n", "convert.php": "<?php\nfunction convert($x) { return $x; }\n"}
    _, res = kind_and_results(tmp_path / "plain", plain, EOL)
    assert "WordPress" not in res["scaling.end-of-life"]["message"]["en"], res["scaling.end-of-life"]


# W3: "A plugin of WordPress: install tooling: none; written instructions: yes" (warn): WordPress installs its plugins (its extension
# manager, or the plugin's folder copied into wp-content/plugins/): no tooling of the plugin's own to ask when its README says how.
INSTALL = ["reusability.install"]


def test_a_plugin_its_readme_says_how_to_install_is_installed_by_its_host(tmp_path):
    _, res = kind_and_results(tmp_path, PLUGIN, INSTALL)
    r = res["reusability.install"]
    assert r["status"] == "pass" and "installed by WordPress itself" in r["message"]["en"] and "installée par WordPress" in r["message"]["fr"], r


def test_a_plugin_whose_readme_says_nothing_of_installing_still_gets_the_advice(tmp_path):
    """The neighbour: a plugin whose only steps are another README's (a sub-folder's build notes) keeps its warning."""
    files = dict(PLUGIN, **{"readme.txt": README_TXT.replace("== Installation ==", "== Notes ==").replace("Installez", "Le").replace("activez-le", "voilà"),
                            "assets/README.md": "# Assets\n\n## Installation\n\nnpm install puis npm run build pour compiler les styles.\n"})
    _, res = kind_and_results(tmp_path, files, INSTALL)
    assert res["reusability.install"]["status"] != "pass", res["reusability.install"]


# W1: the FAQ's how-to "= Comment intégrer l'inscription à mon site ? =" (add the widget, choose the letters) is the plugin's usage;
# readme-sections said "missing: usage". A French how-to of a task done with the project is usage, as "How to …" already was.
def test_a_french_how_to_in_the_faq_is_usage():
    from auditor.facts.readme import analyse
    from auditor.facts.readme_headings import heading_sections

    text = README_TXT.replace("= Où trouver ma clé d'API ? =", "= Comment intégrer le formulaire d'inscription à mon site ? =")
    found = {d["name"]: d for d in analyse(text, "readme.txt")["section_details"]}
    assert found["usage"]["via"] == "heading" and "intégrer" in found["usage"]["text"], found
    # (the neighbours: following the project, installing it, its settings keep their chapters)
    assert heading_sections("Comment suivre les changements ?") == []
    assert "usage" not in heading_sections("Comment installer le plugin ?")
    assert "usage" not in heading_sections("Comment configurer la clé d'API ?")
