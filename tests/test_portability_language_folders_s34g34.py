"""reusability.portability (issue 12, s34 g34 = reader m28o3, Geographie-cites/mobiliscope): "i18n: no" though the site in
www_online/ is translated by folders: french/, english/ and espanol/ each hold the same pages (index.php, footer.php…), each
setting $language. Sibling folders named by a language holding pages of the same names are the site's translations. The near
misses: one language folder alone, or language-named folders holding different pages, translate nothing."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.portability"
PAGE = "<?php\ninclude('settings.php');\ninclude('topbar.php');\n?>\n<main><h1><?php echo $title; ?></h1></main>\n"


def site(languages: dict[str, str], pages=("index.php", "footer.php", "settings.php")) -> dict:
    files = {"README.md": "# Mobiliscope\n\nUn outil de géovisualisation.\n", "www_online/geoviz_menu.php": "<?php echo $language;\n",
             "www_online/index.php": "<?php header('Location: /fr');\n"}
    for folder, code in languages.items():
        for page in pages:
            files[f"www_online/{folder}/{page}"] = f'<?php\n$language = "{code}";\n' if page == "settings.php" else PAGE
    return files


def test_a_site_translated_by_language_folders_has_i18n(tmp_path):
    r = check_result(tmp_path, site({"french": "fr", "english": "en", "espanol": "es"}), CID)
    assert r["details"]["i18n"] is True, (r["message"], r["evidence"])  # was false ("i18n: no")
    assert any(e.get("value") == "locale files" and e["path"].startswith("www_online/english/") for e in r["evidence"]), r["evidence"]


def test_one_language_folder_or_different_pages_translate_nothing(tmp_path):
    r = check_result(tmp_path, site({"french": "fr"}), CID)
    assert r["details"]["i18n"] is False, r["message"]
    files = site({"french": "fr"})
    files["www_online/english/about.php"] = PAGE
    r = check_result(tmp_path / "b", files, CID)
    assert r["details"]["i18n"] is False, r["message"]
