"""A README configuration section counts for reusability.configuration only when it names a setting the code reads (issue 12,
session 20, verifier v1 on nantesmetropole/school_meal_forecast_xgboost): once "Parameters" became a configuration heading, a
"Parameters for developers" chapter listing a forecasting model's constants turned "8 settings read from the environment, 8
undocumented, no template" from fail 3 into warn 7, its message unchanged. A section naming the variables still counts."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CODE = {
    "app.py": ("import os\n\nimport requests\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\n"
               "BUCKET = os.environ['PREVISION_BUCKET']\nREGION = os.getenv('PREVISION_REGION', 'eu-west-3')\n"
               "TOKEN = os.environ.get('PREVISION_PORTAL_TOKEN')\n\n\n"
               "@app.route('/api/prevision')\ndef prevision():\n    return jsonify({'bucket': BUCKET, 'region': REGION})\n"),
    "requirements.txt": "flask==3.0.3\nrequests==2.32.3\n",
}


def readme(section: str) -> str:
    return ("# Prévision de fréquentation\n\nUne application qui prévoit la fréquentation des cantines scolaires.\n\n"
            "## Installation\n\n```\npip install -r requirements.txt\nflask --app app run\n```\n\n" + section)


PARAMETERS = ("## Parameters for developers\n\nThe model is tuned in `run()`:\n\n| parameter | default |\n|---|---|\n"
              "| learning_rate | 0.05 |\n| max_depth | 6 |\n| n_estimators | 400 |\n")
NAMED = ("## Configuration\n\nSet these environment variables before starting:\n\n"
         "- `PREVISION_BUCKET`: the bucket holding the data\n- `PREVISION_REGION`: its region\n"
         "- `PREVISION_PORTAL_TOKEN`: the portal's token\n")


def configuration(tmp_path, section):
    return results(run(build(tmp_path / "r", {"README.md": readme(section), **CODE}), tmp_path / "c",
                       only=["reusability.configuration"]))["reusability.configuration"]


def test_a_section_of_model_constants_documents_no_setting(tmp_path):
    res = configuration(tmp_path, PARAMETERS)
    assert res["status"] == "fail", (res["status"], res["score"], res["message"])


def test_a_section_naming_the_variables_documents_them(tmp_path):
    res = configuration(tmp_path, NAMED)
    assert res["status"] in ("pass", "warn") and res["score"] >= 7, (res["status"], res["score"], res["message"])


def test_beside_a_settings_template_the_section_still_counts(tmp_path):
    """(r1's sigrennesmetropole/geor_plui_evolution: a properties template the README's configuration chapter describes, and
    one environment variable read besides: the chapter documents the settings file, it keeps counting)"""
    template = {"config/application.properties.example": "db.url=jdbc:postgresql://localhost/plui\ndb.user=plui\n"}
    chapter = "## Configuration\n\nCopy `config/application.properties.example` and fill in the database address and user.\n"
    with_chapter = results(run(build(tmp_path / "a", {"README.md": readme(chapter), **CODE, **template}), tmp_path / "ca",
                               only=["reusability.configuration"]))["reusability.configuration"]
    without = results(run(build(tmp_path / "b", {"README.md": readme(""), **CODE, **template}), tmp_path / "cb",
                          only=["reusability.configuration"]))["reusability.configuration"]
    assert with_chapter["score"] > without["score"], (with_chapter["score"], without["score"], with_chapter["message"])
