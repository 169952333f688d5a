"""documentation.community-files and readme-sections (issue 12, s39 ff39 = reader rc39):
- PhilipMasse/WordPress---Editeur-de-pages: a WordPress plugin's readme.txt holds one chapter per release, "== Nouveautes 1.5.1
  (correctif urgent) ==" down to "== Nouveautes 1.1 ==": a change log (community-files said CHANGELOG missing), and its chapter
  "Nouveautes 1.4.0 : plus d'options dans chaque bloc" is those release notes, no configuration section. Near miss: a single
  "Nouveautés 1.2" chapter is no change log.
- Alex7209UwU/mail2pdf-nextgen: CHANGELOG.md holds one release's notes; its only version headings are the roadmap's "### v2.1.0
  (Planned)", "### v3.0.0 (Future)" under "## 🔮 Future Roadmap": no keep-a-changelog format. Near miss: two released versions' headings
  (beside a roadmap) keep it."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

HEADER = ("=== Constructeur de pages ===\nContributors: Mairie de Exemple\nTags: page, builder\nRequires at least: 6.0\nTested up to: 6.6\n"
          "Stable tag: {stable}\nLicense: GPLv2 or later\n\nUn constructeur de pages par blocs.\n\n")
RELEASES = ("== Nouveautes 1.5.1 (correctif urgent) ==\n\n* Corrige l'enregistrement des blocs.\n\n"
            "== Nouveautes 1.5.0 ==\n\n* Ajoute le bloc galerie.\n\n"
            "== Nouveautes 1.4.0 : plus d'options dans chaque bloc ==\n\n* Couleur de fond, marges et alignement pour chaque bloc.\n\n")
TAIL = "== Description ==\n\nGlissez et déposez des blocs pour composer vos pages.\n\n== Utilisation ==\n\nOuvrez une page et cliquez sur Constructeur.\n"
PLUGIN_PHP = ("<?php\n/**\n * Plugin Name: Constructeur de pages\n * Version: 1.5.1\n * Author: Mairie de Exemple\n */\n\n"
              "add_action('admin_menu', function () { add_menu_page('Constructeur', 'Constructeur', 'edit_pages', 'cp', 'cp_page'); });\n"
              "function cp_page() { echo '<div id=\"cp\"></div>'; }\n")

CHECKS = ["documentation.community-files", "documentation.readme-sections"]


def _plugin(releases: str, stable: str = "1.5.1") -> dict:
    return {"readme.txt": HEADER.format(stable=stable) + releases + TAIL, "constructeur.php": PLUGIN_PHP}


def test_sibling_release_chapters_of_a_wordpress_readme_are_its_change_log(tmp_path):
    _, res = kind_and_results(tmp_path, _plugin(RELEASES), CHECKS)
    community = res["documentation.community-files"]
    assert "changelog" in community["details"]["present"], community["message"]
    sections = res["documentation.readme-sections"]
    assert not any("configuration" in str((e.get("note") or {}).get("en", "")) and e.get("line") for e in sections["evidence"]), sections["evidence"]


def test_one_release_chapter_alone_is_no_change_log(tmp_path):
    _, res = kind_and_results(tmp_path, _plugin("== Nouveautes 1.2 ==\n\n* Ajoute le bloc texte.\n\n", "1.2"), ["documentation.community-files"])
    assert "changelog" in res["documentation.community-files"]["details"]["missing"], res["documentation.community-files"]["message"]


NOTES = ("# Convertisseur - CHANGELOG\n\n**Version 1.0.0** (2026-02-08)\n\n## 🎉 Features\n\n- Conversion EML et MBOX en PDF\n\n"
         "## 🐛 Bug Fixes\n\n- Encodage des pièces jointes\n\n")
ROADMAP = ("## 🔮 Future Roadmap\n\n### v2.1.0 (Planned)\n\n- [ ] Signature électronique\n\n### v2.2.0 (Planned)\n\n- [ ] Export PDF/A\n\n"
           "### v3.0.0 (Future)\n\n- [ ] Interface React\n\n## 📞 Support\n\nÉcrivez-nous.\n")
APP = {"README.md": "# Convertisseur\n\nConvertit des courriels en PDF.\n", "app.py": "from flask import Flask\napp = Flask(__name__)\n",
       "requirements.txt": "Flask==3.0.0\n"}


def _keep_a_changelog(res) -> bool:
    r = res["documentation.community-files"]
    return any("keep-a-changelog" in str((e.get("note") or {}).get("en", "")) for e in r["evidence"])


def test_a_roadmap_s_planned_versions_are_no_keep_a_changelog_entries(tmp_path):
    _, res = kind_and_results(tmp_path, {**APP, "CHANGELOG.md": NOTES + ROADMAP}, ["documentation.community-files"])
    assert "changelog" in res["documentation.community-files"]["details"]["present"], res["documentation.community-files"]["message"]
    assert not _keep_a_changelog(res), res["documentation.community-files"]["evidence"]


def test_released_version_headings_beside_a_roadmap_keep_the_format(tmp_path):
    released = "# Changelog\n\n## [1.1.0] - 2026-03-01\n\n- Export CSV\n\n## [1.0.0] - 2026-02-08\n\n- Première version\n\n"
    _, res = kind_and_results(tmp_path, {**APP, "CHANGELOG.md": released + ROADMAP}, ["documentation.community-files"])
    assert _keep_a_changelog(res), res["documentation.community-files"]["evidence"]
