"""One rule for "nothing to keep up to date" (issue 12, s33 l33: openMairie's openelec documentation, a Sphinx manual whose root
requirements.txt names only Sphinx and its theme). reusability.dependencies was not applicable ("only development tools") while
maintenance.dependency-updates failed "Neither Dependabot nor Renovate": it counted the documentation generator as dependencies to
update. Both now read requirement_files.runtime_manifests: manifests empty or of development tools only (a manual's generator, the
tests' requirements) leave nothing an update bot keeps up to date for the users, even where a bot updated them years ago (a QGIS
module's requirements-doc.txt and tests' list). A manifest of the product's own dependencies keeps its verdict."""

from __future__ import annotations

from tests.test_maintenance import ALICE, BOB, DEPENDABOT, days_ago
from tests.test_reusability_fixtures import results, run_audit
from tests.gitrepo import make_repo

CHECKS = ["reusability.dependencies", "maintenance.dependency-updates"]
PAGE = "Gestion des listes\n==================\n\nCe chapitre décrit la gestion des listes électorales.\n"
MANUAL = {
    "README.rst": "Documentation openElec version 5.0\n==================================\n",
    "requirements.txt": "Sphinx\nsphinx_rtd_theme\n",
    "source/conf.py": "project = u'openElec'\nextensions = []\nmaster_doc = 'index'\nhtml_theme = 'sphinx_rtd_theme'\n",
    "source/index.rst": "openElec\n========\n\n.. toctree::\n\n   manuel_utilisateur/index\n",
    "source/manuel_utilisateur/index.rst": PAGE,
    "source/manuel_utilisateur/listes.rst": PAGE,
}


def verdicts(tmp_path, commits):
    r = results(run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", CHECKS))
    return {cid: r[cid]["status"] for cid in CHECKS}, {cid: r[cid]["message"]["en"] for cid in CHECKS}


def test_a_sphinx_manuals_requirements_leave_nothing_to_update(tmp_path):
    status, msg = verdicts(tmp_path, [{"date": days_ago(400), "author": ALICE, "files": MANUAL, "message": "manuel"},
                                      {"date": days_ago(30), "author": BOB, "files": {"source/manuel_utilisateur/listes.rst": PAGE * 2}}])
    assert status == {cid: "not_applicable" for cid in CHECKS}, msg
    assert "requirements.txt: development tools only" in msg["maintenance.dependency-updates"], msg
    assert "nothing to update" in msg["maintenance.dependency-updates"], msg


def test_doc_and_test_requirements_a_bot_updated_years_ago_are_nothing_to_update(tmp_path):
    files = {"composer.json": '{"name": "org/gobs"}\n', "requirements-doc.txt": "mkdocs-material\n",
             "tests/api_tests/requirements/tests.txt": "pytest\nrequests\n", "README.md": "# Module\n\nA module.\n",
             "src/Api.php": "<?php\nclass Api {\n    public function get() { return []; }\n}\n"}
    status, msg = verdicts(tmp_path, [
        {"date": days_ago(1200), "author": ALICE, "files": files},
        {"date": days_ago(1100), "author": DEPENDABOT, "files": {"requirements-doc.txt": "mkdocs-material==8.5.6\n"},
         "message": "Bump mkdocs-material from 8.5.5 to 8.5.6"},
        {"date": days_ago(1100), "author": BOB, "merge": True, "side_files": {"requirements-doc.txt": "mkdocs-material==8.5.7\n"},
         "message": "Merge pull request #4 from org/dependabot/pip/mkdocs-material-8.5.7"},
        {"date": days_ago(20), "author": ALICE, "files": {"README.md": "# Module\n\nA module, kept.\n"}}])
    assert status == {cid: "not_applicable" for cid in CHECKS}, msg
    assert "none in the year" not in msg["maintenance.dependency-updates"], msg


def test_a_manual_beside_the_products_own_dependencies_keeps_the_failure(tmp_path):
    files = {**MANUAL, "requirements.txt": "django==4.2.11\npsycopg2==2.9.9\n", "docs/requirements.txt": "Sphinx\n",
             "app/views.py": "from django.http import HttpResponse\n\n\ndef index(request):\n    return HttpResponse('ok')\n"}
    status, msg = verdicts(tmp_path, [{"date": days_ago(30), "author": ALICE, "files": files}])
    assert status["maintenance.dependency-updates"] == "fail" and status["reusability.dependencies"] != "not_applicable", msg
