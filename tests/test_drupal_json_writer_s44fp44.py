"""interoperability.data-standards (issue 12, s44 fp44 = reader vd44, DuaelFr/finistere).

A Drupal 6 site's own modules answer their pages' scripts in JSON through Drupal's API (return drupal_json(array('markers' =>
$markers)); Drupal 7's drupal_json_output($rows)): the site writes JSON, as a json_encode'd answer would. Once the drupal.org
modules it commits were set aside as third-party, the check had no JSON left. Near miss: a call left in a comment writes nothing.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

INFO = 'name = Carte\ndescription = "Carte des lieux"\ncore = 6.x\n'

MODULE = """<?php
function carte_menu() {
  $items['carte/markers'] = array('page callback' => 'carte_markers', 'access arguments' => array('access content'), 'type' => MENU_CALLBACK);
  return $items;
}

function carte_markers() {
  $markers = array();
  $result = db_query("SELECT nid, title FROM {node} WHERE type = 'lieu'");
  while ($row = db_fetch_object($result)) {
    $markers[] = array('nid' => $row->nid, 'title' => $row->title);
  }
%s
}
"""


def _formats(tmp_path, call: str) -> list:
    files = {"sites/all/modules/custom/carte/carte.info": INFO,
             "sites/all/modules/custom/carte/carte.module": MODULE % call,
             "README.md": "# Site\n\nLe site de l'office de tourisme.\n"}
    return check_result(tmp_path, files, "interoperability.data-standards")["details"].get("formats") or []


def test_drupal6_json_answer_writes_json(tmp_path):
    assert "JSON" in _formats(tmp_path, "  return drupal_json(array('markerstoadd' => $markers));")


def test_drupal7_json_output_writes_json(tmp_path):
    assert "JSON" in _formats(tmp_path, "  drupal_json_output($markers);")


def test_a_commented_call_writes_no_json(tmp_path):
    assert "JSON" not in _formats(tmp_path, "  // return drupal_json($markers);\n  return $markers;")
