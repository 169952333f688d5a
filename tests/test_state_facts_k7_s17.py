"""Facts on State repositories (issue 12, session 17, k7: reader b3's wrong facts).
- Django's `startapp` stub tests.py (an import and "# Create your tests here.") is no test of the project;
- a Clojure project's deps.edn or project.clj declares its licence (:license {:name "Eclipse Public License - v 2.0" …});
- "BSD 3-Clause Clear" in a README is the Clear BSD licence (BSD-3-Clause-Clear), not BSD-3-Clause."""

from __future__ import annotations

from tests.test_dashboard_viewer_verdicts import license_text
from tests.test_local_authority_verdicts import judge
from tests.test_state_files_s9 import files_fact

DJANGO_STUB = "from django.test import TestCase\n\n# Create your tests here.\n"
DJANGO = {"README.md": "# Répartition\n\nUne application de répartition des collections.\n", "manage.py": "import os\nimport sys\n",
          "site/settings.py": "INSTALLED_APPS = ['django.contrib.admin', 'repart']\n",
          "repart/models.py": "from django.db import models\n\n\nclass Ressource(models.Model):\n    titre = models.CharField(max_length=200)\n",
          "repart/views.py": "from django.shortcuts import render\n", "repart/tests.py": DJANGO_STUB}


def test_djangos_generated_tests_stub_is_no_test(tmp_path):
    assert files_fact(tmp_path, DJANGO)["tests"] is False
    # counterpart: the same file once the project wrote a test in it
    own = DJANGO_STUB + "\n\nclass RessourceTest(TestCase):\n    def test_titre(self):\n        self.assertTrue(True)\n"
    assert files_fact(tmp_path / "own", {**DJANGO, "repart/tests.py": own})["tests"] is True
    # nor a tests.py that gathers the test modules by a star import
    star = "from .test_models import *  # noqa\n"
    assert files_fact(tmp_path / "star", {**DJANGO, "repart/tests.py": star, "repart/test_models.py": own})["tests"] is True


DEPS_EDN = (';; SPDX-License-Identifier: EPL-2.0\n\n{:version "0.2.1"\n :description "Consolide les données des dépôts"\n'
            ' :license {:name "Eclipse Public License - v 2.0"\n           :url "http://www.eclipse.org/legal/epl-v20.html"}\n\n'
            ' :deps {org.clojure/clojure {:mvn/version "1.11.3"}}\n :aliases {:run {:main-opts ["-m" "consolide.core"]}}}\n')
CLOJURE = {"README.md": "# Consolide\n\nConsolide les données des dépôts publics.\n", "deps.edn": DEPS_EDN,
           "src/consolide/core.clj": "(ns consolide.core)\n\n(defn -main [& args] (println \"ok\"))\n"}


def test_a_clojure_manifest_declares_its_licence(tmp_path):
    report, _ = judge(tmp_path, CLOJURE, ["licensing.open-license"], name="edn")
    declared = report["facts"]["license"]["declared"]
    assert declared == [{"file": "deps.edn", "value": "Eclipse Public License - v 2.0", "line": 5}], declared
    assert report["facts"]["license"]["spdx"] == "EPL-2.0", report["facts"]["license"]
    # Leiningen's project.clj of the old template: the name gives no version, the address does
    lein = {**{k: v for k, v in CLOJURE.items() if k != "deps.edn"},
            "project.clj": '(defproject consolide "0.1.0"\n  :description "Consolide"\n  :license {:name "Eclipse Public License"\n'
                           '            :url "http://www.eclipse.org/legal/epl-v10.html"}\n  :dependencies [[org.clojure/clojure "1.11.3"]])\n'}
    report, _ = judge(tmp_path, lein, ["licensing.open-license"], name="lein")
    assert [(d["file"], d["line"]) for d in report["facts"]["license"]["declared"]] == [("project.clj", 3)], report["facts"]["license"]
    assert report["facts"]["license"]["spdx"] == "EPL-1.0", report["facts"]["license"]


def test_the_readme_naming_bsd_3_clause_clear_agrees_with_the_clear_bsd_text(tmp_path):
    files = {**DJANGO, "License.txt": license_text("BSD-3-Clause-Clear"),
             "README.md": DJANGO["README.md"] + "\n## Licence\n\n- Répartition est sous licence BSD 3-Clause Clear.\n- Répartition is licensed under the BSD 3-Clause Clear License.\n"}
    report, res = judge(tmp_path, files, ["licensing.consistent"], name="clear")
    lic = report["facts"]["license"]
    assert lic["spdx"] == "BSD-3-Clause-Clear" and not lic["disagreements"], lic["disagreements"]
    assert [s["ids"] for s in lic["sources"] if s["kind"] == "readme"] == [["BSD-3-Clause-Clear"]], lic["sources"]
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_a_django_project_without_a_requirements_file_is_a_web_application(tmp_path):
    from tests.test_project_kind import run
    from tests.test_reusability_fixtures import build

    manage = ("#!/usr/bin/env python\nimport os\nimport sys\n\n\ndef main():\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
              "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n")
    pages = {f"repart/templates/repart/{n}.html": "{% extends 'repart/base.html' %}\n{% block content %}<h1>{{ titre }}</h1>{% endblock %}\n"
             for n in ("base", "accueil", "liste")}
    files = {**DJANGO, "manage.py": manage, "site/wsgi.py": "from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n",
             "repart/urls.py": "from django.urls import path\n\nurlpatterns = []\n", **pages}
    project = run(build(tmp_path / "dj", files), tmp_path / "c", only=["documentation.readme"])["facts"]["project"]
    assert project["kind"] == "web-application", project
