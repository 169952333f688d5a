"""reusability.tests-and-ci and reusability.configuration (issue 12, session 26 h26 = s26 reader o3): an openMairie PHP application
imported from Subversion keeps PEAR, PEAR DB, FPDF… in php/, brought in by the externals list php/EXTERNALS.txt ("db https://…/pear/
DB/tags/RELEASE_1_7_14/", given to `svn propset svn:externals -F`). Their code was the project's: PEAR DB's own tests were counted as
the project's tests, PEAR's getenv('MAKE') as the application's setting, while the project's own Robot Framework suites
(tests/001_login.robot, "*** Test Cases ***") were not counted. The folders an externals list names are vendored, and a .robot
suite with test cases is a test; a commented externals line, and a folder no list names, keep their reading."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TESTS, CONF = "reusability.tests-and-ci", "reusability.configuration"
EXTERNALS = """#
# created by: svn propset svn:externals -F ./EXTERNALS.txt .
#

db https://scm.example.org/anonscm/svn/openmairie/externals/pear/DB/tags/RELEASE_1_7_14/
pear https://scm.example.org/anonscm/svn/openmairie/externals/pear/pear-core/tags/PEAR-1.9.5/
"""
ROBOT = """*** Settings ***
Documentation     Connexion valide.
Resource    resources/resources.robot

*** Test Cases ***
Valid Login
    Go To Login Page
    Input Username    admin
    Valid Message Should Be    Votre session est maintenant ouverte.
"""
KEYWORDS = "*** Keywords ***\nGo To Login Page\n    Go To    ${PROJECT_URL}\n"
OWN = "<?php\nclass om_{n} {{\n    public function afficher($id) {{\n        if ($id > 0) {{\n            return $this->lire($id);\n        }}\n        return null;\n    }}\n}}\n"
FILES = {
    "README.md": "# openMairie Exemple\n\nFramework d'applications de gestion des collectivités.\n",
    "index.php": "<?php\nrequire_once 'core/om_0.class.php';\n",
    **{f"core/om_{n}.class.php": OWN.format(n=n) for n in range(6)},
    "php/db/DB.php": "<?php\nclass DB {\n    function connect($dsn) {\n        return new DB_common($dsn);\n    }\n}\n",
    "php/db/tests/DbDriverTest.php": "<?php\nclass DbDriverTest extends PHPUnit_Framework_TestCase {\n    function testConnect() {\n        $this->assertNotNull(new DbDriver());\n    }\n}\n",
    "php/pear/PEAR/Builder.php": "<?php\nclass PEAR_Builder {\n    function build() {\n        $make = getenv('MAKE') ? getenv('MAKE') : 'make';\n        return $make;\n    }\n}\n",
    "tests/001_login.robot": ROBOT,
    "tests/resources/resources.robot": KEYWORDS,
}


def test_the_folders_of_an_externals_list():
    from auditor.facts.svn_externals import external_folders  # noqa: PLC0415 (a module of this change: the other tests run without it)
    assert external_folders(EXTERNALS) == ["db", "pear"]
    assert external_folders("-r 42 https://svn.example.org/lib/trunk lib/vendor\n#css https://svn.example.org/css/\n") == ["lib/vendor"]


def test_externals_are_vendored_and_robot_suites_are_tests(tmp_path):
    report, res = judge(tmp_path, {**FILES, "php/EXTERNALS.txt": EXTERNALS}, [TESTS, CONF])
    src = report["facts"].get("source_inventory") or {}
    assert res[TESTS]["details"]["test_files"] == 1, res[TESTS]["message"]
    examples = [e.get("path") for e in res[TESTS]["evidence"]]
    assert "tests/001_login.robot" in examples and not any(str(p).startswith("php/") for p in examples), examples
    assert "MAKE" not in res[CONF]["message"]["en"], res[CONF]["message"]
    assert src == {} or src.get("test") == 1


def test_without_the_list_the_folders_stay_the_projects(tmp_path):
    files = {p: t for p, t in FILES.items() if not p.endswith(".robot")}  # (and a tests/ folder without Robot suites)
    _report, res = judge(tmp_path, {**files, "php/EXTERNALS.txt": EXTERNALS.replace("\ndb ", "\n#db ").replace("\npear ", "\n#pear ")},
                         [TESTS])
    examples = [e.get("path") for e in res[TESTS]["evidence"]]
    assert "php/db/tests/DbDriverTest.php" in examples, examples
    assert res[TESTS]["details"]["test_files"] == 1, res[TESTS]["message"]
