"""reusability.install and reusability.tests-and-ci (issue 12, s34 i34 = qwat/extension_fr_raepa): a database model's extension whose
README says to run `./init.sh -s 3946 -p $SERVICE` (extension/init.sh creating its views) and whose Travis job runs
$TRAVIS_BUILD_DIR/.build/travis_script.sh, restoring a sample dump and running `pum test-and-upgrade`: the checks said "a section or
guide exists, without the loading steps" (warn) and "CI does not seem to run any test" (fail). A script of the repository run by
its name is a loading step; a shell script a CI file runs by its path is read with it, and pum's upgrade test on a restored dump is
a test that needs no test file. The near misses: a README running a script the repository does not hold, and a CI script that only
builds a release, keep the old verdicts."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CIDS = ["reusability.install", "reusability.tests-and-ci"]
INIT = ("#!/usr/bin/env bash\nset -e\nwhile getopts p:s: opt; do\n  case $opt in\n    p) PGSERVICE=$OPTARG ;;\n    s) SRID=$OPTARG ;;\n"
        "  esac\ndone\npsql service=$PGSERVICE -v ON_ERROR_STOP=1 -c \"CREATE SCHEMA IF NOT EXISTS model_ext;\"\n"
        "for f in views/*.sql; do\n  psql service=$PGSERVICE -v SRID=$SRID -f $f\ndone\n")
VIEW = ("CREATE OR REPLACE VIEW model_ext.canalisation AS\nSELECT\n    pipe.id::text AS idcana , -- Identifiant de la canalisation\n"
        "    pipe.geometry AS geom , -- Géométrie\n    distributor.name AS mouvrage -- Maître d'ouvrage\nFROM model_od.pipe\n"
        "LEFT JOIN model_od.distributor ON pipe.fk_distributor = distributor.id;\n")
README = ("# Model extension\n\nThis extension adds views to a water network database.\n\n## Usage\n\nFirst have a database somewhere.\n\n"
          "Then enter the directory\n\n`cd extension`\n\nAnd run the init script, passing the SRID and the pg_service of your database:\n\n"
          "`./{script} -s 3946 -p $SERVICE  `\n")
TRAVIS = ("language: python\npython:\n  - 3.6\naddons:\n  postgresql: \"10\"\ninstall:\n  - pip install -r requirements.txt\n"
          "script:\n  - $TRAVIS_BUILD_DIR/.build/travis_script.sh\n")
CI_SCRIPT = ("#!/usr/bin/env bash\nset -e\ncd $TRAVIS_BUILD_DIR\nwget -q -O dump.backup https://example.org/model_sample.backup\n"
             "pum restore -p model_prod dump.backup\npum baseline -p model_prod -t model_sys.info -d delta/ -b 1.2.1\n"
             "yes | pum test-and-upgrade -pp model_prod -pt model_test -pc model_comp -t model_sys.info -d delta/ -f /tmp/dump\n"
             "$TRAVIS_BUILD_DIR/extension/init.sh -p model_prod -s 21781\n")
FILES = {"extension/init.sh": INIT, "extension/views/01_canalisation.sql": VIEW, "extension/views/02_ouvrage.sql": VIEW.replace("canalisation", "ouvrage"),
         "extension/drop_views.sql": "DROP VIEW IF EXISTS model_ext.canalisation;\nDROP VIEW IF EXISTS model_ext.ouvrage;\n",
         "extension/roles.sql": "GRANT SELECT ON ALL TABLES IN SCHEMA model_ext TO model_viewer;\n",
         "requirements.txt": "pum\npsycopg2-binary\n", ".travis.yml": TRAVIS}


def audit(tmp_path, readme_script: str, ci_script: str):
    files = {**FILES, "README.md": README.replace("{script}", readme_script), ".build/travis_script.sh": ci_script}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CIDS))


def test_the_init_script_loads_the_model_and_the_ci_script_tests_it(tmp_path):
    r = audit(tmp_path, "init.sh", CI_SCRIPT)
    assert r["reusability.install"]["status"] == "pass", r["reusability.install"]["message"]  # was: without the loading steps
    assert any(e.get("value", "").startswith("./init.sh -s 3946") for e in r["reusability.install"]["evidence"])
    t = r["reusability.tests-and-ci"]
    assert t["status"] != "fail" and t["details"]["ci_runs_tests"], t["message"]  # was: CI does not seem to run any test
    assert any(e.get("path") == ".build/travis_script.sh" and "pum test-and-upgrade" in str(e.get("value")) for e in t["evidence"])


def test_a_script_not_in_the_repository_and_a_release_only_ci_script_keep_the_old_verdicts(tmp_path):
    r = audit(tmp_path, "setup_db.sh", "#!/usr/bin/env bash\nset -e\n./.deploy/create_release.py\nzip -r /tmp/model.zip extension\n")
    assert r["reusability.install"]["status"] == "warn", r["reusability.install"]["message"]
    t = r["reusability.tests-and-ci"]
    assert t["status"] == "fail" and not t["details"]["ci_runs_tests"], t["message"]
