"""reusability.dependencies (issue 12, s42 fc42 = TYPO3-svn-archive/ren_documents, reader re41): a city's TYPO3 4 document base
declares in ext_emconf.php a dependency on 'cms' only, while its backend module is added under DAM's main module
(addModule('txdamM1', …)), its code calls tx_dam_db::getPid() and its TCA relates records to two other extensions' tables
('foreign_table' => 'tx_renlocaliser_services'). The check said 'No dependency of its own: this TYPO3 plugin ships no library'.
The other extensions its code requires and ext_emconf.php does not declare are now named in a warning. Near misses: the same
extension declaring them keeps the not-applicable verdict naming them; one using only its own classes and TYPO3's system extensions
(EXT:lang/, an optional isLoaded('version')) keeps 'No dependency of its own'. Written for the test."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "reusability.dependencies"


def emconf(depends: str) -> str:
    return ("<?php\n$EM_CONF[$_EXTKEY] = array(\n    'title' => 'Base de documents',\n    'category' => 'module',\n"
            "    'constraints' => array(\n        'depends' => array(\n" + depends + "        ),\n        'conflicts' => array(),\n    ),\n"
            "    'version' => '1.2.0',\n);\n")


CMS_ONLY = "            'cms' => '',\n"
EXT_TABLES = """<?php
if (!defined('TYPO3_MODE')) die('Access denied.');
$TCA['tx_cdbdocs_docs'] = array('ctrl' => array('title' => 'LLL:EXT:cdb_docs/locallang_db.xml:tx_cdbdocs_docs',
    'dynamicConfigFile' => t3lib_extMgm::extPath($_EXTKEY) . 'tca.php'));
if (TYPO3_MODE == 'BE') {
    t3lib_extMgm::addModule('txdamM1', 'txcdbdocsM1', 'top', t3lib_extMgm::extPath($_EXTKEY) . 'mod1/');
}
"""
TCA = """<?php
$TCA['tx_cdbdocs_docs'] = array('columns' => array(
    'service' => array('config' => array('type' => 'select', 'foreign_table' => 'tx_cdbannuaire_services')),
));
"""
FOLDER = """<?php
class tx_cdbdocs_folder {
    public static function pid($pid = 0) {
        return $pid ? $pid : tx_dam_db::getPid();
    }
}
"""
OWN_ONLY = """<?php
class tx_cdbdocs_folder {
    public static function label() {
        $GLOBALS['LANG']->includeLLFile('EXT:lang/locallang_core.xml');
        if (t3lib_extMgm::isLoaded('version')) {
            return tx_cdbdocs_folder::versioned();
        }
        return '';
    }
}
"""
SQL = "CREATE TABLE tx_cdbdocs_docs (\n    uid int(11) NOT NULL auto_increment,\n    title tinytext,\n    PRIMARY KEY (uid)\n);\n"


def dependencies(tmp_path, depends: str, folder: str = FOLDER, tables: str = EXT_TABLES, tca: str = TCA) -> dict:
    first = {"README.txt": "Base de documents de la ville.\n", "ext_emconf.php": emconf(depends), "ext_tables.sql": SQL,
             "ext_tables.php": tables, "tca.php": tca}
    repo = make_repo(tmp_path / "r", [{"files": first, "date": "2010-10-08T10:00:00Z", "message": "import"},
                                      {"files": {"lib/class.tx_cdbdocs_folder.php": folder}, "date": "2012-03-15T10:00:00Z", "message": "dossier"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0]


def test_extensions_the_code_requires_and_ext_emconf_does_not_declare_are_a_warning(tmp_path):
    r = dependencies(tmp_path, CMS_ONLY)
    en = r["message"]["en"]
    assert r["status"] == "warn" and "dam (ext_tables.php:6)" in en and "cdbannuaire (tca.php:3)" in en, (r["status"], en)
    assert r["details"]["undeclared_extensions"] == ["cdbannuaire", "dam"], r["details"]


def test_the_same_extensions_declared_keep_the_not_applicable_verdict(tmp_path):
    r = dependencies(tmp_path, CMS_ONLY + "            'dam' => '1.1.0-',\n            'cdb_annuaire' => '',\n")
    assert r["status"] == "not_applicable" and "dam" in r["message"]["en"], (r["status"], r["message"])


def test_own_classes_and_system_extensions_only_keep_no_dependency_of_its_own(tmp_path):
    tables = EXT_TABLES.replace("    t3lib_extMgm::addModule('txdamM1', 'txcdbdocsM1', 'top', t3lib_extMgm::extPath($_EXTKEY) . 'mod1/');\n",
                                "    t3lib_extMgm::addModule('web', 'txcdbdocsM1', '', t3lib_extMgm::extPath($_EXTKEY) . 'mod1/');\n")
    r = dependencies(tmp_path, CMS_ONLY, folder=OWN_ONLY, tables=tables, tca=TCA.replace("tx_cdbannuaire_services", "tx_cdbdocs_docs"))
    assert r["status"] == "not_applicable" and "No dependency of its own" in r["message"]["en"], (r["status"], r["message"])
