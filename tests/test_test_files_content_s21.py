"""Session 21 (reader r1's Ville-Eurometropole-Strasbourg/qgisweblink_old): a QGIS plugin's only "test", tests/test_authent.py, is a
script of seven lines calling the intranet with requests and printing the answer (no test function, no assertion, no test framework),
yet facts.files.tests was true and reusability.tests-and-ci counted "1 test file": a file was a test by its name and folder alone.
A program file of a test folder (or named as a test) counts as a test only when its text holds one (a test function or class, an
assertion or expectation, a test framework's import or call), in every language whose tests are recognised; a document, a picture or
a data file of a test folder is no test either. Real tests, in Python, JavaScript, PHP or Java, keep counting."""

from __future__ import annotations

import pytest

from auditor.facts.scaffold_tests import holds_test
from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.tests-and-ci"

PLUGIN = {
    "metadata.txt": "[general]\nname=Lien web\nqgisMinimumVersion=3.0\ndescription=Accès aux flux\nversion=1.0\nauthor=Ville\n",
    "__init__.py": "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n",
    "plugin.py": "class Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n        pass\n",
    "tree.py": "def layers(config):\n    return [c['name'] for c in config]\n",
    # a call to a server and its answer printed: no test in it
    "tests/test_connexion.py": "# essai de connexion\nimport requests\nr = requests.get('https://catalogue.exemple.fr')\nprint(r.status_code)\nprint(r.text)\n",
}


def _audit(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK])
    return report["facts"]["files"]["tests"], results(report)[CHECK]


def test_a_script_in_tests_is_no_test(tmp_path):
    tests, res = _audit(tmp_path, PLUGIN)
    assert tests is False
    assert res["status"] == "fail" and res["details"]["test_files"] == 0, res["message"]
    assert res["message"]["en"].startswith("0 test file(s)"), res["message"]


def test_a_real_test_beside_it_still_counts(tmp_path):
    files = {**PLUGIN, "tests/test_tree.py": "from tree import layers\n\n\ndef test_layers():\n    assert layers([{'name': 'a'}]) == ['a']\n"}
    tests, res = _audit(tmp_path, files)
    assert tests is True and res["details"]["test_files"] == 1, res["message"]  # (the script beside it is still no test file)


def test_documents_and_data_of_a_test_folder_are_no_tests(tmp_path):
    files = {k: v for k, v in PLUGIN.items() if not k.startswith("tests/")}
    files |= {"tests/README.md": "# Tests\n\nÀ écrire.\n", "tests/attendu.csv": "nom,valeur\na,1\n"}
    tests, _res = _audit(tmp_path, files)
    assert tests is False


@pytest.mark.parametrize(("text", "lang", "holds"), [
    ("import requests\nr = requests.get('https://x.exemple.fr')\nprint(r.text)\n", "Python", False),
    ("import unittest\n\nclass TreeTest(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n", "Python", True),
    ("def test_layers():\n    assert layers([]) == []\n", "Python", True),
    ("const r = await fetch('https://x.exemple.fr');\nconsole.log(await r.json());\nif (/a/.test(s)) console.log(s);\n", "JavaScript", False),
    ("describe('carte', () => {\n  it('charge', () => {\n    expect(load()).toBe(true);\n  });\n});\n", "JavaScript", True),
    ("import test from 'ava';\ntest('x', t => { t.is(1, 1); });\n", "JavaScript", True),
    ("import { test } from 'node:test';\n", "TypeScript", True),
    ("<?php\n$pdo = new PDO($dsn);\necho $pdo->query('select 1')->fetchColumn();\n", "PHP", False),
    ("<?php\nclass CarteTest extends TestCase {\n    public function testCharge() { $this->assertTrue(true); }\n}\n", "PHP", True),
    ("public class Essai {\n  public static void main(String[] a) { System.out.println(\"ok\"); }\n}\n", "Java", False),
    ("import org.junit.jupiter.api.Test;\nclass CarteTest {\n  @Test void charge() {}\n}\n", "Java", True),
    ("package carte\n\nimport \"testing\"\n\nfunc TestCharge(t *testing.T) {}\n", "Go", True),
    ("package main\n\nfunc main() { println(1) }\n", "Go", False),
    ("library(testthat)\ntest_that('x', { expect_equal(1, 1) })\n", "R", True),
    ("data <- read.csv('x.csv')\nprint(summary(data))\n", "R", False),
    ("curl -s https://x.exemple.fr\n", "Shell", False),
    ("curl -sf https://x.exemple.fr || exit 1\n", "Shell", True),
    ("main = print 1\n", "Haskell", None),  # a language whose tests are not recognised: not judged
])
def test_what_holds_a_test_by_language(text, lang, holds):
    assert holds_test(text, lang) is holds
