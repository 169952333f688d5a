"""scaling.end-of-life skips a CDN tag commented out in HTML (issue 12, s42 fm42 = reader ra42, KeolisAix/MDMKPA).

A PHP page kept its old CDN stylesheet commented out (``<!--<link … href="http://netdna.bootstrapcdn.com/bootstrap/3.2.0/…">-->``)
below the local copy that replaced it; the page scan cited that comment as the Bootstrap 3 the page loads. A tag inside an HTML
comment loads nothing. Near miss: the same tag, not commented, is still read.
"""

from __future__ import annotations

from datetime import date

from tests.test_eol_installs_s16_h3 import _run
from tests.test_reusability_fixtures import build

TAG = '<link rel="stylesheet" type="text/css" href="http://netdna.bootstrapcdn.com/bootstrap/3.2.0/css/bootstrap.min.css">'
PAGE = ('<?php session_start(); ?>\n<html>\n<head>\n<link rel="stylesheet" href="css/style.css">\n'
        '<!--' + TAG + '-->\n<!--\n<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.9.1/jquery.min.js"></script>\n-->\n'
        '</head>\n<body><?php echo "Sinistres"; ?></body>\n</html>\n')
FILES = {"README.md": "# Sinistres\n\nDéclaration des sinistres.\n", "sinistre/index.php": PAGE,
         "sinistre/save.php": "<?php\nfunction enregistrer($d) { return $d; }\n"}


def _cdn_reads(tmp_path, files):
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 7))
    return {(r["product"], r["path"]) for r in report["facts"]["end_of_life"]["read"]}


def test_a_cdn_tag_commented_out_in_html_loads_nothing(tmp_path):
    read = _cdn_reads(tmp_path, FILES)
    assert not {p for p, path in read if path == "sinistre/index.php"}, read


def test_near_miss_the_same_tag_not_commented_is_read(tmp_path):
    page = PAGE.replace("<!--" + TAG + "-->", TAG).replace("<!--\n<script", "<script").replace("</script>\n-->", "</script>\n")
    read = _cdn_reads(tmp_path, {**FILES, "sinistre/index.php": page})
    assert ("bootstrap", "sinistre/index.php") in read and ("jquery", "sinistre/index.php") in read, read
