"""A mail library copied whole into a sub-folder, named by its own package manifest (issue 12, s43 fl43 = reader ri43,
Romain64290/facture).

A plain-PHP invoice upload form (no licence of its own) carries a whole copy of a mail library in include/Mailer/: its README.md
titled with the library's name, its LICENSE the bare LGPL text (naming no product: fg42's rule did not confirm it), a composer.json
naming that very package ("postletter/postletter", LGPL-2.1), its change log, tests and Travis file. The folder's name is not the
product's (fm42's rule did not fire either): the library's licence, changelog, tests and CI were read as the project's. A folder whose
README title names the package its own manifest beside it names, with its own licence file, is that package copied whole. Near miss:
a folder whose manifest names another package than its README's title stays the project's.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

CHECKS = ["licensing.open-license", "documentation.community-files", "reusability.tests-and-ci", "reusability.dependencies"]
APP = {
    "index.php": "<?php\nrequire 'include/config.inc.php';\n?>\n<html><body><h2>Transmission de factures</h2>\n"
                 "<form method=\"post\" action=\"upload.php\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"></form>\n</body></html>\n",
    "upload.php": "<?php\nrequire 'include/model.inc.php';\n$ok = save_invoice($_FILES['f']);\necho $ok ? 'OK' : 'KO';\n",
    "include/config.inc.php": "<?php\ndefine('CHEMIN_FACTURES', '/srv/factures');\n",
    "include/model.inc.php": "<?php\nrequire 'Mailer/PostLetterAutoload.php';\n/** Saves an invoice and acknowledges it. */\n"
                             "function save_invoice($f) {\n    $m = new PostLetter();\n    $m->Subject = 'Accuse de depot';\n"
                             "    return move_uploaded_file($f['tmp_name'], CHEMIN_FACTURES . '/' . basename($f['name']));\n}\n",
}
LGPL = ("\t\t  GNU LESSER GENERAL PUBLIC LICENSE\n\t\t       Version 2.1, February 1999\n\n Copyright (C) 1991, 1999 Free Software "
        "Foundation, Inc.\n     59 Temple Place, Suite 330, Boston, MA  02111-1307  USA\n Everyone is permitted to copy and distribute "
        "verbatim copies\n of this license document, but changing it is not allowed.\n")


def mailer(package: str = "postletter/postletter") -> dict:
    files = {
        "include/Mailer/README.md": "# PostLetter - A full-featured email creation and transfer class for PHP\n\n## Class Features\n\n"
                                    "- Integrated SMTP support\n\n## License\n\nThis software is distributed under the LGPL 2.1 license.\n",
        "include/Mailer/LICENSE": LGPL,
        "include/Mailer/composer.json": '{\n    "name": "%s",\n    "type": "library",\n    "description": "A mail class",\n'
                                        '    "require": {"php": ">=5.0.0"},\n    "require-dev": {"phpunit/phpunit": "4.7.*"},\n'
                                        '    "license": "LGPL-2.1"\n}\n' % package,
        "include/Mailer/changelog.md": "# ChangeLog\n\n* Version 5.2.13 (Sep 14th 2015)\n* Fix SMTP timeouts\n",
        "include/Mailer/.travis.yml": "language: php\nphp:\n  - 7.0\n  - 5.6\nscript:\n  - phpunit --configuration ../travis.phpunit.xml.dist\n",
        "include/Mailer/PostLetterAutoload.php": "<?php\nspl_autoload_register(function ($c) { require __DIR__ . '/class.' . strtolower($c) . '.php'; });\n",
        "include/Mailer/class.postletter.php": "<?php\n/**\n * PostLetter - PHP email creation and transport class.\n */\nclass PostLetter {\n"
                                               "    public $Version = '5.2.13';\n    public $Subject = '';\n    public function send() { return true; }\n}\n",
        "include/Mailer/class.smtp.php": "<?php\n/** SMTP transport. */\nclass SMTP {\n    public function connect($h) { return (bool) $h; }\n}\n",
    }
    for n in ("postletter", "smtp", "pop3"):
        files[f"include/Mailer/test/{n}Test.php"] = ("<?php\nclass %sTest extends PHPUnit_Framework_TestCase {\n    public function testSend() {\n"
                                                     "        $this->assertNotNull(new SMTP());\n    }\n}\n" % n.capitalize())  # (not assertTrue(true): a placeholder, s45 fg45)
    return files


def audit(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2017-06-16T10:00:00Z", "message": "factures",
                                       "author": ("Romain Exemple", "r.exemple@agglo.example")}])
    return results(run_audit(repo, tmp_path / "c", CHECKS))


def test_a_library_named_by_its_own_manifest_is_copied_whole_not_the_projects(tmp_path):
    r = audit(tmp_path, {**APP, **mailer()})
    assert r["licensing.open-license"]["status"] == "fail", r["licensing.open-license"]["message"]  # was pass 'LGPL-2.1-only'
    assert "CHANGELOG" not in r["documentation.community-files"]["message"]["en"].split(";")[0], r["documentation.community-files"]["message"]
    assert r["reusability.tests-and-ci"]["status"] == "fail", r["reusability.tests-and-ci"]["message"]  # was warn on the library's tests
    assert "No manifest" in r["reusability.dependencies"]["message"]["en"], r["reusability.dependencies"]["message"]  # (composer.json its)
    assert "postletter" in r["reusability.dependencies"]["message"]["en"]


def test_near_miss_a_manifest_naming_another_package_than_the_readme_stays_the_projects(tmp_path):
    r = audit(tmp_path, {**APP, **mailer("agglo-exemple/facture-mailer")})
    assert r["licensing.open-license"]["status"] == "pass", r["licensing.open-license"]["message"]
    assert r["reusability.tests-and-ci"]["status"] != "fail", r["reusability.tests-and-ci"]["message"]
