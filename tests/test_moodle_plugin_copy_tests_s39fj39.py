"""files.tests (issue 12, s39 fj39 = reader rt39's betagouv/science-infuse): a teachers' platform keeps copies of Moodle plugins it
installs in moodle/plugins/; one of them, another author's (its version.php: "$plugin->component = 'mod_solo'", "@copyright 2020
Justin Hunt"), holds two PHPUnit stubs in tests/, and files.tests was true though the project's own code has no test. Rule now: a
folder whose version.php declares a Moodle plugin under a copyright holder the root README and licence do not name is that author's
plugin copied in (vendored): its tests are not the project's. Near miss: a plugin whose holder the root README names stays the
project's, its tests counted."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "reusability.tests-and-ci"
README = ("# Classeur\n\nClasseur aide les enseignants à créer des cours interactifs et à les exporter vers Moodle. "
          "Développé par Atelier Numérique Scolaire.\n\n## Installation\n\n```\ndocker compose up\n```\n")
VERSION = ("<?php\n// This file is part of Moodle - http://moodle.org/\n\n/**\n * Defines the version of quizlet\n *\n"
           " * @package    mod_quizlet\n * @copyright  2020 {holder}\n"
           " * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later\n */\n\n"
           "defined('MOODLE_INTERNAL') || die();\n\n$plugin->version = 2020061500;\n$plugin->component = 'mod_quizlet';\n")
TEST = ("<?php\nnamespace mod_quizlet;\n\nclass grades_test extends \\advanced_testcase {\n    public function test_grades() {\n"
        "        self::assertTrue(true);\n    }\n}\n")


def run(tmp_path, holder: str, name: str) -> dict:
    plugin = "moodle/plugins/mod_quizlet"
    files = {"README.md": README, "webapp/package.json": '{"name": "classeur-webapp", "version": "1.0.0"}\n',
             "webapp/src/index.js": "export const start = () => 1;\n", "webapp/src/export.js": "export const toMoodle = (c) => c;\n",
             f"{plugin}/version.php": VERSION.format(holder=holder), f"{plugin}/lib.php": "<?php\nfunction quizlet_add_instance($d) {\n    return 1;\n}\n",
             f"{plugin}/tests/grades_test.php": TEST, f"{plugin}/tests/submissions_test.php": TEST.replace("grades", "submissions")}
    path = make_repo(tmp_path / name, [{"files": files, "date": "2025-03-10T10:00:00Z", "message": "init",
                                        "author": ("Jeanne Martin", "jeanne@exemple.fr")}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["facts"]


def test_another_authors_moodle_plugin_tests_are_not_the_projects(tmp_path):
    facts = run(tmp_path, "Jean Auteur (support@plugins-exemple.com)", "copy")
    assert facts["files"]["tests"] is False, facts["source_inventory"]


def test_a_plugin_by_the_readmes_organisation_keeps_its_tests(tmp_path):
    facts = run(tmp_path, "Atelier Numérique Scolaire", "own")
    assert facts["files"]["tests"] is True, facts["source_inventory"]
