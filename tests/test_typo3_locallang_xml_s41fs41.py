"""reusability.portability: TYPO3 4's label files (locallang.xml, locallang_db.xml: <T3locallang> with a languageKey per language)
are translation files, as the later locallang.xlf are (issue 12, session 41 fixer fs41 = TYPO3-svn-archive/ren_documents, reader
re41 item 4.4: "i18n: no"). Near miss: the same extension without them keeps "i18n: no". The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.portability"
LABELS = ("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\" ?>\n<T3locallang>\n\t<data type=\"array\">\n"
          "\t\t<languageKey index=\"default\" type=\"array\">\n\t\t\t<label index=\"list.title\">Documents</label>\n\t\t</languageKey>\n"
          "\t\t<languageKey index=\"fr\" type=\"array\">\n\t\t\t<label index=\"list.title\">Documents</label>\n\t\t</languageKey>\n"
          "\t</data>\n</T3locallang>\n")
BASE = {
    "README.txt": "A document base for TYPO3.\n",
    "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = array('title' => 'Base', 'version' => '1.0.0');\n",
    "ext_localconf.php": "<?php\nt3lib_extMgm::addPItoST43($_EXTKEY, 'pi1/class.tx_base_pi1.php', '_pi1', 'list_type', 1);\n",
    "pi1/class.tx_base_pi1.php": "<?php\nclass tx_base_pi1 extends tslib_pibase {\n  function main($content, $conf) {\n"
                                 "    return $this->pi_getLL('list.title');\n  }\n}\n",
}


def _i18n(res: dict) -> str:
    return res["message"]["en"].split("i18n:", 1)[-1].strip().split(";")[0].rstrip(".")


def test_locallang_xml_label_files_are_i18n(tmp_path):
    res = check_result(tmp_path, {**BASE, "locallang_db.xml": LABELS, "pi1/locallang.xml": LABELS}, CID)
    assert _i18n(res) == "yes", (res["status"], res["message"])


def test_without_them_no_i18n(tmp_path):
    res = check_result(tmp_path, {**BASE, "pi1/labels.xml": LABELS.replace("T3locallang", "labels")}, CID)
    assert _i18n(res) == "no", (res["status"], res["message"])
