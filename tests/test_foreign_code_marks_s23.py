"""Another project's code copied beside the project's, told by what its files say of their origin (issue 12, s23 k1 = m2
GIP-RECIA/esco-lea): a web database tool's libraries copied under lib/calendrier/ for its date picker (CVS $Id$ stamps naming each
file), a PDF library's classes in lib/pdf/ (a licence and their home site in their comments), two more builds of a JavaScript library
under names of their own (mootools12b.js, mootools-doc.js) were measured as the application's code: maintainability's worst functions,
code comments, "i18n: yes" from the copy's language file. Git fixtures shaped like the real case, with files of our own."""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_reusability_fixtures import build, results, run_audit

BRANCHY = "".join(f"    if ($q == {k}) {{ $r .= 'a{k}'; }} elseif ($p == {k}) {{ $r .= 'b{k}'; }}\n" for k in range(14))


def _stamped(name: str, rev: str, body: str = "") -> str:
    return (f"<?php\n/* $Id: {name},v {rev} 2004/11/05 00:41:55 someone Exp $ */\n// vim: expandtab sw=4 ts=4 sts=4:\n\n"
            f"/**\n * Functions of the Table Admin tool\n */\n{body}")


def _livret(stamps_everywhere: bool = False) -> dict:
    """An apprenticeship booklet in PHP: its own pages and helpers, a database tool's libraries copied under lib/calendrier/, a PDF
    library's classes in lib/pdf/ beside the project's helper, two builds of a JavaScript library beside its own scripts."""
    own_head = (lambda name: f"<?php\n/* $Id: {name},v 1.3 2004/01/02 10:00:00 dev Exp $ */\n") if stamps_everywhere else (lambda name: "<?php\n")
    files = {"README.md": "# LEA\n\nLivret électronique d'apprentissage.\n",
             "index.php": own_head("index.php") + "include 'header.php';\necho '<html lang=\"fr\"><body>Bienvenue</body></html>';\n",
             "header.php": own_head("header.php") + "session_start();\n",
             "apprenti/livret.php": own_head("livret.php") + "function afficher_livret($id) {\n  return $id;\n}\n",
             "apprenti/fiche.php": own_head("fiche.php") + "function fiche($id) {\n  return $id;\n}\n",
             "apprenti/bilan.php": own_head("bilan.php") + "function bilan($id) {\n  return $id;\n}\n",
             "enseignant/suivi.php": own_head("suivi.php") + "function suivi($a) {\n  return $a;\n}\n",
             "lib/calendrier/calendar.php": "<html><head><title>Calendrier</title></head><body><script src=\"libraries/tbl_change.js\"></script></body></html>\n",
             "lib/calendrier/libraries/sqlparser.lib.php": _stamped("sqlparser.lib.php", "2.27", "function TA_parse($sql, $q, $p) {\n    $r = '';\n" + BRANCHY + "    return $r;\n}\n"),
             "lib/calendrier/libraries/common.lib.php": _stamped("common.lib.php", "2.111.2.1", "function TA_common() { return 1; }\n"),
             "lib/calendrier/libraries/string.lib.php": _stamped("string.lib.php", "2.9", "function TA_strlen($s) { return strlen($s); }\n"),
             "lib/calendrier/lang/french-utf-8.inc.php": _stamped("french-utf-8.inc.php", "2.73", "$strDay = 'Jour';\n$strMonth = 'Mois';\n"),
             "lib/pdf/class.pdf.php": ("<?php\n/**\n* PdfMaker\n*\n* http://www.pdf-maker.example.nz/pdf\n*\n* A class to create a pdf document.\n*\n"
                                       "* LICENCE\n* This code has been placed in the Public Domain for all to enjoy.\n*\n* @author\t\tSomeone Else\n* @version \t009\n*/\n"
                                       "class Cpdfmaker {\n  function addText($x, $y, $t) { return $t; }\n}\n"),
             "lib/pdf/class.ezpdfmaker.php": ("<?php\n\ninclude_once('class.pdf.php');\n\nclass Cezpdfmaker extends Cpdfmaker {\n//=====\n"
                                             "// released under a public domain licence.\n//\n// Someone Else, PdfMaker Ltd, http://www.pdf-maker.example.nz/pdf\n//=====\n"
                                             "  function ezText($t) { return $t; }\n}\n"),
             "lib/pdf/fonction.php": "<?php\n\nfunction mettre_en_forme($texte) {\n  return explode(' ', $texte);\n}\n",
             "javascript/mootools12x.js": ("//MooTools, My Object Oriented Javascript Tools. Copyright (c) 2006-2007 Someone, <http://tools.example.net>, MIT Style License.\n\n"
                                          "var MooTools={version:\"1.2dev\"};var Native=function(J){J=J||{};return J;};\n"),
             "javascript/mootools-doc.js": ("/*\nScript: Core.js\n\tMooTools - My Object Oriented JavaScript Tools.\n\nLicense:\n\tMIT-style license.\n*/\n\n"
                                            "var MooTools = {\n\t'version': '1.2dev'\n};\n\nvar Native = function(options){\n\treturn options;\n};\n"),
             "javascript/lightbox.js": "/**\n * Affiche une div dans une boîte.\n */\nfunction lightbox(div) {\n  return div;\n}\n",
             # the project's own chart script, its banner naming a library's word, its holder and a licence: not a library's build
             "javascript/chart-communes.js": "/* Chart des communes - (c) Ville de Exempleville, licence MIT */\nfunction chartCommunes(d) {\n  return d;\n}\n"}
    return files


def test_a_folder_of_another_repositorys_stamped_files_a_pdf_librarys_classes_and_a_librarys_builds_are_copies(tmp_path):
    path = build(tmp_path / "r", _livret())
    cat = categories(path)
    for p in ("lib/calendrier/libraries/sqlparser.lib.php", "lib/calendrier/lang/french-utf-8.inc.php", "lib/calendrier/calendar.php",
              "lib/pdf/class.pdf.php", "lib/pdf/class.ezpdfmaker.php", "javascript/mootools12x.js", "javascript/mootools-doc.js"):
        assert cat[p] == "vendored", (p, cat)
    for p in ("index.php", "apprenti/livret.php", "lib/pdf/fonction.php", "javascript/lightbox.js", "javascript/chart-communes.js"):
        assert cat[p] == "source", (p, cat)
    res = results(run_audit(path, tmp_path / "c", ["reusability.maintainability"]))
    assert "sqlparser" not in str(res["reusability.maintainability"]), res["reusability.maintainability"]


def test_a_project_carrying_its_own_stamps_everywhere_keeps_its_code(tmp_path):
    """Neighbour: a project migrated from CVS whose own files all carry their stamps, and a site its README names, stay its own."""
    files = _livret(stamps_everywhere=True)
    files["README.md"] += "\nVoir http://www.pdf-maker.example.nz/pdf pour la génération des PDF.\n"
    cat = categories(build(tmp_path / "r", files))
    assert cat["apprenti/livret.php"] == "source" and cat["index.php"] == "source", cat
    assert cat["lib/calendrier/libraries/common.lib.php"] == "source", cat  # (stamps mark no copy in a tree stamped all over)
    assert cat["lib/pdf/class.pdf.php"] == "source", cat  # (the README names its site: the project's)
