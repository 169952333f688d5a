"""env_settings: MSYS2's own shell variable is no setting of the project (issue 12, session 30 fixer d30 = reader m21o2's borderline,
geo2france/ms2-panel-editor):

mkdocs_installation.sh tests `[ -n "$WINDIR" ] || [ -n "$MSYSTEM" ]` to pick venv/Scripts/activate on Windows; MSYSTEM (MINGW64, set
by MSYS2's and Git Bash's profile) was "1 setting read from the environment, 1 undocumented … missing from the .env template and the
README". It is the shell's own, like OSTYPE (shell_settings.SHELL_OWN). Kept: a variable of the project the same script reads."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.configuration"

SCRIPT = ('#!/bin/bash\nset -e\npython3 -m venv venv_mkdocs\nif [ -n "$WINDIR" ] || [ -n "$MSYSTEM" ]; then\n'
          '    source venv_mkdocs/Scripts/activate\nelse\n    source venv_mkdocs/bin/activate\nfi\nmkdocs build -d "$SITE_OUTPUT_DIR"\n')


def test_msystem_is_the_shells_own_and_a_project_variable_stays_read(tmp_path):
    files = {"README.md": "# Docs\n\nThe plugin's documentation: run `./mkdocs_installation.sh`.\n", "mkdocs_installation.sh": SCRIPT,
             "mkdocs.yml": "site_name: Plugin\n", "docs/index.md": "# Plugin\n"}
    res = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK]))[CHECK]
    read = [e.get("value") for e in res["evidence"] if e.get("kind") == "finding"]
    assert "MSYSTEM" not in read and "MSYSTEM" not in (res.get("details") or {}).get("undocumented", []), res
    assert "SITE_OUTPUT_DIR" in (res.get("details") or {}).get("undocumented", []) or "SITE_OUTPUT_DIR" in read, res
