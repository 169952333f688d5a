"""reusability.configuration (issue 12, s41 fg41 = reader rd41's renowong/main-courante): a commune's duty log in plain PHP writes
its database connection as constants, includes/global_vars.php's ``define("HOST","localhost"); define("DB","mc");
define("DBUSER","mc"); define("DBPASSWORD","mc");``, used by ``new mysqli(HOST, DBUSER, DBPASSWORD, DB)`` in every page; the
check said not applicable "writes no key, password, database … nothing for a deployment to set". Rule now: PHP constants defined
with a literal for the connection's roles (host, database, user, password; two at least, one the host or the database) are
settings written in the code, like ``$dbpwd = "…"`` variables. Near miss: constants naming no connection (a site's name, a page
size) stay nothing to set."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PAGES = {"index.php": "<?php\ninclude 'includes/constantes.php';\n$db = new mysqli(HOST, DBUSER, DBPASSWORD, DB);\n"
                      "$res = $db->query('SELECT date, texte FROM mc');\nwhile ($row = $res->fetch_assoc()) { echo $row['texte']; }\n?>\n",
         "saisie.php": "<?php\ninclude 'includes/constantes.php';\n$db = new mysqli(HOST, DBUSER, DBPASSWORD, DB);\n"
                       "$db->query(\"INSERT INTO mc (texte) VALUES ('\" . $db->real_escape_string($_POST['texte']) . \"')\");\n?>\n"}
DEFINES = ('<?php\ndefine("HOST","localhost");\ndefine("DB","journal");\ndefine("DBUSER","journal");\ndefine(\'DBPASSWORD\', \'journal\');\n'
           'define("SITENAME","Main courante");\n?>\n')


def configuration(tmp_path, files, name):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2013-03-01T10:00:00Z", "message": "import"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=["reusability.configuration"]))
    return report["results"][0]


def test_php_constants_defining_the_database_connection_are_settings_in_the_code(tmp_path):
    r = configuration(tmp_path, {**PAGES, "includes/constantes.php": DEFINES}, "defines")
    assert r["status"] == "fail", r  # was not_applicable: nothing to set
    assert any(e["path"] == "includes/constantes.php" and e["line"] == 2 for e in r["evidence"]), r["evidence"]
    assert "includes/constantes.php:2" in r["message"]["en"], r["message"]


def test_near_miss_constants_naming_no_connection_stay_nothing_to_set(tmp_path):
    other = '<?php\ndefine("SITENAME","Main courante");\ndefine("PAGE_SIZE","20");\ndefine("THEME","clair");\n?>\n'
    pages = {k: v.replace("new mysqli(HOST, DBUSER, DBPASSWORD, DB)", "null") for k, v in PAGES.items()}
    r = configuration(tmp_path, {**pages, "includes/constantes.php": other}, "other")
    assert r["status"] == "not_applicable", r
