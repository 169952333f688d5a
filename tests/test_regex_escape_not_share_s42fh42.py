r"""reusability.territory-neutral (issue 12, session 42 fixer fh42 = KeolisAix/MDMKPA, reader ra42 §3 item 14): a syntax
highlighter's regex ``$search[] = "/(\\bclass\s)/";`` (a word boundary ``\\b`` then "class") was read as a network share of one
organisation's file server (``\\bclass\s``). A regex's escape (\b, \w, \d, \s) inside a string a regex call takes, or a string
shaped as a regex ("/(…)/", "~…~u"), is no ``\\server\share``. Near miss: a share on a server whose name starts with one of those
letters (``\\\\bureau01\\scans``) stays a finding. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
SHARE = "network share"
HIGHLIGHT = r"""<?php
function highlight_sql($text) {
    $search = array();
    $replace = array();
    foreach (array('select', 'from', 'where') as $keyword) {
        $search[]  = "/(\\b$keyword\\b)/i";
        $replace[] = '<span class="keyword">\\0</span>';
    }
    $search[]  = "/(\\bclass\s)/";
    $replace[] = '<span class="keyword">\\0</span>';
    $search[]  = '~(\\wfunction\s)~u';
    $replace[] = '<b>\\0</b>';
    return preg_replace($search, $replace, $text);
}
"""
SCAN = r"""<?php
function archive_scan($name) {
    $target = "\\\\bureau01\\scans\\" . $name;
    return copy($name, $target);
}
"""


def _shares(tmp_path, files, name):
    r = judge(tmp_path, dict(files, **{"README.md": "# Intranet\n\nPages internes.\n"}), [CID], name=name)[1][CID]
    return [e for e in r["evidence"] if e.get("kind") == "finding" and SHARE in e.get("note", {}).get("en", "")]


def test_a_regex_word_boundary_is_no_network_share(tmp_path):
    assert _shares(tmp_path, {"lib/highlight.php": HIGHLIGHT}, "a") == []


def test_a_share_on_a_server_named_with_b_is_still_one(tmp_path):
    # near miss: the server's name starts with "b", no regex around it
    assert _shares(tmp_path, {"lib/archive.php": SCAN}, "b")
