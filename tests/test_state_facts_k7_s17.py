"""Facts on State repositories (issue 12, session 17, k7: reader b3's wrong facts).
- Django's `startapp` stub tests.py (an import and "# Create your tests here.") is no test of the project."""

from __future__ import annotations

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

