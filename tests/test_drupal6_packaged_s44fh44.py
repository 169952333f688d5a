"""A whole Drupal 6 site (issue 12, s44 fh44 = reader rd44, DuaelFr/finistere): Drupal 5 and 6's packaging script writes
"; Information added by drupal.org packaging script" in lower case (Drupal 7+ writes "Drupal.org"); read case-sensitively, the
site's 100 contributed modules were measured as its own code (maintainability, tests, comments, dependencies…). And the release
history and maintainers list Drupal's core ships at its root (CHANGELOG.txt "Drupal 6.28, 2013-01-16", MAINTAINERS.txt) are
Drupal's, not the site's community files. Near misses: a module without the packaging lines stays the site's code; a site's own
CHANGELOG.txt beside the core stays its change log."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PHP = "<?php\n\n/**\n * Does something.\n */\nfunction f_{n}() {{\n  return 1;\n}}\n"
PACKAGED6 = '\n; Information added by drupal.org packaging script on 2010-05-06\nversion = "6.x-1.3"\ncore = "6.x"\nproject = "{p}"\n'
CORE_CHANGELOG = ("\nDrupal 6.28, 2013-01-16\n----------------------\n- Fixed security issues, see SA-CORE-2013-001.\n\n"
                  + "".join(f"Drupal 6.{n}, 2012-01-{n % 28 + 1:02d}\n----------------------\n- Fixed a bug in the menu system.\n\n" for n in range(27, 0, -1)) * 12)
CORE_MAINTAINERS = ("\nList of maintainers\n-----------------\n\nBLOCK MODULE\nM: Jane Doe <jane@drupal.org>\nS: maintained\n")


def site(extra=None):
    files = {"index.php": PHP.format(n="index"), "includes/bootstrap.inc": PHP.format(n="bootstrap"),
             "includes/common.inc": PHP.format(n="common"), "modules/system/system.module": PHP.format(n="system"),
             "modules/system/system.info": 'name = System\ncore = "6.x"\n' + PACKAGED6.format(p="drupal"),
             "misc/drupal.js": "var Drupal = {};\n", "CHANGELOG.txt": CORE_CHANGELOG, "MAINTAINERS.txt": CORE_MAINTAINERS,
             "sites/all/modules/contrib/gmaps/gmaps.info": "name = GMaps\n" + PACKAGED6.format(p="gmaps"),
             "sites/all/modules/contrib/gmaps/gmaps.module": PHP.format(n="gmaps"),
             "sites/all/modules/contrib/gmaps/includes/gmaps.pages.inc": PHP.format(n="pages"),
             "sites/all/modules/contrib/gmaps/tests/gmaps.test": "<?php\n\nclass GmapsTest extends DrupalWebTestCase {\n"
                                                                 "  function testMap() {\n    $this->assertTrue(TRUE);\n  }\n}\n",
             "sites/all/modules/custom/cdt_pages/cdt_pages.info": 'name = CDT pages\ncore = "6.x"\ndependencies[] = gmaps\n',
             "sites/all/modules/custom/cdt_pages/cdt_pages.module": PHP.format(n="cdt")}
    files.update(extra or {})
    return files


def audit_of(tmp_path, files, only):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2013-04-25T10:00:00Z", "message": "site du CDT"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=only))
    return report, {r["id"]: r for r in report["results"]}


def test_a_drupal6_sites_contributed_modules_packaged_in_lower_case_are_third_party(tmp_path):
    report, res = audit_of(tmp_path, site(), ["reusability.maintainability", "reusability.tests-and-ci"])
    assert report["facts"]["languages"] == {"PHP": 1}, report["facts"]["languages"]  # cdt_pages.module (index.php is core's: s45 fb45)
    assert "in 1 files" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]
    assert res["reusability.tests-and-ci"]["details"]["test_files"] == 0, res["reusability.tests-and-ci"]["details"]


def test_a_module_without_the_packaging_lines_stays_the_sites_code(tmp_path):
    files = site({"sites/all/modules/contrib/gmaps/gmaps.info": 'name = GMaps\ncore = "6.x"\n; information about the module\n'})
    report, _ = audit_of(tmp_path, files, ["reusability.maintainability"])
    assert report["facts"]["languages"] == {"PHP": 4}, report["facts"]["languages"]  # (and gmaps.module, .pages.inc, .test)


def test_drupal_cores_root_change_log_and_maintainers_are_not_the_sites_community_files(tmp_path):
    _, res = audit_of(tmp_path, site(), ["documentation.community-files"])
    assert {"changelog", "authors"}.isdisjoint(res["documentation.community-files"]["details"]["present"]), res["documentation.community-files"]["message"]


def test_a_sites_own_change_log_beside_the_core_stays_its_own(tmp_path):
    files = site({"CHANGELOG.txt": "Site du CDT\n===========\n\n2013-04-25 : correction des taxonomies du flux.\n",
                  "MAINTAINERS.txt": "Mainteneurs du site\n\nM: Agence gnova <contact@gnova.example>\n"})
    _, res = audit_of(tmp_path, files, ["documentation.community-files"])
    assert {"changelog", "authors"} <= set(res["documentation.community-files"]["details"]["present"]), res["documentation.community-files"]["message"]


GMAP = ("<?php\n\n/**\n * Builds the page's map.\n */\nfunction interactivemap_page() {\n  $settings = array('id' => 'interactivemap');\n"
        "  return theme('gmap', array('#settings' => $settings));\n}\n")
GMAP_MODULE = ("<?php\n\n/**\n * Loads Google's script.\n */\nfunction gmap_init() {\n"
               "  drupal_set_html_head('<script src=\"http://maps.google.com/maps?file=api&v=2\"></script>');\n}\n")


def test_a_sites_own_code_drawing_its_map_through_drupals_gmap_module_uses_google_maps(tmp_path):
    files = site({"sites/all/modules/contrib/gmap/gmap.info": "name = GMap\n" + PACKAGED6.format(p="gmap"),
                  "sites/all/modules/contrib/gmap/gmap.module": GMAP_MODULE,
                  "sites/all/modules/custom/interactivemap/interactivemap.info": 'name = Carte\ncore = "6.x"\n',
                  "sites/all/modules/custom/interactivemap/interactivemap.module": GMAP})
    _, res = audit_of(tmp_path, files, ["scaling.vendor-lock-in"])
    r = res["scaling.vendor-lock-in"]
    assert "Google Maps Platform" in r["message"]["en"], r["message"]
    assert all(not e["path"].startswith("sites/all/modules/contrib/") for e in r["evidence"] if e.get("path")), r["evidence"]


def test_a_gmap_module_committed_that_the_sites_own_code_never_calls_is_no_map_of_the_site(tmp_path):
    # (Drupal 7's spelling of the packaging line, set aside before this change too)
    packaged7 = PACKAGED6.format(p="gmap").replace("drupal.org", "Drupal.org").replace("6.x", "7.x")
    files = site({"sites/all/modules/contrib/gmap/gmap.info": "name = GMap\n" + packaged7,
                  "sites/all/modules/contrib/gmap/gmap.module": GMAP_MODULE})
    _, res = audit_of(tmp_path, files, ["scaling.vendor-lock-in"])
    assert "Google Maps" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
