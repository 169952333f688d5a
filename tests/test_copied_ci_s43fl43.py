"""reusability.tests-and-ci (issue 12, s43 fl43 = reader ri43's Romain64290/facture): once a mail library copied whole into
include/Mailer/ is told a copy, its own Travis pipeline (include/Mailer/.travis.yml) was still named as the project's CI ("1
sub-project file"). A copied program's pipeline is its own, not the project's. Near miss: the project's own component folder with its
own pipeline keeps it named. The fixtures are written for the test."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_copied_component_manifest_s43fl43 import APP, mailer
from tests.test_reusability_fixtures import results, run_audit

CID = "reusability.tests-and-ci"


def ci_result(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2017-06-16T10:00:00Z", "message": "factures",
                                       "author": ("Romain Exemple", "r.exemple@agglo.example")}])
    return results(run_audit(repo, tmp_path / "c", [CID]))[CID]


def test_a_copied_library_s_pipeline_is_not_the_project_s_ci(tmp_path):
    r = ci_result(tmp_path, {**APP, **mailer()})
    assert ".travis.yml" not in r["message"]["en"] and "none in the repository" in r["message"]["en"], r["message"]


def test_near_miss_the_project_s_own_component_pipeline_stays_named(tmp_path):
    own = {"api/composer.json": '{"name": "agglo-exemple/factures-api", "require": {"php": ">=7.0"}}\n',
           "api/index.php": "<?php\necho json_encode(['ok' => true]);\n",
           "api/.travis.yml": "language: php\nscript:\n  - php -l index.php\n"}
    r = ci_result(tmp_path, {**APP, **own})
    assert "api/.travis.yml" in r["message"]["en"], r["message"]
