"""documentation.docs, documentation.language and licensing.data-and-docs: a TYPO3 extension's TypoScript is its configuration code,
no documentation (issue 12, s42 fr42 = reader ri42, CDG47-Dev/t3_Menu). The README (in French) sends its readers to
Configuration/TypoScript/constants.txt for the settings; that folder's .txt files (setup.txt, constants.txt, ContentElement/*.txt,
TYPO3 ≤ 8's extension for TypoScript) were read as a documentation folder of one page, English documentation (the constant editor's
labels) and nine documentation files without a licence. TypoScript by TYPO3's layout (Configuration/TypoScript|PageTS|TSconfig/,
ext_typoscript_*.txt) or, in a TYPO3 extension, a .txt whose text is TypoScript (a TYPO3 4 extension's static/<name>/setup.txt), is
code for these facts as for the text scan (s41). Near miss: the same extension with a Documentation/ folder of English prose .txt
pages keeps its documentation folder and its English. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

README = """# t3_Exemple

Ajout de nouvelles dispositions pour l'élément de contenu "menus spéciaux" du site.

## Installation
* Inclure l'extension dans le gabarit du site
* Insérer ensuite l'élément de contenu sur une page

## Utilisation
Se reporter au fichier typoscript [constants.txt](https://github.com/exemple/t3_Exemple/blob/master/Configuration/TypoScript/constants.txt)
et au [setup statique](static/menus/setup.txt) pour voir les variables utilisées et définir de nouvelles valeurs.
"""
CONSTANTS = ("plugin.tx_exemple {\n  # cat=plugin.tx_exemple/menu; type=string; label=Thumbnail Menu Media Height\n  mediaHeight = 120\n"
             "  # cat=plugin.tx_exemple/menu; type=string; label=Thumbnail Menu Media Width for the accordion sitemap\n  mediaWidth = 200\n}\n")
SETUP = ("<INCLUDE_TYPOSCRIPT: source=\"FILE:EXT:t3_exemple/Configuration/TypoScript/ContentElement/Menu.txt\">\n"
         "page {\n  includeCSS {\n    menus = EXT:t3_exemple/Resources/Public/Css/menus.css\n  }\n"
         "  includeJSFooter {\n    menus = EXT:t3_exemple/Resources/Public/Js/menus.js\n  }\n}\n")
ELEMENT = ("tt_content.menu.20.sitemap_accordion = FLUIDTEMPLATE\ntt_content.menu.20.sitemap_accordion {\n"
           "  file = EXT:t3_exemple/Resources/Private/Templates/Menu.html\n  settings.mediaHeight = {$plugin.tx_exemple.mediaHeight}\n}\n")
STATIC = ("plugin.tx_exemple_pi1 {\n  templateFile = EXT:t3_exemple/pi1/template.html\n  listView {\n    maxItems = 10\n  }\n}\n"
          "plugin.tx_exemple_pi1.listView.orderBy = title\n")
MANUAL = ("Thumbnail menus for TYPO3\n\nThis manual explains how the editors of a site choose a special menu for a page. Open the page "
          "module, insert the content element and pick the layout in the drop-down list. The accordion sitemap shows every page of the "
          "tree below the chosen one, and the thumbnail menus show the media of each page.\n")
INSTALL = ("Installing the extension\n\nDownload the extension from the repository, import it in the extension manager and include its "
           "static template in the site's template record. Then clear the caches so that the new layouts appear for the editors.\n")
CHECKS = ["documentation.docs", "documentation.language", "licensing.data-and-docs"]


def _files(**more) -> dict:
    return {"README.md": README, "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Menus', 'version' => '1.0.0', 'author_company' => 'CDG'];\n",
            "ext_localconf.php": "<?php\ndefined('TYPO3_MODE') or die();\n",
            "ext_tables.php": "<?php\n\\TYPO3\\CMS\\Core\\Utility\\ExtensionManagementUtility::addStaticFile('t3_exemple', 'Configuration/TypoScript', 'Menus');\n",
            "Configuration/TypoScript/constants.txt": CONSTANTS, "Configuration/TypoScript/setup.txt": SETUP,
            "Configuration/TypoScript/ContentElement/Menu.txt": ELEMENT, "Configuration/TypoScript/ContentElement/Liste.txt": ELEMENT.replace("accordion", "liste"),
            "Configuration/PageTS/TCEFORM.txt": "TCEFORM.tt_content.layout.addItems.10 = Menu\n",
            "static/menus/setup.txt": STATIC,
            "Resources/Private/Templates/Menu.html": "<ul class=\"menu\"><f:for each=\"{menu}\" as=\"page\"><li>{page.title}</li></f:for></ul>\n",
            "Resources/Public/Js/menus.js": "$(function () {\n  $('.menu').collapse();\n});\n", **more}


def test_typoscript_txt_files_are_no_documentation(tmp_path):
    _, res = kind_and_results(tmp_path, _files(), CHECKS)
    docs = res["documentation.docs"]
    assert docs["status"] == "fail" and "TypoScript" not in docs["message"]["en"] and "static/" not in docs["message"]["en"], docs["message"]
    lang = res["documentation.language"]
    assert "en" not in (lang["details"].get("docs") or []) and not any("Configuration/" in str(e.get("path")) for e in lang["evidence"]), lang
    lic = res["licensing.data-and-docs"]
    assert not any("Configuration/" in str(e.get("path")) or "static/" in str(e.get("path")) for e in lic["evidence"]), lic


def test_a_documentation_folder_of_prose_txt_pages_stays_documentation(tmp_path):
    _, res = kind_and_results(tmp_path, _files(**{"Documentation/Manual.txt": MANUAL, "Documentation/Install.txt": INSTALL,
                                                  "Documentation/Editors.txt": MANUAL.replace("manual", "guide")}), CHECKS)
    docs = res["documentation.docs"]
    assert "folder" in docs["details"]["found"], docs["message"]
    lang = res["documentation.language"]
    assert "en" in (lang["details"].get("docs") or []), lang
    lic = res["licensing.data-and-docs"]
    assert lic["status"] == "fail" and any(str(e.get("path")).startswith("Documentation") for e in lic["evidence"]), lic
