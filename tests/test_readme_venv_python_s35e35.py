"""scaling.end-of-life (issue 12, s35 e35 = reader m30o1, PnMercantour/suivi_zh): a Dash dashboard whose README installs it with
`python3.9 -m venv .venv` (an indented block) said "No runtime or framework version read": the " -m" after the version was taken
for a range's dash ("3.7 - 3.9"), and the version dropped. A command's option is no range; a range still is."""

from __future__ import annotations

from auditor.facts.scaling.eol_readme import readme_versions
from tests.test_reusability_fixtures import check_result

README = ("# Suivi des zones humides\n\nTableau de bord de l'état des zones humides.\n\n## Installation\n\n"
          "    git clone git@example.org:parc/suivi_zh.git\n    cd suivi_zh/\n    python3.9 -m venv .venv\n    . .venv/bin/activate\n"
          "    pip install dash\n")
APP = {"README.md": README, "dashboard/app.py": "from dash import Dash, html\n\napp = Dash(__name__)\napp.layout = html.Div('zones humides')\n"}


def test_a_venv_made_with_python3_9_states_python_3_9():
    assert [v[:2] for v in readme_versions("    python3.9 -m venv .venv")] == [("python", "3.9")]


def test_a_range_of_versions_states_none():  # (near miss: a range, with or without spaces)
    assert readme_versions("Testé avec Python 3.7 - 3.9") == [] and readme_versions("Python 3.7-3.9") == []


def test_the_dashboard_installed_with_python3_9_is_past_end_of_life(tmp_path):
    r = check_result(tmp_path, APP, "scaling.end-of-life")
    assert r["status"] in ("warn", "fail") and "Python 3.9" in r["message"]["en"], r["message"]
