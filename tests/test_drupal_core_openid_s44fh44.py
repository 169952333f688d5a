"""interoperability.auth (issue 12, s44 fh44 = reader rd44, DuaelFr/finistere): a whole Drupal 6 site committing Drupal's core was said
to sign in by a standard ("copied sign-in component", warn 7) on modules/openid/openid.js: Drupal 6 core's optional OpenID 2.0 module,
shipped with every copy of Drupal beside its user module, neither OpenID Connect nor a sign-in the site chose. A module of the CMS
core the site commits is no copied sign-in client: the site signs in with the CMS's local accounts. Near miss: a CAS client module
copied among the site's contributed modules stays a standard sign-in deployed with it."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PHP = "<?php\n\n/**\n * Does something.\n */\nfunction f_{n}() {{\n  return 1;\n}}\n"
PACKAGED = '\n; Information added by drupal.org packaging script on 2010-05-06\nversion = "6.x-1.3"\ncore = "6.x"\nproject = "{p}"\n'
SITE = {"index.php": PHP.format(n="index"), "includes/bootstrap.inc": PHP.format(n="bootstrap"),
        "modules/system/system.module": PHP.format(n="system"), "modules/user/user.module": PHP.format(n="user"),
        "modules/openid/openid.info": 'name = OpenID\ncore = "6.x"\n' + PACKAGED.format(p="drupal"),
        "modules/openid/openid.module": PHP.format(n="openid"), "modules/openid/openid.js": "Drupal.behaviors.openid = function () {};\n",
        "sites/all/modules/custom/cdt_pages/cdt_pages.info": 'name = CDT pages\ncore = "6.x"\n',
        "sites/all/modules/custom/cdt_pages/cdt_pages.module": PHP.format(n="cdt")}


def auth(tmp_path, extra=None):
    repo = make_repo(tmp_path / "r", [{"files": {**SITE, **(extra or {})}, "date": "2013-04-25T10:00:00Z", "message": "site"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.auth"]))
    return report["results"][0]


def test_drupal_cores_openid_module_is_no_sign_in_the_site_chose(tmp_path):
    r = auth(tmp_path)
    assert r["details"].get("copied_sso_client") is None, r["details"]
    assert r["status"] == "fail" and r["details"].get("cms_accounts") == "Drupal", r["message"]


def test_a_cas_client_module_copied_among_the_sites_modules_stays_a_standard_sign_in(tmp_path):
    r = auth(tmp_path, {"sites/all/modules/contrib/cas/cas.info": "name = CAS\n" + PACKAGED.format(p="cas"),
                        "sites/all/modules/contrib/cas/cas.module": PHP.format(n="cas"),
                        "sites/all/modules/contrib/cas/CAS/client.php": PHP.format(n="client")})
    assert r["score"] == 7 and any("/contrib/cas/" in (e.get("path") or "") for e in r["evidence"]), r
