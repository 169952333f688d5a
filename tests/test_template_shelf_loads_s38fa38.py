"""The libraries an application adds to a copied admin template's shelf and loads (issue 12, session 38 fixer fa38 =
Romain64290/zero_dechet and Romain64290/stationnement_pesh, readers rc37/ra37; left by fm37 in session 37): both applications are
built inside a copy of AdminLTE, whose plugins/ shelf the tool makes the template's; the authority added html2pdf-4.5.1 (loaded by
``require_once(__DIR__ . '/../../plugins/html2pdf-4.5.1/vendor/autoload.php')``), sweetalert2, jquery-ui-1.11.4 and Chart.js-master
(loaded by ``<script src>``/``<link href>``) and an unused fpdf181, and its pages load some of the template's own (datatables, jQuery).
None was listed among the copied libraries. A shelf folder the project's own pages load is a library the project uses, listed with
its name, version and licence; a shelf folder nothing of the project loads stays the template's, and the template itself is one
copied library, as its manifests describe it. Minimal fixtures written for the test (the made-up template DashLite)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_ui_template_copy_s37fc37 import REPO

ADDED = {
    "plugins/html2pdf-4.5.1/composer.json": '{\n  "name": "spipu/html2pdf",\n  "license": "LGPL-3.0",\n  "require": {"php": ">=5.2.0"}\n}\n',
    "plugins/html2pdf-4.5.1/html2pdf.class.php": "<?php\n/**\n * HTML2PDF Library - main class\n *\n * @package   Html2pdf\n"
                                                 " * @license   http://www.gnu.org/licenses/lgpl.html LGPL\n */\nclass HTML2PDF\n{\n"
                                                 "    public function writeHTML($html) { return $html; }\n}\n",
    "plugins/html2pdf-4.5.1/vendor/autoload.php": "<?php\nrequire_once __DIR__ . '/../html2pdf.class.php';\n",
    "plugins/sweetalert2/sweetalert2.min.js": "!function(e,t){\"object\"==typeof exports?module.exports=t():e.Sweetalert2=t()}(this,function(){"
                                              "return function(){}});\n",
    "plugins/sweetalert2/sweetalert2.min.css": ".swal2-container{display:flex}\n",
    "plugins/fpdf181/fpdf.php": "<?php\n/*******************************************************************************\n* FPDF"
                                "                                                                         *\n*"
                                " Version: 1.81                                                                 *\n* Date:    2015-12-20"
                                "                                                           *\n* Author:  Olivier PLATHEY"
                                "                                                    *\n****************************************"
                                "***************************************/\ndefine('FPDF_VERSION', '1.81');\nclass FPDF\n{\n}\n",
}
PAGES = {
    "modules/admin/liste_pdf.php": "<?php\nrequire_once(__DIR__ . '/../../plugins/html2pdf-4.5.1/vendor/autoload.php');\n"
                                   "$pdf = new HTML2PDF('P', 'A4', 'fr');\n$pdf->writeHTML('<h1>Ateliers</h1>');\n",
    "modules/admin/ateliers.php": "<?php\nsession_start();\n?>\n<html><head>\n<link rel=\"stylesheet\" href=\"../../plugins/sweetalert2/"
                                  "sweetalert2.min.css\">\n</head><body>\n<table id=\"ateliers\"></table>\n<script src=\"../../plugins/jQuery/"
                                  "jquery-2.2.3.min.js\"></script>\n<script src=\"../../plugins/datatables/jquery.dataTables.min.js\"></script>\n"
                                  "<script src=\"../../plugins/sweetalert2/sweetalert2.min.js\"></script>\n</body></html>\n",
}


def _libraries(tmp_path, files):
    report, _ = judge(tmp_path, files, ["reusability.dependencies"])
    return {lib["name"]: lib for lib in report["facts"]["inventory"]["libraries"]}


def test_the_shelf_folders_the_application_loads_are_its_libraries(tmp_path):
    libs = _libraries(tmp_path, {**REPO, **ADDED, **PAGES})
    assert {"html2pdf", "sweetalert2", "jquery", "datatables"} <= set(libs), sorted(libs)
    assert libs["html2pdf"]["version"] == "4.5.1" and libs["html2pdf"]["license"], libs["html2pdf"]
    assert libs["jquery"]["version"] == "2.2.3" and libs["datatables"]["version"] == "1.10.12", (libs["jquery"], libs["datatables"])
    # the shelf's folders nothing of the application loads stay the template's, the template one library
    assert not {"fpdf", "knob", "select2", "fastclick", "chart"} & set(libs), sorted(libs)
    assert libs["DashLite"]["version"] == "2.3.0" and libs["DashLite"]["license"] == "MIT", libs["DashLite"]


def test_a_shelf_nothing_loads_lists_none_of_the_added_folders(tmp_path):
    # the same folders added to the template's shelf, no page of the application loading them: none is listed
    libs = _libraries(tmp_path, {**REPO, **ADDED})
    assert not {"html2pdf", "sweetalert2", "fpdf"} & set(libs), sorted(libs)


def test_a_shelf_without_a_copied_template_keeps_its_libraries(tmp_path):
    # near miss: the same plugins/ shelf in an application built on no copied template lists its libraries, loaded or not
    app = {k: v for k, v in REPO.items() if k not in ("README.md", "bower.json", "package.json", "Gruntfile.js")}
    libs = _libraries(tmp_path, {**app, **ADDED})
    assert {"html2pdf", "sweetalert2"} <= set(libs), sorted(libs)
