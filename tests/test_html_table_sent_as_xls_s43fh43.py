"""interoperability.data-standards: an HTML table a PHP page builds and sends under an .xls name is HTML, not Excel's binary format
(issue 12, s43 fh43 = reader rf43's efroc/stockvc).

stockvc's index.php builds `$export .= '<table><tr><td>id</td>…'` from the loans' history, then sends it with
header('Content-Type: application/xls') and filename=historique-<date>.xls, beside a button "Exporter l'historique en .xls": the
check said "Closed format (binary Excel .xls)" twice. The file's name decided the format; what the code writes (an HTML table under an
Excel media type, no XLS writer) says it is HTML, and the finding says so (no open format written: fail kept). Near miss: the same export written by PhpSpreadsheet's Xls writer keeps the finding."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
CLOSED = "Closed format (binary Excel .xls)"
PAGE = """<?php
require 'src/Base.php';
$base = new Base();
if (isset($_POST['submit-histo-xls'])) {
    $result = $base->getPdo()->query("SELECT * FROM historique");
    $export = '';
    $export .= '
        <table>
        <tr>
        <td>id</td>
        <td>date</td>
        <td>action</td>
        </tr>
    ';
    foreach ($result as $res) {
        $export .= '<tr><td>' . $res['id'] . '</td><td>' . $res['date'] . '</td><td>' . $res['action'] . '</td></tr>';
    }
    $export .= '</table>';
    $fileName = "historique-" . date('Y-m-d') . ".xls";
    header('Content-Type: application/xls');
    header('Content-Disposition: attachment; filename=' . $fileName);
    echo $export;
}
?>
<form method="POST">
    <input type="submit" name="submit-histo-xls" value="Exporter l'historique en .xls"/>
</form>
"""
BASE = "<?php\nclass Base\n{\n    public function getPdo()\n    {\n        return new PDO('mysql:host=localhost;dbname=stock', 'root', '');\n    }\n}\n"


def _closed(tmp_path, page, name):
    files = {"README.md": "# Stock\n\nGestion du stock.\n", "index.php": page, "src/Base.php": BASE}
    r = judge(tmp_path, files, [CID], name=name)[1][CID]
    return [e for e in r["evidence"] if e.get("kind") == "finding" and CLOSED in e.get("note", {}).get("en", "")]


def test_an_html_table_sent_under_an_xls_name_is_no_binary_excel(tmp_path):
    files = {"README.md": "# Stock\n\nGestion du stock.\n", "index.php": PAGE, "src/Base.php": BASE}
    r = judge(tmp_path, files, [CID], name="html")[1][CID]
    assert not [e for e in r["evidence"] if CLOSED in e.get("note", {}).get("en", "")], r["evidence"]
    # (what is written is said, and the export still counts as data written in no open format)
    assert r["status"] == "fail" and any("An HTML table sent under an .xls name" in e.get("note", {}).get("en", "") for e in r["evidence"]), r


def test_near_miss_the_same_export_written_by_an_xls_writer_is_still_xls(tmp_path):
    page = PAGE.replace("    echo $export;\n", "    $writer = \\PhpOffice\\PhpSpreadsheet\\IOFactory::createWriter($book, 'Xls');\n"
                        "    $writer->save('php://output');\n")
    assert _closed(tmp_path, page, "writer")
