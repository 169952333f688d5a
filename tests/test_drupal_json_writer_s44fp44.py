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


# The site's own modules are probed for PHP before Drupal's core and drupal.org's modules: read in path order, the contributed modules'
# .module / .inc files used the whole probe budget, and the site's own module was never read as PHP (no JSON found in it).
def test_the_sites_own_module_is_read_as_php_before_the_contributed_ones(tmp_path, monkeypatch):
    from tests.test_drupal6_packaged_s44fh44 import audit_of, site

    monkeypatch.setattr("auditor.facts.inventory.MAX_PHP_ALIAS_PROBES", 3)
    files = site({"sites/all/modules/custom/carte/carte.info": INFO,
                  "sites/all/modules/custom/carte/carte.module": MODULE % "  return drupal_json(array('markerstoadd' => $markers));"})
    _, res = audit_of(tmp_path, files, ["interoperability.data-standards"])
    assert "JSON" in (res["interoperability.data-standards"]["details"].get("formats") or []), res["interoperability.data-standards"]["message"]
