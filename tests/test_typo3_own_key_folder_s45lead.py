"""Session 45 (lead), a regression found by re-reading (vc45): CDG47-Dev/t3_Cancon_V8, a TYPO3 site template whose repository name
(t3_Cancon_V8) is not its extension key (t3_cancon). Its TypoScript names EXT:t3_cancon/Resources/Private/Templates/IndexedSearch/
(committed) and EXT:t3_cancon/Resources/Private/Layouts/IndexedSearch/ (not committed); reusability.dependencies called t3_cancon
an undeclared extension from the second path. A key one of whose paths is the repository's own folder is the extension's own key;
a key none of whose paths is committed (another extension's) is still reported."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
EMCONF = ("<?php\n$EM_CONF[$_EXTKEY] = array(\n    'title' => 'Gabarit commune',\n    'category' => 'templates',\n    'version' => '8.0.1',\n"
          "    'constraints' => array('depends' => array('typo3' => '8.7.0-8.7.99', 'news' => ''), 'conflicts' => array(), 'suggests' => array()),\n);\n")
TS = ("plugin.tx_indexedsearch.view {\n    templateRootPaths {\n        21 = EXT:{key}/Resources/Private/Templates/IndexedSearch/\n    }\n"
      "    layoutRootPaths {\n        21 = EXT:{key}/Resources/Private/Layouts/IndexedSearch/\n    }\n}\n")


def _files(key: str) -> dict:
    return {"ext_emconf.php": EMCONF, "README.md": "# Gabarit TYPO3 de la commune\n\nGabarit du site de la mairie.\n",
            "Configuration/TypoScript/setup.txt": TS.replace("{key}", key),
            "Resources/Private/Templates/IndexedSearch/Search/Search.html": "<f:layout name=\"Default\" />\n<div class=\"recherche\"></div>\n",
            "Resources/Private/Templates/Page/Default.html": "<div class=\"page\"><f:render section=\"main\" /></div>\n"}


def test_the_extensions_own_key_is_no_undeclared_dependency(tmp_path):
    _r, res = judge(tmp_path, _files("gabarit_commune"), [DEPS], name="gabarit_commune_V8")
    assert "gabarit_commune" not in (res[DEPS]["details"] or {}).get("undeclared_extensions", []), res[DEPS]["message"]


def test_another_extensions_key_is_still_reported(tmp_path):
    files = _files("gabarit_commune")
    files["Configuration/TypoScript/setup.txt"] += "page.includeCSS.agenda = EXT:agenda_pro/Resources/Public/Css/agenda.css\n"
    _r, res = judge(tmp_path, files, [DEPS], name="gabarit_commune_V8")
    assert "agenda_pro" in (res[DEPS]["details"] or {}).get("undeclared_extensions", []), res[DEPS]["message"]
