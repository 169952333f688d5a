"""reusability.install: TypoScript is no install guide, whatever its file's name (issue 12, session 41 fixer fs41 =
TYPO3-svn-archive/ren_documents, reader re41 item 4.2). A TYPO3 4 extension keeps its plugin's TypoScript in pi1/static/setup.txt
(object paths, blocks, stdWrap properties): named "setup", it was read as written install instructions. A text made of TypoScript
lines, with a block opened, is now no guide. Near miss: a setup.txt giving steps stays a guide. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.install"

BASE = {
    "README.txt": "Feel free to add some documentation or simply add a link to the online manual.\n",
    "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = array('title' => 'Base', 'version' => '1.0.0',\n"
                      "  'constraints' => array('depends' => array('cms' => '')));\n",
    "ext_localconf.php": "<?php\nt3lib_extMgm::addPItoST43($_EXTKEY, 'pi1/class.tx_base_pi1.php', '_pi1', 'list_type', 1);\n",
    "ext_tables.php": "<?php\nt3lib_extMgm::addStaticFile($_EXTKEY, 'pi1/static/', 'Base');\n",
    "pi1/class.tx_base_pi1.php": "<?php\nclass tx_base_pi1 extends tslib_pibase {\n  function main($content, $conf) { return $content; }\n}\n",
    "pi1/static/constants.txt": "plugin.tx_base_pi1 {\n  service = 0\n}\n",
}
TYPOSCRIPT = ("plugin.tx_base_pi1 {\n\tlist {\n\t\tpublished_stdWrap.strftime = %d/%m/%Y\n\t\tservice_stdWrap.cObject = CONTENT\n"
              "\t\tservice_stdWrap.cObject {\n\t\t\ttable = tx_base_services\n\t\t\tselect {\n\t\t\t\tpidInList = {$plugin.tx_base_pi1.service}\n"
              "\t\t\t}\n\t\t\trenderObj = TEXT\n\t\t\trenderObj.field = title\n\t\t}\n\t}\n}\n")


def test_the_plugins_typoscript_setup_is_no_install_guide(tmp_path):
    res = check_result(tmp_path, {**BASE, "pi1/static/setup.txt": TYPOSCRIPT}, CID)
    paths = {str(e.get("path")) for e in res["evidence"]}
    assert "pi1/static/setup.txt" not in paths, (res["status"], res["message"], res["evidence"])


def test_a_setup_txt_giving_steps_stays_a_guide(tmp_path):
    steps = ("Setup\n=====\n\n1. Install the extension with the Extension Manager.\n2. Include the static template \"Base\".\n"
             "3. Set plugin.tx_base_pi1.service to the folder of the services.\n")
    res = check_result(tmp_path, {**BASE, "doc/setup.txt": steps}, CID)
    paths = {str(e.get("path")) for e in res["evidence"]}
    assert "doc/setup.txt" in paths, (res["status"], res["message"], res["evidence"])
