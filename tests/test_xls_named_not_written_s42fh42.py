"""interoperability.data-standards (issue 12, session 42 fixer fh42, reader ra42): three ways of naming Excel's binary format that
write none of it.
- SemKeromanLorient/AppWeb (§2 item 1): `const excelUrl = 'https://…/data_cotiere_acheteur.xls'` fetched on a later line
  (`await fetch(excelUrl)`), read with SheetJS and saved as JSON: an http(s) address is someone's publication the code downloads.
- KeolisAix/MDMKPA (§3 item 13): a directory listing's CSS `a[href$=".xls"] {background-image: …}` (one selector a line) names a
  file type for styling; `window.open('data:application/vnd.ms-excel;base64,' + btoa(table.outerHTML))` exports an HTML table.
Near misses keep the finding: a workbook saved to a local "….xls", and Excel's media type sent before a binary workbook's bytes.
The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
CLOSED = "Closed format (binary Excel .xls)"
FETCHED = """const XLSX = require('xlsx');
const fs = require('fs');

const load = async () => {
  const sheetUrl = 'https://marche.port-exemple.fr/data/cours_du_jour.xls';

  const response = await fetch(sheetUrl);
  const buffer = await response.arrayBuffer();
  const wb = XLSX.read(buffer, { type: 'array' });
  const rows = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]]);
  fs.writeFileSync('cours.json', JSON.stringify(rows));
};

module.exports = load;
"""
LISTING = """<html><head><style>
 table tr td:first-of-type a[href$=".doc"],
 table tr td:first-of-type a[href$=".docx"],
 table tr td:first-of-type a[href$=".xls"],
 table tr td:first-of-type a[href$=".xlsx"]
     {background-image: url(./.images/office.png)}
</style></head><body><table><?php foreach (scandir('.') as $f) { echo "<tr><td><a href=\\"$f\\">$f</a></td></tr>"; } ?></table></body></html>
"""
COUNTS = """<?php $rows = pg_fetch_all(pg_query($db, "SELECT * FROM comptages")); ?>
<html><head><script>
    function generate_excel(tableid) {
        var table = document.getElementById(tableid);
        var html = table.outerHTML;
        window.open('data:application/vnd.ms-excel;base64,' + btoa(html));
    }
</script></head><body><table id="t"></table><button onclick="generate_excel('t')">Excel</button></body></html>
"""


def _run(tmp_path, files, name):
    r = judge(tmp_path, dict(files, **{"README.md": "# Outil\n\nOutil interne.\n"}), [CID], name=name)[1][CID]
    return [e for e in r["evidence"] if e.get("kind") == "finding" and CLOSED in e.get("note", {}).get("en", "")]


def test_a_fetched_xls_address_is_read_not_written(tmp_path):
    assert _run(tmp_path, {"src/excel/load.js": FETCHED}, "a") == []


def test_a_workbook_saved_to_a_local_xls_is_still_written(tmp_path):
    # near miss: the same script saves a workbook under a local name
    script = FETCHED.replace("fs.writeFileSync('cours.json', JSON.stringify(rows));", "XLSX.writeFile(wb, 'exports/cours.xls');")
    assert _run(tmp_path, {"src/excel/load.js": script}, "b")


def test_css_selectors_and_an_html_table_export_write_no_xls(tmp_path):
    assert _run(tmp_path, {"exports/.index.php": LISTING, "CC/index.php": COUNTS}, "c") == []


def test_excel_media_type_before_a_workbook_s_bytes_is_still_xls(tmp_path):
    # near miss: the media type sent before a binary workbook the code builds (no HTML table), and a link to a local .xls file
    export = ("<?php\nrequire 'vendor/autoload.php';\n$book = build_book($rows);\nheader('Content-Type: application/vnd.ms-excel');\n"
              "header('Content-Disposition: attachment; filename=\"comptages.xls\"');\n$writer->save('php://output');\n")
    assert _run(tmp_path, {"CC/export.php": export}, "d")
