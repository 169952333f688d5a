"""Session 17 (k2, reader a2): a WordPress plugin's readme.txt (the wordpress.org format: "=== Name ===", header fields, "== Installation ==",
"== Frequently Asked Questions ==", "== Changelog ==") was read as plain text: its chapters were no headings, so the plugin's installation
was "missing" (readme-sections) and reusability.install failed with "no instructions" (e-bourgogne's plugins, mirrored by WPPlugins);
its License URI header was taken as a demo. It is now read as the Markdown it maps to, and preferred to a README.md less than half its
size beside it."""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.test_kind_first_reads import kind_and_results

README_TXT = """=== Lettre d'information du territoire===
Contributors: www.exemple-territoire.fr
Tags: newsletter, territoire
Requires at least: 3.3
Tested up to: 4.2.4
Stable tag: 1.0.1
License: GPLv2 or later
License URI: http://www.gnu.org/licenses/gpl-2.0.html

Permet à vos visiteurs de s'inscrire aux lettres d'information de la plateforme territoriale depuis votre site.

== Description ==

Ce plugin ajoute un widget d'inscription aux lettres d'information de la plateforme, et une page de désinscription.

== Installation ==

1. Installez le plugin depuis l'écran des extensions de WordPress et activez-le.
1. Dans le menu "Territoire", renseignez la clé d'API de votre organisme.
1. Ajoutez le widget depuis "Apparence > Widgets".

== Frequently Asked Questions ==

= Où trouver ma clé d'API ? =
Auprès de l'administrateur de votre organisme.

== Changelog ==

= 1.0.1 =
* Avertissement si cURL manque
"""
PLUGIN = {
    "readme.txt": README_TXT,
    "lettre-territoire.php": "<?php\n/*\nPlugin Name: Lettre d'information du territoire\nVersion: 1.0.1\nLicense: GPLv2 or later\n*/\n"
                             "define('LT_BASE_URL', 'https://plateforme.exemple-territoire.fr/');\nfunction lt_widget() { echo '<form></form>'; }\n",
    "widget.php": "<?php\nclass LT_Widget extends WP_Widget {\n  public function widget($args, $instance) { lt_widget(); }\n}\n",
}


def test_a_wordpress_readme_txt_is_read_with_its_chapters():
    a = analyse(README_TXT, "readme.txt")
    found = {d["name"]: d for d in a["section_details"]}
    assert found["install"]["via"] == "heading" and found["install"]["line"] == 16, a["section_details"]
    assert found["purpose"]["line"] == 12 and "license" in found, a["section_details"]
    assert a["demo"] is None, a["demo"]
    # (a plain-text README opening with "=== notes ===" but no wordpress.org field stays plain text)
    plain = analyse("=== notes ===\n\nQuelques notes.\n\n== Installation ==\n\nmake\n", "readme.txt")
    assert not any(d["via"] == "heading" for d in plain["section_details"]), plain["section_details"]


def test_a_wordpress_plugin_with_its_readme_txt_has_installation_instructions(tmp_path):
    _, res = kind_and_results(tmp_path, PLUGIN, ["documentation.readme-sections", "reusability.install"])
    assert "install" in res["documentation.readme-sections"]["details"]["found"], res["documentation.readme-sections"]["message"]
    assert res["reusability.install"]["status"] != "fail", res["reusability.install"]["message"]
    # a GitHub mirror's one-line README.md beside it: the readme.txt is the README
    _, res = kind_and_results(tmp_path / "mirror", dict(PLUGIN, **{"README.md": "# lettre-territoire\n\nMirror of the WordPress plugin.\n"}),
                              ["documentation.readme-sections"])
    assert "install" in res["documentation.readme-sections"]["details"]["found"], res["documentation.readme-sections"]["message"]
