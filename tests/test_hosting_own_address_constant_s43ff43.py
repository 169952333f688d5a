"""scaling.hosting (issue 12, s43 ff43 = reader rd43, Romain64290/compostage).

A PHP application's settings file defines its own address as a constant, `define('URL_SITE', 'http://compostage.intranet.local');`
under "// Adresse du site", used only to build the links it e-mails: it was read as an internal server the service connects to. A
setting or constant joining URL/ADRESSE with SITE/APP(LI) in either order (URL_SITE, SITE_URL, ADRESSE_SITE), PHP's define() form
included, is the service's own address. Near miss: a constant naming another server (define('URL_API', 'http://api.intranet.local'))
stays an internal connection.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
CONFIG = """<?php
// Base de données
define('DB_SERVEUR', 'localhost');
define('DB_NOM', 'composteurs');

// Adresse du site
define('{name}', 'http://compostage.intranet.local');
"""
MAIL = """<?php
require_once 'include/config.inc.php';

function lien_desinscription($id) {
    return "<a href='" . URL_SITE . "/desinscription.php?id=" . $id . "'>Se désinscrire</a>";
}
"""
FILES = {"README.md": "# Compostage\n\nInscription aux réunions de compostage.\n", "index.php": "<?php\nrequire 'include/mail.php';\n",
         "include/mail.php": MAIL}


def _run(tmp_path, name: str) -> tuple[dict, dict]:
    files = {**FILES, "include/config.inc.php": CONFIG.replace("{name}", name)}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2017-06-14T10:00:00Z", "message": "init", "author": ("Agent", "agent@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["facts"]["hosting_dependencies"], next(r for r in report["results"] if r["id"] == CID)


def test_the_sites_own_address_constant_is_no_connection(tmp_path):
    f, r = _run(tmp_path, "URL_SITE")
    assert not f["internal"] and not f["hosts"], f
    assert r["status"] == "pass", r


def test_a_constant_naming_another_server_stays_internal(tmp_path):
    f, r = _run(tmp_path, "URL_API")
    assert [i["host"] for i in f["internal"]] == ["intranet.local"], f["internal"]
    assert r["status"] == "warn", r
