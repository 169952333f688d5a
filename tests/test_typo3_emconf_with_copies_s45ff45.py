"""A TYPO3 extension's ext_emconf.php is its manifest, also when it carries a copied script (issue 12, s45 ff45 = reader rb45's
CDG47-Dev/t3_Calendar).

t3_Calendar: templates and TypoScript for the `cal` calendar extension, a copied jquery.totemticker.min.js, and ext_emconf.php
declaring 'depends' => bootstrap_package, typo3. reusability.dependencies said "No manifest: 1 library copied…" and advised a
package.json: ext_emconf.php was read only when no library was copied, and `cal`, which the Fluid templates use
(LLL:EXT:cal/Resources/Private/Language/locallang.xml) but ext_emconf.php does not declare, was never named. Rule now: with
ext_emconf.php's constraints, the message names them and the copied library they leave undeclared, and the Fluid templates'
and TypoScript's paths into another extension count as uses. Near miss: paths into the extension's own files, and no copied
script, keep "not applicable: runs on TYPO3's"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
EMCONF = ("<?php\n$EM_CONF[$_EXTKEY] = array(\n    'title' => 'agenda',\n    'description' => 'Gabarits de l agenda',\n    'category' => 'fe',\n"
          "    'constraints' => array(\n        'depends' => array(\n            'bootstrap_package' => '7.0.2 - 8.99.99',\n"
          "            'typo3' => '7.6.2 - 8.99.99',\n        ),\n        'conflicts' => array(),\n    ),\n    'state' => 'stable',\n"
          "    'author_company' => 'Centre de gestion',\n    'version' => '0.0.1',\n);\n")
TICKER = "/*! jQuery News Ticker v1.4 */\n!function(t){t.fn.newsTicker=function(n){var e=t.extend({speed:700},n);return this.each(function(){t(this).data('ticker',e)})}}(jQuery);\n"


def _files(template_line: str, copied: bool) -> dict:
    files = {"ext_emconf.php": EMCONF,
             "ext_localconf.php": "<?php\ndefined('TYPO3_MODE') or die();\n",
             "Configuration/TypoScript/setup.txt": "page.includeJSFooter.agenda = EXT:mon_agenda/Resources/Public/Js/agenda.js\n",
             "Resources/Public/Js/agenda.js": "$(function () {\n  $('.agenda').show();\n});\n",
             "Resources/Private/Templates/Agenda/liste.html": ("<div class=\"agenda\">\n<f:for each=\"{events}\" as=\"event\">\n"
                                                              f"<h3>{template_line}</h3>\n</f:for>\n</div>\n"),
             "README.md": "# Agenda\n\nGabarits pour l'agenda des sites des communes.\n"}
    if copied:
        files["Resources/Public/Js/jquery.newsticker.min.js"] = TICKER
    return files


def test_emconf_named_and_another_extensions_template_use_reported(tmp_path):
    line = "<f:translate key=\"LLL:EXT:agenda_pro/Resources/Private/Language/locallang.xlf:organisateur\" />"
    _r, res = judge(tmp_path, _files(line, True), [DEPS], name="mon_agenda")
    r = res[DEPS]
    assert "ext_emconf.php" in r["message"]["en"] and "No manifest" not in r["message"]["en"], r["message"]
    assert r["details"].get("undeclared_extensions") == ["agenda_pro"], r["details"]
    assert "newsticker" in r["message"]["en"], r["message"]


def test_near_miss_own_paths_and_no_copy_run_on_typo3(tmp_path):
    line = "<f:render partial=\"EXT:mon_agenda/Resources/Private/Templates/Agenda/\" />"
    _r, res = judge(tmp_path, _files(line, False), [DEPS], name="mon_agenda")
    r = res[DEPS]
    assert r["status"] == "not_applicable" and not r["details"].get("undeclared_extensions"), r["message"]
