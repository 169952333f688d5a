"""scaling.end-of-life (issue 12, s44 fh44 = reader rd44, DuaelFr/finistere): a Drupal 6 site (its modules' .info "core = 6.x") was
said "Drupal < 7 (end of life 2025-01-05)": the data listed Drupal from 7, and a version older than every cycle was given the next
cycle's date as its own. Drupal 6 ended on 2016-02-24 (and Drupal 5 at Drupal 7.0's release, 2011-01-05): the data carry them, and
a version older than every cycle says its end is that cycle's at the latest. Near miss: a Drupal 7 module keeps 2025-01-05."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

MODULE = "<?php\n\n/**\n * Implements hook_menu().\n */\nfunction cdt_pages_menu() {\n  return array();\n}\n"


def end_of_life(tmp_path, core):
    files = {"sites/all/modules/cdt_pages/cdt_pages.info": f'name = CDT pages\ncore = "{core}"\ndependencies[] = views\n',
             "sites/all/modules/cdt_pages/cdt_pages.module": MODULE}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2013-04-25T10:00:00Z", "message": "modules du site"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"]))
    return report["results"][0]


def test_a_drupal6_module_is_past_drupal6s_own_end_of_life(tmp_path):
    r = end_of_life(tmp_path, "6.x")
    assert "Drupal 6 (end of life 2016-02-24)" in r["message"]["en"], r["message"]
    assert "2025-01-05" not in r["message"]["en"] and "Drupal 6 (fin de vie 2016-02-24)" in r["message"]["fr"], r["message"]


def test_a_version_older_than_every_cycle_ended_at_the_latest_with_the_oldest(tmp_path):
    r = end_of_life(tmp_path, "4.x")
    assert "Drupal < 5 (end of life 2011-01-05 at the latest)" in r["message"]["en"], r["message"]
    assert "(fin de vie au plus tard le 2011-01-05)" in r["message"]["fr"], r["message"]


def test_a_drupal7_module_keeps_drupal7s_end_of_life(tmp_path):
    r = end_of_life(tmp_path, "7.x")
    assert "Drupal 7 (end of life 2025-01-05)" in r["message"]["en"], r["message"]
