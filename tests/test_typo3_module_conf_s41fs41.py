"""reusability.configuration: a TYPO3 backend module's declaration (mod1/conf.php: $MCONF['name'], access, icon, $MLANG labels) is
the module's registration with its host, no code file of a deployment's settings (issue 12, session 41 fixer fs41 =
TYPO3-svn-archive/ren_documents, reader re41 item 4.3). Near miss: a conf.php writing a database server and password stays one.
The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
MODULE = ("<?php\nif (!defined('TYPO3_MOD_PATH'))\n\tdefine('TYPO3_MOD_PATH', '../typo3conf/ext/base/mod1/');\n$BACK_PATH = '../../../../typo3/';\n"
          "\t// DO NOT REMOVE OR CHANGE THESE 2 LINES:\n$MCONF['name'] = 'web_txbaseM1';\n$MCONF['script'] = '_DISPATCH';\n"
          "$MCONF['access'] = 'user,group';\n$MLANG['default']['tabs_images']['tab'] = 'moduleicon.gif';\n"
          "$MLANG['default']['ll_ref'] = 'LLL:EXT:base/mod1/locallang_mod.xml';\n?>\n")
BASE = {
    "README.txt": "A document base for TYPO3.\n",
    "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = array('title' => 'Base', 'version' => '1.0.0');\n",
    "ext_conf_template.txt": "# cat=basic; type=string; label=Folder of the documents\ndocfolder = fileadmin/documents/\n",
    "ext_tables.php": "<?php\nt3lib_extMgm::addModule('web', 'txbaseM1', '', t3lib_extMgm::extPath($_EXTKEY) . 'mod1/');\n",
    "mod1/index.php": "<?php\nclass tx_base_module1 extends t3lib_SCbase {\n  function main() { return ''; }\n}\n",
}


def _paths(res: dict) -> set[str]:
    return {str(e.get("path")) for e in res["evidence"] if e.get("kind") == "finding"}


def test_a_backend_modules_declaration_is_no_settings_file(tmp_path):
    res = check_result(tmp_path, {**BASE, "mod1/conf.php": MODULE}, CID)
    assert "mod1/conf.php" not in _paths(res), (res["status"], res["message"], res["evidence"])


def test_a_conf_php_writing_a_server_stays_a_settings_file(tmp_path):
    conf = "<?php\n$db_host = 'db.example.org';\n$db_user = 'base';\n$db_name = 'documents';\n$mail_from = 'noreply@example.org';\n?>\n"
    res = check_result(tmp_path, {**BASE, "mod1/conf.php": conf}, CID)
    assert "mod1/conf.php" in _paths(res), (res["status"], res["message"], res["evidence"])
